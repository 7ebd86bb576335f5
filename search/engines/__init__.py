"""The engine this installation searches with (settings.SEARCH_ENGINE)."""

from __future__ import annotations

from functools import cache

from django.conf import settings

from search.engines.base import SearchEngine

ENGINES = {
    "database": "search.engines.database.DatabaseEngine",
    "elasticsearch": "search.engines.elasticsearch.ElasticsearchEngine",
}


def engine_class(name: str) -> type[SearchEngine]:
    from django.utils.module_loading import import_string

    if name not in ENGINES:
        raise ValueError(f"Unknown search engine {name!r}; choose one of {', '.join(ENGINES)}.")
    engine: type[SearchEngine] = import_string(ENGINES[name])
    return engine


@cache
def _engine(name: str) -> SearchEngine:
    return engine_class(name)()


def get_engine(name: str | None = None) -> SearchEngine:
    """The configured engine (or the named one), made once per process."""
    return _engine(name or settings.SEARCH_ENGINE)
