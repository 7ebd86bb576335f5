"""The contact center's entries in the access matrix (test_access_matrix.py)."""

from __future__ import annotations

from typing import Any

ACCESS: dict[str, Any] = {
    "contactcenter_contacts_list": ["contactcenter"],
    "contactcenter_contacts_create": ["contactcenter"],
    "contactcenter_contacts_retrieve": ["contactcenter"],
    "contactcenter_contacts_partial_update": ["contactcenter"],
    # Also cases:manage for the receiver's own tasks (tests/contactcenter/test_tasks_*).
    "contactcenter_tasks_list": ["contactcenter"],
    "contactcenter_tasks_retrieve": ["contactcenter"],
    # Only the receiving organisation's clients and handlers; 404 for other organisations'.
    "contactcenter_tasks_partial_update": ["cases:manage"],
    "contactcenter_stats": ["contactcenter"],
    "contactcenter_search": ["contactcenter"],
    "contactcenter_routing": ["contactcenter"],
    "contactcenter_directory": ["contactcenter"],  # named people's data: staff only
    "contactcenter_feedback_create": ["contactcenter"],
}

BODIES: dict[str, Any] = {
    "contactcenter_contacts_create": {
        "channel": "phone",
        "started_at": "2026-03-10T09:00:00+01:00",
        "answered_at": "2026-03-10T09:00:12+01:00",
    },
    "contactcenter_contacts_partial_update": {"finished_at": "2026-03-10T09:04:00+01:00"},
    "contactcenter_tasks_partial_update": {"status": "in_progress"},
    "contactcenter_feedback_create": {"kind": "missing", "comment": "Svar saknas om plank."},
}


# Operations that need query parameters to succeed.
REQUESTS: dict[str, str] = {
    "/api/v1/contactcenter/search/": "/api/v1/contactcenter/search/?q=parkering",
    "/api/v1/contactcenter/routing/": "/api/v1/contactcenter/routing/?topic={topic}",
}


def concrete_url(path: str, section: Any) -> str | None:
    """The path with a contact forwarded to the section's organisation, if it needs one."""
    if path in REQUESTS:
        from tests import factories

        topic = factories.TopicFactory(slug="bygglov")
        return REQUESTS[path].format(topic=topic.slug)
    if "{contact_id}" not in path and "{task_id}" not in path:
        return None
    import datetime as dt

    from contactcenter.services import contact_log

    started = dt.datetime(2026, 3, 10, 8, 0, tzinfo=dt.UTC)
    contact = contact_log(
        channel="phone",
        started_at=started,
        forwarded_to_id=section.organisation_id,
        task_description="Ring upp.",
    )
    return path.replace("{contact_id}", str(contact.pk)).replace("{task_id}", str(contact.task.pk))
