"""Property-based tests (hypothesis) for the quiz loader, the quiz validator CLI and the link checker.

The scripts promise that bad input becomes a list of problems that name the
file, never a traceback. These tests feed them generated and mutated input:
the real quiz files and valid generated quizzes, then mutated at the YAML tree,
text and byte level; and random or malformed HTML sites for the link checker.

Every test is derandomized and database-free, so CI runs the same examples
every time and nothing is written to .hypothesis/.
"""

from __future__ import annotations

import contextlib
import functools
import html as html_lib
import io
import re
import shutil
import tempfile
import traceback
from pathlib import Path

import pytest
import yaml
from conftest import ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from check_links import Broken, check_site
from check_links import main as check_links_main
from quiz_data import ID_PATTERN, Option, Problem, Question, load_quiz
from validate_quizzes import main as validate_main


def fast(max_examples: int) -> settings:
    """Reproducible, quick settings: same examples on every run, no example database."""
    return settings(
        max_examples=max_examples,
        deadline=None,
        derandomize=True,
        database=None,
        print_blob=False,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
    )


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("properties")


@contextlib.contextmanager
def fresh_dir(base: Path):
    """A new empty directory per hypothesis example (function-scoped tmp_path does not reset per example)."""
    path = Path(tempfile.mkdtemp(dir=base))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def strict_utf8_stream() -> io.TextIOWrapper:
    """Like a real UTF-8 stdout: characters that cannot be encoded raise instead of being replaced."""
    return io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict", newline="\n", write_through=True)


def run_cli(main, argv: list[str]) -> tuple[int, str, str]:
    """Run a script's main() in-process; a traceback fails the test with the traceback."""
    out, err = strict_utf8_stream(), strict_utf8_stream()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(argv)
    except Exception:  # noqa: BLE001 - the property is "no traceback"; show it
        pytest.fail(f"{main.__module__}.main raised:\n{traceback.format_exc()}")
    return code, out.buffer.getvalue().decode("utf-8"), err.buffer.getvalue().decode("utf-8")


# --------------------------------------------------------------------------------------------
# Quiz files: seeds (real files and valid generated quizzes)
# --------------------------------------------------------------------------------------------

QUIZ_NAME = "quizzes/demo.yml"
# libyaml, when PyYAML has it, only to make and mutate test input quickly; the loader under test is pure Python.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
REAL_QUIZ_TEXTS = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "quizzes").glob("*.yml"))]
_QUESTION_START = re.compile(r"^\s*- id:")


def _split_questions(text: str) -> tuple[str, list[str]]:
    lines = text.splitlines(keepends=True)
    starts = [number for number, line in enumerate(lines) if _QUESTION_START.match(line)]
    chunks = ["".join(lines[a:b]) for a, b in zip(starts, starts[1:] + [len(lines)])]
    return "".join(lines[: starts[0]]), chunks


REAL_QUIZ_PARTS = [_split_questions(text) for text in REAL_QUIZ_TEXTS]


@st.composite
def real_quiz_texts(draw) -> str:
    """A real quiz file, usually cut to a window of 1-3 of its questions (loading stays fast)."""
    header, chunks = draw(st.sampled_from(REAL_QUIZ_PARTS))
    if draw(st.integers(0, 19)) == 0:
        return header + "".join(chunks)
    start = draw(st.integers(0, len(chunks) - 1))
    length = draw(st.integers(1, 3))
    return header + "".join(chunks[start:start + length])


# Quiz text that the loader must accept: no '<' (raw HTML), no '[' or ']' (blank syntax, links).
_TEXT_CHARS = st.characters(blacklist_categories=("Cs",), blacklist_characters="<[]")
_SECTION_CHARS = st.characters(blacklist_categories=("Cs", "Zs", "Zl", "Zp", "Cc"))


# One character that str.strip() keeps, so that generated text is never blank (no filtering, no retries).
_VISIBLE_CHARS = st.characters(blacklist_categories=("Cs", "Cc", "Zs", "Zl", "Zp"), blacklist_characters="<[]")


@functools.lru_cache(maxsize=None)
def quiz_text(max_size: int = 16) -> st.SearchStrategy[str]:
    half = st.text(_TEXT_CHARS, max_size=max_size // 2)
    return st.builds(lambda head, visible, tail: head + visible + tail, half, _VISIBLE_CHARS, half)


def _normalized(text: str) -> str:
    return " ".join(text.split()).casefold()


_COMMENT_TEXT = st.text(st.characters(whitelist_categories=("L", "N", "P", "S", "Zs")), max_size=20)
question_ids = st.from_regex(r"\A[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}\Z")
default_sections = st.text(_SECTION_CHARS, min_size=1, max_size=12).map(lambda s: "#" + s).filter(
    lambda s: re.fullmatch(r"#\S+", s) is not None)


@st.composite
def valid_questions(draw, qid: str, sections: st.SearchStrategy[str]) -> tuple[dict, Question]:
    """One valid question as YAML data (dict) and the Question the loader should make of it."""
    qtype = draw(st.sampled_from(["single", "multiple", "fill"]))
    item: dict = {"id": qid, "type": qtype, "question": draw(quiz_text(40))}
    options: tuple[Option, ...] = ()
    answers: tuple[str, ...] = ()
    if qtype == "fill":
        raw_answers = draw(st.lists(quiz_text(), min_size=1, max_size=3))
        item["answers"] = raw_answers
        answers = tuple(answer.strip() for answer in raw_answers)
    else:
        count = draw(st.integers(2, 5) if qtype == "single" else st.integers(3, 5))
        texts = draw(st.lists(quiz_text(), min_size=count, max_size=count, unique_by=_normalized))
        n_correct = 1 if qtype == "single" else draw(st.integers(2, count - 1))
        correct = set(draw(st.permutations(range(count)))[:n_correct])
        raw_options = []
        for number, text in enumerate(texts):
            entry: dict = {"text": text}
            if number in correct or draw(st.booleans()):
                entry["correct"] = number in correct
            feedback = draw(st.none() | quiz_text())
            if feedback is not None:
                entry["feedback"] = feedback
            raw_options.append(entry)
        item["options"] = raw_options
        options = tuple(Option(text=o["text"].strip(), correct=o.get("correct", False),
                               feedback=o["feedback"].strip() if "feedback" in o else None) for o in raw_options)
    item["explanation"] = draw(quiz_text(40))
    item["section"] = draw(sections)
    tags = draw(st.none() | st.lists(quiz_text(10), max_size=3))
    if tags is not None:
        item["tags"] = tags
    # Any key order is as valid as the documented one.
    item = dict(draw(st.permutations(list(item.items()))))
    expected = Question(
        id=qid, type=qtype, question=item["question"].strip(), explanation=item["explanation"].strip(),
        section=item["section"], line=0, section_line=0, options=options, answers=answers,
        tags=tuple(tags or ()),
    )
    return item, expected


@st.composite
def valid_quizzes(draw, sections: st.SearchStrategy[str] = default_sections,
                  max_questions: int = 4) -> tuple[str, list[Question]]:
    """A valid quiz file as YAML text, in one of many YAML styles, and its expected questions."""
    ids = draw(st.lists(question_ids, min_size=1, max_size=max_questions, unique=True))
    pairs = [draw(valid_questions(qid, sections)) for qid in ids]
    data = {"questions": [item for item, _ in pairs]}
    style = {
        "allow_unicode": draw(st.booleans()),
        "default_flow_style": draw(st.sampled_from([False, None, True])),
        "indent": draw(st.integers(2, 6)),
        "width": draw(st.sampled_from([20, 80, 4096])),
        "explicit_start": draw(st.booleans()),
        "canonical": draw(st.integers(0, 7)) == 0,
    }
    text = yaml.dump(data, Dumper=_DUMPER, sort_keys=False, **style)
    if draw(st.booleans()):
        text = "# " + draw(_COMMENT_TEXT) + "\n" + text
    return text, [expected for _, expected in pairs]


# --------------------------------------------------------------------------------------------
# Quiz files: mutations
# --------------------------------------------------------------------------------------------

# Hostile or odd YAML: tags, anchors, aliases, merge keys, huge numbers, flow junk, directives.
YAML_SNIPPETS = [
    "!!python/object:os.system {}", "!!python/object/apply:os.system ['true']", "!!python/name:os.system",
    "!!binary aGVsbG8=", "!!set {a, b}", "!!omap [a: 1, b: 2]", "!!pairs [a: 1]", "!!timestamp 2001-12-14",
    "!!float abc", "!!int 0x", "!!str", "!!null ''", "!!map [1]", "!!seq {a: 1}", "!custom x", "!<tag:x> y",
    "&a [1, 2]", "*a", "*undefined", "&a", "&a {x: *a}", "&a [*a]", "<<: *a", "<<: {text: x}", "<<: [1]",
    "? [a, b]\n: c", "? {a: 1}\n: b", "{[1]: 2}", "{{a: 1}: 2}", "? !!set {a}\n: x", "[1]: x",
    "9" * 5000, "-" + "9" * 4400, "0x" + "f" * 5000, "0o" + "7" * 6000, "0b" + "1" * 20000, "1" + "_0" * 5000,
    "1e999999", "-1e999999", ".nan", "-.inf", "190:20:30", "1:" * 3000 + "1", "0.0000001e-999999",
    "~", "null", "yes", "no", "on", "off", "True", "''", '""', "[]", "{}", "-", "- -", ": :", "?",
    "[", "]", "{", "}", "'", '"', "|", ">", "|-\n", ">+\n", "|9\n", "#", "%YAML 1.1", "%TAG ! tag:x,1:",
    "%YAML 9.9\n---", "---", "...", "--- |\n", "\t", "\ufeff", "\x85", "\u2028", "\u2029", "\r", "\r\n",
    "\x00", "\x1b", "\x7f", "\ufffe", "\uffff", '"\\ud800"', '"\\udfff"', '"\\U0010ffff"', '"\\x00"',
    '"\\N\\_\\L\\P"', '"\\q"', '"\\U00110000"', '"\\UFFFFFFFF"', '"\\ud83d\\ude00"', "%YAML 1." + "9" * 5000,
    '!!int ""', '!!float ""', "!!bool maybe", "!!timestamp x", "!!timestamp 2001-13-45", "!!set [1]",
    "'unterminated", '"unterminated', "key: value: more", "- [nested, {x: }]",
    "__line__: 1", "__lines__: {}", "questions: *a",
    # Deeper than Python's recursion limit; not much deeper, as PyYAML's scanner is quadratic in "[" nesting.
    "[" * 600 + "]" * 600, "{a: " * 600 + "}" * 600, "- " * 600 + "x",
]

_SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=30), st.binary(max_size=10),
    st.dates(), st.datetimes(),
)
_KEYS = st.one_of(st.text(max_size=10), st.sampled_from(sorted({"id", "type", "question", "options", "answers",
                  "explanation", "section", "tags", "text", "correct", "feedback", "questions", "__line__",
                  "__lines__"})), st.integers(-5, 5), st.none(), st.booleans(), st.floats(allow_nan=False))
junk_values = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_KEYS, inner, max_size=3),
    max_leaves=8,
)


def _paths(node, path=()):
    yield path
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, path + (key,))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _paths(value, path + (index,))


def _get(node, path):
    for step in path:
        node = node[step]
    return node


@st.composite
def tree_mutations(draw, text: str) -> str:
    """Change the YAML tree of a valid file (delete, replace, retype, reorder, rename), then dump it again."""
    data = yaml.load(text, Loader=_LOADER)  # noqa: S506 - a SafeLoader
    for _ in range(draw(st.integers(1, 3))):
        paths = list(_paths(data))
        path = draw(st.sampled_from(paths))
        node = _get(data, path)
        op = draw(st.sampled_from(["delete", "replace", "duplicate", "reorder", "wrap", "unwrap", "rename"]))
        if not path:
            if op in ("replace", "delete"):
                data = draw(junk_values)
            elif op == "wrap":
                data = [data]
            continue
        parent, last = _get(data, path[:-1]), path[-1]
        if op == "delete":
            del parent[last]
        elif op == "replace":
            parent[last] = draw(junk_values)
        elif op == "duplicate" and isinstance(parent, list):
            parent.insert(last, yaml.load(yaml.dump(node, Dumper=_DUMPER), Loader=_LOADER))  # noqa: S506
        elif op == "reorder" and isinstance(node, (dict, list)):
            items = list(node.items()) if isinstance(node, dict) else list(node)
            shuffled = draw(st.permutations(items))
            parent[last] = dict(shuffled) if isinstance(node, dict) else list(shuffled)
        elif op == "wrap":
            parent[last] = [node]
        elif op == "unwrap" and isinstance(node, (dict, list)) and node:
            parent[last] = list(node.values()) if isinstance(node, dict) else node[0]
        elif op == "rename" and isinstance(parent, dict):
            new_key = draw(_KEYS)
            parent[new_key] = parent.pop(last)
    return yaml.dump(data, Dumper=_DUMPER, sort_keys=False, allow_unicode=draw(st.booleans()),
                     default_flow_style=draw(st.sampled_from([False, None, True])))


# Hostile snippets are where the bugs are: weighted up against plain cutting and shuffling.
_TEXT_OPS = st.sampled_from(["truncate", "delete_line", "duplicate_line", "swap_lines", "indent", "tabs",
                             "insert_text", "deep_nesting", "crlf", "empty", "only_comments", "multi_document"]
                            + ["insert_snippet", "replace_value"] * 6)


@st.composite
def text_mutations(draw, text: str) -> str:
    """One textual edit: cut, delete/duplicate/swap lines, re-indent, insert junk or a YAML snippet."""
    lines = text.splitlines(keepends=True) or [""]
    op = draw(_TEXT_OPS)
    line = draw(st.integers(0, len(lines) - 1))
    position = draw(st.integers(0, len(text)))
    if op == "truncate":
        return text[:position]
    if op == "delete_line":
        del lines[line]
    elif op == "duplicate_line":
        lines.insert(line, lines[line])
    elif op == "swap_lines":
        other = draw(st.integers(0, len(lines) - 1))
        lines[line], lines[other] = lines[other], lines[line]
    elif op == "indent":
        stripped = lines[line].lstrip(" ")
        lines[line] = " " * draw(st.integers(0, 12)) + stripped
    elif op == "tabs":
        lines[line] = lines[line].replace("  ", "\t", draw(st.integers(1, 3)))
    elif op == "insert_text":
        junk = draw(st.text(max_size=20))
        return text[:position] + junk + text[position:]
    elif op == "insert_snippet":
        return text[:position] + draw(st.sampled_from(YAML_SNIPPETS)) + text[position:]
    elif op == "replace_value":
        head, sep, _ = lines[line].partition(": ")
        if sep:
            lines[line] = head + sep + draw(st.sampled_from(YAML_SNIPPETS)) + "\n"
    elif op == "deep_nesting":
        depth = draw(st.sampled_from([50, 300, 600]))
        brackets = draw(st.sampled_from([("[", "]"), ("{a: ", "}"), ("- ", "")]))
        nested = brackets[0] * depth + "x" + brackets[1] * depth
        if brackets[0] == "- ":  # compact nested block sequences: "- - - x"
            nested = "\n" + "- " * depth + "x"
        lines[line] = lines[line].rstrip("\n") + " " + nested + "\n"
    elif op == "crlf":
        return text.replace("\n", draw(st.sampled_from(["\r\n", "\r", "\x85", "\u2028"])))
    elif op == "empty":
        return draw(st.sampled_from(["", "\n", "---\n", "---\n...\n", "# only a comment\n", "\ufeff", " "]))
    elif op == "only_comments":
        return "".join("# " + item for item in lines)
    elif op == "multi_document":
        return text + "---\n" + text
    return "".join(lines)


@st.composite
def byte_mutations(draw, data: bytes) -> bytes:
    """Bytes that may not be UTF-8 at all: random bytes, other encodings, cut multi-byte characters."""
    op = draw(st.sampled_from(["insert_bytes", "overwrite_byte", "cut", "encoding", "bom"]))
    position = draw(st.integers(0, len(data)))
    if op == "insert_bytes":
        return data[:position] + draw(st.binary(min_size=1, max_size=8)) + data[position:]
    if op == "overwrite_byte" and data:
        position = min(position, len(data) - 1)
        return data[:position] + bytes([draw(st.integers(0, 255))]) + data[position + 1:]
    if op == "cut":
        return data[:position]
    if op == "encoding":
        encoding = draw(st.sampled_from(["utf-16", "utf-16-le", "utf-32", "latin-1", "cp949"]))
        return data.decode("utf-8", errors="replace").encode(encoding, errors="replace")
    return draw(st.sampled_from([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"])) + data


@st.composite
def mutated_quiz_files(draw) -> bytes:
    seed = draw(real_quiz_texts() | valid_quizzes(max_questions=2).map(lambda pair: pair[0]))
    if draw(st.booleans()):
        seed = draw(tree_mutations(seed))
    for _ in range(draw(st.integers(0, 3))):
        seed = draw(text_mutations(seed))
    data = seed.encode("utf-8")
    if draw(st.integers(0, 3)) == 0:
        data = draw(byte_mutations(data))
    return data


def check_quiz_outcome(quiz, raw: bytes) -> None:
    """A load either succeeds (questions, no problems) or yields problems that each name the file."""
    try:
        line_count = len(raw.decode("utf-8").splitlines()) + 1
    except UnicodeDecodeError:
        line_count = None
    assert isinstance(quiz.problems, list) and isinstance(quiz.questions, list)
    for problem in quiz.problems:
        assert isinstance(problem, Problem)
        assert problem.file == QUIZ_NAME
        rendered = str(problem)
        assert rendered.startswith(QUIZ_NAME + ":"), rendered
        assert problem.message.strip(), rendered
        rendered.encode("utf-8")  # the CLI prints it; must not hold lone surrogates
        assert len(rendered.splitlines()) == 1, f"the CLI prints one `file:line: [id] reason` line: {rendered!r}"
        if problem.line is not None:
            assert isinstance(problem.line, int) and problem.line >= 1, rendered
            if line_count is not None:
                assert problem.line <= line_count, rendered
        if problem.question_id:
            assert isinstance(problem.question_id, str)
            if problem.question_id.isprintable():
                assert f"[{problem.question_id}]" in rendered, rendered
    if not quiz.problems:
        assert quiz.questions, "a file without problems must have questions"
    ids = [question.id for question in quiz.questions]
    assert len(ids) == len(set(ids))
    for question in quiz.questions:
        assert ID_PATTERN.match(question.id)
        assert question.type in ("single", "multiple", "fill")
        assert question.question and question.explanation
        assert isinstance(question.line, int) and isinstance(question.section_line, int)


# --------------------------------------------------------------------------------------------
# Quiz properties
# --------------------------------------------------------------------------------------------


@fast(max_examples=50)
@given(quiz=valid_quizzes())
def test_valid_generated_quiz_round_trips(workdir, quiz):
    text, expected = quiz
    path = workdir / "roundtrip.yml"
    path.write_text(text, encoding="utf-8")
    loaded = load_quiz(path, QUIZ_NAME)
    assert [str(problem) for problem in loaded.problems] == [], text
    line_count = len(text.splitlines())
    got = [question for question in loaded.questions]
    assert [q.id for q in got] == [q.id for q in expected]
    for question, want in zip(got, expected):
        assert 1 <= question.line <= line_count and 1 <= question.section_line <= line_count
        assert question == Question(**{**want.__dict__, "line": question.line, "section_line": question.section_line})


@fast(max_examples=40)
@given(text=real_quiz_texts())
def test_real_quiz_windows_load_cleanly(workdir, text):
    path = workdir / "real.yml"
    path.write_text(text, encoding="utf-8")
    quiz = load_quiz(path, QUIZ_NAME)
    assert quiz.problems == []
    check_quiz_outcome(quiz, text.encode("utf-8"))


@fast(max_examples=300)
@given(raw=mutated_quiz_files())
def test_mutated_quiz_files_give_problems_not_tracebacks(workdir, raw):
    path = workdir / "mutated.yml"
    path.write_bytes(raw)
    quiz = load_quiz(path, QUIZ_NAME)  # any exception fails the property
    check_quiz_outcome(quiz, raw)


SNIPPET_PLACES = {
    "root": "SNIP\n",
    "questions": "questions: SNIP\n",
    "id": "questions:\n  - id: SNIP\n    type: fill\n",
    "type": "questions:\n  - id: a\n    type: SNIP\n",
    "text": "questions:\n  - id: a\n    type: single\n    options:\n      - text: SNIP\n",
    "answers": "questions:\n  - id: a\n    type: fill\n    answers:\n      - SNIP\n",
    "key": "questions:\n  - id: a\n    SNIP: x\n",
    "tags": "questions:\n  - id: a\n    tags: [SNIP]\n",
}


def test_every_yaml_snippet_in_every_place(workdir):
    """Exhaustive rather than sampled (~900 small files, about a second): each hostile snippet
    at the top level, as the list, as a key and as a value."""
    path = workdir / "snippet.yml"
    for snippet in YAML_SNIPPETS:
        for place, template in SNIPPET_PLACES.items():
            raw = template.replace("SNIP", snippet).encode("utf-8")
            path.write_bytes(raw)
            try:
                check_quiz_outcome(load_quiz(path, QUIZ_NAME), raw)
            except Exception:  # noqa: BLE001 - name the input that failed
                pytest.fail(f"snippet {snippet[:40]!r} as {place}:\n{traceback.format_exc()}")


PAGE = """---
title: 데모
---
# 데모

## 첫 번째 절

### VXLAN 헤더와 MTU

## TCP/IP 스택 심화

## 셀프 체크 퀴즈

<!-- quiz -->
"""
PAGE_SECTIONS = ["#첫-번째-절", "#vxlan-헤더와-mtu", "#tcpip-스택-심화"]


@pytest.fixture(scope="module")
def cli_project(tmp_path_factory) -> Path:
    """A minimal project (real config, hooks and data; one page) for validate_quizzes.main."""
    root = tmp_path_factory.mktemp("cli-project")
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    for folder in ("scripts", "overrides", "data"):
        shutil.copytree(ROOT / folder, root / folder, ignore=shutil.ignore_patterns("__pycache__"))
    (root / "docs").mkdir()
    (root / "quizzes").mkdir()
    (root / "labs").mkdir()  # mkdocs.yml watches it
    (root / "docs" / "demo.md").write_text(PAGE, encoding="utf-8")
    return root


@fast(max_examples=12)
@given(raw=mutated_quiz_files())
def test_validator_cli_exits_0_or_1_with_a_message(cli_project, raw):
    (cli_project / "quizzes" / "demo.yml").write_bytes(raw)
    code, out, err = run_cli(validate_main, ["--root", str(cli_project)])
    assert code in (0, 1)
    assert "Traceback" not in out + err
    if code == 0:
        assert out.startswith("quizzes OK:")
    else:
        problems = out.splitlines()
        assert problems, err
        assert all(line.startswith(("quizzes/demo.yml", "docs/demo.md")) for line in problems), problems
        assert "problem(s) found in quiz files" in err


@fast(max_examples=8)
@given(quiz=valid_quizzes(sections=st.sampled_from(PAGE_SECTIONS)))
def test_validator_cli_accepts_valid_generated_quiz(cli_project, quiz):
    text, expected = quiz
    (cli_project / "quizzes" / "demo.yml").write_text(text, encoding="utf-8")
    code, out, err = run_cli(validate_main, ["--root", str(cli_project)])
    assert (code, err) == (0, ""), out
    assert out.startswith(f"quizzes OK: {len(expected)} questions checked")


# --------------------------------------------------------------------------------------------
# Link checker: random and malformed HTML sites
# --------------------------------------------------------------------------------------------

WEIRD_LINKS = [
    "javascript:", "javascript:void(0)", "JavaScript:alert(1)", "%zz", "%", "%e0%a4%", "%00", "%ff%fe", "?%zz",
    "//", "///", "////x", "#", "#%zz", "#%", "#\x00", "?", "?#", "", " ", " \t\n", ".", "..", "./", "../" * 40,
    "/", "//[", "//[::1", "/\t/[x", "\x01//[x", "/\n/x]", "\\\\server\\share", "\\/\\/x", "http://[bad",
    "https://", "mailto:", "data:text/html,<b>x</b>", "file:///etc/passwd", "C:\\x", "x" * 3000, "#" + "y" * 3000,
    "%2e%2e/%2e%2e/x", "index.html", "index.html#", "index.html?a=b#c", "./index.html", "a/../index.html",
    "\x00", "\x00.html", "&#0;", "&#xD800;", "&#x110000;", "&#99999999999999;", "&amp;#x2F;", "&#x2F;&#x2F;[",
    "&zz;", "ü/ä.html", "한글/", "%ED%95%9C%EA%B8%80/", " index.html ", "index.html\u3000", "a/", "a/b.html",
    "/a/b.html#top", "guide/#%ED%98%BC", "\ud7ff", "\U0001f600.html",
]
RAW_BITS = [
    "<!--", "-->", "<!-->", "<script>", "</script>", "<style>", "</style>", "<script-x>", "<", ">", '"', "'", "=",
    "<![CDATA[", "]]>", "<!DOCTYPE html>", "<a", "<a href=", '<a href="', "<a href='", "&", "&#", "\x00", "\ufffd",
    "</", "<p/>", "<a/>", "<?xml?>", "<svg><a xlink:href='#x'/></svg>", "\ufeff", "\r\n", "<ScRiPt >",
]
PAGE_PATHS = ["index.html", "a/index.html", "a/b.html", "guide/index.html", "한글/index.html", "x y.html",
              "deep/er/est/index.html", "%7e.html", "#x.html", "a/b/index.html"]
OTHER_FILES = ["assets/app.css", "img.png", "a/b.txt", "sitemap.xml.gz"]
QUOTES = ['"', "'"]
ATTR_NAMES = ["href", "src", "id", "name", "HREF", "Src", "ID", "class", "data-href", "title", "xlink:href"]


_BALANCED_KEYS = st.sampled_from(ATTR_NAMES)
_ANY_KEYS = st.sampled_from(ATTR_NAMES) | st.text(max_size=6)
_LINK_VALUES = st.sampled_from(WEIRD_LINKS) | st.text(max_size=20)
_SEPARATORS = st.sampled_from(["=", " = ", "=\n"])
_BALANCED_QUOTES = st.sampled_from(['"', "'", ""])
_ANY_QUOTES = st.sampled_from(['"', "'", "", "unbalanced"])
_TAG_NAMES = st.sampled_from(["a", "img", "link", "script", "style", "div", "A", "IMG", "p"]) | st.text(max_size=5)
_TAG_ENDS = st.sampled_from([">", "/>", "", " ", "<", "\n>"])


@st.composite
def attributes(draw, balanced: bool) -> str:
    key = draw(_BALANCED_KEYS if balanced else _ANY_KEYS)
    value = draw(_LINK_VALUES)
    if not balanced and draw(st.integers(0, 5)) == 0:
        return " " + key
    separator = draw(_SEPARATORS)
    quote = draw(_BALANCED_QUOTES if balanced else _ANY_QUOTES)
    if quote == "unbalanced":
        return f" {key}{separator}{draw(st.sampled_from(QUOTES))}{value}"
    if balanced:
        if quote and quote in value:
            quote = "'" if quote == '"' else '"'
        if quote in value or (not quote and not re.fullmatch(r"[^\s\"'=<>`]+", value)):
            value = html_lib.escape(value, quote=True)
            quote = '"'
    return f" {key}{separator}{quote}{value}{quote}"


@st.composite
def random_tags(draw) -> str:
    name = draw(_TAG_NAMES)
    attrs = "".join(draw(st.lists(attributes(balanced=False), max_size=4)))
    end = draw(_TAG_ENDS)
    return f"<{name}{attrs}{end}"


random_fragments = st.one_of(
    st.text(max_size=30), st.sampled_from(RAW_BITS), random_tags(), st.sampled_from(WEIRD_LINKS),
)


@st.composite
def random_pages(draw) -> bytes:
    text = "".join(draw(st.lists(random_fragments, max_size=12)))
    data = text.encode("utf-8", errors="surrogatepass")
    op = draw(st.sampled_from(["utf-8", "utf-8", "utf-8", "bytes", "latin-1", "utf-16", "cut"]))
    if op == "bytes":
        position = draw(st.integers(0, len(data)))
        data = data[:position] + draw(st.binary(min_size=1, max_size=16)) + data[position:]
    elif op == "latin-1":
        data = text.encode("latin-1", errors="replace")
    elif op == "utf-16":
        data = text.encode("utf-16", errors="surrogatepass")
    elif op == "cut":
        data = data[: draw(st.integers(0, len(data)))]
    return data


sitemaps = st.sampled_from([
    None, "<urlset><url><loc>https://o.github.io/repo/</loc></url></urlset>", "<loc>http://127.0.0.1:8000/</loc>",
    "<loc>http://[bad/</loc>", "<loc>//</loc>", "<loc></loc>", "<loc> </loc>", "<loc>x</loc>", "<loc>%zz</loc>",
    "<loc>https://h/a b/c.html</loc>", "<loc>javascript:alert(1)</loc>", "\xff\xfe<loc>", "<loc>http://h:99999/</loc>",
])


@st.composite
def random_sites(draw, pages=random_pages()) -> dict[str, bytes]:
    names = draw(st.lists(st.sampled_from(PAGE_PATHS), unique=True, max_size=4))
    site = {name: draw(pages) for name in ["index.html"] + [n for n in names if n != "index.html"]}
    for name in draw(st.lists(st.sampled_from(OTHER_FILES), unique=True, max_size=2)):
        site[name] = b""
    sitemap = draw(sitemaps)
    if sitemap is not None:
        site["sitemap.xml"] = sitemap.encode("utf-8")
    return site


def write_site(root: Path, site: dict[str, bytes]) -> None:
    for rel, data in site.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


def check_links_outcome(root: Path, site: dict[str, bytes]) -> list[Broken]:
    broken, page_count, link_count = check_site(root)  # any exception fails the property
    html_pages = {rel for rel in site if rel.endswith(".html")}
    assert page_count == len(html_pages)
    assert link_count >= len(broken) >= 0
    for item in broken:
        assert isinstance(item, Broken)
        assert item.page in html_pages
        assert item.reason
        str(item).encode("utf-8")  # printed by the CLI
        assert len(str(item).splitlines()) == 1, f"the CLI prints one `page: link: reason` line: {str(item)!r}"
    return broken


@fast(max_examples=100)
@given(site=random_sites())
def test_link_checker_survives_random_html(workdir, site):
    with fresh_dir(workdir) as root:
        write_site(root, site)
        check_links_outcome(root, site)


@fast(max_examples=100)
@given(link=st.sampled_from(WEIRD_LINKS) | st.text(max_size=30), attribute=st.sampled_from(["href", "src", "HREF"]),
       quote=st.sampled_from(['"', "'", ""]), page=st.sampled_from(PAGE_PATHS), sitemap=sitemaps,
       around=st.lists(random_fragments, max_size=3))
def test_link_checker_survives_weird_hrefs(workdir, link, attribute, quote, page, sitemap, around):
    """Every odd href, in every quoting style, on a page at any depth: a verdict, never an exception."""
    value = html_lib.escape(link, quote=True) if quote else re.sub(r"[\s\"'=<>`]", "_", link)
    site = {"index.html": b"", page: ("".join(around) + f"<a {attribute}={quote}{value}{quote}>").encode("utf-8")}
    if sitemap is not None:
        site["sitemap.xml"] = sitemap.encode("utf-8")
    with fresh_dir(workdir) as root:
        write_site(root, site)
        check_links_outcome(root, site)


@fast(max_examples=10)
@given(site=random_sites())
def test_link_checker_cli_exits_0_or_1(workdir, site):
    with fresh_dir(workdir) as root:
        write_site(root, site)
        code, out, err = run_cli(check_links_main, [str(root)])
        assert code in (0, 1)
        assert "Traceback" not in out + err
        assert ("internal links OK" in out) if code == 0 else ("broken internal link(s)" in err)


# A link planted on a page must always be reported, whatever surrounds it.
PLANTED = [
    "planted-missing.html",
    "planted/missing/",
    "/planted-missing/",
    "planted%2Dmissing.html",
    "#planted-missing-id",
    "./#planted-missing-id",
]


@st.composite
def planted_tags(draw) -> tuple[str, str]:
    link = draw(st.sampled_from(PLANTED))
    written = link.replace("-", draw(st.sampled_from(["-", "&#45;", "&#x2D;", "&#x2d;"])))
    attribute = draw(st.sampled_from(["href", "HREF", "src"]))
    quote = draw(st.sampled_from(['"', "'", ""]))
    before = draw(st.sampled_from(["", ' class="x"', " data-x='>'", "\n", ' title="a > b"']))
    after = draw(st.sampled_from(["", " ", ' rel="noopener"', "\n", " /"]))
    tag = draw(st.sampled_from(["a", "A", "img", "link", "script"]))
    return f"<{tag}{before} {attribute}={quote}{written}{quote}{after}>", link


_PLAIN = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="<"), max_size=20)
_COMMENT_BODY = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="<>-!"), max_size=20)
_FRAGMENT_KINDS = st.sampled_from(["text", "element", "element", "element", "void", "comment", "raw", "doctype",
                                   "cdata"])
_RAW_NAMES = st.sampled_from(["script", "style", "SCRIPT", "Style"])
_VOID_NAMES = st.sampled_from(["br", "img", "hr", "link", "meta", "input"])
# Custom elements are legal HTML: <style-guide> is no <style>, <script-loader> no <script>.
_ELEMENT_NAMES = st.one_of(
    st.sampled_from(["a", "p", "div", "span", "code", "h2", "svg", "template", "details", "md-tabs"]),
    st.sampled_from(["style-guide", "script-loader", "styled", "scripts", "stylesheet", "x-style"]),
    st.from_regex(r"\A[a-z][a-z0-9]{0,5}(-[a-z0-9]{1,5})?\Z"),
)


@st.composite
def balanced_fragments(draw) -> str:
    """Well-formed markup: a browser would still see a link that follows it."""
    kind = draw(_FRAGMENT_KINDS)
    if kind == "text":
        return draw(_PLAIN)
    if kind == "doctype":
        return "<!DOCTYPE html>"
    if kind == "cdata":
        return "<![CDATA[" + draw(_PLAIN).replace(">", "") + "]]>"
    if kind == "comment":
        return f"<!--{draw(_COMMENT_BODY)}-->"
    attrs = "".join(draw(st.lists(attributes(balanced=True), max_size=3)))
    if kind == "raw":
        name = draw(_RAW_NAMES)
        return f"<{name}{attrs}>{draw(_PLAIN)}</{name}>"
    if kind == "void":
        return f"<{draw(_VOID_NAMES)}{attrs}>"
    name = draw(_ELEMENT_NAMES)
    inner = draw(_PLAIN)
    return f"<{name}{attrs}>{inner}</{name}>" if draw(st.booleans()) else f"<{name}{attrs}>{inner}"


def _expected_planted(site: dict[str, bytes], page: str, link: str, broken: list[Broken]) -> None:
    found = [item for item in broken if item.page == page and item.link == link]
    assert found, f"planted {link!r} on {page} was not reported; got {[str(item) for item in broken]}"


@fast(max_examples=50)
@given(site=random_sites(), data=st.data())
def test_planted_broken_link_at_page_start_is_reported(workdir, site, data):
    page = data.draw(st.sampled_from(sorted(rel for rel in site if rel.endswith(".html"))))
    tag, link = data.draw(planted_tags())
    site[page] = tag.encode("utf-8") + site[page]
    with fresh_dir(workdir) as root:
        write_site(root, site)
        _expected_planted(site, page, link, check_links_outcome(root, site))


@fast(max_examples=80)
@given(data=st.data())
def test_planted_broken_link_inside_well_formed_markup_is_reported(workdir, data):
    site = data.draw(random_sites(pages=st.lists(balanced_fragments(), max_size=8).map(
        lambda parts: "".join(parts).encode("utf-8"))))
    page = data.draw(st.sampled_from(sorted(rel for rel in site if rel.endswith(".html"))))
    tag, link = data.draw(planted_tags())
    parts = data.draw(st.lists(balanced_fragments(), max_size=8))
    cut = data.draw(st.integers(0, len(parts)))
    site[page] = "".join(parts[:cut] + [tag] + parts[cut:]).encode("utf-8")
    with fresh_dir(workdir) as root:
        write_site(root, site)
        _expected_planted(site, page, link, check_links_outcome(root, site))



# --------------------------------------------------------------------------------------------
# Regressions: inputs the properties above found, kept as plain examples
# --------------------------------------------------------------------------------------------


def _problems(tmp_path, text: str) -> list[Problem]:
    path = tmp_path / "demo.yml"
    path.write_text(text, encoding="utf-8")
    return load_quiz(path, QUIZ_NAME).problems


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("!!int 0x", "cannot read this int value"),
        ("!!float abc", "cannot read this float value"),
        ("!!bool maybe", "cannot read this bool value"),
        ("!!timestamp 2001-13-45", "cannot read this timestamp value"),
        ("!!map [1]", "expected a mapping node"),
        ("{[1]: 2}", "a list cannot be a key"),
        ("{{a: 1}: 2}", "a dict cannot be a key"),
        ("9" * 5000, "cannot read this int value"),
        ("0x" + "f" * 5000, "cannot read this int value"),
    ],
)
def test_values_pyyaml_cannot_construct_are_problems_with_a_line(tmp_path, value, expected):
    """Were ValueError/TypeError tracebacks (PyYAML's constructors, unhashable keys, >4300-digit ints)."""
    problems = _problems(tmp_path, f"questions:\n  - id: a\n    type: {value}\n")
    assert [(p.line, expected in p.message) for p in problems] == [(3, True)], [str(p) for p in problems]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('"\\U00110000"', "chr() arg not in range"),
        ('"\\UFFFFFFFF"', "too large"),
        ("[" * 600 + "]" * 600, "nested too deeply"),
        ("{a: " * 600 + "}" * 600, "nested too deeply"),
    ],
)
def test_escapes_and_nesting_the_yaml_parser_does_not_catch(tmp_path, value, expected):
    """Were ValueError/OverflowError (PyYAML's scanner calls chr()) and RecursionError tracebacks."""
    problems = _problems(tmp_path, f"questions:\n  - id: a\n    type: {value}\n")
    assert [(p.line, expected in p.message) for p in problems] == [(3, True)], [str(p) for p in problems]


@pytest.mark.parametrize("value", ['"\\ud800"', '"x\\udfff"', '"\\ud83d\\ude00"'])
def test_lone_surrogate_escapes_are_rejected(tmp_path, value):
    """A "\\ud800" id or type reached the CLI's print() and crashed it with UnicodeEncodeError."""
    problems = _problems(tmp_path, f"questions:\n  - id: {value}\n")
    assert [(p.line, "is not a character" in p.message) for p in problems] == [(2, True)]
    str(problems[0]).encode("utf-8")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('questions:\n  - id: a\n    type: "single\\n"\n',
         "quizzes/demo.yml:3: [a] 'type' must be one of single, multiple, fill, not 'single\\n'"),
        ('questions:\n  - id: a\n    "x\\ny": 1\n', "quizzes/demo.yml:3: [a] unknown field 'x\\ny'"),
        ("questions:\n  - id: a\x00\n", "quizzes/demo.yml:2: YAML error: character U+0000 is not allowed in YAML"),
    ],
)
def test_every_problem_prints_as_one_line(tmp_path, text, expected):
    """A newline in a quoted value, or PyYAML's two-line reader error, broke the `file:line: reason` output."""
    rendered = [str(p) for p in _problems(tmp_path, text)]
    assert expected in rendered, rendered
    assert all(len(line.splitlines()) == 1 for line in rendered)


def test_link_that_is_no_valid_url_is_reported_not_raised(tmp_path):
    """`/<TAB>/[x` is `//[x` to urllib, whose urlsplit raised "Invalid IPv6 URL"; so did a sitemap's loc."""
    (tmp_path / "index.html").write_text('<a href="/\t/[x">x</a><a href="#top" id="top">', encoding="utf-8")
    assert [str(item) for item in check_site(tmp_path)[0]] == [
        "index.html: /\t/[x: not a valid URL (Invalid IPv6 URL)"]
    (tmp_path / "sitemap.xml").write_text("<loc>http://[bad/</loc>", encoding="utf-8")
    assert [item.link for item in check_site(tmp_path)[0]] == ["/\t/[x"]


@pytest.mark.parametrize("element", ["style-guide", "script-loader", "STYLE-x"])
def test_custom_element_named_like_script_or_style_hides_no_links(tmp_path, element):
    """`<style-guide>` was taken for `<style>`, and everything after it for CSS: a broken link went unseen."""
    (tmp_path / "index.html").write_text(f'<{element}>x</{element}><a href="missing.html">', encoding="utf-8")
    assert [str(item) for item in check_site(tmp_path)[0]] == [
        "index.html: missing.html: no such file in the built site"]


def test_broken_link_prints_as_one_line(tmp_path):
    """An href holding a newline split one `page: link: reason` line in two."""
    (tmp_path / "index.html").write_text('<a href="a\nb.html">x</a>', encoding="utf-8")
    assert [str(item) for item in check_site(tmp_path)[0]] == ["index.html: a\\nb.html: no such file in the built site"]
