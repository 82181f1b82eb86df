"""Load and check the glossary (data/glossary.yml) and the acronym list (data/acronyms.txt).

The glossary is data: one entry per term with its English expansion, a short
Korean definition and the page section that teaches it, and optionally the
Korean name the pages use (`ko`) and other forms learners type (`aliases`:
transliterations, spacing variants, former names). It is the site's one
synonym table: the search index (hook_search_ko.py) reads every form. The glossary page and
the acronym tooltips on every page are rendered from it (hook_glossary.py);
check_glossary.py fails when a page uses a listed acronym it does not define.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

FIELDS = {"term", "expansion", "definition", "link", "ko", "aliases"}
RAW_HTML = re.compile(r"<\s*[A-Za-z!/?]")
LINK = re.compile(r"^[\w-]+(?:/[\w-]+)?\.md#\S+$")


@dataclass(frozen=True)
class Term:
    term: str
    definition: str
    link: str
    expansion: str | None = None
    ko: str | None = None
    aliases: tuple[str, ...] = ()

    @property
    def forms(self) -> list[str]:
        """Every way to write the term: the term, its expansion, Korean name and aliases."""
        candidates = [self.term, self.expansion, self.ko, *self.aliases]
        return list(dict.fromkeys(form for form in candidates if form))

    @property
    def is_acronym(self) -> bool:
        """Latin-script terms get a tooltip (abbr) wherever they appear."""
        return bool(re.fullmatch(r"[A-Za-z][A-Za-z0-9./-]*", self.term))


def load_glossary(path: Path) -> tuple[list[Term], list[str]]:
    """(terms, problems); each problem names the file, the entry and what is wrong."""
    name = "data/glossary.yml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        return [], [f"{name}: cannot read: {error}"]
    if not isinstance(data, list) or not data:
        return [], [f"{name}: must be a non-empty list of entries"]
    terms: list[Term] = []
    problems: list[str] = []
    seen: set[str] = set()
    for number, entry in enumerate(data, start=1):
        where = f"{name}: entry {number}"
        if not isinstance(entry, dict):
            problems.append(f"{where}: must be a mapping")
            continue
        where = f"{where} ({entry.get('term', '?')})"
        unknown = set(entry) - FIELDS
        if unknown:
            problems.append(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
        values = {key: entry.get(key) for key in FIELDS}
        for key in ("term", "definition", "link"):
            if not isinstance(values[key], str) or not values[key].strip():
                problems.append(f"{where}: '{key}' must be non-empty text")
        for key in ("expansion", "ko"):
            if values[key] is not None and (not isinstance(values[key], str) or not values[key].strip()):
                problems.append(f"{where}: '{key}' must be non-empty text")
        aliases = values["aliases"]
        if aliases is not None and (not isinstance(aliases, list)
                                    or not all(isinstance(a, str) and a.strip() for a in aliases)):
            problems.append(f"{where}: 'aliases' must be a list of non-empty texts")
        texts = [*values.values(), *(aliases if isinstance(aliases, list) else [])]
        if any(isinstance(v, str) and RAW_HTML.search(v) for v in texts):
            problems.append(f"{where}: raw HTML is not allowed")
        if isinstance(values["link"], str) and not LINK.match(values["link"].strip()):
            problems.append(f"{where}: 'link' must look like page.md#anchor or folder/page.md#anchor")
        if isinstance(values["term"], str):
            if values["term"] in seen:
                problems.append(f"{where}: duplicate term")
            seen.add(values["term"])
        if not problems or not problems[-1].startswith(where):
            terms.append(Term(term=values["term"].strip(), definition=" ".join(values["definition"].split()),
                              link=values["link"].strip(), expansion=(values["expansion"] or None),
                              ko=(values["ko"] or "").strip() or None,
                              aliases=tuple(a.strip() for a in values["aliases"] or ())))
    owners = {term.term.casefold(): term.term for term in terms}
    for term in terms:
        for form in (term.ko, *term.aliases):
            owner = owners.get((form or "").casefold())
            if owner and owner != term.term:
                problems.append(f"{name}: ({term.term}): '{form}' is the term of another entry ({owner})")
    return terms, problems


def load_acronyms(path: Path) -> list[str]:
    """The maintained list: one acronym per line; blank lines and # comments ignored."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.strip().startswith("#")]
