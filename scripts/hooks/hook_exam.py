"""MkDocs hook: the mock exam, drawn from the competency quizzes.

data/exam.yml names question ids per competency; the page marks the spot with
`<!-- exam -->`. Questions are rendered from quizzes/<slug>.yml, never copied,
and each explanation links back to the section of the page that teaches it.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from quiz_data import Question, load_quiz
from quiz_render import SectionLink, add_answer_variants, render_quiz
from site_pages import heading_anchors, page_for_slug, split_front_matter

MARKER = "<!-- exam -->"
_rendered: dict[str, list[Question]] = {}


def load_exam(root: Path) -> list[tuple[str, list[str]]]:
    """[(slug, [question id, ...]), ...] from data/exam.yml; PluginError names what is wrong."""
    path = root / "data" / "exam.yml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise PluginError(f"data/exam.yml: cannot read: {error}") from None
    if not isinstance(data, dict) or not isinstance(data.get("questions"), dict):
        raise PluginError("data/exam.yml: needs a 'questions' mapping of competency slug -> list of question ids")
    sections = []
    for slug, ids in data["questions"].items():
        if not isinstance(ids, list) or not ids or not all(isinstance(i, str) for i in ids):
            raise PluginError(f"data/exam.yml: '{slug}' needs a non-empty list of question ids")
        sections.append((slug, ids))
    return sections


def on_serve(server, config, builder):
    server.watch(str(Path(config.config_file_path).parent / "data"))
    return server


# Before mkdocs-quiz reads <quiz> blocks (priority 0), as the page quiz hook does.
@event_priority(50)
def on_page_markdown(markdown: str, page, config, files):
    if MARKER not in markdown:
        return markdown
    root = Path(config.config_file_path).parent
    docs_dir = Path(config.docs_dir)
    questions: list[Question] = []
    links: list[SectionLink] = []
    parts = []
    for slug, ids in load_exam(root):
        source = page_for_slug(docs_dir, slug)
        quiz = load_quiz(root / "quizzes" / f"{slug}.yml", f"quizzes/{slug}.yml")
        if source is None or quiz.problems:
            raise PluginError(f"data/exam.yml: '{slug}' has no page or no valid quizzes/{slug}.yml")
        by_id = {q.id: q for q in quiz.questions}
        missing = [i for i in ids if i not in by_id]
        if missing:
            raise PluginError(f"data/exam.yml: [{', '.join(missing)}] not found in quizzes/{slug}.yml")
        body, meta = split_front_matter(source.read_text(encoding="utf-8"))
        anchors = heading_anchors(body, config.markdown_extensions, config.mdx_configs)
        target = source.relative_to(docs_dir).as_posix()
        parts.append(f"- {meta.get('title', slug)}: {len(ids)}문항")
        for question_id in ids:
            question = by_id[question_id]
            questions.append(question)
            links.append(SectionLink(f"{meta.get('title', slug)} › {anchors[question.section.lstrip('#')]}",
                                     f"{target}{question.section}"))
    page.meta["quiz"] = {"enabled": True}
    _rendered[page.file.src_uri] = questions
    summary = f"총 {len(questions)}문항입니다.\n\n" + "\n".join(parts)
    return markdown.replace(MARKER, summary + "\n\n" + render_quiz(questions, links), 1)


@event_priority(-50)
def on_page_content(html_text: str, page, config, files):
    questions = _rendered.pop(page.file.src_uri, None)
    return add_answer_variants(html_text, questions) if questions else html_text
