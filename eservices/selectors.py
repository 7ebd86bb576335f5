"""Reads of the e-service domain shared by the API and the admin."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db.models import OuterRef, QuerySet, Subquery

from cms.models import Routing
from cms.versioning import content_version
from eservices.models import Attachment, Case, FormDefinition, FormVersion


def current_versions(*, locale: str) -> QuerySet[FormVersion]:
    """The newest version of every live form in the locale, by title."""
    newest = FormVersion.objects.filter(form=OuterRef("form")).order_by("-number").values("pk")[:1]
    return (
        FormVersion.objects.filter(locale=locale, form__live=True, pk=Subquery(newest))
        .select_related("form", "organisation")
        .order_by("title", "pk")
    )


def current_version(*, slug: str, locale: str) -> FormVersion | None:
    """The version of the live form with this slug that submissions are made against now.

    Versions never change, and publishing or unpublishing a form (and editing an
    organisation) bumps the published-content version; so each process keeps the answer
    per content version, as cms.directory keeps reference data, and a submission or a
    form read costs no query for it once warm. Callers must not change what they get.
    With a shared cache the version is read there; a reader racing a publish may keep the
    old one for up to cms.versioning.CACHE_SECONDS (5 s), so an unpublished form can
    take submissions that long at most, as pages stay readable that long.
    """
    key = (slug, locale)
    memo = _memo()
    found = memo.found.get(key)
    if found is None:
        found = _current_version_query(slug=slug, locale=locale)
        # Only forms that exist are kept, and only so many: made-up slugs fill nothing.
        if found is not None and len(memo.found) < MEMO_LIMIT:
            memo.found[key] = found
    return found


def routed_organisation(form_slug: str) -> int | None:
    """The organisation the editors' routing sends this form's cases to, if any.

    A Routing row whose way is the e-service and which names the form's slug decides,
    the lowest order first; it applies in every language, as a form's slug does. Only
    editors of every organisation keep routing (cms.admin_scoping.CentrallyKeptPolicy).
    Read fresh for each submission (one small query), so a change applies to the next
    case and public caches are not invalidated for it.
    """
    return (
        Routing.objects.filter(method=Routing.Method.ESERVICE, eservice_form_slug=form_slug)
        .order_by("sort_order", "pk")
        .values_list("organisation_id", flat=True)
        .first()
    )


def _memo() -> _VersionMemo:
    global _versions
    version = content_version()
    memo = _versions
    if memo.version != version:
        memo = _versions = _VersionMemo(version)  # one assignment: safe between threads
    return memo


def _current_version_query(*, slug: str, locale: str) -> FormVersion | None:
    form = FormDefinition.objects.filter(slug=slug, locale__language_code=locale, live=True).first()
    if form is None:
        return None
    return form.versions.select_related("form", "organisation").order_by("-number").first()


MEMO_LIMIT = 2000


@dataclass
class _VersionMemo:
    version: tuple[int, dt.datetime] | None
    found: dict[tuple[str, str], FormVersion] = field(default_factory=dict)


_versions = _VersionMemo(None)


def forget_versions() -> None:
    """Drop the memo (tests whose database is rolled back under the same content version)."""
    global _versions
    _versions = _VersionMemo(None)


HANDLE_ANY_CASE = "eservices.handle_any_case"


def organisations_handled_by(user: Any) -> frozenset[int] | None:
    """Ids of the organisations whose cases the staff user handles; None means all.

    Members of an organisation's case handler groups handle its cases; superusers and
    holders of `eservices.handle_any_case` handle every organisation's.
    """
    if not user.is_authenticated or not user.is_active:
        return frozenset()
    if user.is_superuser or user.has_perm(HANDLE_ANY_CASE):
        return None
    from cms.models import Organisation

    return frozenset(
        Organisation.objects.filter(case_handler_groups__user=user).values_list("pk", flat=True)
    )


def cases_handled(
    *,
    organisation_ids: Iterable[int] | None,
    status: str | None = None,
    organisation_slug: str | None = None,
    form_slug: str | None = None,
    updated_since: dt.datetime | None = None,
) -> QuerySet[Case]:
    """The cases of these organisations (all when None), most recently changed first,
    narrowed by the filters given (`updated_since` includes that moment)."""
    cases = Case.objects.select_related("form_version__form", "organisation")
    if organisation_ids is not None:
        cases = cases.filter(organisation_id__in=list(organisation_ids))
    if status is not None:
        cases = cases.filter(status=status)
    if organisation_slug is not None:
        cases = cases.filter(organisation__slug=organisation_slug)
    if form_slug is not None:
        cases = cases.filter(form_version__form__slug=form_slug)
    if updated_since is not None:
        cases = cases.filter(updated_at__gte=updated_since)
    return cases.order_by("-updated_at", "-pk")


def case_handled(*, reference: str, organisation_ids: Iterable[int] | None) -> Case | None:
    """One case with its history, messages and notifications, if these organisations
    handle it (None: the case is someone else's, or there is none)."""
    return (
        cases_handled(organisation_ids=organisation_ids)
        .filter(reference=reference)
        .prefetch_related("events", "messages", "outbox", "attachments")
        .first()
    )


def citizen_cases(*, citizen_id: int) -> QuerySet[Case]:
    """The citizen's own cases, newest first (the index on citizen and time serves it)."""
    return (
        Case.objects.filter(citizen_id=citizen_id)
        .select_related("form_version__form", "organisation")
        .order_by("-created_at", "-pk")
    )


def citizen_case_list(*, citizen_id: int) -> QuerySet[Case]:
    """`citizen_cases` with only what a list shows: not the answers, nor the form's
    schema and definition, which would be most of what the list reads and decodes."""
    return citizen_cases(citizen_id=citizen_id).only(
        "reference",
        "status",
        "status_reason",
        "status_changed_at",
        "locale",
        "created_at",
        "updated_at",
        "form_version__number",
        "form_version__title",
        "form_version__form__slug",
        "organisation__slug",
        "organisation__name",
        "organisation__kind",
    )


def citizen_case(*, citizen_id: int, reference: str) -> Case | None:
    """The citizen's case with this reference, with its history and messages; None when
    there is none or it is someone else's."""
    return (
        citizen_cases(citizen_id=citizen_id)
        .filter(reference=reference)
        .prefetch_related("events", "messages")
        .first()
    )


def case_attachment(*, case: Case, attachment_id: str) -> Attachment | None:
    """One of the files the case took from its submission (None for any other id)."""
    try:
        return case.attachments.filter(pk=uuid.UUID(str(attachment_id))).first()
    except ValueError:
        return None
