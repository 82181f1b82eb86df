"""MkDocs hook: write a page's study time where another page refers to it.

`<!-- hours: openstack -->` becomes the `study_hours` from the front matter of
docs/openstack.md, so the roadmap never disagrees with the pages it plans.
"""

from __future__ import annotations

import re
from pathlib import Path

from mkdocs.exceptions import PluginError

from site_pages import page_for_slug, split_front_matter

PLACEHOLDER = re.compile(r"<!--\s*hours:\s*([\w-]+)\s*-->")


def on_page_markdown(markdown: str, page, config, files):
    docs_dir = Path(config.docs_dir)

    def hours_of(match: re.Match) -> str:
        slug = match.group(1)
        source = page_for_slug(docs_dir, slug)
        if source is None:
            raise PluginError(f"docs/{page.file.src_uri}: '{match.group(0)}' names no page docs/{slug}.md")
        _, meta = split_front_matter(source.read_text(encoding="utf-8"))
        hours = meta.get("study_hours")
        if not isinstance(hours, int):
            raise PluginError(f"docs/{page.file.src_uri}: docs/{slug}.md has no whole-number 'study_hours' in its front matter")
        return str(hours)

    return PLACEHOLDER.sub(hours_of, markdown)
