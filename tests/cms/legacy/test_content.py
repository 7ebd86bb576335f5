"""Old HTML to body blocks: links rewritten in text the import stored, with and without a parse."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from cms.legacy import content
from cms.legacy.content import LinkTarget, build_body, relink_rich_text

HOSTS = frozenset({"a.example.se", "b.example.se"})
KNOWN = {
    "https://a.example.se/avgifter/": LinkTarget(kind="page", pk=12),
    "https://b.example.se/taxa.pdf": LinkTarget(kind="document", pk=3),
    "https://b.example.se/karta.png": LinkTarget(kind="image", pk=4),
}
OLD = (
    '<p>Se <a href="https://a.example.se/avgifter/">avgifter</a>, '
    '<a href="https://b.example.se/taxa.pdf">taxan</a>, '
    '<a href="https://b.example.se/karta.png">kartan</a> och '
    '<a href="https://a.example.se/sok/?q=1&amp;sida=2">sök</a> &amp; '
    '<a href="https://elsewhere.org/">annat</a>, <a href="mailto:a@b.se">post</a>, '
    '<a href="#top">upp</a>.</p><ul><li><a href="/relativ/">relativ</a>\xa0<br/>ö</li></ul>'
)


def _parsed(html: str) -> tuple[str, list[str]]:
    soup = BeautifulSoup(html, "html.parser")
    unresolved = content._rewrite_links(soup, "", HOSTS, KNOWN.get)
    return str(soup), unresolved


def _stored(html: str) -> str:
    """Rich text as the import stores it (its links still old addresses)."""
    blocks = build_body(
        html, base_url="https://a.example.se/x/", hosts=HOSTS, lookup=lambda _: None
    )
    return "".join(block["value"] for block in blocks.blocks if block["type"] == "rich_text")


def test_relinking_the_imports_own_text_needs_no_parse_and_gives_what_a_parse_gives() -> None:
    stored = _stored(OLD)
    assert content._relink_plain_anchors(stored, hosts=HOSTS, lookup=KNOWN.get) is not None

    html, unresolved = relink_rich_text(stored, hosts=HOSTS, lookup=KNOWN.get)

    assert (html, unresolved) == _parsed(stored)
    assert '<a id="12" linktype="page">avgifter</a>' in html
    assert '<a id="3" linktype="document">taxan</a>' in html
    assert unresolved == [
        "https://b.example.se/karta.png",
        "https://a.example.se/sok/?q=1&sida=2",
        "https://elsewhere.org/",
        "https://a.example.se/relativ/",
    ]


@pytest.mark.parametrize(
    "html",
    [
        '<p><A HREF="https://a.example.se/avgifter/">x</A></p>',
        '<p><a title="a>b" href="https://a.example.se/avgifter/">x</a></p>',
        "<p><a href='https://a.example.se/avgifter/'>x</a></p>",
        '<p><a href="https://a.example.se/avgifter/" target="_blank">x</a></p>',
    ],
)
def test_text_written_otherwise_is_parsed(html: str) -> None:
    assert content._relink_plain_anchors(html, hosts=HOSTS, lookup=KNOWN.get) is None
    assert relink_rich_text(html, hosts=HOSTS, lookup=KNOWN.get) == _parsed(html)
