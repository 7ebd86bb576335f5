"""Open data's entries in the access matrix (test_access_matrix.py): all public.

A token with opendata:read only raises the rate limit (test_opendata_throttles.py).
"""

from __future__ import annotations

from typing import Any

ACCESS: dict[str, Any] = {
    operation: "public"
    for operation in (
        "opendata_catalog",
        "opendata_units",
        "opendata_key_figures",
        "opendata_organisations",
        "opendata_topics",
        "opendata_pages",
        "opendata_deletions",
    )
}
