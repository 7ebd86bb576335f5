"""The interface every search engine implements, and the query and result shapes.

Engines receive analysed queries (search.analysis) so that synonyms, decompounding and
spelling fallbacks behave the same whichever engine runs; the shared contract suite in
tests/search/ holds every engine to the same answers.
"""

from __future__ import annotations

import math
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from search.analysis import AnalysedQuery
from search.documents import SearchDocument

FACETS = ("kind", "organisation", "topic", "type")
# Ranking looks at no more than this many matches, so a term in every document stays fast;
# facets count the same candidates, and the database engine's totals and paging stop here.
# On PostgreSQL a common word's search takes time in proportion (each candidate's entry is
# read for its facets and ties): 500 takes about half of what 1,000 did.
RANK_CAP = 500


@dataclass(frozen=True)
class GeoFilter:
    """Within `radius` metres of (lat, lon), or inside a box, or both."""

    near: tuple[float, float] | None = None
    radius: float | None = None
    bbox: tuple[float, float, float, float] | None = None  # min_lon, min_lat, max_lon, max_lat

    def box(self) -> tuple[float, float, float, float] | None:
        """The (min_lat, max_lat, min_lon, max_lon) every match lies in."""
        boxes = []
        if self.near is not None and self.radius is not None:
            lat, lon = self.near
            dlat = math.degrees(self.radius / EARTH_RADIUS_M)
            dlon = dlat / max(math.cos(math.radians(lat)), 1e-6)
            boxes.append((lat - dlat, lat + dlat, lon - dlon, lon + dlon))
        if self.bbox is not None:
            min_lon, min_lat, max_lon, max_lat = self.bbox
            boxes.append((min_lat, max_lat, min_lon, max_lon))
        if not boxes:
            return None
        return (
            max(b[0] for b in boxes),
            min(b[1] for b in boxes),
            max(b[2] for b in boxes),
            min(b[3] for b in boxes),
        )


EARTH_RADIUS_M = 6_371_008.8


def distance_m(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in metres (haversine)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_M * math.asin(math.sqrt(h))


@dataclass(frozen=True)
class SearchQuery:
    query: AnalysedQuery
    locale: str
    kind: str | None = None
    organisation: str | None = None
    topic: str | None = None
    type: str | None = None
    geo: GeoFilter | None = None
    exclude: frozenset[str] = frozenset()  # keys shown elsewhere (promoted results)
    limit: int = 20
    offset: int = 0
    highlight: bool = True  # False: only keys, order and scores are needed


@dataclass
class Hit:
    document: SearchDocument
    score: float
    highlights: dict[str, str] = field(default_factory=dict)  # field -> HTML with <mark>
    distance: float | None = None  # metres, when searching near a point


@dataclass
class SearchResult:
    total: int
    hits: list[Hit]
    facets: dict[str, dict[str, int]] = field(default_factory=dict)


@dataclass(frozen=True)
class Suggestion:
    text: str
    key: str
    kind: str
    url: str | None


class SearchEngine(ABC):
    """Stores documents and answers queries; one instance per process."""

    name: str = ""

    @abstractmethod
    def upsert(self, documents: Sequence[SearchDocument]) -> None:
        """Add or replace documents, visible to searches when this returns."""

    @abstractmethod
    def delete(self, keys: Sequence[str]) -> None:
        """Remove documents; unknown keys are ignored."""

    @abstractmethod
    def rebuild(
        self, documents: Iterable[SearchDocument], *, progress: Callable[[int], None] | None = None
    ) -> int:
        """Replace the whole index with `documents`; searches keep working meanwhile."""

    @abstractmethod
    def search(self, query: SearchQuery) -> SearchResult: ...

    @abstractmethod
    def suggest(self, prefix: str, *, locale: str, limit: int = 8) -> list[Suggestion]:
        """Completions for what a person has typed so far, best first."""

    @abstractmethod
    def get(self, keys: Sequence[str]) -> dict[str, SearchDocument]:
        """Stored documents by key (for promoted results)."""

    @abstractmethod
    def vocabulary_near(self, word: str, *, locale: str, limit: int = 5) -> list[str]:
        """Indexed words spelled like `word`, closest first (for "did you mean")."""

    # Whether `lock` holds keys and writes go to the database in the caller's transaction. An
    # engine that writes over the network says False: no transaction is held across its calls.
    transactional = False

    def lock(self, keys: Sequence[str]) -> None:
        """Hold these keys until the current transaction ends (engines that can)."""
        return None

    def count(self) -> int:
        """How many documents the index holds."""
        raise NotImplementedError

    def describe(self) -> dict[str, Any]:
        return {"engine": self.name}
