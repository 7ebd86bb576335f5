"""Reads of the editors' routing: which organisation handles a service or topic, and how.

A service's own routes come first; a service without any, and an answer, are routed by
their topics, each topic by its own routes or else its nearest broader topic's.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Q

from cms.directory import Directory
from cms.models import Contact, Organisation, Routing, Topic


@dataclass
class RoutingBook:
    """The routes of some services and topics, loaded in one query."""

    directory: Directory
    by_service: dict[uuid.UUID, list[Routing]] = field(default_factory=dict)
    by_topic: dict[int, list[Routing]] = field(default_factory=dict)

    def for_topic(self, topic_id: int) -> list[Routing]:
        """The topic's routes, else its nearest broader topic's."""
        seen: set[int] = set()
        current: int | None = topic_id
        while current is not None and current not in seen:
            seen.add(current)
            if current in self.by_topic:
                return self.by_topic[current]
            topic = self.directory.snippet(Topic, current)
            current = topic.parent_id if topic is not None else None
        return []

    def for_page(self, service_key: uuid.UUID | None, topic_ids: Iterable[int]) -> list[Routing]:
        """A service's own routes, else those of its (or an answer's) topics in order."""
        if service_key is not None and service_key in self.by_service:
            return self.by_service[service_key]
        routes: list[Routing] = []
        for topic_id in topic_ids:
            routes += [r for r in self.for_topic(topic_id) if r not in routes]
        return routes


def _with_broader(topic_ids: Iterable[int], d: Directory) -> set[int]:
    out: set[int] = set()
    for topic_id in topic_ids:
        current: int | None = topic_id
        while current is not None and current not in out:
            out.add(current)
            topic = d.snippet(Topic, current)
            current = topic.parent_id if topic is not None else None
    return out


def routing_book(
    *, d: Directory, service_keys: Iterable[uuid.UUID] = (), topic_ids: Iterable[int] = ()
) -> RoutingBook:
    """Every route of these services (by translation key) and topics (with their broader
    topics), in one query."""
    book = RoutingBook(directory=d)
    keys, topics = set(service_keys), _with_broader(topic_ids, d)
    if not keys and not topics:
        return book
    found = (
        Routing.objects.filter(Q(service__translation_key__in=keys) | Q(topic_id__in=topics))
        .select_related("organisation", "contact", "service")
        .order_by("sort_order", "pk")
    )
    for route in found:
        if route.service is not None:
            book.by_service.setdefault(route.service.translation_key, []).append(route)
        elif route.topic_id is not None:
            book.by_topic.setdefault(route.topic_id, []).append(route)
    return book


def route_data(route: Routing, d: Directory, locale_id: int) -> dict[str, Any]:
    """A route as readers see it, names in the reader's language."""
    org = d.localised(Organisation, route.organisation_id, locale_id) or route.organisation
    contact = d.localised(Contact, route.contact_id, locale_id)
    topic = d.snippet(Topic, route.topic_id)
    return {
        "id": route.pk,
        "source": "service" if route.service_id else "topic",
        "topic": topic.slug if topic is not None else None,
        "organisation": {"id": org.pk, "slug": org.slug, "name": org.name, "kind": org.kind},
        "method": route.method,
        **route.details(),
        "function": contact.name if contact is not None else None,
        "instructions": route.instructions,
    }
