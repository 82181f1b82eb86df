"""Korean search enrichment: adjacent Hangul words joined, added as hidden index fields."""

from __future__ import annotations

import json

from hook_search_ko import joined_pairs


def test_adjacent_hangul_words_are_joined():
    text = "<p>로드 밸런서를 앞에 두고, 보안 그룹. 헬스 체크는 TCP 로 합니다</p>"
    pairs = joined_pairs(text)
    assert "로드밸런서를" in pairs and "헬스체크는" in pairs
    assert "보안그룹" in pairs  # the second word may end a clause
    assert "그룹헬스" not in pairs  # not across a sentence boundary
    assert not [p for p in pairs if "TCP" in p]


def test_built_index_has_the_korean_fields(built_site):
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert index["config"]["fields"]["ko_title"] == {"boost": 1000.0}
    assert index["config"]["fields"]["ko"] == {"boost": 1.0}
    appliances = [doc for doc in index["docs"] if doc["location"].startswith("appliances/")]
    assert any("로드밸런서" in doc["ko_title"] for doc in appliances)
    assert all("ko" in doc for doc in index["docs"])
