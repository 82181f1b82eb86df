"""Render mermaid diagrams to SVG at build time, cached by content hash.

Learners get inline SVG instead of a 3.6 MB JavaScript library. Each diagram is
rendered once in headless Chromium with the pinned mermaid from tools/ (npm)
and stored in data/diagrams/<hash>.svg; the hash covers the source, the
mermaid version and the render settings, so a normal build only reads files
and needs no browser. The colours come from Material's CSS variables (the same
themeCSS Material passes to mermaid at run time), so one SVG follows both the
light and the dark palette.

When a diagram is not in the cache, it is rendered, unless rendering is
forbidden: in CI (CI=true, also set by GitHub Actions) a missing file is a
build error, so the deploy never depends on a browser and a forgotten
`make diagrams` cannot slip through. DIAGRAMS_RENDER=1 allows it anyway.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
from pathlib import Path

import chromium

ROOT = Path(__file__).resolve().parents[2]
MERMAID_JS = ROOT / "tools" / "node_modules" / "mermaid" / "dist" / "mermaid.min.js"

# The site's Korean font stack (extra.css): labels are measured with the font
# the reader will most likely see, so text fits its box.
FONT_STACK = ('"Pretendard", "Apple SD Gothic Neo", "Malgun Gothic", "Noto Sans KR", "Noto Sans CJK KR", '
              '"NanumGothic", "Nanum Gothic", system-ui, -apple-system, "Segoe UI", sans-serif')

RENDER_SETTINGS_VERSION = 4  # bump when the render procedure changes output

# A diagram is drawn at no less than this share of its natural width: its
# 16 px labels stay at 10 px or more. In a narrower column it scrolls sideways.
MIN_SCALE = 0.6
# Material's content column on a phone (412 px screen).
PHONE_COLUMN_PX = 380
# ... and on a 320 px screen, the narrowest that WCAG 1.4.10 (reflow) asks to
# support: a diagram whose minimum width is wider scrolls there.
NARROWEST_COLUMN_PX = 288
# mermaid writes the natural width as the SVG's max-width.
NATURAL_WIDTH = re.compile(r'<svg\b[^>]*?style="max-width: ([\d.]+)px;')

# Geometry attributes whose numbers mermaid writes with up to 14 decimals.
GEOMETRY = re.compile(r'(\s(?:d|transform|points|viewBox|x|y|x1|x2|y1|y2|cx|cy|r|rx|ry|width|height|style)=")([^"]*)(")')
# Not preceded by a digit or a dot: in path data ".256.002" is two numbers.
LONG_NUMBER = re.compile(r"(?<![\d.])-?\d+\.\d{3,}")


def natural_width(svg: str) -> float | None:
    """The width mermaid laid the diagram out at, in CSS pixels."""
    match = NATURAL_WIDTH.search(svg)
    return float(match.group(1)) if match else None


def drawn_width_on_phone(natural: float) -> float:
    """How wide a diagram is drawn in the phone column: the column, within [MIN_SCALE x natural, natural]."""
    return min(natural, max(PHONE_COLUMN_PX, natural * MIN_SCALE))


class DiagramError(Exception):
    """A diagram that cannot be rendered or is missing from the cache."""


@functools.cache
def pinned_mermaid_version() -> str:
    package = json.loads((ROOT / "tools" / "package.json").read_text(encoding="utf-8"))
    return package["dependencies"]["mermaid"]


@functools.cache
def material_theme_css() -> str:
    """The CSS Material passes to mermaid, read from the installed Material's source map.

    It maps mermaid's classes to Material's palette variables; taking it from
    the installed theme keeps diagrams in step with a Material upgrade (the
    hash changes with it, so they are re-rendered).
    """
    import material

    bundles = list((Path(material.__file__).parent / "templates/assets/javascripts").glob("bundle.*.min.js.map"))
    for bundle in bundles:
        source_map = json.loads(bundle.read_text(encoding="utf-8"))
        for name, text in zip(source_map["sources"], source_map.get("sourcesContent", [])):
            if name.endswith("components/content/mermaid/index.css") and text:
                return text.strip()
    raise DiagramError("Material's mermaid theme CSS was not found in its JavaScript source map")


def mermaid_config() -> dict:
    """Material's own mermaid settings, plus "antiscript" and the site's fonts.

    "antiscript" keeps `click NODE "page.md"` links (the default "strict" drops
    them) and still strips scripts.
    """
    return {
        "startOnLoad": False,
        "securityLevel": "antiscript",
        "fontFamily": FONT_STACK,
        "themeCSS": material_theme_css(),
        "sequence": {"actorFontSize": "16px", "messageFontSize": "16px", "noteFontSize": "16px"},
    }


def diagram_hash(source: str) -> str:
    key = json.dumps([RENDER_SETTINGS_VERSION, pinned_mermaid_version(), mermaid_config(), source.strip()],
                     ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def rendering_allowed() -> bool:
    if os.environ.get("DIAGRAMS_RENDER", "").lower() in ("1", "true", "yes"):
        return True
    return os.environ.get("CI", "").lower() not in ("1", "true", "yes")


def compact(svg: str) -> str:
    """Smaller inline SVG, same picture: hundredths of a pixel are enough.

    Only geometry attributes are rounded, never label text (an IP address
    such as 192.168.100.1 must stay as written). `data-points` (edge points
    kept for mermaid's own interactivity, unused in a static picture) goes.
    """
    def round_numbers(match: re.Match) -> str:
        value = LONG_NUMBER.sub(lambda number: f"{float(number.group(0)):.2f}".rstrip("0").rstrip("."),
                                match.group(2))
        return match.group(1) + value + match.group(3)

    svg = re.sub(r'\sdata-points="[^"]*"', "", svg)
    return GEOMETRY.sub(round_numbers, svg)


class DiagramCache:
    """SVGs by hash in `folder`; renders what is missing with one shared browser."""

    def __init__(self, folder: Path):
        self.folder = folder
        self._playwright = None
        self._browser = None
        self._page = None

    def svg(self, source: str) -> tuple[str, str]:
        """(hash, SVG) of a diagram: the hash names the cache file and the page's figure."""
        digest = diagram_hash(source)
        path = self.folder / f"{digest}.svg"
        if path.exists():
            return digest, path.read_text(encoding="utf-8")
        if not rendering_allowed():
            raise DiagramError(f"diagram {digest} is not in {self.folder.name}/ and CI forbids rendering; "
                               "run `make diagrams` and commit the new files")
        svg = self._render(source, f"diagram-{digest}")
        self.folder.mkdir(parents=True, exist_ok=True)
        path.write_text(svg, encoding="utf-8")
        return digest, svg

    def _render(self, source: str, element_id: str) -> str:
        page = self._open()
        try:
            svg = page.evaluate(
                "async ([id, text]) => (await window.mermaid.render(id, text)).svg", [element_id, source])
        except Exception as error:  # Playwright wraps the JS error; its first line is mermaid's message
            message = str(error).split("\n")[0].removeprefix("Error: ").removeprefix("Page.evaluate: ")
            raise DiagramError(f"mermaid could not render it: {message}") from None
        if 'aria-roledescription="error"' in svg:
            raise DiagramError("mermaid rendered an error diagram")
        return compact(svg)

    def _open(self):
        if self._page is not None:
            return self._page
        if not MERMAID_JS.exists():
            raise DiagramError(f"rendering needs {MERMAID_JS.relative_to(ROOT)}: run `make tools`")
        try:
            from playwright.sync_api import sync_playwright
        except ImportError:
            raise DiagramError("rendering needs Playwright: run `make install`") from None
        browser = chromium.executable()
        if not Path(browser).exists():
            raise DiagramError(f"rendering needs Chromium at {browser}: run `make browser`")
        self._playwright = sync_playwright().start()
        self._browser = self._playwright.chromium.launch(executable_path=browser, args=chromium.ARGS)
        # About the width of Material's content column, so wide diagrams (gantt) fit it.
        self._page = self._browser.new_page(viewport={"width": 800, "height": 600})
        self._page.set_content(
            "<!doctype html><html lang='ko'><head><meta charset='utf-8'><style>"
            # As in the page (.md-typeset): Korean labels wrap between words.
            f":root{{--md-mermaid-font-family:{FONT_STACK}}} "
            f"body{{font-family:{FONT_STACK};margin:0;word-break:keep-all;overflow-wrap:anywhere}}"
            "</style></head><body></body></html>")
        self._page.add_script_tag(path=str(MERMAID_JS))
        self._page.evaluate("config => window.mermaid.initialize(config)", mermaid_config())
        return self._page

    def close(self):
        if self._browser is not None:
            self._browser.close()
            self._playwright.stop()
        self._playwright = self._browser = self._page = None
