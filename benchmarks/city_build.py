"""The steps of generate_city: reference data, the tree in four locales, images, redirects
and the old sites' URL map, view restrictions, e-services, contacts and the search index."""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections import Counter
from typing import Any

from django.db import connection
from django.db.models import F
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Locale, Page, PageViewRestriction, Site

from benchmarks import city_media, seeding
from benchmarks.city_text import LANGUAGES, SECTIONS, Words, swedish, translated
from benchmarks.city_tree import (
    LEAVES,
    WITH_IMAGE,
    Node,
    coordinate,
    lay_out,
    tree_path,
    write_locale,
    write_revisions,
)
from cms.demo.data.organisations import ORGANISATIONS
from cms.demo.data.topics import TOPICS, UNIT_TYPES
from cms.legacy.adapters.base import old_path
from cms.models import (
    AnswerPage,
    BlogPostPage,
    HomePage,
    LegacyItem,
    LegacySite,
    NewsPage,
    Organisation,
    SectionPage,
    ServicePage,
    Topic,
    UnitPage,
    UnitType,
)
from cms.versioning import content_version_bump

START = dt.datetime(2019, 1, 1, 8, 0, tzinfo=dt.UTC)
MARK_UNFINISHED = "Staden (being generated)"  # renamed by finish()
CENTRAL = "stadsledningskontoret"
CENTRE = (57.70, 11.97)
PER_SUBSECTION = 40  # leaves a site has before it gets subsections
TOWNS = ["Göteborg", "Västra Frölunda", "Angered", "Hisings Backa", "Torslanda"]
STREETS = ["Storgatan", "Skolvägen", "Parkgatan", "Hamngatan", "Björkvägen", "Kyrkogatan"]


class Build:
    def __init__(self, spec: Any, seed: int, progress: Any) -> None:
        self.spec = spec
        self.seed = seed
        self.rng = random.Random(seed)
        self.progress = progress
        self.plan: list[Node] = []
        self.sites: list[tuple[int, int]] = []  # (site section's plan index, organisation)

    # --- content, in one transaction -------------------------------------------------------

    def content(self) -> None:
        with self.progress.step("reference data") as counted:
            self.locales = {
                code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES
            }
            counted.update(self._reference_data())
        with self.progress.step("images") as counted:
            self.images, renditions = city_media.create_images(
                self.spec.images, seed=self.seed, pool=self.spec.pool
            )
            counted.update(images=len(self.images), renditions=renditions)
        self._plan()
        with self.progress.step("pages") as counted:
            pages = self._pages()
            counted["pages"] = len(pages)
        self.words_in = {p.pk: _words_of(p) for p in pages if p.locale_id == self.locales["sv"].pk}
        with self.progress.step("revisions") as counted:
            counted["revisions"] = write_revisions(pages)
        with self.progress.step("redirects") as counted:
            counted.update(self._redirects())
        with self.progress.step("view restrictions") as counted:
            counted["view restrictions"] = self._restrictions()

    def _reference_data(self) -> dict[str, int]:
        sv = self.locales["sv"]
        orgs = Organisation.objects.bulk_create(
            Organisation(locale=sv, **{k: v for k, v in data.items() if k != "parent"})
            for data in ORGANISATIONS
        )
        self.organisations = {org.slug: org.pk for org in orgs}
        topics = Topic.objects.bulk_create(
            Topic(locale=sv, slug=data["slug"], name=data["name"]) for data in TOPICS
        )
        self.topics = topics
        unit_types = UnitType.objects.bulk_create(
            UnitType(locale=sv, slug=data["slug"], name=data["name"]) for data in UNIT_TYPES
        )
        self.unit_types = [t.pk for t in unit_types]
        return {"organisations": len(orgs), "topics": len(topics), "unit types": len(unit_types)}

    # --- the plan: one Swedish tree that every locale follows --------------------------------

    def _node(self, model: Any, parent: int | None, organisation: int, **extra: Any) -> int:
        rng = self.rng
        node = Node(
            model=model,
            parent=parent,
            organisation=organisation,
            topics=rng.sample(self.topics, rng.randint(1, 3)),
            key=_uuid(rng),
            published=START + dt.timedelta(seconds=rng.randrange(7 * 365 * 86400)),
            index=len(self.plan),
            **extra,
        )
        if model in WITH_IMAGE and self.images and rng.random() < 0.7:
            node.image = rng.choice(self.images)
        self.plan.append(node)
        if parent is not None:
            self.plan[parent].children.append(node.index)
        return node.index

    def _plan(self) -> None:
        spec, rng = self.spec, self.rng
        orgs = list(self.organisations.values())
        central = self.organisations[CENTRAL]
        home = self._node(HomePage, None, central, name="Staden")
        tops = [
            self._node(SectionPage, home, central, name=name)
            for name in SECTIONS[: min(len(SECTIONS), max(3, spec.sites))]
        ]
        per_locale = spec.pages // len(LANGUAGES)
        leaves = max(per_locale - 1 - len(tops) - spec.sites, spec.sites)
        for n in range(spec.sites):
            org = orgs[n % len(orgs)]
            section = self._node(
                SectionPage, tops[n % len(tops)], org, name=f"Webbplats {n + 1}", legacy_site=n
            )
            self.sites.append((section, org))
            own = leaves // spec.sites + (1 if n < leaves % spec.sites else 0)
            parents = [section]
            for _ in range(min(5, own // PER_SUBSECTION)):
                parents.append(self._node(SectionPage, section, org, legacy_site=n))
                own -= 1
            models = [m for m, _share in LEAVES]
            weights = [share for _m, share in LEAVES]
            for _ in range(own):
                model = rng.choices(models, weights)[0]
                self._node(model, rng.choice(parents), org, legacy_site=n)
        lay_out(self.plan)
        self.words = Words(rng)
        leaves_at = [n.index for n in self.plan if not n.children and n.parent is not None]
        self.planted = self.words.plant(leaves_at)

    # --- writing -----------------------------------------------------------------------------

    def _pages(self) -> list[Any]:
        root = Page.get_first_root_node()
        for page in root.get_children():
            if type(page.specific) is Page and not page.get_children().exists():
                page.delete()  # Wagtail's "welcome" placeholder
        root.refresh_from_db()
        last = root.get_last_child()
        first = Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1
        pages: list[Any] = []
        for offset, language in enumerate(LANGUAGES):
            text = swedish(self.words) if language == "sv" else translated(language)
            pages += write_locale(
                self.plan,
                language=language,
                locale_id=self.locales[language].pk,
                home_path=tree_path(root.path, first + offset),
                text=text,
                rng=self.rng,
                fields=self._fields,
            )
        Page.objects.filter(pk=root.pk).update(numchild=F("numchild") + len(LANGUAGES))
        site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
        site.hostname, site.port, site.site_name = "localhost", 80, MARK_UNFINISHED
        site.root_page_id = self.plan[0].ids["sv"]
        site.save()
        self.site = site
        return pages

    def _fields(self, rng: random.Random, node: Node) -> dict[str, Any]:
        """The page type's own fields; the same in every locale (seeded by the node)."""
        own = random.Random(self.seed * 1_000_003 + node.index)
        model = node.model
        if model in WITH_IMAGE:
            extra: dict[str, Any] = {"image_id": node.image}
        else:
            extra = {}
        day = (node.published or START).date()
        if model in (NewsPage, BlogPostPage):
            extra["date"] = day
        if model is BlogPostPage:
            extra["author_name"] = own.choice(["Anna Berg", "Omar Said", "Liisa Virtanen"])
        if model is UnitPage:
            extra.update(_unit(own, self.unit_types))
        if model is ServicePage:
            extra.update(
                how_to_apply="<p>Ansök via e-tjänsten eller kontakta oss.</p>",
                eservice_form_slug=seeding.FORM if own.random() < 0.1 else "",
                processing_time="Cirka fyra veckor",
                processing_days=28,
            )
        if model is AnswerPage:
            extra.update(
                question="Hur gör jag?",
                short_answer="Du hittar svaret på sidan och kan kontakta oss om du undrar mer.",
            )
        return extra

    def _redirects(self) -> dict[str, int]:
        rng = self.rng
        leaves = [n for n in self.plan if not n.children and n.parent is not None]
        rows = []
        for n in range(self.spec.redirects):
            node = rng.choice(leaves)
            language = "sv" if rng.random() < 0.8 else rng.choice(LANGUAGES[1:])
            rows.append(
                Redirect(
                    old_path=Redirect.normalise_path(f"/{language}/tidigare/sida-{n}"),
                    site=self.site,
                    redirect_page_id=node.ids[language],
                    is_permanent=True,
                )
            )
        Redirect.objects.bulk_create(rows, batch_size=2000)
        sites = LegacySite.objects.bulk_create(
            LegacySite(
                name=f"Gamla webbplats {n + 1}",
                host=f"citygen-{n + 1}.example.se",
                organisation_id=org,
                parent_page_id=self.plan[section].ids["sv"],
                host_redirect_page_id=self.plan[section].ids["sv"],
                adapter=LegacySite.Adapter.MANIFEST,
                status=LegacySite.Status.SWITCHED_OVER,
            )
            for n, (section, org) in enumerate(self.sites)
        )
        items = []
        for node in self.plan:
            if node.legacy_site is None or node.index in {s for s, _o in self.sites}:
                continue
            site = sites[node.legacy_site]
            url = f"https://{site.host}/sida/{node.index}/"
            items.append(
                LegacyItem(
                    site=site,
                    source_id=url,
                    old_url=url,
                    old_path=old_path(url),
                    page_id=node.ids["sv"],
                    language="sv",
                )
            )
        LegacyItem.objects.bulk_create(items, batch_size=2000)
        return {"redirects": len(rows), "legacy sites": len(sites), "legacy addresses": len(items)}

    def _restrictions(self) -> int:
        leaves = [n for n in self.plan if not n.children and n.parent is not None]
        chosen = self.rng.sample(leaves, min(len(leaves), self.spec.restrictions))
        rows = [
            PageViewRestriction(
                page_id=node.ids[self.rng.choice(LANGUAGES)],
                restriction_type=PageViewRestriction.LOGIN,
            )
            for node in chosen
        ]
        PageViewRestriction.objects.bulk_create(rows)
        return len(rows)

    # --- after the content -------------------------------------------------------------------

    def eservices(self) -> None:
        with self.progress.step("cases") as counted:
            seeding.fault_report_form()
            counted["cases"] = seeding.seed_cases(self.spec.cases, self.spec.citizens)

    def contacts(self) -> None:
        with self.progress.step("contacts") as counted:
            tasks = seeding.seed_contacts(
                self.spec.contacts,
                topics=[t.pk for t in self.topics],
                organisations=list(self.organisations.values()),
                seed=self.seed,
            )
            counted.update(contacts=self.spec.contacts, tasks=tasks)

    def search(self) -> None:
        from search.services import index_rebuild

        content_version_bump()  # restrictions and pages written in bulk: read them afresh
        with self.progress.step("search index") as counted:
            counted["search documents"] = index_rebuild()
        self._terms()

    def _terms(self) -> None:
        """Words to search for: one planted rare word, one in about 3 % of the public
        Swedish pages, and the most common one, with how many pages hold each."""
        restricted = set(PageViewRestriction.objects.values_list("page_id", flat=True))
        public = [words for pk, words in self.words_in.items() if pk not in restricted]
        frequency = Counter(word for words in public for word in words)
        # In the vocabulary's order, most frequent first, so ties go to the commoner word.
        share = {w: frequency[w] for w in self.words.vocabulary if frequency[w]}
        rare = min(self.planted, key=lambda w: (frequency[w] == 0, frequency[w], w))
        common = min(share, key=lambda w: abs(share[w] - 0.03 * len(public)))
        very_common = max(share, key=lambda w: share[w])
        self.progress.say(
            "  search terms (public Swedish pages holding them, of "
            f"{len(public):,}): rare {rare!r} {frequency[rare]}, common {common!r} "
            f"{share[common]:,}, very common {very_common!r} {share[very_common]:,}"
        )


def _words_of(page: Any) -> set[str]:
    """The lower-case words of a page's title, summary and body as stored."""
    text = (
        f"{page.title} {page.summary} {json.dumps(page.body.get_prep_value(), ensure_ascii=False)}"
    )
    return set(re.findall(r"\w+", text.lower()))


def _uuid(rng: random.Random) -> Any:
    import uuid

    return uuid.UUID(int=rng.getrandbits(128), version=4)


def _unit(rng: random.Random, unit_types: list[int]) -> dict[str, Any]:
    hours = [
        {
            "type": "regular",
            "value": {
                "weekdays": ["mon", "tue", "wed", "thu", "fri"],
                "opens": "07:00:00",
                "closes": "17:00:00",
            },
            "id": str(_uuid(rng)),
        }
    ]
    return {
        "unit_type_id": rng.choice(unit_types),
        "operator": rng.choice(["municipal"] * 4 + ["independent"]),
        "street_address": f"{rng.choice(STREETS)} {rng.randint(1, 80)}",
        "postal_code": f"4{rng.randint(1000, 2999)}",
        "post_town": rng.choice(TOWNS),
        "latitude": coordinate(rng, CENTRE[0], 0.04),
        "longitude": coordinate(rng, CENTRE[1], 0.07),
        "opening_hours": hours,
        "accessibility": [],
        "phone": f"031-{rng.randint(100000, 999999)}",
        "email": "",
    }


def settle(progress: Any) -> None:
    """Planner statistics and visibility maps as autovacuum would leave them a while after
    a bulk load, so the first benchmark does not meet plans made for empty tables.
    (VACUUM cannot run inside a transaction; there ANALYZE alone.)"""
    vacuum = connection.vendor == "postgresql" and not connection.in_atomic_block
    with progress.step("vacuum, analyse"), connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE" if vacuum else "ANALYZE")


def finish(name: str) -> None:
    """Name the site: the dataset is complete."""
    Site.objects.filter(site_name=MARK_UNFINISHED).update(site_name=name)
    content_version_bump()


def counts() -> dict[str, int]:
    """What the database holds of each kind the generator makes."""
    from cms.models import CityImage, CityRendition
    from contactcenter.models import Contact, Task
    from eservices.models import Case
    from search.models import SearchEntry

    return {
        "organisations": Organisation.objects.count(),
        "pages": Page.objects.filter(depth__gt=1).count(),
        "images": CityImage.objects.count(),
        "renditions": CityRendition.objects.count(),
        "redirects": Redirect.objects.count(),
        "legacy sites": LegacySite.objects.count(),
        "legacy addresses": LegacyItem.objects.count(),
        "view restrictions": PageViewRestriction.objects.count(),
        "cases": Case.objects.filter(reference__startswith=seeding.CASE_PREFIX).count(),
        "contacts": Contact.objects.filter(client_id=seeding.CONTACT_CLIENT).count(),
        "tasks": Task.objects.filter(contact__client_id=seeding.CONTACT_CLIENT).count(),
        "search documents": SearchEntry.objects.count(),
    }
