"""Old HTML to body blocks, with links between old pages pointed at the new ones.

Headings become heading blocks (h1 → H2, h5/h6 → H4), images that were imported become
image blocks, everything else becomes rich text. A link is internal when its host is a
legacy site's (or the item's own); internal links found in the URL map become Wagtail
page or document links, the rest stay as they were and are reported as unresolved.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape, unescape
from typing import Any
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup, NavigableString, Tag

from cms.legacy.adapters.base import old_path
from cms.legacy.cleaning import clean_body, plain_text
from cms.models.legacy import normalise_host

HEADING_LEVELS = {"h1": "h2", "h2": "h2", "h3": "h3", "h4": "h4", "h5": "h4", "h6": "h4"}
BLOCK_TAGS = {"p", "ul", "ol", *HEADING_LEVELS}
INLINE_TAGS = {"a", "b", "strong", "i", "em", "br"}
_HAS_BLOCKS = re.compile(r"<(p|h[1-6]|ul|ol|div|table)[\s>]", re.IGNORECASE)
_ANCHOR_START = re.compile(r"<a(?:\s[^>]*)?>", re.IGNORECASE)
_PLAIN_ANCHOR = re.compile(r'<a href="((?:[^"&<>]|&amp;)*)">')
HEADING_MAX = 120
ALT_MAX = 250


@dataclass(frozen=True)
class LinkTarget:
    kind: str  # "page", "document" or "image"
    pk: int


# (absolute old address) -> its target, or None when it is not (yet) in the map.
Lookup = Callable[[str], LinkTarget | None]


@dataclass
class Body:
    blocks: list[dict[str, Any]] = field(default_factory=list)
    unresolved: list[str] = field(default_factory=list)


def autop(html: str) -> str:
    """WordPress's classic editor stores paragraphs as blank lines; make them <p>s."""
    if _HAS_BLOCKS.search(html):
        return html
    parts = [p.strip() for p in re.split(r"\n\s*\n", html) if p.strip()]
    return "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in parts)


def is_internal(url: str, *, hosts: frozenset[str]) -> bool:
    host = normalise_host(urlsplit(url).hostname or "")
    return bool(host) and host in hosts


def _resolve(
    href: str, base_url: str, hosts: frozenset[str], lookup: Lookup
) -> LinkTarget | str | None:
    """What a link becomes: a page or document, its absolute address when it stays a plain
    link (an old address not imported yet, or a link elsewhere), or None to leave it."""
    if not href or href.startswith(("#", "mailto:", "tel:")):
        return None
    absolute = urljoin(base_url, href)
    if urlsplit(absolute).scheme not in {"http", "https"}:
        return None
    if not is_internal(absolute, hosts=hosts):
        return absolute
    target = lookup(absolute)
    if target is None or target.kind == "image":
        return absolute
    return target


def _rewrite_links(soup: Any, base_url: str, hosts: frozenset[str], lookup: Lookup) -> list[str]:
    """Point links the map knows at their pages and files; returns the other absolute
    http(s) links (old addresses not yet imported, and links elsewhere)."""
    unresolved: list[str] = []
    for anchor in soup.find_all("a"):
        found = _resolve(str(anchor.get("href") or ""), base_url, hosts, lookup)
        if isinstance(found, str):
            anchor["href"] = found
            unresolved.append(found)
        elif found is not None:
            del anchor["href"]
            anchor["linktype"] = found.kind
            anchor["id"] = str(found.pk)
    return unresolved


def _block(kind: str, value: Any) -> dict[str, Any]:
    """A block in StreamField's stored form, so ids of images stay plain numbers."""
    return {"type": kind, "value": value, "id": str(uuid.uuid4())}


def _image_block(img: Tag, base_url: str, lookup: Lookup) -> dict[str, Any] | None:
    src = str(img.get("src") or "")
    target = lookup(urljoin(base_url, src)) if src else None
    if target is None or target.kind != "image":
        return None
    alt = plain_text(str(img.get("alt") or "")) or "Bild"
    return _block("image", {"image": target.pk, "alt_text": alt[:ALT_MAX], "caption": ""})


class _Builder:
    def __init__(self, base_url: str, lookup: Lookup) -> None:
        self.base_url, self.lookup = base_url, lookup
        self.blocks: list[dict[str, Any]] = []
        self.rich: list[str] = []
        self.inline: list[str] = []
        self.missing: list[str] = []

    def flush_inline(self) -> None:
        text = "".join(self.inline).strip()
        if text and text != "<br/>":
            self.rich.append(f"<p>{text}</p>")
        self.inline = []

    def flush(self) -> None:
        self.flush_inline()
        if self.rich:
            self.blocks.append(_block("rich_text", "".join(self.rich)))
        self.rich = []

    def images(self, node: Tag) -> list[dict[str, Any]]:
        found = [node] if node.name == "img" else node.find_all("img")
        out = []
        for img in found:
            block = _image_block(img, self.base_url, self.lookup)
            if block is None and img.get("src"):
                self.missing.append(urljoin(self.base_url, str(img["src"])))
            if block is not None:
                out.append(block)
            img.decompose()
        return out

    def add(self, node: Any) -> None:
        if isinstance(node, NavigableString):
            self.inline.append(escape(str(node), quote=False))
            return
        if node.name in HEADING_LEVELS:
            self.flush()
            text = plain_text(node.get_text(" ", strip=True))[:HEADING_MAX]
            if text:
                level = HEADING_LEVELS[node.name]
                self.blocks.append(_block("heading", {"text": text, "level": level}))
            return
        images = self.images(node)
        if node.name in INLINE_TAGS:
            if node.name != "img" and not node.decomposed:
                self.inline.append(str(node))
        elif node.name in BLOCK_TAGS and node.get_text(strip=True):
            self.flush_inline()
            self.rich.append(str(node))
        if images:
            self.flush()
            self.blocks.extend(images)


def build_body(html: str, *, base_url: str, hosts: frozenset[str], lookup: Lookup) -> Body:
    """Body blocks for old HTML: sanitised, internal links rewritten where the map knows them."""
    soup = BeautifulSoup(clean_body(autop(html)), "html.parser")
    unresolved = _rewrite_links(soup, base_url, hosts, lookup)
    builder = _Builder(base_url, lookup)
    for node in list(soup.children):
        builder.add(node)
    builder.flush()
    return Body(blocks=builder.blocks, unresolved=unresolved + builder.missing)


def relink_rich_text(html: str, *, hosts: frozenset[str], lookup: Lookup) -> tuple[str, list[str]]:
    """Rewrite links left unresolved in stored rich text; returns the text and the links
    still pointing at old or other addresses."""
    relinked = _relink_plain_anchors(html, hosts=hosts, lookup=lookup)
    if relinked is not None:
        return relinked
    soup = BeautifulSoup(html, "html.parser")
    unresolved = _rewrite_links(soup, "", hosts, lookup)
    return str(soup), unresolved


def _relink_plain_anchors(
    html: str, *, hosts: frozenset[str], lookup: Lookup
) -> tuple[str, list[str]] | None:
    """The same rewriting without parsing the text, when every anchor in it with an address
    is written as the import writes one (`<a href="…">`, `&amp;` the only reference in
    the address); otherwise None. Only those anchors change; the rest stays byte for byte,
    which is what a parse and re-serialisation of the import's own text gives too."""
    unresolved: list[str] = []
    parts: list[str] = []
    start = 0
    for tag in _ANCHOR_START.finditer(html):
        text = tag.group()
        if text.count('"') % 2 or "'" in text:
            return None  # a ">" may be inside a quoted value: the tag may go on
        plain = _PLAIN_ANCHOR.fullmatch(text)
        if plain is None:
            if "href" in text.lower():
                return None
            continue
        found = _resolve(unescape(plain.group(1)), "", hosts, lookup)
        if isinstance(found, str):
            unresolved.append(found)
        elif found is not None:
            parts += [html[start : tag.start()], f'<a id="{found.pk}" linktype="{found.kind}">']
            start = tag.end()
    parts.append(html[start:])
    return "".join(parts), unresolved


def old_key(url: str) -> tuple[str, str]:
    """(host, path) of an absolute old address, as the URL map is searched."""
    return normalise_host(urlsplit(url).hostname or ""), old_path(url)
