"""Diagram text fits: every label and note lies inside its shape, measured in the browser.

mermaid sizes a shape from the text it measures when scripts/lib/diagrams.py renders
the diagram, but some shapes are not sized by their text: a sequence diagram's
note spans the lifelines it is over and does not grow with a long line, and a
label drawn in a wider font than the one it was measured with runs past its
box. So each built page is opened in Chromium, where the diagram's text is set
in the site's fonts (extra.css and the SVG name them; on Debian fonts-nanum
provides NanumGothic), and for every diagram the extent of each piece of text
is compared with what holds it:

- a sequence diagram's note with its note box, a participant with its box, a
  loop/alt label with its tab;
- a node's label (flowchart, state, class) with the node's shape (the text's
  corners must lie inside the shape's fill: a diamond is not its bounding box);
- a subgraph's title with the subgraph's box, an edge label with its own
  label box (the label is clipped there);
- a gantt bar's inner text with the bar;
- any other text (messages, axis, titles) with the diagram itself.

A failure names the page, the diagram (its Markdown file and line) and the text.
"""

from __future__ import annotations

import re

import pytest
from conftest import ROOT

from diagrams import diagram_hash
from test_e2e import RENDER_ALL, diagram_count, open_page, page_paths, wait_for_diagrams

# Text may touch its box's edge: overflow up to this many diagram pixels is rounding.
TOLERANCE_PX = 1.0

# One of the site's fonts (scripts/lib/diagrams.py FONT_STACK, extra.css) that Chromium on
# Debian uses for Korean text; measuring with a fallback font would prove nothing.
SITE_FONTS = ("Pretendard", "Apple SD Gothic Neo", "Malgun Gothic", "Noto Sans KR", "Noto Sans CJK KR",
              "NanumGothic", "Nanum Gothic")

MEASURE = r"""(tolerance) => {
  const found = [];
  const union = rects => rects.reduce((u, r) => !u ? {left: r.left, top: r.top, right: r.right, bottom: r.bottom}
    : {left: Math.min(u.left, r.left), top: Math.min(u.top, r.top), right: Math.max(u.right, r.right),
       bottom: Math.max(u.bottom, r.bottom)}, null);
  // The ink extent of an element's text in client pixels: the union of its line boxes.
  const textExtent = el => {
    const range = document.createRange();
    range.selectNodeContents(el);
    return union([...range.getClientRects()].filter(r => r.width > 0.01 && r.height > 0.01));
  };
  const clientRect = el => { const r = el.getBoundingClientRect();
    return {left: r.left, top: r.top, right: r.right, bottom: r.bottom}; };
  // How far (client px) a rectangle sticks out of a box, per side; 0 when inside.
  const outOfRect = (t, b) => Math.max(b.left - t.left, t.right - b.right, b.top - t.top, t.bottom - b.bottom, 0);
  // For a shape that is not a rectangle: how far the text's corners (and edge midpoints) lie
  // outside its fill, searched in quarter pixels along the line to the text's centre.
  const outOfShape = (t, shapes) => {
    const inside = (x, y) => shapes.some(shape => {
      const m = shape.getScreenCTM();
      if (!m) return false;
      const p = new DOMPoint(x, y).matrixTransform(m.inverse());
      return shape.isPointInFill(p) || shape.isPointInStroke(p);
    });
    const cx = (t.left + t.right) / 2, cy = (t.top + t.bottom) / 2;
    let worst = 0;
    for (const [x, y] of [[t.left, t.top], [t.right, t.top], [t.left, t.bottom], [t.right, t.bottom],
                          [cx, t.top], [cx, t.bottom], [t.left, cy], [t.right, cy]]) {
      if (inside(x, y)) continue;
      const length = Math.hypot(x - cx, y - cy);
      let step = 0.25, d = step;
      while (d < length && !inside(x + (cx - x) * d / length, y + (cy - y) * d / length)) d += step;
      worst = Math.max(worst, d);
    }
    return worst;
  };
  const RECT_LIKE = new Set(['rect', 'foreignObject']);
  const shapesOf = container => container.tagName === 'g'
    ? [...container.querySelectorAll('path, rect, polygon, circle, ellipse')] : [container];

  document.querySelectorAll('figure.diagram').forEach((figure, index) => {
    const svg = figure.querySelector(':scope > svg');
    const viewBox = svg.viewBox.baseVal;
    const scale = svg.getBoundingClientRect().width / (viewBox.width || 1);
    const svgRect = clientRect(svg);
    const labels = [];
    // Sequence diagrams: notes, participants, loop/alt tabs.
    svg.querySelectorAll('text.noteText').forEach(text =>
      labels.push([text, text.parentNode.querySelector('rect.note'), 'note']));
    svg.querySelectorAll('text.actor').forEach(text =>
      labels.push([text, text.closest('g').querySelector('rect.actor'), 'participant']));
    svg.querySelectorAll('text.labelText').forEach(text =>
      labels.push([text, text.parentNode.querySelector('polygon.labelBox'), 'loop/alt label']));
    // Flowchart, state and class diagrams: nodes, subgraph titles, edge labels.
    svg.querySelectorAll('g.node').forEach(node => {
      const shape = [...node.children].find(child => child.classList.contains('label-container'))
        || [...node.children].find(child => /^(rect|polygon|circle|ellipse|path)$/.test(child.tagName));
      node.querySelectorAll('foreignObject, text').forEach(label => labels.push([label, shape, 'node']));
    });
    svg.querySelectorAll('g.cluster').forEach(cluster =>
      cluster.querySelectorAll('.cluster-label foreignObject, .cluster-label text').forEach(label =>
        labels.push([label, cluster.querySelector(':scope > rect'), 'subgraph title'])));
    svg.querySelectorAll('g.edgeLabel foreignObject').forEach(label => labels.push([label, label, 'edge label']));
    // Gantt: text set inside its bar.
    svg.querySelectorAll('text.taskText').forEach(text => {
      const bar = svg.getElementById(text.id.replace(/-text$/, ''));
      labels.push([text, bar, 'gantt bar']);
    });
    const placed = new Set(labels.map(([label]) => label));
    // Everything else (messages, titles, axes) must stay inside the diagram.
    svg.querySelectorAll('text, foreignObject').forEach(label => {
      if (!placed.has(label) && ![...placed].some(holder => holder.contains(label)))
        labels.push([label, null, 'text past the diagram edge']);
    });

    for (const [label, container, kind] of labels) {
      const text = textExtent(label);
      if (!text) continue;
      let over;
      if (!container) over = outOfRect(text, svgRect);
      else if (RECT_LIKE.has(container.tagName)) over = outOfRect(text, clientRect(container));
      else over = outOfShape(text, shapesOf(container));
      over /= scale;
      if (over > tolerance)
        found.push({index, diagram: figure.dataset.diagram, kind,
                    text: label.textContent.replace(/\s+/g, ' ').trim(), over: Math.round(over * 10) / 10});
    }
  });
  return found;
}"""

FENCE = re.compile(r"^```mermaid[ \t]*\n(.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)


def diagram_sources(path: str) -> dict[str, str]:
    """Hash of each diagram on a page -> 'docs/<file>.md line N', where its fence starts."""
    slug = path.strip("/") or "index"
    for candidate in (ROOT / "docs" / f"{slug}.md", ROOT / "docs" / slug / "index.md"):
        if candidate.is_file():
            text = candidate.read_text(encoding="utf-8")
            return {diagram_hash(match.group(1)):
                    f"{candidate.relative_to(ROOT)} line {text.count(chr(10), 0, match.start()) + 1}"
                    for match in FENCE.finditer(text)}
    return {}


def font_of_first_label(page) -> list[str]:
    """The fonts Chromium actually used for the first diagram label on the page (DevTools protocol)."""
    cdp = page.context.new_cdp_session(page)
    try:
        cdp.send("DOM.enable")
        cdp.send("CSS.enable")
        root = cdp.send("DOM.getDocument", {"depth": -1})["root"]["nodeId"]
        node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": "figure.diagram :is(p, text)"})["nodeId"]
        assert node, "no diagram label on the page"
        return [font["familyName"] for font in cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]]
    finally:
        cdp.detach()


@pytest.fixture
def desktop(browser):
    ctx = browser.new_context(locale="ko-KR", viewport={"width": 1280, "height": 800})
    yield ctx.new_page()
    ctx.close()


def test_every_label_and_note_fits_its_shape(desktop, served_site, built_site):
    page = desktop
    paths = [path for path in page_paths(built_site) if diagram_count(path)]
    assert len(paths) >= 9, paths
    overflows, fonts = [], {}
    for path in paths:
        open_page(page, served_site + path)
        wait_for_diagrams(page, diagram_count(path))
        page.add_style_tag(content=RENDER_ALL)  # every diagram laid out, wherever it is on the page
        page.wait_for_function("document.fonts.status === 'loaded'")
        fonts[path] = font_of_first_label(page)
        where = diagram_sources(path)
        for found in page.evaluate(MEASURE, TOLERANCE_PX):
            source = where.get(found["diagram"], found["diagram"])
            overflows.append(f"/{path} diagram {found['index'] + 1} ({source}): "
                             f"{found['kind']} runs {found['over']}px past its box: {found['text']!r}")
    unmeasured = {path: used for path, used in fonts.items() if not set(used) & set(SITE_FONTS)}
    assert not unmeasured, f"diagram text is not in the site's fonts (apt-get install fonts-nanum): {unmeasured}"
    assert not overflows, f"{len(overflows)} diagram text(s) overflow:\n" + "\n".join(overflows)


def test_the_measure_finds_text_past_a_note_and_outside_a_diamond(desktop):
    """The check itself: a note whose text is wider than its box, a label whose corners lie
    outside its diamond though inside the diamond's bounding box, and two that fit."""
    svg = """<figure class="diagram" data-diagram="0123456789abcdef"><svg viewBox="0 0 400 200" width="400"
      style="font: 16px sans-serif">
      <g><rect class="note" x="10" y="10" width="120" height="30"/>
        <text class="noteText" x="15" y="30">a much too long note text</text></g>
      <g><rect class="note" x="10" y="50" width="120" height="30"/>
        <text class="noteText" x="15" y="70">fits</text></g>
      <g class="node" transform="translate(300, 100)"><polygon class="label-container" points="0,-60 60,0 0,60 -60,0"/>
        <g class="label" transform="translate(-50, -28)"><foreignObject width="100" height="56">
          <div id="wide" xmlns="http://www.w3.org/1999/xhtml" style="font-size: 24px; line-height: 28px">WWWW<br/>WWWW</div>
        </foreignObject></g></g>
      <g class="node" transform="translate(150, 150)"><polygon class="label-container" points="0,-40 40,0 0,40 -40,0"/>
        <g class="label" transform="translate(-10, -8)"><foreignObject width="20" height="16"><div
          xmlns="http://www.w3.org/1999/xhtml" style="line-height: 16px">ok</div></foreignObject></g></g>
    </svg></figure>"""
    desktop.set_content(f"<!doctype html><html><body style='margin:0'>{svg}</body></html>")
    # The two-line label lies inside the diamond's bounding box (240-360, 40-160)...
    text = desktop.evaluate("""() => { const r = document.createRange(), svg = document.querySelector('svg');
        r.selectNodeContents(document.getElementById('wide'));
        const t = r.getBoundingClientRect(), s = svg.getBoundingClientRect();
        return {left: t.left - s.left, right: t.right - s.left, top: t.top - s.top, bottom: t.bottom - s.top}; }""")
    assert 240 < text["left"] and text["right"] < 360 and 40 < text["top"] and text["bottom"] < 160, text
    # ... but its corners are outside the diamond.
    found = {item["text"]: item for item in desktop.evaluate(MEASURE, TOLERANCE_PX)}
    assert set(found) == {"a much too long note text", "WWWWWWWW"}, found
    assert found["a much too long note text"]["kind"] == "note"
    assert found["WWWWWWWW"]["kind"] == "node"
