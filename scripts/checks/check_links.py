"""Check every internal link of the built site, offline.

    python scripts/checks/check_links.py [SITE_DIR]

Reads every HTML page under SITE_DIR (default: site/), and checks that each
internal href/src (pages, assets, #anchors, also inside quiz explanations and
navigation) points to a file that exists and, for a #fragment, to an element
with that id on the target page. External links (http, https, mailto, ...) are
not fetched here: check_external_links.py does that. Exit 1 with
`page: link: reason` lines if anything is broken.
"""

from __future__ import annotations

import argparse
import html
import posixpath
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

LINK_ATTRIBUTES = {"href", "src"}
# Links that are not addresses of a resource at all.
IGNORED_SCHEMES = ("javascript:void(0)",)
SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
_NOT_MARKUP = re.compile(
    r"<!--.*?(?:-->|$)|(?P<open><(?:script|style)(?=[\s/>])(?:[^>\"']|\"[^\"]*\"|'[^']*')*>).*?(?:</(?:script|style)\s*>|$)",
    re.DOTALL | re.IGNORECASE,
)
_LINE_BREAKS = str.maketrans({char: repr(char)[1:-1] for char in "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"})
_TAG = re.compile(r"<([a-zA-Z][^\s/>]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>")
_ATTR = re.compile(r"""([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?""")


@dataclass(frozen=True)
class Broken:
    page: str
    link: str
    reason: str

    def __str__(self) -> str:
        # One broken link, one line: an href may hold a newline.
        return f"{self.page}: {self.link}: {self.reason}".translate(_LINE_BREAKS)


@dataclass
class Page:
    links: list[str]
    ids: set[str]
    # Links that open a new tab without rel="noopener": the new page could
    # navigate this one through window.opener.
    new_tabs_without_noopener: list[str] = field(default_factory=list)


def parse_page(path: Path) -> Page:
    """Links (href/src) and element ids of one HTML page.

    A tag scanner rather than html.parser: the pages are large (highlighted
    code is thousands of <span>s) and the 2-second budget is for the whole
    site. Comments and the bodies of <script>/<style> are dropped first, so
    markup inside JavaScript strings or quiz source comments is not taken for
    links. Malformed markup yields fewer matches, never an exception.
    """
    text = _NOT_MARKUP.sub(lambda m: m.group("open") or "", path.read_text(encoding="utf-8", errors="replace"))
    page = Page(links=[], ids=set())
    for tag in _TAG.finditer(text):
        name = tag.group(1).lower()
        attributes: dict[str, str] = {}
        for attr in _ATTR.finditer(tag.group(2)):
            key = attr.group(1).lower()
            value = attr.group(2) if attr.group(2) is not None else attr.group(3) if attr.group(3) is not None else attr.group(4)
            if value is None:
                continue
            value = html.unescape(value)
            attributes[key] = value
            if key in LINK_ATTRIBUTES:
                page.links.append(value.strip())
            elif key == "id" or (key == "name" and name == "a"):
                page.ids.add(value)
        if name == "a" and attributes.get("target", "").lower() == "_blank" \
                and "noopener" not in attributes.get("rel", "").lower().split():
            page.new_tabs_without_noopener.append(attributes.get("href", ""))
    return page


def is_external(link: str) -> bool:
    return bool(SCHEME.match(link)) or link.startswith("//")


def site_base_path(site: Path) -> str:
    """The URL path the site is built for (from site_url, via sitemap.xml)."""
    sitemap = site / "sitemap.xml"
    if sitemap.is_file():
        match = re.search(r"<loc>([^<]+)</loc>", sitemap.read_text(encoding="utf-8", errors="replace"))
        if match:
            try:
                path = urlsplit(match.group(1).strip()).path
            except ValueError:  # "Invalid IPv6 URL" for http://[bad/: no usable base path
                return "/"
            return path if path.endswith("/") else path.rsplit("/", 1)[0] + "/"
    return "/"


def _target(files: set[str], dirs: set[str], url_path: str) -> str | None:
    """The site-relative file a static server sends for a URL path, if it exists."""
    rel = posixpath.normpath(url_path) if url_path else "."
    if rel == ".." or rel.startswith("../"):
        return None
    if url_path == "" or url_path.endswith("/") or rel in dirs or rel == ".":
        rel = "index.html" if rel == "." else f"{rel}/index.html"
    return rel if rel in files else None


def check_site(site: Path) -> tuple[list[Broken], int, int]:
    """Return (broken links, pages checked, links checked)."""
    site = site.resolve()
    base = site_base_path(site)
    files, dirs = set(), set()
    for path in site.rglob("*"):
        (dirs if path.is_dir() else files).add(path.relative_to(site).as_posix())
    pages = {rel: parse_page(site / rel) for rel in sorted(files) if rel.endswith(".html")}
    broken: list[Broken] = []
    checked = 0
    verdicts: dict[tuple[str, str], str | None] = {}  # nav and toc links repeat on every page
    for rel, page in pages.items():
        page_url = base + (rel[: -len("index.html")] if rel.endswith("index.html") else rel)
        broken += [Broken(rel, link, 'opens a new tab without rel="noopener"') for link in page.new_tabs_without_noopener]
        for link in page.links:
            if not link or link in IGNORED_SCHEMES or is_external(link):
                continue
            checked += 1
            try:
                absolute = urljoin(page_url, link)
                if (absolute, rel) not in verdicts:
                    verdicts[(absolute, rel)] = _check_link(files, dirs, base, absolute, pages)
                reason = verdicts[(absolute, rel)]
            except ValueError as error:  # `/\t/[x` is `//[x` once urllib drops the tab: "Invalid IPv6 URL"
                reason = f"not a valid URL ({error})"
            if reason:
                broken.append(Broken(rel, link, reason))
    return broken, len(pages), checked


def _check_link(files: set[str], dirs: set[str], base: str, absolute_url: str, pages: dict[str, Page]) -> str | None:
    absolute = urlsplit(absolute_url)
    path = unquote(absolute.path)
    if not path.startswith(base):
        return f"points outside the site's base path {base}"
    target = _target(files, dirs, path[len(base):])
    if target is None:
        return "no such file in the built site"
    fragment = unquote(absolute.fragment)
    if fragment and target.endswith(".html") and fragment not in pages[target].ids:
        return f"no element with id '{fragment}' on {target}"
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
          "(run scripts/checks/check_external_links.py with network access).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
