"""Reads of published content, shared by the API and the admin.

Only live pages without view restrictions are ever returned: what is not public on the
website is not public through the API either.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from django.contrib.contenttypes.models import ContentType
from django.db.models import Prefetch, Q, QuerySet
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Locale, Page, ReferenceIndex, Site

from cms.models import (
    AnswerPage,
    ArticlePage,
    BasePage,
    BlogPostPage,
    CityImage,
    HomePage,
    NewsPage,
    Organisation,
    SectionPage,
    ServicePage,
    Topic,
    UnitPage,
)

# Where attach_translations leaves a snippet's translations for cms.representation.
PREFETCHED_TRANSLATIONS = "_prefetched_translations"

PAGE_MODELS: list[type[BasePage]] = [
    HomePage,
    SectionPage,
    ArticlePage,
    ServicePage,
    NewsPage,
    BlogPostPage,
    UnitPage,
    AnswerPage,
]
PAGE_TYPES: dict[str, type[BasePage]] = {model.api_type: model for model in PAGE_MODELS}
PAGE_ORDERINGS = {
    "path": "path",
    "title": "title",
    "-title": "-title",
    "first_published_at": "first_published_at",
    "-first_published_at": "-first_published_at",
    "last_published_at": "last_published_at",
    "-last_published_at": "-last_published_at",
}


def public_pages() -> Any:
    """Every live, unrestricted page of our page types (not Wagtail's placeholder)."""
    return Page.objects.live().public().filter(depth__gt=1).type(*PAGE_MODELS)


def _on_any_page_type(lookup: str, value: Any) -> Q:
    """A filter on a field every page type has, across the page-type tables."""
    q = Q()
    for model in PAGE_MODELS:
        q |= Q(**{f"{model._meta.model_name}__{lookup}": value})
    return q


def page_list(
    *,
    locale: str | None = None,
    page_type: str | None = None,
    organisation: str | None = None,
    topic: str | None = None,
    child_of: int | None = None,
    descendant_of: int | None = None,
    updated_since: dt.datetime | None = None,
    ordering: str = "path",
) -> Any:
    """Published pages matching the filters; every argument narrows the result.

    A filter naming something that does not exist (or is not public) matches nothing.
    """
    pages = public_pages()
    if locale:
        pages = pages.filter(locale__language_code=locale)
    if page_type:
        pages = pages.exact_type(PAGE_TYPES[page_type])
    if organisation:
        pages = pages.filter(_on_any_page_type("organisation__slug", organisation))
    if topic:
        pages = pages.filter(_on_any_page_type("topics__slug", topic)).distinct()
    for page_id, relation in ((child_of, "child_of"), (descendant_of, "descendant_of")):
        if page_id is not None:
            anchor = public_pages().filter(pk=page_id).first()
            if anchor is None:
                return pages.none()
            pages = getattr(pages, relation)(anchor)
    if updated_since is not None:
        pages = pages.filter(last_published_at__gte=updated_since)
    return pages.order_by(PAGE_ORDERINGS[ordering], "pk")


def with_listing_data(pages: list[Page]) -> list[BasePage]:
    """The specific pages with organisation and topics loaded in bulk, in the given order."""
    by_type: dict[type[BasePage], list[int]] = {}
    for page in pages:
        model = page.specific_class
        if model in PAGE_MODELS:
            by_type.setdefault(model, []).append(page.pk)
    loaded: dict[int, BasePage] = {}
    for model, ids in by_type.items():
        queryset = model.objects.filter(pk__in=ids).select_related("organisation", "locale")
        for page in queryset.prefetch_related(
            Prefetch("topics", queryset=Topic.objects.order_by("name"))
        ):
            loaded[page.pk] = page
    result = [loaded[p.pk] for p in pages if p.pk in loaded]
    locale_ids = {page.locale_id for page in result}
    attach_translations([page.organisation for page in result], locale_ids)
    attach_translations([topic for page in result for topic in page.topics.all()], locale_ids)
    return result


def attach_translations(snippets: list[Any], locale_ids: set[int]) -> None:
    """Load the snippets' translations into those locales in one query per model.

    Pages point at source-locale snippets; without this, showing a list of translated
    pages would look up each snippet's translation separately.
    """
    by_model: dict[Any, list[Any]] = {}
    for snippet in snippets:
        by_model.setdefault(type(snippet), []).append(snippet)
    for model, items in by_model.items():
        keys = {item.translation_key for item in items}
        found: dict[Any, dict[int, Any]] = {}
        for row in model.objects.filter(translation_key__in=keys, locale_id__in=locale_ids):
            found.setdefault(row.translation_key, {})[row.locale_id] = row
        for item in items:
            setattr(item, PREFETCHED_TRANSLATIONS, found.get(item.translation_key, {}))


def page_detail(page_id: int) -> BasePage | None:
    """One published page, specific, with what its representation reads loaded."""
    page = public_pages().filter(pk=page_id).first()
    if page is None or page.specific_class not in PAGE_MODELS:
        return None
    model = page.specific_class
    return (
        model.objects.select_related("organisation", "locale")
        .prefetch_related("topics")
        .filter(pk=page_id)
        .first()
    )


def page_draft(page_id: int) -> BasePage | None:
    """The newest saved revision of a page, live or not (for preview clients only)."""
    page = Page.objects.filter(pk=page_id, depth__gt=1).first()
    if page is None or page.specific_class not in PAGE_MODELS:
        return None
    return page.specific.get_latest_revision_as_object()


def translations_of(page: Page) -> list[Page]:
    """The page's published translations, itself included, in locale order."""
    return list(
        public_pages()
        .filter(translation_key=page.translation_key)
        .select_related("locale")
        .order_by("locale__language_code")
    )


def breadcrumbs(page: Page) -> list[Page]:
    """The page's published ancestors below the root, then the page itself."""
    if not page.path:  # a new page in preview has no place in the tree yet
        return [page]
    ancestors = list(page.get_ancestors().filter(depth__gt=1).live())
    return [*ancestors, page]


@dataclass(frozen=True)
class Resolution:
    """What a frontend path or address leads to: a page, a redirect, or nothing."""

    page: Page | None = None
    redirect_to: str | None = None
    redirect_status: int | None = None


def resolve_path(path: str, *, hostname: str | None = None) -> Resolution:
    """The page served at `path`, or the redirect recorded for it, in one call.

    Paths carry the locale prefix (/sv/…). An old address answers with its redirect
    target and status; a page that is not public resolves to nothing.
    """
    normalised = "/" + path.strip("/") + "/" if path.strip("/") else "/"
    site = _site_for(hostname)
    page = _page_at(normalised, site) if site else None
    if page is not None:
        return Resolution(page=page)
    redirect = _redirect_for(normalised, site)
    if redirect is not None:
        return redirect
    return Resolution()


def resolve_url(url: str) -> Resolution:
    """Like resolve_path, for a full address; its query string counts for old addresses
    (/?p=123 on a former WordPress site)."""
    parts = urlsplit(url)
    if parts.query:
        redirect = _redirect_for(f"{parts.path or '/'}?{parts.query}", _site_for(parts.hostname))
        if redirect is not None:
            return redirect
    return resolve_path(parts.path or "/", hostname=parts.hostname)


def _site_for(hostname: str | None) -> Site | None:
    if hostname:
        site = Site.objects.filter(hostname=hostname).select_related("root_page").first()
        if site is not None:
            return site
    return Site.objects.filter(is_default_site=True).select_related("root_page").first()


def _page_at(path: str, site: Site) -> Page | None:
    segments = [s for s in path.strip("/").split("/") if s]
    if not segments:
        return None
    language, rest = segments[0], segments[1:]
    locale = Locale.objects.filter(language_code=language).first()
    if locale is None:
        return None
    home = site.root_page.get_translation_or_none(locale)
    if home is None:
        return None
    url_path = home.url_path + "".join(f"{s}/" for s in rest)
    return public_pages().filter(url_path=url_path, locale=locale).first()


def _redirect_for(path: str, site: Site | None) -> Resolution | None:
    """Wagtail's redirect for the path (site-specific before global); 410 when it is retired."""
    candidates = {path, path.rstrip("/") or "/"}
    redirects = Redirect.objects.filter(
        old_path__in={Redirect.normalise_path(p) for p in candidates}
    )
    redirects = redirects.filter(Q(site=site) | Q(site__isnull=True)) if site else redirects
    redirect = redirects.select_related("redirect_page").order_by("site_id").first()
    if redirect is None:
        return None
    status = 301 if redirect.is_permanent else 302
    if redirect.redirect_page_id:
        target = redirect.redirect_page
        if not public_pages().filter(pk=target.pk).exists():
            return Resolution(redirect_status=410)
        parts = target.get_url_parts()
        return Resolution(redirect_to=parts[2] if parts else None, redirect_status=status)
    if redirect.redirect_link:
        return Resolution(redirect_to=redirect.redirect_link, redirect_status=status)
    return Resolution(redirect_status=410)


def organisation_list(*, locale: Locale | None = None) -> QuerySet[Organisation]:
    """Source-locale organisations (the ones pages point at), by name."""
    return (
        Organisation.objects.filter(locale=Locale.get_default())
        .select_related("parent")
        .order_by("name")
    )


def topic_list() -> QuerySet[Topic]:
    return (
        Topic.objects.filter(locale=Locale.get_default()).select_related("parent").order_by("name")
    )


def navigation(*, locale: str, depth: int) -> list[dict[str, Any]]:
    """The menu tree of a locale: pages shown in menus, `depth` levels below home."""
    home = HomePage.objects.filter(locale__language_code=locale, live=True).first()
    if home is None:
        return []
    pages = list(
        public_pages()
        .descendant_of(home)
        .filter(show_in_menus=True, depth__lte=home.depth + depth)
        .order_by("path")
        .only("id", "title", "path", "depth", "url_path", "locale_id")
    )
    nodes: dict[str, dict[str, Any]] = {}
    roots: list[dict[str, Any]] = []
    prefix = home.url_path
    for page in pages:
        node = {
            "id": page.pk,
            "title": page.title,
            "path": f"/{locale}/{page.url_path[len(prefix) :]}",
            "children": [],
        }
        nodes[page.path] = node
        parent = nodes.get(page.path[: -Page.steplen])
        (parent["children"] if parent else roots).append(node)
    return roots


def public_image(image_id: int) -> CityImage | None:
    """An image that a public page uses, with its renditions; None for any other.

    Images on drafts, embargoed news or restricted pages stay private until the page is
    public. Uses Wagtail's reference index, which the task worker keeps current.
    """
    image = CityImage.objects.prefetch_related("renditions").filter(pk=image_id).first()
    if image is None:
        return None
    page_ids = (
        ReferenceIndex.get_references_to(image)
        .filter(base_content_type=ContentType.objects.get_for_model(Page))
        .values_list("object_id", flat=True)
    )
    ids = [int(pk) for pk in page_ids if pk.isdigit()]
    return image if public_pages().filter(pk__in=ids).exists() else None
