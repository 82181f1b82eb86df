"""End-to-end tests in real Chromium against the built site on 127.0.0.1."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from playwright.sync_api import expect
from conftest import ROOT

from quiz_data import load_quiz

def page_paths(site: Path) -> list[str]:
    paths = []
    for html in sorted(site.rglob("*.html")):
        rel = html.relative_to(site).as_posix()
        paths.append(rel[: -len("index.html")] if rel.endswith("index.html") else rel)
    return paths


def diagram_count(slug_path: str) -> int:
    """Mermaid fences in the page's source."""
    slug = slug_path.strip("/") or "index"
    for candidate in (ROOT / "docs" / f"{slug}.md", ROOT / "docs" / slug / "index.md"):
        if candidate.is_file():
            return len(re.findall(r"^```mermaid\s*$", candidate.read_text(encoding="utf-8"), re.MULTILINE))
    return 0


class Watch:
    """Console errors, failed requests and requests to other hosts of one page."""

    def __init__(self, page, base_url):
        self.errors: list[str] = []
        self.failed: list[str] = []
        self.foreign: list[str] = []
        host = urlsplit(base_url).netloc
        page.on("console", lambda msg: msg.type == "error" and self.errors.append(msg.text))
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        # net::ERR_ABORTED is a request the next navigation cancelled (say, the
        # favicon while a test reloads), not a request that failed.
        page.on("requestfailed", lambda request: request.failure != "net::ERR_ABORTED"
                and self.failed.append(f"{request.url} {request.failure}"))
        page.on("response", lambda response: response.status >= 400 and self.failed.append(
            f"{response.url} HTTP {response.status}"))

        def guard(route):
            url = route.request.url
            if urlsplit(url).netloc != host and not url.startswith(("data:", "blob:")):
                self.foreign.append(url)
                return route.abort()
            return route.continue_()

        page.route("**/*", guard)

    def assert_clean(self, where: str):
        assert self.foreign == [], f"{where}: requests to other hosts"
        assert self.errors == [], f"{where}: console errors"
        assert self.failed == [], f"{where}: failed requests"


def open_page(page, url: str):
    """Go to url and let the page finish starting up.

    "networkidle" alone can come before DOMContentLoaded on a long page (its
    HTML has arrived, the parser is still busy), so a click could land before
    the quiz script has attached its handlers, which no reader could do.
    """
    page.goto(url, wait_until="load")
    page.wait_for_load_state("networkidle")


@pytest.fixture(scope="module", params=["root", "sub-path"])
def served_site(request) -> str:
    """Every test here runs twice: with the site at the server root, and under
    /cloud-networking-study/ as GitHub Pages serves a project site."""
    return request.getfixturevalue("served_site" if request.param == "root" else "served_site_under_sub_path")


@pytest.fixture
def page(context, served_site):
    page = context.new_page()
    page.watch = Watch(page, served_site)
    return page


def wait_for_diagrams(page, expected: int):
    """Diagrams are inline SVG from the build: each is drawn, none is left as source."""
    diagrams = page.locator("figure.diagram > svg")
    if expected:  # after instant navigation the new content may still be on its way
        page.wait_for_function("n => document.querySelectorAll('figure.diagram > svg').length >= n",
                               arg=expected, timeout=10000)
    assert diagrams.count() == expected
    assert page.locator(".mermaid").count() == 0, "a diagram was left for the browser to render"
    for index in range(expected):
        box = diagrams.nth(index).bounding_box()
        assert box and box["width"] > 100 and box["height"] > 50, f"diagram {index + 1} is not drawn: {box}"
    # mermaid's rules set the SVG's fill (#333); a page keeps one copy of them per
    # kind of diagram (hook_diagrams), which must still reach every diagram.
    unstyled = page.evaluate("""() => [...document.querySelectorAll('figure.diagram > svg')]
        .filter(svg => getComputedStyle(svg).fill !== 'rgb(51, 51, 51)').map(svg => svg.id)""")
    assert unstyled == [], f"diagrams without mermaid's style: {unstyled}"


def test_every_page_loads_cleanly_and_renders_its_diagrams(page, built_site, served_site):
    paths = [p for p in page_paths(built_site) if p != "404.html"]
    assert len(paths) >= 3
    for path in paths:
        open_page(page, served_site + path)
        wait_for_diagrams(page, diagram_count(path))
        assert page.locator("html").get_attribute("lang") == "ko"
        page.watch.assert_clean(path)


def test_missing_page_gets_the_korean_404_page_with_working_assets(page, served_site):
    response = page.goto(served_site + "no-such-page/", wait_until="load")
    assert response.status == 404
    assert "페이지를 찾을 수 없습니다" in page.locator("h1").inner_text()
    # The theme's CSS and JavaScript loaded from the right place (404.html can be served at any depth).
    assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") == "sticky"
    assert page.evaluate("document.documentElement.classList.contains('js')")
    page.locator(".md-content a", has_text="네트워크 프로토콜").click()
    page.wait_for_url(served_site + "network-design/")
    # The missing page itself is the one expected failure.
    page.watch.failed.remove(f"{served_site}no-such-page/ HTTP 404")
    page.watch.errors.remove("Failed to load resource: the server responded with a status of 404 (Not Found)")
    page.watch.assert_clean("404 page")


def questions(slug: str):
    return load_quiz(ROOT / "quizzes" / f"{slug}.yml").questions


def first(slug: str, qtype: str):
    for index, question in enumerate(questions(slug)):
        if question.type == qtype:
            return index, question
    raise AssertionError(f"{slug} has no {qtype} question")


def wait_for_verdict(page, index: int, verdict: str):
    """mkdocs-quiz marks its feedback box `correct` or `incorrect` (its text may be per-option feedback)."""
    page.wait_for_selector(f"#quiz-{index} .quiz-feedback:not(.hidden) .quiz-feedback-item.{verdict}", timeout=5000)


def open_quiz_page(page, served_site, slug="network-design"):
    open_page(page, f"{served_site}{slug}/")
    return page


def test_single_answer_wrong_then_right_shows_feedback_and_explanation(page, served_site):
    open_quiz_page(page, served_site)
    index, question = first("network-design", "single")
    quiz = page.locator(f"#quiz-{index}")
    wrong = next(i for i, option in enumerate(question.options) if not option.correct)
    right = next(i for i, option in enumerate(question.options) if option.correct)

    quiz.locator(f"#quiz-{index}-{wrong}").check()
    wait_for_verdict(page, index, "incorrect")
    assert "wrong" in quiz.locator(f"#quiz-{index}-{wrong} >> xpath=..").get_attribute("class")
    explanation = quiz.locator("section.content")
    assert explanation.is_visible()
    assert question.explanation.split()[0] in explanation.inner_text()
    link = explanation.locator("a").last.get_attribute("href")
    assert unquote(urlsplit(link).fragment) == question.section.lstrip("#")

    quiz.get_by_role("button", name="다시 시도").click()
    quiz.locator(f"#quiz-{index}-{right}").check()
    wait_for_verdict(page, index, "correct")
    assert quiz.locator(".quiz-feedback-item.incorrect").count() == 0
    page.watch.assert_clean("network-design quiz")


def test_multiple_answer_and_fill_in_submit_and_score(page, served_site):
    open_quiz_page(page, served_site)
    m_index, multiple = first("network-design", "multiple")
    quiz = page.locator(f"#quiz-{m_index}")
    for i, option in enumerate(multiple.options):
        if option.correct:
            quiz.locator(f"#quiz-{m_index}-{i}").check()
    quiz.get_by_role("button", name="제출").click()
    wait_for_verdict(page, m_index, "correct")

    f_index, fill = first("network-design", "fill")
    quiz = page.locator(f"#quiz-{f_index}")
    variant = fill.answers[-1]  # a listed variant, not only the canonical answer
    quiz.locator("input.quiz-blank-input").fill(f"  {variant.upper()} ")
    quiz.get_by_role("button", name="제출").click()
    wait_for_verdict(page, f_index, "correct")
    assert "correct" in quiz.locator("input.quiz-blank-input").get_attribute("class")

    page.wait_for_function("() => document.querySelector('.quiz-results-correct').textContent === '2'")
    assert page.locator(".quiz-results-answered").first.text_content() == "2"
    page.watch.assert_clean("network-design quiz")


def test_fill_in_rejects_a_wrong_answer(page, served_site):
    open_quiz_page(page, served_site)
    f_index, _ = first("network-design", "fill")
    quiz = page.locator(f"#quiz-{f_index}")
    quiz.locator("input.quiz-blank-input").fill("확실히 틀린 답")
    quiz.get_by_role("button", name="제출").click()
    wait_for_verdict(page, f_index, "incorrect")
    assert "wrong" in quiz.locator("input.quiz-blank-input").get_attribute("class")


def test_progress_survives_a_reload(page, served_site):
    open_quiz_page(page, served_site)
    index, question = first("network-design", "single")
    right = next(i for i, option in enumerate(question.options) if option.correct)
    page.locator(f"#quiz-{index}-{right}").check()
    page.wait_for_function("() => document.querySelector('.quiz-results-answered').textContent === '1'")
    page.reload(wait_until="load")
    page.wait_for_load_state("networkidle")
    # mkdocs-quiz restores saved answers once the page has loaded; wait for it.
    expect(page.locator(f"#quiz-{index}-{right}")).to_be_checked()
    wait_for_verdict(page, index, "correct")
    assert page.locator(".quiz-results-answered").first.text_content() == "1"
    # mkdocs-quiz keys saved progress by the page's path, sub-path included.
    key = f"quiz_progress_{urlsplit(served_site).path}network-design/"
    stored = page.evaluate("key => localStorage.getItem(key)", key)
    assert stored and '"correct":true' in stored.replace(" ", "")


def test_instant_navigation_keeps_quizzes_and_diagrams_working(page, served_site):
    open_page(page, served_site)
    page.evaluate("window.__noFullReload = true")
    # Material's instant navigation rewrites links to absolute URLs.
    page.locator('nav.md-nav--primary a.md-nav__link[href$="/network-design/"]').first.click()
    page.wait_for_url(re.compile(r"/network-design/$"))
    page.wait_for_load_state("networkidle")
    assert page.evaluate("window.__noFullReload === true"), "navigation was a full page load"
    wait_for_diagrams(page, diagram_count("network-design/"))
    index, question = first("network-design", "single")
    right = next(i for i, option in enumerate(question.options) if option.correct)
    page.locator(f"#quiz-{index}-{right}").check()
    wait_for_verdict(page, index, "correct")
    # and back: the home page still works after navigating away from a quiz page
    page.go_back()
    page.wait_for_url(served_site)
    assert page.evaluate("window.__noFullReload === true")
    page.watch.assert_clean("instant navigation")


RENDERED = "el => el.checkVisibility({contentVisibilityAuto: true})"
# extra.css gives long pages' code blocks, diagrams and runs of blocks between headings
# (scripts/hooks/hook_lazy_render.py) `content-visibility: auto`: off screen they stay
# unrendered until the reader scrolls near them. A tool that measures them (axe)
# would measure placeholders; this renders every part, as it is when on screen.
RENDER_ALL = ".md-typeset * { content-visibility: visible !important; }"


def test_phone_drawer_renders_its_links_only_when_opened(page, served_site):
    """extra.css: the closed navigation drawer is not rendered; opened, it shows and follows its links."""
    page.set_viewport_size({"width": 412, "height": 823})
    open_page(page, served_site + "network-design/")
    # The drawer opens on the section of the current page: the competency, with its labs page.
    link = page.locator(".md-sidebar--primary .md-nav__link[href$='/network-design/labs/']").first
    assert not link.evaluate(RENDERED)
    page.locator("label.md-header__button[for='__drawer']").click()
    expect(link).to_be_visible()
    link.click()
    expect(page).to_have_url(re.compile(r"/network-design/labs/$"))
    # A desktop window shows the navigation as a sidebar, always rendered.
    page.set_viewport_size({"width": 1280, "height": 800})
    expect(page.locator(".md-sidebar--primary .md-nav__link[href$='/roadmap/']").first).to_be_visible()
    page.watch.assert_clean("navigation drawer")


@pytest.mark.parametrize("viewport", [{"width": 412, "height": 823}, {"width": 1280, "height": 800}],
                         ids=["phone", "desktop"])
def test_long_page_renders_far_blocks_when_reached_and_links_land_on_their_heading(page, served_site, viewport):
    page.set_viewport_size(viewport)
    open_page(page, served_site + "network-design/")
    # The last code block waits off screen, unrendered, without its copy button
    # (content.lazy); scrolled to, it is drawn and gets the button.
    code = page.locator("article .highlight").last
    assert not code.locator("code").evaluate(RENDERED)
    assert code.locator(".md-code__button").count() == 0
    code.scroll_into_view_if_needed()
    expect(code.locator("button.md-code__button")).to_have_count(1)
    assert code.locator("code").evaluate(RENDERED)
    # A link to a heading far down lands on it, although the blocks above it
    # were never rendered and hold estimated heights.
    for heading in ("분산-시스템-설계", "면접-대비-질문", "셀프-체크-퀴즈"):
        open_page(page, served_site + "roadmap/")
        open_page(page, f"{served_site}network-design/#{heading}")
        page.wait_for_timeout(300)  # let the blocks around it render and settle
        top = page.evaluate("id => document.getElementById(id).getBoundingClientRect().top", heading)
        assert 0 <= top <= 120, f"#{heading} is at {top}px from the top of the window"
    page.watch.assert_clean("lazy rendering")


def test_last_unrendered_run_of_every_page_is_estimated_at_least_its_height_on_a_phone(page, built_site, served_site):
    # Unrendered, a run is its estimate tall; a tool that lays out its content anyway
    # (axe in Lighthouse) finds the part below the estimate over the dark footer.
    page.set_viewport_size({"width": 412, "height": 823})
    short = []
    for path in page_paths(built_site):
        open_page(page, served_site + path)
        estimate = page.evaluate("""() => { const runs = document.querySelectorAll('.lazy-render');
            return runs.length ? parseFloat(getComputedStyle(runs[runs.length - 1]).containIntrinsicHeight.split(' ').pop()) : null; }""")
        if estimate is None:
            continue
        page.add_style_tag(content=RENDER_ALL)
        height = page.evaluate("() => [...document.querySelectorAll('.lazy-render')].pop().getBoundingClientRect().height")
        if height > estimate:
            short.append(f"/{path}: {height:.0f}px, estimated {estimate:.0f}px")
    assert short == [], short


def test_wide_diagram_keeps_legible_labels_on_a_phone_and_scrolls_by_keyboard(page, served_site):
    page.set_viewport_size({"width": 412, "height": 823})
    open_page(page, served_site + "network-design/")
    figure = page.locator("figure.diagram[tabindex='0']").first
    figure.scroll_into_view_if_needed()
    natural = float(figure.locator("svg").evaluate("svg => parseFloat(svg.style.maxWidth)"))
    drawn = figure.locator("svg").bounding_box()["width"]
    assert drawn >= 0.6 * natural - 1, f"a {natural}px diagram is drawn {drawn}px wide on a phone"
    assert figure.evaluate("f => f.scrollWidth > f.clientWidth"), "the wide diagram should scroll in its figure"
    figure.focus()
    page.keyboard.press("ArrowRight")
    page.wait_for_function("f => f.scrollLeft > 0", arg=figure.element_handle(), timeout=5000)
    page.watch.assert_clean("wide diagram")


def test_every_diagram_that_scrolls_on_the_narrowest_phone_takes_keyboard_focus(page, built_site, served_site):
    # 320 px is the narrowest width WCAG 1.4.10 asks a page to work at.
    page.set_viewport_size({"width": 320, "height": 640})
    unfocusable, scrolling = [], 0
    for path in page_paths(built_site):
        open_page(page, served_site + path)
        page.add_style_tag(content=RENDER_ALL)
        found = page.evaluate("""() => [...document.querySelectorAll('figure.diagram')]
            .filter(f => f.scrollWidth > f.clientWidth + 1)
            .map(f => [f.id || f.querySelector('svg').id, f.getAttribute('tabindex')])""")
        scrolling += len(found)
        unfocusable += [f"/{path} {name}" for name, tabindex in found if tabindex != "0"]
    assert scrolling > 0, "no diagram scrolls at 320 px: the check would not see a missing tabindex"
    assert unfocusable == [], unfocusable


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("혼잡 제어", "network-design"),  # a Korean word
        ("OSPF", "network-design"),  # an English acronym
    ],
)
def test_korean_search_finds_the_right_page(page, served_site, query, expected):
    from search_hit_rate import Case, run_queries

    case = Case(query, expected)
    assert run_queries(page, served_site, [case], {case: None}, top=5) == []


def checklist_boxes(page):
    return page.locator(".checklist li.task-list-item input[type=checkbox]")


def tick(page, index: int):
    """Click the item's checkbox as a reader does: Material hides the input and draws the box as the
    ::before of an empty .task-list-indicator inside the label, which Playwright sees as zero-sized.
    The box is disabled until checklist.js has read the saved state."""
    expect(checklist_boxes(page).nth(index)).to_be_enabled()
    page.locator(".checklist li.task-list-item").nth(index).locator(".task-list-indicator").dispatch_event("click")


def test_checklist_persists_across_reload_and_navigation_and_resets(page, served_site):
    page.on("dialog", lambda dialog: dialog.accept())
    open_page(page, served_site + "checklist/")
    boxes = checklist_boxes(page)
    total = boxes.count()
    assert total >= 7 * 5
    tick(page, 0)
    tick(page, total - 1)
    summary = page.locator(".checklist-summary")
    assert f"완료 2 / {total}" in summary.inner_text()

    page.reload(wait_until="load")
    page.wait_for_load_state("networkidle")
    assert checklist_boxes(page).nth(0).is_checked() and checklist_boxes(page).nth(total - 1).is_checked()
    assert not checklist_boxes(page).nth(1).is_checked()

    # away and back with instant navigation
    page.locator('nav.md-nav--primary a.md-nav__link[href$="/network-design/"]').first.click()
    page.wait_for_url(re.compile(r"/network-design/$"))
    page.locator('nav.md-nav--primary a.md-nav__link[href$="/checklist/"]').first.click()
    page.wait_for_url(re.compile(r"/checklist/$"))
    page.wait_for_selector(".checklist-summary")
    assert page.locator(".checklist-summary").count() == 1
    assert checklist_boxes(page).nth(0).is_checked()
    assert f"완료 2 / {total}" in page.locator(".checklist-summary").inner_text()

    page.locator(".checklist-reset").click()
    assert f"완료 0 / {total}" in page.locator(".checklist-summary").inner_text()
    page.reload(wait_until="load")
    page.wait_for_load_state("networkidle")
    assert not checklist_boxes(page).nth(0).is_checked()
    page.watch.assert_clean("checklist")


@pytest.mark.parametrize("stored", ["{not json", '{"version": 99, "items": []}', '"just a string"'])
def test_corrupted_checklist_data_is_reported_not_thrown(context, served_site, stored):
    context.add_init_script(f"localStorage.setItem('cns-checklist', {stored!r});")
    page = context.new_page()
    watch = Watch(page, served_site)
    open_page(page, served_site + "checklist/")
    assert "읽을 수 없어 무시했습니다" in page.locator(".checklist-problem").inner_text()
    tick(page, 0)
    assert "완료 1 /" in page.locator(".checklist-summary").inner_text()
    watch.assert_clean("checklist with corrupted data")


def answer_first_single(page, served_site, slug: str, correctly: bool):
    open_page(page, f"{served_site}{slug}/")
    wait_for_diagrams(page, diagram_count(f"{slug}/"))
    index, question = first(slug, "single")
    choice = next(i for i, option in enumerate(question.options) if option.correct == correctly)
    page.locator(f"#quiz-{index}-{choice}").check()
    wait_for_verdict(page, index, "correct" if correctly else "incorrect")


def js_round(value: float) -> int:
    """Math.round: halves go up (Python's round() goes to even)."""
    return int(value + 0.5)


def progress_row(page, slug: str) -> dict[str, str]:
    row = page.locator(f'#progress-table tr[data-slug="{slug}"]')
    return {name: row.locator(f".progress-{name}").inner_text() for name in ("quiz", "correct", "checklist", "score")}


def open_progress(page, served_site):
    open_page(page, served_site + "progress/")
    page.wait_for_function("() => !document.querySelector('.progress-overall').textContent.includes('읽는 중')")


def test_progress_page_reflects_answers_on_two_pages_and_the_checklist(page, served_site):
    answer_first_single(page, served_site, "network-design", correctly=True)
    answer_first_single(page, served_site, "nfv-sdn", correctly=False)
    open_page(page, served_site + "checklist/")
    tick(page, 0)  # the first item belongs to network-design
    open_progress(page, served_site)
    nd_total = len(questions("network-design"))
    nfv_total = len(questions("nfv-sdn"))
    assert progress_row(page, "network-design") == {
        "quiz": f"1 / {nd_total}", "correct": f"1 ({js_round(100 / nd_total)}%)", "checklist": "1 / 8",
        "score": f"{js_round((js_round(100 / nd_total) + js_round(100 / 8)) / 2)}%"}
    assert progress_row(page, "nfv-sdn")["quiz"] == f"1 / {nfv_total}"
    assert progress_row(page, "nfv-sdn")["correct"] == "0 (0%)"
    assert "network-design" not in page.locator(".progress-weakest a").get_attribute("href")
    assert page.locator(".progress-next a").count() == 1
    assert page.locator(".progress-problems").is_hidden()
    page.watch.assert_clean("progress page")


def test_export_then_import_restores_progress_in_a_fresh_browser(browser, page, served_site, tmp_path):
    answer_first_single(page, served_site, "network-design", correctly=True)
    open_progress(page, served_site)
    with page.expect_download() as download:
        page.locator(".progress-export").click()
    saved = tmp_path / "progress.json"
    download.value.save_as(saved)
    assert '"format": "cns-progress"' in saved.read_text(encoding="utf-8")

    fresh_context = browser.new_context(locale="ko-KR")
    try:
        fresh = fresh_context.new_page()
        watch = Watch(fresh, served_site)
        open_progress(fresh, served_site)
        assert progress_row(fresh, "network-design")["quiz"].startswith("0 /")
        fresh.locator(".progress-import").set_input_files(str(saved))
        fresh.wait_for_function("() => document.querySelector('.progress-message').textContent.includes('가져왔습니다')")
        assert progress_row(fresh, "network-design")["quiz"].startswith("1 /")
        # the quiz page itself shows the imported answer
        open_page(fresh, served_site + "network-design/")
        index, question = first("network-design", "single")
        right = next(i for i, option in enumerate(question.options) if option.correct)
        expect(fresh.locator(f"#quiz-{index}-{right}")).to_be_checked()
        wait_for_diagrams(fresh, diagram_count("network-design/"))  # leave only once nothing is loading
        bad = tmp_path / "bad.json"
        bad.write_text('{"format": "something-else"}', encoding="utf-8")
        open_progress(fresh, served_site)
        fresh.locator(".progress-import").set_input_files(str(bad))
        fresh.wait_for_function("() => document.querySelector('.progress-message').textContent.includes('가져오지 못했습니다')")
        watch.assert_clean("import")
    finally:
        fresh_context.close()


def test_corrupted_progress_data_is_reported_not_thrown(context, served_site):
    base = urlsplit(served_site).path  # mkdocs-quiz keys progress by page path
    context.add_init_script(
        f"localStorage.setItem('quiz_progress_{base}network-design/', '{{broken');"
        f"localStorage.setItem('quiz_progress_{base}nfv-sdn/', '[1, 2]');"
        "localStorage.setItem('cns-checklist', '{\"version\": 1, \"items\": [1]}');")
    page = context.new_page()
    watch = Watch(page, served_site)
    open_progress(page, served_site)
    problems = page.locator(".progress-problems").inner_text()
    assert "손상되어 무시했습니다" in problems and "형식이 맞지 않아 무시했습니다" in problems
    assert progress_row(page, "network-design")["quiz"].startswith("0 /")
    assert "전체 0%" in page.locator(".progress-overall").inner_text()
    watch.assert_clean("progress page with corrupted data")


def test_mock_exam_scores_at_the_end(page, served_site):
    import yaml

    plan = yaml.safe_load((ROOT / "data" / "exam.yml").read_text(encoding="utf-8"))["questions"]
    chosen = [next(q for q in questions(slug) if q.id == qid) for slug, ids in plan.items() for qid in ids]
    open_page(page, served_site + "exam/")
    for index, question in enumerate(chosen):
        quiz = page.locator(f"#quiz-{index}")
        if question.type == "fill":
            quiz.locator("input.quiz-blank-input").fill(question.answers[-1])
            quiz.get_by_role("button", name="제출").click()
        elif question.type == "single":
            # answer the first question wrongly, the rest correctly
            pick = next(i for i, o in enumerate(question.options) if o.correct == (index != 0))
            quiz.locator(f"#quiz-{index}-{pick}").check()
        else:
            for i, option in enumerate(question.options):
                if option.correct:
                    quiz.locator(f"#quiz-{index}-{i}").check()
            quiz.get_by_role("button", name="제출").click()
        wait_for_verdict(page, index, "incorrect" if index == 0 and question.type == "single" else "correct")
    total = len(chosen)
    expected_correct = total - 1 if chosen[0].type == "single" else total
    page.wait_for_selector(".quiz-results-complete:not(.hidden)")
    assert page.locator(".quiz-results-answered").first.text_content() == str(total)
    assert page.locator(".quiz-results-correct").first.text_content() == str(expected_correct)
    assert page.locator(".quiz-results-score-value").first.text_content() == f"{js_round(100 * expected_correct / total)}%"
    page.watch.assert_clean("mock exam")




MIN_SEARCH_HIT_RATE = 0.95


def test_learner_queries_find_the_teaching_section_in_the_top_3(page, served_site, built_site):
    """tests/data/search_queries.yml typed into one open search box (scripts/measure/search_hit_rate.py)."""
    from search_hit_rate import expected_targets, load_cases, run_queries

    cases = load_cases()
    assert len(cases) >= 120
    misses = run_queries(page, served_site, cases, expected_targets(built_site, cases), top=3)
    hit_rate = 1 - len(misses) / len(cases)
    print(f"search hit rate (top 3): {len(cases) - len(misses)}/{len(cases)} = {hit_rate:.1%}")
    for miss in misses:
        print("  miss:", miss)
    assert hit_rate >= MIN_SEARCH_HIT_RATE, f"hit rate {hit_rate:.1%}; missed:\n" + "\n".join(misses)


def test_home_competency_map_links_to_every_competency_page(page, served_site):
    open_page(page, served_site)
    wait_for_diagrams(page, diagram_count("/"))
    links = page.locator("figure.diagram a")
    hrefs = links.evaluate_all("els => els.map(a => a.getAttribute('xlink:href') || a.getAttribute('href'))")
    assert sorted(hrefs) == sorted(f"{slug}/" for slug in SLUGS_WITH_QUIZ)
    links.nth(hrefs.index("openstack/")).click()
    page.wait_for_url(re.compile(r"/openstack/$"))
    page.watch.assert_clean("home map")


SLUGS_WITH_QUIZ = sorted(path.stem for path in (ROOT / "quizzes").glob("*.yml"))
