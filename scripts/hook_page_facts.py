"""MkDocs hook: show a competency page's difficulty and study time under its title.

Both come from the page's front matter (`difficulty`, `study_hours`), the same
values the roadmap adds up, so the page and the plan cannot disagree.
"""

from __future__ import annotations

import re

_H1 = re.compile(r"^# .+$", re.MULTILINE)


def on_page_markdown(markdown: str, page, config, files):
    difficulty, hours = page.meta.get("difficulty"), page.meta.get("study_hours")
    if not difficulty or not isinstance(hours, int):
        return markdown
    facts = f"**난이도** {difficulty} · **예상 학습 시간** 약 {hours}시간\n{{: .page-facts }}"
    heading = _H1.search(markdown)
    if heading is None:
        return f"{facts}\n\n{markdown}"
    return f"{markdown[:heading.end()]}\n\n{facts}\n{markdown[heading.end():]}"
