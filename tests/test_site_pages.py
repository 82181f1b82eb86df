"""Heading ids from a page's table-of-contents lines alone are the ids of the whole page."""

from __future__ import annotations

import pytest
from mkdocs.config import load_config

from conftest import ROOT
from site_pages import heading_anchors, split_front_matter, toc_anchors, toc_lines

PAGES = sorted((ROOT / "docs").rglob("*.md"))


@pytest.fixture(scope="module")
def markdown_config():
    config = load_config(str(ROOT / "mkdocs.yml"))
    return config.markdown_extensions, config.mdx_configs


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.relative_to(ROOT / "docs").as_posix())
def test_anchors_match_the_whole_page(page, markdown_config, monkeypatch):
    monkeypatch.chdir(ROOT)  # snippets resolve labs/... from the project root
    body, _ = split_front_matter(page.read_text(encoding="utf-8"))
    expected = toc_anchors(body, *markdown_config)  # the whole page converted
    assert heading_anchors(body, *markdown_config) == expected


def test_headings_in_code_are_not_headings():
    body = "# Title\n\n```bash\n# a comment\n````\n\n## Real\n\n    ~~~\n    # indented comment\n    ~~~\n### Last {#custom}\n"
    assert toc_lines(body).split("\n\n") == ["# Title", "## Real", "### Last {#custom}"]


def test_a_snippet_outside_code_is_kept():
    assert toc_lines('intro\n\n--8<-- "part.md"\n\n```\n--8<-- "code.sh"\n```\n') == '--8<-- "part.md"'
