"""Measure the bytes a first (cold-cache) load of a page transfers.

    python scripts/measure_page_weight.py [SITE_DIR] [PATH ...]

Serves SITE_DIR (default: site/, built for http://127.0.0.1:8000/ by
`make build`... any site_url works for relative assets) on 127.0.0.1, opens
each PATH (default: network-design/) in headless Chromium with an empty cache,
and prints bytes on the wire per resource type, from Chrome's own network log
(Network.loadingFinished encodedDataLength). The server sends files
uncompressed, as python -m http.server does; GitHub Pages compresses text, so
the published figure is smaller.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import sys
import threading
from collections import defaultdict
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def measure(site: Path, path: str) -> dict[str, int]:
    from playwright.sync_api import sync_playwright

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0),
                                             functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/{path.lstrip('/')}"
    kinds: dict[str, str] = {}
    totals: dict[str, int] = defaultdict(int)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            page = browser.new_context().new_page()
            cdp = page.context.new_cdp_session(page)
            cdp.send("Network.enable")
            cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
            cdp.on("Network.responseReceived", lambda e: kinds.__setitem__(e["requestId"], e["type"]))
            cdp.on("Network.loadingFinished", lambda e: totals.__setitem__(
                kinds.get(e["requestId"], "Other"), totals[kinds.get(e["requestId"], "Other")] + int(e["encodedDataLength"])))
            page.goto(url, wait_until="networkidle")
            page.wait_for_timeout(500)
            browser.close()
    finally:
        server.shutdown()
        server.server_close()
    return dict(totals)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", nargs="?", type=Path, default=Path("site"))
    parser.add_argument("paths", nargs="*", default=["network-design/"])
    args = parser.parse_args(argv)
    if not (args.site / "index.html").is_file():
        print(f"{args.site}: not a built site; run `make build` first", file=sys.stderr)
        return 2
    for path in args.paths:
        totals = measure(args.site, path)
        detail = ", ".join(f"{kind} {size / 1024:.0f} KiB" for kind, size in sorted(totals.items(), key=lambda i: -i[1]))
        print(f"/{path.lstrip('/')}: {sum(totals.values()) / 1024:.0f} KiB transferred ({detail})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
