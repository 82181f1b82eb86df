"""The Chromium that the tests, the diagram renderer and the measuring tools drive.

Debian's `chromium` package (`make browser`), or the one $CHROMIUM names.
`playwright install` is not used: it downloads a browser at install time.
"""

from __future__ import annotations

import os

# Run as root in a container (no sandbox, no GPU, a small /dev/shm), and make
# no request of the browser's own to Google's services.
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


def executable() -> str:
    return os.environ.get("CHROMIUM", "/usr/bin/chromium")
