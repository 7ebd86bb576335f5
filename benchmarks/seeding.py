"""Seeding shared by the benchmarks and the city generator: the published fault-report
form, a million cases for My page, and the contact center's log.

Every function is seeded and leaves its rows identifiable: cases `BENCH-<n>` of citizens
`bench-citizen-<n>`, contacts with client id `bench`. On PostgreSQL rows go in by
`INSERT … SELECT generate_series` or COPY; elsewhere (SQLite, small counts) by bulk_create.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from typing import Any

from django.db import connection, models
from django.utils import timezone

FORM = "felanmalan"
CASE_PREFIX = "BENCH-"
CITIZEN_PREFIX = "bench-citizen-"
CONTACT_CLIENT = "bench"
CONTACTS_START = dt.datetime(2026, 1, 1, 7, 0, tzinfo=dt.UTC)
BATCH = 5_000
CASE_DATA = {"category": "belysning", "description": "Lampan är trasig."}


def copy_rows(model: type[models.Model], rows: Sequence[dict[str, Any]]) -> None:
    """Insert rows given as {attname: value} (auto_now fields are stamped here): COPY on
    PostgreSQL, several times faster than INSERT for large batches; bulk_create elsewhere.
    Values go to the driver as they are, so they must be plain (no JSON, no expressions)."""
    if not rows:
        return
    if connection.vendor != "postgresql":
        model._default_manager.bulk_create([model(**row) for row in rows], batch_size=500)
        return
    now = timezone.now()
    stamped = [
        f.attname
        for f in model._meta.local_concrete_fields
        if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False)
    ]
    names = [*rows[0], *(n for n in stamped if n not in rows[0])]
    by_attname = {f.attname: f for f in model._meta.local_concrete_fields}
    fields = [by_attname[name] for name in names]
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    table = connection.ops.quote_name(model._meta.db_table)
    with connection.cursor() as cursor, cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row([row.get(name, now) for name in names])


def fault_report_form() -> Any:
    """The demo's fault-report form, published (once) under its organisation; its
    current version. The organisation is created when the database has none by that slug."""
    from wagtail.models import Locale

    from cms.models import Organisation
    from eservices.demo import FORMS
    from eservices.models import FormDefinition, FormVersion

    if not FormDefinition.objects.filter(slug=FORM, live=True).exists():
        data = dict(next(f for f in FORMS if f["slug"] == FORM))
        slug = data.pop("organisation")
        organisation, _ = Organisation.objects.get_or_create(
            slug=slug,
            locale=Locale.get_default(),
            defaults={"name": "Trafikkontoret", "kind": "administration"},
        )
        form = FormDefinition.objects.create(**data, organisation=organisation, live=False)
        form.save_revision().publish()
    return FormVersion.objects.filter(form__slug=FORM).order_by("-pk").first()


def seed_cases(cases: int, citizens: int) -> int:
    """Citizens bench-citizen-1…N and cases BENCH-1…M (case g belongs to citizen g mod N),
    all of the fault-report form; returns how many cases were added (0 when there)."""
    from eservices.models import Case

    have = Case.objects.filter(reference__startswith=CASE_PREFIX).count()
    if have >= cases:
        return 0
    version = fault_report_form()
    if connection.vendor == "postgresql":
        _seed_cases_sql(version, have, cases, citizens)
    else:
        _seed_cases_orm(version, have, cases, citizens)
    return cases - have


def _seed_cases_sql(version: Any, have: int, cases: int, citizens: int) -> None:
    with connection.cursor() as cursor:
        cursor.execute(
            """
            INSERT INTO auth_user (password, is_superuser, username, first_name, last_name,
                                   email, is_staff, is_active, date_joined)
            SELECT '!', false, %s || g, '', '', '', false, true, now()
            FROM generate_series(1, %s) g
            ON CONFLICT (username) DO NOTHING
            """,
            [CITIZEN_PREFIX, citizens],
        )
        cursor.execute(
            "SELECT min(id) FROM auth_user WHERE username LIKE %s", [f"{CITIZEN_PREFIX}%"]
        )
        first_user = cursor.fetchone()[0]
        cursor.execute(
            """
            INSERT INTO eservices_case (reference, form_version_id, organisation_id, status,
                data, locale, citizen_id, client_id, receipt_email, receipt_phone,
                status_reason, status_changed_at, created_at, updated_at)
            SELECT %s || g, %s, %s, 'received', %s::jsonb, 'sv', %s + (g %% %s), '', '', '', '',
                now() - (g || ' seconds')::interval, now() - (g || ' seconds')::interval, now()
            FROM generate_series(%s, %s) g
            ON CONFLICT (reference) DO NOTHING
            """,
            [
                CASE_PREFIX,
                version.pk,
                version.organisation_id,
                _json(CASE_DATA),
                first_user,
                citizens,
                have + 1,
                cases,
            ],
        )
        cursor.execute("ANALYZE auth_user")
        cursor.execute("ANALYZE eservices_case")


def _seed_cases_orm(version: Any, have: int, cases: int, citizens: int) -> None:
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from eservices.models import Case

    user_model = get_user_model()
    user_model.objects.bulk_create(
        [
            user_model(username=f"{CITIZEN_PREFIX}{g}", password="!")  # noqa: S106 - unusable
            for g in range(1, citizens + 1)
        ],
        ignore_conflicts=True,
        batch_size=500,
    )
    users = dict(
        user_model.objects.filter(username__startswith=CITIZEN_PREFIX).values_list("username", "pk")
    )
    now = timezone.now()
    rows = []
    for g in range(have + 1, cases + 1):
        at = now - dt.timedelta(seconds=g)
        rows.append(
            Case(
                reference=f"{CASE_PREFIX}{g}",
                form_version=version,
                organisation_id=version.organisation_id,
                status="received",
                data=CASE_DATA,
                locale="sv",
                citizen_id=users[f"{CITIZEN_PREFIX}{1 + g % citizens}"],
                status_changed_at=at,
                created_at=at,
                updated_at=now,
            )
        )
    Case.objects.bulk_create(rows, batch_size=500)
    Case.objects.filter(reference__in=[r.reference for r in rows]).update(created_at=_created_sql())


def _created_sql() -> Any:
    # created_at is auto_now_add: bulk_create stamps it, so it is copied back from the
    # status time the rows were given.
    return models.F("status_changed_at")


def _json(value: Any) -> str:
    import json

    return json.dumps(value, ensure_ascii=False)


def seed_contacts(
    count: int, *, topics: Sequence[int], organisations: Sequence[int], seed: int = 1
) -> int:
    """N contacts over half a year: a few never answered, a fifth forwarded with a task
    (open, in progress or done, some late and escalated), as the figures meet them.
    Returns the number of tasks written."""
    from contactcenter.models import Contact

    rng = random.Random(seed)
    tasks = 0
    for start in range(0, count, BATCH):
        last = Contact.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
        rows = [_contact(rng, topics, organisations) for _ in range(min(BATCH, count - start))]
        copy_rows(Contact, rows)
        tasks += _forward(rng, last)
    return tasks


def _contact(
    rng: random.Random, topics: Sequence[int], organisations: Sequence[int]
) -> dict[str, Any]:
    from contactcenter.services import answer_due

    channel = rng.choice(CHANNELS)
    started = CONTACTS_START + dt.timedelta(seconds=rng.randrange(0, 3600 * 24 * 180))
    wait = rng.expovariate(1 / (15 if channel == "phone" else 3 * 3600))
    answered = None if rng.random() < 0.03 else started + dt.timedelta(seconds=wait)
    forwarded = rng.random() < 0.2
    organisation = rng.choice(organisations)
    return dict(
        channel=channel,
        started_at=started,
        answered_at=answered,
        finished_at=answered + dt.timedelta(minutes=5) if answered else None,
        topic_id=rng.choice(topics),
        outcome="forwarded" if forwarded else "resolved",
        forwarded_to_id=organisation if forwarded else None,
        organisation_id=organisation,
        answer_due_at=answer_due(channel=channel, started_at=started),
        client_id=CONTACT_CLIENT,
        language="sv",
    )


CHANNELS = ["phone"] * 5 + ["email"] * 3 + ["chat", "visit", "web_form", "social"]


def _forward(rng: random.Random, after: int) -> int:
    """A task for every forwarded contact written after id `after`."""
    from contactcenter.models import Contact, Task

    forwarded = Contact.objects.filter(
        pk__gt=after, client_id=CONTACT_CLIENT, forwarded_to__isnull=False
    ).order_by("pk")
    tasks: list[dict[str, Any]] = []
    for contact_id, started, organisation in forwarded.values_list(
        "pk", "started_at", "forwarded_to_id"
    ):
        due = started + dt.timedelta(days=2)
        status = rng.choice(["done"] * 6 + ["open", "in_progress"])
        done_at = due + dt.timedelta(hours=rng.uniform(-40, 20)) if status == "done" else None
        tasks.append(
            dict(
                contact_id=contact_id,
                organisation_id=organisation,
                description="Ring upp.",
                status=status,
                due_at=due,
                done_at=done_at,
                escalated_at=due if status != "done" and rng.random() < 0.5 else None,
            )
        )
    copy_rows(Task, tasks)
    return len(tasks)
