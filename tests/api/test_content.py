"""Content API v1: pages, resolve, navigation, organisations, topics."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Locale, PageViewRestriction

from cms.models import ArticlePage
from cms.services import translation_create
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def city(home: Any, section: Any) -> dict[str, Any]:
    org = factories.OrganisationFactory(name="Förskoleförvaltningen", slug="forskola-org")
    other = factories.OrganisationFactory(name="Trafikkontoret", slug="trafik-org")
    topic = factories.TopicFactory(name="Förskola", slug="forskola-topic")
    service = factories.ServicePageFactory(
        parent=section, title="Ansök om förskoleplats", slug="forskoleplats", organisation=org
    )
    service.topics.set([topic])
    service.save_revision().publish()
    article = factories.ArticlePageFactory(
        parent=section,
        title="Så fungerar kön",
        slug="kon",
        organisation=other,
        body=[
            ("rich_text", f'<p>Läs om <a linktype="page" id="{service.pk}">förskoleplats</a>.</p>')
        ],
    )
    article.save_revision().publish()
    return {"org": org, "other": other, "topic": topic, "service": service, "article": article}


def results(response: Any) -> list[dict[str, Any]]:
    assert response.status_code == 200, response.content
    return response.json()["results"]


def assert_problem(response: Any, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status
    assert response["Content-Type"] == "application/problem+json"
    body = response.json()
    assert body["code"] == code
    assert body["status"] == status
    assert {"type", "title", "detail", "instance"} <= body.keys()
    return body


def test_listing_shows_published_public_pages_only(
    client: Any, city: dict[str, Any], section: Any
) -> None:
    draft = factories.ArticlePageFactory(parent=section, title="Utkast", slug="utkast", live=False)
    secret = factories.ArticlePageFactory(parent=section, title="Intranät", slug="intranat")
    PageViewRestriction.objects.create(page=secret, restriction_type="login")
    titles = {p["title"] for p in results(client.get("/api/v1/pages/?limit=100"))}
    assert {"Ansök om förskoleplats", "Så fungerar kön", "Förskola", "Startsida"} <= titles
    assert draft.title not in titles
    assert secret.title not in titles


def test_listing_filters_by_type_organisation_and_topic(client: Any, city: dict[str, Any]) -> None:
    assert [p["id"] for p in results(client.get("/api/v1/pages/?type=service"))] == [
        city["service"].pk
    ]
    by_org = results(client.get("/api/v1/pages/?organisation=trafik-org"))
    assert [p["id"] for p in by_org] == [city["article"].pk]
    by_topic = results(client.get("/api/v1/pages/?topic=forskola-topic"))
    assert [p["id"] for p in by_topic] == [city["service"].pk]
    assert by_topic[0]["topics"] == [
        {"id": city["topic"].pk, "slug": "forskola-topic", "name": "Förskola"}
    ]


def test_listing_filters_by_tree_and_update_time(
    client: Any, city: dict[str, Any], section: Any, home: Any
) -> None:
    children = {p["id"] for p in results(client.get(f"/api/v1/pages/?child_of={section.pk}"))}
    assert children == {city["service"].pk, city["article"].pk}
    below_home = {p["id"] for p in results(client.get(f"/api/v1/pages/?descendant_of={home.pk}"))}
    assert below_home == {section.pk, city["service"].pk, city["article"].pk}
    assert results(client.get("/api/v1/pages/?child_of=999999")) == []
    future = (timezone.now() + dt.timedelta(days=1)).isoformat().replace("+00:00", "Z")
    assert results(client.get(f"/api/v1/pages/?updated_since={future}")) == []


def test_listing_paginates_with_limit_and_offset(client: Any, city: dict[str, Any]) -> None:
    first = client.get("/api/v1/pages/?limit=2&ordering=title").json()
    assert first["count"] == 4
    assert len(first["results"]) == 2
    assert "offset=2" in first["next"]
    second = client.get("/api/v1/pages/?limit=2&offset=2&ordering=title").json()
    assert {p["id"] for p in first["results"]}.isdisjoint({p["id"] for p in second["results"]})
    assert second["next"] is None


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("colour=red", "unknown_parameter"),
        ("locale=xx", "validation_error"),
        ("type=blog", "validation_error"),
        ("limit=0", "validation_error"),
        ("limit=101", "validation_error"),
        ("limit=ten", "validation_error"),
        ("offset=-1", "validation_error"),
        ("child_of=abc", "validation_error"),
        ("child_of=²", "validation_error"),
        ("limit=²", "validation_error"),
        ("updated_since=yesterday", "validation_error"),
        ("ordering=random", "validation_error"),
        ("organisation=a%00b", "validation_error"),
    ],
)
def test_bad_listing_parameters_are_problem_400s(
    client: Any, city: dict[str, Any], query: str, code: str
) -> None:
    body = assert_problem(client.get(f"/api/v1/pages/?{query}"), 400, code)
    assert body["errors"][0]["field"] == query.split("=")[0]


def test_page_detail_renders_blocks_links_and_meta(client: Any, city: dict[str, Any]) -> None:
    page = client.get(f"/api/v1/pages/{city['article'].pk}/").json()
    assert page["type"] == "article"
    assert page["organisation"]["slug"] == "trafik-org"
    block = page["fields"]["body"][0]
    assert block["type"] == "rich_text"
    # The internal link is a frontend path, not Wagtail's database markup.
    assert 'href="/sv/forskola/forskoleplats/"' in block["value"]
    assert "linktype" not in block["value"]
    assert [c["path"] for c in page["breadcrumbs"]] == [
        "/sv/",
        "/sv/forskola/",
        "/sv/forskola/kon/",
    ]
    assert page["meta"] == {
        "type": "article",
        "locale": "sv",
        "text_direction": "ltr",
        "html_path": "/sv/forskola/kon/",
        "first_published_at": page["first_published_at"],
        "last_published_at": page["last_published_at"],
    }
    assert page["first_published_at"].endswith("Z")


def test_page_detail_lists_translations_and_text_direction(
    client: Any, city: dict[str, Any], django_capture_on_commit_callbacks: Any
) -> None:
    Locale.objects.create(language_code="ar")
    with django_capture_on_commit_callbacks(execute=True):
        translation_create(instance=city["service"], language_code="ar", strings={})
    arabic = city["service"].get_translation(Locale.objects.get(language_code="ar"))
    page = client.get(f"/api/v1/pages/{arabic.pk}/").json()
    assert page["meta"]["text_direction"] == "rtl"
    assert {t["locale"] for t in page["translations"]} == {"sv", "ar"}


@pytest.mark.parametrize("state", ["draft", "restricted", "missing"])
def test_unpublished_restricted_or_missing_pages_are_404(
    client: Any, section: Any, state: str
) -> None:
    page = factories.ArticlePageFactory(parent=section, slug="dold", live=state != "draft")
    if state == "restricted":
        PageViewRestriction.objects.create(
            page=page, restriction_type="password", password="hemligt"
        )
    page_id = page.pk if state != "missing" else 999_999
    assert_problem(client.get(f"/api/v1/pages/{page_id}/"), 404, "not_found")


def test_resolve_finds_a_page_by_its_frontend_path(client: Any, city: dict[str, Any]) -> None:
    body = client.get("/api/v1/pages/resolve/?path=/sv/forskola/forskoleplats/").json()
    assert body["status"] == 200
    assert body["page"]["id"] == city["service"].pk
    assert client.get("/api/v1/pages/resolve/?path=/sv/forskola/forskoleplats").json()["page"]


def test_resolve_answers_old_addresses_with_their_redirect(
    client: Any, city: dict[str, Any]
) -> None:
    Redirect.objects.create(old_path="/gamla-forskolan/ansok", redirect_page=city["service"])
    body = client.get(
        "/api/v1/pages/resolve/?url=https://forskola.gamla.example/gamla-forskolan/ansok"
    ).json()
    assert body == {"status": 301, "redirect_to": "/sv/forskola/forskoleplats/", "page": None}


def test_resolve_says_gone_when_the_target_was_retired(client: Any, city: dict[str, Any]) -> None:
    Redirect.objects.create(old_path="/kampanj", redirect_page=city["article"])
    city["article"].unpublish()
    assert client.get("/api/v1/pages/resolve/?path=/kampanj").json()["status"] == 410


@pytest.mark.parametrize(
    ("query", "status", "code"),
    [
        ("", 400, "validation_error"),
        ("path=/sv/&url=https://x.example/", 400, "validation_error"),
        ("path=sv/forskola/", 400, "validation_error"),
        ("path=/sv/finns-inte/", 404, "not_found"),
        ("path=/xx/", 404, "not_found"),
        ("url=https://x.example/%00", 400, "validation_error"),
        ("url=http://[x/", 400, "validation_error"),
    ],
)
def test_resolve_refuses_bad_input_clearly(
    client: Any, city: dict[str, Any], query: str, status: int, code: str
) -> None:
    assert_problem(client.get(f"/api/v1/pages/resolve/?{query}"), status, code)


def test_navigation_follows_menu_settings_and_depth(client: Any, home: Any, section: Any) -> None:
    section.show_in_menus = True
    section.save_revision().publish()
    sub = factories.SectionPageFactory(
        parent=section, title="Förskolor", slug="forskolor", show_in_menus=True
    )
    factories.SectionPageFactory(parent=section, title="Dold", slug="dold", show_in_menus=False)
    one = client.get("/api/v1/navigation/?locale=sv&depth=1").json()
    assert one == [{"id": section.pk, "title": "Förskola", "path": "/sv/forskola/", "children": []}]
    two = client.get("/api/v1/navigation/?depth=2").json()
    assert two[0]["children"] == [
        {"id": sub.pk, "title": "Förskolor", "path": "/sv/forskola/forskolor/", "children": []}
    ]
    assert_problem(client.get("/api/v1/navigation/?depth=9"), 400, "validation_error")


def test_navigation_leaves_out_restricted_pages_and_what_is_below_them(
    client: Any, home: Any, section: Any, django_capture_on_commit_callbacks: Any
) -> None:
    section.show_in_menus = True
    section.save_revision().publish()
    secret = factories.SectionPageFactory(
        parent=section, title="Personal", slug="personal", show_in_menus=True
    )
    factories.SectionPageFactory(parent=secret, title="Lön", slug="lon", show_in_menus=True)
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=secret, restriction_type="login")
    tree = client.get("/api/v1/navigation/?depth=3").json()
    assert tree == [
        {"id": section.pk, "title": "Förskola", "path": "/sv/forskola/", "children": []}
    ]


def test_organisations_and_topics_are_listed(client: Any, city: dict[str, Any]) -> None:
    slugs = {o["slug"] for o in results(client.get("/api/v1/organisations/?limit=100"))}
    assert {"forskola-org", "trafik-org"} <= slugs
    detail = client.get(f"/api/v1/organisations/{city['org'].pk}/").json()
    assert detail["name"] == "Förskoleförvaltningen"
    assert_problem(client.get("/api/v1/organisations/999999/"), 404, "not_found")
    assert [t["slug"] for t in results(client.get("/api/v1/topics/"))] == ["forskola-topic"]


def test_api_info_describes_the_api(client: Any) -> None:
    info = client.get("/api/v1/api-info").json()
    assert info["api_version"] == "1.0.0"
    assert info["api_documentation"] == "/api/v1/docs/"


@pytest.mark.usefixtures("no_response_cache")
def test_detail_query_count_does_not_grow_with_the_body(
    client: Any, section: Any, django_assert_max_num_queries: Any
) -> None:
    small = factories.ArticlePageFactory(parent=section, slug="liten")
    big = factories.ArticlePageFactory(
        parent=section, slug="stor", body=[("rich_text", f"<p>Stycke {i}</p>") for i in range(30)]
    )
    client.get(f"/api/v1/pages/{small.pk}/")  # warms Wagtail's site-root cache
    with CaptureQueriesContext(connection) as small_queries:
        client.get(f"/api/v1/pages/{small.pk}/")
    with django_assert_max_num_queries(len(small_queries)):
        client.get(f"/api/v1/pages/{big.pk}/")


@pytest.mark.usefixtures("no_response_cache")
def test_listing_query_count_is_the_same_for_1_and_50_pages(
    client: Any, section: Any, django_capture_on_commit_callbacks: Any
) -> None:
    org = factories.OrganisationFactory()
    Locale.objects.create(language_code="en")
    with django_capture_on_commit_callbacks(execute=True):
        translation_create(instance=org, language_code="en", strings={org.name: "Administration"})
    first = factories.ArticlePageFactory(parent=section, slug="en", organisation=org)
    first.topics.set([factories.TopicFactory()])
    client.get("/api/v1/pages/?type=article")  # warms Wagtail's site-root cache
    with CaptureQueriesContext(connection) as one:
        assert len(results(client.get("/api/v1/pages/?type=article"))) == 1
    for i in range(24):
        page = factories.ArticlePageFactory(parent=section, slug=f"sida-{i}", organisation=org)
        page.topics.set([factories.TopicFactory()])
        # Translated pages point at Swedish snippets that are shown in English.
        with django_capture_on_commit_callbacks(execute=True):
            translation_create(instance=page, language_code="en", strings={})
    client.get("/api/v1/pages/?type=article")  # reference data for the new content version
    with CaptureQueriesContext(connection) as fifty:
        listed = results(client.get("/api/v1/pages/?type=article&limit=50"))
    assert len(listed) == 49  # 25 Swedish pages and 24 English translations
    assert {p["organisation"]["name"] for p in listed if p["locale"] == "en"} == {"Administration"}
    assert len(fifty) == len(one) <= 6
    assert ArticlePage.objects.count() == 49


def test_pages_of_other_types_are_not_content(client: Any, home: Any) -> None:
    # Wagtail's own placeholder type is not one of ours: never listed, never resolved.
    from wagtail.models import Page

    placeholder = Page(title="Välkommen", slug="valkommen")
    home.add_child(instance=placeholder)
    assert placeholder.pk not in {p["id"] for p in results(client.get("/api/v1/pages/?limit=100"))}
    assert_problem(client.get("/api/v1/pages/resolve/?path=/sv/valkommen/"), 404, "not_found")
    assert_problem(client.get(f"/api/v1/pages/{placeholder.pk}/"), 404, "not_found")


def test_old_addresses_with_a_query_string_resolve(client: Any, city: dict[str, Any]) -> None:
    Redirect.objects.create(old_path="/?p=123", redirect_page=city["service"])
    body = client.get("/api/v1/pages/resolve/", {"url": "https://gamla.example/?p=123"}).json()
    assert body == {"status": 301, "redirect_to": "/sv/forskola/forskoleplats/", "page": None}


def test_restricted_pages_are_not_revealed_by_links_or_redirects(
    client: Any, city: dict[str, Any], django_capture_on_commit_callbacks: Any
) -> None:
    service = city["service"]
    cta = {"title": "Ansök", "text": "", "link": {"page": service, "url": "", "text": "Ansök"}}
    linking = factories.ArticlePageFactory(
        parent=service.get_parent(), slug="lankar", body=[("call_to_action", cta)]
    )
    shown = client.get(f"/api/v1/pages/{linking.pk}/").json()["fields"]["body"][0]
    assert shown["value"]["link"]["page"]["id"] == service.pk  # public: the link is given

    # Committed, as an editor's change is: readers with a shared cache see it after commit.
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=service, restriction_type="login")
        Redirect.objects.create(old_path="/till-intranat", redirect_page=service)
    assert client.get("/api/v1/pages/resolve/?path=/till-intranat").json()["status"] == 410
    hidden = client.get(f"/api/v1/pages/{linking.pk}/").json()["fields"]["body"][0]
    assert hidden["value"]["link"]["page"] is None
