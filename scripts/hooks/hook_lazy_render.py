"""MkDocs hook: let the browser skip the rendering of off-screen parts of long pages.

A competency page has thousands of elements (prose, highlighted code, SVG
diagrams, the quiz). Material restyles and lays out the whole document several
times while it starts, and on a phone that was most of the page's blocking
time (Lighthouse, issue 11). CSS `content-visibility: auto` lets the browser
skip style and layout of a block until it nears the viewport, while its text
stays in the page for find-in-page, screen readers and search engines.

This hook wraps each run of blocks between two headings in
`<div class="lazy-render">` (styled in extra.css). Headings stay outside the
wrappers: Material reads every heading's position for the table of contents,
and reading a position inside a skipped block would force its layout. Small
runs are left alone, where skipping saves less than it costs, and so is the top
of the page down to its first section, which is on screen at once.

Until a run is rendered it takes the height the hook estimates for a phone
(inline `contain-intrinsic-size`; the browser keeps the real height once it
has rendered the run), so the scroll bar and the runs near the viewport are
about right from the start.

It works on the final HTML (after Material's search has read the page), on the
top-level elements of the page's own content.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from mkdocs.exceptions import PluginError

from diagrams import drawn_width_on_phone

WRAPPER_CLASS = "lazy-render"
# Runs of less HTML than this stay as they are (about one short paragraph).
MIN_RUN_BYTES = 500
# The height estimate, fitted to the measured height of 247 runs of five
# competency pages at 412 px wide (median error 14%): each text block adds
# about 100 px, each line of code 17 px, each diagram its height when scaled
# to the 380 px wide column (or to its minimum width, if that is wider).
PX_PER_BLOCK = 100
PX_PER_CODE_LINE = 17
# A quiz answer is a padded row around its text: 20 px more than its block
# (fitted to the quizzes of the eight competency pages: within 8%).
PX_PER_QUIZ_ANSWER = 20
QUIZ_ANSWER = re.compile(r'<label for="quiz-')
# Below the last wrapped run there is little but the footer, which is dark.
# When a tool forces the layout of a run that is still unrendered (axe in
# Lighthouse does), the part taller than the estimate lies over what comes
# next; over the footer, dark text reads as a contrast failure. So the last
# run's estimate gets a margin: too tall, it only moves the footer down until
# the run is rendered.
LAST_RUN_MARGIN = 1.5
TEXT_BLOCK = re.compile(r"<(?:p|li|tr|h[1-6]|dt|dd|summary)\b")
# A collapsed <details> shows only its summary.
DETAILS_BODY = re.compile(r"(<details\b[^>]*>\s*<summary\b.*?</summary>).*?</details>", re.DOTALL)
CODE = re.compile(r"<pre\b.*?</pre>", re.DOTALL)
SVG = re.compile(r"<svg\b[^>]*>.*?</svg>", re.DOTALL)
VIEW_BOX = re.compile(r'viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"')
# Elements that end a run: headings (see above) and page-level scripts and styles.
RUN_BREAKERS = re.compile(r"h[1-6]|script|style|template")
VOID_ELEMENTS = frozenset("area base br col embed hr img input link meta source track wbr".split())


class TopLevelElements(HTMLParser):
    """Tag name and [start, end) offsets of each top-level element of an HTML fragment.

    Keeps the stack of open elements; an end tag that does not close the
    innermost open element, or an element left open, makes the fragment
    unbalanced (`problem`): its top level could not be told apart with certainty.
    """

    def __init__(self, fragment: str):
        super().__init__(convert_charrefs=False)
        self.fragment = fragment
        self.line_starts = [0] + [match.end() for match in re.finditer("\n", fragment)]
        self.open: list[str] = []
        self.elements: list[list] = []  # [tag, start, end]
        self.problem: str | None = None

    def position(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag, attrs):
        if self.problem:
            return
        start = self.position()
        if not self.open:
            self.elements.append([tag, start, None])
        if tag in VOID_ELEMENTS:
            if not self.open:
                self.elements[-1][2] = start + len(self.get_starttag_text())
        else:
            self.open.append(tag)

    def handle_startendtag(self, tag, attrs):
        if not self.open and not self.problem:
            start = self.position()
            self.elements.append([tag, start, start + len(self.get_starttag_text())])

    def handle_endtag(self, tag):
        if tag in VOID_ELEMENTS or self.problem:
            return
        if not self.open or self.open[-1] != tag:
            innermost = f"<{self.open[-1]}>" if self.open else "nothing"
            self.problem = f"</{tag}> where {innermost} is open"
            return
        self.open.pop()
        if not self.open:
            self.elements[-1][2] = self.fragment.index(">", self.position()) + 1

    def close(self):
        super().close()
        if self.open and not self.problem:
            self.problem = f"<{self.open[-1]}> is not closed"


def estimated_height(run: str) -> int:
    """Rough rendered height of a run on a phone, in CSS pixels."""
    shown = DETAILS_BODY.sub(r"\1</details>", run)
    height = sum(PX_PER_CODE_LINE * (code.count("\n") + 1) for code in CODE.findall(shown))
    for svg in SVG.findall(shown):
        view_box = VIEW_BOX.search(svg[:svg.index(">")])
        if view_box:
            width, svg_height = float(view_box.group(1)), float(view_box.group(2))
            height += svg_height * drawn_width_on_phone(width) / max(width, 1)
    prose = SVG.sub("", CODE.sub("", shown))
    height += PX_PER_BLOCK * max(1, len(TEXT_BLOCK.findall(prose)))
    height += PX_PER_QUIZ_ANSWER * len(QUIZ_ANSWER.findall(prose))
    return round(height)


def wrap_runs(content: str) -> str:
    """The page's content with its long runs between headings wrapped.

    Raises ValueError when the content's top level cannot be told apart
    (unbalanced tags), rather than wrapping at a wrong place.
    """
    parser = TopLevelElements(content)
    parser.feed(content)
    parser.close()
    if parser.problem:
        raise ValueError(f"its HTML has unbalanced tags ({parser.problem})")

    # The top of the page, up to the first heading after the title, is on screen at once.
    first_section = next((index for index, (tag, _, _) in enumerate(parser.elements)
                          if RUN_BREAKERS.fullmatch(tag) and tag != "h1"), len(parser.elements))
    runs, run = [], []  # [start, end) of each run of children between breakers
    for tag, start, end in parser.elements[first_section:]:
        if RUN_BREAKERS.fullmatch(tag):
            run = []
        elif run:
            run[1] = end
        else:
            run = [start, end]
            runs.append(run)

    long_runs = [(start, end) for start, end in runs if end - start >= MIN_RUN_BYTES]
    pieces, copied_up_to = [], 0
    for number, (start, end) in enumerate(long_runs, start=1):
        run = content[start:end]
        height = estimated_height(run) * (LAST_RUN_MARGIN if number == len(long_runs) else 1)
        wrapper = f'<div class="{WRAPPER_CLASS}" style="contain-intrinsic-size: auto {round(height)}px">'
        pieces += [content[copied_up_to:start], wrapper, run, "</div>"]
        copied_up_to = end
    pieces.append(content[copied_up_to:])
    return "".join(pieces)


def on_post_page(output, page, config):
    # The Markdown's HTML, as the theme placed it in the <article>; the theme's
    # own parts around it (tags, revision date) stay as they are.
    content = page.content or ""
    start = output.find(content) if content.strip() else -1
    if start < 0:
        return output
    try:
        wrapped = wrap_runs(content)
    except ValueError as error:
        raise PluginError(f"docs/{page.file.src_uri}: cannot mark its off-screen blocks: {error}") from None
    return output[:start] + wrapped + output[start + len(content):]
