"""The forms of Korean terms that learners type but the page text does not contain as words.

Material's search splits text at whitespace and matches query terms as
prefixes. A page that writes 로드 밸런서를 has the words 로드 and 밸런서를, so
the query 로드밸런서 finds nothing; a page that writes 보안그룹을 as one word has
no word starting with 그룹. For each text this module returns:

- compounds: adjacent nouns joined (로드 밸런서 -> 로드밸런서, 혼잡 제어 -> 혼잡제어,
  VPC 피어링 -> VPC피어링), up to four nouns, without the particles that follow;
- inner nouns: a noun that starts inside a word (보안그룹을 -> 그룹).

The morphological analysis is Kiwi's (kiwipiepy, which ships its model). It
costs a few seconds for the whole site, so results are cached per text in
.cache/korean-terms.json: a rebuild under `mkdocs serve` analyses only the
texts that changed, and loads the model only when there is one.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

# Kiwi tags that name things: common and proper nouns, roots, foreign words and
# noun-forming suffixes (멱등+성). Numbers and dependent nouns are left out.
NOUN_TAGS = {"NNG", "NNP", "XR", "SL", "XSN"}
MAX_COMPOUND = 4
CACHE_VERSION = "1"


def _is_hangul(text: str) -> bool:
    return any("가" <= char <= "힣" for char in text)


def forms_from_tokens(text: str, tokens) -> list[str]:
    """Compounds and inner nouns of one analysed text, in first-seen order."""
    found: dict[str, None] = {}
    run: list = []

    def flush() -> None:
        for size in range(2, MAX_COMPOUND + 1):
            for start in range(len(run) - size + 1):
                parts = run[start:start + size]
                if any(_is_hangul(part.form) for part in parts):
                    found["".join(part.form for part in parts)] = None
        run.clear()

    for token in tokens:
        if token.tag not in NOUN_TAGS:
            flush()
            continue
        if run:
            gap = text[run[-1].start + run[-1].len:token.start]
            if gap not in ("", " "):
                flush()
        starts_word = token.start == 0 or text[token.start - 1].isspace()
        if not starts_word and token.tag != "XSN" and _is_hangul(token.form) and len(token.form) >= 2:
            found[token.form] = None
        run.append(token)
    flush()
    return list(found)


class KoreanTerms:
    """forms(texts) with a per-text cache on disk; the model loads on the first cache miss."""

    def __init__(self, cache_file: Path):
        self.cache_file = cache_file
        self._kiwi = None
        try:
            cache = json.loads(cache_file.read_text(encoding="utf-8"))
            self._cache = cache["forms"] if cache.get("version") == CACHE_VERSION else {}
        except (OSError, ValueError, KeyError, TypeError):
            self._cache = {}

    @staticmethod
    def _key(text: str) -> str:
        return hashlib.sha1(text.encode("utf-8")).hexdigest()

    def forms(self, texts: list[str]) -> list[list[str]]:
        keys = [self._key(text) for text in texts]
        missing = {key: text for text, key in zip(texts, keys) if key not in self._cache}
        if missing:
            if self._kiwi is None:
                from kiwipiepy import Kiwi

                self._kiwi = Kiwi()
            for (key, text), tokens in zip(missing.items(), self._kiwi.tokenize(list(missing.values()))):
                self._cache[key] = forms_from_tokens(text, tokens)
        used = {key: self._cache[key] for key in keys}
        if missing or len(used) != len(self._cache):
            # Keep only what this build used, so the cache does not grow with every edit.
            self._cache = used
            self.cache_file.parent.mkdir(parents=True, exist_ok=True)
            self.cache_file.write_text(json.dumps({"version": CACHE_VERSION, "forms": used}, ensure_ascii=False),
                                       encoding="utf-8")
        return [self._cache[key] for key in keys]
