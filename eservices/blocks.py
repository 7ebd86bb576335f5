"""The building blocks editors make e-service forms from: steps of typed fields.

Every field has a machine name (the key in submitted data), a label, help text, whether it
is required, and an optional rule to show it only when another field has a given value.
`eservices.schema` turns a form made of these into JSON Schema and a UI schema.
"""

from __future__ import annotations

from typing import ClassVar

from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

FIELD_NAME = RegexValidator(
    r"^[a-z][a-z0-9_]{0,49}$",
    _("Lower-case letters, digits and _, starting with a letter (e.g. child_name)."),
)


class ShowWhenBlock(blocks.StructBlock):
    field = blocks.CharBlock(
        label=_("Show only when the field"),
        required=False,
        max_length=50,
        help_text=_("The machine name of another field; leave empty to always show."),
    )
    equals = blocks.CharBlock(label=_("has the value"), required=False, max_length=200)

    class Meta:
        label = _("Condition")


class FieldBlock(blocks.StructBlock):
    """What every kind of field has."""

    kind: ClassVar[str] = ""

    name = blocks.CharBlock(label=_("Machine name"), max_length=50, validators=[FIELD_NAME])
    label = blocks.CharBlock(label=_("Label"), max_length=200)
    help_text = blocks.CharBlock(label=_("Help text"), required=False, max_length=500)
    required = blocks.BooleanBlock(label=_("Required"), required=False, default=True)
    show_when = ShowWhenBlock()


class TextFieldBlock(FieldBlock):
    kind = "text"
    max_length = blocks.IntegerBlock(
        label=_("Longest answer"), default=200, min_value=1, max_value=1000
    )

    class Meta:
        icon = "pilcrow"
        label = _("Text")


class LongTextFieldBlock(FieldBlock):
    kind = "long_text"
    max_length = blocks.IntegerBlock(
        label=_("Longest answer"), default=5000, min_value=1, max_value=20000
    )

    class Meta:
        icon = "doc-full"
        label = _("Long text")


class NumberFieldBlock(FieldBlock):
    kind = "number"
    minimum = blocks.DecimalBlock(label=_("Smallest"), required=False)
    maximum = blocks.DecimalBlock(label=_("Largest"), required=False)
    whole = blocks.BooleanBlock(label=_("Whole numbers only"), required=False)

    class Meta:
        icon = "order"
        label = _("Number")


class EmailFieldBlock(FieldBlock):
    kind = "email"

    class Meta:
        icon = "mail"
        label = _("E-mail")


class PhoneFieldBlock(FieldBlock):
    kind = "phone"

    class Meta:
        icon = "mobile-alt"
        label = _("Phone")


class PersonalIdentityNumberFieldBlock(FieldBlock):
    kind = "personal_identity_number"

    class Meta:
        icon = "user"
        label = _("Personal identity number")


class DateFieldBlock(FieldBlock):
    kind = "date"

    class Meta:
        icon = "date"
        label = _("Date")


class AddressFieldBlock(FieldBlock):
    kind = "address"

    class Meta:
        icon = "home"
        label = _("Address")


class MapLocationFieldBlock(FieldBlock):
    kind = "map_location"

    class Meta:
        icon = "site"
        label = _("Place on a map")


class ChoiceFieldBlock(FieldBlock):
    kind = "choice"
    choices = blocks.ListBlock(blocks.CharBlock(max_length=200), label=_("Choices"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Choice")


class MultipleChoiceFieldBlock(FieldBlock):
    kind = "multiple_choice"
    choices = blocks.ListBlock(blocks.CharBlock(max_length=200), label=_("Choices"), min_num=1)

    class Meta:
        icon = "tasks"
        label = _("Multiple choice")


class FileUploadFieldBlock(FieldBlock):
    kind = "file_upload"
    max_files = blocks.IntegerBlock(
        label=_("At most this many files"), default=1, min_value=1, max_value=10
    )

    class Meta:
        icon = "doc-empty-inverse"
        label = _("File upload")


class ConsentFieldBlock(FieldBlock):
    kind = "consent"

    class Meta:
        icon = "tick-inverse"
        label = _("Consent")


FIELD_BLOCKS: list[tuple[str, blocks.Block]] = [
    (cls.kind, cls())
    for cls in (
        TextFieldBlock,
        LongTextFieldBlock,
        NumberFieldBlock,
        EmailFieldBlock,
        PhoneFieldBlock,
        PersonalIdentityNumberFieldBlock,
        DateFieldBlock,
        ChoiceFieldBlock,
        MultipleChoiceFieldBlock,
        AddressFieldBlock,
        MapLocationFieldBlock,
        FileUploadFieldBlock,
        ConsentFieldBlock,
    )
]


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step title"), max_length=120)
    fields = blocks.StreamBlock(FIELD_BLOCKS, label=_("Fields"), min_num=1)

    class Meta:
        icon = "form"
        label = _("Step")


class RoutingRuleBlock(blocks.StructBlock):
    """Send the case to another organisation when a field has a given value."""

    field = blocks.CharBlock(label=_("When the field"), max_length=50)
    equals = blocks.CharBlock(label=_("has the value"), max_length=200)
    organisation = SnippetChooserBlock("cms.Organisation", label=_("send it to"))

    class Meta:
        icon = "redirect"
        label = _("Routing rule")


# The statuses a case passes through (eservices.models.Case.Status), for editors' texts.
CASE_STATUSES = [
    ("received", _("Received")),
    ("in_progress", _("In progress")),
    ("waiting_for_citizen", _("Waiting for the citizen")),
    ("decided", _("Decided")),
    ("closed", _("Closed")),
]


class StatusTextBlock(blocks.StructBlock):
    """What the citizen is told while a case is in one status, and how long it lasts."""

    status = blocks.ChoiceBlock(choices=CASE_STATUSES, label=_("Status"))
    text = blocks.TextBlock(label=_("Text for the citizen"), max_length=500)
    days = blocks.IntegerBlock(
        label=_("Usually lasts (days)"), required=False, min_value=0, max_value=3650
    )

    class Meta:
        icon = "info-circle"
        label = _("Status text")
