"""MkDocs hook: keep quiz UI out of the search index (diagrams: hook_diagrams.py).

The quiz itself is wrapped in an excluded <aside> by the quiz hook, but
mkdocs-quiz appends its progress sidebar to the end of every quiz page, outside
that block, so its labels would be indexed as page text. Material's search
skips elements marked `data-search-exclude`, but compares them by tag name
only: an excluded <div> that holds another <div> stops being excluded at the
inner </div>. So the sidebar is wrapped in an <aside> (which it never
contains); its script finds the sidebar by id and moves it into the nav.
"""

from __future__ import annotations

import re

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

_SIDEBAR = re.compile(
    r'(<div id="quiz-progress-sidebar".*?<!-- mkdocs-quiz progress sidebar \(desktop\) -->.*?'
    r'<nav id="quiz-progress-mobile".*?</nav>)',
    re.DOTALL,
)


# After mkdocs-quiz has appended the sidebar in its on_page_content (priority 0),
# before Material's search reads the page in on_page_context.
@event_priority(-100)
def on_page_content(html, page, config, files):
    if not page.meta.get("quiz", {}).get("enabled"):
        return html
    html, count = _SIDEBAR.subn(r'<aside class="quiz-progress-holder" data-search-exclude>\1</aside>', html, count=1)
    if count != 1:
        # A silent miss would put quiz UI text back into the search index.
        raise PluginError(f"docs/{page.file.src_uri}: mkdocs-quiz progress sidebar not found; its markup changed")
    return html
