"""MkDocs hook: a Content-Security-Policy on every page that allows only this site.

GitHub Pages cannot send headers, so the policy is a <meta http-equiv> tag,
the first thing in <head>. Scripts from the site's own files are allowed;
inline scripts only if their SHA-256 is in the policy. Material and
mkdocs-quiz write a few inline scripts (and mkdocs-quiz an `onsubmit`
handler), so after the build the hook hashes every one of them across the
whole site and gives every page the same list: with instant navigation the
policy of the first page loaded also governs the pages that follow.
Nothing from another origin is allowed, so injected markup can neither load
a script nor send data elsewhere.

Because inline scripts are allowed by hash, a page must not bring its own:
raw HTML in a page with a <script>, an event handler attribute or a
javascript: URL fails the build, before the theme and plugins add theirs.

`mkdocs serve` injects its own live-reload script, so there is no policy
under serve. Nor in the offline copy: from file:// a page has no origin for
'self' to name, and the iframe-worker shim that runs search there writes an
inline script into its own frame.
"""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from hook_offline import offline_enabled
from site_pages import line_in_source

INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)([^>]*)>(.*?)</script>", re.DOTALL)
DATA_TYPE = re.compile(r'\btype="application/json"')
EVENT_HANDLER = re.compile(r'\son[a-z]+="([^"]*)"')
CHARSET = '<meta charset="utf-8">'

# mkdocs-quiz writes this form tag into the page HTML itself, while converting
# the Markdown; it is the only active markup a page may hold.
QUIZ_FORM = '<form action="javascript:void(0);" onsubmit="return false;">'
ACTIVE_MARKUP = re.compile(
    r"<script\b|<[a-z][^>]*\son[a-z]+\s*=|<[a-z][^>]*=\s*[\"']?\s*javascript:|<(?:iframe|object|embed)\b",
    re.IGNORECASE,
)

_serving: list[bool] = [False]


def on_startup(command, dirty):
    _serving[0] = command == "serve"


# First, before any plugin or hook adds its own scripts to the page.
@event_priority(100)
def on_page_content(html, page, config, files):
    found = ACTIVE_MARKUP.search(html.replace(QUIZ_FORM, ""))
    if found:
        snippet = html[found.start():found.start() + 60].split("\n")[0]
        raise PluginError(f"docs/{page.file.src_uri}{_line_in_source(page, found.group(0))}: pages may not "
                          f"contain scripts, event handlers or javascript: links: {snippet}")
    return html


def _line_in_source(page, markup: str) -> str:
    """', line N' of the Markdown that holds the offending token, when it appears there as written."""
    for pattern in (r"javascript:", r"\son[a-z]+\s*=", r"<[a-z]+"):
        token = re.search(pattern, markup, re.IGNORECASE)
        if token:
            break
    line = line_in_source(page.file.abs_src_path, token.group(0).strip(), ignore_case=True)
    return f", line {line}" if line else ""


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def policy(script_hashes: set[str], handler_hashes: set[str]) -> str:
    scripts = ["'self'"]
    if handler_hashes:
        # Inline event handlers (onsubmit="...") are only allowed by hash with 'unsafe-hashes'.
        scripts.append("'unsafe-hashes'")
    scripts += sorted(script_hashes | handler_hashes)
    return "; ".join([
        "default-src 'self'",
        "script-src " + " ".join(scripts),
        # Inline SVG diagrams and the quiz plugin carry style attributes and <style> blocks.
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
    ])


def on_post_build(config):
    if _serving[0] or offline_enabled(config):
        return
    pages = sorted(Path(config.site_dir).rglob("*.html"))
    texts = {path: path.read_text(encoding="utf-8") for path in pages}
    script_hashes, handler_hashes = set(), set()
    for text in texts.values():
        script_hashes |= {_sha256(body) for attrs, body in INLINE_SCRIPT.findall(text) if not DATA_TYPE.search(attrs)}
        handler_hashes |= {_sha256(code) for code in EVENT_HANDLER.findall(text)}
    tag = f'<meta http-equiv="Content-Security-Policy" content="{policy(script_hashes, handler_hashes)}">'
    for path, text in texts.items():
        if CHARSET not in text:
            raise PluginError(f"{path.relative_to(config.site_dir)}: no {CHARSET} to put the security policy after")
        path.write_text(text.replace(CHARSET, CHARSET + "\n    " + tag, 1), encoding="utf-8")
