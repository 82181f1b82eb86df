"""Run the labs under labs/ the way a learner would, and compare their output with the page's.

    python scripts/checks/lab_runner.py [--update] [LAB_DIR ...]

A lab is a folder labs/<slug>/<lab>/ with a `lab.yml`:

    title: "실습 3: VXLAN 오버레이 수동 구성과 MTU 효과"
    timeout: 30              # seconds per step (default 60, at most 300)
    normalize:               # extra [regex, replacement] pairs for output that varies
      - ['id \\d+, seq', 'id N, seq']
    steps:
      - script: 01-underlay.sh
      - script: 02-vtep.sh
        output: 02-vtep.out  # expected output, as one real run printed it
        exit: 0              # expected exit status (default 0; "any" to accept every status)
    cleanup: cleanup.sh      # always runs, also after a failed step

The labs page includes each script and output file with pymdownx.snippets, so
the text a learner copies is the text that ran. Every step runs as
`bash <script>`, in order, in one fresh copy of the lab folder (also its HOME),
with the project's virtual environment first on PATH and a `sudo` that just
runs its command (the runner is root already).

Isolation: the runner creates a network namespace of its own and runs every
step inside it (nsenter --net, same mount namespace, so namespaces that a
step makes with `ip netns add` persist to the next step). Anything a step does
to "the host" - links, routes, nftables, sysctls, sockets on 127.0.0.1 - lands
in that namespace, never on the machine's own. After the cleanup script the
runner kills what still runs in the namespaces the lab made and removes them;
a namespace the cleanup script left behind is a failure, because the page's
정리 step would leave it on the learner's machine too.

`--update` rewrites each step's output file with what this run printed (read
the diff before committing it). Exit 1 with a report per failed lab.
"""

from __future__ import annotations

import argparse
import difflib
import fcntl
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
LABS = ROOT / "labs"
NETNS_DIR = Path("/run/netns")
LOCK = Path("/run/lab_runner.lock")
DEFAULT_TIMEOUT, MAX_TIMEOUT = 60, 300
TAIL_LINES = 40

# Output that differs from run to run on any machine. Both the expected and the
# actual output pass through these before they are compared.
BUILTIN_NORMALIZE = [
    (r"\b[0-9a-f]{2}(:[0-9a-f]{2}){5}\b", "<mac>"),
    (r"\btime[=<]\d+(\.\d+)? ?ms\b", "time=<t> ms"),
    (r"\b\d{2}:\d{2}:\d{2}\.\d{6}\b", "<clock>"),
    (r"rtt min/avg/max/mdev = [\d./]+ ms", "rtt <rtt> ms"),
    (r"\btime \d+ms\b", "time <t>ms"),
]

SUDO_SHIM = """#!/bin/sh
# The lab runner is root already: run the command as sudo would, keeping VAR=value prefixes.
while [ "${1#-}" != "$1" ]; do shift; done
exec env "$@"
"""


class LabError(Exception):
    """A lab whose files are malformed: names the file and what is wrong."""


@dataclass
class Step:
    script: str
    output: str | None = None
    exit: int | str = 0


@dataclass
class Lab:
    path: Path
    title: str
    steps: list[Step]
    cleanup: str | None = None
    timeout: int = DEFAULT_TIMEOUT
    normalize: list[tuple[str, str]] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.path.relative_to(LABS).as_posix() if self.path.is_relative_to(LABS) else self.path.name


def load_lab(path: Path) -> Lab:
    manifest = path / "lab.yml"
    where = manifest.relative_to(ROOT) if manifest.is_relative_to(ROOT) else manifest
    try:
        data = yaml.safe_load(manifest.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise LabError(f"{where}: cannot read: {error}") from None
    if not isinstance(data, dict) or not isinstance(data.get("steps"), list) or not data["steps"]:
        raise LabError(f"{where}: needs a 'title' and a non-empty 'steps' list")
    steps = []
    for number, raw in enumerate(data["steps"], 1):
        if not isinstance(raw, dict) or not isinstance(raw.get("script"), str):
            raise LabError(f"{where}: step {number} needs a 'script'")
        step = Step(script=raw["script"], output=raw.get("output"), exit=raw.get("exit", 0))
        if not isinstance(step.exit, int) and step.exit != "any":
            raise LabError(f"{where}: step {number} ({step.script}): 'exit' is a number or \"any\"")
        for name in (step.script, step.output):
            if name is not None and not (path / name).is_file():
                raise LabError(f"{where}: step {number}: no file {name} in {path.name}/")
        steps.append(step)
    cleanup = data.get("cleanup")
    if cleanup is not None and not (path / cleanup).is_file():
        raise LabError(f"{where}: cleanup: no file {cleanup} in {path.name}/")
    timeout = data.get("timeout", DEFAULT_TIMEOUT)
    if not isinstance(timeout, int) or not 0 < timeout <= MAX_TIMEOUT:
        raise LabError(f"{where}: 'timeout' is whole seconds, 1 to {MAX_TIMEOUT}")
    normalize = []
    for pair in data.get("normalize") or []:
        if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(p, str) for p in pair)):
            raise LabError(f"{where}: each 'normalize' entry is [regex, replacement]")
        try:
            re.compile(pair[0])
        except re.error as error:
            raise LabError(f"{where}: normalize {pair[0]!r}: {error}") from None
        normalize.append((pair[0], pair[1]))
    return Lab(path, str(data.get("title", path.name)), steps, cleanup, timeout, normalize)


def all_labs() -> list[Path]:
    return sorted(manifest.parent for manifest in LABS.glob("*/*/lab.yml"))


def normalized(text: str, lab: Lab) -> str:
    for pattern, replacement in [*BUILTIN_NORMALIZE, *lab.normalize]:
        text = re.sub(pattern, replacement, text, flags=re.MULTILINE)
    return "\n".join(line.rstrip() for line in text.strip("\n").splitlines())


def _namespaces() -> set[str]:
    return {entry.name for entry in NETNS_DIR.iterdir()} if NETNS_DIR.is_dir() else set()


def _kill_namespace(name: str) -> None:
    """Kill every process in a namespace, then delete it; bounded waits."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        pids = subprocess.run(["ip", "netns", "pids", name], capture_output=True, text=True, timeout=10).stdout.split()
        for pid in pids:
            try:
                os.kill(int(pid), sig)
            except (ProcessLookupError, ValueError):
                pass
        deadline = time.monotonic() + 5
        while pids and time.monotonic() < deadline:
            time.sleep(0.1)
            pids = subprocess.run(["ip", "netns", "pids", name], capture_output=True, text=True, timeout=10).stdout.split()
        if not pids:
            break
    subprocess.run(["ip", "netns", "del", name], capture_output=True, timeout=10)


def _kill_groups(groups: list[int]) -> None:
    """A step's background jobs (`server &`) live on into later steps; at the end they go."""
    for group in groups:
        try:
            os.killpg(group, signal.SIGKILL)
        except ProcessLookupError:
            pass


@dataclass
class StepResult:
    script: str
    status: int | None  # None: timed out
    output: str
    trace: str


def _run_step(script: str, workdir: Path, netns: str, env: dict[str, str], timeout: int,
              sessions: list[int]) -> StepResult:
    # One output file per step: a background job of an earlier step may still write to its own.
    out_path, trace_path = workdir / f".lab-output-{len(sessions)}", workdir / f".lab-trace-{len(sessions)}"
    # xtrace goes to a file of its own (fd 9) so that the output stays what a learner sees;
    # it names the last command when a step fails.
    command = ["nsenter", f"--net={NETNS_DIR / netns}", "--", "bash", "-c",
               'exec 9>"$1"; BASH_XTRACEFD=9; set -x; source "$0"', script, str(trace_path)]
    with open(out_path, "wb") as out:
        process = subprocess.Popen(command, cwd=workdir, env=env, stdin=subprocess.DEVNULL, stdout=out,
                                   stderr=subprocess.STDOUT, start_new_session=True)
        sessions.append(process.pid)
        try:
            status: int | None = process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            status = None
            _kill_groups([process.pid])
            process.wait(timeout=10)
    read = lambda path: path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""
    return StepResult(script, status, read(out_path), read(trace_path))


def _tail(text: str) -> str:
    lines = text.rstrip("\n").splitlines()
    return "\n".join(("    " + line) for line in lines[-TAIL_LINES:]) or "    (nothing)"


def _commands_run(trace: str) -> str:
    lines = [line for line in trace.splitlines() if line.startswith("+")]
    return lines[-1].lstrip("+ ") if lines else "(none)"


def _failure(lab: Lab, number: int, result: StepResult, reason: str) -> str:
    return (f"lab {lab.name} ({lab.title}), step {number} ({result.script}): {reason}\n"
            f"  last command: {_commands_run(result.trace)}\n"
            f"  it printed:\n{_tail(result.output)}")


def _compare(lab: Lab, number: int, step: Step, result: StepResult, update: bool) -> str | None:
    if result.status is None:
        return _failure(lab, number, result, f"did not finish within {lab.timeout} s")
    if step.exit != "any" and result.status != step.exit:
        return _failure(lab, number, result, f"exit status {result.status}, expected {step.exit}")
    if not step.output:
        return None
    expected_file = lab.path / step.output
    if update:
        expected_file.write_text(result.output, encoding="utf-8")
        return None
    expected = normalized(expected_file.read_text(encoding="utf-8"), lab)
    actual = normalized(result.output, lab)
    if expected == actual:
        return None
    diff = "\n".join(difflib.unified_diff(expected.splitlines(), actual.splitlines(),
                                          f"{step.output} (on the page)", "this run", lineterm="", n=1))
    return _failure(lab, number, result, "output differs from the page's:\n" + diff)


def run_lab(path: Path, update: bool = False) -> list[str]:
    """Run one lab; return its failures (empty when every step ran as the page says).

    One lab at a time on a machine (a lock file): the namespace check below
    counts every namespace that appeared during the run as the lab's.
    """
    lab = load_lab(path)
    with open(LOCK, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        return _run_locked(lab, update)


def _run_locked(lab: Lab, update: bool) -> list[str]:
    failures: list[str] = []
    before = _namespaces()
    netns = f"labrun-{os.getpid()}"
    workdir = Path(tempfile.mkdtemp(prefix="labrun-"))
    shutil.copytree(lab.path, workdir, dirs_exist_ok=True)
    shim = workdir / ".lab-bin"
    shim.mkdir()
    (shim / "sudo").write_text(SUDO_SHIM, encoding="utf-8")
    (shim / "sudo").chmod(0o755)
    env = {
        "PATH": f"{shim}:{Path(sys.executable).parent}:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
        "HOME": str(workdir), "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": "dumb",
        "PYTHONDONTWRITEBYTECODE": "1", "PYTHONUNBUFFERED": "1",
    }
    sessions: list[int] = []
    try:
        subprocess.run(["ip", "netns", "add", netns], check=True, capture_output=True, timeout=10)
        subprocess.run(["ip", "-n", netns, "link", "set", "lo", "up"], check=True, capture_output=True, timeout=10)
        for number, step in enumerate(lab.steps, 1):
            failure = _compare(lab, number, step, _run_step(step.script, workdir, netns, env, lab.timeout, sessions), update)
            if failure:
                failures.append(failure)
                break
    finally:
        if lab.cleanup and netns in _namespaces():
            result = _run_step(lab.cleanup, workdir, netns, env, lab.timeout, sessions)
            if result.status != 0:
                failures.append(_failure(lab, len(lab.steps) + 1, result, f"cleanup exit status {result.status}"))
        _kill_groups(sessions)
        left = sorted(_namespaces() - before - {netns})
        if left and lab.cleanup:
            failures.append(f"lab {lab.name}: its cleanup ({lab.cleanup}) left network namespaces: {', '.join(left)}")
        for name in [*left, netns]:
            _kill_namespace(name)
        shutil.rmtree(workdir, ignore_errors=True)
    return failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("labs", nargs="*", type=Path, help="lab folders (default: every labs/*/*/lab.yml)")
    parser.add_argument("--update", action="store_true", help="rewrite each step's output file from this run")
    args = parser.parse_args(argv)
    if os.geteuid() != 0:
        print("lab_runner: the labs make network namespaces and need root", file=sys.stderr)
        return 2
    paths = [p.resolve() for p in args.labs] or all_labs()
    failed = 0
    for path in paths:
        started = time.monotonic()
        try:
            lab = load_lab(path)
            counts = f"{len(lab.steps)} steps, {sum(bool(step.output) for step in lab.steps)} outputs compared, "
            failures = run_lab(path, update=args.update)
        except LabError as error:
            counts, failures = "", [str(error)]
        status = "FAIL" if failures else "ok"
        print(f"{status:4} {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path} "
              f"({counts}{time.monotonic() - started:.1f} s)")
        for failure in failures:
            print("  " + failure.replace("\n", "\n  "))
        failed += bool(failures)
    print(f"{len(paths) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
