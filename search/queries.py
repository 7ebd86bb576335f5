"""Searching as readers see it: synonyms, editors' promoted results, and a corrected
query when nothing matches. Engines only answer the analysed query they are given."""

from __future__ import annotations

from dataclasses import dataclass, field

from search.analysis import analyse_query, words
from search.documents import SearchDocument, registry
from search.engines import get_engine
from search.engines.base import (
    RANK_CAP,
    GeoFilter,
    Hit,
    SearchQuery,
    SearchResult,
    Suggestion,
)
from search.models import Synonym

MAX_QUERY_LENGTH = 200


@dataclass
class Answer:
    """What a search returns to the API."""

    result: SearchResult
    promoted: list[SearchDocument] = field(default_factory=list)
    did_you_mean: str | None = None  # the corrected query the results are for


def synonyms_for(locale: str) -> dict[str, list[str]]:
    """Each word editors listed as a synonym, with the words and phrases it means."""
    out: dict[str, list[str]] = {}
    for synonym in Synonym.objects.filter(locale=locale):
        terms = synonym.words()
        for term in terms:
            if " " not in term:
                out.setdefault(term, []).extend(t for t in terms if t != term)
    return out


def search(
    text: str,
    *,
    locale: str,
    kind: str | None = None,
    organisation: str | None = None,
    topic: str | None = None,
    type: str | None = None,
    geo: GeoFilter | None = None,
    limit: int = 20,
    offset: int = 0,
) -> Answer:
    """Results for what a person typed, best first.

    Promoted results (best bets) come first on the first page and are not repeated below.
    When nothing matches, each word is replaced by the closest indexed word and the
    corrected query is searched instead.
    """
    engine = get_engine()
    synonyms = synonyms_for(locale)
    # Promoted results are shown on the first page only, and never among the results.
    promoted_keys = registry.promoted(text, locale)
    promoted = engine.get(promoted_keys) if promoted_keys else {}

    def run(query_text: str) -> SearchResult:
        return engine.search(
            SearchQuery(
                query=analyse_query(query_text, locale, synonyms=synonyms),
                locale=locale,
                kind=kind,
                organisation=organisation,
                topic=topic,
                type=type,
                geo=geo,
                exclude=frozenset(promoted),
                limit=limit,
                offset=offset,
            )
        )

    result = run(text)
    corrected = None
    if result.total == 0 and not promoted:
        corrected = correction(text, locale=locale)
        if corrected is not None:
            result = run(corrected)
    shown = [promoted[k] for k in promoted_keys if k in promoted] if offset == 0 else []
    return Answer(
        result=result,
        promoted=shown,
        did_you_mean=corrected,
    )


def matching_keys(text: str, *, locale: str, source: str | None = None) -> list[str]:
    """Keys of the best matches (at most RANK_CAP), best first, for filtering listings.

    Synonyms apply; spelling is taken as typed.
    """
    result = get_engine().search(
        SearchQuery(
            query=analyse_query(text, locale, synonyms=synonyms_for(locale)),
            locale=locale,
            limit=RANK_CAP,
            highlight=False,
        )
    )
    keys = [hit.document.key for hit in result.hits]
    return [k for k in keys if k.startswith(f"{source}:")] if source else keys


def correction(text: str, *, locale: str) -> str | None:
    """The query with misspelt words replaced by indexed ones, or None if nothing changes."""
    engine = get_engine()
    out, changed = [], False
    for word in words(text):
        near = engine.vocabulary_near(word, locale=locale, limit=1)
        if near and near[0] != word:
            out.append(near[0])
            changed = True
        else:
            out.append(word)
    return " ".join(out) if changed else None


def suggest(prefix: str, *, locale: str, limit: int = 8) -> list[Suggestion]:
    """Titles that complete what has been typed so far."""
    return get_engine().suggest(prefix, locale=locale, limit=limit)


__all__ = [
    "MAX_QUERY_LENGTH",
    "Answer",
    "Hit",
    "correction",
    "matching_keys",
    "search",
    "suggest",
]
