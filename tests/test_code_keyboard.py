"""Wide code blocks are keyboard-focusable before Material mounts them (scripts/hooks/hook_code_keyboard.py)."""

from __future__ import annotations

from hook_code_keyboard import MAX_UNSCROLLED_COLUMNS, display_width, on_page_content as mark_wide_code


def code_block(code: str) -> str:
    return f'<div class="highlight"><pre><span></span><code>{code}</code></pre></div>'


def test_only_code_wider_than_the_column_is_made_focusable():
    korean = "# " + "가" * ((MAX_UNSCROLLED_COLUMNS - 1) // 2)  # 2 + 2 x 39 = 80 columns
    assert display_width(korean) == MAX_UNSCROLLED_COLUMNS
    narrow = code_block(f'<span class="c1">{korean}</span>\nls')
    wide = code_block(f'<span class="c1">{korean}가</span>\nls &amp;&amp; true')
    diagram = f'<pre class="mermaid"><code>flowchart LR\n  A["{korean}가"] --> B</code></pre>'
    marked = mark_wide_code(narrow + diagram + wide, None, None, None)
    assert marked == narrow + diagram + wide.replace("<code>", '<code tabindex="0">')
