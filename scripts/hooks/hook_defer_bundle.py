"""MkDocs hook: load Material's JavaScript bundle with `defer`.

Material's template ends the body with a plain <script src=bundle>: the parser
stops to fetch and run it, so on a slow phone the page's first paint waits for
it (Lighthouse lists it as render-blocking). The bundle only starts its work on
DOMContentLoaded, which deferred scripts still run before, in document order
ahead of the site's own deferred scripts (mkdocs.yml extra_javascript), so
nothing else changes.
"""

from __future__ import annotations

import re

from mkdocs.exceptions import PluginError

BUNDLE_TAG = re.compile(r'<script src="([^"]*assets/javascripts/bundle\.[0-9a-f]+\.min\.js)"></script>')


def defer_bundle(output: str, where: str) -> str:
    output, count = BUNDLE_TAG.subn(r'<script src="\1" defer></script>', output)
    if count != 1:
        # A changed theme template would otherwise quietly bring the blocking script back.
        raise PluginError(f"{where}: expected one Material bundle <script> to defer, found {count}")
    return output


def on_post_page(output, page, config):
    return defer_bundle(output, f"docs/{page.file.src_uri}")


def on_post_template(output_content, template_name, config):
    # 404.html is a theme template, not a page.
    return defer_bundle(output_content, template_name) if template_name.endswith(".html") else output_content
