"""Crawled HTML: a folder of saved pages, or a sitemap.xml read over HTTP.

The main content is what is left of a page without its chrome (header, navigation,
footer, asides, scripts): the `<main>`/`<article>`/`[role=main]`/`#content` element when
there is one, else the body. The encoding is taken from the bytes and their meta
declaration, so Latin-1 and Windows-1252 pages read correctly. An English page that
names its Swedish twin with `<link rel="alternate" hreflang="sv">` becomes its
translation.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup, UnicodeDammit
from defusedxml import ElementTree as SafeElementTree

from cms.legacy.adapters.base import SourceEntry, SourceItem, SourceProblem, old_path
from cms.legacy.fetching import fetch

CHROME = ["header", "nav", "footer", "aside", "script", "style", "noscript", "form"]
MAIN_SELECTORS = ["main", "article", "[role=main]", "#content", "#main", ".content"]
SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
MAX_PAGE_BYTES = 5 * 1024 * 1024
MAX_SITEMAP_DEPTH = 2  # an index of indexes of sitemaps at most
MAX_SITEMAPS = 1000
HTML_SUFFIXES = {".html", ".htm"}


def decode(data: bytes) -> str:
    dammit = UnicodeDammit(data, is_html=True)
    if dammit.unicode_markup is None:
        return data.decode("utf-8", errors="replace")
    return str(dammit.unicode_markup)


def extract(html: str, url: str) -> SourceItem:
    """The item a saved page holds: title, main content and language."""
    soup = BeautifulSoup(html, "html.parser")
    for element in soup.find_all(CHROME):
        element.decompose()
    main: Any = next((m for s in MAIN_SELECTORS if (m := soup.select_one(s)) is not None), None)
    main = main or soup.body or soup
    heading = main.find("h1")
    title = heading.get_text(" ", strip=True) if heading else ""
    if heading is not None:
        heading.decompose()  # the title is the page's own field
    if not title and soup.title is not None:
        title = soup.title.get_text(" ", strip=True).split(" | ")[0].strip()
    html_tag = soup.find("html")
    language = str(html_tag.get("lang") or "sv")[:2].lower() if html_tag else "sv"
    twin = soup.find("link", rel="alternate", hreflang="sv")
    translation_of = ""
    if language != "sv" and twin is not None and twin.get("href"):
        translation_of = old_path(urljoin(url, str(twin["href"])))
    description = soup.find("meta", attrs={"name": "description"})
    return SourceItem(
        source_id=old_path(url),
        old_url=url,
        title=title,
        body_html=main.decode_contents(),
        language=language,
        translation_of=translation_of,
        summary=str(description.get("content") or "") if description else "",
    )


def _page_url(host: str, relative: Path) -> str:
    parts = list(relative.parts)
    if parts and parts[-1] in {"index.html", "index.htm"}:
        parts = parts[:-1]
        return "https://" + host + "/" + "".join(f"{p}/" for p in parts)
    return "https://" + host + "/" + "/".join(parts)


class HtmlAdapter:
    def __init__(self, *, host: str) -> None:
        self.host = host

    def read(self, source: str) -> Iterator[SourceEntry]:
        if urlsplit(source).scheme in {"http", "https"}:
            yield from self._sitemap(source)
            return
        folder = Path(source)
        for file in sorted(folder.rglob("*")):
            if file.suffix.lower() not in HTML_SUFFIXES or not file.is_file():
                continue
            url = _page_url(self.host, file.relative_to(folder))
            yield self._page(url, lambda file=file: file.read_bytes())

    def _page(self, url: str, load: Any) -> SourceEntry:
        try:
            data = load()
            if len(data) > MAX_PAGE_BYTES:
                return SourceProblem(source_id=old_path(url), reason="Page too large.")
            item = extract(decode(data), url)
        except Exception as exc:  # one unreadable page never stops the crawl
            return SourceProblem(source_id=old_path(url), reason=f"Unreadable page: {exc}")
        if not item.title:
            return SourceProblem(source_id=item.source_id, reason="The page has no title.")
        return item

    def _sitemap(
        self, url: str, depth: int = 0, seen: set[str] | None = None
    ) -> Iterator[SourceEntry]:
        seen = set() if seen is None else seen
        if url in seen or depth > MAX_SITEMAP_DEPTH or len(seen) >= MAX_SITEMAPS:
            yield SourceProblem(source_id=url, reason="Sitemap repeated, too deep or too many.")
            return
        seen.add(url)
        try:
            root = SafeElementTree.fromstring(fetch(url, limit=MAX_PAGE_BYTES))
        except Exception as exc:
            yield SourceProblem(source_id=url, reason=f"Unreadable sitemap: {exc}")
            return
        if root.tag == f"{SITEMAP_NS}sitemapindex":
            for loc in root.iter(f"{SITEMAP_NS}loc"):
                yield from self._sitemap(urljoin(url, (loc.text or "").strip()), depth + 1, seen)
            return
        for loc in root.iter(f"{SITEMAP_NS}loc"):
            page_url = urljoin(url, (loc.text or "").strip())
            yield self._page(page_url, lambda u=page_url: fetch(u, limit=MAX_PAGE_BYTES))
