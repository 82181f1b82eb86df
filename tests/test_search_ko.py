"""Korean search: the forms learners type are in the index, and particles leave the query."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from conftest import IN_CI, ROOT

from glossary import Term, load_glossary
from hook_search_ko import Synonyms, enrich, location_of
from korean_terms import KoreanTerms

QUERY_SCRIPT = ROOT / "overrides" / "partials" / "search-query-ko.js"


def test_compounds_and_inner_nouns_without_particles(tmp_path):
    korean = KoreanTerms(tmp_path / "cache.json")
    [forms] = korean.forms(["로드 밸런서를 앞에 두고, 보안그룹을 VPC 피어링에 적용합니다. 혼잡 제어가 동작합니다"])
    assert {"로드밸런서", "그룹", "VPC피어링", "혼잡제어"} <= set(forms)
    assert not [form for form in forms if form.endswith(("를", "을", "가"))]
    assert "두고보안" not in forms  # not across a comma


def test_analysis_is_cached_per_text(tmp_path):
    cache = tmp_path / "cache.json"
    first = KoreanTerms(cache).forms(["헬스 체크 간격"])
    again = KoreanTerms(cache)

    class NoModel:
        def tokenize(self, texts):
            raise AssertionError("the cached text was analysed again")

    again._kiwi = NoModel()
    assert again.forms(["헬스 체크 간격"]) == first == [["헬스체크", "체크간격", "헬스체크간격"]]


def term(name: str, link: str, **fields) -> Term:
    return Term(term=name, definition="정의", link=link, **fields)


def test_glossary_forms_reach_sections_that_mention_or_teach_them(tmp_path):
    terms = [
        term("DLQ", "event-driven/index.md#dead-letter", expansion="Dead Letter Queue", ko="데드 레터 큐"),
        term("keepalived", "appliances/index.md#vrrp", aliases=("킵얼라이브드",)),
        term("AS", "network-design/index.md#bgp", expansion="Autonomous System"),
    ]
    index = {"config": {"fields": {}}, "docs": [
        {"location": "event-driven/#dead-letter", "title": "Dead letter", "text": "<p>큐 설명</p>"},
        {"location": "appliances/#other", "title": "다른 절", "text": "<p>keepalived를 씁니다. as a rule</p>"},
        {"location": "appliances/labs/#lab-1", "title": "실습", "text": "<p>keepalived 실습</p>"},
    ]}
    enrich(index, Synonyms(terms), KoreanTerms(tmp_path / "cache.json"))
    teach, mention, lab = index["docs"]
    assert lab["boost"] == 0.5 and "boost" not in teach  # labs practise; the teaching section ranks first
    assert set(teach["ko_teach"].split()) >= {"DLQ", "데드레터큐", "데드", "레터", "큐"}
    assert "킵얼라이브드" in mention["ko"].split() and mention["ko_teach"] == ""
    assert "Autonomous" not in mention["ko"]  # "as" is not the acronym AS
    assert index["config"]["fields"]["ko_teach"] == {"boost": 1000.0}


@pytest.mark.parametrize(("link", "location"), [
    ("network-design/index.md#vxlan", "network-design/#vxlan"),
    ("glossary.md#x", "glossary/#x"),
    ("index.md#a", "#a"),
])
def test_glossary_links_map_to_index_locations(link, location):
    assert location_of(link) == location


def test_built_index_sends_glossary_forms_to_the_teaching_section(built_site):
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert {"ko", "ko_title", "ko_teach"} <= set(index["config"]["fields"])
    by_location = {doc["location"]: doc for doc in index["docs"]}
    terms = load_glossary(ROOT / "data" / "glossary.yml")[0]
    for glossary_term in terms:
        doc = by_location.get(location_of(glossary_term.link))
        assert doc is not None, f"{glossary_term.term}: {glossary_term.link} is not in the search index"
        assert glossary_term.term in doc["ko_teach"].split() or " " in glossary_term.term
    appliances = [doc for doc in index["docs"] if doc["location"].startswith("appliances/")]
    assert any("로드밸런서" in doc["ko_title"].split() for doc in appliances)


@pytest.fixture(scope="module")
def node():
    path = shutil.which("node")
    if path is None:
        if IN_CI:
            pytest.fail("node is not installed")
        pytest.skip("node is not installed")
    return path


@pytest.mark.parametrize(("query", "normalized"), [
    ("로드밸런서를", "로드밸런서"),
    ("CQRS란", "CQRS"),
    ("VPC 피어링은", "VPC 피어링 VPC피어링"),  # adjacent words also joined: a compound typed with a space
    ("멱등성이란 무엇인가", "멱등성"),
    ("PMTU 블랙홀은 왜 생기나요", "PMTU 블랙홀 PMTU블랙홀"),
    ("eBGP iBGP", "eBGP iBGP"),
    ("게이트웨이에서는", "게이트웨이"),
    ("효과", "효과"),  # two syllables stay: 과 is not stripped from a one-syllable stem
    ("BGP", "BGP"),
    ("어떻게", "어떻게"),  # a query of question words alone is kept as typed
])
def test_query_particles_are_stripped(node, query, normalized):
    script = (f"global.window = {{Worker: function () {{}}}};\n{QUERY_SCRIPT.read_text(encoding='utf-8')}\n"
              f"process.stdout.write(window.__normalizeSearchQuery({json.dumps(query)}));")
    result = subprocess.run([node, "-e", script], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stderr
    assert result.stdout == normalized


def test_query_normalizer_wraps_the_worker_that_is_assigned_later(node):
    """The file:// shim assigns window.Worker after this script has run: that worker is wrapped too."""
    script = (f"global.window = {{}};\n{QUERY_SCRIPT.read_text(encoding='utf-8')}\n"
              "const sent = [];\n"
              "window.Worker = function Shim(url) { this.postMessage = m => sent.push(m); };\n"
              "const worker = new window.Worker('search.js');\n"
              "worker.postMessage({type: 2, data: '보안그룹을'});\n"
              "worker.postMessage({type: 0, data: '그대로를'});\n"
              "process.stdout.write(JSON.stringify(sent));")
    result = subprocess.run([node, "-e", script], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [{"type": 2, "data": "보안그룹"}, {"type": 0, "data": "그대로를"}]
