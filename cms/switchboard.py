"""Reads of the switchboard's directory: organisations, their functions and named roles.

The directory is small (organisations and functions are already held per content
version in `cms.directory`), so it is filtered in memory after three queries: named
roles and the topics of functions and roles. Words match case-insensitively in any
language, which a database's LIKE does not promise for å, ä and ö.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings

from cms.directory import Directory
from cms.models import Contact, NamedRole, Organisation, Topic


@dataclass
class Entry:
    """One line of the directory: an organisation, a function or a named role."""

    type: str  # organisation | function | role
    id: int
    name: str
    organisation: Organisation  # in the reader's language
    owner_id: int  # the source-locale organisation, which filters name
    function: Contact | None = None
    role: NamedRole | None = None
    topic_ids: tuple[int, ...] = ()
    text: str = field(default="", repr=False)  # what words are matched against

    def matches(self, words: Iterable[str]) -> bool:
        return all(word in self.text for word in words)


def _narrower(d: Directory, topic_id: int) -> set[int]:
    """The topic and every topic below it."""
    topics = [t for (model, _pk), t in d.snippets.items() if model is Topic]
    found, grew = {topic_id}, True
    while grew:
        below = {t.pk for t in topics if t.parent_id in found} - found
        found |= below
        grew = bool(below)
    return found


def _text(*parts: Any) -> str:
    return " ".join(str(p) for p in parts if p).casefold()


def _topic_names(d: Directory, topic_ids: Iterable[int]) -> list[str]:
    return [t.name for t in (d.snippet(Topic, pk) for pk in topic_ids) if t is not None]


def load_entries(d: Directory, locale_id: int) -> list[Entry]:
    """Every entry of the directory, names in the reader's language (three queries)."""
    source = d.locale_ids.get(settings.LANGUAGE_CODE)
    snippets = d.snippets.items()
    orgs = [o for (m, _pk), o in snippets if m is Organisation and o.locale_id == source]
    functions = [c for (m, _pk), c in snippets if m is Contact and c.locale_id == source]
    function_topics: dict[int, list[int]] = {}
    for contact_id, topic_id in Contact.topics.through.objects.values_list(
        "contact_id", "topic_id"
    ):
        function_topics.setdefault(contact_id, []).append(topic_id)
    roles = list(NamedRole.objects.all())
    role_topics: dict[int, list[int]] = {}
    for role_id, topic_id in NamedRole.topics.through.objects.values_list(
        "namedrole_id", "topic_id"
    ):
        role_topics.setdefault(role_id, []).append(topic_id)

    def org(pk: int) -> Organisation:
        return d.localised(Organisation, pk, locale_id)

    entries = [
        Entry(
            "organisation",
            o.pk,
            org(o.pk).name,
            org(o.pk),
            o.pk,
            text=_text(o.name, org(o.pk).name),
        )
        for o in orgs
    ]
    for c in functions:
        local = d.localised(Contact, c.pk, locale_id)
        topics = tuple(function_topics.get(c.pk, ()))
        entries.append(
            Entry(
                "function",
                c.pk,
                local.name,
                org(c.organisation_id),
                c.organisation_id,
                function=local,
                topic_ids=topics,
                text=_text(c.name, local.name, c.handles, local.handles, *_topic_names(d, topics)),
            )
        )
    for r in roles:
        function = d.localised(Contact, r.function_id, locale_id)
        topics = tuple(role_topics.get(r.pk, ()))
        entries.append(
            Entry(
                "role",
                r.pk,
                r.title,
                org(r.organisation_id),
                r.organisation_id,
                function=function,
                role=r,
                topic_ids=topics,
                text=_text(
                    r.title,
                    r.person_name,
                    r.handles,
                    function.name if function else "",
                    *_topic_names(d, topics),
                ),
            )
        )
    return entries


def directory_entries(
    entries: list[Entry],
    *,
    d: Directory,
    q: str = "",
    topic_id: int | None = None,
    organisation_id: int | None = None,
    roles: bool = True,
) -> list[Entry]:
    """Organisations, then functions, then named roles, each by name, that match.

    `q` matches every word in an entry's name, what it handles, its topics' names and,
    for a role, the person's name and function; `topic_id` keeps the functions and roles
    that handle the topic or a narrower one; `organisation_id`, one organisation's.
    """
    words = q.casefold().split()
    topics = _narrower(d, topic_id) if topic_id is not None else None
    order = {"organisation": 0, "function": 1, "role": 2}
    found = [
        e
        for e in entries
        if (roles or e.type != "role")
        and e.matches(words)
        and (topics is None or (e.type != "organisation" and topics & set(e.topic_ids)))
        and (organisation_id is None or e.owner_id == organisation_id)
    ]
    return sorted(found, key=lambda e: (order[e.type], e.name.casefold(), e.id))


def entry_data(entry: Entry, d: Directory) -> dict[str, Any]:
    """An entry as staff read it: a role's person only here, never in public answers."""
    org, function, role = entry.organisation, entry.function, entry.role
    reach: Any = function if function is not None else None
    data = {
        "type": entry.type,
        "id": entry.id,
        "name": entry.name,
        "organisation": {"id": org.pk, "slug": org.slug, "name": org.name, "kind": org.kind},
        "function": None
        if function is None or entry.type == "function"
        else {"id": function.pk, "name": function.name},
        "person": None
        if role is None
        else {"name": role.person_name, "phone": role.phone, "email": role.email},
        "phone": reach.phone if reach else org.switchboard_phone,
        "email": reach.email if reach else org.email,
        "visiting_address": (reach.visiting_address if reach else "") or org.visiting_address,
        "opening_hours": reach.opening_hours if reach else "",
        "handles": role.handles if role is not None else (reach.handles if reach else ""),
        "topics": [t.slug for t in (d.snippet(Topic, pk) for pk in entry.topic_ids) if t],
    }
    return data
