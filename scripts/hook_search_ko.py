"""MkDocs hook: let Korean search find compounds typed without a space.

The pages write 로드 밸런서, 보안 그룹, 헬스 체크 with spaces; learners often
type 로드밸런서, 보안그룹, 헬스체크. Material's search splits on whitespace and
matches prefixes, so a query with a particle-free stem already finds 라우팅을,
but a compound typed as one word finds nothing. After Material writes the
index, this adds fields `ko_title` and `ko` to each entry holding every pair of adjacent
Hangul words joined together (로드 밸런서를 -> 로드밸런서를, which the prefix
query 로드밸런서 matches). The fields are searched but never shown.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from mkdocs.plugins import event_priority

# Joined pairs from a section's title weigh as much as the title itself.
FIELDS = {"ko_title": ("title", 1000.0), "ko": ("text", 1.0)}
_TAG = re.compile(r"<[^>]+>")
_HANGUL_WORD = re.compile(r"^[가-힣]+$")
# The second word may end a clause (보안 그룹, / 헬스 체크.), the first may not:
# a pair across a sentence or list boundary is not a compound.
_SECOND_WORD = re.compile(r"^([가-힣]+)[.,;:!?)\]」』'\"]*$")


def joined_pairs(text: str) -> list[str]:
    """Adjacent Hangul word pairs written together, in first-seen order."""
    words = _TAG.sub(" ", text).split()
    pairs: dict[str, None] = {}
    for first, second in zip(words, words[1:]):
        match = _SECOND_WORD.match(second)
        if _HANGUL_WORD.match(first) and match:
            pairs[first + match.group(1)] = None
    return list(pairs)


# After Material's search plugin has written search/search_index.json.
@event_priority(-50)
def on_post_build(config):
    path = Path(config.site_dir) / "search" / "search_index.json"
    if not path.is_file():
        return
    index = json.loads(path.read_text(encoding="utf-8"))
    for field, (source, boost) in FIELDS.items():
        index["config"]["fields"][field] = {"boost": boost}
        for doc in index["docs"]:
            doc[field] = " ".join(joined_pairs(doc.get(source, "")))
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
