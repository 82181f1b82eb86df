"""MkDocs hook: the skeleton of the progress page, built from the quizzes and the checklist.

`<!-- progress-table -->` becomes one table row per competency page that
exists, with the number of quiz questions and checklist items it has. The
browser (progress.js) fills in what this learner has answered and checked,
so a new competency page appears here without code changes.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from mkdocs.exceptions import PluginError

from quiz_data import load_quiz
from site_pages import COMPETENCY_SLUGS, page_for_slug, split_front_matter

MARKER = "<!-- progress-table -->"
CHECKLIST_BLOCK = re.compile(r'<div class="checklist" data-competency="([\w-]+)" markdown>(.*?)</div>', re.DOTALL)


def checklist_totals(checklist: Path) -> dict[str, int]:
    """Checklist items per competency, counted the way checklist.js stores them."""
    if not checklist.is_file():
        return {}
    totals: dict[str, int] = {}
    for slug, body in CHECKLIST_BLOCK.findall(checklist.read_text(encoding="utf-8")):
        totals[slug] = totals.get(slug, 0) + len(re.findall(r"^\s*[-*]\s+\[[ xX]\]\s+", body, re.MULTILINE))
    return totals


def on_page_markdown(markdown: str, page, config, files):
    if MARKER not in markdown:
        return markdown
    docs_dir = Path(config.docs_dir)
    quiz_dir = Path(config.config_file_path).parent / "quizzes"
    totals = checklist_totals(docs_dir / "checklist.md")
    rows = []
    for slug in COMPETENCY_SLUGS:
        source = page_for_slug(docs_dir, slug)
        if source is None:
            continue
        _, meta = split_front_matter(source.read_text(encoding="utf-8"))
        quiz = load_quiz(quiz_dir / f"{slug}.yml")
        if quiz.problems:
            raise PluginError(f"docs/{page.file.src_uri}: quizzes/{slug}.yml is invalid (run scripts/checks/validate_quizzes.py)")
        # Raw HTML is not rewritten by MkDocs, so link to the page's built URL.
        link = files.get_file_from_path(source.relative_to(docs_dir).as_posix()).url_relative_to(page.file)
        rows.append(
            f'<tr data-slug="{slug}" data-questions="{len(quiz.questions)}" data-checks="{totals.get(slug, 0)}">'
            f'<td><a href="{html.escape(link)}">{html.escape(str(meta.get("title", slug)))}</a></td>'
            f'<td class="progress-quiz">-</td><td class="progress-correct">-</td>'
            f'<td class="progress-checklist">-</td><td class="progress-score">-</td></tr>'
        )
    table = (
        '<table id="progress-table">\n<thead><tr><th>역량</th><th>답한 문항</th><th>맞힌 문항</th>'
        "<th>체크리스트</th><th>종합</th></tr></thead>\n<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>"
    )
    return markdown.replace(MARKER, table, 1)
