"""The internal link checker, on small hand-made sites and on the real build."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest
from conftest import CHECKS

from check_links import check_site


def write(site, rel, html):
    path = site / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(html, encoding="utf-8")


@pytest.fixture
def site(tmp_path):
    write(tmp_path, "index.html", '<a href="guide/">가이드</a><link href="assets/app.css" rel="stylesheet">'
                                  '<a href="guide/#tcp-혼잡-제어">혼잡</a><a href="#top">맨 위</a><p id="top"></p>'
                                  '<a href="https://example.org/x">밖</a><a href="mailto:a@b.c">메일</a>')
    write(tmp_path, "guide/index.html", '<h2 id="tcp-혼잡-제어">혼잡 제어</h2><a href="../">홈</a>'
                                        '<a href="../guide/#tcp-%ED%98%BC%EC%9E%A1-%EC%A0%9C%EC%96%B4">인코딩</a>'
                                        '<script src="../assets/app.js"></script>')
    write(tmp_path, "assets/app.css", "")
    write(tmp_path, "assets/app.js", "")
    return tmp_path


def broken_of(site) -> list[str]:
    return [str(item) for item in check_site(site)[0]]


def test_clean_site_passes_and_skips_external(site):
    broken, pages, links = check_site(site)
    assert broken == []
    assert pages == 2
    assert links == 7  # external http and mailto links are not counted


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ('<a href="missing/">x</a>', "index.html: missing/: no such file in the built site"),
        ('<img src="assets/none.png">', "index.html: assets/none.png: no such file in the built site"),
        ('<a href="guide/#nope">x</a>', "index.html: guide/#nope: no element with id 'nope' on guide/index.html"),
        ('<a href="#gone">x</a>', "index.html: #gone: no element with id 'gone' on index.html"),
        ('<a href="../../etc/passwd">x</a>', "index.html: ../../etc/passwd: points outside the site's base path /"),
        ('<a href="https://example.org/" target="_blank">x</a>',
         'index.html: https://example.org/: opens a new tab without rel="noopener"'),
        ("<a target='_BLANK' rel='noreferrer' href='https://example.org/'>x</a>",
         'index.html: https://example.org/: opens a new tab without rel="noopener"'),
    ],
)
def test_broken_links_are_reported_with_page_and_reason(site, html, expected):
    write(site, "index.html", (site / "index.html").read_text(encoding="utf-8") + html)
    assert broken_of(site) == [expected]


def test_new_tab_links_with_noopener_pass(site):
    write(site, "index.html", (site / "index.html").read_text(encoding="utf-8")
          + '<a href="https://example.org/" target="_blank" rel="external noopener">x</a>')
    assert broken_of(site) == []


def test_root_relative_links_respect_the_site_base_path(tmp_path):
    """A site built for /repo/ (GitHub Pages project site) links to /repo/assets/..."""
    write(tmp_path, "sitemap.xml", "<urlset><url><loc>https://o.github.io/repo/</loc></url></urlset>")
    write(tmp_path, "index.html", '<a href="/repo/assets/a.css">ok</a><a href="/assets/a.css">bad</a>')
    write(tmp_path, "assets/a.css", "")
    assert broken_of(tmp_path) == ["index.html: /assets/a.css: points outside the site's base path /repo/"]


def test_malformed_html_does_not_crash(tmp_path):
    write(tmp_path, "index.html", '<a href="x.html"<<div id=">< <a href=\'#\'><![if !IE]><p')
    assert isinstance(check_site(tmp_path)[0], list)


def test_cli_exit_codes(site):
    ok = subprocess.run([sys.executable, str(CHECKS / "check_links.py"), str(site)], capture_output=True, text=True)
    assert ok.returncode == 0
    assert "External links were not checked" in ok.stdout
    write(site, "guide/index.html", '<a href="nowhere.html">x</a>')
    bad = subprocess.run([sys.executable, str(CHECKS / "check_links.py"), str(site)], capture_output=True, text=True)
    assert bad.returncode == 1
    assert "guide/index.html: nowhere.html: no such file in the built site" in bad.stdout
    empty = subprocess.run([sys.executable, str(CHECKS / "check_links.py"), str(site / "none")],
                           capture_output=True, text=True)
    assert empty.returncode == 2 and "not a built site" in empty.stderr


def test_real_site_has_no_broken_internal_links_and_checks_fast(built_site):
    started = time.perf_counter()
    broken, pages, links = check_site(built_site)
    elapsed = time.perf_counter() - started
    assert [str(item) for item in broken] == []
    assert pages >= 3 and links > 100
    assert elapsed < 2.0, f"link check took {elapsed:.2f} s, budget is 2 s"
