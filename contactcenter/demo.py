"""A few logged contacts and forwarded tasks for the demo city (after load_demo_data)."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from cms.models import Contact as Function
from cms.models import NamedRole, Organisation, Routing, ServicePage, Topic
from contactcenter.models import Contact
from contactcenter.services import contact_log

STOCKHOLM = ZoneInfo("Europe/Stockholm")
DEMO_CLIENT = "demo"


def _at(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=STOCKHOLM)  # type: ignore[misc,arg-type]


# (channel, started, seconds to answer, minutes to finish, topic, forwarded to, task)
CONTACTS: list[tuple[str, dt.datetime, int | None, int, str, str, str]] = [
    ("phone", _at(2026, 3, 9, 8, 5), 12, 4, "forskola", "", ""),
    ("phone", _at(2026, 3, 9, 9, 40), 45, 6, "parkering", "", ""),
    (
        "phone",
        _at(2026, 3, 9, 10, 15),
        8,
        9,
        "bygglov",
        "stadsbyggnadsforvaltningen",
        "Medborgaren vill veta om bygglov krävs för ett plank mot gatan. Ring upp.",
    ),
    ("email", _at(2026, 3, 9, 16, 30), 60 * 60 * 16, 10, "forskola", "", ""),
    (
        "email",
        _at(2026, 3, 13, 15, 0),
        60 * 60 * 67,
        15,
        "trafik",
        "trafikkontoret",
        "Gatubelysning släckt på en hel gata sedan en vecka. Svara via e-post.",
    ),
    ("email", _at(2026, 3, 16, 9, 20), None, 0, "parkering", "", ""),  # not yet answered
    ("chat", _at(2026, 3, 10, 13, 0), 30, 7, "grundskola", "", ""),
    ("visit", _at(2026, 3, 11, 11, 0), 0, 20, "bostad", "", ""),
]


def load_demo_contacts() -> int:
    """Log the demo contacts once; returns how many were logged now."""
    if Contact.objects.filter(client_id=DEMO_CLIENT).exists():
        return 0
    topics = {t.slug: t.pk for t in Topic.objects.filter(locale__language_code="sv")}
    orgs = {o.slug: o.pk for o in Organisation.objects.filter(locale__language_code="sv")}
    for channel, started, wait, minutes, topic, receiver, task in CONTACTS:
        answered = started + dt.timedelta(seconds=wait) if wait is not None else None
        extra: dict[str, Any] = {}
        if receiver:
            extra = {"forwarded_to_id": orgs[receiver], "task_description": task}
        contact_log(
            channel=channel,
            started_at=started,
            answered_at=answered,
            finished_at=answered + dt.timedelta(minutes=minutes) if answered else None,
            topic_id=topics.get(topic),
            client_id=DEMO_CLIENT,
            **extra,
        )
    return len(CONTACTS)


# (service slug or "topic:<slug>", organisation, how, function, e-service form, instructions)
ROUTES: list[tuple[str, str, str, str, str, str]] = [
    (
        "ansok-om-forskoleplats",
        "forskoleforvaltningen",
        "eservice",
        "",
        "ansokan-forskoleplats",
        "Hänvisa till e-tjänsten. Saknar vårdnadshavaren e-legitimation: skicka blankett.",
    ),
    (
        "ansok-om-forskoleplats",
        "forskoleforvaltningen",
        "phone",
        "Placeringsenheten förskola",
        "",
        "Frågor om en lämnad ansökan eller ett erbjudande om plats.",
    ),
    (
        "ansok-om-bygglov",
        "stadsbyggnadsforvaltningen",
        "phone",
        "Bygglovsenheten",
        "",
        "Fråga efter fastighetsbeteckning och eventuellt ärendenummer.",
    ),
    (
        "parkeringstillstand-for-rorelsehindrade",
        "trafikkontoret",
        "email",
        "Parkeringstillstånd",
        "",
        "Frågor om beslut och handläggningstid. Nya ansökningar görs via e-tjänsten.",
    ),
    (
        "topic:ekonomiskt-stod",
        "socialforvaltningen-centrum",
        "visit",
        "Ekonomiskt bistånd mottagning Centrum",
        "",
        "Boende på Hisingen hänvisas till Socialförvaltningen Hisingen.",
    ),
    (
        "topic:gator-vagar",
        "trafikkontoret",
        "phone",
        "Felanmälan gata och park",
        "",
        "Akuta fel (t.ex. nedfallna träd eller trasiga trafikljus) kopplas direkt.",
    ),
]


def load_demo_routing() -> int:
    """The editors' routing of a few services and topics, once; returns how many now."""
    if Routing.objects.exists():
        return 0
    orgs = {o.slug: o for o in Organisation.objects.filter(locale__language_code="sv")}
    made = 0
    for target, org, method, function, form, instructions in ROUTES:
        route = Routing(
            organisation=orgs[org],
            method=method,
            contact=Function.objects.filter(name=function, locale__language_code="sv").first()
            if function
            else None,
            eservice_form_slug=form,
            instructions=instructions,
            sort_order=made,
        )
        if target.startswith("topic:"):
            route.topic = Topic.objects.get(slug=target[6:], locale__language_code="sv")
        else:
            route.service = ServicePage.objects.get(slug=target, locale__language_code="sv")
        route.full_clean()
        route.save()
        made += 1
    return made


# Function: (topics, what it handles)
FUNCTIONS: dict[str, tuple[list[str], str]] = {
    "Bygglovsenheten": (
        ["bygglov"],
        "Frågor om bygglov, marklov, rivningslov och attefallsåtgärder.",
    ),
    "Placeringsenheten förskola": (
        ["forskola"],
        "Köplats, erbjudande om plats, byte av förskola och uppsägning.",
    ),
    "Parkeringstillstånd": (
        ["parkering"],
        "Parkeringstillstånd för rörelsehindrade och boendeparkering.",
    ),
    "Felanmälan gata och park": (
        ["gator-vagar"],
        "Trasig gatubelysning, hål i gatan, nedfallna träd och klotter.",
    ),
}

# (role, name, organisation, function, direct phone, e-mail, handles, topics); invented people.
ROLES: list[tuple[str, str, str, str, str, str, str, list[str]]] = [
    (
        "Enhetschef bygglov",
        "Karin Sjöberg",
        "stadsbyggnadsforvaltningen",
        "Bygglovsenheten",
        "031-365 13 01",
        "karin.sjoberg@stad.example",
        "Klagomål på handläggningen av bygglovsärenden.",
        ["bygglov"],
    ),
    (
        "Samordnare förskoleplacering",
        "Ahmed Yusuf",
        "forskoleforvaltningen",
        "Placeringsenheten förskola",
        "031-365 10 11",
        "ahmed.yusuf@stad.example",
        "Placering av barn med behov av särskilt stöd.",
        ["forskola"],
    ),
    (
        "Trafikingenjör gatubelysning",
        "Lena Holm",
        "trafikkontoret",
        "Felanmälan gata och park",
        "031-365 14 21",
        "lena.holm@stad.example",
        "Återkommande fel på gatubelysning i samma område.",
        ["gator-vagar"],
    ),
    (
        "Registrator",
        "Mikael Berg",
        "stadsledningskontoret",
        "Registratur och allmänna handlingar",
        "",
        "mikael.berg@stad.example",
        "Begäran om allmänna handlingar som inte kan lämnas ut direkt.",
        [],
    ),
]


def load_demo_directory() -> int:
    """What a few functions handle and a few named roles, once; returns the roles made."""
    if NamedRole.objects.exists():
        return 0
    topics = {t.slug: t for t in Topic.objects.filter(locale__language_code="sv")}
    orgs = {o.slug: o for o in Organisation.objects.filter(locale__language_code="sv")}
    functions = {f.name: f for f in Function.objects.filter(locale__language_code="sv")}
    for name, (slugs, handles) in FUNCTIONS.items():
        function = functions[name]
        function.handles = handles
        function.save(update_fields=["handles"])
        function.topics.set([topics[slug] for slug in slugs])
    for title, person, org, function_name, phone, email, handles, slugs in ROLES:
        role = NamedRole(
            title=title,
            person_name=person,
            organisation=orgs[org],
            function=functions[function_name],
            phone=phone,
            email=email,
            handles=handles,
        )
        role.full_clean()
        role.save()
        role.topics.set([topics[slug] for slug in slugs])
    return len(ROLES)
