"""MkDocs hook: the offline copy (OFFLINE=true) uses no third-party host either.

From file:// a browser runs no Web Worker, so Material's offline plugin adds
the iframe-worker shim for search, from unpkg.com unless a polyfill naming
iframe-worker is already configured. This hook configures the self-hosted
copy first (docs/assets/javascripts/vendor/iframe-worker/, the npm package
pinned in tools/package.json; a test keeps the two identical).
"""

from __future__ import annotations

from mkdocs.plugins import event_priority

SHIM = "assets/javascripts/vendor/iframe-worker/shim.js"


def offline_enabled(config) -> bool:
    plugin = config.plugins.get("material/offline")
    return bool(plugin and plugin.config.enabled)


# Before the offline plugin's on_config, which would add the CDN copy.
@event_priority(100)
def on_config(config):
    if offline_enabled(config):
        config.extra["polyfills"] = [*config.extra.get("polyfills", []), SHIM]
    return config
