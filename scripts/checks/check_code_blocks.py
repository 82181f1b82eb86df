"""Check that the code blocks in the pages are valid code.

    python scripts/checks/check_code_blocks.py [--root DIR]

python blocks must parse, yaml/json/toml blocks must load, proto/protobuf
blocks must compile with protoc (grpcio-tools, with the well-known types on
the include path), and bash/sh/shell blocks must pass shellcheck at every
severity, style included (see SHELLCHECK_SEVERITY for why, and the two
exclude lists for the few codes left out, each with its reason). A code that
is wrong for one block is disabled inside that block with
`# shellcheck disable=SCxxxx  # reason`; a directive without a reason fails.
A block that is deliberately a fragment opts out with a `<!-- fragment -->`
line right before its fence, visible in the page source.
Prints `file:line: language: error` and exits 1 on any failure.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

import yaml

FRAGMENT = "<!-- fragment -->"
# A block whose body is a pymdownx.snippets include of a lab file (`--8<-- "labs/…"`):
# check the file's text, which is what the built page shows.
SNIPPET = re.compile(r'^\s*--8<-- "(?P<path>[^"]+)"\s*$')
FENCE_OPEN = ("```", "~~~")


def code_blocks(text: str):
    """Yield (line number, language, body, is_fragment) for each fenced block, also indented ones."""
    lines = text.splitlines()
    previous = ""  # the last non-blank line before the current one
    index = 0
    while index < len(lines):
        stripped = lines[index].lstrip()
        if not stripped.startswith(FENCE_OPEN):
            previous = lines[index] if stripped else previous
            index += 1
            continue
        indent = len(lines[index]) - len(stripped)
        marker = stripped[: len(stripped) - len(stripped.lstrip(stripped[0]))]
        language = stripped[len(marker):].strip().split(" ")[0].split("{")[0].lower()
        start, body = index, []
        index += 1
        while index < len(lines) and lines[index].strip() != marker:
            body.append(lines[index][indent:] if not lines[index][:indent].strip() else lines[index])
            index += 1
        yield start + 1, language, "\n".join(body) + "\n", previous.strip() == FRAGMENT
        previous = marker
        index += 1


def _protoc(body: str) -> str | None:
    from importlib.resources import files

    well_known = str(files("grpc_tools") / "_proto")
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "block.proto"
        source.write_text(body, encoding="utf-8")
        result = subprocess.run(
            [sys.executable, "-m", "grpc_tools.protoc", f"-I{folder}", f"-I{well_known}",
             f"--python_out={folder}", str(source)], capture_output=True, text=True)
    if result.returncode == 0:
        return None
    errors = [line for line in result.stderr.splitlines() if "block.proto" in line or "error" in line.lower()]
    return (errors or result.stderr.splitlines() or ["protoc failed"])[-1]


# Every severity, down to style. The blocks are lab steps that learners copy, so
# they should show the habits shellcheck asks for (quote expansions, $(...) not
# backticks, read -r, kill "$(cat pid)"), most of which are info or style, not
# warning. Every block in the pages passes at this level with ordinary fixes, so
# stopping at warning would only let bad habits back in. The cost is that a new
# style note (say, a useless `cat`) needs a fix or an explained disable.
SHELLCHECK_SEVERITY = "style"

# Left out of every shell block; one reason per code, true for all of them.
SHELLCHECK_EXCLUDE = {
    "SC1090": "a sourced file (DevStack's ~/devstack/openrc) exists only on the learner's "
              "machine; that shellcheck cannot follow it says nothing about the block",
    "SC1091": "same for a constant path (a venv's .venv/bin/activate)",
}

# Left out only of command blocks, the ones without a #! line, which learners
# paste at an interactive prompt. Script blocks (#!) are checked for these too.
INTERACTIVE_EXCLUDE = {
    "SC2164": "`cd dir || exit` at a prompt would close the learner's terminal or SSH "
              "session; a failed cd there already prints its error in front of them",
}

_DIRECTIVE = re.compile(r"^\s*#\s*shellcheck\s+disable=(?P<rest>.*)$")


def _unexplained_disable(body: str) -> str | None:
    """A `# shellcheck disable=...` directive must say why, after a second `#`."""
    for number, line in enumerate(body.splitlines(), 1):
        match = _DIRECTIVE.match(line)
        if match and not match["rest"].partition("#")[2].strip():
            return (f"block line {number}: `{line.strip()}` needs a reason: "
                    "`# shellcheck disable=SCxxxx  # why`")
    return None


def _shellcheck(body: str) -> str | None:
    if shutil.which("shellcheck") is None:
        return "shellcheck is not installed (apt-get install shellcheck)"
    exclude = set(SHELLCHECK_EXCLUDE)
    if not body.startswith("#!"):
        exclude |= set(INTERACTIVE_EXCLUDE)
    result = subprocess.run(
        ["shellcheck", "--shell=bash", "--format=gcc", f"--severity={SHELLCHECK_SEVERITY}",
         f"--exclude={','.join(sorted(exclude))}", "-"],
        input=body, capture_output=True, text=True)
    # gcc format: "-:LINE:COLUMN: LEVEL: MESSAGE [SCxxxx]"
    findings = [line.split(":", 3) for line in result.stdout.splitlines() if line.startswith("-:")]
    if findings:
        _, line, _, message = findings[0]
        more = f" (+{len(findings) - 1} more)" if len(findings) > 1 else ""
        return f"block line {line}:{message}{more}"
    if result.returncode != 0:
        return (result.stderr.strip().splitlines() or ["shellcheck failed"])[0]
    return _unexplained_disable(body)


SHELL = ("bash", "sh", "shell")
CHECKED = ("python", "py", "yaml", "yml", "json", "toml", "proto", "protobuf", "bash", "sh", "shell")


def check_block(language: str, body: str) -> str | None:
    if language in SHELL:
        return _shellcheck(body)
    try:
        if language in ("python", "py"):
            ast.parse(body)
        elif language in ("yaml", "yml"):
            list(yaml.safe_load_all(body))
        elif language == "json":
            json.loads(body)
        elif language == "toml":
            tomllib.loads(body)
        elif language in ("proto", "protobuf"):
            return _protoc(body)
    except (SyntaxError, yaml.YAMLError, json.JSONDecodeError, tomllib.TOMLDecodeError) as error:
        return str(error).splitlines()[0]
    return None


def expand_snippets(body: str, root: Path) -> str:
    """Replace each snippet line with the file it includes; a missing file stays a line shellcheck rejects."""
    lines = []
    for line in body.splitlines():
        match = SNIPPET.match(line)
        target = root / match["path"] if match else None
        lines.append(target.read_text(encoding="utf-8").rstrip("\n") if target and target.is_file() else line)
    return "\n".join(lines) + "\n"


def check(root: Path) -> tuple[list[str], int]:
    problems, checked = [], 0
    for page in sorted((root / "docs").rglob("*.md")):
        for line, language, body, fragment in code_blocks(page.read_text(encoding="utf-8")):
            if fragment or language not in CHECKED:
                continue
            checked += 1
            error = check_block(language, expand_snippets(body, root))
            if error:
                problems.append(f"{page.relative_to(root).as_posix()}:{line}: {language}: {error}")
    return problems, checked


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parents[2])
    args = parser.parse_args(argv)
    problems, checked = check(args.root)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} invalid code block(s) of {checked} checked", file=sys.stderr)
        return 1
    print(f"code blocks OK: {checked} checked (python, yaml, json, toml, proto, shell)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
