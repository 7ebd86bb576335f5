"""What every source adapter yields: items, or problems with the item they were about."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Protocol
from urllib.parse import quote, urlsplit

from cms.legacy.cleaning import plain_text
from cms.models.legacy import normalise_host


@dataclass
class SourceItem:
    """One page, post or attachment of an old site, as found.

    `source_id` is stable between runs (a WordPress post id, the old path); `parent_id`
    names another item's source id when the old site had a hierarchy; `translation_of`
    names the source id of the Swedish twin of a page in another language.
    """

    source_id: str
    old_url: str
    title: str
    body_html: str = ""
    kind: str = "page"  # page, post or attachment
    page_type: str = ""  # article, news, section, …; empty: the rules decide
    parent_id: str = ""
    date: dt.date | None = None
    language: str = "sv"
    translation_of: str = ""
    topics: list[str] = field(default_factory=list)
    summary: str = ""
    # Attachments: where to fetch the file (a URL or a local path) and its MIME type.
    file_location: str = ""
    mime_type: str = ""

    def __post_init__(self) -> None:
        # Title, summary and topics are plain text wherever they are shown: whatever markup
        # a source holds in them, or entities decode to, is stripped here for every adapter.
        self.title = plain_text(self.title)
        self.summary = plain_text(self.summary)
        self.topics = [name for name in map(plain_text, self.topics) if name]


@dataclass
class SourceProblem:
    """An item that could not be read; reported and skipped, never fatal for the run."""

    source_id: str
    reason: str


SourceEntry = SourceItem | SourceProblem


class Adapter(Protocol):
    """Reads one old site from `source` (a file, folder or address)."""

    def read(self, source: str) -> Iterator[SourceEntry]: ...


def old_path(url: str) -> str:
    """The host-less part of an old address that the URL map is keyed by: path + query,
    percent-encoded one way (UTF-8, upper-case hex), so `/förskola/`, `/f%c3%b6rskola/`
    and `/f%C3%B6rskola/` are one address however a source or a browser wrote it."""
    parts = urlsplit(url)
    path = _encoded(parts.path or "/")
    if not path.endswith("/") and "." not in path.rsplit("/", 1)[-1]:
        path += "/"
    query = _encoded(parts.query)
    return f"{path}?{query}" if query else path


def _encoded(text: str) -> str:
    # Escapes already there stay escapes (an encoded "/" or "&" keeps its meaning); the
    # rest is encoded as UTF-8, and every escape's hex is upper case.
    quoted = quote(text, safe="/-._~!$&'()*+,;=:@?%")
    return re.sub(r"%[0-9a-fA-F]{2}", lambda m: m.group(0).upper(), quoted)


def old_host(url: str) -> str:
    return normalise_host(urlsplit(url).hostname or "")


def parse_date(value: str) -> dt.date | None:
    """First ten characters as an ISO date; WordPress writes 0000-00-00 for 'none'."""
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None
