"""Turn validated quiz questions into mkdocs-quiz syntax, and back-fill answer variants.

Used by the page quiz hook and the mock exam hook, so a question reads the same
wherever it appears.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass

from quiz_data import Question


@dataclass(frozen=True)
class SectionLink:
    """Where the explanation's "관련 내용" link goes: heading text and Markdown link target."""

    title: str
    target: str


def render_quiz(questions: list[Question], links: list[SectionLink], with_intro: bool = True) -> str:
    """mkdocs-quiz syntax for all questions, wrapped so search skips it."""
    blocks = [render_question(question, link) for question, link in zip(questions, links)]
    return "\n\n".join(
        [
            # <aside>, not <div>: Material's search parser compares excluded
            # elements by tag name only, so a nested <div> inside an excluded
            # <div> ends the exclusion early. Quiz HTML contains no <aside>.
            '<aside class="quiz-section" data-search-exclude markdown>',
            *(["<!-- mkdocs-quiz intro -->"] if with_intro else []),
            *blocks,
            "<!-- mkdocs-quiz results -->",
            "</aside>",
        ]
    )


def render_question(question: Question, link: SectionLink) -> str:
    title = html.unescape(link.title).replace("[", "\\[").replace("]", "\\]")
    explanation = f"{question.explanation}\n\n관련 내용: [{title}]({link.target})"
    if question.type == "fill":
        # mkdocs-quiz compares against one answer; quiz-variants.js accepts the others.
        return f"<quiz>\n{question.question}\n\n정답: [[{question.answers[0]}]]\n\n---\n{explanation}\n</quiz>"
    lines = ["<quiz>", question.question]
    for option in question.options:
        mark = "x" if option.correct else " "
        lines.append(f"- [{mark}] {option.text}")
        if option.feedback:
            lines.extend(f"    > {line}" for line in option.feedback.splitlines())
    lines += ["", explanation, "</quiz>"]
    return "\n".join(lines)


_BLANK_INPUT = re.compile(r'<input type="text" class="quiz-blank-input"')


def add_answer_variants(html_text: str, questions: list[Question]) -> str:
    """Give each fill-in input, in page order, the list of answers it accepts (data-accept)."""
    fills = iter([q for q in questions if q.type == "fill"])

    def add(match: re.Match) -> str:
        question = next(fills, None)
        if question is None:
            return match.group(0)
        accepted = html.escape(json.dumps(list(question.answers), ensure_ascii=False), quote=True)
        return f'{match.group(0)} data-accept="{accepted}"'

    return _BLANK_INPUT.sub(add, html_text)
