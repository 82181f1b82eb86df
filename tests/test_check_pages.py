"""The content-guide checker on a good page, on broken copies of it, and on the real pages."""

from __future__ import annotations

import pytest
from conftest import ROOT

from check_pages import check_checklist, check_page
from site_pages import COMPETENCY_SLUGS, page_for_slug

DIAGRAM = "```mermaid\n{kind}\n    A --> B\n```\n\n*그림: 보는 법.*\n"
LAB = "### 실습 1: 데모\n\n#### 목표\n\n#### 준비물\n\n#### 단계\n\n#### 확인 방법\n\n#### 정리\n\n#### 확장 과제\n\n"
QUESTION = '??? question "Q{n}. 질문"\n    답입니다.\n\n'
LINK = "- **[RFC]** [RFC {n}](https://www.rfc-editor.org/rfc/rfc{n}): 설명\n"


def good_page() -> str:
    diagrams = "".join(DIAGRAM.format(kind=k) for k in ("flowchart LR", "sequenceDiagram", "flowchart TB", "flowchart TB"))
    return (
        "---\ntitle: 데모\ndescription: 짧은 설명\ntags:\n  - 데모\ndifficulty: 중급\nstudy_hours: 10\n"
        "verified: \"2026-12\"\nversions:\n  - Linux 6.12\n---\n\n"
        "# 데모\n\n## 학습 목표\n\n## 선수 지식\n\n## 주제\n\n### 하위 주제\n\n"
        '!!! note "클라우드 환경에서는"\n    설명.\n\n'
        "```bash\n# 이 줄은 제목이 아닙니다\n```\n\n" + diagrams +
        "\n## 실습 프로젝트\n\n" + LAB + "## 면접 대비 질문\n\n" + "".join(QUESTION.format(n=n) for n in range(5)) +
        "## 핵심 요약\n\n- 요약\n\n## 추가 학습 자료\n\n" + "".join(LINK.format(n=7000 + n) for n in range(8)) +
        "\n## 셀프 체크 퀴즈\n\n<!-- quiz -->\n"
    )


def problems_for(tmp_path, text: str) -> list[str]:
    path = tmp_path / "demo.md"
    path.write_text(text, encoding="utf-8")
    return check_page(path, "docs/demo.md")[0]


def test_good_page_passes_and_is_counted(tmp_path):
    path = tmp_path / "demo.md"
    path.write_text(good_page(), encoding="utf-8")
    problems, stats = check_page(path, "docs/demo.md")
    assert problems == []
    assert (stats.diagrams, len(stats.diagram_kinds), stats.labs, stats.interview_questions, stats.reading_links) == (
        4, 2, 1, 5, 8)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda t: t.replace("description: 짧은 설명", "description: " + "가" * 161), "description is 161 characters"),
        (lambda t: t.replace("difficulty: 중급\n", ""), "front matter has no 'difficulty'"),
        (lambda t: t.replace('verified: "2026-12"\nversions:\n  - Linux 6.12\n', ""), "front matter has no 'verified'"),
        (lambda t: t.replace("study_hours: 10", "study_hours: 많이"), "study_hours must be a positive whole number"),
        (lambda t: t.replace("## 핵심 요약", "## 요약"), "no '## 핵심 요약' section"),
        (lambda t: t.replace("<!-- quiz -->", ""), "must be the last section"),
        (lambda t: t.replace("*그림: 보는 법.*\n", "", 1), "diagram has no '*그림: ...*' caption"),
        (lambda t: t.replace("```mermaid\nflowchart LR", "```text\nflowchart LR"), "3 diagrams, at least 4"),
        (lambda t: t.replace("sequenceDiagram", "flowchart LR"), "diagrams of 1 kind(s), at least 2"),
        (lambda t: t.replace("#### 정리\n", ""), "lab '실습 1: 데모' has no '#### 정리' part"),
        (lambda t: t.replace('??? question "Q4', '??? note "Q4'), "4 interview questions, at least 5"),
        (lambda t: t.replace("**[RFC]** [RFC 7000]", "**[블로그]** [RFC 7000]"), "kind '블로그' is not one of"),
        (lambda t: t.replace("- **[RFC]** [RFC 7001]", "- [RFC 7001]"), "7 labelled reading links, at least 8"),
        (lambda t: t.replace('"클라우드 환경에서는"', '"참고"'), "no '클라우드 환경에서는' admonition"),
    ],
)
def test_each_broken_rule_is_reported(tmp_path, change, expected):
    problems = problems_for(tmp_path, change(good_page()))
    assert any(expected in problem for problem in problems), problems


LABS_PAGE = ("---\ntitle: 데모 실습\ndescription: 실습 설명\nverified: \"2026-12\"\nversions:\n  - Debian 12\n---\n\n"
             "# 데모 실습\n\n"
             "```bash\n## 이 줄은 제목이 아닙니다\n```\n\n" + LAB.replace("### ", "## ").replace("#### ", "### "))


def split_page(tmp_path, index: str, labs: str) -> tuple[list[str], int]:
    """A competency page as docs/demo/index.md with its labs in docs/demo/labs.md."""
    (tmp_path / "demo").mkdir()
    (tmp_path / "demo" / "index.md").write_text(index, encoding="utf-8")
    (tmp_path / "demo" / "labs.md").write_text(labs, encoding="utf-8")
    problems, stats = check_page(tmp_path / "demo" / "index.md", "docs/demo/index.md")
    return problems, stats.labs


def linked_labs_page() -> str:
    return good_page().replace(LAB, "실습은 [실습 프로젝트](labs.md)에 있습니다.\n\n- [실습 1: 데모](labs.md#실습-1-데모)\n\n")


def test_labs_on_their_own_page_are_checked_there_and_linked_from_the_page(tmp_path):
    assert split_page(tmp_path, linked_labs_page(), LABS_PAGE) == ([], 1)


@pytest.mark.parametrize(
    ("index", "labs", "expected"),
    [
        (linked_labs_page(), LABS_PAGE.replace("### 정리\n", ""), "docs/demo/labs.md:15: lab '실습 1: 데모' has no '### 정리' part"),
        (linked_labs_page(), LABS_PAGE.replace("## 실습 1: 데모", "실습 1: 데모"), "docs/demo/labs.md: has no lab ('## ' heading)"),
        (linked_labs_page(), LABS_PAGE.replace("description: 실습 설명", "description: " + "가" * 161),
         "docs/demo/labs.md:1: description is 161 characters, at most 160"),
        (linked_labs_page(), LABS_PAGE.replace("# 데모 실습\n", ""), "docs/demo/labs.md: needs exactly one '# ' title"),
        (linked_labs_page(), LABS_PAGE.replace('verified: "2026-12"\n', ""), "docs/demo/labs.md:1: 'verified' is None; write the month the page was checked as \"YYYY-MM\" (quoted)"),
        (linked_labs_page().replace("- [실습 1: 데모](labs.md#실습-1-데모)", ""), LABS_PAGE,
         "docs/demo/index.md: '실습 프로젝트' does not link to the lab '실습 1: 데모' in labs.md"),
    ],
)
def test_each_broken_labs_page_rule_is_reported(tmp_path, index, labs, expected):
    problems, _ = split_page(tmp_path, index, labs)
    assert expected in problems, problems


@pytest.mark.parametrize("slug", [s for s in COMPETENCY_SLUGS if page_for_slug(ROOT / "docs", s)])
def test_real_competency_pages_meet_the_content_guide(slug):
    page = page_for_slug(ROOT / "docs", slug)
    problems, stats = check_page(page, page.relative_to(ROOT).as_posix())
    assert problems == []
    assert stats.prose_chars > 15000, "a competency page this short is shallow"


def test_checklist_items_must_be_unique(tmp_path):
    path = tmp_path / "checklist.md"
    path.write_text("# 체크\n\n- [ ] MTU를 계산할 수 있다 ([관련](a.md#x))\n- [ ] BGP를 설명할 수 있다\n"
                    "- [ ] MTU를 계산할 수 있다 ([관련](b.md#y))\n", encoding="utf-8")
    assert check_checklist(path, "docs/checklist.md") == [
        "docs/checklist.md:5: checklist item repeats line 3; its saved state would be shared"]


def test_checklist_block_must_name_its_competency(tmp_path):
    path = tmp_path / "checklist.md"
    path.write_text('<div class="checklist" markdown>\n\n- [ ] 하나\n\n</div>\n'
                    '<div class="checklist" data-competency="nowhere" markdown>\n\n- [ ] 둘\n\n</div>\n', encoding="utf-8")
    problems = check_checklist(path, "docs/checklist.md")
    assert [p.split(": a checklist block")[0] for p in problems] == ["docs/checklist.md:1", "docs/checklist.md:6"]


def test_real_checklist_items_are_unique():
    assert check_checklist(ROOT / "docs" / "checklist.md", "docs/checklist.md") == []


@pytest.mark.parametrize(
    ("front_matter", "expected"),
    [
        ('verified: "2026-13"\nversions:\n  - Linux 6.12\n', "'verified' is '2026-13'"),
        ("versions:\n  - Linux 6.12\n", "'verified' is None"),
        ('verified: "2026-12"\n', "'versions' must be a non-empty list"),
        ('verified: "2026-12"\nversions: Linux 6.12\n', "'versions' must be a non-empty list"),
    ],
)
def test_malformed_versions_or_verified_month_is_reported(tmp_path, front_matter, expected):
    page = good_page().replace('verified: "2026-12"\nversions:\n  - Linux 6.12\n', front_matter)
    problems = problems_for(tmp_path, page)
    assert any(problem.startswith("docs/demo.md:1: ") and expected in problem for problem in problems), problems


def test_versions_and_verified_month_are_shown_under_the_title():
    from conftest import fake_page
    from hook_page_facts import on_page_markdown

    page = fake_page("demo/index.md")
    page.meta = {"difficulty": "중급", "study_hours": 3, "verified": "2026-02", "versions": ["Linux 6.12", "FRR 10.5"]}
    markdown = on_page_markdown("# 제목\n\n본문\n", page=page, config=None, files=None)
    assert markdown.startswith("# 제목\n\n**난이도** 중급 · **예상 학습 시간** 약 3시간\n{: .page-facts }\n\n"
                               "**기준 버전** Linux 6.12 · FRR 10.5 · **내용 확인** 2026년 2월\n{: .page-facts }\n")


def test_malformed_verified_month_fails_the_build_with_the_file_name():
    from conftest import fake_page
    from hook_page_facts import on_page_markdown
    from mkdocs.exceptions import PluginError

    page = fake_page("demo/index.md")
    page.meta = {"verified": "12/2026", "versions": ["Linux 6.12"]}
    with pytest.raises(PluginError, match=r"demo/index.md: front matter: 'verified' is '12/2026'"):
        on_page_markdown("# 제목\n", page=page, config=None, files=None)
