"""MkDocs hook: the glossary page and acronym tooltips, from data/glossary.yml.

`<!-- glossary -->` becomes a definition list of every term with its other
forms (Korean name, aliases) and a link to the section that teaches it. Every page gets Markdown abbreviation definitions
(`*[BGP]: Border Gateway Protocol`), so each acronym shows its meaning when
hovered, everywhere on the site.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError

from glossary import Term, load_glossary
from site_pages import heading_anchors, split_front_matter

MARKER = "<!-- glossary -->"


_terms: list[Term] = []


def on_pre_build(config):
    # Read once per build (every rebuild under `mkdocs serve`), not once per page.
    terms, problems = load_glossary(Path(config.config_file_path).parent / "data" / "glossary.yml")
    if problems:
        raise PluginError("data/glossary.yml is invalid:\n  " + "\n  ".join(problems))
    _terms[:] = terms


def _anchors(docs_dir: Path, page_file: str, config) -> tuple[dict[str, str], str]:
    """Heading anchors and title of a page."""
    body, meta = split_front_matter((docs_dir / page_file).read_text(encoding="utf-8"))
    return heading_anchors(body, config.markdown_extensions, config.mdx_configs), str(meta.get("title", page_file))


def on_serve(server, config, builder):
    server.watch(str(Path(config.config_file_path).parent / "data"))
    return server


def on_page_markdown(markdown: str, page, config, files):
    if MARKER in markdown:
        markdown = markdown.replace(MARKER, _render(_terms, Path(config.docs_dir), config, page), 1)
    abbreviations = [f"*[{t.term}]: {tooltip(t)}" for t in _terms if t.is_acronym and t.expansion]
    return markdown + "\n\n" + "\n".join(abbreviations) + "\n"


def tooltip(term: Term) -> str:
    """What hovering an acronym shows: its expansion, and the Korean name the pages use."""
    return f"{term.expansion} ({term.ko})" if term.ko else term.expansion


def _render(terms: list[Term], docs_dir: Path, config, page) -> str:
    lines = []
    for term in terms:
        page_file, anchor = term.link.split("#", 1)
        if not (docs_dir / page_file).is_file():
            raise PluginError(f"data/glossary.yml ({term.term}): link to docs/{page_file}, which does not exist")
        anchors, title = _anchors(docs_dir, page_file, config)
        if anchor not in anchors:
            raise PluginError(f"data/glossary.yml ({term.term}): '#{anchor}' is not a heading of docs/{page_file}")
        heading = anchors[anchor].replace("[", "\\[").replace("]", "\\]")
        name = f"{term.term} ({term.expansion})" if term.expansion else term.term
        other = [form for form in (term.ko, *term.aliases) if form]
        also = f" 다른 표기: {', '.join(other)}." if other else ""
        lines += [name, f":   {term.definition}{also} [{title} › {heading}]({term.link})", ""]
    return "\n".join(lines)
