"""Type the learner query set into the built site's search box and count top-3 hits.

    python scripts/measure/search_hit_rate.py SITE_DIR [--queries tests/data/search_queries.yml] [--top 3]

Each query in the set names the page that teaches it (`page: network-design`)
and, where it matters, the heading of the section (`section: ...`). A query
hits when its page is among the first TOP distinct pages of Material's result
list and, if a section is named, a link to that section is among those pages'
results. The site is served like GitHub Pages (scripts/measure/static_server.py) and
searched in Debian's Chromium; tests/test_e2e.py runs the same function.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

import yaml

import chromium

ROOT = Path(__file__).resolve().parents[2]
QUERIES = ROOT / "tests" / "data" / "search_queries.yml"
_HEADING = re.compile(r'<h([2-6]) id="(?P<id>[^"]+)"[^>]*>(?P<text>.*?)<a class="headerlink"', re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class Case:
    query: str
    page: str
    section: str | None = None


def load_cases(path: Path = QUERIES) -> list[Case]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    cases = []
    for number, entry in enumerate(data, 1):
        if not isinstance(entry, dict) or not entry.get("query") or not entry.get("page"):
            raise SystemExit(f"{path.name}: entry {number}: needs 'query' and 'page'")
        cases.append(Case(str(entry["query"]), str(entry["page"]), entry.get("section")))
    return cases


def section_anchors(site: Path, page: str) -> dict[str, str]:
    """Heading text -> id on a built page, as the site renders it."""
    text = (site / page / "index.html").read_text(encoding="utf-8")
    return {html.unescape(_TAG.sub("", match["text"])).strip(): match["id"] for match in _HEADING.finditer(text)}


def expected_targets(site: Path, cases: list[Case]) -> dict[Case, str | None]:
    """Each case's section anchor; a section heading missing from its page is an error in the set."""
    targets, problems = {}, []
    anchors = {page: section_anchors(site, page) for page in {case.page for case in cases if case.section}}
    for case in cases:
        if not case.section:
            targets[case] = None
            continue
        anchor = anchors[case.page].get(case.section)
        if anchor is None:
            problems.append(f"{case.query!r}: page {case.page} has no heading {case.section!r}")
        targets[case] = anchor
    if problems:
        raise ValueError("search query set names sections that do not exist:\n" + "\n".join(problems))
    return targets


def run_queries(page, base_url: str, cases: list[Case], targets: dict[Case, str | None], top: int = 3) -> list[str]:
    """Type each query into one open search box; return the misses, each with what ranked instead."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    page.goto(base_url, wait_until="load")
    page.locator("label.md-search__icon, .md-search__input").first.click()
    box = page.locator("input.md-search__input")
    base = urlsplit(base_url).path
    misses = []
    for case in cases:
        # Mark the current results, type, and wait until Material has replaced them.
        page.evaluate("document.querySelectorAll('.md-search-result__item').forEach(e => e.dataset.stale = '1')")
        box.fill(case.query)
        box.press("End")
        try:
            page.wait_for_function(
                "() => { const items = document.querySelectorAll('.md-search-result__item');"
                " return items.length > 0 && !items[0].dataset.stale; }", timeout=5000)
        except PlaywrightTimeout:
            pass
        hrefs = page.locator(".md-search-result__item a").evaluate_all("els => els.map(e => e.getAttribute('href'))")
        links = [unquote(urlsplit(href).path.removeprefix(base).strip("/") + "#" + urlsplit(href).fragment)
                 for href in hrefs]
        pages = list(dict.fromkeys(link.split("#")[0] for link in links))[:top]
        anchor = targets[case]
        hit = case.page in pages and (anchor is None or f"{case.page}#{anchor}" in links)
        if not hit:
            shown = [link for link in links if link.split("#")[0] in pages][:5]
            misses.append(f"{case.query!r} (want {case.page}{'#' + anchor if anchor else ''}) -> {shown}")
    return misses


def main(argv: list[str] | None = None) -> int:
    from playwright.sync_api import sync_playwright

    from static_server import serve

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--queries", type=Path, default=QUERIES)
    parser.add_argument("--top", type=int, default=3)
    parser.add_argument("--chromium", default=chromium.executable())
    args = parser.parse_args(argv)
    cases = load_cases(args.queries)
    try:
        targets = expected_targets(args.site, cases)
    except ValueError as error:
        print(error, file=sys.stderr)
        return 2
    server = serve(args.site)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=args.chromium, args=chromium.ARGS)
            misses = run_queries(browser.new_page(), server.url, cases, targets, args.top)
            browser.close()
    finally:
        server.stop()
    for miss in misses:
        print("miss:", miss)
    print(f"search hit rate (top {args.top}): {len(cases) - len(misses)}/{len(cases)} "
          f"= {1 - len(misses) / len(cases):.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
