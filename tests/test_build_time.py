"""The build-time tool times real builds, fails over its budget, and names where the time goes."""

from __future__ import annotations

import re
import subprocess
import sys

from conftest import ROOT

TOOL = ROOT / "scripts" / "measure" / "build_time.py"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(TOOL), *args], capture_output=True, text=True, cwd=ROOT, timeout=600)


def test_over_budget_fails_and_reports_each_build():
    result = run("--runs", "1", "--budget", "0.01")
    assert result.returncode == 1, result.stdout + result.stderr
    times = re.search(r"warm mkdocs build --strict: ([\d.]+) s; median ([\d.]+) s", result.stdout)
    assert times and float(times.group(1)) == float(times.group(2)) > 0.5, result.stdout


def test_profile_names_the_hooks_and_adds_up():
    result = run("--profile")
    assert result.returncode == 0, result.stderr
    rows = re.findall(r"^\s*([\d.]+) s\s+-?\d+%\s+(.+)$", result.stdout, re.MULTILINE)
    lines = {name: float(seconds) for seconds, name in rows}
    assert "Markdown to HTML (all pages)" in lines
    assert any("scripts/hooks/hook_search_ko.py" in name for name in lines), result.stdout
    total = float(re.search(r"([\d.]+) s  total", result.stdout).group(1))
    assert abs(sum(lines.values()) - total) < 0.1  # each line is rounded to 0.01 s, result.stdout
