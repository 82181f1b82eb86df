"""MkDocs hook: replace each ```mermaid block with its SVG, rendered at build time.

The SVG comes from data/diagrams/ (see diagrams.py). It is wrapped in a
<figure data-search-exclude>: Material's search would otherwise index the
labels, and an excluded <div> would stop being excluded at the first inner
</div> (mermaid labels are divs; it never emits a figure).

`click NODE "page.md"` in a diagram links to another page like a Markdown
link does: the hook resolves it to that page's URL, so the link is right under
any site_url, in the offline copy, and a link to a missing page fails the build.
With no <pre class="mermaid"> left, Material never loads mermaid at all.
"""

from __future__ import annotations

import html
import os
import re
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from diagrams import MIN_SCALE, NARROWEST_COLUMN_PX, NATURAL_WIDTH, DiagramCache, DiagramError, natural_width
from site_pages import line_in_source

MERMAID_BLOCK = re.compile(r'<pre class="mermaid"[^>]*><code[^>]*>(.*?)</code></pre>', re.DOTALL)
MERMAID_START = '<pre class="mermaid"'
PAGE_LINK = re.compile(r'((?:xlink:)?href=")([^"#]+\.md)(#[^"]*)?(")')
# The links stay xlink:href: Material's instant navigation rewrites every
# [href] element's href property, which an SVG <a> only has as a getter. An
# explicit role tells link checkers (Lighthouse's crawlable-anchors reads only
# a plain href) what the element is; it is an SVG <a>'s implicit role anyway.
SVG_LINK = re.compile(r"<a (?=[^>]*xlink:href=)")
# mermaid gives each SVG its own <style>, ~14 kB of rules scoped to the SVG's id.
# Diagrams of one kind carry the same rules, so a page keeps one copy per kind.
SVG_ID = re.compile(r'<svg id="(diagram-[0-9a-f]{16})"')
STYLE = re.compile(r"<style>(.*?)</style>", re.DOTALL)
SCOPE_PLACEHOLDER = "@SCOPE@"
WHOLE_SELECTOR_SCOPE = re.compile(rf"(?:^|(?<=[}},])){SCOPE_PLACEHOLDER}(?=[{{,])")

_cache: list[DiagramCache] = []
_used: set[str] = set()


def on_pre_build(config):
    _used.clear()
    if not _cache:
        _cache.append(DiagramCache(Path(config.config_file_path).parent / "data" / "diagrams"))


def _line_of(page, source: str, ordinal: int) -> str:
    """Where the block starts in the Markdown file, or its ordinal if a hook rewrote it."""
    line = line_in_source(page.file.abs_src_path, source.strip())
    return f"line {line}" if line else f"diagram {ordinal}"


def _link_pages(svg: str, page, files, where: str) -> str:
    def resolve(match: re.Match) -> str:
        target_uri = os.path.normpath(os.path.join(os.path.dirname(page.file.src_uri), match.group(2)))
        target = files.get_file_from_path(target_uri.replace(os.sep, "/"))
        if target is None:
            raise PluginError(f"{where}: diagram links to '{match.group(2)}', which is not a page in docs/")
        return match.group(1) + target.url_relative_to(page.file) + (match.group(3) or "") + match.group(4)

    return PAGE_LINK.sub(resolve, SVG_LINK.sub('<a role="link" ', svg))


def _take_style(svg: str, kinds: dict[str, list[str]]) -> str:
    """The SVG without its <style>, whose rules are filed in kinds under the SVG's id."""
    svg_id = SVG_ID.match(svg)
    style = STYLE.search(svg)
    if not svg_id or not style:
        return svg
    # Not followed by a name character: marker ids such as #diagram-..._flowchart-v2-pointEnd stay.
    rules = re.sub(rf"#{svg_id.group(1)}(?![\w-])", SCOPE_PLACEHOLDER, style.group(1))
    kinds.setdefault(rules, []).append(svg_id.group(1))
    return svg[:style.start()] + svg[style.end():]


def _put_styles(content: str, kinds: dict[str, list[str]]) -> str:
    """One <style> per kind of diagram, in the first SVG of that kind, scoped to all of them.

    The id selector becomes :is(#id1, #id2, ...): an :is() of ids has an id's
    specificity, so every rule wins and loses exactly as it did in each SVG's
    own copy. A page with 8 diagrams of 3 kinds was 44 kB smaller for it, and
    the style engine has 3 sets of rules to match instead of 8.
    """
    for rules, ids in kinds.items():
        listed = ",".join("#" + svg_id for svg_id in ids)
        # A selector that is the scope alone becomes the plain list of ids: the
        # browser looks those up by id; an :is() there it would try on every element.
        rules = WHOLE_SELECTOR_SCOPE.sub(listed, rules)
        style = "<style>" + rules.replace(SCOPE_PLACEHOLDER, f":is({listed})") + "</style>"
        content = re.sub(rf'<svg id="{ids[0]}"[^>]*>', lambda match: match.group(0) + style, content, count=1)
    return content


def _with_minimum_width(svg: str) -> tuple[str, str]:
    """The SVG with its minimum width, and the figure's tabindex attribute if it may scroll.

    A diagram whose minimum width is wider than the narrowest phone's column
    scrolls there, so its figure takes keyboard focus (axe:
    scrollable-region-focusable; WCAG 2.1.1 at a 320 px width).
    """
    width = natural_width(svg)
    if width is None:
        return svg, ""
    minimum = round(width * MIN_SCALE)
    svg = NATURAL_WIDTH.sub(lambda match: f"{match.group(0)} min-width: {minimum}px;", svg, count=1)
    return svg, ' tabindex="0"' if minimum > NARROWEST_COLUMN_PX else ""


# Before hook_search_exclude (-100) and Material's search (on_page_context) read the page.
@event_priority(-50)
def on_page_content(content, page, config, files):
    ordinal = 0
    kinds: dict[str, list[str]] = {}

    def render(match: re.Match) -> str:
        nonlocal ordinal
        ordinal += 1
        source = html.unescape(match.group(1))
        where = f"docs/{page.file.src_uri}, {_line_of(page, source, ordinal)}"
        try:
            digest, svg = _cache[0].svg(source)
        except DiagramError as error:
            raise PluginError(f"{where}: {error}") from None
        _used.add(digest)
        svg, focusable = _with_minimum_width(_take_style(svg, kinds))
        return (f'<figure class="diagram" data-diagram="{digest}"{focusable} data-search-exclude>'
                f"{_link_pages(svg, page, files, where)}</figure>")

    content = MERMAID_BLOCK.sub(render, content)
    if MERMAID_START in content:
        # A block in another shape would reach the reader as diagram source.
        raise PluginError(f"docs/{page.file.src_uri}: a mermaid block is not in the shape the diagram hook reads "
                          f"(<pre class=\"mermaid\"><code>...</code></pre>); it was left unrendered")
    return _put_styles(content, kinds)


def on_post_build(config):
    # `make diagrams` sets DIAGRAMS_PRUNE=1: files no page uses any more go.
    if os.environ.get("DIAGRAMS_PRUNE") == "1":
        for path in _cache[0].folder.glob("*.svg"):
            if path.stem not in _used:
                path.unlink()
    _cache[0].close()


def on_shutdown():
    for cache in _cache:
        cache.close()
