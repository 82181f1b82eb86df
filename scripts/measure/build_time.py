"""How long a warm `mkdocs build --strict` of the whole site takes, and where the time goes.

    python scripts/measure/build_time.py            # 1 warm-up build, then 5 timed builds; median vs budget
    python scripts/measure/build_time.py --profile  # one build, time per plugin/hook event and per Markdown render

The timed builds are separate processes, as `make build` runs them: the figure
includes Python's start-up and every import. "Warm" means the caches a previous
build leaves (the diagram SVGs in data/diagrams/, .cache/korean-terms.json) and
the operating system's file cache are in place. `make serve` rebuilds in about
this time after every edit. Exit status 1 when the median is over the budget.
"""

from __future__ import annotations

import argparse
import collections
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BUDGET_SECONDS = 6.0


def timed_build(site_dir: str) -> float:
    start = time.perf_counter()
    completed = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-d", site_dir],
        cwd=ROOT, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}, capture_output=True, text=True,
    )
    elapsed = time.perf_counter() - start
    if completed.returncode != 0:
        raise SystemExit(f"mkdocs build failed:\n{completed.stderr}")
    return elapsed


def profile(site_dir: str) -> collections.Counter:
    """Seconds per (event, plugin or hook) of one in-process build, and for Markdown rendering."""
    from mkdocs import plugins
    from mkdocs.__main__ import cli
    from mkdocs.structure.pages import Page

    spent: collections.Counter = collections.Counter()
    run_event = plugins.PluginCollection.run_event

    def timed_run_event(self, name, item=None, **kwargs):
        # MkDocs' own loop, with a clock around each method.
        for method in self.events[name]:
            self._current_plugin = self._event_origins.get(method, "<unknown>")
            start = time.perf_counter()
            result = method(item, **kwargs) if item is not None else method(**kwargs)
            spent[f"{name}: {self._current_plugin}"] += time.perf_counter() - start
            if result is not None:
                item = result
        self._current_plugin = None
        return item

    render = Page.render

    def timed_render(self, config, files):
        start = time.perf_counter()
        render(self, config, files)
        spent["Markdown to HTML (all pages)"] += time.perf_counter() - start

    plugins.PluginCollection.run_event, Page.render = timed_run_event, timed_render
    os.environ["NO_MKDOCS_2_WARNING"] = "1"
    start = time.perf_counter()
    try:
        cli(["build", "--strict", "--quiet", "-f", str(ROOT / "mkdocs.yml"), "-d", site_dir], standalone_mode=False)
    finally:
        plugins.PluginCollection.run_event, Page.render = run_event, render
    spent["total (in process, after start-up)"] = time.perf_counter() - start
    return spent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--budget", type=float, default=BUDGET_SECONDS)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as site_dir:
        if args.profile:
            spent = profile(site_dir)
            total = spent.pop("total (in process, after start-up)")
            shown = spent.most_common(15)
            for name, seconds in shown:
                print(f"{seconds:6.2f} s  {seconds / total:4.0%}  {name}")
            rest = total - sum(seconds for _, seconds in shown)
            print(f"{rest:6.2f} s  {rest / total:4.0%}  everything else (config, theme templates, copying files)")
            print(f"{total:6.2f} s  total (in process, after start-up)")
            return 0
        timed_build(site_dir)  # warm-up: fills the caches and the file cache
        times = [timed_build(site_dir) for _ in range(args.runs)]
    median = statistics.median(times)
    print(f"warm mkdocs build --strict: {', '.join(f'{t:.2f}' for t in times)} s; median {median:.2f} s "
          f"(budget {args.budget:.1f} s, load average {os.getloadavg()[0]:.2f})")
    return 0 if median <= args.budget else 1


if __name__ == "__main__":
    sys.exit(main())
