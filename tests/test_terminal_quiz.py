"""mkdocs-quiz's terminal runner reads the questions of the built pages (embed_source)."""

from __future__ import annotations

import pytest
from conftest import ROOT

from quiz_data import load_quiz

SLUGS = sorted(path.stem for path in (ROOT / "quizzes").glob("*.yml"))


@pytest.mark.parametrize("slug", SLUGS)
def test_terminal_runner_reads_every_question_of_a_built_page(built_site, slug):
    from mkdocs_quiz.cli.fetcher import fetch_quizzes

    expected = load_quiz(ROOT / "quizzes" / f"{slug}.yml").questions
    found = fetch_quizzes(str(built_site / slug / "index.html"))
    assert len(found) == len(expected)
    for question, quiz in zip(expected, found):
        assert question.question.splitlines()[0].strip() in quiz.question
        if question.type == "fill":
            assert [blank.correct_answer for blank in quiz.blanks] == [question.answers[0]]
        else:
            assert sorted(a.text for a in quiz.answers if a.is_correct) == sorted(
                o.text for o in question.options if o.correct)


def test_terminal_runner_reads_a_served_page(served_site):
    from mkdocs_quiz.cli.fetcher import fetch_quizzes

    quizzes = fetch_quizzes(served_site + "network-design/")
    assert len(quizzes) == len(load_quiz(ROOT / "quizzes" / "network-design.yml").questions)
