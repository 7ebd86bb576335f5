"""What the shared index holds: search documents, and the registry of their sources.

Domains register a source for each kind of thing they want found (pages, the directory,
forms…); `search` never imports a domain model. A source turns its objects into
`SearchDocument`s by key (`"page:12"`), lists every key for a full rebuild, and may offer
editors' promoted results ("best bets") for a query.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True)
class SearchDocument:
    """One findable thing in one language."""

    key: str  # "<source>:<id>", unique across the index
    kind: str  # what it is to a reader: page, service, unit, answer, directory, form…
    locale: str
    title: str
    url: str | None = None  # the frontend path (/sv/…) or an absolute address
    summary: str = ""
    body: str = ""
    organisation: str | None = None  # slug of the owning organisation
    topics: tuple[str, ...] = ()  # topic slugs
    type: str = ""  # the finer type: page type, unit type…
    updated: dt.datetime | None = None
    location: tuple[float, float] | None = None  # (lat, lon) in WGS 84
    facets: dict[str, str] = field(default_factory=dict)  # extra keyword facets
    boost: float = 1.0  # > 1 lifts the document, e.g. services over news

    @property
    def source(self) -> str:
        return self.key.split(":", 1)[0]


class DocumentSource(Protocol):
    """A domain's way of feeding the index."""

    name: str  # the key prefix, e.g. "page"
    kinds: tuple[str, ...]  # the kinds its documents have

    def documents(self, ids: Sequence[str]) -> dict[str, SearchDocument]:
        """The current documents for these ids (without prefix); absent ones are gone."""
        ...

    def all_ids(self) -> Iterator[str]:
        """Every id that should be in the index now, for a full rebuild."""
        ...


class PromotionProvider(Protocol):
    def __call__(self, text: str, locale: str) -> list[str]:
        """Keys of documents editors promote for this query, best first."""
        ...


class Registry:
    def __init__(self) -> None:
        self._sources: dict[str, DocumentSource] = {}
        self._promotions: list[PromotionProvider] = []

    def register(self, source: DocumentSource) -> None:
        if ":" in source.name:
            raise ValueError("A source name cannot contain ':'.")
        self._sources[source.name] = source

    def register_promotions(self, provider: PromotionProvider) -> None:
        self._promotions.append(provider)

    @property
    def sources(self) -> list[DocumentSource]:
        return list(self._sources.values())

    @property
    def kinds(self) -> list[str]:
        return sorted({kind for source in self._sources.values() for kind in source.kinds})

    def documents(self, keys: Iterable[str]) -> tuple[list[SearchDocument], list[str]]:
        """(documents to index, keys to remove) for the given keys."""
        by_source: dict[str, list[str]] = {}
        for key in keys:
            name, _, pk = key.partition(":")
            by_source.setdefault(name, []).append(pk)
        found: list[SearchDocument] = []
        gone: list[str] = []
        for name, ids in by_source.items():
            source = self._sources.get(name)
            current = source.documents(ids) if source is not None else {}
            for pk in ids:
                document = current.get(pk)
                if document is None:
                    gone.append(f"{name}:{pk}")
                else:
                    found.append(document)
        return found, gone

    def all_keys(self) -> Iterator[str]:
        for source in self._sources.values():
            for pk in source.all_ids():
                yield f"{source.name}:{pk}"

    def promoted(self, text: str, locale: str) -> list[str]:
        keys: list[str] = []
        for provider in self._promotions:
            keys.extend(k for k in provider(text, locale) if k not in keys)
        return keys


registry = Registry()
