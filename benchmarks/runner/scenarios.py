"""What is measured: the scenarios, with their requests picked from the database.

Samples are drawn with a seeded generator from what is there (pages, paths, listings,
search terms, a citizen with cases, the contact log's period), so two runs on the same
data send the same requests. Whatever a scenario needs and the data lacks (the
fault-report form, OAuth clients and tokens, a submitter) is created here.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urlencode

from django.contrib.auth import get_user_model
from django.db.models import Count, Max
from django.test import Client
from django.utils import timezone

from benchmarks.runner.inprocess import send
from benchmarks.runner.load import Request
from benchmarks.seeding import FORM, fault_report_form
from benchmarks.submissions import ANSWERS

ACCEPT = ("Accept", "application/json")
IMAGE_TYPES = ("news", "blog_post", "article")  # page types with an image field


@dataclass(frozen=True)
class Target:
    """A goal for a row: any of a ratio to its peer, a share of the ceiling, a p95, a rate."""

    peer_ratio: float | None = None
    ceiling_share: float | None = None
    p95_ms: float | None = None
    rate: float | None = None

    def describe(self) -> str:
        parts = []
        if self.peer_ratio is not None:
            parts.append(f"≥ {self.peer_ratio:g}× peer")
        if self.ceiling_share is not None:
            parts.append(f"≥ {self.ceiling_share:.0%} of ceiling")
        if self.p95_ms is not None:
            parts.append(f"p95 < {self.p95_ms:g} ms")
        if self.rate is not None:
            parts.append(f"≥ {self.rate:g}/s")
        return ", ".join(parts)


@dataclass
class Scenario:
    key: str
    group: str  # ceiling | peer | ours
    label: str
    requests: list[Request]
    expect: int = 200
    peer: str = ""  # the peer scenario's key, for ours/peer
    target: Target | None = None
    writes: bool = False  # no floor: its statements change data


@dataclass
class Plan:
    scenarios: list[Scenario]
    facts: dict[str, str] = field(default_factory=dict)  # what was picked, for the report


FRESH = ("Cache-Control", "no-cache")  # past the response cache, to the view


def get(path: str, *headers: tuple[str, str]) -> Request:
    return Request("GET", path, (ACCEPT, *headers))


def build(seed: int, sample: int) -> Plan:
    rng = random.Random(seed)
    client = Client()
    plan = Plan([])
    _content(plan, rng, client, sample)
    _search(plan, rng, client)
    _eservices(plan, rng, client)
    _contact_center(plan, client)
    return plan


# --- Content --------------------------------------------------------------------------------


def _content(plan: Plan, rng: random.Random, client: Client, sample: int) -> None:
    from cms.selectors import public_pages

    ids = sorted(public_pages().values_list("pk", flat=True))
    rng.shuffle(ids)
    pages: list[int] = []
    for pk in ids:  # stop at `sample`: asking both APIs about every page takes hours in a city
        if _both_answer(client, pk):
            pages.append(pk)
        if len(pages) == sample:
            break
    if not pages:
        raise SystemExit("No published page that both APIs answer: is there any content?")
    sv_paths = _sv_paths(client, rng, sample)
    # Uncached reads ask for a fresh answer, which the response cache leaves to the view;
    # revalidation and the warm hit are plain requests, as a browser or a CDN sends them.
    plain = [get(f"/api/v1/pages/{pk}/") for pk in pages]
    detail = [get(f"/api/v1/pages/{pk}/", FRESH) for pk in pages]
    etags = [send(client, r)["ETag"] for r in plain]
    listing_type, offsets = _listing(rng)
    v2_type = _v2_type(listing_type)
    plan.facts["pages sampled"] = f"{len(pages)} (all locales); {len(sv_paths)} Swedish paths"
    plan.facts["listing"] = f"type {listing_type} (sv), offsets {', '.join(map(str, offsets))}"
    plan.scenarios += [
        Scenario("ceiling", "ceiling", "bare Django view, fixed JSON", [get("/bench/ceiling/")]),
        Scenario(
            "peer.detail", "peer", "v2 page detail", [get(f"/api/v2/pages/{pk}/") for pk in pages]
        ),
        Scenario(
            "peer.find",
            "peer",
            "v2 find by path (the 302 alone)",
            [get(f"/api/v2/pages/find/?html_path={quote(p[3:])}") for p in sv_paths],
            expect=302,
        ),
        Scenario(
            "peer.listing",
            "peer",
            "v2 listing, 20 with image field",
            [
                get(f"/api/v2/pages/?type={v2_type}&locale=sv&fields=image&limit=20&offset={o}")
                for o in offsets
            ],
        ),
        Scenario(
            "ours.detail",
            "ours",
            "page detail",
            detail,
            peer="peer.detail",
            target=Target(peer_ratio=5, p95_ms=15),
        ),
        Scenario(
            "ours.resolve",
            "ours",
            "pages/resolve/?path=",
            [get(f"/api/v1/pages/resolve/?{urlencode({'path': p})}", FRESH) for p in sv_paths],
            peer="peer.find",
            target=Target(peer_ratio=5, p95_ms=15),
        ),
        Scenario(
            "ours.listing",
            "ours",
            "listing, 20 pages",
            [
                get(f"/api/v1/pages/?type={listing_type}&locale=sv&limit=20&offset={o}", FRESH)
                for o in offsets
            ],
            peer="peer.listing",
            target=Target(peer_ratio=8),
        ),
        Scenario(
            "ours.navigation", "ours", "navigation", [get("/api/v1/navigation/?locale=sv", FRESH)]
        ),
        Scenario(
            "ours.not_modified",
            "ours",
            "304 revalidation (If-None-Match)",
            [
                Request("GET", r.path, (*r.headers, ("If-None-Match", tag)))
                for r, tag in zip(plain, etags, strict=True)
            ],
            expect=304,
            target=Target(ceiling_share=0.6),
        ),
        Scenario(
            "ours.cached",
            "ours",
            "cached hit (one page, warm)",
            plain[:1],
            target=Target(ceiling_share=0.6),
        ),
    ]


def _both_answer(client: Client, pk: int) -> bool:
    ours = send(client, get(f"/api/v1/pages/{pk}/"))
    return ours.status_code == 200 and send(client, get(f"/api/v2/pages/{pk}/")).status_code == 200


def _sv_paths(client: Client, rng: random.Random, sample: int) -> list[str]:
    """Paths of Swedish pages below the home page that Wagtail's find also resolves."""
    from wagtail.models import Locale

    from cms.selectors import public_pages

    sv = Locale.objects.filter(language_code="sv").first()
    ids = sorted(public_pages().filter(locale=sv, depth__gt=2).values_list("pk", flat=True))
    rng.shuffle(ids)
    paths: list[str] = []
    for pk in ids:
        answer = send(client, get(f"/api/v1/pages/{pk}/"))
        path = answer.json()["path"] if answer.status_code == 200 else ""
        found = path and send(client, get(f"/api/v2/pages/find/?html_path={quote(path[3:])}"))
        if found and found.status_code == 302:
            paths.append(path)
        if len(paths) == sample:
            break
    return paths or ["/sv/"]


def _listing(rng: random.Random) -> tuple[str, list[int]]:
    """The image-bearing page type with the most Swedish pages, and up to five offsets."""
    from wagtail.models import Locale

    from cms.selectors import PAGE_TYPES, public_pages

    sv = Locale.objects.filter(language_code="sv").first()
    counts = {t: public_pages().type(PAGE_TYPES[t]).filter(locale=sv).count() for t in IMAGE_TYPES}
    chosen = max(IMAGE_TYPES, key=lambda t: counts[t])
    windows = list(range(0, max(1, counts[chosen] - 19), 20))
    return chosen, sorted(rng.sample(windows, min(5, len(windows))))


def _v2_type(api_type: str) -> str:
    from cms.selectors import PAGE_TYPES

    return PAGE_TYPES[api_type]._meta.label


def consistency_page(seed: int) -> int:
    """A seeded pick among the Swedish pages below the home page (for publish → read)."""
    from wagtail.models import Locale

    from cms.selectors import public_pages

    sv = Locale.objects.filter(language_code="sv").first()
    ids = sorted(public_pages().filter(locale=sv, depth__gt=2).values_list("pk", flat=True))
    if not ids:
        raise SystemExit("No Swedish page below the home page to publish.")
    return random.Random(seed).choice(ids)


# --- Search ---------------------------------------------------------------------------------


def _search(plan: Plan, rng: random.Random, client: Client) -> None:
    terms = search_terms(rng, client)
    for name, (term, hits) in terms.items():
        plan.facts[f"search term, {name}"] = f"{term!r} ({hits} hits)"
        plan.scenarios.append(
            Scenario(
                f"ours.search_{name.replace(' ', '_')}",
                "ours",
                f"search, {name} term",
                [get(f"/api/v1/search/?{urlencode({'q': term, 'locale': 'sv'})}")],
                target=Target(p95_ms=25),
            )
        )


def search_terms(rng: random.Random, client: Client) -> dict[str, tuple[str, int]]:
    """A rare, a common and a very common word of the Swedish index, with the API's hit
    count for each. Document frequencies come from the first 20 000 entries' titles and
    summaries; a word the API finds nothing for (a stop word, say) is passed over."""
    from search.models import SearchEntry

    rows = SearchEntry.objects.filter(locale="sv").order_by("pk").values_list("title", "summary")
    frequency: Counter[str] = Counter()
    for title, summary in rows[:20_000]:
        frequency.update(set(re.findall(r"[a-zåäö]{4,}", f"{title} {summary}".lower())))
    if not frequency:
        raise SystemExit("The Swedish search index is empty: run search_reindex first.")
    by_frequency = sorted(frequency, key=lambda w: (-frequency[w], w))
    rare = sorted(w for w in by_frequency if frequency[w] == frequency[by_frequency[-1]])
    rng.shuffle(rare)
    middle = by_frequency[len(by_frequency) // 20 :]  # past the top 5 %
    return {
        "rare": min(_hits(client, rare), key=lambda found: found[1]),
        "common": _hits(client, middle)[0],
        "very common": max(_hits(client, by_frequency), key=lambda found: found[1]),
    }


def _hits(client: Client, words: list[str], tries: int = 20) -> list[tuple[str, int]]:
    """The first `tries` words with the API's hit count, leaving out those it finds nothing
    for (stop words, say)."""
    found = []
    for word in words[:tries]:
        answer = send(client, get(f"/api/v1/search/?{urlencode({'q': word, 'locale': 'sv'})}"))
        if answer.status_code == 200 and answer.json()["count"]:
            found.append((word, int(answer.json()["count"])))
    if not found:
        raise SystemExit(f"No search hits for any of {words[:tries]}")
    return found


# --- E-services -----------------------------------------------------------------------------


def _eservices(plan: Plan, rng: random.Random, client: Client) -> None:
    from eservices.models import Case

    fault_report_form()
    submitter = _user("bench-run-submitter")
    submit = Request(
        "POST",
        "/api/v1/submissions/",
        (
            ACCEPT,
            ("Content-Type", "application/json"),
            ("Authorization", f"Bearer {token(submitter, ['submissions:write'])}"),
        ),
        json.dumps({"form": FORM, "data": ANSWERS}).encode(),
        fresh_header="Idempotency-Key",
    )
    citizen = citizen_with_cases(rng, client, submit)
    reader = ("Authorization", f"Bearer {token(citizen, ['cases:read'])}")
    cases = Case.objects.filter(citizen=citizen).count()
    plan.facts["my cases"] = f"a citizen with {cases} of {Case.objects.count()} cases"
    plan.scenarios += [
        Scenario("ours.form", "ours", "form schema", [get(f"/api/v1/forms/{FORM}/")]),
        Scenario(
            "ours.submission",
            "ours",
            "submission (POST, new key each)",
            [submit],
            expect=201,
            target=Target(rate=150),
            writes=True,
        ),
        Scenario(
            "ours.my_cases",
            "ours",
            "my cases",
            [get("/api/v1/me/cases/", reader)],
            target=Target(p95_ms=20),
        ),
    ]


def citizen_with_cases(rng: random.Random, client: Client, submit: Request) -> Any:
    """The owner of a seeded pick among citizens' cases; when no case has an owner, a new
    citizen with ten cases filed through the API."""
    from eservices.models import Case

    owned = Case.objects.filter(citizen__isnull=False).order_by("pk")
    total = owned.count()
    if total:
        citizen_id = owned.values_list("citizen_id", flat=True)[rng.randrange(total)]
        return get_user_model().objects.get(pk=citizen_id)
    citizen = _user("bench-run-citizen")
    own = Request(
        submit.method,
        submit.path,
        tuple(
            (k, f"Bearer {token(citizen, ['submissions:write'])}")
            if k == "Authorization"
            else (k, v)
            for k, v in submit.headers
        ),
        submit.body,
        submit.fresh_header,
    )
    for _ in range(10):
        answer = send(client, own)
        if answer.status_code != 201:
            raise SystemExit(f"Filing a case failed: {answer.status_code} {answer.content[:300]!r}")
    return citizen


# --- Contact center -------------------------------------------------------------------------


def _contact_center(plan: Plan, client: Client) -> None:
    from contactcenter.models import Contact

    agent = _user("bench-run-agent", is_staff=True)
    bearer = ("Authorization", f"Bearer {token(agent, ['contactcenter'])}")
    last = Contact.objects.aggregate(last=Max("started_at"))["last"] or timezone.now()
    end = timezone.localdate(last)
    start = end - dt.timedelta(days=29)
    in_period = Contact.objects.filter(started_at__date__range=(start, end)).aggregate(
        n=Count("pk")
    )
    plan.facts["contact-center stats"] = (
        f"{start} to {end}: {in_period['n']} of {Contact.objects.count()} contacts"
    )
    path = f"/api/v1/contactcenter/stats/?{urlencode({'from': start, 'to': end})}"
    plan.scenarios.append(
        Scenario("ours.stats", "ours", "contact-center stats (30 days)", [get(path, bearer)])
    )


# --- Users and tokens -----------------------------------------------------------------------


def _user(username: str, *, is_staff: bool = False) -> Any:
    user, _ = get_user_model().objects.get_or_create(
        username=username, defaults={"is_staff": is_staff}
    )
    return user


def token(user: Any, scopes: list[str], hours: int = 12) -> str:
    """An access token for `user` from the token endpoint (authorization code + PKCE, as
    an app gets one), valid for `hours` so that no run outlives it."""
    from oauth2_provider.models import AccessToken

    from tests.tokens import user_token

    raw = user_token(Client(), user=user, scopes=scopes)
    checksum = hashlib.sha256(raw.encode()).hexdigest()
    AccessToken.objects.filter(token_checksum=checksum).update(
        expires=timezone.now() + dt.timedelta(hours=hours)
    )
    return raw
