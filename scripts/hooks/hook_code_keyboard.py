"""MkDocs hook: code blocks that will scroll sideways are keyboard-focusable from the start.

Material gives a code block `tabindex="0"` when its lines overflow, so a
keyboard user can focus and scroll it. With `content.lazy` (mkdocs.yml)
Material checks a block only when it scrolls into view, so a long line far
down the page would not be reachable by keyboard until then (axe:
scrollable-region-focusable). The build sets the attribute on every block
whose widest line is wider than the content column of a desktop window;
Material still removes it from a block that turns out not to overflow.
"""

from __future__ import annotations

import html
import re
import unicodedata

# Material's content column at 1280 px holds about 92 columns of code; below
# that width the block may overflow on a smaller window, above it it does.
MAX_UNSCROLLED_COLUMNS = 80
# A highlighted block as pymdownx.highlight writes it (a title, if any, comes first).
# Mermaid fences are <pre class="mermaid"> without the wrapper: the diagram hook
# turns them into figures.
CODE_BLOCK = re.compile(
    r'(<div class="highlight">(?:<span class="filename">.*?</span>)?<pre\b[^>]*>(?:<span></span>)?<code)(>)(.*?)(</code></pre>)',
    re.DOTALL)
TAG = re.compile(r"<[^>]+>")


def display_width(line: str) -> int:
    """Columns a line takes in a monospace font: wide (CJK) characters take two."""
    return sum(2 if unicodedata.east_asian_width(char) in ("W", "F") else 1 for char in line)


def widest_line(code_html: str) -> int:
    text = html.unescape(TAG.sub("", code_html))
    return max((display_width(line) for line in text.split("\n")), default=0)


def focusable_if_wide(match: re.Match) -> str:
    opening, close_angle, body, closing = match.groups()
    if widest_line(body) > MAX_UNSCROLLED_COLUMNS and "tabindex" not in opening:
        opening += ' tabindex="0"'
    return opening + close_angle + body + closing


def on_page_content(html_text, page, config, files):
    return CODE_BLOCK.sub(focusable_if_wide, html_text)
