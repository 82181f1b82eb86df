"""Where pages live, which headings (anchors) a page has, and where text is in its source.

Shared by the quiz hook and the quiz validator, so that both resolve a quiz's
`section` link exactly the way the real build does: with the site's own
Markdown extensions and slugify settings from mkdocs.yml.
"""

from __future__ import annotations

import re
from pathlib import Path

import markdown
from mkdocs.utils.meta import get_data

# The competency pages of the content guide's site map. Each must have a quiz
# file once its page exists; home, roadmap and checklist need none.
COMPETENCY_SLUGS = (
    "network-design",
    "api-design",
    "openstack",
    "nfv-sdn",
    "appliances",
    "event-driven",
    "cloud-native",
    "public-cloud",
)

QUIZ_MARKER = "<!-- quiz -->"


def page_for_slug(docs_dir: Path, slug: str) -> Path | None:
    """A page's URL /<slug>/ may come from <slug>.md or <slug>/index.md."""
    for candidate in (docs_dir / f"{slug}.md", docs_dir / slug / "index.md"):
        if candidate.is_file():
            return candidate
    return None


def slug_for_page(src_uri: str) -> str:
    """Inverse of page_for_slug: 'openstack/index.md' and 'openstack.md' -> 'openstack'."""
    path = Path(src_uri)
    if path.name == "index.md":
        return path.parent.as_posix()
    return path.with_suffix("").as_posix()


def line_in_source(path: str | Path, text: str, ignore_case: bool = False) -> int | None:
    """The 1-based line of a page's Markdown where text first appears as written, if it does.

    Build errors point at the source line of what a hook found in the HTML.
    """
    source = Path(path).read_text(encoding="utf-8")
    at = source.lower().find(text.lower()) if ignore_case else source.find(text)
    return source.count("\n", 0, at) + 1 if at >= 0 else None


def split_front_matter(text: str) -> tuple[str, dict]:
    """Return (markdown body, front matter) the way MkDocs reads them."""
    body, meta = get_data(text)
    return body, meta


_anchor_cache: dict[tuple[str, str], dict[str, str]] = {}


def heading_anchors(body: str, extensions: list, extension_configs: dict) -> dict[str, str]:
    """Map each heading id of a Markdown page to its heading text.

    Cached per page text and configuration: the quiz, exam and glossary hooks
    all ask for the same pages during one build.
    """
    key = (body, repr((extensions, sorted(extension_configs.items(), key=lambda item: item[0]))))
    if key not in _anchor_cache:
        _anchor_cache[key] = toc_anchors(toc_lines(body), extensions, extension_configs)
    return _anchor_cache[key]


_FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
# What can put a heading in the table of contents: an ATX heading at the start
# of a line, or a snippet include outside code (it may hold headings).
_TOC_LINE = re.compile(r"^(?:#{1,6}(?:\s|$)|-{1,}8<-{1,}\s)")


def toc_lines(body: str) -> str:
    """The lines of a page that make its table of contents, outside fenced code.

    Converting these alone gives the page's heading ids at a tenth of the
    cost of the whole page; tests/test_site_pages.py checks that every page's
    ids come out the same as from the whole page.
    """
    lines, fence = [], ""
    for line in body.splitlines():
        opening = _FENCE.match(line)
        if fence:
            if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence) \
                    and not line.strip().lstrip(fence[0]):
                fence = ""
        elif opening:
            fence = opening.group(1)
        elif _TOC_LINE.match(line):
            lines.append(line)
    return "\n\n".join(lines)


def toc_anchors(text: str, extensions: list, extension_configs: dict) -> dict[str, str]:
    """Heading id -> heading text of the table of contents that Markdown makes of text."""
    converter = markdown.Markdown(extensions=extensions, extension_configs=extension_configs)
    converter.convert(text)
    anchors: dict[str, str] = {}

    def walk(tokens: list[dict]) -> None:
        for token in tokens:
            anchors[token["id"]] = token["name"]
            walk(token["children"])

    walk(getattr(converter, "toc_tokens", []))
    return anchors


# A page's currency front matter: the versions its content describes and the
# month it was last checked against its sources (shown under its title).
VERIFIED = re.compile(r"^(?P<year>20\d\d)-(?P<month>0[1-9]|1[0-2])$")


def currency_problem(meta: dict) -> str | None:
    """What is wrong with a page's `versions`/`verified` front matter, or None."""
    versions, verified = meta.get("versions"), meta.get("verified")
    if versions is None and verified is None:
        return None
    if not isinstance(verified, str) or not VERIFIED.match(verified):
        return f"'verified' is {verified!r}; write the month the page was checked as \"YYYY-MM\" (quoted)"
    if not isinstance(versions, list) or not versions or not all(isinstance(v, str) and v.strip() for v in versions):
        return "'versions' must be a non-empty list of strings such as \"Kubernetes 1.35\""
    return None
