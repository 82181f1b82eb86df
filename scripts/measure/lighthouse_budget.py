"""Run the pinned Lighthouse on key pages and fail when a score misses its budget.

    python scripts/measure/lighthouse_budget.py [--runs 3] [--site DIR] [--out .cache/lighthouse]

1. Starts scripts/measure/static_server.py on a free port of 127.0.0.1, under the
   sub-path GitHub Pages uses (/cloud-networking-study/), with gzip like Pages.
2. Builds the site (`mkdocs build --strict`) with SITE_URL set to that address,
   unless --site gives an already built one.
3. Runs Lighthouse (tools/node_modules, see tools/package.json) with its
   defaults: mobile form factor, simulated throttling. Chromium comes from
   $CHROMIUM, else /usr/bin/chromium, else /usr/bin/google-chrome.
4. Each page runs --runs times (default 3): Performance is the median of the
   runs (it varies with the machine's load); Accessibility, Best Practices and
   SEO do not depend on timing, so the worst run counts.
5. Prints a table of scores and, for every miss, the audits that cost points
   (id, title, score, displayed value). Exit status 1 on any miss.

Reports (JSON and HTML, one per run) go to --out, which is ignored by git.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import chromium
from site_pages import COMPETENCY_SLUGS
from static_server import make_server

ROOT = Path(__file__).resolve().parents[2]
LIGHTHOUSE = ROOT / "tools" / "node_modules" / "lighthouse" / "cli" / "index.js"
BASE_PATH = "/cloud-networking-study/"
# Minimum score (0-100) per Lighthouse category.
BUDGETS = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
CATEGORY_NAMES = {"performance": "Perf", "accessibility": "A11y", "best-practices": "BP", "seo": "SEO"}
# name -> path under the site root: every page type. Home, every competency page
# (the longest pages, with diagrams and a quiz), the longest labs page, the
# glossary, and the two pages whose content is built by JavaScript.
PAGES = {"home": "", **{slug: f"{slug}/" for slug in COMPETENCY_SLUGS}, "public-cloud-labs": "public-cloud/labs/",
         "glossary": "glossary/", "checklist": "checklist/", "progress": "progress/"}
CHROME_FLAGS = ["--headless=new", *chromium.ARGS]
# A first paint this long after the load event marks a held frame (see late_first_paint).
LATE_PAINT_MS = 500
# Lighthouse's own threshold for an audit to count as passed.
PASS = 0.9
# Audits whose score means nothing by itself.
UNSCORED_MODES = ("notApplicable", "informative", "manual")


def find_chromium() -> str | None:
    for candidate in (os.environ.get("CHROMIUM"), "/usr/bin/chromium", "/usr/bin/google-chrome"):
        if candidate and Path(candidate).exists():
            return candidate
    return shutil.which("chromium") or shutil.which("google-chrome")


def to_percent(score: float | None) -> int | None:
    """Lighthouse's 0-1 category score as the 0-100 it displays (rounded half up)."""
    return None if score is None else int(score * 100 + 0.5)


def category_scores(lhr: dict) -> dict[str, int | None]:
    """{category id: 0-100 score} of one Lighthouse result."""
    return {cid: to_percent(category.get("score")) for cid, category in lhr["categories"].items()}


@dataclass
class PageResult:
    """One page over several runs: the score that counts per category and the run it came from."""

    name: str
    url: str
    scores: dict[str, int | None] = field(default_factory=dict)
    runs_for: dict[str, dict] = field(default_factory=dict)  # category -> the lhr the score came from
    performance_runs: list[int | None] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def combine(name: str, url: str, lhrs: list[dict]) -> PageResult:
    """Median Performance over the runs; worst score for every other category."""
    result = PageResult(name=name, url=url)
    for lhr in lhrs:
        if lhr.get("runtimeError"):
            error = lhr["runtimeError"]
            result.errors.append(f"{error.get('code')}: {error.get('message')}")
    per_run = [category_scores(lhr) for lhr in lhrs]
    result.performance_runs = [scores.get("performance") for scores in per_run]
    for category in BUDGETS:
        runs = [(scores.get(category), lhr) for scores, lhr in zip(per_run, lhrs)]
        unscored = [lhr for score, lhr in runs if score is None]
        if unscored or not runs:
            result.scores[category] = None  # an error in any run is a miss
            if unscored:
                result.runs_for[category] = unscored[0]
            continue
        runs.sort(key=lambda pair: pair[0])
        # Performance: the median run (of an even count, the lower middle); others: the worst run.
        score, lhr = runs[(len(runs) - 1) // 2] if category == "performance" else runs[0]
        result.scores[category] = score
        result.runs_for[category] = lhr
    return result


def late_first_paint(lhr: dict) -> str | None:
    """A note when the run's first paint came long after the page had loaded.

    Headless Chromium sometimes holds a page's first frame back for whole
    seconds while the main thread is idle (GoogleChrome/lighthouse#17148).
    Lighthouse's simulation then counts the work done before that frame into
    FCP and LCP, so such a run scores lower for a cause outside the page.
    """
    metrics = lhr.get("audits", {}).get("metrics", {}).get("details", {}).get("items") or [{}]
    paint, load = metrics[0].get("observedFirstPaint"), metrics[0].get("observedLoad")
    if paint is None or load is None or paint - load < LATE_PAINT_MS:
        return None
    return f"first frame {paint - load:.0f} ms after load (headless frame hold, lighthouse#17148)"


# What the Performance score is made of, shown next to it: main-thread blocking
# time and largest paint (simulated on a mid-range phone), and the bytes sent.
# audit id -> (name, unit, Lighthouse's value per unit)
METRICS = {"total-blocking-time": ("TBT", "ms", 1), "largest-contentful-paint": ("LCP", "ms", 1),
           "total-byte-weight": ("bytes", "KB", 1000)}


def run_metrics(lhr: dict) -> dict[str, int | None]:
    """{name: value in its unit, rounded} of one run (TBT and LCP in ms, compressed bytes sent in KB)."""
    values = {}
    for audit_id, (name, _, scale) in METRICS.items():
        value = lhr.get("audits", {}).get(audit_id, {}).get("numericValue")
        values[name] = None if value is None else round(value / scale)
    return values


def format_metrics(metrics: dict[str, int | None]) -> str:
    return ", ".join(f"{name} {'?' if metrics[name] is None else metrics[name]} {unit}"
                     for name, unit, _ in METRICS.values())


def misses(scores: dict[str, int | None], budgets: dict[str, int] = BUDGETS) -> list[str]:
    """Categories below budget; a category without a score (an error) is a miss."""
    return [cid for cid, minimum in budgets.items() if scores.get(cid) is None or scores[cid] < minimum]


def failing_audits(lhr: dict, category: str) -> list[dict]:
    """The audits of a category that cost it points, worst first.

    Scored audits (weight > 0) below 1, audits that errored, and for
    Performance also the unweighted diagnostics and insights Lighthouse marks
    as failed (score below 0.9), since they explain the metrics.
    """
    found = []
    for ref in lhr["categories"].get(category, {}).get("auditRefs", []):
        audit = lhr["audits"].get(ref["id"], {})
        mode = audit.get("scoreDisplayMode")
        score = audit.get("score")
        if mode in UNSCORED_MODES:
            continue
        if mode == "error":
            failing = ref.get("weight", 0) > 0 or category == "performance"
        elif score is None:
            failing = False
        elif ref.get("weight", 0) > 0:
            failing = score < 1
        else:
            failing = category == "performance" and score < PASS
        if failing:
            found.append({
                "id": ref["id"],
                "title": audit.get("title", ""),
                "score": score,
                "displayValue": audit.get("displayValue", audit.get("errorMessage", "")),
                "weight": ref.get("weight", 0),
                "nodes": [item["node"].get("selector", "") for item in audit.get("details", {}).get("items", [])
                          if isinstance(item, dict) and isinstance(item.get("node"), dict)],
            })
    found.sort(key=lambda a: (-a["weight"], a["score"] if a["score"] is not None else -1, a["id"]))
    return found


def format_table(results: list[PageResult], budgets: dict[str, int] = BUDGETS) -> str:
    header = (["page"] + [f"{CATEGORY_NAMES.get(cid, cid)} (>={minimum})" for cid, minimum in budgets.items()]
              + ["TBT ms", "LCP ms", "KB sent"])
    rows = [header]
    for result in results:
        row = [result.name]
        for cid, minimum in budgets.items():
            score = result.scores.get(cid)
            cell = "error" if score is None else str(score)
            if score is None or score < minimum:
                cell += " MISS"
            row.append(cell)
        # Of the run whose Performance score counts (the median run).
        metrics = run_metrics(result.runs_for.get("performance") or {})
        row += ["-" if metrics[name] is None else str(metrics[name]) for name, _, _ in METRICS.values()]
        rows.append(row)
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)


def format_misses(results: list[PageResult], budgets: dict[str, int] = BUDGETS, max_nodes: int = 3) -> str:
    lines = []
    for result in results:
        for error in result.errors:
            lines.append(f"{result.name}: Lighthouse error {error}")
        for category in misses(result.scores, budgets):
            score = result.scores.get(category)
            lines.append(f"{result.name} ({result.url}): {category} {score if score is not None else 'error'} "
                         f"< {budgets[category]}")
            lhr = result.runs_for.get(category)
            if lhr is None:
                continue
            for audit in failing_audits(lhr, category):
                score_text = "error" if audit["score"] is None else f"{audit['score']:g}"
                value = f" ({audit['displayValue']})" if audit["displayValue"] else ""
                lines.append(f"  {audit['id']}: {audit['title']} score={score_text}{value}".replace("\xa0", " "))
                nodes = [node for node in audit["nodes"] if node]
                for node in nodes[:max_nodes]:
                    lines.append(f"      {node}")
                if len(nodes) > max_nodes:
                    lines.append(f"      ... {len(nodes) - max_nodes} more")
    return "\n".join(lines)


def run_lighthouse(url: str, out_base: Path, browser: str, timeout: int = 300) -> dict:
    """One Lighthouse run with default (mobile, simulated throttling) settings; returns the result JSON."""
    command = ["node", str(LIGHTHOUSE), url, "--quiet", "--output=json", "--output=html",
               f"--output-path={out_base}", f"--chrome-flags={' '.join(CHROME_FLAGS)}"]
    env = {**os.environ, "CHROME_PATH": browser}
    completed = subprocess.run(command, env=env, capture_output=True, text=True, timeout=timeout)
    report = out_base.with_name(out_base.name + ".report.json")
    if completed.returncode != 0 or not report.is_file():
        raise RuntimeError(f"lighthouse exited {completed.returncode} for {url}:\n{completed.stderr[-2000:]}")
    return json.loads(report.read_text(encoding="utf-8"))


def build_site(out: Path, site_url: str) -> None:
    env = {**os.environ, "SITE_URL": site_url, "NO_MKDOCS_2_WARNING": "1"}
    completed = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-d", str(out)],
                               cwd=ROOT, env=env, capture_output=True, text=True)
    if completed.returncode != 0:
        raise RuntimeError(f"mkdocs build --strict failed:\n{completed.stdout}\n{completed.stderr}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=int(os.environ.get("LIGHTHOUSE_RUNS", "3")),
                        help="Lighthouse runs per page; Performance is their median (default 3, "
                             "or $LIGHTHOUSE_RUNS)")
    parser.add_argument("--site", type=Path, help="an already built site (its SITE_URL should match --port)")
    parser.add_argument("--port", type=int, default=0, help="server port (default: a free one)")
    parser.add_argument("--out", type=Path, default=ROOT / ".cache" / "lighthouse",
                        help="where the built site and the reports go (default: .cache/lighthouse)")
    parser.add_argument("pages", nargs="*", help=f"page names to run (default: all of {', '.join(PAGES)})")
    args = parser.parse_args(argv)
    unknown = [name for name in args.pages if name not in PAGES]
    if unknown or args.runs < 1:
        parser.error(f"unknown page {unknown}; choose from {list(PAGES)}" if unknown else "--runs must be >= 1")
    if not LIGHTHOUSE.is_file():
        print(f"{LIGHTHOUSE.relative_to(ROOT)} missing: run `make tools`", file=sys.stderr)
        return 2
    browser = find_chromium()
    if browser is None:
        print("Chromium not found: set CHROMIUM or run `make browser`", file=sys.stderr)
        return 2

    started = time.monotonic()
    reports = args.out / "reports"
    shutil.rmtree(reports, ignore_errors=True)
    reports.mkdir(parents=True)
    site = args.site or args.out / "site"
    server = make_server(site, BASE_PATH, port=args.port)
    try:
        if args.site is None:
            print(f"Building the site for {server.url} into {site} ...", flush=True)
            build_site(site, server.url)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        print(f"Lighthouse {json.loads((LIGHTHOUSE.parent.parent / 'package.json').read_text())['version']}, "
              f"{browser}, mobile preset with simulated throttling; {args.runs} run(s) per page, "
              f"Performance = median of the runs, other categories = worst run.", flush=True)
        results = []
        for name in args.pages or list(PAGES):
            url = server.url + PAGES[name]
            lhrs = []
            for run in range(1, args.runs + 1):
                lhrs.append(run_lighthouse(url, reports / f"{name}-{run}", browser))
                note = late_first_paint(lhrs[-1])
                print(f"  {name} run {run}: " + ", ".join(
                    f"{CATEGORY_NAMES.get(cid, cid)} {score}" for cid, score in category_scores(lhrs[-1]).items())
                    + f"; {format_metrics(run_metrics(lhrs[-1]))}" + (f"; {note}" if note else ""), flush=True)
            results.append(combine(name, url, lhrs))
    finally:
        server.stop()

    print()
    print(format_table(results))
    if args.runs > 1:
        print("Performance runs: " + "; ".join(
            f"{r.name} {', '.join(str(s) for s in r.performance_runs)}" for r in results))
    failed = any(misses(result.scores) or result.errors for result in results)
    if failed:
        print("\nBudget misses and the audits behind them:")
        print(format_misses(results))
    print(f"\nReports: {reports} ({time.monotonic() - started:.0f} s)")
    print("FAIL: a Lighthouse score is below its budget" if failed else "OK: every page meets every budget")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
