"""Old sites made by the tests: a WordPress export, saved HTML pages and a manifest."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

WXR_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
 xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Gamla förskolesajten</title><link>https://forskola.example.se</link>
"""
WXR_TAIL = "</channel></rss>\n"


def wxr_item(
    post_id: int,
    *,
    title: str,
    link: str,
    body: str = "",
    kind: str = "page",
    parent: int = 0,
    date: str = "2019-05-02 10:00:00",
    categories: tuple[str, ...] = (),
    attachment_url: str = "",
    status: str = "publish",
    excerpt: str = "",
) -> str:
    cats = "".join(
        f'<category domain="category" nicename="{c.lower()}"><![CDATA[{c}]]></category>'
        for c in categories
    )
    extra = f"<wp:attachment_url>{attachment_url}</wp:attachment_url>" if attachment_url else ""
    return f"""<item><title>{title}</title><link>{link}</link>
<dc:creator><![CDATA[redaktor]]></dc:creator>
<content:encoded><![CDATA[{body}]]></content:encoded>
<excerpt:encoded><![CDATA[{excerpt}]]></excerpt:encoded>
<wp:post_id>{post_id}</wp:post_id><wp:post_date>{date}</wp:post_date>
<wp:post_type>{kind}</wp:post_type><wp:status>{status}</wp:status>
<wp:post_parent>{parent}</wp:post_parent>{extra}{cats}</item>
"""


def write_wxr(path: Path, items: list[str], *, head: str = WXR_HEAD) -> Path:
    path.write_text(head + "".join(items) + WXR_TAIL, encoding="utf-8")
    return path


def html_page(
    title: str, body: str, *, lang: str = "sv", charset: str = "utf-8", head: str = ""
) -> str:
    return f"""<!doctype html><html lang="{lang}"><head><meta charset="{charset}">
<title>{title} | Gamla sajten</title>{head}</head><body>
<header><nav><a href="/">Start</a> <a href="/kontakt/">Kontakt</a></nav></header>
<main><h1>{title}</h1>{body}</main>
<footer>Stadsdelsförvaltningen · Box 1 · 400 00 Staden</footer></body></html>"""


def write_manifest(path: Path, rows: list[dict[str, Any]]) -> Path:
    if path.suffix == ".json":
        path.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
        return path
    out = io.StringIO()
    fields = sorted({k for row in rows for k in row})
    writer = csv.DictWriter(out, fieldnames=fields)
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")
    return path
