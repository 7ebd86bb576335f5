"""What the content domain puts in the shared search index, and when.

Pages become documents of kind service, unit, answer or page; organisations and contacts
become the directory. Editors' promoted results come from Wagtail's "Promoted search
results" (search_promotions). Changes reach the index through the worker, after commit.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.contrib.search_promotions.models import Query
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.rich_text import get_text_for_indexing
from wagtail.search.utils import normalise_query_string
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from cms import selectors
from cms.directory import Directory, directory
from cms.models import AnswerPage, BasePage, Contact, Organisation, Topic, UnitPage, UnitType
from search.documents import SearchDocument, registry
from search.tasks import enqueue_update

# Page type -> what a reader is looking at, and how much it weighs in ranking.
KINDS = {"service": "service", "unit": "unit", "answer": "answer"}
BOOSTS = {
    "service": 1.6,
    "answer": 1.3,
    "section": 1.2,
    "unit": 1.1,
    "article": 1.0,
    "home": 0.8,
    "news": 0.7,
    "blog_post": 0.6,
}


def page_text(page: BasePage) -> str:
    """The readable text of a page's own fields: blocks, rich text and plain text."""
    parts: list[str] = []
    for name in page.api_fields:
        field = page._meta.get_field(name)
        if field.is_relation:
            continue  # an image or contact is not the page's text; reading it costs a query
        value = getattr(page, name)
        if isinstance(field, StreamField):
            parts.extend(str(text) for text in field.stream_block.get_searchable_content(value))
        elif isinstance(field, RichTextField):
            parts.append(get_text_for_indexing(value or ""))
        elif isinstance(value, str) and name not in {"eservice_form_slug", "eservice_url"}:
            parts.append(value)
    return "\n".join(p for p in parts if p)


def page_document(page: BasePage, topic_ids: list[int], d: Directory) -> SearchDocument:
    organisation = d.snippet(Organisation, page.organisation_id)
    topics = [t for t in (d.snippet(Topic, pk) for pk in topic_ids) if t is not None]
    facets = {"page_type": page.api_type}
    page_type, location = page.api_type, None
    if isinstance(page, UnitPage):
        unit_type = d.snippet(UnitType, page.unit_type_id)
        page_type = unit_type.slug if unit_type is not None else "unit"
        facets["operator"] = page.operator
        if page.latitude is not None and page.longitude is not None:
            location = (float(page.latitude), float(page.longitude))
    summary = page.summary
    if isinstance(page, AnswerPage):
        summary = page.short_answer or summary
    return SearchDocument(
        key=f"page:{page.pk}",
        kind=KINDS.get(page.api_type, "page"),
        locale=d.language_codes.get(page.locale_id, ""),
        title=page.title,
        url=d.frontend_path(page.url_path, page.locale_id),
        summary=summary,
        body=page_text(page),
        organisation=organisation.slug if organisation is not None else None,
        topics=tuple(sorted(t.slug for t in topics)),
        type=page_type,
        updated=page.last_published_at,
        location=location,
        facets=facets,
        boost=BOOSTS.get(page.api_type, 1.0),
    )


class PageSource:
    """Published, unrestricted pages."""

    name = "page"
    kinds = ("page", "service", "unit", "answer")

    def documents(self, ids: Sequence[str]) -> dict[str, SearchDocument]:
        pks = [int(pk) for pk in ids if pk.isdigit()]
        # Read from the database, not what a process remembers: a restriction that has
        # just committed must keep its pages out of the index.
        d = directory(fresh=True)
        pages = selectors.public_pages_by_id(pks, d)
        topics = selectors.topic_ids_of(pages)
        return {str(p.pk): page_document(p, topics.get(p.pk, []), d) for p in pages}

    def all_ids(self) -> Iterator[str]:
        for pk in selectors.public_pages().values_list("pk", flat=True).iterator():
            yield str(pk)


class DirectorySource:
    """The switchboard's data: organisations and their contact functions."""

    name = "directory"
    kinds = ("directory",)

    def documents(self, ids: Sequence[str]) -> dict[str, SearchDocument]:
        out: dict[str, SearchDocument] = {}
        wanted = {pk for pk in ids}
        org_ids = [int(pk[4:]) for pk in wanted if pk.startswith("org-") and pk[4:].isdigit()]
        contact_ids = [
            int(pk[8:]) for pk in wanted if pk.startswith("contact-") and pk[8:].isdigit()
        ]
        for org in Organisation.objects.filter(pk__in=org_ids).select_related("locale"):
            out[f"org-{org.pk}"] = _organisation_document(org)
        contacts = list(
            Contact.objects.filter(pk__in=contact_ids).select_related("locale", "organisation")
        )
        topics = _contact_topics([c.translation_key for c in contacts])
        for contact in contacts:
            out[f"contact-{contact.pk}"] = _contact_document(
                contact, topics.get(contact.translation_key, ())
            )
        return out

    def all_ids(self) -> Iterator[str]:
        for pk in Organisation.objects.values_list("pk", flat=True):
            yield f"org-{pk}"
        for pk in Contact.objects.values_list("pk", flat=True):
            yield f"contact-{pk}"


def _organisation_document(org: Organisation) -> SearchDocument:
    source = org.get_translation_or_none(Locale.get_default()) or org
    return SearchDocument(
        key=f"directory:org-{org.pk}",
        kind="directory",
        locale=org.locale.language_code,
        title=org.name,
        url=org.website or None,
        summary=org.description,
        body="\n".join(filter(None, [org.switchboard_phone, org.email, org.visiting_address])),
        organisation=source.slug,
        type="organisation",
        facets={"organisation_kind": org.kind},
        boost=1.0,
    )


def _contact_topics(keys: list[Any]) -> dict[Any, tuple[str, ...]]:
    """The slugs of the topics a function handles, set on its Swedish instance."""
    rows = Contact.topics.through.objects.filter(
        contact__translation_key__in=keys, contact__locale=Locale.get_default()
    ).values_list("contact__translation_key", "topic__slug")
    out: dict[Any, list[str]] = {}
    for key, slug in rows:
        out.setdefault(key, []).append(slug)
    return {key: tuple(sorted(slugs)) for key, slugs in out.items()}


def _contact_document(contact: Contact, topics: tuple[str, ...] = ()) -> SearchDocument:
    """A function is public: its name, what it handles, its hours and ways to reach it.
    Named roles (cms.NamedRole) hold people's details and are never indexed."""
    owner = contact.organisation
    return SearchDocument(
        key=f"directory:contact-{contact.pk}",
        kind="directory",
        locale=contact.locale.language_code,
        title=contact.name,
        summary=contact.opening_hours,
        body="\n".join(
            filter(None, [contact.handles, contact.phone, contact.email, contact.visiting_address])
        ),
        organisation=owner.slug if owner is not None else None,
        topics=topics,
        type="contact",
        boost=0.9,
    )


def promoted_keys(text: str, locale: str) -> list[str]:
    """Pages editors promote for this query (Wagtail's promoted search results), in the
    reader's language when translated."""
    query = Query.objects.filter(query_string=normalise_query_string(text)).first()
    if query is None:
        return []
    keys = []
    for pick in query.editors_picks.select_related("page").order_by("sort_order"):
        if pick.page is None:
            continue
        page = pick.page
        if page.locale.language_code != locale:
            page = page.get_translation_or_none(Locale.objects.filter(language_code=locale).first())
        if page is not None:
            keys.append(f"page:{page.pk}")
    return keys


# --- Keeping the index current ---------------------------------------------------------------


def _page_keys(page: Page, *, subtree: bool) -> list[str]:
    if not subtree:
        return [f"page:{page.pk}"]
    pks = Page.objects.descendant_of(page, inclusive=True).values_list("pk", flat=True)
    return [f"page:{pk}" for pk in pks]


def _on_page(sender: Any, instance: Page, **kwargs: Any) -> None:
    enqueue_update(_page_keys(instance, subtree=False))


def _on_page_tree(sender: Any, instance: Page, **kwargs: Any) -> None:
    # A move or unpublish changes the paths (or visibility) of everything below.
    enqueue_update(_page_keys(instance, subtree=True))


def _on_restriction(sender: Any, instance: PageViewRestriction, **kwargs: Any) -> None:
    if instance.page_id and Page.objects.filter(pk=instance.page_id).exists():
        enqueue_update(_page_keys(instance.page, subtree=True))


def _on_organisation(sender: Any, instance: Organisation, **kwargs: Any) -> None:
    enqueue_update([f"directory:org-{instance.pk}"])


def _on_contact(sender: Any, instance: Contact, **kwargs: Any) -> None:
    enqueue_update([f"directory:contact-{instance.pk}"])


def connect() -> None:
    registry.register(PageSource())
    registry.register(DirectorySource())
    registry.register_promotions(promoted_keys)
    page_published.connect(_on_page, dispatch_uid="cms-search-published")
    page_unpublished.connect(_on_page_tree, dispatch_uid="cms-search-unpublished")
    post_page_move.connect(_on_page_tree, dispatch_uid="cms-search-moved")
    page_slug_changed.connect(_on_page_tree, dispatch_uid="cms-search-slug-changed")
    post_delete.connect(_on_page, sender=Page, dispatch_uid="cms-search-page-deleted")
    for signal in (post_save, post_delete):
        signal.connect(
            _on_restriction, sender=PageViewRestriction, dispatch_uid=f"cms-search-r-{id(signal)}"
        )
        signal.connect(
            _on_organisation, sender=Organisation, dispatch_uid=f"cms-search-o-{id(signal)}"
        )
        signal.connect(_on_contact, sender=Contact, dispatch_uid=f"cms-search-c-{id(signal)}")
    # The topics a function handles are saved after the function itself.
    m2m_changed.connect(_on_contact, sender=Contact.topics.through, dispatch_uid="cms-search-ct")
