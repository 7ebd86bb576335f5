"""New pages written in batches: what Wagtail's own save leaves behind is there too, and a
batch that cannot be written costs only the item at fault and the pages below it."""

from __future__ import annotations

from typing import Any

import pytest
from django.db.models import Q
from wagtail.models import Page, PageLogEntry, ReferenceIndex, Revision
from wagtail.search.backends import get_search_backend

from cms.legacy.batch import PageBatch
from cms.legacy.pages import TreeAppender
from cms.models import ArticlePage, LegacyItem, LegacySite, SectionPage, Topic
from tests import factories
from tests.cms.legacy.sites import write_manifest
from tests.tasks import immediate

pytestmark = pytest.mark.django_db


def _fields(organisation: Any, title: str, html: str = "<p>Text.</p>") -> dict[str, Any]:
    return {
        "title": title,
        "summary": "",
        "organisation": organisation,
        "body": [{"type": "rich_text", "value": html}],
    }


def _stage(batch: PageBatch, tree: TreeAppender, parent: Page, model: Any, **kw: Any) -> Page:
    site = kw.pop("site")
    topics = kw.pop("topics", [])
    page = batch.stage(
        parent=parent,
        model=model,
        fields=_fields(site.organisation, kw["title"], kw.get("html", "<p>Text.</p>")),
        slug=kw["slug"],
        path=tree.next_path(parent),
        topics=topics,
    )
    row = LegacyItem(site=site, source_id=kw["slug"], old_url=f"https://a.example.se/{kw['slug']}/")
    row.old_path = f"/{kw['slug']}/"
    batch.attach(page, item=None, row=row, links=kw.get("links", []))
    return page


@pytest.fixture
def site(home: Any) -> LegacySite:
    organisation = factories.OrganisationFactory(name="Kulturförvaltningen", slug="kultur")
    section = factories.SectionPageFactory(parent=home, title="Gamla sajter", slug="gamla")
    return LegacySite.objects.create(
        host="a.example.se",
        name="A",
        adapter="manifest",
        organisation=organisation,
        parent_page=section,
    )


def test_a_batch_leaves_what_wagtails_save_and_publish_leave(
    site: LegacySite, settings: Any, django_capture_on_commit_callbacks: Any
) -> None:
    settings.TASKS = immediate()
    parent = site.parent_page.specific
    tree, batch = TreeAppender(), PageBatch()
    topic = Topic.objects.create(locale=parent.locale, slug="bibliotek", name="Bibliotek")
    section = _stage(batch, tree, parent, SectionPage, site=site, title="Bibliotek", slug="bib")
    link = f'<p>Se <a linktype="page" id="{section.pk}">biblioteken</a>.</p>'
    child = _stage(
        batch,
        tree,
        section,
        ArticlePage,
        site=site,
        title="Lånekort",
        slug="lanekort",
        html=link,
        topics=[topic],
        links=["https://b.example.se/x/"],
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert batch.flush() == []

    assert not any(Page.find_problems())  # child counts kept by the batch itself
    page = Page.objects.get(pk=child.pk).specific
    assert page.url_path == f"{section.url_path}lanekort/" and page.get_parent().pk == section.pk
    assert page.live and not page.has_unpublished_changes and page.draft_title == "Lånekort"
    assert list(page.topics.all()) == [topic]
    live = Revision.objects.get(pk=page.live_revision_id)
    assert page.latest_revision_id == live.pk and live.content["pk"] == page.pk
    assert live.as_object().body[0].value.source == page.body[0].value.source
    created = PageLogEntry.objects.filter(action="wagtail.create")
    assert set(created.values_list("page_id", flat=True)) >= {section.pk, child.pk}
    row = LegacyItem.objects.get(source_id="lanekort")
    assert row.page_id == child.pk and list(row.links.values_list("url", flat=True)) == [
        "https://b.example.se/x/"
    ]
    # What Wagtail's save signals would have queued: the reference index and admin search.
    assert (
        ReferenceIndex.get_references_to(Page.objects.get(pk=section.pk))
        .filter(Q(object_id=str(child.pk)))
        .exists()
    )
    found = get_search_backend().search("Lånekort", ArticlePage)
    assert [p.pk for p in found] == [child.pk]


def test_a_page_that_cannot_be_written_fails_alone_with_the_pages_below_it(
    site: LegacySite,
) -> None:
    parent = site.parent_page.specific
    tree, batch = TreeAppender(), PageBatch()
    good = _stage(batch, tree, parent, ArticlePage, site=site, title="Öppettider", slug="tider")
    unsaved = Topic(locale=parent.locale, slug="finns-inte", name="Finns inte")  # no row
    bad = _stage(
        batch,
        tree,
        parent,
        SectionPage,
        site=site,
        title="Evenemang",
        slug="evenemang",
        topics=[unsaved],
    )
    below = _stage(batch, tree, bad, ArticlePage, site=site, title="Konsert", slug="konsert")
    after = _stage(batch, tree, parent, ArticlePage, site=site, title="Avgifter", slug="avgifter")

    failures = batch.flush()
    tree.finish()

    assert [(s.page.pk, reason[:9]) for s, reason in failures] == [
        (bad.pk, "Integrity"),
        (below.pk, "The page "),
    ]
    written = set(
        Page.objects.filter(pk__in=[good.pk, bad.pk, below.pk, after.pk]).values_list(
            "pk", flat=True
        )
    )
    assert written == {good.pk, after.pk}
    assert not Revision.objects.filter(object_id__in=[str(bad.pk), str(below.pk)]).exists()
    assert set(LegacyItem.objects.values_list("source_id", flat=True)) == {"tider", "avgifter"}
    assert not any(Page.find_problems())


def test_a_retried_batch_keeps_the_url_map_rows_of_the_items_that_were_fine(
    site: LegacySite,
) -> None:
    # The fault comes after the items' rows were inserted: the retry must insert them again.
    parent = site.parent_page.specific
    tree, batch = TreeAppender(), PageBatch()
    first = _stage(batch, tree, parent, ArticlePage, site=site, title="Parkering", slug="p")
    _stage(batch, tree, parent, ArticlePage, site=site, title="Trasig", slug="t", links=[None])
    last = _stage(batch, tree, parent, ArticlePage, site=site, title="Avfall", slug="a")

    failures = batch.flush()

    assert [s.row.source_id for s, _reason in failures] == ["t"]
    rows = dict(LegacyItem.objects.values_list("source_id", "page_id"))
    assert rows == {"p": first.pk, "a": last.pk}


def test_an_import_purges_the_frontend_caches_copies_once_per_batch(
    tmp_path: Any, run_import: Any, cache_server: Any, django_capture_on_commit_callbacks: Any
) -> None:
    rows = [
        {
            "old_url": f"https://a.example.se/sida-{n}/",
            "title": f"Sida {n}",
            "body_html": "<p>x</p>",
        }
        for n in range(3)
    ]
    with django_capture_on_commit_callbacks(execute=True):
        summary = run_import("a.example.se", "manifest", write_manifest(tmp_path / "m.json", rows))
    assert summary.created == 3
    seen = [request.full_path.rstrip("?") for request, _ in cache_server.log]
    assert seen.count("/api/v1/pages/") == 1  # one purge for the batch, not one per page
    assert "/api/v1/pages/resolve/?path=%2Fsv%2Fgamla-sajter%2Fsida-2%2F" in seen


def test_a_slug_a_sibling_has_already_fails_that_page_alone(site: LegacySite) -> None:
    # The run keeps its slugs apart from those it read; one written beside it is caught
    # by the batch's own check, as by the page's full_clean.
    parent = site.parent_page.specific
    factories.ArticlePageFactory(parent=parent, title="Avfall", slug="avfall")
    tree, batch = TreeAppender(), PageBatch()
    first = _stage(batch, tree, parent, ArticlePage, site=site, title="Parkering", slug="p")
    clash = _stage(batch, tree, parent, ArticlePage, site=site, title="Avfall", slug="avfall")

    failures = batch.flush()
    tree.finish()

    assert [(s.page.pk, reason[:24]) for s, reason in failures] == [
        (clash.pk, "ValidationError: {'slug'")
    ]
    assert "'avfall'" in failures[0][1]
    assert Page.objects.filter(pk=first.pk).exists()
    assert not Page.objects.filter(pk=clash.pk).exists()
    assert set(LegacyItem.objects.values_list("source_id", flat=True)) == {"p"}
    assert not any(Page.find_problems())
