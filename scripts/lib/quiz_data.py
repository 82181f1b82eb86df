"""Load and validate quiz files (quizzes/<slug>.yml).

The quiz file is the single source of a page's self-check quiz. This module
turns one file into `Question` objects, or into a list of `Problem`s that each
name the file, the line, the question id and what is wrong. It never raises on
bad input: the MkDocs hook and the validator CLI decide what to do with the
problems.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

QUESTION_TYPES = ("single", "multiple", "fill")
QUESTION_FIELDS = {"id", "type", "question", "options", "answers", "explanation", "section", "tags"}
REQUIRED_FIELDS = ("id", "type", "question", "explanation", "section")
OPTION_FIELDS = {"text", "correct", "feedback"}
TOP_LEVEL_FIELDS = {"questions"}
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# Any tag-like construct (<b>, </div>, <!-- -->, <script>) outside inline code.
# Quiz text is rendered as Markdown, and Markdown passes raw HTML through.
RAW_HTML = re.compile(r"<\s*[A-Za-z!/?]")
INLINE_CODE = re.compile(r"(`+)(?:(?!\1).)+?\1", re.DOTALL)
# `[[...]]` is mkdocs-quiz's fill-in-the-blank syntax; in other text it would
# silently turn a question into a fill-in question.
BLANK_SYNTAX = re.compile(r"\[\[|\]\]")
UNSAFE_URL = re.compile(r"\]\(\s*(?:javascript|data|vbscript):", re.IGNORECASE)
_SURROGATE = re.compile("[\ud800-\udfff]")

_LINE_BREAKS = str.maketrans({char: repr(char)[1:-1] for char in "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"})


@dataclass(frozen=True)
class Problem:
    file: str
    line: int | None
    question_id: str | None
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        qid = f" [{self.question_id}]" if self.question_id else ""
        # One problem, one line: a quoted value may hold a newline (`type: "single\n"`).
        return f"{where}:{qid} {self.message}".translate(_LINE_BREAKS)


@dataclass(frozen=True)
class Option:
    text: str
    correct: bool = False
    feedback: str | None = None


@dataclass(frozen=True)
class Question:
    id: str
    type: str
    question: str
    explanation: str
    section: str
    line: int
    section_line: int
    options: tuple[Option, ...] = ()
    answers: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()


@dataclass
class QuizFile:
    path: Path
    questions: list[Question] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def slug(self) -> str:
        return self.path.stem


class _DuplicateKey(yaml.MarkedYAMLError):
    pass


class _LineLoader(yaml.SafeLoader):
    """SafeLoader that records line numbers and rejects duplicate keys.

    Plain YAML keeps the last of two equal keys without a word; in a quiz that
    would silently drop an answer key or an explanation.
    """

    def construct_object(self, node, deep=False):
        # SafeLoader's own constructors raise ValueError, TypeError, ... for
        # tagged values they cannot build (`!!int 0x`, `!!float abc`,
        # `!!bool maybe`); make those YAML errors with a line, like the rest.
        try:
            data = super().construct_object(node, deep=deep)
            if isinstance(data, int):
                str(data)  # more than 4300 digits: Python refuses to print it later
            return data
        except (ValueError, TypeError, AttributeError, KeyError, IndexError) as error:
            raise yaml.constructor.ConstructorError(
                None, None, f"cannot read this {node.tag.rsplit(':', 1)[-1]} value ({_shorten(str(error))})",
                node.start_mark) from None

    def construct_scalar(self, node):
        value = super().construct_scalar(node)
        if isinstance(value, str) and _SURROGATE.search(value):
            # "\ud800" (or a pair "\ud83d\ude00", which PyYAML does not join) is no
            # character: printing the problem or writing the page would crash.
            raise yaml.constructor.ConstructorError(
                None, None, "a \\uD800-\\uDFFF escape is not a character; write the character itself",
                node.start_mark)
        return value

    def construct_mapping(self, node, deep=False):
        if not isinstance(node, yaml.MappingNode):  # `!!map [1]`
            return super().construct_mapping(node, deep=deep)
        seen: dict[object, int] = {}
        lines: dict[object, int] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            line = key_node.start_mark.line + 1
            try:
                hash(key)
            except TypeError:  # `? [a, b]`, `{{a: 1}: 2}`: a list, map or set as a key
                raise yaml.constructor.ConstructorError(
                    problem=f"a {type(key).__name__} cannot be a key", problem_mark=key_node.start_mark) from None
            if key in seen:
                raise _DuplicateKey(
                    problem=f"duplicate key '{key}' (first on line {seen[key]})",
                    problem_mark=key_node.start_mark,
                )
            seen[key] = line
            lines[key] = line
        mapping = super().construct_mapping(node, deep=deep)
        mapping["__line__"] = node.start_mark.line + 1
        mapping["__lines__"] = lines
        return mapping


def load_quiz(path: Path, display_name: str | None = None) -> QuizFile:
    """Parse and check one quiz file; problems are collected, not raised.

    Callers only read the result: three hooks ask for each quiz in one build.
    """
    name = display_name or path.as_posix()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return QuizFile(path=path, problems=[Problem(name, None, None, f"cannot read file: {error}")])
    return _parse_quiz(path, name, text)


# Keyed by the file's text, so an edit under `mkdocs serve` is parsed afresh.
@functools.lru_cache(maxsize=64)
def _parse_quiz(path: Path, name: str, text: str) -> QuizFile:
    quiz = QuizFile(path=path)
    loader = None
    try:
        loader = _LineLoader(text)
        data = loader.get_single_data()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        reason = error.problem or str(error)
        quiz.problems.append(Problem(name, line, None, f"YAML syntax error: {reason}"))
        return quiz
    except yaml.reader.ReaderError as error:  # a control character such as NUL, before any parsing
        character = f"U+{error.character:04X}" if isinstance(error.character, int) else repr(error.character)
        quiz.problems.append(Problem(name, text.count("\n", 0, error.position) + 1, None,
                                     f"YAML error: character {character} is not allowed in YAML"))
        return quiz
    except yaml.YAMLError as error:
        quiz.problems.append(Problem(name, None, None, f"YAML error: {error}"))
        return quiz
    except (ValueError, OverflowError, RecursionError) as error:
        # Not YAMLErrors: PyYAML's scanner passes `"\U00110000"` to chr(), and
        # its parser recurses once per level of nesting (`[[[[...`).
        reason = "nested too deeply" if isinstance(error, RecursionError) else _shorten(str(error))
        quiz.problems.append(Problem(name, loader.get_mark().line + 1, None, f"YAML syntax error: {reason}"))
        return quiz
    finally:
        if loader is not None:
            loader.dispose()

    if not isinstance(data, dict):
        quiz.problems.append(Problem(name, 1, None, "the file must be a mapping with a 'questions' list"))
        return quiz
    for key in _keys(data):
        if key not in TOP_LEVEL_FIELDS:
            quiz.problems.append(Problem(name, data["__lines__"][key], None, f"unknown top-level field '{key}'"))
    items = data.get("questions")
    if not isinstance(items, list) or not items:
        quiz.problems.append(Problem(name, data.get("__lines__", {}).get("questions", 1), None,
                                     "'questions' must be a non-empty list"))
        return quiz

    first_line_of_id: dict[str, int] = {}
    for index, item in enumerate(items, start=1):
        question = _check_question(item, index, name, quiz.problems)
        if question is None:
            continue
        if question.id in first_line_of_id:
            quiz.problems.append(Problem(name, question.line, question.id,
                                         f"duplicate id (first used on line {first_line_of_id[question.id]})"))
            continue
        first_line_of_id[question.id] = question.line
        quiz.questions.append(question)
    return quiz


def _shorten(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _keys(mapping: dict) -> list:
    return [key for key in mapping if key not in ("__line__", "__lines__")]


def _check_question(item: object, index: int, name: str, problems: list[Problem]) -> Question | None:
    if not isinstance(item, dict):
        problems.append(Problem(name, None, None, f"question #{index} must be a mapping"))
        return None
    line = item["__line__"]
    lines = item["__lines__"]
    qid = item.get("id") if isinstance(item.get("id"), str) else None
    before = len(problems)

    def report(message: str, key: str | None = None) -> None:
        problems.append(Problem(name, lines.get(key, line), qid, message))

    for key in _keys(item):
        if key not in QUESTION_FIELDS:
            report(f"unknown field '{key}'", key)
    for key in REQUIRED_FIELDS:
        if key not in item:
            report(f"missing field '{key}'")
    if "id" in item and (qid is None or not ID_PATTERN.match(qid)):
        report("'id' must be lowercase letters, digits and single hyphens (e.g. nd-vxlan-mtu)", "id")
    qtype = item.get("type")
    if "type" in item and qtype not in QUESTION_TYPES:
        report(f"'type' must be one of {', '.join(QUESTION_TYPES)}, not '{qtype}'", "type")
    for key in ("question", "explanation"):
        if key in item and (not isinstance(item[key], str) or not item[key].strip()):
            report(f"'{key}' must be non-empty text", key)
    section = item.get("section")
    if "section" in item and (not isinstance(section, str) or not re.fullmatch(r"#\S+", section)):
        report("'section' must be an anchor on the page, like '#tcpip-스택-심화'", "section")
    tags = item.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(tag, str) and tag.strip() for tag in tags):
        report("'tags' must be a list of non-empty strings", "tags")

    options = _check_options(item, qtype, report)
    answers = _check_answers(item, qtype, report)

    texts = [item.get("question"), item.get("explanation")]
    texts += [option.text for option in options] + [option.feedback for option in options]
    texts += list(answers)
    for text in texts:
        if isinstance(text, str):
            _check_text(text, report)

    if len(problems) > before:
        return None
    return Question(
        id=qid, type=qtype, question=item["question"].strip(), explanation=item["explanation"].strip(),
        section=section, line=line, section_line=lines["section"], options=tuple(options),
        answers=tuple(answers), tags=tuple(tags),
    )


def _check_options(item: dict, qtype: object, report) -> list[Option]:
    raw = item.get("options")
    if qtype == "fill":
        if raw is not None:
            report("a fill question takes 'answers', not 'options'", "options")
        return []
    if qtype not in ("single", "multiple"):
        return []
    if not isinstance(raw, list):
        report("'options' must be a list of {text, correct, feedback}", "options" if "options" in item else None)
        return []
    if "answers" in item:
        report(f"a {qtype} question takes 'options', not 'answers'", "answers")
    options: list[Option] = []
    seen: set[str] = set()
    for number, entry in enumerate(raw, start=1):
        if not isinstance(entry, dict):
            report(f"option {number} must be a mapping with 'text'", "options")
            continue
        option_line = entry["__line__"]
        for key in _keys(entry):
            if key not in OPTION_FIELDS:
                report(f"option {number}: unknown field '{key}' (line {entry['__lines__'][key]})", "options")
        text = entry.get("text")
        if isinstance(text, (int, float)) and not isinstance(text, bool):
            text = str(text)
        if not isinstance(text, str) or not text.strip():
            report(f"option {number} (line {option_line}): 'text' must be non-empty text", "options")
            continue
        correct = entry.get("correct", False)
        if not isinstance(correct, bool):
            report(f"option {number} (line {option_line}): 'correct' must be true or false", "options")
            continue
        feedback = entry.get("feedback")
        if feedback is not None and (not isinstance(feedback, str) or not feedback.strip()):
            report(f"option {number} (line {option_line}): 'feedback' must be non-empty text", "options")
            continue
        normalized = " ".join(text.split()).casefold()
        if normalized in seen:
            report(f"option {number} (line {option_line}): duplicate option text '{text.strip()}'", "options")
        seen.add(normalized)
        options.append(Option(text=text.strip(), correct=correct, feedback=feedback.strip() if feedback else None))

    correct_count = sum(option.correct for option in options)
    if len(raw) < 2:
        report(f"needs at least 2 options, has {len(raw)}", "options")
    elif qtype == "single" and correct_count != 1:
        report(f"a single question needs exactly 1 correct option, has {correct_count}", "options")
    elif qtype == "multiple" and correct_count < 2:
        report(f"a multiple question needs at least 2 correct options, has {correct_count}", "options")
    elif qtype == "multiple" and correct_count == len(raw):
        report("a multiple question must not have every option correct", "options")
    return options


def _check_answers(item: dict, qtype: object, report) -> list[str]:
    if qtype != "fill":
        return []
    raw = item.get("answers")
    if raw is None:
        report("a fill question needs 'answers': a list of accepted answers")
        return []
    if not isinstance(raw, list) or not raw:
        report("'answers' must be a non-empty list of accepted answers", "answers")
        return []
    answers: list[str] = []
    for number, answer in enumerate(raw, start=1):
        if isinstance(answer, (int, float)) and not isinstance(answer, bool):
            answer = str(answer)
        if not isinstance(answer, str) or not answer.strip():
            report(f"answer {number} must be non-empty text", "answers")
            continue
        answers.append(answer.strip())
    return answers


def _check_text(text: str, report) -> None:
    prose = INLINE_CODE.sub("", text)
    if RAW_HTML.search(prose):
        report(f"raw HTML or script is not allowed in quiz text: {_excerpt(prose, RAW_HTML)}")
    if BLANK_SYNTAX.search(text):
        report("'[[' and ']]' are reserved for fill-in blanks and may not appear in quiz text")
    if UNSAFE_URL.search(text):
        report("links must not use javascript:, data: or vbscript: URLs")


def _excerpt(text: str, pattern: re.Pattern) -> str:
    match = pattern.search(text)
    start = max(0, match.start() - 10)
    return repr(text[start:match.start() + 20])
