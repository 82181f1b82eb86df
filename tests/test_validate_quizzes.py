"""The validator CLI: cross-checks between quizzes and pages, and the real content."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT, CHECKS

from validate_quizzes import validate

PAGE = """---
title: 데모
---
# 데모

## 첫 번째 절

본문.

### VXLAN 헤더와 MTU

본문.

## 셀프 체크 퀴즈

<!-- quiz -->
"""


def question(qid: str, qtype: str = "single", section: str = "#첫-번째-절") -> str:
    if qtype == "fill":
        body = '    answers: ["50"]\n'
    else:
        second = "true" if qtype == "multiple" else "false"
        body = (f"    options:\n      - {{text: 가, correct: true}}\n      - {{text: 나, correct: {second}}}\n"
                "      - {text: 다}\n      - {text: 라}\n")
    return (f"  - id: {qid}\n    type: {qtype}\n    question: 질문\n{body}"
            f"    explanation: 설명\n    section: \"{section}\"\n")


def full_quiz() -> str:
    types = ["multiple"] * 3 + ["fill"] * 2 + ["single"] * 10
    return "questions:\n" + "".join(question(f"q{n}", t) for n, t in enumerate(types))


def problems_of(root) -> list[str]:
    return [str(problem) for problem in validate(root)[0]]


def test_complete_competency_quiz_passes(project):
    (project / "docs" / "openstack.md").write_text(PAGE, encoding="utf-8")
    (project / "quizzes" / "openstack.yml").write_text(full_quiz(), encoding="utf-8")
    assert problems_of(project) == []


def test_section_must_be_a_heading_of_the_page(project):
    (project / "docs" / "demo.md").write_text(PAGE, encoding="utf-8")
    (project / "quizzes" / "demo.yml").write_text(
        "questions:\n" + question("ok", section="#vxlan-헤더와-mtu") + question("bad", section="#없는-절"),
        encoding="utf-8")
    assert problems_of(project) == [
        "quizzes/demo.yml:21: [bad] section '#없는-절' is not a heading of docs/demo.md"]


def test_quiz_without_page(project):
    (project / "quizzes" / "orphan.yml").write_text("questions:\n" + question("a"), encoding="utf-8")
    assert problems_of(project) == [
        "quizzes/orphan.yml: no page docs/orphan.md or docs/orphan/index.md for this quiz"]


def test_competency_page_without_quiz(project):
    (project / "docs" / "nfv-sdn").mkdir()
    (project / "docs" / "nfv-sdn" / "index.md").write_text(PAGE, encoding="utf-8")
    assert problems_of(project) == ["docs/nfv-sdn/index.md: competency page has no quiz file quizzes/nfv-sdn.yml"]


def test_page_without_quiz_marker(project):
    (project / "docs" / "demo.md").write_text(PAGE.replace("<!-- quiz -->", ""), encoding="utf-8")
    (project / "quizzes" / "demo.yml").write_text("questions:\n" + question("a"), encoding="utf-8")
    assert problems_of(project) == ["docs/demo.md: page has no '<!-- quiz -->' line where its quiz goes"]


def test_competency_minimums(project):
    (project / "docs" / "appliances.md").write_text(PAGE, encoding="utf-8")
    quiz = "questions:\n" + question("m1", "multiple") + question("f1", "fill") + question("s1")
    (project / "quizzes" / "appliances.yml").write_text(quiz, encoding="utf-8")
    assert problems_of(project) == [
        "quizzes/appliances.yml: a competency quiz needs at least 15 questions, has 3",
        "quizzes/appliances.yml: a competency quiz needs at least 3 multiple questions, has 1",
        "quizzes/appliances.yml: a competency quiz needs at least 2 fill questions, has 1",
    ]


def test_competency_single_question_has_four_options(project):
    (project / "docs" / "openstack.md").write_text(PAGE, encoding="utf-8")
    quiz = full_quiz().replace("      - {text: 라}\n", "", 1)  # first question is a multiple
    quiz = quiz.replace("type: single\n    question: 질문\n    options:\n      - {text: 가, correct: true}\n"
                        "      - {text: 나, correct: false}\n      - {text: 다}\n      - {text: 라}\n",
                        "type: single\n    question: 질문\n    options:\n      - {text: 가, correct: true}\n"
                        "      - {text: 나, correct: false}\n", 1)
    (project / "quizzes" / "openstack.yml").write_text(quiz, encoding="utf-8")
    found = problems_of(project)
    assert any("[q5] a single question has 4 options in a competency quiz, this one has 2" in p for p in found), found


def test_cli_lists_every_problem_and_exits_nonzero(project):
    (project / "docs" / "demo.md").write_text(PAGE, encoding="utf-8")
    (project / "quizzes" / "demo.yml").write_text(
        "questions:\n" + question("a", section="#없음") + question("a"), encoding="utf-8")
    (project / "quizzes" / "orphan.yml").write_text("questions: [", encoding="utf-8")
    result = subprocess.run([sys.executable, str(CHECKS / "validate_quizzes.py"), "--root", str(project)],
                            capture_output=True, text=True)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert "quizzes/demo.yml:12: [a] duplicate id (first used on line 2)" in lines
    assert "quizzes/demo.yml:11: [a] section '#없음' is not a heading of docs/demo.md" in lines
    assert any(line.startswith("quizzes/orphan.yml:1: YAML syntax error") for line in lines), lines
    assert "Traceback" not in result.stdout + result.stderr


def test_real_quizzes_are_valid():
    problems, checked = validate(ROOT)
    assert [str(p) for p in problems] == []
    assert checked >= 15
