"""Reads of published content, shared by the API and the admin.

Only live pages without view restrictions are ever returned: what is not public on the
website is not public through the API either.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Case, Q, QuerySet, Value, When
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page, ReferenceIndex

from cms.directory import Directory, directory
from cms.legacy.urlmap import target_for_url
from cms.models import (
    AnswerPage,
    ArticlePage,
    BasePage,
    BlogPostPage,
    CityImage,
    CityRendition,
    HomePage,
    NewsPage,
    Organisation,
    SectionPage,
    ServicePage,
    Topic,
    UnitPage,
)
from cms.representation import (
    PageContext,
    collect_references,
    image_data,
    page_detail_data,
    summary_data,
)

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
# The reverse one-to-one from Page to each page type's own table.
_CHILDREN = [model._meta.model_name for model in PAGE_MODELS]


def public_pages(d: Directory | None = None) -> Any:
    """Every live, unrestricted page of our page types (not Wagtail's placeholder).

    View restrictions come from the directory, so this costs no query of its own.
    """
    d = d or directory()
    pages = Page.objects.live().filter(depth__gt=1).type(*PAGE_MODELS)
    return pages.exclude(d.restricted()) if d.restricted_paths else pages


def _with_topic(topic_id: int) -> Q:
    q = Q()
    for model in PAGE_MODELS:
        through = model.topics.through
        q |= Q(
            pk__in=through.objects.filter(topic_id=topic_id).values(f"{model._meta.model_name}_id")
        )
    return q


def _owned_by(organisation_id: int) -> Q:
    """Pages of any type owned by the organisation, without joining every type's table
    (which costs PostgreSQL more to plan than the listing takes to run)."""
    q = Q()
    for model in PAGE_MODELS:
        q |= Q(pk__in=model.objects.filter(organisation_id=organisation_id).values("page_ptr_id"))
    return q


LISTING_FIELDS = (
    "id",
    "title",
    "content_type_id",
    "locale_id",
    "url_path",
    "first_published_at",
    "last_published_at",
)


def page_ids_matching(text: str, *, locale: str) -> list[int]:
    """Ids of the published pages the shared search index finds for `text`, best first."""
    from search.queries import matching_keys

    return [int(key.split(":", 1)[1]) for key in matching_keys(text, locale=locale, source="page")]


def page_list(
    *,
    locale: str | None = None,
    page_type: str | None = None,
    organisation: str | None = None,
    topic: str | None = None,
    child_of: int | None = None,
    descendant_of: int | None = None,
    updated_since: dt.datetime | None = None,
    ids: list[int] | None = None,
    ordering: str | None = "path",
) -> Any:
    """Published pages matching the filters, as rows for `listing_data`.

    `ids` keeps only those pages, in that order unless an `ordering` is given (a search's
    ranking).

    Every argument narrows the result; a filter naming something that does not exist (or
    is not public) matches nothing. Summary and owner live in the page-type tables:
    `page_rows_type_fields` reads them for the rows shown.
    """
    d = directory()
    pages = public_pages(d)
    if locale:
        pages = pages.filter(locale_id=d.locale_ids.get(locale, 0))
    if page_type:
        pages = pages.exact_type(PAGE_TYPES[page_type])
    if organisation:
        organisation_id = d.source_id_for_slug(Organisation, organisation)
        pages = pages.filter(_owned_by(organisation_id)) if organisation_id else pages.none()
    if topic:
        topic_id = d.source_id_for_slug(Topic, topic)
        pages = pages.filter(_with_topic(topic_id)) if topic_id else pages.none()
    for page_id, relation in ((child_of, "child_of"), (descendant_of, "descendant_of")):
        if page_id is not None:
            anchor = public_pages(d).filter(pk=page_id).only("path", "depth").first()
            if anchor is None:
                return pages.none().values(*LISTING_FIELDS)
            pages = getattr(pages, relation)(anchor)
    if updated_since is not None:
        pages = pages.filter(last_published_at__gte=updated_since)
    if ids is not None:
        pages = pages.filter(pk__in=ids)
        if ordering is None:
            rank = Case(
                *[When(pk=pk, then=Value(i)) for i, pk in enumerate(ids)], default=Value(len(ids))
            )
            return pages.order_by(rank, "pk").values(*LISTING_FIELDS)
    return pages.order_by(PAGE_ORDERINGS[ordering or "path"], "pk").values(*LISTING_FIELDS)


def listing_data(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Page summaries for rows of `page_list`: their types' own fields and their topics
    in one query each, whatever the mix of types."""
    d = directory()
    types = {row["id"]: _model_for(row["content_type_id"]) for row in rows}
    typed = {pk: model for pk, model in types.items() if model is not None}
    topics = _topic_ids(typed)
    fields = _type_fields(typed)
    return [
        summary_data(
            d,
            page_id=row["id"],
            api_type=model.api_type,
            title=row["title"],
            summary=fields[row["id"]][0] or "",
            locale_id=row["locale_id"],
            url_path=row["url_path"],
            organisation_id=fields[row["id"]][1],
            topic_ids=topics.get(row["id"], []),
            first_published_at=row["first_published_at"],
            last_published_at=row["last_published_at"],
        )
        for row in rows
        # A page deleted since the rows were read has no fields left: it is left out.
        if (model := types[row["id"]]) is not None and row["id"] in fields
    ]


def page_rows_topic_ids(rows: list[dict[str, Any]]) -> dict[int, list[int]]:
    """Topic ids of `page_list` rows (by page id), in one query whatever their types."""
    types = {row["id"]: _model_for(row["content_type_id"]) for row in rows}
    return _topic_ids({pk: model for pk, model in types.items() if model is not None})


def page_rows_type_fields(rows: list[dict[str, Any]]) -> dict[int, tuple[str, int | None]]:
    """(summary, organisation id) of `page_list` rows (by page id), in one query."""
    types = {row["id"]: _model_for(row["content_type_id"]) for row in rows}
    return _type_fields({pk: model for pk, model in types.items() if model is not None})


def page_api_type(content_type_id: int) -> str | None:
    """The API's name for a page type ("unit"), None for types the API does not serve."""
    model = _model_for(content_type_id)
    return model.api_type if model is not None else None


def _model_for(content_type_id: int) -> type[BasePage] | None:
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    return model if model in PAGE_MODELS else None  # type: ignore[return-value]


def _per_type_union(
    models_by_page: dict[int, type[BasePage]],
    query: Callable[[type[BasePage], list[int]], QuerySet[Any]],
) -> Iterable[Any]:
    """Rows about many pages of any types in one query: `query(model, ids)` for each type
    present, joined with UNION ALL (nothing when there are no pages)."""
    by_model: dict[type[BasePage], list[int]] = {}
    for pk, model in models_by_page.items():
        by_model.setdefault(model, []).append(pk)
    queries = [query(model, ids) for model, ids in by_model.items()]
    if not queries:
        return []
    return queries[0].union(*queries[1:], all=True) if len(queries) > 1 else queries[0]


def _topic_ids(models_by_page: dict[int, type[BasePage]]) -> dict[int, list[int]]:
    """Topic ids of many pages of any types: one query over the page types' topic tables."""
    found: dict[int, list[int]] = {}
    rows = _per_type_union(
        models_by_page,
        lambda model, ids: model.topics.through.objects.filter(
            **{f"{model._meta.model_name}_id__in": ids}
        ).values_list(f"{model._meta.model_name}_id", "topic_id"),
    )
    for page_id, topic_id in rows:
        found.setdefault(page_id, []).append(topic_id)
    return found


def _type_fields(
    models_by_page: dict[int, type[BasePage]],
) -> dict[int, tuple[str, int | None]]:
    """Summary and owner of many pages of any types: one query over the types' tables."""
    rows = _per_type_union(
        models_by_page,
        lambda model, ids: (
            model.objects.filter(page_ptr_id__in=ids)
            .order_by()
            .values_list("page_ptr_id", "summary", "organisation_id")
        ),
    )
    return {pk: (summary, organisation_id) for pk, summary, organisation_id in rows}


def _specific(page: Page | None) -> BasePage | None:
    if page is None:
        return None
    for child in _CHILDREN:
        specific = page._state.fields_cache.get(child)
        if specific is not None:
            return specific
    return None


def public_pages_by_id(page_ids: list[int], d: Directory | None = None) -> list[BasePage]:
    """Published pages by id, specific, in one query (for indexing)."""
    pages = public_pages(d).select_related(*_CHILDREN).filter(pk__in=page_ids)
    return [specific for page in pages if (specific := _specific(page)) is not None]


def topic_ids_of(pages: list[BasePage]) -> dict[int, list[int]]:
    """Each page's topic ids, in one query."""
    return _topic_ids({page.pk: type(page) for page in pages})


def _first_public(d: Directory, **lookup: Any) -> BasePage | None:
    """The live page matching `lookup` if it is public, specific, in two small queries:
    which page and of what type, then that type's row.

    Whether the page is public (one of our types, not under a view restriction) is
    decided in memory from its path and the directory's restrictions: the same test in
    SQL costs a hashed subquery over every restriction, several times the lookup itself
    at a city's size. One query joining every page type's table costs PostgreSQL more to
    plan (about 18 ms) than both of these take to run."""
    row = (
        Page.objects.filter(live=True, depth__gt=1, **lookup)
        .values_list("pk", "content_type_id", "path")
        .first()
    )
    if row is None or not d.is_public_path(row[2]):
        return None
    model = _model_for(row[1])
    if model is None:
        return None
    return model.objects.live().filter(pk=row[0]).first()


def page_detail(page_id: int) -> BasePage | None:
    """One published page, specific (two queries, see _first_public)."""
    return _first_public(directory(), pk=page_id)


def page_draft(page_id: int) -> BasePage | None:
    """The newest saved revision of a page, live or not (for preview clients only)."""
    page = Page.objects.filter(pk=page_id, depth__gt=1).first()
    if page is None or page.specific_class not in PAGE_MODELS:
        return None
    return page.specific.get_latest_revision_as_object()


def page_context(page: BasePage) -> PageContext:
    """Everything rendering the page looks up, loaded in bulk.

    One query for the topics, one for the pages around it (ancestors, translations and
    every page it links to), one for the images and one for documents when it has any.
    A page that is not saved yet (a preview) has only what it links to.
    """
    d = directory()
    refs = collect_references(page)
    ctx = PageContext(directory=d, locale_id=page.locale_id)
    ctx.topic_ids = [topic.pk for topic in page.topics.all()]
    _load_pages_around(page, refs.pages, ctx)
    ctx.images = _images(refs.images)
    if refs.documents:
        ctx.documents = {
            doc.pk: {"id": doc.pk, "title": doc.title, "url": doc.url}
            for doc in get_document_model().objects.filter(pk__in=refs.documents)
        }
    return ctx


def page_data(page: BasePage) -> dict[str, Any]:
    """The page as the content API shows it, with what it points at loaded in bulk."""
    return page_detail_data(page, page_context(page))


_AROUND_FIELDS = (
    "id",
    "content_type_id",
    "title",
    "path",
    "depth",
    "url_path",
    "locale_id",
    "translation_key",
    "live",
)


def _load_pages_around(page: BasePage, link_ids: set[int], ctx: PageContext) -> None:
    d = ctx.directory
    ancestor_paths = (
        [page.path[: i * Page.steplen] for i in range(2, page.depth)] if page.path else []
    )
    q = Q(pk__in=link_ids) | Q(
        locale_id=page.locale_id,
        translation_key__in=Page.objects.filter(pk__in=link_ids).values("translation_key"),
    )
    if ancestor_paths:
        q |= Q(path__in=ancestor_paths)
    if page.translation_key:
        q |= Q(translation_key=page.translation_key)
    # Few rows: whether each is public is decided in memory (see _first_public).
    found = (
        Page.objects.live().filter(q, depth__gt=1).values(*_AROUND_FIELDS)
        if link_ids or page.path
        else []
    )
    types = _page_content_type_ids()
    rows = [r for r in found if r["content_type_id"] in types and d.is_public_path(r["path"])]
    ancestors = [r for r in rows if r["path"] in ancestor_paths]
    ancestors.sort(key=lambda r: r["depth"])
    own = {
        "id": page.pk,
        "title": page.title,
        "url_path": page.url_path,
        "locale_id": page.locale_id,
    }
    ctx.breadcrumbs = [_link(d, r) for r in [*ancestors, own]] if page.path else [_link(d, own)]
    translations = [r for r in rows if r["translation_key"] == page.translation_key]
    translations.sort(key=lambda r: d.language_codes.get(r["locale_id"], ""))
    ctx.translations = [
        {"locale": d.language_codes.get(r["locale_id"], ""), "path": _path(d, r)}
        for r in translations
    ]
    by_id = {r["id"]: r for r in rows}
    by_key = {r["translation_key"]: r for r in rows if r["locale_id"] == page.locale_id}
    for pk in link_ids:
        target = by_id.get(pk)
        localised = by_key.get(target["translation_key"]) if target else None
        chosen = localised or target
        ctx.links[pk] = _link(d, chosen) if chosen else None


def _path(d: Directory, row: dict[str, Any]) -> str | None:
    return d.frontend_path(row["url_path"], row["locale_id"]) if row["url_path"] else None


def _link(d: Directory, row: dict[str, Any]) -> dict[str, Any]:
    return {"id": row["id"], "title": row["title"], "path": _path(d, row)}


def _images(ids: set[int]) -> dict[int, dict[str, Any]]:
    """Images with their allowlisted renditions: one query when every image has some."""
    if not ids:
        return {}
    specs = list(settings.CITY_IMAGE_RENDITIONS.values())
    images: dict[int, CityImage] = {}
    renditions: dict[int, list[Any]] = {}
    for rendition in CityRendition.objects.filter(
        image_id__in=ids, filter_spec__in=specs
    ).select_related("image"):
        images.setdefault(rendition.image_id, rendition.image)
        renditions.setdefault(rendition.image_id, []).append(rendition)
    missing = ids - images.keys()
    if missing:
        images.update({image.pk: image for image in CityImage.objects.filter(pk__in=missing)})
    out: dict[int, dict[str, Any]] = {}
    for pk, image in images.items():
        image._prefetched_objects_cache = {"renditions": renditions.get(pk, [])}
        data = image_data(image)
        if data is not None:
            out[pk] = data
    return out


@dataclass(frozen=True)
class Resolution:
    """What a frontend path or address leads to: a page, a redirect, or nothing."""

    page: BasePage | None = None
    redirect_to: str | None = None
    redirect_status: int | None = None


def resolve_path(path: str, *, hostname: str | None = None) -> Resolution:
    """The page served at `path`, or the redirect recorded for it, in one call.

    Paths carry the locale prefix (/sv/…). An old address answers with its redirect
    target and status; a page that is not public resolves to nothing.
    """
    d = directory()
    normalised = "/" + path.strip("/") + "/" if path.strip("/") else "/"
    site_id = d.site_for(hostname)
    page = _page_at(d, normalised, site_id)
    if page is not None:
        return Resolution(page=page)
    redirect = _redirect_for(d, normalised, site_id)
    if redirect is not None:
        return redirect
    return Resolution()


def resolve_url(url: str) -> Resolution:
    """Like resolve_path, for a full address; its query string counts for old addresses
    (/?p=123 on a former WordPress site). An address on a legacy site's host is answered
    from that site's URL map (cms.legacy): 301 to its page, or 410 when retired."""
    parts = urlsplit(url)
    d = directory()
    legacy = resolve_legacy_url(url)
    if legacy is not None:
        return legacy
    if parts.query:
        redirect = _redirect_for(
            d, f"{parts.path or '/'}?{parts.query}", d.site_for(parts.hostname)
        )
        if redirect is not None:
            return redirect
    return resolve_path(parts.path or "/", hostname=parts.hostname)


def resolve_legacy_url(url: str) -> Resolution | None:
    """What an address on a legacy site's host leads to (301 or 410); None for any other
    address, and for one the site's map does not know."""
    d = directory()
    hostname = urlsplit(url).hostname
    if not hostname or d.is_site_host(hostname):
        return None
    target = target_for_url(url)
    if target is None or not (target.gone or target.page_id or target.url):
        return None
    if target.gone:
        return Resolution(redirect_status=410)
    if target.url:
        return Resolution(redirect_to=target.url, redirect_status=301)
    page = Page.objects.filter(pk=target.page_id).first()
    resolution = _to_page(d, page, 301)
    if target.tail and resolution.redirect_to:
        tail = "".join(f"{s}/" for s in target.tail.split("/") if s)
        return Resolution(redirect_to=resolution.redirect_to + tail, redirect_status=301)
    return resolution


def _page_at(d: Directory, path: str, site_id: int | None) -> BasePage | None:
    segments = [s for s in path.strip("/").split("/") if s]
    if not segments or site_id is None:
        return None
    language, rest = segments[0], segments[1:]
    locale_id = d.locale_ids.get(language)
    root = d.root_for(site_id, locale_id) if locale_id else None
    if root is None:
        return None
    url_path = root.url_path + "".join(f"{s}/" for s in rest)
    return _first_public(d, url_path=url_path, locale_id=locale_id)


def _redirect_for(d: Directory, path: str, site_id: int | None) -> Resolution | None:
    """Wagtail's redirect for the path (site-specific before global); 410 when it is retired."""
    candidates = {path, path.rstrip("/") or "/"}
    redirects = Redirect.objects.filter(
        old_path__in={Redirect.normalise_path(p) for p in candidates}
    )
    if site_id is not None:
        redirects = redirects.filter(Q(site_id=site_id) | Q(site__isnull=True))
    redirect = redirects.select_related("redirect_page").order_by("site_id").first()
    if redirect is None:
        return None
    status = 301 if redirect.is_permanent else 302
    if redirect.redirect_page_id:
        return _to_page(d, redirect.redirect_page, status)
    if redirect.redirect_link:
        return Resolution(redirect_to=redirect.redirect_link, redirect_status=status)
    return Resolution(redirect_status=410)


def _to_page(d: Directory, target: Page | None, status: int) -> Resolution:
    """A redirect to a public page's frontend path; 410 when the page is gone or not public."""
    public = (
        target is not None
        and target.live
        and target.depth > 1
        and d.is_public_path(target.path)
        and target.content_type_id in _page_content_type_ids()
    )
    if not public or target is None:
        return Resolution(redirect_status=410)
    return Resolution(
        redirect_to=d.frontend_path(target.url_path, target.locale_id), redirect_status=status
    )


def _page_content_type_ids() -> set[int]:
    return {ct.pk for ct in ContentType.objects.get_for_models(*PAGE_MODELS).values()}


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
    # The few pages near the top of the tree, then which are public, in memory (see
    # _first_public); cms_page_menu_idx finds them by depth.
    d = directory()
    types = _page_content_type_ids()
    rows = (
        Page.objects.filter(
            live=True,
            show_in_menus=True,
            depth__gt=home.depth,
            depth__lte=home.depth + depth,
            path__startswith=home.path,
        )
        .order_by("path")
        .values_list("id", "title", "path", "url_path", "content_type_id")
    )
    nodes: dict[str, dict[str, Any]] = {}
    roots: list[dict[str, Any]] = []
    prefix = home.url_path
    for pk, title, path, url_path, content_type_id in rows:
        if content_type_id not in types or not d.is_public_path(path):
            continue
        node = {
            "id": pk,
            "title": title,
            "path": f"/{locale}/{url_path[len(prefix) :]}",
            "children": [],
        }
        nodes[path] = node
        parent = nodes.get(path[: -Page.steplen])
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
