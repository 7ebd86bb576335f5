"""The contract's examples of the contact center's operations (made from the demo city's
logged contacts; see contactcenter.demo)."""

from __future__ import annotations

from typing import Any


def _forwarded_contact_id(client: Any) -> int:
    from contactcenter.models import Contact

    found = Contact.objects.filter(outcome="forwarded").order_by("started_at").first()
    assert found is not None, "load the demo contacts first (load_demo_contacts)"
    return found.pk


def _unanswered_email_id(client: Any) -> int:
    from contactcenter.models import Contact

    found = Contact.objects.filter(channel="email", answered_at__isnull=True).first()
    assert found is not None, "load the demo contacts first (load_demo_contacts)"
    return found.pk


def _task_id(client: Any) -> int:
    from contactcenter.models import Task

    found = Task.objects.order_by("due_at").first()
    assert found is not None, "load the demo contacts first (load_demo_contacts)"
    return found.pk


def _routing_path(client: Any) -> str:
    from cms.models import ServicePage

    found = ServicePage.objects.filter(
        slug="ansok-om-forskoleplats", locale__language_code="sv"
    ).first()
    assert found is not None, "load the demo city first (load_demo_data)"
    return f"/api/v1/contactcenter/routing/?service={found.pk}"


def examples() -> list[Any]:
    from api.examples import Example

    return [
        Example(
            "contactcenter_contacts_list",
            "The latest logged e-mails",
            "/api/v1/contactcenter/contacts/",
            {"channel": "email", "limit": "2"},
            scope="contactcenter",
        ),
        Example(
            "contactcenter_contacts_create",
            "A call about preschool, resolved at first contact",
            "/api/v1/contactcenter/contacts/",
            scope="contactcenter",
            body={
                "channel": "phone",
                "started_at": "2026-03-12T09:15:00+01:00",
                "answered_at": "2026-03-12T09:15:14+01:00",
                "finished_at": "2026-03-12T09:19:30+01:00",
                "language": "sv",
                "topic": "forskola",
            },
            headers={"Idempotency-Key": "0b6f3f57-3c2e-4d0a-9a43-7f1d2e8c5b10"},
            status=201,
        ),
        Example(
            "contactcenter_contacts_retrieve",
            "A call forwarded to the building administration",
            lambda client: f"/api/v1/contactcenter/contacts/{_forwarded_contact_id(client)}/",
            scope="contactcenter",
        ),
        Example(
            "contactcenter_contacts_partial_update",
            "An e-mail logged on arrival is answered",
            lambda client: f"/api/v1/contactcenter/contacts/{_unanswered_email_id(client)}/",
            scope="contactcenter",
            method="PATCH",
            body={
                "answered_at": "2026-03-16T11:05:00+01:00",
                "finished_at": "2026-03-16T11:12:00+01:00",
            },
        ),
        Example(
            "contactcenter_tasks_list",
            "Forwarded tasks past due",
            "/api/v1/contactcenter/tasks/",
            {"late": "true"},
            scope="contactcenter",
        ),
        Example(
            "contactcenter_tasks_retrieve",
            "One forwarded task",
            lambda client: f"/api/v1/contactcenter/tasks/{_task_id(client)}/",
            scope="contactcenter",
        ),
        Example(
            "contactcenter_tasks_partial_update",
            "The receiving administration starts on a task",
            lambda client: f"/api/v1/contactcenter/tasks/{_task_id(client)}/",
            scope="cases:manage",
            organisations=["stadsbyggnadsforvaltningen"],
            method="PATCH",
            body={"status": "in_progress"},
        ),
        Example(
            "contactcenter_stats",
            "Service-level figures for March 2026",
            "/api/v1/contactcenter/stats/",
            {"from": "2026-03-01", "to": "2026-03-31"},
            scope="contactcenter",
        ),
        Example(
            "contactcenter_search",
            "An agent looks up preschool places",
            "/api/v1/contactcenter/search/",
            {"q": "förskoleplats", "limit": "2"},
            scope="contactcenter",
        ),
        Example(
            "contactcenter_routing",
            "How applications for a preschool place are routed",
            _routing_path,
            scope="contactcenter",
        ),
        Example(
            "contactcenter_directory",
            "Who handles building permits",
            "/api/v1/contactcenter/directory/",
            {"topic": "bygglov"},
            scope="contactcenter",
        ),
        Example(
            "contactcenter_feedback_create",
            "An agent reports a missing answer",
            "/api/v1/contactcenter/feedback/",
            scope="contactcenter",
            body={
                "kind": "missing",
                "comment": "Flera frågar om syskonförtur i förskolekön; vi har inget svar.",
                "query": "syskonförtur förskola",
                "topic": "forskola",
                "organisation": "forskoleforvaltningen",
            },
            headers={"Idempotency-Key": "5d0c1f3e-8a51-4c3b-9f0e-2b7a6c4d9e21"},
            status=201,
        ),
    ]
