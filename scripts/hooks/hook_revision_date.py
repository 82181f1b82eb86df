"""MkDocs hook: show when each page last changed, from git history.

Material prints `page.meta.revision_date` under the page ("최종 업데이트").
Outside a git checkout (or for a file never committed) nothing is shown.
"""

from __future__ import annotations

import subprocess
from pathlib import Path


def on_page_markdown(markdown: str, page, config, files):
    source = Path(page.file.abs_src_path)
    try:
        result = subprocess.run(["git", "log", "-1", "--format=%cs", "--", source.name],
                                capture_output=True, text=True, cwd=source.parent, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return markdown
    date = result.stdout.strip()
    if result.returncode == 0 and date:
        page.meta["revision_date"] = date
    return markdown
