"""Agent search: one question over the shared index, grouped for the contact center.

The shared search (`search.queries`) finds the documents; this module groups them into
answers (first: what the agent says), services, units, organisations and directory
functions, and adds what the public index leaves out: an answer's forwarding
instructions and, for services and answers, the editors' routing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from cms.directory import Directory, directory
from cms.models import AnswerPage, Contact, Organisation, ServicePage, Topic
from cms.routing import route_data, routing_book
from cms.switchboard import directory_entries, entry_data, load_entries
from search import queries
from search.documents import SearchDocument
from search.engines.base import Hit

# How many matches the one engine call looks at before grouping them.
CANDIDATES = 100
GROUPS = ("answers", "services", "units", "organisations", "directory")


@dataclass
class AgentHit:
    document: SearchDocument
    highlights: dict[str, str] = field(default_factory=dict)
    promoted: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class AgentResult:
    query: str
    locale: str
    did_you_mean: str | None
    groups: dict[str, list[AgentHit]]
    counts: dict[str, int]


def _group(document: SearchDocument) -> str | None:
    if document.kind == "answer":
        return "answers"
    if document.kind == "service":
        return "services"
    if document.kind == "unit":
        return "units"
    if document.kind == "directory":
        return "organisations" if document.type == "organisation" else "directory"
    return None  # articles, news, forms…: not what an agent answers from


def _page_id(document: SearchDocument) -> int | None:
    source, _, pk = document.key.partition(":")
    return int(pk) if source == "page" and pk.isdigit() else None


def _snippet_id(document: SearchDocument, prefix: str) -> int | None:
    _, _, pk = document.key.partition(":")
    rest = pk.removeprefix(prefix)
    return int(rest) if pk.startswith(prefix) and rest.isdigit() else None


def contact_data(contact: Contact | None) -> dict[str, Any] | None:
    """A directory function as agents read it."""
    if contact is None:
        return None
    return {
        "id": contact.pk,
        "name": contact.name,
        "phone": contact.phone,
        "email": contact.email,
        "visiting_address": contact.visiting_address,
        "opening_hours": contact.opening_hours,
    }


def organisation_data(org: Organisation | None) -> dict[str, Any] | None:
    if org is None:
        return None
    return {"id": org.pk, "slug": org.slug, "name": org.name, "kind": org.kind}


def _answers(ids: list[int], d: Directory, locale_id: int) -> dict[int, dict[str, Any]]:
    rows = AnswerPage.objects.filter(pk__in=ids, live=True).values(
        "pk", "question", "short_answer", "forward_when", "forward_to_id", "forward_contact_id"
    )
    return {
        row["pk"]: {
            "question": row["question"],
            "short_answer": row["short_answer"],
            "forward_when": row["forward_when"],
            "forward_to": organisation_data(
                d.localised(Organisation, row["forward_to_id"], locale_id)
            ),
            "forward_contact": contact_data(
                d.localised(Contact, row["forward_contact_id"], locale_id)
            ),
        }
        for row in rows
    }


def _services(ids: list[int], d: Directory, locale_id: int) -> dict[int, dict[str, Any]]:
    rows = ServicePage.objects.filter(pk__in=ids, live=True).values(
        "pk",
        "translation_key",
        "eservice_form_slug",
        "eservice_url",
        "processing_time",
        "contact_id",
    )
    return {
        row["pk"]: {
            "translation_key": row["translation_key"],
            "eservice_form": row["eservice_form_slug"] or None,
            "eservice_url": row["eservice_url"] or None,
            "processing_time": row["processing_time"],
            "contact": contact_data(d.localised(Contact, row["contact_id"], locale_id)),
        }
        for row in rows
    }


def _organisation_extra(hit: AgentHit, d: Directory) -> None:
    org = d.snippet(Organisation, _snippet_id(hit.document, "org-"))
    if org is not None:
        hit.extra = {
            "id": org.pk,
            "slug": org.slug,
            "kind": org.kind,
            "switchboard_phone": org.switchboard_phone,
            "email": org.email,
            "website": org.website,
            "visiting_address": org.visiting_address,
        }


def _directory(
    groups: dict[str, list[AgentHit]], text: str, d: Directory, locale: str, per_group: int
) -> int:
    """Functions found by the index with their directory details, then the named roles
    that match (staff only, so never indexed); returns how many roles matched."""
    entries = load_entries(d, d.locale_ids.get(locale, 0))
    functions = {e.id: e for e in entries if e.type == "function"}
    for hit in groups["directory"]:
        entry = functions.get(_snippet_id(hit.document, "contact-") or 0)
        hit.extra = entry_data(entry, d) if entry is not None else {}
    groups["directory"] = [h for h in groups["directory"] if h.extra]
    roles = [e for e in directory_entries(entries, d=d, q=text) if e.type == "role"]
    for role in roles[:per_group]:
        data = entry_data(role, d)
        document = SearchDocument(
            key=f"role:{role.id}",
            kind="directory",
            locale=locale,
            title=role.name,
            summary=data["handles"],
            topics=tuple(data["topics"]),
            type="role",
        )
        groups["directory"].append(AgentHit(document=document, extra=data))
    return len(roles)


def agent_search(text: str, *, locale: str, per_group: int = 5) -> AgentResult:
    """What the shared index finds for an agent's question, grouped, answers first.

    One engine call ranks every kind together (editors' promoted results first), so a
    group holds its best `per_group` matches among the best CANDIDATES; `counts` are
    the matches per group in all, from the kind facets.
    """
    answer = queries.search(text, locale=locale, limit=CANDIDATES)
    hits: list[tuple[SearchDocument, Hit | None]] = [(doc, None) for doc in answer.promoted]
    hits += [(hit.document, hit) for hit in answer.result.hits]
    groups: dict[str, list[AgentHit]] = {name: [] for name in GROUPS}
    for document, hit in hits:
        name = _group(document)
        if name is not None and len(groups[name]) < per_group:
            groups[name].append(
                AgentHit(
                    document=document,
                    highlights=hit.highlights if hit is not None else {},
                    promoted=hit is None,
                )
            )
    _enrich(groups, locale)
    counts = _counts(answer.result.facets, groups)
    counts["directory"] += _directory(groups, text, directory(), locale, per_group)
    return AgentResult(
        query=text, locale=locale, did_you_mean=answer.did_you_mean, groups=groups, counts=counts
    )


def _counts(facets: dict[str, dict[str, int]], groups: dict[str, list[AgentHit]]) -> dict[str, int]:
    kinds = facets.get("kind", {})
    types = facets.get("type", {})
    organisations = types.get("organisation", 0)
    counts = {
        "answers": kinds.get("answer", 0),
        "services": kinds.get("service", 0),
        "units": kinds.get("unit", 0),
        "organisations": organisations,
        "directory": max(kinds.get("directory", 0) - organisations, 0),
    }
    # Promoted results are not among the counted matches.
    return {name: max(counts[name], len(groups[name])) for name in GROUPS}


def _enrich(groups: dict[str, list[AgentHit]], locale: str) -> None:
    d = directory()
    locale_id = d.locale_ids.get(locale, 0)
    answer_ids = [pk for h in groups["answers"] if (pk := _page_id(h.document)) is not None]
    service_ids = [pk for h in groups["services"] if (pk := _page_id(h.document)) is not None]
    answers = _answers(answer_ids, d, locale_id) if answer_ids else {}
    services = _services(service_ids, d, locale_id) if service_ids else {}
    for hit in groups["answers"]:
        hit.extra = answers.get(_page_id(hit.document) or 0, {})
    for hit in groups["services"]:
        hit.extra = services.get(_page_id(hit.document) or 0, {})
    for hit in groups["organisations"]:
        _organisation_extra(hit, d)
    # A page deleted since it was indexed has no details: leave it out.
    groups["answers"] = [h for h in groups["answers"] if h.extra]
    groups["services"] = [h for h in groups["services"] if h.extra]
    _route(groups["answers"] + groups["services"], d, locale_id)


def _route(hits: list[AgentHit], d: Directory, locale_id: int) -> None:
    """Each service and answer with the editors' routing, all in one query."""
    topics = {
        id(hit): [pk for slug in hit.document.topics if (pk := d.source_id_for_slug(Topic, slug))]
        for hit in hits
    }
    keys_by_hit = {
        id(hit): hit.extra.pop("translation_key") for hit in hits if "translation_key" in hit.extra
    }
    book = routing_book(
        d=d,
        service_keys=keys_by_hit.values(),
        topic_ids={t for ts in topics.values() for t in ts},
    )
    for hit in hits:
        key = keys_by_hit.get(id(hit))
        hit.extra["routing"] = [
            route_data(r, d, locale_id) for r in book.for_page(key, topics[id(hit)])
        ]
