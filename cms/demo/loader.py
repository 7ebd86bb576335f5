"""Loads the demo city: organisations, topics, the page tree, units, images and translations.

Idempotent: every object is found by a stable key (locale + slug, or title for images)
and created only when missing, so `make run` can call it on every start.
Translations go through wagtail-localize, as an editor's would.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from html import escape
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.db.models import Q
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.images.rect import Rect
from wagtail.models import Collection, GroupPagePermission, Locale, Page, Site
from wagtail.rich_text import RichText

from cms.demo import DEMO_PASSWORD
from cms.demo import images as demo_images
from cms.demo.data import (
    answers,
    articles,
    contacts,
    news,
    organisations,
    sections,
    services,
    topics,
    translations,
    units,
)
from cms.demo.data import search as search_data
from cms.models import (
    AnswerPage,
    ArticlePage,
    BlogPostPage,
    CityImage,
    Contact,
    HomePage,
    NewsPage,
    Organisation,
    SectionPage,
    ServicePage,
    Topic,
    UnitPage,
    UnitType,
)
from cms.services import image_create, translation_create
from search.models import Synonym

CONTENT_LOCALES = ["sv", "en", "fi", "ar", "so", "fa"]
HOME_SLUG = "start"
CENTRAL_ORGANISATION = "stadsledningskontoret"
# Christmas Eve is closed everywhere but round-the-clock care.
HOLIDAY_EXCEPTION = {
    "date": dt.date(2026, 12, 24),
    "opens": None,
    "closes": None,
    "note": "Julafton",
}


@dataclass
class LoadReport:
    created: dict[str, int] = field(default_factory=dict)

    def count(self, kind: str) -> None:
        self.created[kind] = self.created.get(kind, 0) + 1

    def __str__(self) -> str:
        if not self.created:
            return "Demo city already loaded: nothing to create."
        parts = ", ".join(f"{n} {kind}" for kind, n in sorted(self.created.items()))
        return f"Created {parts}."


class DemoLoader:
    def __init__(self, *, log: Callable[[str], None] = lambda _msg: None) -> None:
        self.log = log
        self.report = LoadReport()
        self.orgs: dict[str, Organisation] = {}
        self.topics: dict[str, Topic] = {}
        self.contacts: dict[str, Contact] = {}
        self.unit_types: dict[str, UnitType] = {}
        self.images: dict[str, CityImage] = {}
        self.pages: dict[str, Page] = {}

    # --- entry point ---------------------------------------------------------------------

    def run(self) -> LoadReport:
        with transaction.atomic():
            self.sv = self._locales()
            self._snippets()
            self._images()
            self._home()
            self._sections()
            self._services()
            self._answers()
            self._units()
            self._figures()
            self._dated()
            self._articles()
        with transaction.atomic():
            self._translations()
            self._editors()
            self._search()
        return self.report

    # --- locales and snippets ------------------------------------------------------------

    def _locales(self) -> Locale:
        for code in CONTENT_LOCALES:
            _locale, created = Locale.objects.get_or_create(language_code=code)
            if created:
                self.report.count("locales")
        return Locale.objects.get(language_code="sv")

    def _upsert_snippet(self, model: type, kind: str, slug: str, values: dict[str, Any]) -> Any:
        obj = model.objects.filter(locale=self.sv, slug=slug).first()
        if obj is None:
            obj = model(locale=self.sv, slug=slug, **values)
            obj.full_clean()
            obj.save()
            self.report.count(kind)
        return obj

    def _snippets(self) -> None:
        for data in organisations.ORGANISATIONS:
            values = {k: v for k, v in data.items() if k not in {"slug", "parent"}}
            self.orgs[data["slug"]] = self._upsert_snippet(
                Organisation, "organisations", data["slug"], values
            )
        for data in organisations.ORGANISATIONS:
            org = self.orgs[data["slug"]]
            if data["parent"] and org.parent_id is None:
                org.parent = self.orgs[data["parent"]]
                org.save(update_fields=["parent"])
        for data in topics.TOPICS:
            self.topics[data["slug"]] = self._upsert_snippet(
                Topic, "topics", data["slug"], {"name": data["name"]}
            )
        for data in topics.TOPICS:
            topic = self.topics[data["slug"]]
            if data["parent"] and topic.parent_id is None:
                topic.parent = self.topics[data["parent"]]
                topic.save(update_fields=["parent"])
        for data in topics.UNIT_TYPES:
            self.unit_types[data["slug"]] = self._upsert_snippet(
                UnitType, "unit types", data["slug"], {"name": data["name"]}
            )
        for data in contacts.CONTACTS:
            values = {k: v for k, v in data.items() if k not in {"key", "organisation"}}
            contact = Contact.objects.filter(locale=self.sv, name=data["name"]).first()
            if contact is None:
                contact = Contact(
                    locale=self.sv, organisation=self.orgs[data["organisation"]], **values
                )
                contact.full_clean()
                contact.save()
                self.report.count("contacts")
            self.contacts[data["key"]] = contact

    def _images(self) -> None:
        collection = Collection.get_first_root_node()
        for spec in demo_images.DEMO_IMAGES:
            image = CityImage.objects.filter(title=spec.title).first()
            if image is None:
                image = image_create(
                    title=spec.title,
                    data=demo_images.render(spec),
                    filename=f"{spec.key}.jpg",
                    description=spec.alt_text,
                    credit="Stadens bildbank",
                    collection=collection,
                )
                # The buildings stand around the middle of every demo picture.
                w, h = image.width, image.height
                image.set_focal_point(Rect(w // 3, h // 3, 2 * w // 3, 2 * h // 3))
                image.save()
                self.report.count("images")
            self.images[spec.key] = image

    # --- page tree -----------------------------------------------------------------------

    def _home(self) -> None:
        root = Page.get_first_root_node()
        home = HomePage.objects.filter(locale=self.sv).first()
        if home is None:
            home = HomePage(
                title=sections.HOME["title"],
                slug=HOME_SLUG,
                locale=self.sv,
                organisation=self.orgs[CENTRAL_ORGANISATION],
                summary=sections.HOME["summary"],
                body=self._paragraphs(sections.HOME["paragraphs"]),
            )
            root.add_child(instance=home)
            home.save_revision().publish()
            self.report.count("pages")
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(
                hostname="localhost", root_page=home, is_default_site=True, site_name="Staden"
            )
        elif site.root_page_id != home.pk:
            old_root = site.root_page
            site.root_page = home
            site.site_name = "Staden"
            site.save()
            if type(old_root.specific) is Page and not old_root.get_children().exists():
                old_root.delete()  # Wagtail's "welcome" placeholder page
        self.pages["home"] = home

    def _add(self, parent_slug: str | None, page: Page, data: dict[str, Any]) -> Page:
        """Adds and publishes a page unless one with the slug already exists under the parent."""
        parent = self.pages["home"] if parent_slug is None else self.pages[parent_slug]
        existing = parent.get_children().filter(slug=page.slug).specific().first()
        if existing is not None:
            self.pages[page.slug] = existing
            return existing
        page.locale = self.sv
        page.organisation = self.orgs[data["organisation"]]
        parent.add_child(instance=page)
        page.topics.set([self.topics[t] for t in data.get("topics", [])])
        page.save_revision().publish()
        self.pages[page.slug] = page
        self.report.count("pages")
        return page

    def _sections(self) -> None:
        for data in sections.SECTIONS:
            page = SectionPage(
                title=data["title"],
                slug=data["slug"],
                summary=data["summary"],
                show_in_menus=True,
                body=self._paragraphs(data["paragraphs"]),
            )
            self._add(data["parent"], page, data)

    def _services(self) -> None:
        for data in services.SERVICES:
            body: list[tuple[str, Any]] = list(self._paragraphs(data["what"]))
            if data["faq"]:
                body.append(("accordion", self._accordion(data["faq"])))
            page = ServicePage(
                title=data["title"],
                slug=data["slug"],
                summary=data["summary"],
                body=body,
                audience=_html(data["audience"]),
                how_to_apply=_html(data["how_to_apply"]),
                eservice_form_slug=data["eservice_form_slug"],
                fees=_html(data["fees"]),
                processing_time=data["processing_time"],
                processing_days=data["processing_days"],
                contact=self.contacts.get(data["contact"] or ""),
            )
            self._add(data["section"], page, data)

    def _answers(self) -> None:
        for data in answers.ANSWERS:
            page = AnswerPage(
                title=data["title"],
                slug=data["slug"],
                summary=data["short_answer"][:300],
                question=data["question"],
                short_answer=data["short_answer"],
                body=self._paragraphs(data["full_answer"]),
                forward_when=data["forward_when"],
                forward_to=self.orgs.get(data["forward_to"] or ""),
                forward_contact=self.contacts.get(data["forward_contact"] or ""),
            )
            self._add(data["section"], page, data)

    def _units(self) -> None:
        for data in units.UNITS:
            hours: list[tuple[str, Any]] = [
                ("regular", {"weekdays": days, "opens": _time(opens), "closes": _time(closes)})
                for days, opens, closes in data["hours"]
            ]
            if data["unit_type"] != "aldreboende":
                hours.append(("exception", HOLIDAY_EXCEPTION))
            page = UnitPage(
                title=data["title"],
                slug=data["slug"],
                summary=data["summary"],
                unit_type=self.unit_types[data["unit_type"]],
                operator=data["operator"],
                street_address=data["street_address"],
                postal_code=data["postal_code"],
                post_town=data["post_town"],
                latitude=Decimal(str(data["lat"])).quantize(Decimal("0.000001")),
                longitude=Decimal(str(data["lon"])).quantize(Decimal("0.000001")),
                opening_hours=hours,
                accessibility=[("fact", {"fact": f, "note": ""}) for f in data["accessibility"]],
                phone=data["phone"],
                email=data["email"],
                image=self.images.get(_unit_image(data["unit_type"])),
                body=self._paragraphs(data["paragraphs"]),
            )
            self._add(data["section"], page, data)

    def _figures(self) -> None:
        from cms.demo.figures import load_demo_figures

        report = load_demo_figures(self.unit_types)
        if report.created:
            self.report.created["key figure values"] = report.created

    def _dated(self) -> None:
        image_keys = [spec.key for spec in demo_images.DEMO_IMAGES]
        for i, data in enumerate(news.NEWS):
            page = NewsPage(
                title=data["title"],
                slug=data["slug"],
                summary=data["summary"],
                date=dt.date.fromisoformat(data["date"]),
                image=self.images[image_keys[i % len(image_keys)]] if i % 3 == 0 else None,
                body=self._paragraphs(data["paragraphs"]),
            )
            self._add(data["section"], page, data)
        for data in news.BLOG_POSTS:
            page = BlogPostPage(
                title=data["title"],
                slug=data["slug"],
                summary=data["summary"],
                date=dt.date.fromisoformat(data["date"]),
                author_name=data["author_name"],
                body=self._paragraphs(data["paragraphs"]),
            )
            self._add(data["section"], page, data)

    def _articles(self) -> None:
        """Articles may link to each other, so each waits until its link targets exist."""
        specs = demo_images.DEMO_IMAGES
        pending = list(enumerate(articles.ARTICLES))
        while pending:
            ready = [(i, d) for i, d in pending if all(t in self.pages for t in _cta_targets(d))]
            if not ready:
                raise ValueError(f"Unresolvable article links: {[d['slug'] for _, d in pending]}")
            for i, data in ready:
                spec = specs[i % len(specs)]
                body = self._blocks(data["blocks"])
                if i % 4 == 0:
                    image = {
                        "image": self.images[spec.key],
                        "alt_text": spec.alt_text,
                        "caption": "",
                    }
                    body.insert(1, ("image", image))
                page = ArticlePage(
                    title=data["title"],
                    slug=data["slug"],
                    summary=data["summary"],
                    image=self.images[spec.key] if i % 2 == 0 else None,
                    body=body,
                )
                self._add(data["section"], page, data)
            pending = [(i, d) for i, d in pending if (i, d) not in ready]

    # --- block builders ------------------------------------------------------------------

    def _paragraphs(self, paragraphs: Iterable[str]) -> list[tuple[str, Any]]:
        return [("rich_text", RichText("".join(f"<p>{escape(p)}</p>" for p in paragraphs)))]

    def _accordion(self, items: Iterable[tuple[str, str]]) -> dict[str, Any]:
        return {
            "title": "",
            "items": [{"question": q, "answer": RichText(f"<p>{escape(a)}</p>")} for q, a in items],
        }

    def _blocks(self, raw: Iterable[tuple[Any, ...]]) -> list[Any]:
        out: list[Any] = []
        for kind, *args in raw:
            if kind == "paragraph":
                out.extend(self._paragraphs([args[0]]))
            elif kind == "heading":
                out.append(("heading", {"text": args[0], "level": "h2"}))
            elif kind == "fact_box":
                out.append(("fact_box", {"title": args[0], "body": _html(args[1])}))
            elif kind == "quote":
                out.append(("quote", {"text": args[0], "attribution": args[1]}))
            elif kind == "accordion":
                out.append(("accordion", self._accordion(args[0])))
            elif kind == "call_to_action":
                target = self.pages[args[2]]
                link = {"page": target, "url": "", "text": target.title}
                out.append(("call_to_action", {"title": args[0], "text": args[1], "link": link}))
            else:
                raise ValueError(f"Unknown demo block {kind!r}")
        return out

    # --- translations --------------------------------------------------------------------

    def _translations(self) -> None:
        for code, names in organisations.ORGANISATION_TRANSLATIONS.items():
            for slug, texts in names.items():
                org = self.orgs[slug]
                self._translate(
                    org, code, {org.name: texts["name"], org.description: texts["description"]}
                )
        for code, names in topics.TOPIC_TRANSLATIONS.items():
            for slug, name in names.items():
                self._translate(self.topics[slug], code, {self.topics[slug].name: name})
        for code, names in topics.UNIT_TYPE_TRANSLATIONS.items():
            for slug, name in names.items():
                self._translate(self.unit_types[slug], code, {self.unit_types[slug].name: name})
        for code, slugs in translations.TRANSLATED_PAGES.items():
            strings = translations.PAGE_TRANSLATIONS[code]
            for slug in slugs:
                self._translate(self.pages[slug].specific, code, strings)

    def _translate(self, instance: Any, code: str, strings: dict[str, str]) -> None:
        if translation_create(instance=instance, language_code=code, strings=strings):
            self.report.count(f"{code} translations")

    # --- search -------------------------------------------------------------------------

    def _search(self) -> None:
        """Synonyms and promoted results editors would keep for the city's common searches."""
        for terms in search_data.SYNONYMS:
            _synonym, created = Synonym.objects.get_or_create(locale="sv", terms=terms)
            if created:
                self.report.count("synonyms")
        for text, slugs in search_data.PROMOTIONS.items():
            query = Query.get(text)
            for order, slug in enumerate(slugs):
                _pick, created = SearchPromotion.objects.get_or_create(
                    query=query, page=self.pages[slug], defaults={"sort_order": order}
                )
                if created:
                    self.report.count("promoted results")

    # --- people --------------------------------------------------------------------------

    def _editors(self) -> None:
        """Demo accounts: an administrator and one editor group per organisation."""
        User = get_user_model()
        group_perms = list(
            Permission.objects.filter(
                Q(content_type__app_label="wagtailadmin", codename="access_admin")
                | Q(content_type__app_label="wagtail_localize", codename="submit_translation")
                | Q(
                    content_type__app_label="wagtaildocs",
                    codename__in=["add_document", "choose_document"],
                )
                | Q(
                    content_type__app_label="cms",
                    codename__in=[
                        "add_cityimage",
                        "change_cityimage",
                        "choose_cityimage",
                        "view_organisation",
                        "view_topic",
                        "view_unittype",
                        "view_contact",
                    ],
                )
            )
        )
        homes = list(HomePage.objects.all())
        for slug, org in self.orgs.items():
            group, created = Group.objects.get_or_create(name=f"Redaktörer: {org.name}")
            if created:
                group.permissions.add(*group_perms)
                for home in homes:
                    for codename in ("add_page", "change_page", "publish_page"):
                        GroupPagePermission.objects.get_or_create(
                            group=group,
                            page=home,
                            permission=Permission.objects.get(codename=codename),
                        )
                org.editor_groups.add(group)
                self.report.count("editor groups")
            username = f"redaktor-{slug}"
            if not User.objects.filter(username=username).exists():
                user = User.objects.create_user(
                    username=username,
                    password=DEMO_PASSWORD,
                    first_name="Redaktör",
                    last_name=org.name[:150],
                )
                user.groups.add(group)
                self.report.count("editors")
        if not User.objects.filter(username="admin").exists():
            User.objects.create_superuser("admin", "admin@stad.example", DEMO_PASSWORD)
            self.report.count("administrators")


def _html(text: str) -> str:
    return f"<p>{escape(text)}</p>"


def _time(value: str) -> dt.time:
    return dt.time.fromisoformat(value)


def _cta_targets(data: dict[str, Any]) -> list[str]:
    return [block[3] for block in data["blocks"] if block[0] == "call_to_action"]


def _unit_image(unit_type: str) -> str | None:
    return {"forskola": "forskola", "bibliotek": "bibliotek", "aldreboende": "aldreboende"}.get(
        unit_type
    )
