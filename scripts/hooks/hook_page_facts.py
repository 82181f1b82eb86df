"""MkDocs hook: show a page's facts under its title.

- difficulty and study time (`difficulty`, `study_hours`): the same values the
  roadmap adds up, so the page and the plan cannot disagree;
- the versions its content describes and the month it was last checked against
  its sources (`versions`, `verified`), so a reader can tell how current it is.

All come from the page's front matter; a malformed value fails the build with
the file's name (scripts/checks/check_pages.py checks the same rules before a build).
"""

from __future__ import annotations

import re

from mkdocs.exceptions import PluginError

from site_pages import VERIFIED, currency_problem

_H1 = re.compile(r"^# .+$", re.MULTILINE)


def _facts(meta: dict) -> list[str]:
    facts = []
    difficulty, hours = meta.get("difficulty"), meta.get("study_hours")
    if difficulty and isinstance(hours, int):
        facts.append(f"**난이도** {difficulty} · **예상 학습 시간** 약 {hours}시간")
    if meta.get("verified"):
        match = VERIFIED.match(meta["verified"])
        versions = " · ".join(meta["versions"])
        facts.append(f"**기준 버전** {versions} · **내용 확인** {match['year']}년 {int(match['month'])}월")
    return facts


def on_page_markdown(markdown: str, page, config, files):
    problem = currency_problem(page.meta)
    if problem:
        raise PluginError(f"{page.file.src_uri}: front matter: {problem}")
    facts = _facts(page.meta)
    if not facts:
        return markdown
    block = "\n\n".join(f"{line}\n{{: .page-facts }}" for line in facts)
    heading = _H1.search(markdown)
    if heading is None:
        return f"{block}\n\n{markdown}"
    return f"{markdown[:heading.end()]}\n\n{block}\n{markdown[heading.end():]}"
