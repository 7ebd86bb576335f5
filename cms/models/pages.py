"""The shared page types: few, so that ~300 former sites fit one content model.

Every page has an owning organisation and topics (both source-locale snippets, see
snippets.py). Home is one per locale; sections hold the rest.
"""

from __future__ import annotations

from typing import Any, ClassVar

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cms.blocks import (
    RICH_TEXT_FEATURES,
    AccessibilityFactBlock,
    BodyBlock,
    OpeningHoursBlock,
)
from cms.forms import OrganisationPageForm
from cms.permissions import OrganisationPagePermissionTester

# Page types that may sit under a section.
CONTENT_PAGE_TYPES = [
    "cms.SectionPage",
    "cms.ArticlePage",
    "cms.ServicePage",
    "cms.NewsPage",
    "cms.BlogPostPage",
    "cms.UnitPage",
    "cms.AnswerPage",
]


class BasePage(Page):
    """Fields and rules shared by every page type."""

    organisation = models.ForeignKey(
        "cms.Organisation",
        verbose_name=_("owning organisation"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    topics = ParentalManyToManyField("cms.Topic", verbose_name=_("topics"), blank=True)
    summary = models.TextField(
        _("summary"),
        max_length=300,
        blank=True,
        help_text=_("One or two sentences shown in listings and search results."),
    )
    review_date = models.DateField(
        _("review date"),
        null=True,
        blank=True,
        help_text=_("When the content should be checked again."),
    )

    base_form_class = OrganisationPageForm
    # The page's type and its own fields as the content API shows them.
    api_type: ClassVar[str] = ""
    api_fields: ClassVar[list[str]] = []

    content_panels: ClassVar[list[Any]] = [*Page.content_panels, FieldPanel("summary")]
    promote_panels: ClassVar[list[Any]] = [
        MultiFieldPanel(
            # A plain list: editors choose among their own organisations only (forms.py).
            [
                FieldPanel("organisation", widget=forms.Select),
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Ownership and topics"),
        ),
        *Page.promote_panels,
    ]
    settings_panels: ClassVar[list[Any]] = [*Page.settings_panels, FieldPanel("review_date")]

    search_fields: ClassVar[list[Any]] = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.FilterField("organisation"),
        index.FilterField("locale_id"),
    ]

    # References point at source-locale snippets; readers localise them.
    override_translatable_fields: ClassVar[list[Any]] = [
        SynchronizedField("organisation"),
        SynchronizedField("topics"),
        SynchronizedField("review_date"),
    ]

    class Meta:
        abstract = True

    def permissions_for_user(self, user: Any) -> OrganisationPagePermissionTester:
        return OrganisationPagePermissionTester(user, self)

    def serve_preview(self, request: Any, mode_name: str) -> Any:
        # Headless: the frontend renders the preview from the API (cms/preview.py).
        from django.shortcuts import redirect

        from cms.preview import frontend_preview_url, preview_token_create

        token = preview_token_create(page=self)
        return redirect(frontend_preview_url(page=self, token=token))

    def get_template(self, request: Any, *args: Any, **kwargs: Any) -> str:
        # Frontends render pages from the API; this plain page is for previews and fallbacks.
        return "cms/page.html"


class HomePage(BasePage):
    """The start page of one locale's tree."""

    api_type = "home"
    api_fields: ClassVar[list[str]] = ["body"]

    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    parent_page_types: ClassVar[list[str]] = ["wagtailcore.Page"]
    subpage_types: ClassVar[list[str]] = ["cms.SectionPage", "cms.ArticlePage"]
    content_panels: ClassVar[list[Any]] = [*BasePage.content_panels, FieldPanel("body")]
    search_fields: ClassVar[list[Any]] = [*BasePage.search_fields, index.SearchField("body")]

    class Meta:
        verbose_name = _("home page")

    def clean(self) -> None:
        super().clean()
        others = HomePage.objects.filter(locale_id=self.locale_id).exclude(pk=self.pk)
        if self.locale_id and others.exists():
            raise ValidationError(
                _("There is already a home page for this language."), code="duplicate_home_page"
            )


class SectionPage(BasePage):
    """A part of the tree (Förskola, Bygga och bo…) that lists its children."""

    api_type = "section"
    api_fields: ClassVar[list[str]] = ["body"]

    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    parent_page_types: ClassVar[list[str]] = ["cms.HomePage", "cms.SectionPage"]
    subpage_types: ClassVar[list[str]] = CONTENT_PAGE_TYPES
    content_panels: ClassVar[list[Any]] = [*BasePage.content_panels, FieldPanel("body")]
    search_fields: ClassVar[list[Any]] = [*BasePage.search_fields, index.SearchField("body")]

    class Meta:
        verbose_name = _("section")


class ArticlePage(BasePage):
    """Information that is neither a service, news nor an answer."""

    api_type = "article"
    api_fields: ClassVar[list[str]] = ["image", "body"]

    image = models.ForeignKey(
        "cms.CityImage",
        verbose_name=_("top image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"))

    parent_page_types: ClassVar[list[str]] = ["cms.HomePage", "cms.SectionPage"]
    subpage_types: ClassVar[list[str]] = []
    content_panels: ClassVar[list[Any]] = [
        *BasePage.content_panels,
        FieldPanel("image"),
        FieldPanel("body"),
    ]
    search_fields: ClassVar[list[Any]] = [*BasePage.search_fields, index.SearchField("body")]

    class Meta:
        verbose_name = _("article")


class ServicePage(BasePage):
    """Something a citizen can apply for, report or use: what, for whom, how, cost, time."""

    api_type = "service"
    api_fields: ClassVar[list[str]] = [
        "body",
        "audience",
        "how_to_apply",
        "eservice_url",
        "eservice_form_slug",
        "fees",
        "processing_time",
        "processing_days",
        "contact",
    ]

    body = StreamField(
        BodyBlock(),
        verbose_name=_("what it is"),
        help_text=_("Describe the service in plain language."),
    )
    audience = RichTextField(_("who it is for"), features=RICH_TEXT_FEATURES, blank=True)
    how_to_apply = RichTextField(_("how to apply"), features=RICH_TEXT_FEATURES, blank=True)
    eservice_url = models.URLField(
        _("e-service address"),
        blank=True,
        help_text=_("Where citizens apply online, when the form is not one of ours."),
    )
    eservice_form_slug = models.SlugField(
        _("e-service form"),
        blank=True,
        help_text=_("Identifier of the city's e-service form for this service."),
    )
    fees = RichTextField(_("fees"), features=RICH_TEXT_FEATURES, blank=True)
    processing_time = models.CharField(
        _("processing time"),
        max_length=120,
        blank=True,
        help_text=_("As citizens should read it, e.g. 'Cirka fyra veckor'."),
    )
    processing_days = models.PositiveIntegerField(
        _("processing time in days"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(3650)],
    )
    contact = models.ForeignKey(
        "cms.Contact",
        verbose_name=_("contact"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    parent_page_types: ClassVar[list[str]] = ["cms.SectionPage"]
    subpage_types: ClassVar[list[str]] = []
    content_panels: ClassVar[list[Any]] = [
        *BasePage.content_panels,
        FieldPanel("body"),
        FieldPanel("audience"),
        MultiFieldPanel(
            [
                FieldPanel("how_to_apply"),
                FieldPanel("eservice_form_slug"),
                FieldPanel("eservice_url"),
            ],
            heading=_("How to apply"),
        ),
        FieldPanel("fees"),
        FieldRowPanel([FieldPanel("processing_time"), FieldPanel("processing_days")]),
        FieldPanel("contact"),
    ]
    search_fields: ClassVar[list[Any]] = [
        *BasePage.search_fields,
        index.SearchField("body"),
        index.SearchField("audience"),
        index.SearchField("how_to_apply"),
    ]
    override_translatable_fields: ClassVar[list[Any]] = [
        *BasePage.override_translatable_fields,
        SynchronizedField("contact"),
        SynchronizedField("eservice_form_slug"),
    ]

    class Meta:
        verbose_name = _("service")


class _DatedPage(BasePage):
    date = models.DateField(_("date"))
    image = models.ForeignKey(
        "cms.CityImage",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"))

    parent_page_types: ClassVar[list[str]] = ["cms.SectionPage"]
    subpage_types: ClassVar[list[str]] = []
    search_fields: ClassVar[list[Any]] = [
        *BasePage.search_fields,
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    class Meta:
        abstract = True


class NewsPage(_DatedPage):
    api_type = "news"
    api_fields: ClassVar[list[str]] = ["date", "image", "body"]
    content_panels: ClassVar[list[Any]] = [
        *BasePage.content_panels,
        FieldPanel("date"),
        FieldPanel("image"),
        FieldPanel("body"),
    ]

    class Meta:
        verbose_name = _("news item")


class BlogPostPage(_DatedPage):
    api_type = "blog_post"
    api_fields: ClassVar[list[str]] = ["date", "author_name", "image", "body"]
    author_name = models.CharField(_("author"), max_length=120)

    content_panels: ClassVar[list[Any]] = [
        *BasePage.content_panels,
        FieldRowPanel([FieldPanel("date"), FieldPanel("author_name")]),
        FieldPanel("image"),
        FieldPanel("body"),
    ]

    class Meta:
        verbose_name = _("blog post")


class UnitPage(BasePage):
    """A place that serves citizens: a school, preschool, elderly home, library…"""

    api_type = "unit"
    api_fields: ClassVar[list[str]] = [
        "unit_type",
        "operator",
        "street_address",
        "postal_code",
        "post_town",
        "latitude",
        "longitude",
        "opening_hours",
        "accessibility",
        "phone",
        "email",
        "contact",
        "image",
        "body",
    ]

    class Operator(models.TextChoices):
        MUNICIPAL = "municipal", _("Municipal")
        INDEPENDENT = "independent", _("Independent")

    unit_type = models.ForeignKey(
        "cms.UnitType", verbose_name=_("unit type"), on_delete=models.PROTECT, related_name="+"
    )
    operator = models.CharField(
        _("operator"), max_length=20, choices=Operator.choices, default=Operator.MUNICIPAL
    )
    street_address = models.CharField(_("street address"), max_length=200)
    postal_code = models.CharField(_("postal code"), max_length=10)
    post_town = models.CharField(_("post town"), max_length=80)
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    opening_hours = StreamField(OpeningHoursBlock(), verbose_name=_("opening hours"), blank=True)
    accessibility = StreamField(
        [("fact", AccessibilityFactBlock())], verbose_name=_("accessibility"), blank=True
    )
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    contact = models.ForeignKey(
        "cms.Contact",
        verbose_name=_("contact"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image = models.ForeignKey(
        "cms.CityImage",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyBlock(), verbose_name=_("description"), blank=True)

    parent_page_types: ClassVar[list[str]] = ["cms.SectionPage"]
    subpage_types: ClassVar[list[str]] = []
    content_panels: ClassVar[list[Any]] = [
        *BasePage.content_panels,
        FieldRowPanel([FieldPanel("unit_type"), FieldPanel("operator")]),
        MultiFieldPanel(
            [
                FieldPanel("street_address"),
                FieldRowPanel([FieldPanel("postal_code"), FieldPanel("post_town")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Address and position"),
        ),
        FieldPanel("opening_hours"),
        FieldPanel("accessibility"),
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("email"), FieldPanel("contact")],
            heading=_("Contact"),
        ),
        FieldPanel("image"),
        FieldPanel("body"),
    ]
    search_fields: ClassVar[list[Any]] = [
        *BasePage.search_fields,
        index.SearchField("street_address"),
        index.SearchField("body"),
        index.FilterField("unit_type"),
    ]
    override_translatable_fields: ClassVar[list[Any]] = [
        *BasePage.override_translatable_fields,
        SynchronizedField("unit_type"),
        SynchronizedField("contact"),
        SynchronizedField("street_address"),
        SynchronizedField("postal_code"),
        SynchronizedField("post_town"),
        SynchronizedField("phone"),
        SynchronizedField("email"),
    ]

    class Meta:
        verbose_name = _("unit")


class AnswerPage(BasePage):
    """A knowledge-base answer for the contact center and the public."""

    api_type = "answer"
    api_fields: ClassVar[list[str]] = [
        "question",
        "short_answer",
        "body",
        "forward_when",
        "forward_to",
        "forward_contact",
    ]

    question = models.CharField(_("question"), max_length=255)
    short_answer = models.TextField(
        _("short answer"),
        max_length=600,
        help_text=_("What an agent says first; also shown at the top for citizens."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("full answer"), blank=True)
    forward_when = models.TextField(
        _("when to forward"),
        blank=True,
        help_text=_("When the contact center cannot solve the errand at first contact."),
    )
    forward_to = models.ForeignKey(
        "cms.Organisation",
        verbose_name=_("forward to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    forward_contact = models.ForeignKey(
        "cms.Contact",
        verbose_name=_("forward to contact"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    parent_page_types: ClassVar[list[str]] = ["cms.SectionPage"]
    subpage_types: ClassVar[list[str]] = []
    content_panels: ClassVar[list[Any]] = [
        *BasePage.content_panels,
        FieldPanel("question"),
        FieldPanel("short_answer"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("forward_when"), FieldPanel("forward_to"), FieldPanel("forward_contact")],
            heading=_("Forwarding"),
        ),
    ]
    search_fields: ClassVar[list[Any]] = [
        *BasePage.search_fields,
        index.SearchField("question", boost=2),
        index.SearchField("short_answer"),
        index.SearchField("body"),
    ]
    override_translatable_fields: ClassVar[list[Any]] = [
        *BasePage.override_translatable_fields,
        SynchronizedField("forward_to"),
        SynchronizedField("forward_contact"),
    ]

    class Meta:
        verbose_name = _("answer")

    def clean(self) -> None:
        super().clean()
        if self.forward_when and not (self.forward_to_id or self.forward_contact_id):
            raise ValidationError(
                {"forward_to": _("Say whom to forward to when forwarding is described.")}
            )
