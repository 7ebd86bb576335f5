"""Demo e-service forms: a preschool application, a fault report and feedback.

Their slugs are the ones the demo city's service pages link to.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction

from cms.models import Organisation
from eservices.models import FormDefinition


def field(
    kind: str, name: str, label: str, *, required: bool = True, **extra: Any
) -> dict[str, Any]:
    value = {"name": name, "label": label, "help_text": "", "required": required, "show_when": {}}
    return {"type": kind, "value": value | extra}


def step(title: str, *fields: dict[str, Any]) -> dict[str, Any]:
    """A step of fields as stored in a form."""
    return {"type": "step", "value": {"title": title, "fields": list(fields)}}


def status_text(status: str, text: str, days: int | None = None) -> dict[str, Any]:
    """What the citizen is told in one status, as stored in a form."""
    return {"type": "status", "value": {"status": status, "text": text, "days": days}}


CONTACT_STEP = step(
    "Dina kontaktuppgifter",
    field("email", "email", "E-post för kvittens och svar"),
    field("phone", "phone", "Mobilnummer för sms", required=False),
)

FORMS: list[dict[str, Any]] = [
    {
        "slug": "ansokan-forskoleplats",
        "title": "Ansök om förskoleplats",
        "kind": "application",
        "organisation": "forskoleforvaltningen",
        "allow_anonymous": False,
        "processing_days": 120,
        "introduction": "Ansök senast fyra månader innan du behöver platsen. Båda vårdnadshavarna ska godkänna ansökan.",
        "receipt_text": "Tack! Vi har tagit emot din ansökan om förskoleplats. Du får ett erbjudande senast fyra månader från önskat startdatum.",
        "status_texts": [
            status_text("received", "Din ansökan står i kö. Kötiden räknas från i dag.", 14),
            status_text("in_progress", "Vi letar plats i de förskolor du önskat.", 90),
            status_text("decided", "Du har fått ett erbjudande om plats. Svara inom 14 dagar."),
        ],
        "steps": [
            step(
                "Barnet",
                field("text", "child_name", "Barnets namn", max_length=100),
                field("personal_identity_number", "child_identity_number", "Barnets personnummer"),
                field("date", "start_date", "Önskat startdatum"),
                field(
                    "choice", "care_type", "Omsorgsform", choices=["förskola", "pedagogisk omsorg"]
                ),
                field(
                    "long_text",
                    "care_needs",
                    "Berätta varför ni vill ha pedagogisk omsorg",
                    max_length=2000,
                    show_when={"field": "care_type", "equals": "pedagogisk omsorg"},
                ),
                field(
                    "number",
                    "hours_per_week",
                    "Timmar per vecka",
                    minimum="1",
                    maximum="50",
                    whole=True,
                ),
            ),
            CONTACT_STEP,
            step(
                "Godkänn",
                field("consent", "consent", "Jag har läst hur staden behandlar personuppgifter"),
            ),
        ],
    },
    {
        "slug": "felanmalan",
        "title": "Felanmälan gata, park och belysning",
        "kind": "fault_report",
        "organisation": "trafikkontoret",
        "allow_anonymous": True,
        "open311": True,
        "processing_days": 14,
        "introduction": "Anmäl trasig belysning, hål i gatan, nedskräpning och annat som behöver åtgärdas.",
        "receipt_text": "Tack för din felanmälan! Vi åtgärdar akuta fel inom ett dygn.",
        "steps": [
            step(
                "Felet",
                field(
                    "choice",
                    "category",
                    "Vad gäller det?",
                    choices=["belysning", "gata", "park", "klotter", "annat"],
                ),
                field("long_text", "description", "Beskriv felet", max_length=2000),
                field("map_location", "location", "Var är felet?"),
                field("file_upload", "photos", "Bilder", required=False, max_files=3),
            ),
            step(
                "Kontakt",
                field("email", "email", "E-post om du vill ha svar", required=False),
                field("phone", "phone", "Mobilnummer om du vill ha sms", required=False),
            ),
        ],
        "status_texts": [
            status_text("in_progress", "En arbetsorder är skickad till våra entreprenörer.", 7),
            status_text("closed", "Felet är åtgärdat. Tack för att du hjälpte oss!"),
        ],
    },
    {
        "slug": "synpunkter",
        "title": "Lämna synpunkter",
        "kind": "feedback",
        "organisation": "stadsledningskontoret",
        "allow_anonymous": True,
        "processing_days": 10,
        "introduction": "Tyck till om stadens service. Vi läser alla synpunkter.",
        "receipt_text": "Tack för dina synpunkter!",
        "steps": [
            step(
                "Synpunkt",
                field(
                    "choice",
                    "topic",
                    "Vad gäller det?",
                    choices=["bemötande", "tillgänglighet", "webbplatsen", "annat"],
                ),
                field("long_text", "message", "Din synpunkt", max_length=5000),
                field("choice", "wants_answer", "Vill du ha svar?", choices=["ja", "nej"]),
                field(
                    "email",
                    "email",
                    "E-post för svar",
                    show_when={"field": "wants_answer", "equals": "ja"},
                ),
            ),
        ],
    },
]


@transaction.atomic
def load_demo_forms() -> int:
    """Create and publish the demo forms that are missing, with a handler group and a
    handler account for each form's organisation; returns how many forms were made."""
    made = 0
    for data in FORMS:
        if FormDefinition.objects.filter(slug=data["slug"]).exists():
            continue
        organisation = Organisation.objects.get(
            slug=data["organisation"], locale__language_code="sv"
        )
        form = FormDefinition.objects.create(
            **{k: v for k, v in data.items() if k != "organisation"},
            organisation=organisation,
            live=False,
        )
        form.full_clean()
        form.save_revision().publish()
        _demo_handlers(organisation)
        made += 1
    return made


def _demo_handlers(organisation: Organisation) -> None:
    """A handler group for the organisation's cases and `handlaggare-<slug>` in it."""
    from django.contrib.auth.models import Group, Permission, User

    from cms.demo import DEMO_PASSWORD

    group, created = Group.objects.get_or_create(name=f"Handläggare: {organisation.name}")
    if created:
        group.permissions.add(
            *Permission.objects.filter(
                codename__in=["access_admin", "view_case", "change_case"],
                content_type__app_label__in=["wagtailadmin", "eservices"],
            )
        )
        organisation.case_handler_groups.add(group)
    username = f"handlaggare-{organisation.slug}"
    if not User.objects.filter(username=username).exists():
        user = User.objects.create_user(
            username=username,
            password=DEMO_PASSWORD,
            first_name="Handläggare",
            last_name=organisation.name[:150],
        )
        user.groups.add(group)
