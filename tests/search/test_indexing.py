"""The index follows the content: publish, unpublish, move, delete, restrict and translate
reach it through the worker once the change has committed."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import pytest
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult
from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.models import Locale, PageViewRestriction

from cms.services import translation_create
from search.engines import get_engine
from search.models import SearchEntry
from tests import factories
from tests.tasks import immediate

pytestmark = pytest.mark.django_db
IMMEDIATE = immediate()


@pytest.fixture
def worker(settings: Any, django_capture_on_commit_callbacks: Any) -> Callable[..., Any]:
    """Runs a change, commits it, and lets the worker (in-process) do what it queued."""
    settings.TASKS = IMMEDIATE

    def run(change: Callable[[], Any]) -> Any:
        with django_capture_on_commit_callbacks(execute=True):
            return change()

    return run


def titles(text: str, locale: str = "sv") -> list[str]:
    from search.queries import search

    return [hit.document.title for hit in search(text, locale=locale).result.hits]


def test_publishing_indexes_the_page(section: Any, worker: Any) -> None:
    page = factories.ServicePageFactory(parent=section, title="Ansök om förskoleplats")
    assert titles("förskoleplats") == []  # a draft is not searchable
    worker(lambda: page.save_revision().publish())
    assert titles("förskoleplats") == ["Ansök om förskoleplats"]
    entry = SearchEntry.objects.get(key=f"page:{page.pk}")
    assert (entry.kind, entry.url, entry.locale) == (
        "service",
        "/sv/forskola/" + page.slug + "/",
        "sv",
    )


def test_unpublishing_removes_the_page_and_what_is_below(section: Any, worker: Any) -> None:
    child = factories.ArticlePageFactory(parent=section, title="Inskolning på förskolan")
    worker(lambda: (section.save_revision().publish(), child.save_revision().publish()))
    assert titles("inskolning") == ["Inskolning på förskolan"]
    # The admin's "unpublish, with the pages below it".
    admin = factories.UserFactory(is_superuser=True)
    worker(lambda: UnpublishPageAction(section, user=admin, include_descendants=True).execute())
    assert titles("inskolning") == []


def test_moving_updates_the_address(home: Any, section: Any, worker: Any) -> None:
    page = factories.ArticlePageFactory(parent=section, title="Sommarstängt", slug="sommar")
    other = factories.SectionPageFactory(parent=home, title="Skola", slug="skola")
    worker(lambda: page.save_revision().publish())
    worker(lambda: page.move(other, pos="last-child"))
    assert SearchEntry.objects.get(key=f"page:{page.pk}").url == "/sv/skola/sommar/"


def test_a_new_slug_updates_the_addresses_below(section: Any, worker: Any) -> None:
    page = factories.ArticlePageFactory(parent=section, title="Inskolning", slug="inskolning")
    worker(lambda: (section.save_revision().publish(), page.save_revision().publish()))
    section.slug = "forskolor"
    worker(lambda: section.save_revision().publish())
    assert SearchEntry.objects.get(key=f"page:{page.pk}").url == "/sv/forskolor/inskolning/"


def test_deleting_removes_the_page(section: Any, worker: Any) -> None:
    page = factories.ArticlePageFactory(parent=section, title="Sommarstängt")
    worker(lambda: page.save_revision().publish())
    worker(lambda: page.delete())
    assert titles("sommarstängt") == []


def test_a_view_restriction_hides_the_page(section: Any, worker: Any) -> None:
    page = factories.ArticlePageFactory(parent=section, title="Intranätets rutiner")
    worker(lambda: page.save_revision().publish())
    worker(lambda: PageViewRestriction.objects.create(page=page, restriction_type="login"))
    assert titles("rutiner") == []


def test_translations_are_found_in_their_own_language(section: Any, worker: Any) -> None:
    Locale.objects.create(language_code="en")
    page = factories.ArticlePageFactory(parent=section, title="Öppettider")
    worker(lambda: page.save_revision().publish())
    worker(
        lambda: translation_create(
            instance=page, language_code="en", strings={"Öppettider": "Opening hours"}
        )
    )
    assert titles("opening hours", locale="en") == ["Opening hours"]
    assert titles("opening hours") == []


def test_the_directory_follows_organisation_changes(home: Any, worker: Any) -> None:
    org = worker(lambda: factories.OrganisationFactory(name="Kretslopp och vatten"))
    assert titles("kretslopp") == ["Kretslopp och vatten"]
    org.name = "Kretslopp, vatten och avlopp"
    worker(lambda: org.save())
    assert titles("avlopp") == ["Kretslopp, vatten och avlopp"]


def test_changes_wait_for_the_worker(section: Any, django_capture_on_commit_callbacks: Any) -> None:
    page = factories.ArticlePageFactory(parent=section, title="Sommarstängt")
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    queued = DBTaskResult.objects.filter(task_path="search.tasks.update_documents")
    assert queued.count() == 1
    assert queued.get().args_kwargs["args"] == [[f"page:{page.pk}"]]
    assert titles("sommarstängt") == []  # not before the worker has run


def test_reindex_rebuilds_everything_and_drops_what_is_gone(section: Any) -> None:
    page = factories.ArticlePageFactory(parent=section, title="Sommarstängt")
    page.save_revision().publish()
    get_engine().upsert([])  # nothing indexed yet: the worker never ran
    from search.documents import SearchDocument

    get_engine().upsert(
        [SearchDocument(key="page:999999", kind="page", locale="sv", title="Borta")]
    )
    out = io.StringIO()
    call_command("search_reindex", stdout=out)
    assert "documents" in out.getvalue()
    assert titles("sommarstängt") == ["Sommarstängt"]
    assert titles("borta") == []


def test_published_forms_are_found_with_the_service_that_offers_them(
    section: Any, worker: Any
) -> None:
    from eservices.demo import FORMS
    from eservices.models import FormDefinition

    service = factories.ServicePageFactory(
        parent=section, title="Synpunkter", slug="synpunkter", eservice_form_slug="synpunkter"
    )
    worker(lambda: service.save_revision().publish())
    data = {k: v for k, v in FORMS[2].items() if k != "organisation"}
    form = FormDefinition.objects.create(**data, organisation=service.organisation, live=False)
    worker(lambda: form.save_revision().publish())
    entry = SearchEntry.objects.get(key=f"form:{form.pk}")
    assert (entry.kind, entry.url) == ("form", "/sv/forskola/synpunkter/")
    assert titles("tyck till") == ["Lämna synpunkter"]  # the form's introduction
    form.refresh_from_db()
    worker(lambda: form.unpublish())
    assert not SearchEntry.objects.filter(key=f"form:{form.pk}").exists()
