"""Diagrams: inline SVG rendered at build time, cached by hash, errors that name the place."""

from __future__ import annotations

import re

import pytest
from conftest import ROOT, build_site, drop_nav, fake_page, require_chromium

from diagrams import compact, diagram_hash

FENCE = re.compile(r"^```mermaid\s*$", re.MULTILINE)
FIGURE = re.compile(r'<figure class="diagram" data-diagram="([0-9a-f]{16})"(?: tabindex="0")? data-search-exclude><svg ')


def test_every_diagram_is_inline_svg_and_no_diagram_library_ships(built_site):
    for source in sorted((ROOT / "docs").rglob("*.md")):
        name = source.relative_to(ROOT / "docs").with_suffix("")
        built = built_site / (name.parent if name.name == "index" else name) / "index.html"
        page = built.read_text(encoding="utf-8")
        fences = len(FENCE.findall(source.read_text(encoding="utf-8")))
        assert len(FIGURE.findall(page)) == fences, f"docs/{name}.md: {fences} diagrams in the source"
        assert 'class="mermaid"' not in page, f"docs/{name}.md: a diagram was left for the browser to render"
    assert not list(built_site.rglob("mermaid*.js")), "the site still ships a diagram library"


def test_diagram_cache_holds_exactly_the_diagrams_in_use(built_site):
    used = set()
    for page in built_site.rglob("*.html"):
        used |= set(FIGURE.findall(page.read_text(encoding="utf-8")))
    cached = {path.stem for path in (ROOT / "data" / "diagrams").glob("*.svg")}
    assert used - cached == set()
    assert cached - used == set(), "unused files in data/diagrams: run `make diagrams` (it prunes them)"


def test_home_map_links_resolve_to_the_pages(built_site):
    svg = (built_site / "index.html").read_text(encoding="utf-8")
    assert '<a role="link" xlink:href="network-design/"' in svg
    assert ".md\"" not in svg.split('class="diagram"', 1)[1].split("</figure>", 1)[0]


def test_compact_rounds_geometry_but_never_label_text():
    svg = ('<svg viewBox="0 0 623.31640625 460"><path d="M12.258.001l.256.002 1.23456,-7.891011" '
           'data-points="W3t9XQ=="/><text x="1.23456">192.168.100.1 0.123456</text></svg>')
    assert compact(svg) == ('<svg viewBox="0 0 623.32 460"><path d="M12.26.001l.256.002 1.23,-7.89"/>'
                            '<text x="1.23">192.168.100.1 0.123456</text></svg>')


def test_mermaid_block_in_an_unexpected_shape_fails_instead_of_showing_source():
    import hook_diagrams
    from mkdocs.exceptions import PluginError

    # Not the <pre><code> pymdownx writes: it must not reach the reader as source text.
    content = '<p>x</p><pre class="mermaid"><code>a</code><span></span></pre>'
    with pytest.raises(PluginError, match=r"docs/demo.md: a mermaid block is not in the shape"):
        hook_diagrams.on_page_content(content, fake_page("demo.md"), None, None)


@pytest.mark.parametrize(("natural", "minimum", "focusable"), [(450, 270, False), (500, 300, True), (1228.73, 737, True)])
def test_diagrams_keep_a_legible_minimum_width_and_scrolling_ones_take_focus(natural, minimum, focusable):
    import hook_diagrams

    svg = f'<svg id="d" width="100%" style="max-width: {natural}px;" viewBox="0 0 {natural} 300"><g/></svg>'
    sized, attribute = hook_diagrams._with_minimum_width(svg)
    assert f'style="max-width: {natural}px; min-width: {minimum}px;"' in sized
    assert attribute == (' tabindex="0"' if focusable else "")


def test_a_page_keeps_one_style_per_kind_of_diagram_scoped_to_each_diagram_of_that_kind():
    import hook_diagrams

    def svg(svg_id, rules):
        return (f'<svg id="{svg_id}" width="100%"><g/><style>#{svg_id}{{fill:#333;}}{rules}</style>'
                f'<path marker-end="url(#{svg_id}_flowchart-v2-pointEnd)"/></svg>')

    flow = "#{0} .node rect{{fill:var(--md-mermaid-node-bg-color);}}"
    state = "#{0} .state{{stroke:red;}}#{0}-arrowhead{{fill:red;}}"
    ids = [f"diagram-{n:016x}" for n in range(1, 4)]
    kinds = {}
    page = "".join(hook_diagrams._take_style(svg(svg_id, rules.format(svg_id)), kinds)
                   for svg_id, rules in zip(ids, (flow, state, flow)))
    assert "<style>" not in page
    page = hook_diagrams._put_styles(page, kinds)

    flows = f"#{ids[0]},#{ids[2]}"
    assert page.count("<style>") == 2
    # The scope alone as a selector is a list of the ids; in front of more, an :is() of them.
    assert (f'<svg id="{ids[0]}" width="100%"><style>{flows}{{fill:#333;}}:is({flows}) .node rect'
            f'{{fill:var(--md-mermaid-node-bg-color);}}</style><g/>') in page
    assert (f'<svg id="{ids[1]}" width="100%"><style>#{ids[1]}{{fill:#333;}}:is(#{ids[1]}) .state{{stroke:red;}}'
            f'#{ids[1]}-arrowhead{{fill:red;}}</style>') in page  # an id that only starts like the SVG's stays
    assert f'<svg id="{ids[2]}" width="100%"><g/>' in page
    assert page.count("_flowchart-v2-pointEnd)") == 3  # marker references are not selectors to rewrite


def test_built_pages_hold_each_diagram_style_once_and_it_covers_every_diagram(built_site):
    for built in sorted(built_site.rglob("*.html")):
        page = built.read_text(encoding="utf-8")
        ids = re.findall(r'<svg id="(diagram-[0-9a-f]{16})"', page)
        scopes = re.findall(r"<style>((?:#diagram-[0-9a-f]{16},?)+)\{", page)
        styled = [svg_id.lstrip("#") for scope in scopes for svg_id in scope.split(",")]
        assert sorted(styled) == sorted(ids), f"{built.relative_to(built_site)}: diagram styles do not match its diagrams"
        assert page.count("<style>") == len(scopes), f"{built.relative_to(built_site)}: an unshared diagram style"


def test_hash_depends_on_the_source():
    assert diagram_hash("flowchart LR\n  A --> B") != diagram_hash("flowchart LR\n  A --> C")
    assert diagram_hash("flowchart LR\n  A --> B\n") == diagram_hash("flowchart LR\n  A --> B")


def page_with_diagram(project, diagram: str):
    drop_nav(project)
    (project / "docs" / "index.md").write_text("# 홈\n\n[다른 쪽](other.md)\n\n```mermaid\n" + diagram + "\n```\n",
                                               encoding="utf-8")
    (project / "docs" / "other.md").write_text("# 다른 쪽\n", encoding="utf-8")


def test_uncached_diagram_fails_in_ci_without_a_browser(project, tmp_path):
    page_with_diagram(project, "flowchart LR\n    A[새 그림] --> B")
    result = build_site(project, tmp_path / "out", "http://127.0.0.1:8000/", CI="true", DIAGRAMS_RENDER="")
    assert result.returncode != 0
    assert "docs/index.md, line 6: diagram" in result.stderr
    assert "make diagrams" in result.stderr
    assert "Traceback" not in result.stderr


def test_new_diagram_is_rendered_cached_and_links_resolved(project, tmp_path):
    require_chromium()
    page_with_diagram(project, 'flowchart LR\n    A[시작] --> B[다른 쪽]\n    click B "other.md" "다른 쪽으로"')
    first = build_site(project, tmp_path / "one", "http://127.0.0.1:8000/", DIAGRAMS_RENDER="1")
    assert first.returncode == 0, first.stderr
    # The second build needs no browser: CI forbids rendering, the cache answers.
    second = build_site(project, tmp_path / "two", "http://127.0.0.1:8000/", CI="true", DIAGRAMS_RENDER="")
    assert second.returncode == 0, second.stderr
    html = (tmp_path / "two" / "index.html").read_text(encoding="utf-8")
    assert len(FIGURE.findall(html)) == 1
    assert 'xlink:href="other/"' in html


@pytest.mark.parametrize(
    ("diagram", "expected"),
    [
        ("flowchart LR\n    A --> B\n    click B \"missing.md\"", "diagram links to 'missing.md', which is not a page"),
        ("flowchart LR\n    A -->", "mermaid could not render it"),
        ("sequenceDiagram\n    A->>", "mermaid could not render it"),
    ],
)
def test_bad_diagram_fails_the_build_naming_page_and_line(project, tmp_path, diagram, expected):
    require_chromium()
    page_with_diagram(project, diagram)
    result = build_site(project, tmp_path / "out", "http://127.0.0.1:8000/", DIAGRAMS_RENDER="1")
    assert result.returncode != 0
    assert "docs/index.md, line 6: " in result.stderr
    assert expected in result.stderr
    assert "Traceback" not in result.stderr
