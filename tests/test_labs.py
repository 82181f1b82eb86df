"""The labs run as the pages say: every lab under labs/ runs, and its output matches the page.

Each lab runs in network namespaces of its own (scripts/checks/lab_runner.py), so it
needs root and iproute2. In CI a missing requirement is a failure, not a skip.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import IN_CI, ROOT

import lab_runner

LAB_DIRS = lab_runner.all_labs()
SNIPPET = re.compile(r'--8<-- "(?P<path>labs/[^"]+)"')


def _can_run_labs() -> str | None:
    if os.geteuid() != 0:
        return "the labs need root (network namespaces)"
    for tool in ("ip", "nsenter"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    return None


@pytest.fixture(scope="module")
def lab_host():
    missing = _can_run_labs()
    if missing:
        if IN_CI:
            pytest.fail(f"cannot run the labs in CI: {missing}")
        pytest.skip(missing)


def _lab_id(path: Path) -> str:
    return path.relative_to(lab_runner.LABS).as_posix()


def test_there_are_labs():
    assert len(LAB_DIRS) >= 1, "no labs/<slug>/<lab>/lab.yml found"


@pytest.mark.parametrize("lab_dir", LAB_DIRS, ids=_lab_id)
def test_lab_runs_as_the_page_says(lab_host, lab_dir):
    failures = lab_runner.run_lab(lab_dir)
    assert not failures, "\n\n".join(failures)


@pytest.mark.parametrize("lab_dir", LAB_DIRS, ids=_lab_id)
def test_every_lab_file_is_on_its_page(lab_dir):
    """What ran is what the learner reads: each script, output and cleanup file is included in the labs page."""
    lab = lab_runner.load_lab(lab_dir)
    slug = lab_dir.relative_to(lab_runner.LABS).parts[0]
    page = ROOT / "docs" / slug / "labs.md"
    included = set(SNIPPET.findall(page.read_text(encoding="utf-8")))
    files = [step.script for step in lab.steps] + [step.output for step in lab.steps if step.output]
    files += [lab.cleanup] if lab.cleanup else []
    missing = [name for name in files if (lab_dir / name).relative_to(ROOT).as_posix() not in included]
    assert not missing, f"docs/{slug}/labs.md does not include {', '.join(missing)} of {_lab_id(lab_dir)}"


def test_every_included_lab_file_exists():
    for page in sorted((ROOT / "docs").glob("*/labs.md")):
        for path in SNIPPET.findall(page.read_text(encoding="utf-8")):
            assert (ROOT / path).is_file(), f"{page.relative_to(ROOT)} includes {path}, which does not exist"


# The runner itself, on small labs made here: a planted fault must fail, and say where.

def _make_lab(folder: Path, manifest: str, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "lab.yml").write_text(manifest, encoding="utf-8")
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_planted_fault_in_a_real_lab_fails(lab_host, tmp_path):
    """Drop `dev vethA` from the VXLAN lab: the device gets MTU 1500, not the 1450 the page shows."""
    lab = tmp_path / "vxlan-mtu"
    shutil.copytree(lab_runner.LABS / "nfv-sdn" / "vxlan-mtu", lab)
    script = lab / "02-vtep.sh"
    planted = script.read_text(encoding="utf-8").replace(" dev vethA", "")
    assert planted != script.read_text(encoding="utf-8"), "the fault was not planted"
    script.write_text(planted, encoding="utf-8")
    failures = lab_runner.run_lab(lab)
    assert len(failures) == 1, failures
    assert "step 2 (02-vtep.sh): output differs" in failures[0]
    assert "-3: vxlan100: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1450" in failures[0]
    assert "+3: vxlan100: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500" in failures[0]
    assert "hostA" not in subprocess.run(["ip", "netns", "list"], capture_output=True, text=True).stdout


def test_failing_step_names_lab_step_command_and_output(lab_host, tmp_path):
    lab = _make_lab(tmp_path / "broken", "title: broken\nsteps:\n  - script: a.sh\n  - script: b.sh\n", {
        "a.sh": "echo first\nip link show no-such-link\necho after\nfalse\n",
        "b.sh": "echo never\n",
    })
    failures = lab_runner.run_lab(lab)
    assert len(failures) == 1
    report = failures[0]
    assert "lab broken (broken), step 1 (a.sh): exit status 1, expected 0" in report
    assert "last command: false" in report
    assert 'Device "no-such-link" does not exist.' in report
    assert "never" not in report


def test_a_step_that_hangs_is_stopped(lab_host, tmp_path):
    lab = _make_lab(tmp_path / "hang", "title: hang\ntimeout: 2\nsteps:\n  - script: a.sh\n", {"a.sh": "sleep 30\n"})
    failures = lab_runner.run_lab(lab)
    assert len(failures) == 1 and "did not finish within 2 s" in failures[0]


def test_steps_run_in_their_own_namespace_not_the_hosts(lab_host, tmp_path):
    """A step that adds a link without naming a namespace adds it to the runner's namespace."""
    lab = _make_lab(tmp_path / "isolated", "title: isolated\nsteps:\n  - script: a.sh\n    output: a.out\n", {
        "a.sh": "ip link add labtest0 type veth peer name labtest1\nip -br link show labtest0 | cut -d' ' -f1\n",
        "a.out": "labtest0@labtest1\n",
    })
    assert lab_runner.run_lab(lab) == []
    host_links = subprocess.run(["ip", "-br", "link"], capture_output=True, text=True).stdout
    assert "labtest0" not in host_links


def test_cleanup_that_leaves_a_namespace_fails_and_the_runner_removes_it(lab_host, tmp_path):
    lab = _make_lab(tmp_path / "leaky", "title: leaky\nsteps:\n  - script: a.sh\ncleanup: c.sh\n", {
        "a.sh": "ip netns add labtest-leak\nip netns add labtest-kept\n",
        "c.sh": "ip netns del labtest-kept\n",
    })
    failures = lab_runner.run_lab(lab)
    assert failures == ["lab leaky: its cleanup (c.sh) left network namespaces: labtest-leak"]
    assert "labtest-leak" not in subprocess.run(["ip", "netns", "list"], capture_output=True, text=True).stdout


def test_cleanup_runs_after_a_failed_step(lab_host, tmp_path):
    lab = _make_lab(tmp_path / "fails", "title: fails\nsteps:\n  - script: a.sh\ncleanup: c.sh\n", {
        "a.sh": "ip netns add labtest-fail\nexit 3\n",
        "c.sh": "ip netns del labtest-fail\n",
    })
    failures = lab_runner.run_lab(lab)
    assert len(failures) == 1 and "exit status 3, expected 0" in failures[0]


def test_background_server_lives_until_the_lab_ends(lab_host, tmp_path):
    lab = _make_lab(tmp_path / "server", "title: server\nsteps:\n  - script: a.sh\n  - script: b.sh\n    output: b.out\n", {
        "a.sh": "python3 -m http.server 18999 --bind 127.0.0.1 > server.log 2>&1 &\nsleep 1\n",
        "b.sh": "python3 -c \"import urllib.request as u; print(u.urlopen('http://127.0.0.1:18999/').status)\"\n",
        "b.out": "200\n",
    })
    assert lab_runner.run_lab(lab) == []


def test_varying_output_is_normalised(lab_host, tmp_path):
    lab = _make_lab(tmp_path / "varies", "title: varies\nnormalize:\n  - ['port \\d+', 'port N']\n"
                    "steps:\n  - script: a.sh\n    output: a.out\n", {
        "a.sh": "echo \"link/ether $(printf '02:%02x:00:00:00:01' $((RANDOM % 256))) port $RANDOM\"\n",
        "a.out": "link/ether 02:aa:bb:cc:dd:ee port 4242\n",
    })
    assert lab_runner.run_lab(lab) == []


@pytest.mark.parametrize("manifest, message", [
    ("steps: []\n", "needs a 'title' and a non-empty 'steps' list"),
    ("title: x\nsteps:\n  - script: missing.sh\n", "step 1: no file missing.sh"),
    ("title: x\nsteps:\n  - script: a.sh\n    exit: sometimes\n", "'exit' is a number or \"any\""),
    ("title: x\ntimeout: 9999\nsteps:\n  - script: a.sh\n", "'timeout' is whole seconds"),
    ("title: x\nnormalize:\n  - ['(', 'y']\nsteps:\n  - script: a.sh\n", "normalize '('"),
    ("title: [unclosed\n", "cannot read"),
])
def test_malformed_lab_is_a_clear_error(tmp_path, manifest, message):
    lab = _make_lab(tmp_path / "bad", manifest, {"a.sh": "true\n"})
    with pytest.raises(lab_runner.LabError) as error:
        lab_runner.load_lab(lab)
    assert "lab.yml" in str(error.value) and message in str(error.value)
