"""MkDocs hook: drop the rule of Material's palette CSS that restyles the whole page on load.

Material's palette component sets `data-md-color-switching` on <body> when it
mounts, on every page load, and removes it one task later. Its CSS has

    [data-md-color-switching] *, ... :after, ... :before {transition-duration:0s!important}

so each of those two attribute changes invalidates the style of every element
on the page: two full style passes during Material's start-up, inside the
long tasks Lighthouse counts as blocking time (measured on /checklist/ and
/network-design/: total blocking time 60-100 ms lower without the rule).

The rule only matters when the reader toggles the palette: without it, the few
elements with a colour transition (links, buttons; 125-250 ms) fade to the new
colours instead of switching at once.
"""

from __future__ import annotations

from pathlib import Path

import material
from mkdocs.exceptions import PluginError

THEME_STYLESHEETS = Path(material.__file__).parent / "templates" / "assets" / "stylesheets"
SWITCHING_RULE = ("[data-md-color-switching] *,[data-md-color-switching] :after,"
                  "[data-md-color-switching] :before{transition-duration:0s!important}")


def palette_sheet(folder: Path) -> Path:
    sheets = sorted(folder.glob("palette.*.min.css"))
    if len(sheets) != 1:
        raise PluginError(f"{folder}: expected one Material palette.*.min.css, found {len(sheets)}")
    return sheets[0]


def check_theme(folder: Path = THEME_STYLESHEETS) -> None:
    """Material's own palette CSS has the rule once, as this hook expects."""
    sheet = palette_sheet(folder)
    count = sheet.read_text(encoding="utf-8").count(SWITCHING_RULE)
    if count != 1:
        # A Material upgrade that reshapes the rule would otherwise quietly bring the restyles back.
        raise PluginError(f"{sheet}: expected Material's palette-switching rule once, found it "
                          f"{count} times; update SWITCHING_RULE in scripts/hooks/hook_palette_css.py")


def drop_switching_rule(site_dir: Path) -> None:
    sheet = palette_sheet(site_dir / "assets" / "stylesheets")
    css = sheet.read_text(encoding="utf-8")
    # A dirty build (`--dirty`) keeps the copy an earlier build already changed.
    if SWITCHING_RULE in css:
        sheet.write_text(css.replace(SWITCHING_RULE, ""), encoding="utf-8")


def on_post_build(config):
    check_theme()
    drop_switching_rule(Path(config.site_dir))
