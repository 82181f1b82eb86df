"""MkDocs hook: let Korean search find the forms learners type, and land on the teaching section.

After Material writes search/search_index.json, each entry (a page or one of
its sections) gets hidden fields that are searched but never shown:

- `ko`: compounds and inner nouns of its text (korean_terms.py: 로드 밸런서를 ->
  로드밸런서), and every form of each glossary term the text mentions, so that a
  transliteration or an English name finds text that uses another form
  (keepalive <-> 킵얼라이브, DLQ <-> 데드 레터 큐);
- `ko_title`: the same for its title, weighted like the title itself;
- `ko_teach`: every form of each glossary term whose `link` is this section,
  weighted like a title, so a query that names a concept ranks the section
  that teaches it above pages that only mention it.

Entries of the labs pages get half the weight (LABS_BOOST).

Particles on the query side (로드밸런서를 -> 로드밸런서) are stripped in the
browser by overrides/partials/search-query-ko.js.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import ahocorasick
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from glossary import Term, load_glossary
from korean_terms import KoreanTerms

FIELDS = {"ko_title": 1000.0, "ko": 1.0, "ko_teach": 1000.0}
# Labs pages practise what the competency pages teach; a concept's name should
# land on the teaching section first (Material multiplies a document's score by
# its boost, as it does for a page's `search: boost` front matter).
LABS_BOOST = 0.5
_LABS = re.compile(r"^[\w-]+/labs/")
_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")


def plain(html: str) -> str:
    return _SPACE.sub(" ", _TAG.sub(" ", html)).strip()


def location_of(link: str) -> str:
    """A glossary link (network-design/index.md#anchor) as a search index location (network-design/#anchor)."""
    page, _, anchor = link.partition("#")
    path = page.removesuffix("index.md").removesuffix(".md")
    path = path if not path or path.endswith("/") else path + "/"
    return f"{path}#{anchor}" if anchor else path


def _squeeze(text: str) -> str:
    """Casefolded, without whitespace: a form's parts may be written apart or together."""
    return _SPACE.sub("", text.casefold())


def _pattern(form: str) -> re.Pattern:
    """A form as a whole word: not inside a longer Latin word; Korean forms may take particles."""
    body = r"\s*".join(re.escape(part) for part in form.split())
    flags = 0 if form.isupper() else re.IGNORECASE  # acronyms match their case only (AS is not "as")
    return re.compile(rf"(?<![A-Za-z0-9]){body}(?![A-Za-z0-9])", flags)


class Synonyms:
    """Each glossary term's forms, and which of them a text mentions."""

    def __init__(self, terms: list[Term]):
        self.terms = terms
        # Testing some 600 forms one by one on each of some 1,300 texts took most
        # of a second. One Aho-Corasick pass over the text, without its spaces
        # and case, finds the forms that may be in it; only those are checked
        # with their word pattern.
        self.forms: dict[str, list[tuple[int, re.Pattern]]] = {}
        for index, term in enumerate(terms):
            for form in term.forms:
                self.forms.setdefault(_squeeze(form), []).append((index, _pattern(form)))
        self.candidates = ahocorasick.Automaton()
        for key in self.forms:
            self.candidates.add_word(key, key)
        if self.forms:
            self.candidates.make_automaton()
        self.teaching = {}
        for term in terms:
            self.teaching.setdefault(location_of(term.link), []).append(term)

    @staticmethod
    def all_forms(term: Term) -> list[str]:
        """Every form, also written without its spaces (데드 레터 큐 -> 데드레터큐)."""
        forms = [*term.forms, *(form.replace(" ", "") for form in term.forms if " " in form)]
        return list(dict.fromkeys(forms))

    def mentioned(self, text: str) -> list[str]:
        if not self.forms:
            return []
        hits: set[int] = set()
        # A form can occur many times; each is checked once.
        for key in {key for _, key in self.candidates.iter(_squeeze(text))}:
            hits.update(index for index, pattern in self.forms[key] if index not in hits and pattern.search(text))
        return list(dict.fromkeys(form for index in sorted(hits) for form in self.all_forms(self.terms[index])))

    def taught_at(self, location: str) -> list[str]:
        return [form for term in self.teaching.get(location, []) for form in self.all_forms(term)]


def enrich(index: dict, synonyms: Synonyms, korean: KoreanTerms) -> dict:
    docs = index["docs"]
    titles = [plain(doc.get("title", "")) for doc in docs]
    texts = [plain(doc.get("text", "")) for doc in docs]
    analysed = korean.forms(titles + texts)
    title_forms, text_forms = analysed[:len(docs)], analysed[len(docs):]
    for field, boost in FIELDS.items():
        index["config"]["fields"][field] = {"boost": boost}
    for doc, title, text, in_title, in_text in zip(docs, titles, texts, title_forms, text_forms):
        doc["ko_title"] = " ".join(dict.fromkeys([*in_title, *synonyms.mentioned(title)]))
        doc["ko"] = " ".join(dict.fromkeys([*in_text, *synonyms.mentioned(text)]))
        doc["ko_teach"] = " ".join(dict.fromkeys(synonyms.taught_at(doc["location"])))
        if _LABS.match(doc["location"]):
            doc["boost"] = doc.get("boost", 1.0) * LABS_BOOST
    return index


# After Material's search plugin has written search/search_index.json.
@event_priority(-50)
def on_post_build(config):
    path = Path(config.site_dir) / "search" / "search_index.json"
    if not path.is_file():
        return
    root = Path(config.config_file_path).parent
    terms, problems = load_glossary(root / "data" / "glossary.yml")
    if problems:
        raise PluginError("data/glossary.yml is invalid:\n  " + "\n  ".join(problems))
    index = json.loads(path.read_text(encoding="utf-8"))
    enrich(index, Synonyms(terms), KoreanTerms(root / ".cache" / "korean-terms.json"))
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
