"""Importing old sites: pages, hierarchy, topics, media, links, translations, re-runs."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command
from PIL import Image
from wagtail.models import Page, Revision

from cms.legacy.services import legacy_item_retire
from cms.models import ArticlePage, LegacyItem, LegacySite, NewsPage, SectionPage, Topic
from tests.cms.legacy.sites import html_page, write_manifest, write_wxr, wxr_item

pytestmark = pytest.mark.django_db

A = "https://forskola.example.se"
B = "https://trafik.example.se"
# Nothing listens on the discard port: a file that cannot be fetched, without leaving the host.
MISSING = "http://127.0.0.1:9/wp-content/uploads/saknas.png"


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 8), "red").save(out, format="PNG")
    return out.getvalue()


def _wxr_site(tmp_path: Path, *, extra_body: str = "") -> Path:
    uploads = tmp_path / "wp-content" / "uploads"
    uploads.mkdir(parents=True)
    (uploads / "karta.png").write_bytes(_png())
    (uploads / "taxa.pdf").write_bytes(b"%PDF-1.4 taxa")
    return write_wxr(
        tmp_path / "export.xml",
        [
            wxr_item(10, title="Förskola", link=f"{A}/forskola/", body="<p>Om förskolan.</p>"),
            wxr_item(
                11,
                title="Ansök om plats",
                link=f"{A}/forskola/ansok/",
                parent=10,
                body=(
                    "<!-- wp:heading --><h2>Så ansöker du</h2><!-- /wp:heading -->"
                    f'<p>Läs <a href="{A}/forskola/">om förskolan</a> och '
                    f'<a href="/forskola/avgifter/">avgifterna</a>, se '
                    f'<a href="{A}/wp-content/uploads/taxa.pdf">taxan</a> och '
                    f'<a href="{B}/parkering/">parkeringen</a>.{extra_body}</p>'
                    f'<p><img src="{A}/wp-content/uploads/karta.png" alt="Karta"></p>'
                    f'<p><img src="{MISSING}" alt="Borta"></p>'
                ),
                categories=("Förskola",),
            ),
            wxr_item(
                12, title="Avgifter", link=f"{A}/forskola/avgifter/", parent=10, body="<p>Taxa.</p>"
            ),
            wxr_item(13, title="Ansök om plats", link=f"{A}/ansok/", body="<p>Dubblett.</p>"),
            wxr_item(20, title="Nya platser", link=f"{A}/?p=20", kind="post", body="Text.\n\nMer."),
            wxr_item(
                30,
                title="Karta",
                link=f"{A}/karta/",
                kind="attachment",
                status="inherit",
                attachment_url=f"{A}/wp-content/uploads/karta.png",
            ),
            wxr_item(
                31,
                title="Taxa",
                link=f"{A}/taxa/",
                kind="attachment",
                status="inherit",
                attachment_url=f"{A}/wp-content/uploads/taxa.pdf",
            ),
            wxr_item(
                32,
                title="Saknas",
                link=f"{A}/saknas/",
                kind="attachment",
                status="inherit",
                attachment_url=MISSING,
            ),
            "<item><title>Trasig</item>\n",
        ],
    )


def _page(path: str) -> Any:
    item = LegacyItem.objects.get(old_path=path)
    return Page.objects.get(pk=item.page_id).specific


def test_wxr_site_becomes_pages_with_hierarchy_topics_media_and_links(
    tmp_path: Path, run_import: Any, target: Any
) -> None:
    summary = run_import("forskola.example.se", "wxr", _wxr_site(tmp_path))
    assert (summary.created, summary.files) == (5, 2), summary.failed
    reasons = dict(summary.failed)
    assert "Malformed" in reasons["item-9"] and "saknas.png" in reasons["32"]
    assert LegacyItem.objects.get(old_path="/wp-content/uploads/karta.png").media_kind == "image"
    section = _page("/forskola/")
    assert isinstance(section, SectionPage) and section.get_parent().pk == target.pk
    apply = _page("/forskola/ansok/")
    assert isinstance(apply, ArticlePage) and apply.get_parent().pk == section.pk
    assert apply.live and apply.live_revision_id and not apply.has_unpublished_changes
    assert [t.name for t in apply.topics.all()] == ["Förskola"]
    # The two "Ansök om plats" pages sit under different parents; slugs stay readable.
    assert _page("/ansok/").slug == "ansok" and apply.slug == "ansok"
    news = _page("/?p=20")
    assert news.slug == "nya-platser"
    assert isinstance(news, NewsPage) and news.date.isoformat() == "2019-05-02"
    assert str(news.body[0].value) == "<p>Text.</p><p>Mer.</p>"
    kinds = [b.block_type for b in apply.body]
    assert kinds == ["heading", "rich_text", "image"]
    html = apply.body[1].value.source
    fees = _page("/forskola/avgifter/")
    assert f'id="{section.pk}" linktype="page"' in html  # backward link
    assert f'id="{fees.pk}" linktype="page"' in html  # forward link, relinked at the end
    assert 'linktype="document"' in html
    assert f'href="{B}/parkering/"' in html  # the other site is not imported yet
    row = LegacyItem.objects.get(old_path="/forskola/ansok/")
    assert set(row.links.values_list("url", flat=True)) == {f"{B}/parkering/", MISSING}
    assert not any(Page.find_problems())  # paths, depths and child counts consistent
    site = LegacySite.objects.get(host="forskola.example.se")
    assert site.status == LegacySite.Status.IMPORTED and site.last_run_stats["created"] == 5


def test_reimport_changes_nothing_and_a_change_becomes_a_draft(
    tmp_path: Path, run_import: Any
) -> None:
    source = _wxr_site(tmp_path)
    run_import("forskola.example.se", "wxr", source)
    pages, revisions, items = (
        Page.objects.count(),
        Revision.objects.count(),
        LegacyItem.objects.count(),
    )
    again = run_import("forskola.example.se", "wxr", source)
    assert (again.created, again.updated, again.skipped) == (0, 0, 7)
    assert (Page.objects.count(), Revision.objects.count()) == (pages, revisions)
    assert LegacyItem.objects.count() == items
    changed = _wxr_site(tmp_path / "v2", extra_body=" Ny mening.")
    third = run_import("forskola.example.se", "wxr", changed)
    assert (third.created, third.updated) == (0, 1)
    apply = _page("/forskola/ansok/")
    assert apply.has_unpublished_changes  # live text stays until an editor publishes
    assert "Ny mening" not in apply.body[1].value.source
    assert "Ny mening" in apply.get_latest_revision_as_object().body[1].value.source
    assert Page.objects.count() == pages


def test_dry_run_reports_and_writes_nothing(tmp_path: Path, run_import: Any) -> None:
    pages = Page.objects.count()
    summary = run_import("forskola.example.se", "wxr", _wxr_site(tmp_path), dry_run=True)
    assert summary.created == 5 and summary.dry_run
    assert Page.objects.count() == pages and not LegacyItem.objects.exists()


def test_links_between_two_old_sites_are_rewritten_when_the_second_arrives(
    tmp_path: Path, run_import: Any
) -> None:
    run_import("forskola.example.se", "wxr", _wxr_site(tmp_path))
    folder = tmp_path / "trafik"
    (folder / "parkering").mkdir(parents=True)
    body = f'<p>Parkera vid <a href="{A}/forskola/ansok/">förskolan</a>.</p>'
    (folder / "parkering" / "index.html").write_text(html_page("Parkering", body))
    summary = run_import("trafik.example.se", "html", folder)
    assert summary.created == 1 and summary.relinked == 1
    parking = _page("/parkering/")
    apply = _page("/forskola/ansok/")
    assert f'id="{apply.pk}" linktype="page"' in parking.body[0].value.source
    assert f'id="{parking.pk}" linktype="page"' in apply.body[1].value.source
    live = apply.live_revision.as_object()  # what a later publish or history starts from
    assert f'id="{parking.pk}" linktype="page"' in live.body[1].value.source
    assert live.title == apply.title and [t.pk for t in live.topics.all()] == [
        t.pk for t in apply.topics.all()
    ]
    row = LegacyItem.objects.get(old_path="/forskola/ansok/")
    assert list(row.links.values_list("url", flat=True)) == [MISSING]


def test_an_editors_draft_is_relinked_as_a_new_draft_and_the_live_page_is_left(
    tmp_path: Path, run_import: Any
) -> None:
    run_import("forskola.example.se", "wxr", _wxr_site(tmp_path))
    apply = _page("/forskola/ansok/")
    apply.title = "Ansök om plats i förskolan"
    apply.save_revision()  # an editor's draft, ahead of what is live
    live_body = apply.live_revision.content["body"]
    folder = tmp_path / "trafik"
    (folder / "parkering").mkdir(parents=True)
    (folder / "parkering" / "index.html").write_text(html_page("Parkering", "<p>P.</p>"))

    summary = run_import("trafik.example.se", "html", folder)

    assert summary.relinked == 1
    parking = _page("/parkering/")
    apply = _page("/forskola/ansok/")
    draft = apply.get_latest_revision_as_object()
    assert draft.title == "Ansök om plats i förskolan"
    assert f'id="{parking.pk}" linktype="page"' in draft.body[1].value.source
    assert apply.has_unpublished_changes and apply.title == "Ansök om plats"
    assert f'href="{B}/parkering/"' in apply.body[1].value.source
    assert apply.live_revision.content["body"] == live_body


def test_english_twin_becomes_the_translation_and_latin1_pages_read(
    tmp_path: Path, run_import: Any
) -> None:
    folder = tmp_path / "site"
    (folder / "snorojning").mkdir(parents=True)
    (folder / "en" / "snow").mkdir(parents=True)
    (folder / "snorojning" / "index.html").write_bytes(
        html_page(
            "Snöröjning", "<p>Vi plogar gång- och cykelvägar först.</p>", charset="iso-8859-1"
        ).encode("iso-8859-1")
    )
    twin = '<link rel="alternate" hreflang="sv" href="/snorojning/">'
    english = html_page("Snow clearing", "<p>Footpaths first.</p>", lang="en", head=twin)
    (folder / "en" / "snow" / "index.html").write_text(english)
    (folder / "en" / "orphan.html").write_text(html_page("Orphan", "<p>x</p>", lang="en"))
    summary = run_import("trafik.example.se", "html", folder)
    assert (summary.created, summary.translated) == (1, 1)
    assert "Swedish twin" in dict(summary.failed)["/en/orphan.html"]
    swedish = _page("/snorojning/")
    english_page = _page("/en/snow/")
    assert swedish.title == "Snöröjning"
    assert english_page.locale.language_code == "en" and english_page.live
    assert english_page.translation_key == swedish.translation_key
    assert english_page.title == "Snow clearing"


def test_manifest_rules_place_pages_and_bad_rows_are_skipped(
    tmp_path: Path, run_import: Any, target: Any, home: Any
) -> None:
    news = SectionPage(title="Nyheter", slug="nyheter", organisation=target.organisation)
    home.add_child(instance=news)
    LegacySite.objects.create(
        host="kultur.example.se",
        name="Kultur",
        adapter="manifest",
        organisation=target.organisation,
        parent_page=target,
        rules=[
            {"pattern": "/aktuellt/*", "page_type": "news", "parent": "/sv/nyheter/"},
            {"pattern": "/tjanster/*", "page_type": "service", "parent": "/sv/"},
            {"pattern": "/arkiv/", "parent": "/sv/finns-inte/"},
        ],
    )
    rows = [
        {
            "old_url": "https://kultur.example.se/aktuellt/konsert/",
            "title": "Konsert",
            "date": "2024-06-01",
            "body_html": "<p>Välkommen!</p>",
            "topics": "Kultur, Musik",
        },
        {
            "old_url": "https://kultur.example.se/om/",
            "title": "Om kulturen",
            "body_html": "<p>Hej</p>",
        },
        {"old_url": "https://kultur.example.se/om/", "title": "Samma adress igen"},
        {"old_url": "https://kultur.example.se/x/", "title": ""},
        {"old_url": "https://kultur.example.se/tjanster/hyr/", "title": "Hyr en lokal"},
        {"old_url": "https://kultur.example.se/arkiv/", "title": "Arkiv"},
        {
            "old_url": "https://kultur.example.se/arkiv/2019/",
            "title": "Arkiv 2019",
            "parent": "https://kultur.example.se/arkiv/",
        },
    ]
    summary = run_import("kultur.example.se", "manifest", write_manifest(tmp_path / "m.csv", rows))
    assert summary.created == 2 and len(summary.failed) == 5
    # A page whose parent failed fails too, rather than landing somewhere else.
    assert dict(summary.failed)["/arkiv/2019/"] == "The page above it could not be imported."
    # A service belongs in a section, not right below the home page: the rule is at fault.
    reason = dict(summary.failed)["/tjanster/hyr/"]
    assert reason == "A ServicePage cannot be placed below “Startsida” (HomePage)."
    concert = _page("/aktuellt/konsert/")
    assert isinstance(concert, NewsPage) and concert.get_parent().pk == news.pk
    assert set(Topic.objects.values_list("name", flat=True)) >= {"Kultur", "Musik"}


def test_retired_item_stays_retired_on_reimport(tmp_path: Path, run_import: Any) -> None:
    source = _wxr_site(tmp_path)
    run_import("forskola.example.se", "wxr", source)
    legacy_item_retire(item=LegacyItem.objects.get(old_path="/ansok/"))
    run_import("forskola.example.se", "wxr", _wxr_site(tmp_path / "v2", extra_body="!"))
    assert LegacyItem.objects.get(old_path="/ansok/").status == LegacyItem.Status.RETIRED


def test_command_imports_and_prints_a_summary(
    tmp_path: Path, organisation: Any, target: Any
) -> None:
    source = _wxr_site(tmp_path)
    args = ["--host", "forskola.example.se", "--adapter", "wxr", "--source", str(source)]
    args += ["--organisation", organisation.slug, "--parent", "/sv/gamla-sajter/"]
    out, err = io.StringIO(), io.StringIO()
    call_command("import_legacy_site", *args, "--dry-run", stdout=out, stderr=err)
    assert "Dry run" in out.getvalue() and "5 created" in out.getvalue()
    assert not LegacyItem.objects.exists()
    call_command("import_legacy_site", *args, stdout=out, stderr=err)
    assert "5 created" in out.getvalue() and "failed 32:" in err.getvalue()
    call_command("import_legacy_site", *args, "--host", "WWW.Forskola.example.se", stdout=out)
    assert LegacySite.objects.get().host == "forskola.example.se"  # one site, whatever spelling
    assert "0 created" in out.getvalue().splitlines()[-1]
    with pytest.raises(CommandError, match="No organisation"):
        call_command("import_legacy_site", *args[:6], "--organisation", "nobody")


# Markup written as entities in an old site's plain-text fields: decoded, it is a tag.
ESCAPED_IMG = "&lt;img src=x onerror=alert(1)&gt;"
ESCAPED_SCRIPT = "&lt;script&gt;alert(1)&lt;/script&gt;"


def _escaped_wxr(folder: Path) -> tuple[Path, str]:
    item = wxr_item(
        10,
        title=f"{ESCAPED_IMG}Förskola",
        link=f"{A}/forskola/",
        body=f"<h2>{ESCAPED_IMG}Så ansöker du</h2><p>Om förskolan.</p>",
        excerpt=f"{ESCAPED_SCRIPT}Om {ESCAPED_IMG}förskolan",
        categories=(f"{ESCAPED_IMG}Barn",),
    )
    return write_wxr(folder / "export.xml", [item]), "/forskola/"


def _escaped_html(folder: Path) -> tuple[Path, str]:
    (folder / "forskola").mkdir()
    description = f'<meta name="description" content="{ESCAPED_SCRIPT}Om {ESCAPED_IMG}förskolan">'
    page = html_page(
        f"{ESCAPED_IMG}Förskola",
        f"<h2>{ESCAPED_IMG}Så ansöker du</h2><p>Om förskolan.</p>",
        head=description,
    )
    (folder / "forskola" / "index.html").write_text(page)
    return folder, "/forskola/"


def _escaped_manifest(suffix: str) -> Any:
    def write(folder: Path) -> tuple[Path, str]:
        row = {
            "old_url": f"{A}/forskola/",
            "title": f"{ESCAPED_IMG}Förskola",
            "summary": f"{ESCAPED_SCRIPT}Om {ESCAPED_IMG}förskolan",
            "body_html": f"<h2>{ESCAPED_IMG}Så ansöker du</h2><p>Om förskolan.</p>",
            "topics": f"{ESCAPED_IMG}Barn",
        }
        return write_manifest(folder / f"manifest{suffix}", [row]), "/forskola/"

    return write


@pytest.mark.parametrize(
    ("adapter", "write"),
    [
        ("wxr", _escaped_wxr),
        ("html", _escaped_html),
        ("manifest", _escaped_manifest(".csv")),
        ("manifest", _escaped_manifest(".json")),
    ],
)
def test_markup_escaped_in_plain_text_fields_is_stripped(
    tmp_path: Path, run_import: Any, adapter: str, write: Any
) -> None:
    source, path = write(tmp_path)
    summary = run_import("forskola.example.se", adapter, source)
    assert summary.created == 1, summary.failed
    page = _page(path)
    assert page.title == "Förskola"
    assert LegacyItem.objects.get(old_path=path).title == "Förskola"
    assert page.body[0].block_type == "heading"
    assert page.body[0].value["text"] == "Så ansöker du"
    assert page.summary == "Om förskolan"
    if adapter != "html":  # a crawled page has no topics
        assert [t.name for t in page.topics.all()] == ["Barn"]
