"""Regressions found by property-based testing of the quiz loader and the link checker.

Each test is an input that once ended in a traceback or a wrong report. The
property tests (hypothesis) that found them join this file with the dependency.
"""

from __future__ import annotations

import pytest

from check_links import check_site
from quiz_data import Problem, load_quiz

QUIZ_NAME = "quizzes/demo.yml"


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
