"""Source adapters: each reads one kind of old site into `SourceItem`s."""

from __future__ import annotations

from cms.legacy.adapters.base import Adapter, SourceEntry, SourceItem, SourceProblem
from cms.legacy.adapters.html import HtmlAdapter
from cms.legacy.adapters.manifest import ManifestAdapter
from cms.legacy.adapters.wxr import WxrAdapter

ADAPTER_NAMES = ("wxr", "html", "manifest")


def adapter_for(name: str, *, host: str) -> Adapter:
    """The adapter registered under `name` (LegacySite.Adapter values)."""
    if name == "wxr":
        return WxrAdapter()
    if name == "html":
        return HtmlAdapter(host=host)
    if name == "manifest":
        return ManifestAdapter()
    raise ValueError(f"Unknown adapter {name!r}.")


__all__ = [
    "ADAPTER_NAMES",
    "Adapter",
    "SourceEntry",
    "SourceItem",
    "SourceProblem",
    "adapter_for",
]
