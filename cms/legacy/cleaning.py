"""From an old site's HTML to clean, comparable content.

Old sites carry WordPress shortcodes, Gutenberg block comments, inline styles and
scripts. Everything passes nh3 (an allowlist sanitiser) before it is kept; what is
kept is only what our body blocks can show: paragraphs, headings, lists, links,
emphasis and images.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from html import unescape

import nh3

ALLOWED_TAGS = {"p", "br", "b", "strong", "i", "em", "a", "ul", "ol", "li", "img"}
ALLOWED_TAGS |= {"h1", "h2", "h3", "h4", "h5", "h6"}
ALLOWED_ATTRIBUTES = {"a": {"href"}, "img": {"src", "alt"}}
# Elements whose content is never text for readers.
DROPPED_WITH_CONTENT = {"script", "style", "noscript", "template", "iframe", "object", "svg"}

_BLOCK_COMMENT = re.compile(r"<!--\s*/?wp:[^>]*?-->", re.DOTALL)
# [caption …]text[/caption] keeps its text; [gallery] and other lone shortcodes go.
_SHORTCODE = re.compile(r"\[/?[a-zA-Z][\w-]*(?:\s[^\]]*)?\]")
_SPACE = re.compile(r"\s+")
MAX_DECODINGS = 4  # entities within entities (&amp;lt;) are decoded at most this deep
_WORD = re.compile(r"\w+", re.UNICODE)


def strip_wordpress_markup(html: str) -> str:
    """Remove Gutenberg block comments and shortcode tags (their enclosed text stays)."""
    return _SHORTCODE.sub("", _BLOCK_COMMENT.sub("", html))


def sanitise(html: str) -> str:
    """Only the tags and attributes our rich text keeps; links to http(s), mailto, tel or
    relative addresses only."""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        clean_content_tags=DROPPED_WITH_CONTENT,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto", "tel"},
        link_rel=None,
        strip_comments=True,
    )


def clean_body(html: str) -> str:
    return sanitise(strip_wordpress_markup(html)).strip()


def plain_text(html: str) -> str:
    """Readable text of HTML, entities decoded, whitespace collapsed, and no markup: tags
    that decoding forms (`&lt;img …&gt;` in a title) are stripped in turn."""
    text = html
    for _ in range(MAX_DECODINGS):
        decoded = unescape(nh3.clean(text, tags=set(), clean_content_tags=DROPPED_WITH_CONTENT))
        if decoded == text:
            break
        text = decoded
    else:
        text = text.replace("<", "").replace(">", "")  # encoded deeper than any real text
    return _SPACE.sub(" ", text).strip()


def content_hash(*parts: str) -> str:
    """Stable digest of an item's source content: same input, same hash, across runs."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\x00")
    return digest.hexdigest()


def words(text: str) -> list[str]:
    """Case-folded, accent-kept words: 'Parkering' and 'parkering.' compare equal."""
    normalised = unicodedata.normalize("NFKC", text).casefold()
    return _WORD.findall(normalised)


def shingles(tokens: list[str], size: int = 4) -> Iterable[str]:
    if len(tokens) < size:
        yield " ".join(tokens)
        return
    for i in range(len(tokens) - size + 1):
        yield " ".join(tokens[i : i + size])
