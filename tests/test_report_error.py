"""Every page links to a prefilled content-error report, and the issue form it opens exists.

The link is a plain anchor: nothing leaves the site until the reader clicks it.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml

from conftest import ROOT

TEMPLATE = ROOT / ".github" / "ISSUE_TEMPLATE" / "content-error.yml"
REPORT_LINK = re.compile(r'<a class="report-error__link" href="(?P<href>[^"]+)"')
CANONICAL = re.compile(r'<link rel="canonical" href="(?P<href>[^"]+)"')


def _config() -> dict:
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8").split("\nnav:\n")[0]
    return {key: value for key, value in re.findall(r"^(repo_url|edit_uri): (\S+)$", text, re.MULTILINE)}


def _form() -> dict:
    return yaml.safe_load(TEMPLATE.read_text(encoding="utf-8"))


def _field_ids() -> set[str]:
    return {field["id"] for field in _form()["body"] if "id" in field}


def test_issue_form_asks_for_the_page_the_quote_and_the_source():
    form = _form()
    assert form["name"] and form["description"] and form["title"].startswith("[내용 오류]")
    required = {field["id"] for field in form["body"]
                if "id" in field and field.get("validations", {}).get("required")}
    assert {"page", "quote", "source"} <= required


def _pages(site: Path) -> list[Path]:
    return sorted(path for path in site.rglob("index.html") if "assets" not in path.parts)


def test_every_page_links_to_a_prefilled_report_for_itself(built_site):
    repo = _config()["repo_url"]
    pages = _pages(built_site)
    assert len(pages) >= 20
    for path in pages:
        text = path.read_text(encoding="utf-8")
        links = REPORT_LINK.findall(text)
        where = path.relative_to(built_site)
        assert len(links) == 1, f"{where}: {len(links)} content-error links, expected 1"
        url = urlsplit(html.unescape(links[0]))
        assert f"{url.scheme}://{url.netloc}{url.path}" == f"{repo}/issues/new", where
        query = parse_qs(url.query)
        assert query["template"] == [TEMPLATE.name], where
        assert query["title"][0].startswith("[내용 오류] "), where
        assert query["page"] == [CANONICAL.search(text)["href"]], f"{where}: the report names another page"
        # GitHub fills a form field from the query parameter with the field's id.
        assert set(query) - {"template", "title"} <= _field_ids(), where


def test_pages_link_to_their_source_for_editing_and_viewing(built_site):
    config = _config()
    text = (built_site / "network-design" / "index.html").read_text(encoding="utf-8")
    assert f'href="{config["repo_url"]}/edit/main/docs/network-design/index.md"' in text
    assert f'href="{config["repo_url"]}/raw/main/docs/network-design/index.md"' in text


@pytest.mark.parametrize("page", ["index.html", "network-design/index.html"])
def test_repository_link_does_not_call_the_github_api(built_site, page):
    """Material's source component fetches star/fork counts from api.github.com; ours is a plain link."""
    text = (built_site / page).read_text(encoding="utf-8")
    assert 'class="md-source"' in text
    assert 'data-md-component="source"' not in text
