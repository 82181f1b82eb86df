"""Accessibility budget: axe-core finds no violation, of any impact, anywhere.

Every built page is checked in the light (`default`) and dark (`slate`)
palette, twice: as loaded, the way a reader gets it, with the blocks below the
first screen not yet rendered (content-visibility: auto holds them at an
estimated height, see scripts/hooks/hook_lazy_render.py) and nothing scrolled; and
then with every block rendered, as they are once the reader has scrolled past
them. Then the interactive states that only exist after the reader
does something: quiz feedback after right and wrong answers, the mock exam's
score screen, a ticked checklist, the progress page with data, and the search
dialog with results. axe runs with its default rule set; nothing is disabled.
After an action on a long page only the parts that the action changed are
checked again; the rest was checked as loaded.

Each test does the same in a light and a dark browser context, and the two
run axe at the same time (two renderer processes). axe is CPU-bound: most of
the time goes to color-contrast on the thousands of highlighted code tokens
and diagram labels of the long pages.

axe-core comes from tools/node_modules (`npm ci --prefix tools`, which
`make test` runs); in CI a missing copy is a failure, not a skip.
"""

from __future__ import annotations

import json

import pytest
from conftest import IN_CI, ROOT

from test_e2e import (RENDER_ALL, Watch, diagram_count, page_paths, questions, tick, wait_for_diagrams,
                      wait_for_verdict)

AXE = ROOT / "tools" / "node_modules" / "axe-core" / "axe.min.js"

# Playwright's emulated system preference -> the Material scheme it must select
# (the palette's first entry follows the system).
SCHEMES = {"light": "default", "dark": "slate"}

# A finding that is a false positive may be listed here as (rule id, CSS selector of the exact
# element, reason); only that rule's finding on that element is dropped. Empty: every finding
# so far was fixed in the site.
EXCEPTIONS: list[tuple[str, str, str]] = []

# axe.run's options: the default rules, and only the violations in the result.
AXE_OPTIONS = {"resultTypes": ["violations"]}

# Start axe and keep the promise of its violations, less the EXCEPTIONS, on the page.
RUN_AXE = """([context, options, exceptions]) => {
  const excepted = (rule, node) => node.target.length === 1 && exceptions.some(([id, selector]) =>
    id === rule && document.querySelector(node.target[0])?.matches(selector));
  window.__a11yRun = axe.run(context, options).then(result => result.violations
    .map(v => ({...v, nodes: v.nodes.filter(node => !excepted(v.id, node))}))
    .filter(v => v.nodes.length));
}"""

# The page as it is: how many lazy blocks there are, how many are not rendered (skipped by
# content-visibility), how many start far below the first screen and how many of those are
# rendered all the same, and the scroll position.
LOAD_STATE = """() => {
  const runs = [...document.querySelectorAll('.md-typeset .lazy-render')];
  const rendered = run => run.firstElementChild.checkVisibility({contentVisibilityAuto: true});
  // The browser renders what is near the viewport too: "far" is beyond three screens.
  const far = runs.filter(run => run.getBoundingClientRect().top > 3 * innerHeight);
  return {runs: runs.length, skipped: runs.filter(run => !rendered(run)).length, far: far.length,
          farRendered: far.filter(rendered).length, scrollY: scrollY};
}"""

SETTLED = """() => {
  // Material makes overflowing code blocks keyboard-scrollable (tabindex) after layout.
  for (const c of document.querySelectorAll('pre > code'))
    if (c.scrollWidth > c.clientWidth && !c.hasAttribute('tabindex')) return false;
  return document.fonts.status === 'loaded';
}"""


@pytest.fixture(scope="module")
def axe_source() -> str:
    if not AXE.is_file():
        message = f"{AXE.relative_to(ROOT)} missing: run `npm ci --prefix tools` (or `make tools`)"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    return AXE.read_text(encoding="utf-8")


class Audit:
    """A page in one colour scheme; start() and finish() run axe on it as it is now and record what it finds."""

    def __init__(self, page, base_url: str, axe_source: str, scheme: str):
        self.page, self.base_url, self.axe_source, self.scheme = page, base_url, axe_source, scheme
        self.findings: list[str] = []

    def navigate(self, path: str):
        """Start loading a page; ready() waits for it. The schemes' pages load side by side."""
        self.page.goto(self.base_url + path, wait_until="commit")

    def ready(self, path: str):
        """Wait until the page has started up as in test_e2e.open_page (load, then network idle),
        and is drawn: diagrams, fonts, keyboard-scrollable code; and in the expected scheme."""
        self.page.wait_for_load_state("load")
        self.page.wait_for_load_state("networkidle")
        wait_for_diagrams(self.page, diagram_count(path))
        self.page.wait_for_function(SETTLED, timeout=20000)
        applied = self.page.evaluate("document.body.dataset.mdColorScheme")
        assert applied == SCHEMES[self.scheme], f"{path}: the {self.scheme} preference gave scheme {applied!r}"

    def start(self, include: list[str] | None = None, render_all: bool = True):
        """Start axe on the page as it is now (or on the include selectors' parts of it); finish()
        collects the result. In between, another page (in another browser context, so another
        renderer process) can run axe at the same time.

        With render_all, every lazy block is rendered first, as if the reader had scrolled past
        it; without, the page stays as loaded (the skipped blocks are laid out only as far as
        axe itself asks for their layout, as any tool reading the page does)."""
        page = self.page
        if render_all and not page.evaluate("!!document.getElementById('a11y-render-all')"):
            page.add_style_tag(content=RENDER_ALL)
            page.evaluate("document.head.lastElementChild.id = 'a11y-render-all'")
        if not page.evaluate("typeof window.axe === 'object'"):
            # Evaluated through the DevTools protocol, so the site's Content-Security-Policy
            # (which refuses inline scripts) stays in force and axe sees the page as readers do.
            page.evaluate(self.axe_source + "\n;0")
            # Results without each element's outerHTML: a quarter faster on long pages. The report
            # names elements by their CSS selector.
            page.evaluate("axe.configure({noHtml: true})")
        page.wait_for_function(SETTLED, timeout=20000)
        context = {"include": [[selector] for selector in include]} if include else "html"
        page.evaluate(RUN_AXE, [context, AXE_OPTIONS, [[rule, selector] for rule, selector, _ in EXCEPTIONS]])

    def finish(self, path: str, state: str):
        violations = self.page.evaluate("() => window.__a11yRun")
        self.findings.extend(describe(path, self.scheme, state, v) for v in violations)


def new_audit(browser, served_site: str, axe_source: str, scheme: str) -> Audit:
    ctx = browser.new_context(locale="ko-KR", color_scheme=scheme)
    page = ctx.new_page()
    Watch(page, served_site)  # requests to other hosts are refused
    return Audit(page, served_site, axe_source, scheme)


@pytest.fixture
def audits(browser, served_site, axe_source):
    """One Audit per scheme: each test does the same in both, and axe runs in both at once."""
    audits = [new_audit(browser, served_site, axe_source, scheme) for scheme in SCHEMES]
    yield audits
    for audit in audits:
        audit.page.context.close()


def describe(path: str, scheme: str, state: str, violation: dict) -> str:
    """One violation, readable: where, which rule and impact, the elements and what is wrong with the first."""
    nodes = violation["nodes"]
    lines = [f"{path or '/'} [{scheme}, {state}] {violation['id']} ({violation['impact']}): "
             f"{violation['help']} - {len(nodes)} element(s)"]
    for node in nodes[:5]:
        lines.append(f"    {' >>> '.join(map(json.dumps, node['target']))}")
    if len(nodes) > 5:
        lines.append(f"    ... and {len(nodes) - 5} more")
    summary = nodes[0].get("failureSummary", "").replace("\n", " ").strip()
    lines.append(f"    first: {summary}")
    lines.append(f"    help: {violation['helpUrl'].split('?')[0]}")
    return "\n".join(lines)


def check(audits: list[Audit], path: str, state: str, act=None, load: bool = True, include=None,
          render_all: bool = True):
    """In every scheme: load path (unless it is open already), act on the page, and run axe on
    the page or, after an action on a long page, on the parts the action changed (the rest was
    checked as loaded). Returns each scheme's LOAD_STATE as axe started."""
    if load:
        for audit in audits:
            audit.navigate(path)
    states = []
    for audit in audits:
        if load:
            audit.ready(path)
        if act:
            act(audit.page)
        states.append(audit.page.evaluate(LOAD_STATE))
        audit.start(include, render_all)
    for audit in audits:
        audit.finish(path, state)
    return states


def assert_clean(audits: list[Audit]):
    findings = [finding for audit in audits for finding in audit.findings]
    if findings:
        pytest.fail(f"{len(findings)} axe violation(s):\n" + "\n".join(findings), pytrace=False)


def test_every_page_has_no_violations_as_loaded_and_all_rendered(audits, built_site):
    paths = page_paths(built_site)
    assert len(paths) >= 10
    not_as_loaded, skipped = [], 0
    for path in paths:
        for audit, loaded in zip(audits, check(audits, path, "as loaded", render_all=False)):
            # As loaded means: at the top of the page, with the lazy blocks far below the first
            # screen not rendered (else this would be the all-rendered state again), and axe
            # scrolled nothing into view.
            after = audit.page.evaluate("scrollY")
            if loaded["scrollY"] or after or loaded["farRendered"]:
                not_as_loaded.append(f"/{path} [{audit.scheme}]: {loaded}, scrollY after axe {after}")
            skipped += loaded["skipped"]
        check(audits, path, "all rendered", load=False)
    assert_clean(audits)
    assert not not_as_loaded, "pages not checked as loaded:\n" + "\n".join(not_as_loaded)
    assert skipped > 100, f"only {skipped} lazy blocks were not yet rendered as loaded"


def nth_of_type(slug: str, qtype: str, nth: int = 0):
    return [(i, q) for i, q in enumerate(questions(slug)) if q.type == qtype][nth]


def answer(page, index: int, question, correctly: bool):
    """Answer question #index rightly or wrongly and wait for mkdocs-quiz's verdict."""
    quiz = page.locator(f"#quiz-{index}")
    if question.type == "fill":
        quiz.locator("input.quiz-blank-input").fill(question.answers[0] if correctly else "확실히 틀린 답")
    else:
        picks = [i for i, option in enumerate(question.options) if option.correct == correctly]
        for pick in picks if question.type == "multiple" else picks[:1]:
            quiz.locator(f"#quiz-{index}-{pick}").check()
    if question.type != "single":
        quiz.get_by_role("button", name="제출").click()
    wait_for_verdict(page, index, "correct" if correctly else "incorrect")


# What answering changes: the questions with their feedback and the results box, and the
# progress box that mkdocs-quiz puts in the table-of-contents sidebar.
QUIZ_PARTS = ["aside.quiz-section", "#quiz-progress-sidebar"]


def answer_some(slug: str):
    """Wrong and right answers of every kind, so that every feedback style is on screen."""
    def act(page):
        for qtype, nth, correctly in [("single", 0, False), ("single", 1, True), ("multiple", 0, False),
                                      ("fill", 0, True), ("fill", 1, False)]:
            answer(page, *nth_of_type(slug, qtype, nth), correctly=correctly)
    return act


def test_quiz_feedback_checklist_and_progress_have_no_violations(audits):
    check(audits, "network-design/", "after right and wrong answers", answer_some("network-design"),
          include=QUIZ_PARTS)
    check(audits, "checklist/", "one item ticked", lambda page: tick(page, 0))
    check(audits, "progress/", "with quiz and checklist data", lambda page: page.wait_for_function(
        "!document.querySelector('.progress-overall').textContent.includes('읽는 중')"))
    assert_clean(audits)


def finish_exam(page):
    import yaml

    plan = yaml.safe_load((ROOT / "data" / "exam.yml").read_text(encoding="utf-8"))["questions"]
    chosen = [next(q for q in questions(slug) if q.id == qid) for slug, ids in plan.items() for qid in ids]
    for index, question in enumerate(chosen):
        # every other answer wrong, so that the score screen shows a middling score
        answer(page, index, question, correctly=index % 2 == 0)
    page.wait_for_selector(".quiz-results-complete:not(.hidden)")


def test_finished_mock_exam_has_no_violations(audits):
    check(audits, "exam/", "finished", finish_exam)
    assert_clean(audits)


def search_for(query: str, results: bool):
    """Open the search dialog (the toggle is a no-op when it is open), type query, wait for the outcome."""
    def act(page):
        page.locator("label.md-search__icon, .md-search__input").first.click()
        box = page.locator("input.md-search__input")
        box.fill(query)
        box.press("End")
        if results:
            page.wait_for_selector(".md-search-result__item", timeout=10000)
        else:  # "검색어와 일치하는 문서가 없습니다"
            page.wait_for_function("() => document.querySelector('.md-search-result__meta').textContent"
                                   ".includes('없습니다')", timeout=10000)
    return act


def test_search_dialog_has_no_violations(audits):
    check(audits, "", "search open with results", search_for("OSPF", results=True), include=[".md-search"])
    check(audits, "", "search open, nothing found", search_for("qqqzzzxxx", results=False), load=False,
          include=[".md-search"])
    assert_clean(audits)
