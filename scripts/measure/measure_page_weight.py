"""Measure what a first (cold-cache) load of a page downloads, compressed and uncompressed.

    python scripts/measure/measure_page_weight.py [SITE_DIR] [PATH ...] [--base-path /cloud-networking-study/]

Serves SITE_DIR (default: site/; any site_url works, assets are relative) with
scripts/measure/static_server.py, which gzip-compresses text like GitHub Pages does,
opens each PATH (default: home, network-design/, checklist/, progress/) in a
fresh headless Chromium context (empty cache) and waits until the network is
idle. The server's own log gives every response the page caused, including the
search worker's script, which Chrome's page-level network log does not show.

Per resource type it prints the bytes transferred (response bodies as sent,
gzip where the server compressed them; HTTP headers, about 0.3 KB a response,
are not counted) and the uncompressed size of the same files. Sizes are in
bytes and kB (1 kB = 1,000 bytes).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import chromium
from static_server import Sent, serve

DEFAULT_PATHS = ("", "network-design/", "checklist/", "progress/")
KINDS = ("document", "script", "stylesheet", "json", "image", "font", "other")


def kind_of(content_type: str) -> str:
    """Resource type of a response from its Content-Type."""
    mime = content_type.split(";")[0].strip().lower()
    if mime == "text/html":
        return "document"
    if mime in ("application/javascript", "text/javascript", "application/x-javascript"):
        return "script"
    if mime == "text/css":
        return "stylesheet"
    if mime in ("application/json", "application/manifest+json"):
        return "json"
    if mime.startswith("image/"):
        return "image"
    if mime.startswith("font/") or mime in ("application/font-woff", "application/x-font-woff"):
        return "font"
    return "other"


@dataclass
class PageWeight:
    """The responses one cold page load caused."""

    path: str
    responses: list[Sent] = field(default_factory=list)

    def totals(self) -> dict[str, tuple[int, int]]:
        """{kind: (transferred bytes, uncompressed bytes)}."""
        sums: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for sent in self.responses:
            entry = sums[kind_of(sent.content_type)]
            entry[0] += sent.transferred
            entry[1] += sent.uncompressed
        return {kind: (pair[0], pair[1]) for kind, pair in sums.items()}

    def transferred(self, kind: str | None = None) -> int:
        return sum(s.transferred for s in self.responses if kind is None or kind_of(s.content_type) == kind)

    def uncompressed(self, kind: str | None = None) -> int:
        return sum(s.uncompressed for s in self.responses if kind is None or kind_of(s.content_type) == kind)

    def requested(self, fragment: str) -> list[str]:
        """Paths of the responses whose path contains `fragment`."""
        return [s.path for s in self.responses if fragment in s.path]


# Resolves once the page's main thread has had nothing to do (or after 5 s).
_IDLE = "new Promise(done => requestIdleCallback(() => done(), {timeout: 5000}))"


def measure_page(browser, server, path: str, settle_ms: int = 1000, max_rounds: int = 20) -> PageWeight:
    """Load server.url + path in a new (cold) browser context; return what the server sent for it.

    "Done" means: the network went idle, then the main thread went idle and the
    server sent nothing more for settle_ms, twice in a row. A long page keeps
    the main thread busy for seconds before its scripts ask for more (the
    search index, a lazily loaded library), so network idle alone is too early.
    """
    server.take_log()  # forget anything an earlier page left behind
    responses: list[Sent] = []
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(server.url + path.lstrip("/"), wait_until="networkidle")
        quiet = 0
        for _ in range(max_rounds):
            page.evaluate(_IDLE)
            page.wait_for_timeout(settle_ms)
            page.evaluate(_IDLE)
            new = server.take_log()
            responses += new
            quiet = 0 if new else quiet + 1
            if quiet == 2:
                break
    finally:
        context.close()
    return PageWeight(path="/" + path.lstrip("/"), responses=responses + server.take_log())


def measure(site: Path, paths: list[str], base_path: str = "/") -> list[PageWeight]:
    from playwright.sync_api import sync_playwright

    server = serve(site, base_path)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium.executable(), args=chromium.ARGS)
            try:
                return [measure_page(browser, server, path) for path in paths]
            finally:
                browser.close()
    finally:
        server.stop()


def kb(size: int) -> str:
    return f"{size / 1000:,.1f} kB"


def format_report(weights: list[PageWeight]) -> str:
    """One block per page: a row per resource type, transferred and uncompressed."""
    lines = []
    for weight in weights:
        totals = weight.totals()
        lines.append(f"{weight.path}: {kb(weight.transferred())} transferred, "
                     f"{kb(weight.uncompressed())} uncompressed, {len(weight.responses)} responses")
        for kind in sorted(totals, key=lambda k: (KINDS.index(k), k)):
            sent, raw = totals[kind]
            lines.append(f"  {kind:<11} {kb(sent):>12} {kb(raw):>12}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", nargs="?", type=Path, default=Path("site"))
    parser.add_argument("paths", nargs="*", default=list(DEFAULT_PATHS),
                        help="pages relative to the site root, e.g. network-design/ ('' is home)")
    parser.add_argument("--base-path", default="/", help="serve the site under this sub-path")
    args = parser.parse_intermixed_args(argv)
    if not (args.site / "index.html").is_file():
        print(f"{args.site}: not a built site; run `make build` first", file=sys.stderr)
        return 2
    print("Cold-cache load; transferred = response bodies as sent (gzip for text), headers not counted; "
          "1 kB = 1,000 bytes.")
    print(f"  {'type':<11} {'transferred':>12} {'uncompressed':>12}")
    print(format_report(measure(args.site, args.paths, args.base_path)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
