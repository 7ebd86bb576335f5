"""Reference data every public read needs, loaded once per content version.

Locales, site roots, view restrictions and the snippets pages point at (organisations,
topics, contacts, unit types) are small and change only through edits that bump the
published-content version (cms.versioning). Each process keeps one copy keyed on that
version, so a page read looks them up in memory instead of querying for them, and a
change is seen by the first read after it commits.
"""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from django.conf import settings
from django.db.models import Model, Q
from django.db.models.functions import Left
from django.db.models.lookups import In
from wagtail.models import Locale, Page, PageViewRestriction, Site

from cms.models import Contact, Organisation, Topic, UnitType
from cms.versioning import content_version

SNIPPET_MODELS: tuple[type[Model], ...] = (Organisation, Topic, Contact, UnitType)


@dataclass(frozen=True)
class SiteRoot:
    """A site's home page in one locale: pages below it are served at /<language>/…."""

    site_id: int
    hostname: str
    url_path: str
    locale_id: int
    language_code: str
    is_default_site: bool


@dataclass
class Directory:
    version: tuple[int, dt.datetime]
    restricted_paths: tuple[str, ...]
    language_codes: dict[int, str]  # locale id -> language code
    locale_ids: dict[str, int]  # language code -> locale id
    bidi_locale_ids: frozenset[int]
    roots: tuple[SiteRoot, ...]
    # (model, pk) -> instance; (model, translation key, locale id) -> instance
    snippets: dict[tuple[type[Model], int], Any] = field(default_factory=dict)
    translations: dict[tuple[type[Model], Any, int], Any] = field(default_factory=dict)
    slugs: dict[tuple[type[Model], str], int] = field(default_factory=dict)
    # How many public items a listing's filters match (they change only with the version).
    counts: dict[Any, int] = field(default_factory=dict)

    def is_public_path(self, path: str) -> bool:
        """False for a page under (or at) a view restriction: a set lookup per depth that
        restrictions sit at, however many there are."""
        return not any(path[:length] in paths for length, paths in self._restricted_by_length)

    @cached_property
    def _restricted_by_length(self) -> tuple[tuple[int, frozenset[str]], ...]:
        by_length: dict[int, set[str]] = {}
        for prefix in self.restricted_paths:
            by_length.setdefault(len(prefix), set()).add(prefix)
        return tuple((length, frozenset(paths)) for length, paths in sorted(by_length.items()))

    def restricted(self, field: str = "path") -> Q:
        """Rows whose page (tree path in `field`) is under or at a view restriction.

        One test per depth that restrictions sit at, `left(path, n) IN (restricted paths of
        that depth)`, a hashed subquery the database answers per row by a lookup, rather
        than a LIKE per restriction: a city's hundreds of restrictions made that the
        slowest part of every public listing, and sending them as parameters the slowest
        part of reading one page.
        """
        q = Q()
        for length in sorted({len(prefix) for prefix in self.restricted_paths}):
            paths = PageViewRestriction.objects.filter(page__depth=length // Page.steplen)
            q |= Q(In(Left(field, length), paths.values("page__path")))
        return q

    def snippet(self, model: type[Model], pk: int | None) -> Any:
        return None if pk is None else self.snippets.get((model, pk))

    def localised(self, model: type[Model], pk: int | None, locale_id: int) -> Any:
        """The snippet's translation in the locale, or the snippet itself."""
        source = self.snippet(model, pk)
        if source is None or source.locale_id == locale_id:
            return source
        return self.translations.get((model, source.translation_key, locale_id), source)

    def source_id_for_slug(self, model: type[Model], slug: str) -> int | None:
        """The source-locale snippet with this slug (the one pages point at)."""
        return self.slugs.get((model, slug))

    def site_for(self, hostname: str | None) -> int | None:
        """The site with this host name, else the default site."""
        for root in self.roots:
            if hostname and root.hostname == hostname:
                return root.site_id
        return next((root.site_id for root in self.roots if root.is_default_site), None)

    def is_site_host(self, hostname: str) -> bool:
        """True for a host name of one of our own sites (not a legacy one)."""
        return any(root.hostname == hostname for root in self.roots)

    def root_for(self, site_id: int, locale_id: int) -> SiteRoot | None:
        """The site's home page in the locale."""
        return next(
            (r for r in self.roots if r.site_id == site_id and r.locale_id == locale_id), None
        )

    def frontend_path(self, url_path: str, locale_id: int) -> str | None:
        """The path frontends serve a page at (/sv/forskola/…), None outside every site."""
        # Roots are ordered default site first, so its path wins when sites overlap.
        best = next(
            (r for r in self.roots if r.locale_id == locale_id and url_path.startswith(r.url_path)),
            None,
        )
        if best is None:
            return None
        return f"/{best.language_code}/{url_path[len(best.url_path) :]}"


_lock = threading.Lock()
_current: Directory | None = None


def directory(*, fresh: bool = False) -> Directory:
    """The reference data for the current content version (loaded at most once per version).

    `fresh` reads it from the database whatever is memoised or cached: for the worker,
    which decides what becomes searchable and must not trust a version that lags behind.
    """
    global _current
    if fresh:
        return _load(content_version())
    version = content_version()
    loaded = _current
    if loaded is not None and loaded.version == version:
        return loaded
    loaded_now = _load(version)
    with _lock:
        if _current is None or _current.version <= version:
            _current = loaded_now
    return loaded_now


def forget() -> None:
    """Drop the loaded copy (tests whose database is rolled back under the same version)."""
    global _current
    with _lock:
        _current = None


def _load(version: tuple[int, dt.datetime]) -> Directory:
    locales = list(Locale.objects.all())
    loaded = Directory(
        version=version,
        restricted_paths=tuple(
            sorted(set(PageViewRestriction.objects.values_list("page__path", flat=True)))
        ),
        language_codes={locale.pk: locale.language_code for locale in locales},
        locale_ids={locale.language_code: locale.pk for locale in locales},
        bidi_locale_ids=frozenset(locale.pk for locale in locales if locale.is_bidi),
        roots=_site_roots(),
    )
    source_locale = loaded.locale_ids.get(settings.LANGUAGE_CODE)
    for model in SNIPPET_MODELS:
        item: Any
        for item in model._default_manager.all():
            loaded.snippets[(model, item.pk)] = item
            loaded.translations[(model, item.translation_key, item.locale_id)] = item
            slug = getattr(item, "slug", None)
            if slug and item.locale_id == source_locale:
                loaded.slugs[(model, slug)] = item.pk
    return loaded


def _site_roots() -> tuple[SiteRoot, ...]:
    sites = list(Site.objects.select_related("root_page").order_by("-is_default_site", "pk"))
    keys = {site.root_page.translation_key for site in sites}
    homes = list(
        Page.objects.filter(translation_key__in=keys).select_related("locale").order_by("pk")
    )
    return tuple(
        SiteRoot(
            site_id=site.pk,
            hostname=site.hostname,
            url_path=home.url_path,
            locale_id=home.locale_id,
            language_code=home.locale.language_code,
            is_default_site=site.is_default_site,
        )
        for site in sites
        for home in homes
        if home.translation_key == site.root_page.translation_key
    )
