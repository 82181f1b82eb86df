"""Off-screen runs of long pages (scripts/hooks/hook_lazy_render.py): what is wrapped, what is not."""

from __future__ import annotations

import re

import pytest
from conftest import build_site, drop_nav

from hook_lazy_render import MIN_RUN_BYTES, estimated_height, wrap_runs
from site_pages import COMPETENCY_SLUGS

ARTICLE = '<article class="md-content__inner md-typeset">'
WRAPPER = re.compile(r'<div class="lazy-render" style="contain-intrinsic-size: auto (\d+)px">')
LONG = "<p>" + "가" * MIN_RUN_BYTES + "</p>"


def wrapper_spans(html: str) -> list[tuple[int, int, int, int]]:
    """(start, inner start, inner end, end) of each of the hook's wrappers in html."""
    spans = []
    for match in WRAPPER.finditer(html):
        depth = 1
        for tag in re.finditer(r"<(/?)div\b[^>]*>", html[match.end():]):
            depth += -1 if tag.group(1) else 1
            if depth == 0:
                inner_end = match.end() + tag.start()
                spans.append((match.start(), match.end(), inner_end, inner_end + len("</div>")))
                break
    return spans


def unwrapped(html: str) -> str:
    """html without the hook's wrappers."""
    for start, inner_start, inner_end, end in reversed(wrapper_spans(html)):
        html = html[:start] + html[inner_start:inner_end] + html[end:]
    return html


def test_long_runs_between_headings_are_wrapped_and_headings_stay_outside():
    content = (f"<h1>제목</h1>{LONG}<h2 id='a'>가</h2>{LONG}<p>둘</p><h3 id='b'>나</h3><p>짧다</p>"
               f"<h3 id='c'>다</h3><div class='x'><div>{LONG}</div></div><br><img src='a.png'>")
    wrapped = wrap_runs(content)
    assert wrapped.count('<div class="lazy-render"') == 2
    assert unwrapped(wrapped) == content
    runs = re.findall(r'<div class="lazy-render"[^>]*>(.*?)</div>(?=<h|$)', wrapped)
    assert runs == [f"{LONG}<p>둘</p>", f"<div class='x'><div>{LONG}</div></div><br><img src='a.png'>"]
    assert f"</h1>{LONG}<h2" in wrapped, "the top of the page, on screen at once, stays as it is"
    assert "<p>짧다</p><h3" in wrapped, "a short run stays as it is"


def test_scripts_and_styles_end_a_run_and_stay_outside():
    content = f"<h2>가</h2>{LONG}<script>var a = '</p>';</script>{LONG}<style>p{{}}</style>"
    wrapped = wrap_runs(content)
    assert wrapped.count('<div class="lazy-render"') == 2
    assert re.search(r"</div><script>.*</script><div class=\"lazy-render\"", wrapped)
    assert unwrapped(wrapped) == content


def test_page_without_long_runs_is_unchanged():
    content = f"<h1>홈</h1><h2>절</h2><p>짧은 글</p>"
    assert wrap_runs(content) == content


@pytest.mark.parametrize(("content", "problem"), [
    (f"<h2>가</h2><div>{LONG}", "<div> is not closed"),
    (f"<h2>가</h2><div><p>{LONG}</div>", "</div> where <p> is open"),
    (f"<h2>가</h2>{LONG}</div><p>x</p>", "</div> where nothing is open"),
])
def test_unbalanced_content_is_an_error_not_a_wrong_wrap(content, problem):
    with pytest.raises(ValueError, match=f"unbalanced tags \\({re.escape(problem)}\\)"):
        wrap_runs(content)


def test_height_estimate_counts_blocks_code_lines_and_scaled_diagrams():
    assert estimated_height("<p>a</p><ul><li>b</li><li>c</li></ul>") == 300
    assert estimated_height("<div class='highlight'><pre><code>1\n2\n3</code></pre></div>") == 3 * 17 + 100
    # A 500 px wide diagram shrinks to the 380 px column; a 1,000 px one only to its 60% minimum width.
    assert estimated_height('<figure><svg viewBox="0 0 500 400"><text>x</text></svg></figure>') == 304 + 100
    assert estimated_height('<figure><svg viewBox="0 0 1000 400"><text>x</text></svg></figure>') == 240 + 100
    # A collapsed answer shows its summary only.
    assert estimated_height("<details><summary>질문</summary><p>1</p><p>2</p></details>") == 100
    # A quiz answer is a padded row: its block and 20 px more.
    assert estimated_height('<div class="quiz"><p>질문</p><div><input id="quiz-1-0"><label for="quiz-1-0">가</label>'
                            '</div><div><input id="quiz-1-1"><label for="quiz-1-1">나</label></div></div>') == 100 + 2 * 20


def test_the_last_wrapped_run_is_estimated_with_a_margin():
    # Its estimate is all that keeps its unrendered text off the dark footer (see LAST_RUN_MARGIN).
    wrapped = wrap_runs(f"<h2>가</h2>{LONG}<h2>나</h2>{LONG}<h2>다</h2><p>짧다</p>")
    assert re.findall(r"contain-intrinsic-size: auto (\d+)px", wrapped) == ["100", "150"]


def test_competency_pages_are_mostly_wrapped_with_every_heading_outside(built_site):
    for slug in COMPETENCY_SLUGS:
        page = (built_site / slug / "index.html").read_text(encoding="utf-8")
        article = page[page.index(ARTICLE):page.index("</article>")]
        wrappers = WRAPPER.findall(article)
        assert len(wrappers) >= 10, f"{slug}: only {len(wrappers)} runs wrapped"
        spans = wrapper_spans(article)
        wrapped_bytes = sum(inner_end - inner_start for _, inner_start, inner_end, _ in spans)
        assert wrapped_bytes > 0.7 * len(article), f"{slug}: most of the page should wait to be rendered"
        # Material reads the position of every heading in the table of contents (those with an id).
        for heading in re.finditer(r"<h[1-6]\b[^>]*\bid=[^>]*>", article):
            assert not any(start < heading.start() < end for start, _, _, end in spans), (
                f"{slug}: {heading.group(0)} is in a wrapper")


def test_unbalanced_html_in_a_page_fails_the_build_naming_the_page(project):
    drop_nav(project)
    (project / "docs" / "index.md").write_text("# 홈\n", encoding="utf-8")
    (project / "docs" / "broken.md").write_text(
        "# 깨진 쪽\n\n## 절\n\n" + "본문입니다. " * 200 + "\n\n</div>\n\n끝\n", encoding="utf-8")
    result = build_site(project, project / "site", "http://127.0.0.1:8000/")
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert ("docs/broken.md: cannot mark its off-screen blocks: its HTML has unbalanced tags "
            "(</div> where nothing is open)") in output
    assert "Traceback" not in output

