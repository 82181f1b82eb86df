"""Check every internal link of the built site, offline.

    python scripts/check_links.py [SITE_DIR]

Reads every HTML page under SITE_DIR (default: site/), and checks that each
internal href/src (pages, assets, #anchors, also inside quiz explanations and
navigation) points to a file that exists and, for a #fragment, to an element
with that id on the target page. External links (http, https, mailto, ...) are
not fetched here: check_external_links.py does that. Exit 1 with
`page: link: reason` lines if anything is broken.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

LINK_ATTRIBUTES = {"href", "src"}
# Links that are not addresses of a resource at all.
IGNORED_SCHEMES = ("javascript:void(0)",)
SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


@dataclass(frozen=True)
class Broken:
    page: str
    link: str
    reason: str

    def __str__(self) -> str:
        return f"{self.page}: {self.link}: {self.reason}"


class _PageParser(HTMLParser):
    """Collects links (href/src) and element ids of one HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if value is None:
                continue
            if name in LINK_ATTRIBUTES:
                self.links.append(value.strip())
            elif name == "id" or (name == "name" and tag == "a"):
                self.ids.add(value)

    handle_startendtag = handle_starttag


@dataclass
class Page:
    links: list[str]
    ids: set[str]


def parse_page(path: Path) -> Page:
    parser = _PageParser()
    parser.feed(path.read_text(encoding="utf-8", errors="replace"))
    parser.close()
    return Page(links=parser.links, ids=parser.ids)


def _parse_all(site: Path, broken: list[Broken]) -> dict[Path, Page]:
    pages: dict[Path, Page] = {}
    for path in sorted(site.rglob("*.html")):
        try:
            pages[path] = parse_page(path)
        except (AssertionError, ValueError) as error:  # html.parser's rare hard failures
            broken.append(Broken(path.relative_to(site).as_posix(), "", f"cannot parse HTML: {error}"))
            pages[path] = Page(links=[], ids=set())
    return pages


def is_external(link: str) -> bool:
    return bool(SCHEME.match(link)) or link.startswith("//")


def site_base_path(site: Path) -> str:
    """The URL path the site is built for (from site_url, via sitemap.xml)."""
    sitemap = site / "sitemap.xml"
    if sitemap.is_file():
        match = re.search(r"<loc>([^<]+)</loc>", sitemap.read_text(encoding="utf-8", errors="replace"))
        if match:
            path = urlsplit(match.group(1).strip()).path
            return path if path.endswith("/") else path.rsplit("/", 1)[0] + "/"
    return "/"


def _target_file(site: Path, url_path: str) -> Path | None:
    """Map a URL path relative to the site root to the file a static server sends."""
    candidate = site / url_path
    if url_path == "" or url_path.endswith("/"):
        candidate = candidate / "index.html"
    elif candidate.is_dir():
        candidate = candidate / "index.html"
    try:
        candidate.resolve().relative_to(site.resolve())
    except ValueError:
        return None
    return candidate if candidate.is_file() else None


def check_site(site: Path) -> tuple[list[Broken], int, int]:
    """Return (broken links, pages checked, links checked)."""
    site = site.resolve()
    base = site_base_path(site)
    broken: list[Broken] = []
    pages = _parse_all(site, broken)
    checked = 0
    for path, page in pages.items():
        rel = path.relative_to(site).as_posix()
        page_url = base + (rel[: -len("index.html")] if rel.endswith("index.html") else rel)
        for link in page.links:
            if not link or link in IGNORED_SCHEMES or is_external(link):
                continue
            checked += 1
            reason = _check_link(site, base, page_url, link, pages)
            if reason:
                broken.append(Broken(rel, link, reason))
    return broken, len(pages), checked


def _check_link(site: Path, base: str, page_url: str, link: str, pages: dict[Path, Page]) -> str | None:
    absolute = urlsplit(urljoin(page_url, link))
    path = unquote(absolute.path)
    if not path.startswith(base):
        return f"points outside the site's base path {base}"
    target = _target_file(site, path[len(base):])
    if target is None:
        return "no such file in the built site"
    fragment = unquote(absolute.fragment)
    if fragment and target.suffix == ".html":
        page = pages.get(target) or parse_page(target)
        if fragment not in page.ids:
            return f"no element with id '{fragment}' on {target.relative_to(site).as_posix()}"
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", nargs="?", type=Path, default=Path("site"), help="built site directory")
    args = parser.parse_args(argv)
    if not (args.site / "index.html").is_file():
        print(f"{args.site}: not a built site (no index.html); run `mkdocs build` first", file=sys.stderr)
        return 2
    started = time.perf_counter()
    broken, page_count, link_count = check_site(args.site)
    elapsed = time.perf_counter() - started
    for item in broken:
        print(item)
    summary = f"{page_count} pages, {link_count} internal links checked in {elapsed:.2f} s"
    if broken:
        print(f"{len(broken)} broken internal link(s); {summary}", file=sys.stderr)
        return 1
    print(f"internal links OK: {summary}. External links were not checked "
          "(run scripts/check_external_links.py with network access).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
