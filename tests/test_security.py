"""Content-Security-Policy: only this site's files and hashed inline scripts; pages bring no script."""

from __future__ import annotations

import re

import pytest
from conftest import build_site, drop_nav
from test_e2e import open_page

POLICY = re.compile(r'<meta charset="utf-8">\s*<meta http-equiv="Content-Security-Policy" content="([^"]+)">')


def directives(policy: str) -> dict[str, list[str]]:
    return {name: values for name, *values in (part.split() for part in policy.split(";"))}


def test_every_page_starts_with_a_policy_that_allows_only_this_site(built_site):
    pages = sorted(built_site.rglob("*.html"))
    assert len(pages) >= 10
    for page in pages:
        found = POLICY.search(page.read_text(encoding="utf-8"))
        assert found, f"{page.relative_to(built_site)} has no Content-Security-Policy right after its charset"
        policy = directives(found.group(1))
        assert policy["default-src"] == ["'self'"]
        assert policy["object-src"] == ["'none'"]
        for name, values in policy.items():
            foreign = [v for v in values if v not in ("'self'", "'none'", "'unsafe-hashes'", "'unsafe-inline'", "data:")
                       and not v.startswith("'sha256-")]
            assert foreign == [], f"{page.relative_to(built_site)}: {name} allows {foreign}"
        assert "'unsafe-inline'" not in policy["script-src"] and "'unsafe-eval'" not in policy["script-src"]


@pytest.mark.parametrize(
    "markdown",
    [
        "<script>alert(1)</script>",
        '<img src="x.png" onerror="alert(1)">',
        "[누르기](javascript:alert(1))",
        '<iframe src="https://example.com/"></iframe>',
    ],
)
def test_a_page_that_brings_its_own_script_fails_the_build(project, tmp_path, markdown):
    drop_nav(project)
    (project / "docs" / "index.md").write_text(f"# 홈\n\n본문입니다.\n\n{markdown}\n", encoding="utf-8")
    result = build_site(project, tmp_path / "out", "http://127.0.0.1:8000/")
    assert result.returncode != 0
    assert "docs/index.md, line 5: pages may not contain scripts" in result.stderr
    assert "Traceback" not in result.stderr


def test_code_that_shows_a_script_is_fine(project, tmp_path):
    drop_nav(project)
    (project / "docs" / "index.md").write_text(
        "# 홈\n\n```html\n<script>alert(1)</script>\n<a href=\"javascript:x()\" onclick=\"y()\">\n```\n\n"
        "`<script>`도 글자일 뿐입니다.\n", encoding="utf-8")
    result = build_site(project, tmp_path / "out", "http://127.0.0.1:8000/")
    assert result.returncode == 0, result.stderr


def test_the_browser_refuses_injected_script_and_foreign_requests(context, served_site):
    page = context.new_page()
    foreign_requests = []  # requests that reached another host (the policy stops them before they leave)
    page.on("requestfinished", lambda request: foreign_requests.append(request.url)
            if not request.url.startswith(served_site) else None)
    open_page(page, served_site + "network-design/")
    blocked = page.evaluate("""() => new Promise(resolve => {
        const seen = [];
        document.addEventListener('securitypolicyviolation', e => {
            seen.push(e.effectiveDirective);
            if (seen.length === 3) resolve(seen.sort());
        });
        const script = document.createElement('script');
        script.textContent = 'window.__injected = true';
        document.body.append(script);
        const img = document.createElement('img');
        img.src = 'https://tracker.example/pixel.png';
        document.body.append(img);
        fetch('https://api.example/collect').catch(() => {});
        setTimeout(() => resolve(seen.sort()), 3000);
    })""")
    assert blocked == ["connect-src", "img-src", "script-src-elem"]
    assert page.evaluate("window.__injected === undefined")
    assert foreign_requests == []
