"""Unit tests for the quiz loader: one test per kind of bad input."""

from __future__ import annotations

import textwrap

import pytest

from quiz_data import load_quiz

GOOD_SINGLE = """\
  - id: q-single
    type: single
    question: 질문입니다.
    options:
      - text: 가
        correct: true
      - text: 나
      - text: 다
      - text: 라
    explanation: 설명입니다.
    section: "#제목"
"""


def load(tmp_path, text: str):
    path = tmp_path / "demo.yml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return load_quiz(path, "quizzes/demo.yml")


def messages(quiz) -> list[str]:
    return [str(problem) for problem in quiz.problems]


def test_valid_file_loads_all_question_types(tmp_path):
    quiz = load(tmp_path, "questions:\n" + GOOD_SINGLE + """\
  - id: q-multi
    type: multiple
    question: 고르십시오.
    options:
      - {text: 가, correct: true}
      - {text: 나, correct: true}
      - {text: 다, feedback: 아닙니다.}
    explanation: 설명.
    section: "#제목"
  - id: q-fill
    type: fill
    question: 빈칸
    answers: [4789, "포트 4789"]
    explanation: 설명.
    section: "#제목"
    tags: [vxlan]
""")
    assert quiz.problems == []
    assert [q.type for q in quiz.questions] == ["single", "multiple", "fill"]
    assert quiz.questions[2].answers == ("4789", "포트 4789")
    assert quiz.questions[1].options[2].feedback == "아닙니다."


@pytest.mark.parametrize(
    ("body", "expected", "line"),
    [
        # schema: unknown field, missing field, wrong type, bad id
        (GOOD_SINGLE.replace("    section:", "    hint: 힌트\n    section:"), "unknown field 'hint'", 12),
        (GOOD_SINGLE.replace('    section: "#제목"\n', ""), "missing field 'section'", 2),
        (GOOD_SINGLE.replace("type: single", "type: choice"), "'type' must be one of", 3),
        (GOOD_SINGLE.replace("id: q-single", "id: Q Single"), "'id' must be lowercase", 2),
        (GOOD_SINGLE.replace('"#제목"', "제목"), "'section' must be an anchor", 12),
        (GOOD_SINGLE.replace("      - text: 나\n", "      - text: 나\n        weight: 2\n"),
         "unknown field 'weight'", 5),
        # answer keys
        (GOOD_SINGLE.replace("      - text: 나\n      - text: 다\n      - text: 라\n", ""), "at least 2 options", 5),
        (GOOD_SINGLE.replace("      - text: 나\n", "      - text: 나\n        correct: true\n"),
         "exactly 1 correct option, has 2", 5),
        (GOOD_SINGLE.replace("        correct: true\n", ""), "exactly 1 correct option, has 0", 5),
        (GOOD_SINGLE.replace("      - text: 라", "      - text: 가"), "duplicate option text '가'", 5),
        (GOOD_SINGLE.replace("설명입니다.", '""'), "'explanation' must be non-empty", 11),
        (GOOD_SINGLE.replace("correct: true", "correct: yes please"), "'correct' must be true or false", 5),
        # raw HTML / script and blank syntax in text
        (GOOD_SINGLE.replace("질문입니다.", "<script>alert(1)</script>"), "raw HTML or script", 2),
        (GOOD_SINGLE.replace("text: 다", "text: <b>다</b>"), "raw HTML or script", 2),
        (GOOD_SINGLE.replace("설명입니다.", "'[링크](javascript:alert(1))'"), "javascript:", 2),
        (GOOD_SINGLE.replace("질문입니다.", "'[[정답]] 입니까?'"), "reserved for fill-in blanks", 2),
    ],
)
def test_bad_question_is_reported_with_line_and_id(tmp_path, body, expected, line):
    quiz = load(tmp_path, "questions:\n" + body)
    found = [problem for problem in quiz.problems if expected in problem.message]
    assert found, messages(quiz)
    assert found[0].line == line
    assert found[0].file == "quizzes/demo.yml"
    assert quiz.questions == []


def test_html_inside_inline_code_is_allowed(tmp_path):
    quiz = load(tmp_path, "questions:\n" + GOOD_SINGLE.replace("질문입니다.", "'`a < b` 와 `<pre>` 는 코드입니다.'"))
    assert quiz.problems == []


def test_duplicate_ids_name_the_first_line(tmp_path):
    quiz = load(tmp_path, "questions:\n" + GOOD_SINGLE + GOOD_SINGLE)
    assert messages(quiz) == ["quizzes/demo.yml:13: [q-single] duplicate id (first used on line 2)"]


MULTIPLE = """\
  - id: q-multi
    type: multiple
    question: 고르십시오.
    options:
      - {text: 가, correct: true}
      - {text: 나, correct: CORRECT_B}
      - {text: 다, correct: CORRECT_C}
    explanation: 설명.
    section: "#제목"
"""


def test_multiple_needs_two_correct(tmp_path):
    quiz = load(tmp_path, "questions:\n" + MULTIPLE.replace("CORRECT_B", "false").replace("CORRECT_C", "false"))
    assert "at least 2 correct options, has 1" in messages(quiz)[0]


def test_multiple_must_not_be_all_correct(tmp_path):
    quiz = load(tmp_path, "questions:\n" + MULTIPLE.replace("CORRECT_B", "true").replace("CORRECT_C", "true"))
    assert "must not have every option correct" in messages(quiz)[0]


FILL = """\
  - id: q-fill
    type: fill
    question: 빈칸
    ANSWERS
    explanation: 설명.
    section: "#제목"
"""


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        ("", "needs 'answers'"),
        ("answers: []", "'answers' must be a non-empty list"),
        ('answers: ["  "]', "answer 1 must be non-empty"),
        ("options: [{text: a, correct: true}, {text: b}]", "takes 'answers', not 'options'"),
    ],
)
def test_fill_answers_missing_or_empty(tmp_path, answers, expected):
    quiz = load(tmp_path, "questions:\n" + FILL.replace("ANSWERS", answers))
    assert any(expected in message for message in messages(quiz)), messages(quiz)
    assert all(problem.question_id == "q-fill" for problem in quiz.problems)


@pytest.mark.parametrize(
    ("text", "expected", "line"),
    [
        ("questions:\n  - id: a\n    type: [unclosed\n", "YAML syntax error", 4),
        ("- just\n- a list\n", "must be a mapping with a 'questions' list", 1),
        ("questions: []\n", "'questions' must be a non-empty list", 1),
        ("title: x\nquestions:\n" + GOOD_SINGLE, "unknown top-level field 'title'", 1),
        ("questions:\n" + GOOD_SINGLE.replace("    section:", "    type: fill\n    section:"),
         "duplicate key 'type' (first on line 3)", 12),
    ],
)
def test_file_level_errors(tmp_path, text, expected, line):
    quiz = load(tmp_path, text)
    assert any(expected in p.message and p.line == line for p in quiz.problems), messages(quiz)


def test_unreadable_file_is_a_problem_not_a_traceback(tmp_path):
    path = tmp_path / "bad.yml"
    path.write_bytes(b"\xff\xfe\x00garbage")
    quiz = load_quiz(path, "quizzes/bad.yml")
    assert quiz.problems and "cannot read file" in quiz.problems[0].message
