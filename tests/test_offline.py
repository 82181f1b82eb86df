"""The offline copy (OFFLINE=true, the deploy workflow's downloadable artifact), opened from file://."""

from __future__ import annotations

import re

import pytest
from conftest import IN_CI, ROOT, build_site
from test_e2e import diagram_count, first, wait_for_diagrams, wait_for_verdict

SHIM = ROOT / "docs" / "assets" / "javascripts" / "vendor" / "iframe-worker" / "shim.js"
PINNED_SHIM = ROOT / "tools" / "node_modules" / "iframe-worker" / "shim" / "index.js"


@pytest.fixture(scope="module")
def offline_site(tmp_path_factory):
    out = tmp_path_factory.mktemp("offline")
    result = build_site(ROOT, out, "https://cloud-net-study.github.io/cloud-networking-study/", OFFLINE="true")
    if result.returncode != 0:
        pytest.fail(f"offline build failed:\n{result.stdout}\n{result.stderr}")
    return out


def test_offline_pages_load_only_files_of_the_copy(offline_site):
    pages = sorted(offline_site.rglob("*.html"))
    names = {page.relative_to(offline_site).as_posix() for page in pages}
    assert {"index.html", "network-design/index.html", "network-design/labs.html", "404.html"} <= names
    for page in pages:
        html = page.read_text(encoding="utf-8")
        tags = [tag for tag in re.findall(r"<(?:script|link|img)\b[^>]*>", html) if 'rel="canonical"' not in tag]
        remote = [tag for tag in tags if re.search(r'\b(?:src|href)="(?:https?:)?//', tag)]
        assert remote == [], f"{page.relative_to(offline_site)} loads files from another host"
    assert (offline_site / "search" / "search_index.js").is_file()


def test_the_vendored_worker_shim_is_the_pinned_npm_package():
    if not PINNED_SHIM.exists():
        message = "tools/node_modules is missing: run `make tools`"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    assert SHIM.read_bytes() == PINNED_SHIM.read_bytes(), "run: cp tools/node_modules/iframe-worker/shim/index.js " + str(SHIM.relative_to(ROOT))


def test_offline_copy_works_from_file_urls(browser, offline_site):
    context = browser.new_context(locale="ko-KR")
    page = context.new_page()
    errors, failed, remote = [], [], []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("requestfailed", lambda request: failed.append(f"{request.url} {request.failure}"))
    page.on("request", lambda request: not request.url.startswith(("file:", "data:", "blob:", "about:"))
            and remote.append(request.url))
    try:
        page.goto((offline_site / "index.html").as_uri(), wait_until="load")
        wait_for_diagrams(page, diagram_count("/"))

        # Pages: the navigation leads to a competency page, diagrams and quiz included.
        page.locator('nav.md-nav--primary a.md-nav__link[href$="network-design/index.html"]').first.click()
        page.wait_for_url(re.compile(r"/network-design/index\.html$"))
        page.wait_for_load_state("load")
        wait_for_diagrams(page, diagram_count("network-design/"))
        index, question = first("network-design", "single")
        right = next(i for i, option in enumerate(question.options) if option.correct)
        page.locator(f"#quiz-{index}-{right}").check()
        wait_for_verdict(page, index, "correct")

        # Search: the index comes from search_index.js, the worker runs in an iframe.
        page.locator("label.md-search__icon, .md-search__input").first.click()
        box = page.locator("input.md-search__input")
        # Typed joined and with a particle: the query script strips 가 under the file:// worker
        # shim too, and the index holds the compound 혼잡제어 (hook_search_ko.py).
        box.fill("혼잡제어가")
        box.press("End")
        page.wait_for_selector(".md-search-result__item", timeout=10000)
        hrefs = page.locator(".md-search-result__item > a").evaluate_all("els => els.map(e => e.href)")
        assert any(href.split("?")[0].endswith("/network-design/index.html") for href in hrefs[:5]), hrefs
    finally:
        context.close()
    assert remote == [], "the offline copy requested other hosts"
    assert errors == [], "console errors"
    assert failed == [], "failed requests"
