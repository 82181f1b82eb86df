"""MkDocs hook: render quizzes/<slug>.yml into its page at build time.

The page marks the spot with a `<!-- quiz -->` line. This hook replaces it with
mkdocs-quiz syntax (intro, one <quiz> block per question, results), then
mkdocs-quiz turns that into HTML. Quiz files are data; the page never holds
question text.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from quiz_data import Question, load_quiz
from quiz_render import SectionLink, add_answer_variants, render_quiz
from site_pages import QUIZ_MARKER, heading_anchors, slug_for_page

# page src_uri -> questions rendered into it, for the on_page_content pass
_rendered: dict[str, list[Question]] = {}


def _quiz_dir(config) -> Path:
    return Path(config.config_file_path).parent / "quizzes"


def on_serve(server, config, builder):
    # `mkdocs serve` rebuilds when a quiz file changes, not only a page.
    server.watch(str(_quiz_dir(config)))
    return server


# mkdocs-quiz reads `<quiz>` blocks in its own on_page_markdown (priority 0);
# hooks run after plugins at equal priority, so this one must run earlier.
@event_priority(50)
def on_page_markdown(markdown: str, page, config, files):
    slug = slug_for_page(page.file.src_uri)
    quiz_path = _quiz_dir(config) / f"{slug}.yml"
    has_marker = QUIZ_MARKER in markdown
    if not quiz_path.is_file():
        if has_marker:
            raise PluginError(f"docs/{page.file.src_uri}: has a '{QUIZ_MARKER}' line but quizzes/{slug}.yml does not exist")
        return markdown
    if not has_marker:
        raise PluginError(f"docs/{page.file.src_uri}: quizzes/{slug}.yml exists but the page has no '{QUIZ_MARKER}' line")

    display = f"quizzes/{slug}.yml"
    quiz = load_quiz(quiz_path, display)
    if quiz.problems:
        listing = "\n  ".join(str(problem) for problem in quiz.problems)
        raise PluginError(f"{display} is invalid (run scripts/checks/validate_quizzes.py):\n  {listing}")

    anchors = heading_anchors(markdown, config.markdown_extensions, config.mdx_configs)
    for question in quiz.questions:
        if question.section.lstrip("#") not in anchors:
            raise PluginError(
                f"{display}:{question.section_line}: [{question.id}] section '{question.section}' "
                f"is not a heading of docs/{page.file.src_uri}"
            )

    page.meta["quiz"] = {"enabled": True}
    _rendered[page.file.src_uri] = quiz.questions
    links = [SectionLink(anchors[q.section.lstrip("#")], q.section) for q in quiz.questions]
    return markdown.replace(QUIZ_MARKER, render_quiz(quiz.questions, links), 1)


# After mkdocs-quiz (priority 0) has turned the blanks into <input>s.
@event_priority(-50)
def on_page_content(html_text: str, page, config, files):
    questions = _rendered.pop(page.file.src_uri, None)
    return add_answer_variants(html_text, questions) if questions else html_text
