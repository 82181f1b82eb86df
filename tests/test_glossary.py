"""The glossary: data checks, the acronym check, the rendered page and the tooltips."""

from __future__ import annotations

import re
import subprocess
import sys

from conftest import ROOT, CHECKS

from check_glossary import check
from glossary import load_acronyms, load_glossary
from hook_glossary import tooltip

ENTRY = "- term: BGP\n  expansion: Border Gateway Protocol\n  definition: 경로 벡터 프로토콜입니다.\n  link: a.md#b\n"


def test_real_glossary_defines_every_listed_acronym_used_on_the_site():
    assert check(ROOT) == []
    terms, problems = load_glossary(ROOT / "data" / "glossary.yml")
    assert problems == [] and len(terms) >= 60
    assert set(load_acronyms(ROOT / "data" / "acronyms.txt")) <= {t.term for t in terms}


def test_check_fails_on_an_acronym_the_glossary_does_not_define(project):
    (project / "data" / "glossary.yml").write_text(ENTRY, encoding="utf-8")
    (project / "data" / "acronyms.txt").write_text("# maintained list\nBGP\nOSPF\nVNI\n", encoding="utf-8")
    (project / "docs" / "demo.md").write_text(
        "# 데모\n\nBGP와 OSPF를 비교합니다.\n\n```text\nVNI 100\n```\n\n`VNI`는 코드입니다.\n", encoding="utf-8")
    assert check(project) == [
        "docs/demo.md:3: 'OSPF' is in data/acronyms.txt but data/glossary.yml does not define it"]
    result = subprocess.run([sys.executable, str(CHECKS / "check_glossary.py"), "--root", str(project)],
                            capture_output=True, text=True)
    assert result.returncode == 1 and "'OSPF' is in data/acronyms.txt" in result.stdout


def test_malformed_glossary_entries_are_named(tmp_path):
    path = tmp_path / "glossary.yml"
    path.write_text(ENTRY + ENTRY + "- term: X\n  definition: <b>굵게</b>\n  link: nowhere\n  color: red\n",
                    encoding="utf-8")
    problems = load_glossary(path)[1]
    assert "data/glossary.yml: entry 2 (BGP): duplicate term" in problems
    assert any("entry 3 (X): unknown field(s) color" in p for p in problems)
    assert any("entry 3 (X): raw HTML is not allowed" in p for p in problems)
    assert any("entry 3 (X): 'link' must look like page.md#anchor" in p for p in problems)


def test_glossary_page_and_tooltips(built_site):
    terms = load_glossary(ROOT / "data" / "glossary.yml")[0]
    page = (built_site / "glossary" / "index.html").read_text(encoding="utf-8")
    assert page.count("<dt>") == len(terms)
    bgp = next(t for t in terms if t.term == "BGP")
    network = (built_site / "network-design" / "index.html").read_text(encoding="utf-8")
    assert re.search(rf'<abbr title="{re.escape(tooltip(bgp))}">BGP</abbr>', network)
    named = [t for t in terms if t.ko and t.is_acronym]
    for term in named[:3]:  # an acronym with a Korean name shows both when hovered
        assert tooltip(term) == f"{term.expansion} ({term.ko})"
        assert f"다른 표기: {term.ko}" in re.sub(r"<[^>]+>", "", page)  # acronyms in it carry <abbr>


def test_glossary_forms_and_malformed_synonyms(tmp_path):
    path = tmp_path / "glossary.yml"
    path.write_text(ENTRY.replace("  link:", "  ko: 경계 게이트웨이 프로토콜\n  aliases: [비지피]\n  link:")
                    + "- term: OSPF\n  definition: 링크 상태 프로토콜입니다.\n  aliases: [BGP, '']\n  link: a.md#c\n"
                    + "- term: VNI\n  definition: 식별자입니다.\n  aliases: 브이엔아이\n  link: a.md#d\n",
                    encoding="utf-8")
    terms, problems = load_glossary(path)
    assert terms[0].forms == ["BGP", "Border Gateway Protocol", "경계 게이트웨이 프로토콜", "비지피"]
    assert "data/glossary.yml: entry 2 (OSPF): 'aliases' must be a list of non-empty texts" in problems
    assert "data/glossary.yml: entry 3 (VNI): 'aliases' must be a list of non-empty texts" in problems
    path.write_text(ENTRY + "- term: OSPF\n  definition: 링크 상태입니다.\n  aliases: [bgp]\n  link: a.md#c\n",
                    encoding="utf-8")
    assert load_glossary(path)[1] == ["data/glossary.yml: (OSPF): 'bgp' is the term of another entry (BGP)"]
