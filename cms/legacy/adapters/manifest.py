"""A CSV or JSON manifest for anything else: one row per old page.

Columns (JSON: keys of objects in a list): `old_url` and `title` required; `body_html`,
`type` (article, news, section, service, answer), `parent` (the parent's old address),
`date` (YYYY-MM-DD), `language`, `translation_of` (the Swedish twin's old address),
`topics` (comma separated), `summary`, `id` (defaults to the old path).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from cms.legacy.adapters.base import SourceEntry, SourceItem, SourceProblem, old_path, parse_date

PAGE_TYPES = {"", "article", "news", "section", "service", "answer", "blog_post"}


def _rows(source: str) -> Iterator[tuple[int, Any]]:
    data = Path(source).read_bytes()
    text = data.decode("utf-8-sig", errors="replace")
    if source.lower().endswith(".json"):
        rows = json.loads(text)
        if not isinstance(rows, list):
            raise ValueError("A JSON manifest is a list of objects.")
        yield from enumerate(rows, start=1)
        return
    yield from enumerate(csv.DictReader(io.StringIO(text)), start=2)


def _path_of(value: str) -> str:
    return old_path(value) if value else ""


def row_item(row: Any) -> SourceItem:
    if not isinstance(row, dict):
        raise ValueError("Not an object.")
    value = {str(k).strip(): str(v if v is not None else "").strip() for k, v in row.items()}
    old_url, title = value.get("old_url", ""), value.get("title", "")
    if not old_url or not title:
        raise ValueError("old_url and title are required.")
    page_type = value.get("type", "").lower()
    if page_type not in PAGE_TYPES:
        raise ValueError(f"Unknown type {page_type!r}.")
    date_text = value.get("date", "")
    date = parse_date(date_text) if date_text else None
    if date_text and date is None:
        raise ValueError(f"Not a date: {date_text!r}.")
    return SourceItem(
        source_id=value.get("id") or old_path(old_url),
        old_url=old_url,
        title=title,
        body_html=value.get("body_html", ""),
        page_type=page_type,
        kind="post" if page_type in {"news", "blog_post"} else "page",
        parent_id=_path_of(value.get("parent", "")),
        date=date,
        language=(value.get("language") or "sv")[:2].lower(),
        translation_of=_path_of(value.get("translation_of", "")),
        topics=[t.strip() for t in value.get("topics", "").split(",") if t.strip()],
        summary=value.get("summary", ""),
    )


class ManifestAdapter:
    def read(self, source: str) -> Iterator[SourceEntry]:
        try:
            rows = list(_rows(source))
        except (OSError, ValueError, csv.Error) as exc:
            yield SourceProblem(source_id="file", reason=f"Unreadable manifest: {exc}")
            return
        for number, row in rows:
            try:
                yield row_item(row)
            except ValueError as exc:
                yield SourceProblem(source_id=f"row-{number}", reason=str(exc))
