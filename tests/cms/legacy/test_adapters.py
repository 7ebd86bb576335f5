"""Source adapters read messy old sites into items and report what they cannot read."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cms.legacy.adapters import SourceItem, SourceProblem, adapter_for
from cms.legacy.adapters.html import extract
from cms.legacy.cleaning import clean_body
from tests.cms.legacy.sites import html_page, write_manifest, write_wxr, wxr_item


def _split(entries: Any) -> tuple[list[SourceItem], list[SourceProblem]]:
    entries = list(entries)
    return (
        [e for e in entries if isinstance(e, SourceItem)],
        [e for e in entries if isinstance(e, SourceProblem)],
    )


def test_wxr_reads_pages_posts_attachments_hierarchy_and_topics(tmp_path: Path) -> None:
    path = write_wxr(
        tmp_path / "export.xml",
        [
            wxr_item(10, title="Förskola", link="https://forskola.example.se/forskola/"),
            wxr_item(
                11,
                title="Ansök om plats",
                link="https://forskola.example.se/forskola/ansok/",
                parent=10,
                body="<!-- wp:paragraph --><p>Ansök [caption id=1]senast[/caption] i tid.</p>"
                "<!-- /wp:paragraph -->",
            ),
            wxr_item(
                20,
                title="Nya platser i Angered",
                link="https://forskola.example.se/?p=20",
                kind="post",
                categories=("Förskola", "Nyheter"),
            ),
            wxr_item(
                30,
                title="Karta",
                link="https://forskola.example.se/karta/",
                kind="attachment",
                attachment_url="https://forskola.example.se/wp-content/uploads/karta.png",
                status="inherit",
            ),
            wxr_item(
                40, title="Utkast", link="https://forskola.example.se/utkast/", status="draft"
            ),
        ],
    )
    items, problems = _split(adapter_for("wxr", host="forskola.example.se").read(str(path)))
    by_id = {i.source_id: i for i in items}
    assert set(by_id) == {"10", "11", "20", "30"}
    assert by_id["11"].parent_id == "10"
    assert by_id["20"].kind == "post" and by_id["20"].topics == ["Förskola", "Nyheter"]
    assert by_id["20"].date is not None and by_id["20"].date.isoformat() == "2019-05-02"
    assert by_id["30"].file_location.endswith("karta.png")
    assert clean_body(by_id["11"].body_html) == "<p>Ansök senast i tid.</p>"
    assert [p.source_id for p in problems] == ["40"]


def test_broken_wxr_item_is_reported_and_the_rest_read(tmp_path: Path) -> None:
    good = wxr_item(1, title="Parkering", link="https://a.example.se/parkering/")
    broken = "<item><title>Trasig <b></title><wp:post_id>2</wp:post_id></item>\n"
    path = write_wxr(tmp_path / "broken.xml", [good, broken])
    items, problems = _split(adapter_for("wxr", host="a.example.se").read(str(path)))
    assert [i.title for i in items] == ["Parkering"]
    assert len(problems) == 1 and "Malformed" in problems[0].reason


def test_wxr_with_entity_expansion_is_refused(tmp_path: Path) -> None:
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;">]><rss><channel><item><title>&lol2;</title>'
        "</item></channel></rss>"
    )
    path = tmp_path / "bomb.xml"
    path.write_text(bomb)
    items, problems = _split(adapter_for("wxr", host="a.example.se").read(str(path)))
    assert items == [] and problems


def test_not_xml_at_all_is_one_problem(tmp_path: Path) -> None:
    path = tmp_path / "x.xml"
    path.write_bytes(b"\x00\x01 not xml")
    items, problems = _split(adapter_for("wxr", host="a.example.se").read(str(path)))
    assert items == [] and len(problems) == 1


def test_sanitiser_drops_scripts_styles_and_javascript_links() -> None:
    html = (
        '<div style="color:red"><script>alert(1)</script><p onclick="x()">Hej '
        '<a href="javascript:alert(1)">klick</a> <a href="/ok/">ok</a></p></div>'
    )
    assert clean_body(html) == '<p>Hej <a>klick</a> <a href="/ok/">ok</a></p>'


def test_html_extracts_main_content_title_and_headings() -> None:
    html = html_page("Parkering", "<h2>Boendeparkering</h2><p>Så ansöker du.</p>")
    item = extract(html, "https://trafik.example.se/parkering/")
    assert item.title == "Parkering"
    assert item.source_id == "/parkering/"
    assert "<h2>Boendeparkering</h2>" in item.body_html
    assert "Stadsdelsförvaltningen" not in item.body_html and "Kontakt" not in item.body_html


def test_html_folder_reads_latin1_pages_and_english_twins(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "parkering").mkdir(parents=True)
    (site / "en" / "parking").mkdir(parents=True)
    page = html_page("Gång- och cykelvägar", "<p>Snöröjning på vägarna.</p>", charset="iso-8859-1")
    (site / "parkering" / "index.html").write_bytes(page.encode("iso-8859-1"))
    twin = '<link rel="alternate" hreflang="sv" href="/parkering/">'
    english = html_page("Parking", "<p>Residents' parking.</p>", lang="en", head=twin)
    (site / "en" / "parking" / "index.html").write_text(english)
    (site / "broken.html").write_text("<html><body><p>utan rubrik</p></body></html>")
    items, problems = _split(adapter_for("html", host="trafik.example.se").read(str(site)))
    by_path = {i.source_id: i for i in items}
    assert by_path["/parkering/"].title == "Gång- och cykelvägar"
    assert "Snöröjning" in by_path["/parkering/"].body_html
    assert by_path["/en/parking/"].language == "en"
    assert by_path["/en/parking/"].translation_of == "/parkering/"
    assert [p.source_id for p in problems] == ["/broken.html"]


def test_sitemap_is_crawled_over_http(httpserver: Any) -> None:
    base = httpserver.url_for("/")
    sitemap = (
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{base}bygglov/</loc></url><url><loc>{base}saknas/</loc></url></urlset>"
    )
    httpserver.expect_request("/sitemap.xml").respond_with_data(
        sitemap, content_type="application/xml"
    )
    page = html_page("Bygglov", "<p>Du behöver bygglov för att bygga nytt.</p>")
    httpserver.expect_request("/bygglov/").respond_with_data(page, content_type="text/html")
    httpserver.expect_request("/saknas/").respond_with_data("borta", status=404)
    entries = adapter_for("html", host="bygg.example.se").read(httpserver.url_for("/sitemap.xml"))
    items, problems = _split(entries)
    assert [i.title for i in items] == ["Bygglov"]
    assert [p.source_id for p in problems] == ["/saknas/"]


def test_manifest_csv_and_json_report_bad_rows(tmp_path: Path) -> None:
    rows = [
        {"old_url": "https://k.example.se/om/", "title": "Om oss", "body_html": "<p>Hej</p>"},
        {
            "old_url": "https://k.example.se/nyhet/",
            "title": "Nyhet",
            "type": "news",
            "date": "2020-01-31",
            "parent": "https://k.example.se/om/",
        },
        {"old_url": "", "title": "Utan adress"},
        {"old_url": "https://k.example.se/x/", "title": "X", "date": "igår"},
        {"old_url": "https://k.example.se/y/", "title": "Y", "type": "forum"},
    ]
    for name in ("m.csv", "m.json"):
        entries = adapter_for("manifest", host="k.example.se").read(
            str(write_manifest(tmp_path / name, rows))
        )
        items, problems = _split(entries)
        assert [i.source_id for i in items] == ["/om/", "/nyhet/"]
        assert items[1].page_type == "news" and items[1].parent_id == "/om/"
        assert len(problems) == 3
