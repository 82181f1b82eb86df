"""Check the external links of the built site (needs network access).

    python scripts/checks/check_external_links.py [SITE_DIR] [--cache FILE] [--allowlist FILE]

Collects every http(s) link from the built pages and fetches each once, in
parallel, with a timeout. A 429 or 5xx answer, a timeout or a dropped
connection is retried with exponential backoff, honouring Retry-After.
Redirects are followed and reported, so stale addresses can be updated.
Links that answered 2xx within the cache's lifetime are not fetched again.
URLs listed in the allow-list (each with a reason) are skipped. Exits 1 if any
link is broken. Run weekly by .github/workflows/links.yml; CI, which has no
internet, checks internal links only (check_links.py).
"""

from __future__ import annotations

import argparse
import email.utils
import json
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urldefrag

import requests
import yaml

from check_links import is_external, parse_page

RETRY_STATUSES = {429, 500, 502, 503, 504}
USER_AGENT = "cloud-net-study-link-checker/1.0 (+weekly link check of a study site)"


@dataclass
class Result:
    url: str
    ok: bool
    status: int | None
    detail: str
    final_url: str | None = None


@dataclass
class Settings:
    timeout: float = 15.0
    retries: int = 3
    backoff: float = 1.0
    max_wait: float = 30.0
    concurrency: int = 8


def collect_links(site: Path) -> dict[str, list[str]]:
    """External http(s) URL (without fragment) -> pages that link to it."""
    links: dict[str, list[str]] = {}
    for path in sorted(site.rglob("*.html")):
        page = path.relative_to(site).as_posix()
        for link in parse_page(path).links:
            if is_external(link) and link.startswith(("http://", "https://")):
                url = urldefrag(link).url
                pages = links.setdefault(url, [])
                if page not in pages:
                    pages.append(page)
    return links


def load_allowlist(path: Path | None) -> dict[str, str]:
    """URL prefix -> reason. Every entry must give a reason."""
    if path is None or not path.is_file():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    allow: dict[str, str] = {}
    for number, entry in enumerate(data, start=1):
        if not isinstance(entry, dict) or not entry.get("url") or not str(entry.get("reason", "")).strip():
            raise ValueError(f"{path}: entry {number} needs 'url' and a non-empty 'reason'")
        allow[entry["url"]] = entry["reason"]
    return allow


def retry_after_seconds(value: str | None) -> float | None:
    """Retry-After is either delay-seconds or an HTTP-date (RFC 9110, 10.2.3)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, moment.timestamp() - time.time())


def check_url(url: str, settings: Settings, session: requests.Session, sleep=time.sleep) -> Result:
    detail = ""
    status = None
    for attempt in range(settings.retries + 1):
        wait = settings.backoff * (2 ** attempt)
        try:
            with session.get(url, timeout=settings.timeout, allow_redirects=True, stream=True,
                             headers={"User-Agent": USER_AGENT}) as response:
                status = response.status_code
                if status < 400:
                    final = response.url if response.url != url else None
                    note = f"redirected to {final}" if final else "ok"
                    return Result(url, True, status, note, final)
                detail = f"HTTP {status}"
                if status not in RETRY_STATUSES:
                    return Result(url, False, status, detail)
                hinted = retry_after_seconds(response.headers.get("Retry-After"))
                if hinted is not None:
                    wait = hinted
        except requests.RequestException as error:
            detail = f"{type(error).__name__}: {error}"
        if attempt < settings.retries:
            sleep(min(wait, settings.max_wait))
    return Result(url, False, status, f"{detail} after {settings.retries + 1} attempts")


def load_cache(path: Path | None, max_age: float) -> dict[str, float]:
    if path is None or not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # a corrupt cache only costs a re-check
    now = time.time()
    return {url: stamp for url, stamp in data.items()
            if isinstance(stamp, (int, float)) and now - stamp < max_age}


def run(site: Path, settings: Settings, cache_path: Path | None, allow: dict[str, str],
        max_age: float) -> tuple[list[Result], dict[str, list[str]], int]:
    links = collect_links(site)
    cache = load_cache(cache_path, max_age)
    todo = [url for url in links
            if url not in cache and not any(url.startswith(prefix) for prefix in allow)]
    with requests.Session() as session, ThreadPoolExecutor(max_workers=settings.concurrency) as pool:
        results = list(pool.map(lambda url: check_url(url, settings, session), todo))
    if cache_path is not None:
        now = time.time()
        cache.update({result.url: now for result in results if result.ok})
        cache_path.parent.mkdir(parents=True, exist_ok=True)
        cache_path.write_text(json.dumps(cache, indent=1, sort_keys=True), encoding="utf-8")
    return results, links, len(links) - len(todo)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", nargs="?", type=Path, default=Path("site"))
    parser.add_argument("--cache", type=Path, default=Path(".cache/external-links.json"))
    parser.add_argument("--cache-days", type=float, default=7.0)
    parser.add_argument("--allowlist", type=Path, default=Path(__file__).with_name("external_links_allowlist.yml"))
    parser.add_argument("--timeout", type=float, default=15.0)
    parser.add_argument("--retries", type=int, default=3)
    parser.add_argument("--backoff", type=float, default=1.0)
    parser.add_argument("--concurrency", type=int, default=8)
    args = parser.parse_args(argv)
    if not (args.site / "index.html").is_file():
        print(f"{args.site}: not a built site (no index.html); run `mkdocs build` first", file=sys.stderr)
        return 2
    try:
        allow = load_allowlist(args.allowlist)
    except (ValueError, yaml.YAMLError) as error:
        print(f"allow-list error: {error}", file=sys.stderr)
        return 2
    settings = Settings(timeout=args.timeout, retries=args.retries, backoff=args.backoff,
                        concurrency=args.concurrency)
    results, links, skipped = run(args.site, settings, args.cache, allow, args.cache_days * 86400)
    broken = [result for result in results if not result.ok]
    for result in results:
        if result.ok and result.final_url:
            print(f"note: {result.url}: {result.detail}")
    for result in broken:
        print(f"{result.url}: {result.detail} (linked from {', '.join(links[result.url])})")
    print(f"{len(results)} external links fetched, {skipped} skipped (cached or allow-listed), {len(broken)} broken")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
