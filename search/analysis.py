"""Text analysis shared by every engine: words, Swedish stems, compounds and spelling.

Documents and queries go through the same steps, so a search for "förskola" finds
"förskolor", "Förskolan" and "förskoleplats", and "forskola" typed without the ring finds
them too. Stemming is Snowball's (the algorithm PostgreSQL's `swedish` configuration and
Elasticsearch's Swedish stemmer use); compound words are split against a word list that
the Elasticsearch engine's decompounder shares (search/data/sv_compound_parts.txt).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import snowballstemmer

WORD = re.compile(r"\w+", re.UNICODE)
MIN_COMPOUND = 7  # shorter words are not split
MAX_COMPOUND = 40  # nor longer ones: no real compound is, and splitting costs per letter
MAX_TEXT = 100_000  # characters of a document that are analysed
HIGHLIGHT_SCAN = 10_000  # characters looked through for a match to highlight
_STEMMERS = {"sv": "swedish", "en": "english", "fi": "finnish", "ar": "arabic", "fa": "persian"}
_FOLD = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "ü": "u"})
STOPWORDS = {
    "sv": frozenset(
        [
            "och",
            "att",
            "det",
            "i",
            "på",
            "är",
            "som",
            "en",
            "för",
            "med",
            "den",
            "till",
            "av",
            "om",
            "har",
            "de",
            "inte",
            "ett",
            "jag",
            "du",
            "vi",
            "ni",
            "vad",
            "hur",
            "var",
            "när",
            "kan",
            "ska",
            "man",
            "så",
            "eller",
            "men",
            "från",
            "vid",
            "sig",
            "sin",
            "sitt",
            "sina",
            "mitt",
            "min",
            "mig",
            "dig",
            "oss",
            "er",
            "dem",
            "han",
            "hon",
            "hen",
        ]
    ),
    "en": frozenset(
        [
            "a",
            "an",
            "and",
            "are",
            "as",
            "at",
            "be",
            "by",
            "for",
            "from",
            "how",
            "i",
            "in",
            "is",
            "it",
            "of",
            "on",
            "or",
            "the",
            "to",
            "what",
            "when",
            "where",
            "which",
            "who",
            "why",
            "with",
            "you",
            "your",
            "can",
            "do",
            "my",
        ]
    ),
}
COMPOUND_PARTS_FILE = Path(__file__).parent / "data" / "sv_compound_parts.txt"


def words(text: str) -> list[str]:
    """Lower-cased words, with å, ä and ö kept."""
    return WORD.findall(unicodedata.normalize("NFC", text).lower())


def fold(word: str) -> str:
    """The word as typed without Swedish letters: förskola -> forskola."""
    return word.translate(_FOLD)


class _Stemmers(threading.local):
    """A Snowball stemmer keeps the word it works on in the object, so a shared one hands
    threads each other's stems: one per thread and locale (cheaper than a lock, measured)."""

    def __init__(self) -> None:
        self.by_locale: dict[str, snowballstemmer.stemmer] = {}


_THREAD_STEMMERS = _Stemmers()


def _stemmer(locale: str) -> snowballstemmer.stemmer | None:
    algorithm = _STEMMERS.get(locale)
    if algorithm is None:
        return None
    stemmers = _THREAD_STEMMERS.by_locale
    if locale not in stemmers:
        stemmers[locale] = snowballstemmer.stemmer(algorithm)
    return stemmers[locale]


def stem(word: str, locale: str) -> str:
    stemmer = _stemmer(locale)
    return stemmer.stemWord(word) if stemmer is not None else word


@cache
def compound_parts() -> frozenset[str]:
    lines = COMPOUND_PARTS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def _part(candidate: str) -> str | None:
    """The known word a compound's first part stands for (förskole -> förskola)."""
    known = compound_parts()
    options = [candidate]
    if candidate.endswith("s"):
        options.append(candidate[:-1])  # the linking s: parkering-s-tillstånd
    if candidate.endswith("e"):
        options.append(candidate[:-1] + "a")  # förskole-plats
    options.append(candidate + "a")  # skol-gård
    return next((option for option in options if option in known), None)


@lru_cache(maxsize=65_536)
def split_compound(word: str) -> tuple[str, ...]:
    """The parts of a Swedish compound (parkeringstillstånd -> parkering, tillstånd), or ()."""
    if not MIN_COMPOUND <= len(word) <= MAX_COMPOUND:
        return ()
    for i in range(len(word) - 3, 2, -1):  # the longest first part first
        left = _part(word[:i])
        if left is None:
            continue
        right = word[i:]
        if right in compound_parts() or _part(right) == right:
            return (left, right)
        rest = split_compound(right)
        if rest:
            return (left, *rest)
    return ()


@lru_cache(maxsize=131_072)
def _forms(word: str, locale: str) -> frozenset[str]:
    """The stems a word is indexed and searched under."""
    stems = {stem(word, locale)}
    if locale == "sv" and len(word) > 5:
        # Definite forms Snowball keeps whole: förskolan, lånekortet.
        if word.endswith("n") and word[-2] in "aeiouyåäö":
            stems.add(stem(word[:-1], locale))
        elif word.endswith("et"):
            stems.add(stem(word[:-2], locale))
    return frozenset(stems | {fold(s) for s in stems})


@lru_cache(maxsize=131_072)
def _found_by(word: str, locale: str) -> frozenset[str]:
    """The stems that find a word of a text: its own forms and its compound parts'."""
    return _forms(word, locale).union(*(_forms(part, locale) for part in split_compound(word)))


def index_terms(text: str, locale: str) -> list[str]:
    """Every term a text is found by, in order, with compound parts after their word."""
    stop = STOPWORDS.get(locale, frozenset())
    out: list[str] = []
    for word in words(text[:MAX_TEXT]):
        if word in stop:
            continue
        out.extend(sorted(_forms(word, locale)))
        if locale == "sv":
            for part in split_compound(word):
                out.extend(sorted(_forms(part, locale)))
    return out


@dataclass(frozen=True)
class Alternative:
    """Stems that must all be present (one stem, or the parts of a compound or phrase)."""

    stems: tuple[str, ...]
    prefix: bool = False  # the last stem may be the start of a longer term


@dataclass(frozen=True)
class AnalysedQuery:
    """A query as groups of alternatives: every group must match, any alternative in it."""

    text: str
    words: tuple[str, ...]
    groups: tuple[tuple[Alternative, ...], ...]

    @property
    def stems(self) -> frozenset[str]:
        return frozenset(s for group in self.groups for alt in group for s in alt.stems)


def analyse_query(
    text: str, locale: str, *, synonyms: dict[str, list[str]] | None = None, prefix: bool = False
) -> AnalysedQuery:
    """Groups of alternatives for each word: its stems, its compound parts and its synonyms.

    `synonyms` maps a word to the words or phrases that mean the same (search.synonyms).
    With `prefix`, the last word also matches longer words that start with it.
    """
    stop = STOPWORDS.get(locale, frozenset())
    all_words = words(text)
    kept = [w for w in all_words if w not in stop] or all_words
    groups = []
    for index, word in enumerate(kept):
        alternatives = {Alternative((s,)) for s in _forms(word, locale)}
        parts = split_compound(word) if locale == "sv" else ()
        if parts:
            alternatives.add(Alternative(tuple(stem(p, locale) for p in parts)))
        for phrase in (synonyms or {}).get(word, []):
            phrase_words = [w for w in words(phrase) if w not in stop]
            if phrase_words:
                alternatives.add(Alternative(tuple(stem(w, locale) for w in phrase_words)))
        if prefix and index == len(kept) - 1:
            alternatives.add(Alternative((word,), prefix=True))
        groups.append(tuple(sorted(alternatives, key=lambda a: (a.stems, a.prefix))))
    return AnalysedQuery(text=text, words=tuple(kept), groups=tuple(groups))


def highlight(text: str, query: AnalysedQuery, locale: str, *, length: int = 180) -> str:
    """A snippet of `text` around the first match, matches in <mark>, the rest escaped."""
    from html import escape

    if not text:
        return ""
    stems = query.stems
    spans: list[tuple[int, int]] = []
    for match in WORD.finditer(text, 0, min(len(text), HIGHLIGHT_SCAN)):
        if spans and match.start() > spans[0][0] + length:
            break  # past the snippet around the first match
        if not _found_by(match.group().lower(), locale).isdisjoint(stems):
            spans.append(match.span())
    start = max(0, spans[0][0] - length // 3) if spans else 0
    end = min(len(text), start + length)
    if start > 0:
        start = text.find(" ", start) + 1 or start
    out, cursor = [], start
    for a, b in spans:
        if a < start or b > end:
            continue
        out.append(escape(text[cursor:a]) + "<mark>" + escape(text[a:b]) + "</mark>")
        cursor = b
    out.append(escape(text[cursor:end]))
    snippet = "".join(out)
    return ("…" if start > 0 else "") + snippet + ("…" if end < len(text) else "")
