"""WordPress eXtended RSS (WXR) export files.

Parsed with defusedxml (no entity expansion, no external entities). One malformed
`<item>` becomes a problem and the rest is read; a file that is not XML at all is
one problem. Pages keep their hierarchy (`wp:post_parent`), posts become news,
attachments are files to fetch, categories and tags become topics; authors are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from xml.etree.ElementTree import Element  # types only; parsing is defused

from defusedxml import ElementTree as SafeElementTree
from defusedxml.common import DefusedXmlException

from cms.legacy.adapters.base import SourceEntry, SourceItem, SourceProblem, parse_date

NS = {
    "content": "http://purl.org/rss/1.0/modules/content/",
    "excerpt": "http://wordpress.org/export/1.2/excerpt/",
    "wp": "http://wordpress.org/export/1.2/",
}
_KINDS = {"page": "page", "post": "post", "attachment": "attachment"}
_PUBLISHED = {"publish", "inherit"}
_ITEM = re.compile(rb"<item>.*?</item>", re.DOTALL)


def _text(element: Element, path: str) -> str:
    found = element.find(path, NS)
    return (found.text or "").strip() if found is not None else ""


class WxrAdapter:
    def read(self, source: str) -> Iterator[SourceEntry]:
        with open(source, "rb") as fp:
            data = fp.read()
        try:
            root = SafeElementTree.fromstring(data)
        except (SafeElementTree.ParseError, DefusedXmlException) as exc:
            # A damaged file: read item by item, so one broken item costs only itself.
            yield from self._salvage(data, exc)
            return
        for element in root.iter("item"):
            yield self._item(element)

    def _salvage(self, data: bytes, error: Exception) -> Iterator[SourceEntry]:
        head = data.split(b"<channel>", 1)[0]
        namespaces = head[head.find(b"<rss") :] if b"<rss" in head else b"<rss>"
        if not namespaces.rstrip().endswith(b">"):
            namespaces = b"<rss>"
        matches = list(_ITEM.finditer(data))
        if not matches:
            yield SourceProblem(source_id="file", reason=f"Not a readable WXR file: {error}")
            return
        for number, match in enumerate(matches, start=1):
            chunk = namespaces.rstrip() + b"<channel>" + match.group() + b"</channel></rss>"
            try:
                element = SafeElementTree.fromstring(chunk).find("channel/item")
            except (SafeElementTree.ParseError, DefusedXmlException) as exc:
                yield SourceProblem(source_id=f"item-{number}", reason=f"Malformed item: {exc}")
                continue
            if element is not None:
                yield self._item(element)

    def _item(self, element: Element) -> SourceEntry:
        post_id = _text(element, "wp:post_id")
        kind = _KINDS.get(_text(element, "wp:post_type"))
        if not post_id or kind is None:
            label = post_id or _text(element, "title") or "?"
            return SourceProblem(source_id=label, reason="Not a page, post or attachment.")
        status = _text(element, "wp:status")
        if status not in _PUBLISHED:
            return SourceProblem(source_id=post_id, reason=f"Not published ({status}).")
        parent = _text(element, "wp:post_parent")
        topics = [
            (category.text or "").strip()
            for category in element.findall("category")
            if category.get("domain") in {"category", "post_tag"} and (category.text or "").strip()
        ]
        file_url = _text(element, "wp:attachment_url")
        link = _text(element, "link")
        return SourceItem(
            source_id=post_id,
            # An attachment is linked to by its file's address, not its attachment page.
            old_url=file_url if kind == "attachment" and file_url else link,
            title=_text(element, "title"),
            body_html=_text(element, "content:encoded"),
            summary=_text(element, "excerpt:encoded"),
            kind=kind,
            parent_id="" if parent in {"", "0"} else parent,
            date=parse_date(_text(element, "wp:post_date")),
            topics=topics,
            file_location=file_url,
            language=_language(element),
        )


def _language(element: Element) -> str:
    # WPML and Polylang exports name the language as a 'language' term.
    for category in element.findall("category"):
        if category.get("domain") == "language" and category.get("nicename"):
            return str(category.get("nicename"))[:2]
    return "sv"
