"""StreamField blocks for body content, shared by every page type."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    level = blocks.ChoiceBlock(
        choices=[("h2", "H2"), ("h3", "H3"), ("h4", "H4")], default="h2", label=_("Level")
    )

    class Meta:
        icon = "title"
        label = _("Heading")


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")


class LinkBlock(blocks.StructBlock):
    """A link to a page in the tree or to an external address: exactly one of the two."""

    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("External address"), required=False)
    text = blocks.CharBlock(label=_("Link text"), max_length=80)

    def clean(self, value: Any) -> Any:
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = _("Choose a page or enter an external address, not both.")
            raise StructBlockValidationError(
                block_errors={"page": ErrorList([ValidationError(message)])}
            )
        return value

    class Meta:
        icon = "link"
        label = _("Link")


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False, max_length=300)
    link = LinkBlock()

    class Meta:
        icon = "pick"
        label = _("Call to action")


class FactBoxBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    body = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "info-circle"
        label = _("Fact box")


class AccordionItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question or heading"), max_length=200)
    answer = blocks.RichTextBlock(label=_("Answer"), features=RICH_TEXT_FEATURES)


class AccordionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    items = blocks.ListBlock(AccordionItemBlock(), min_num=1, label=_("Items"))

    class Meta:
        icon = "list-ul"
        label = _("Accordion (FAQ)")


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("Video address"))
    title = blocks.CharBlock(
        label=_("Title"), max_length=200, help_text=_("Read out by screen readers.")
    )
    transcript = blocks.TextBlock(label=_("Transcript"), required=False)

    class Meta:
        icon = "media"
        label = _("Video")


class TableWithCaptionBlock(blocks.StructBlock):
    caption = blocks.CharBlock(label=_("Caption"), max_length=200)
    table = TableBlock(label=_("Table"))

    class Meta:
        icon = "table"
        label = _("Table")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"), max_length=600)
    attribution = blocks.CharBlock(label=_("Who said it"), required=False, max_length=120)

    class Meta:
        icon = "openquote"
        label = _("Quote")


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"), required=False, max_length=200, help_text=_("Defaults to the title.")
    )

    class Meta:
        icon = "doc-full"
        label = _("Document")


class BodyBlock(blocks.StreamBlock):
    rich_text = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)
    heading = HeadingBlock()
    image = ImageBlock()
    call_to_action = CallToActionBlock()
    fact_box = FactBoxBlock()
    accordion = AccordionBlock()
    contact_card = SnippetChooserBlock("cms.Contact", label=_("Contact card"), icon="user")
    video = VideoBlock()
    table = TableWithCaptionBlock()
    quote = QuoteBlock()
    document = DocumentLinkBlock()


WEEKDAYS = [
    ("mon", _("Monday")),
    ("tue", _("Tuesday")),
    ("wed", _("Wednesday")),
    ("thu", _("Thursday")),
    ("fri", _("Friday")),
    ("sat", _("Saturday")),
    ("sun", _("Sunday")),
]


OVERNIGHT_HELP = _("A time earlier than opening closes on the next day.")


class _HoursMixin:
    def _check_times(self, value: Any, *, required: bool) -> None:
        opens, closes = value.get("opens"), value.get("closes")
        if required and (opens is None or closes is None):
            raise StructBlockValidationError(
                block_errors={"opens": ErrorList([ValidationError(_("Enter both times."))])}
            )
        # Closing earlier than opening is overnight: it closes the next day.
        if opens is not None and closes is not None and closes == opens:
            raise StructBlockValidationError(
                block_errors={
                    "closes": ErrorList([ValidationError(_("Closing must differ from opening."))])
                }
            )


class RegularHoursBlock(_HoursMixin, blocks.StructBlock):
    weekdays = blocks.MultipleChoiceBlock(choices=WEEKDAYS, label=_("Days"))
    opens = blocks.TimeBlock(label=_("Opens"))
    closes = blocks.TimeBlock(label=_("Closes"), help_text=OVERNIGHT_HELP)

    def clean(self, value: Any) -> Any:
        value = super().clean(value)
        self._check_times(value, required=True)
        return value

    class Meta:
        icon = "time"
        label = _("Regular hours")


class ExceptionHoursBlock(_HoursMixin, blocks.StructBlock):
    """A holiday or other day with different hours; closed when no times are given."""

    date = blocks.DateBlock(label=_("Date"))
    opens = blocks.TimeBlock(label=_("Opens"), required=False)
    closes = blocks.TimeBlock(label=_("Closes"), required=False, help_text=OVERNIGHT_HELP)
    note = blocks.CharBlock(label=_("Note"), required=False, max_length=120)

    def clean(self, value: Any) -> Any:
        value = super().clean(value)
        self._check_times(value, required=value.get("opens") is not None)
        return value

    class Meta:
        icon = "date"
        label = _("Exception")


class OpeningHoursBlock(blocks.StreamBlock):
    regular = RegularHoursBlock()
    exception = ExceptionHoursBlock()


ACCESSIBILITY_FACTS = [
    ("step_free_entrance", _("Step-free entrance")),
    ("accessible_toilet", _("Accessible toilet")),
    ("hearing_loop", _("Hearing loop")),
    ("accessible_parking", _("Accessible parking")),
    ("lift", _("Lift to all floors")),
    ("tactile_guidance", _("Tactile guidance")),
    ("automatic_doors", _("Automatic doors")),
]


class AccessibilityFactBlock(blocks.StructBlock):
    fact = blocks.ChoiceBlock(choices=ACCESSIBILITY_FACTS, label=_("Fact"))
    note = blocks.CharBlock(label=_("Note"), required=False, max_length=200)

    class Meta:
        icon = "pick"
        label = _("Accessibility")
