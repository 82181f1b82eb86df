"""Code blocks in the pages are valid code, unless marked as a fragment."""

from __future__ import annotations

import pytest
from conftest import ROOT

from check_code_blocks import check, check_block, code_blocks


def test_real_pages_code_blocks_are_valid():
    problems, checked = check(ROOT)
    assert problems == []
    assert checked >= 200


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("python", "def f(:\n    pass\n"),
        ("yaml", "a: [1, 2\n"),
        ("json", '{"a": 1,}\n'),
        ("toml", "a = \n"),
        ("protobuf", 'syntax = "proto3";\nmessage Port { string id = 1; Missing m = 2; }\n'),
        ("bash", "sudo ovn-nbctl acl-list pg_<보안그룹_ID>\n"),
        ("bash", 'if [ -f x ]; then\n  echo "no fi"\n'),
    ],
)
def test_each_language_rejects_broken_code(language, body):
    assert check_block(language, body) is not None


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ('export STAMP=$(date +%s)\necho "$STAMP"\n', "SC2155"),  # warning: export hides the exit status
        ("kill $(cat web.pid)\n", "SC2046"),                       # warning: unquoted command substitution
        ("cd /tmp/lab\n", None),                                  # SC2164 is left out of command blocks ...
        ("#!/usr/bin/env bash\ncd /tmp/lab\nls\n", "SC2164"),     # ... but not of scripts
        ('ping -c 3 $FIP\n', "SC2086"),                            # info: unquoted expansion
        ("NOW=`date`\necho \"$NOW\"\n", "SC2006"),                 # style: backticks
    ],
)
def test_shell_blocks_are_checked_below_error_severity(body, code):
    error = check_block("bash", body)
    if code is None:
        assert error is None
    else:
        assert error is not None and f"[{code}]" in error and error.startswith("block line ")


def test_shell_excludes_and_explained_disables_pass():
    assert check_block("bash", "python3 -m venv .venv && . .venv/bin/activate\n") is None  # SC1091
    assert check_block("bash", "source ~/devstack/openrc admin admin\n") is None         # SC1090
    explained = "# shellcheck disable=SC2016  # the pod's sh expands it\nsh -c 'echo $HOME'\n"
    assert check_block("bash", explained) is None


def test_shell_disable_without_a_reason_fails():
    error = check_block("bash", "# shellcheck disable=SC2016\nsh -c 'echo $HOME'\n")
    assert error is not None and "needs a reason" in error


def test_valid_proto_with_well_known_types_compiles():
    body = ('syntax = "proto3";\nimport "google/protobuf/timestamp.proto";\n'
            "message Port { string id = 1; google.protobuf.Timestamp created_at = 2; }\n")
    assert check_block("protobuf", body) is None


def test_fragment_marker_and_indented_blocks(project):
    (project / "docs" / "demo.md").write_text(
        "# 데모\n\n<!-- fragment -->\n```python\ndef f(:\n```\n\n"
        '!!! note "참고"\n    ```json\n    {"a": 1,}\n    ```\n', encoding="utf-8")
    blocks = list(code_blocks((project / "docs" / "demo.md").read_text(encoding="utf-8")))
    assert [(line, language, fragment) for line, language, _, fragment in blocks] == [
        (4, "python", True), (9, "json", False)]
    problems, checked = check(project)
    assert checked == 1 and len(problems) == 1 and problems[0].startswith("docs/demo.md:9: json:")
