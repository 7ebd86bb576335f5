"""The contract's examples of the open-data operations (made from the demo city)."""

from __future__ import annotations

from typing import Any

# Every row the demo city has: it was loaded after this.
SINCE = "2026-01-01T00:00:00Z"
SHOWN = 3  # rows of a bulk export the contract shows


def examples() -> list[Any]:
    from api.examples import Example

    return [
        # Turtle, not JSON-LD: the whole catalogue in JSON would outweigh the rest of the
        # contract's examples.
        Example(
            "opendata_catalog",
            "The DCAT-AP-SE catalogue in Turtle",
            "/api/v1/opendata/catalog",
            headers={"Accept": "text/turtle"},
        ),
        Example(
            "opendata_units",
            "Every unit, for a mirror's first sync (the first rows)",
            "/api/v1/opendata/units",
            shown_results=SHOWN,
        ),
        Example(
            "opendata_key_figures",
            "Key figure values changed since the start of 2026 (the first rows)",
            "/api/v1/opendata/key-figures",
            {"updated_since": SINCE},
            shown_results=SHOWN,
        ),
        Example(
            "opendata_organisations",
            "The organisations as JSON (the first rows)",
            "/api/v1/opendata/organisations",
            {"format": "json"},
            shown_results=SHOWN,
        ),
        Example(
            "opendata_topics",
            "The topics in every language (the first rows)",
            "/api/v1/opendata/topics",
            shown_results=SHOWN,
        ),
        Example(
            "opendata_pages",
            "Pages published since the start of 2026 (the first rows)",
            "/api/v1/opendata/pages",
            {"updated_since": SINCE},
            shown_results=SHOWN,
        ),
        Example(
            "opendata_deletions",
            "Units removed since the start of 2026 (none in the demo city)",
            "/api/v1/opendata/deletions",
            {"updated_since": SINCE, "kind": "unit"},
        ),
    ]
