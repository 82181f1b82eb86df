"""The strict build: quiz rendering, search index contents, privacy, bad input."""

from __future__ import annotations

import html as html_lib
import importlib
import json
import html as html_module
import re
import subprocess

import pytest
import yaml
from conftest import ROOT, build_site, fake_page

from quiz_data import load_quiz
from site_pages import COMPETENCY_SLUGS, page_for_slug, split_front_matter

QUIZ_SLUGS = sorted(path.stem for path in (ROOT / "quizzes").glob("*.yml"))


def html_of(site, slug: str) -> str:
    return (site / slug / "index.html").read_text(encoding="utf-8")


def test_at_least_one_competency_page_and_quiz_exist():
    existing = [slug for slug in COMPETENCY_SLUGS if page_for_slug(ROOT / "docs", slug)]
    assert "network-design" in existing
    assert set(existing) <= set(QUIZ_SLUGS)


@pytest.mark.parametrize("slug", QUIZ_SLUGS)
def test_every_question_is_rendered_with_its_key(built_site, slug):
    questions = load_quiz(ROOT / "quizzes" / f"{slug}.yml").questions
    html = html_of(built_site, slug)
    blocks = re.findall(r'<div class="quiz[ "].*?<section class="content hidden">', html, re.DOTALL)
    assert len(blocks) == len(questions)
    for question, block in zip(questions, blocks):
        if question.type == "fill":
            accepted = json.loads(re.search(r'data-accept="([^"]*)"', block).group(1).replace("&quot;", '"'))
            assert accepted == list(question.answers)
        else:
            assert block.count('data-correct="true"') == sum(option.correct for option in question.options)
            kind = "checkbox" if question.type == "multiple" else "radio"
            assert block.count(f'type="{kind}"') == len(question.options), question.id
    assert html.count('class="quiz-intro"') == 1 and html.count('id="quiz-results"') == 1


def test_quiz_text_and_ui_stay_out_of_the_search_index(built_site):
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    text = " ".join(doc["title"] + " " + doc["text"] for doc in index["docs"])
    for ui in ("퀴즈 진행 상황", "답변한 문제", "퀴즈 초기화", "관련 내용:"):
        assert ui not in text
    for slug in QUIZ_SLUGS:
        for question in load_quiz(ROOT / "quizzes" / f"{slug}.yml").questions:
            explanation = " ".join(question.explanation.split())[:40]
            assert explanation not in text, f"{question.id}: explanation is in the search index"
    assert "sequenceDiagram" not in text and "flowchart" not in text, "diagram source is indexed"


def test_quiz_assets_only_on_quiz_pages(built_site):
    assert "mkdocsQuizConfig" not in (built_site / "index.html").read_text(encoding="utf-8")
    for slug in QUIZ_SLUGS:
        assert "mkdocsQuizConfig" in html_of(built_site, slug)


def test_quiz_script_is_one_cached_file_not_inline_in_every_page(built_site):
    """hook_quiz_script: each quiz page loads assets/javascripts/mkdocs-quiz.js, deferred, instead of a copy."""
    from mkdocs_quiz.plugin import js_script

    served = (built_site / "assets" / "javascripts" / "mkdocs-quiz.js").read_text(encoding="utf-8")
    assert served and served in js_script
    for slug in QUIZ_SLUGS:
        html = html_of(built_site, slug)
        assert html.count('<script src="../assets/javascripts/mkdocs-quiz.js" defer></script>') == 1, slug
        assert served not in html, f"{slug}: mkdocs-quiz's script is still inline"


def test_korean_headings_get_readable_anchors(built_site):
    html = html_of(built_site, "network-design")
    ids = re.findall(r'<h[2-4] id="([^"]+)"', html)
    assert len(ids) > 20
    assert not [i for i in ids if re.fullmatch(r"_\d+", i)], "Korean headings slugified to _1, _2"
    assert any(re.search(r"[가-힣]", i) for i in ids)


def test_no_page_has_a_parser_blocking_script(built_site):
    """External scripts are deferred (Material's bundle by hook_defer_bundle): none holds up the first paint."""
    script = re.compile(r"<script\b[^>]*\bsrc=[^>]*>")
    for page in built_site.rglob("*.html"):
        blocking = [tag for tag in script.findall(page.read_text(encoding="utf-8"))
                    if not re.search(r"\s(?:defer|async)\b", tag)]
        assert blocking == [], f"{page.relative_to(built_site)}: parser-blocking scripts"


def test_theme_without_the_expected_bundle_tag_fails_the_build():
    import hook_defer_bundle
    from mkdocs.exceptions import PluginError

    with pytest.raises(PluginError, match="docs/demo.md: expected one Material bundle <script> to defer, found 0"):
        hook_defer_bundle.on_post_page('<script src="assets/javascripts/app.js"></script>', fake_page("demo.md"), None)


def test_palette_css_has_no_rule_that_restyles_the_page_on_load(built_site):
    """hook_palette_css drops Material's [data-md-color-switching] rule; the palettes stay."""
    (sheet,) = (built_site / "assets" / "stylesheets").glob("palette.*.min.css")
    css = sheet.read_text(encoding="utf-8")
    assert "data-md-color-switching" not in css
    assert '[data-md-color-scheme=slate]' in css


def test_material_palette_css_without_the_switching_rule_fails_the_build(tmp_path):
    import hook_palette_css
    from mkdocs.exceptions import PluginError

    (tmp_path / "palette.0123abcd.min.css").write_text("[data-md-color-scheme=slate]{color:#fff}", encoding="utf-8")
    with pytest.raises(PluginError, match=r"palette\.0123abcd\.min\.css: expected Material's palette-switching "
                                          r"rule once, found it 0 times"):
        hook_palette_css.check_theme(tmp_path)
    hook_palette_css.check_theme()  # the installed Material has it


def test_dropping_the_switching_rule_twice_is_harmless(tmp_path):
    """A dirty build finds the copy an earlier build already changed."""
    import hook_palette_css

    sheets = tmp_path / "assets" / "stylesheets"
    sheets.mkdir(parents=True)
    sheet = sheets / "palette.0123abcd.min.css"
    sheet.write_text("a{color:red}" + hook_palette_css.SWITCHING_RULE + "b{color:blue}", encoding="utf-8")
    hook_palette_css.drop_switching_rule(tmp_path)
    hook_palette_css.drop_switching_rule(tmp_path)
    assert sheet.read_text(encoding="utf-8") == "a{color:red}b{color:blue}"


def test_no_third_party_assets_in_pages(built_site):
    """Scripts, styles, images and fonts all come from the site itself."""
    asset = re.compile(r'<(?:script|link|img|source|iframe)\b[^>]*?(?:src|href)="(https?:)?//', re.IGNORECASE)
    for page in built_site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        offenders = [m.group(0) for m in asset.finditer(html) if 'rel="canonical"' not in m.group(0)]
        assert offenders == [], f"{page.relative_to(built_site)} loads a third-party asset"
    for sheet in built_site.rglob("*.css"):
        assert "fonts.googleapis" not in sheet.read_text(encoding="utf-8", errors="replace")


@pytest.fixture
def demo_project(project):
    (project / "docs" / "index.md").write_text("# 홈\n\n[데모](demo.md)\n", encoding="utf-8")
    (project / "docs" / "demo.md").write_text("# 데모\n\n## 절\n\n<!-- quiz -->\n", encoding="utf-8")
    return project


@pytest.mark.parametrize(
    ("quiz", "page", "expected"),
    [
        ("questions:\n  - id: a\n    type: single\n    question: q\n    options: [{text: x, correct: true}]\n"
         "    explanation: e\n    section: '#절'\n",
         None, "quizzes/demo.yml:5: [a] needs at least 2 options, has 1"),
        ("questions:\n  - id: a\n    type: fill\n    question: q\n    answers: ['1']\n"
         "    explanation: e\n    section: '#없는-절'\n",
         None, "quizzes/demo.yml:7: [a] section '#없는-절' is not a heading of docs/demo.md"),
        ("questions: [", None, "quizzes/demo.yml:1: YAML syntax error"),
        (None, None, "docs/demo.md: has a '<!-- quiz -->' line but quizzes/demo.yml does not exist"),
        ("questions:\n  - id: a\n    type: fill\n    question: q\n    answers: ['1']\n"
         "    explanation: e\n    section: '#절'\n",
         "# 데모\n\n## 절\n", "docs/demo.md: quizzes/demo.yml exists but the page has no '<!-- quiz -->' line"),
    ],
)
def test_bad_quiz_fails_the_build_with_a_clear_message(demo_project, quiz, page, expected):
    project = demo_project
    if quiz is not None:
        (project / "quizzes" / "demo.yml").write_text(quiz, encoding="utf-8")
    if page is not None:
        (project / "docs" / "demo.md").write_text(page, encoding="utf-8")
    result = build_site(project, project / "site", "http://127.0.0.1:8000/")
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert expected in output
    assert "Traceback" not in output


def test_roadmap_hours_come_from_the_pages_front_matter(built_site):
    html = (built_site / "roadmap" / "index.html").read_text(encoding="utf-8")
    assert "<!-- hours:" not in html
    for slug in ("network-design", "openstack", "cloud-native"):
        _, meta = split_front_matter(page_for_slug(ROOT / "docs", slug).read_text(encoding="utf-8"))
        assert f"{meta['study_hours']}시간" in html


def test_unknown_hours_placeholder_fails_the_build(demo_project):
    (demo_project / "docs" / "demo.md").write_text("# 데모\n\n약 <!-- hours: nowhere -->시간\n", encoding="utf-8")
    result = build_site(demo_project, demo_project / "site", "http://127.0.0.1:8000/")
    assert result.returncode != 0
    assert "docs/demo.md: '<!-- hours: nowhere -->' names no page docs/nowhere.md" in result.stdout + result.stderr


def test_pages_show_their_last_git_change(built_site):
    date = subprocess.run(["git", "log", "-1", "--format=%cs", "--", "docs/network-design/index.md"],
                          capture_output=True, text=True, cwd=ROOT).stdout.strip()
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", date), "docs/network-design/index.md is not committed"
    html = html_of(built_site, "network-design")
    assert re.search(r'title="마지막 업데이트">.*?</span>\s*' + date, html, re.DOTALL)


def test_tags_index_lists_every_competency_tag(built_site):
    html = (built_site / "tags" / "index.html").read_text(encoding="utf-8")
    for slug in QUIZ_SLUGS:
        _, meta = split_front_matter(page_for_slug(ROOT / "docs", slug).read_text(encoding="utf-8"))
        for tag in meta["tags"]:
            assert f">{tag}<" in html or f">{tag}</span>" in html, f"tag '{tag}' of {slug} missing from the tags index"
    assert 'href="../network-design/"' in html


def test_progress_table_has_a_row_per_competency_with_its_counts(built_site):
    html = (built_site / "progress" / "index.html").read_text(encoding="utf-8")
    rows = dict((slug, (int(q), int(c))) for slug, q, c in re.findall(
        r'<tr data-slug="([\w-]+)" data-questions="(\d+)" data-checks="(\d+)">', html))
    assert set(rows) == set(QUIZ_SLUGS)
    for slug, (question_count, check_count) in rows.items():
        assert question_count == len(load_quiz(ROOT / "quizzes" / f"{slug}.yml").questions)
        assert check_count >= 5, f"{slug} has {check_count} checklist items"


def exam_plan() -> list[tuple[str, str]]:
    data = yaml.safe_load((ROOT / "data" / "exam.yml").read_text(encoding="utf-8"))["questions"]
    return [(slug, qid) for slug, ids in data.items() for qid in ids]


def test_mock_exam_renders_the_chosen_questions_from_their_sources(built_site):
    plan = exam_plan()
    assert len(plan) >= 3 * 8 and {slug for slug, _ in plan} == set(QUIZ_SLUGS)
    html = (built_site / "exam" / "index.html").read_text(encoding="utf-8")
    blocks = re.findall(r'<div class="quiz[ "].*?<section class="content hidden">.*?</section>', html, re.DOTALL)
    assert len(blocks) == len(plan)
    for (slug, qid), block in zip(plan, blocks):
        question = next(q for q in load_quiz(ROOT / "quizzes" / f"{slug}.yml").questions if q.id == qid)
        text = html_lib.unescape(re.sub(r"<[^>]+>", "", block))
        assert question.question.splitlines()[0].replace("`", "")[:30] in text
        assert f'href="../{slug}/{question.section}"' in block


def test_unknown_exam_question_fails_the_build(demo_project):
    (demo_project / "data" / "exam.yml").write_text("questions:\n  demo: [nope]\n", encoding="utf-8")
    (demo_project / "quizzes" / "demo.yml").write_text(
        "questions:\n  - id: a\n    type: fill\n    question: q\n    answers: ['1']\n"
        "    explanation: e\n    section: '#절'\n", encoding="utf-8")
    (demo_project / "docs" / "exam.md").write_text("# 시험\n\n<!-- exam -->\n", encoding="utf-8")
    result = build_site(demo_project, demo_project / "site", "http://127.0.0.1:8000/")
    assert result.returncode != 0
    assert "data/exam.yml: [nope] not found in quizzes/demo.yml" in result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr


@pytest.mark.parametrize("slug", QUIZ_SLUGS)
def test_competency_pages_show_difficulty_and_hours_under_the_title(built_site, slug):
    _, meta = split_front_matter(page_for_slug(ROOT / "docs", slug).read_text(encoding="utf-8"))
    html = html_of(built_site, slug)
    facts = re.search(r'</h1>\s*<p class="page-facts">(.*?)</p>', html, re.DOTALL)
    assert facts, "no difficulty/study time line right under the title"
    assert meta["difficulty"] in facts.group(1) and f"약 {meta['study_hours']}시간" in facts.group(1)
    currency = re.search(r'</h1>\s*<p class="page-facts">.*?</p>\s*<p class="page-facts">(.*?)</p>', html, re.DOTALL)
    assert currency, "no versions/verified line under the title"
    year, month = meta["verified"].split("-")
    shown = html_module.unescape(re.sub(r"<[^>]+>", "", currency.group(1)))  # acronyms carry <abbr> tooltips
    assert all(version in shown for version in meta["versions"]), shown
    assert f"{year}년 {int(month)}월" in shown


def test_serve_watches_the_quiz_directory():
    hook = importlib.import_module("hook_quizzes")

    class Config:
        config_file_path = str(ROOT / "mkdocs.yml")

    class Server:
        watched: list[str] = []

        def watch(self, path):
            self.watched.append(path)

    server = hook.on_serve(Server(), config=Config(), builder=None)
    assert server.watched == [str(ROOT / "quizzes")]
