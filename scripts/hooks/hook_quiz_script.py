"""MkDocs hook: serve mkdocs-quiz's script as one cached file instead of inline in every quiz page.

mkdocs-quiz appends its 44 KB script (9 KB compressed) inline to every page
with a quiz. Inline, each page download carries it again, and the browser
parses and runs it in the middle of parsing the page. As the file
assets/javascripts/mkdocs-quiz.js it is downloaded once for the whole site,
and with `defer` it runs after parsing, still ahead of Material's bundle as
before (deferred scripts run in document order).

The script behaves the same: run before DOMContentLoaded it initialises the
quizzes at once instead of waiting for the event, and after Material's
instant navigation Material runs the new page's scripts again, this one
included. Its inline configuration (translations, settings) stays inline; it
is small and must exist before the script runs.
"""

from __future__ import annotations

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File
from mkdocs_quiz import plugin as quiz_plugin

SCRIPT_PATH = "assets/javascripts/mkdocs-quiz.js"
INLINE_START = '<script type="text/javascript" defer>'
INLINE_END = "</script>"
# What mkdocs-quiz puts in every quiz page (mkdocs_quiz/plugin.py, module level).
INLINE_SCRIPT = quiz_plugin.js_script
# Written by mkdocs-quiz next to its script, on every page it processes.
QUIZ_PAGE_MARK = "window.mkdocsQuizConfig"


def script_source() -> str:
    if not (INLINE_SCRIPT.startswith(INLINE_START) and INLINE_SCRIPT.endswith(INLINE_END)):
        # A new mkdocs-quiz that wraps its script differently: the replacement below would miss it.
        raise PluginError("mkdocs-quiz's inline script tag changed shape; "
                          "update INLINE_START/INLINE_END in scripts/hooks/hook_quiz_script.py")
    return INLINE_SCRIPT[len(INLINE_START):-len(INLINE_END)]


def on_files(files, config):
    files.append(File.generated(config, SCRIPT_PATH, content=script_source()))
    return files


def on_page_content(html, page, config, files):
    # Default priority: after mkdocs-quiz's own on_page_content (plugins run before hooks).
    if QUIZ_PAGE_MARK not in html:
        return html
    count = html.count(INLINE_SCRIPT)
    if count != 1:
        raise PluginError(f"docs/{page.file.src_uri}: expected mkdocs-quiz's inline script once, found it {count} times")
    url = files.get_file_from_path(SCRIPT_PATH).url_relative_to(page.file)
    return html.replace(INLINE_SCRIPT, f'<script src="{url}" defer></script>')
