"""Validate every quiz file and its answer key against the pages.

    python scripts/checks/validate_quizzes.py [--root DIR]

Checks each quizzes/<slug>.yml (schema, ids, answer keys, raw HTML; see
quiz_data.py), that its `section` anchors are headings of its page
(docs/<slug>.md or docs/<slug>/index.md), that every quiz has a page and
every existing competency page has a quiz, and the
content guide's minimums. Prints every problem as `file:line: [id] reason`
and exits 1 if there is any, 0 otherwise.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

from mkdocs.config import load_config
from mkdocs.exceptions import ConfigurationError

from quiz_data import Problem, QuizFile, load_quiz
from site_pages import COMPETENCY_SLUGS, QUIZ_MARKER, heading_anchors, page_for_slug, split_front_matter

MIN_QUESTIONS = 15
MIN_MULTIPLE = 3
MIN_FILL = 2
SINGLE_OPTIONS = 4


def validate(root: Path) -> tuple[list[Problem], int]:
    """Return (problems, number of questions checked) for the project at root."""
    quiz_dir, docs_dir = root / "quizzes", root / "docs"
    problems: list[Problem] = []
    try:
        config = load_config(str(root / "mkdocs.yml"))
    except (ConfigurationError, OSError) as error:
        return [Problem("mkdocs.yml", None, None, f"cannot load config: {error}")], 0

    quiz_paths = sorted(quiz_dir.glob("*.yml")) + sorted(quiz_dir.glob("*.yaml"))
    checked = 0
    for path in quiz_paths:
        display = path.relative_to(root).as_posix()
        if path.suffix == ".yaml":
            problems.append(Problem(display, None, None, "quiz files must end in .yml"))
            continue
        quiz = load_quiz(path, display)
        problems += quiz.problems
        checked += len(quiz.questions)
        page = page_for_slug(docs_dir, quiz.slug)
        if page is None:
            problems.append(Problem(display, None, None, f"no page docs/{quiz.slug}.md or docs/{quiz.slug}/index.md for this quiz"))
            continue
        problems += _check_against_page(quiz, display, page, root, config)

    quiz_slugs = {path.stem for path in quiz_paths}
    for slug in COMPETENCY_SLUGS:
        page = page_for_slug(docs_dir, slug)
        if page is not None and slug not in quiz_slugs:
            problems.append(Problem(page.relative_to(root).as_posix(), None, None,
                                    f"competency page has no quiz file quizzes/{slug}.yml"))
    return problems, checked


def _check_against_page(quiz: QuizFile, display: str, page: Path, root: Path, config) -> list[Problem]:
    problems: list[Problem] = []
    page_name = page.relative_to(root).as_posix()
    body, _ = split_front_matter(page.read_text(encoding="utf-8"))
    if QUIZ_MARKER not in body:
        problems.append(Problem(page_name, None, None, f"page has no '{QUIZ_MARKER}' line where its quiz goes"))
    anchors = heading_anchors(body, config.markdown_extensions, config.mdx_configs)
    for question in quiz.questions:
        if question.section.lstrip("#") not in anchors:
            problems.append(Problem(display, question.section_line, question.id,
                                    f"section '{question.section}' is not a heading of {page_name}"))

    if quiz.slug in COMPETENCY_SLUGS and not quiz.problems:
        counts = Counter(question.type for question in quiz.questions)
        if len(quiz.questions) < MIN_QUESTIONS:
            problems.append(Problem(display, None, None,
                                    f"a competency quiz needs at least {MIN_QUESTIONS} questions, has {len(quiz.questions)}"))
        if counts["multiple"] < MIN_MULTIPLE:
            problems.append(Problem(display, None, None,
                                    f"a competency quiz needs at least {MIN_MULTIPLE} multiple questions, has {counts['multiple']}"))
        if counts["fill"] < MIN_FILL:
            problems.append(Problem(display, None, None,
                                    f"a competency quiz needs at least {MIN_FILL} fill questions, has {counts['fill']}"))
        for question in quiz.questions:
            if question.type == "single" and len(question.options) != SINGLE_OPTIONS:
                problems.append(Problem(display, question.line, question.id,
                                        f"a single question has {SINGLE_OPTIONS} options in a competency quiz, "
                                        f"this one has {len(question.options)}"))
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parents[2],
                        help="project root holding mkdocs.yml, docs/ and quizzes/")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    problems, checked = validate(args.root.resolve())
    elapsed = time.perf_counter() - started
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) found in quiz files ({elapsed:.2f} s)", file=sys.stderr)
        return 1
    print(f"quizzes OK: {checked} questions checked ({elapsed:.2f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
