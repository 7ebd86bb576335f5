"""The documented shapes of the open-data exports (the rows are written by cms.opendata)."""

from __future__ import annotations

from rest_framework import serializers

from cms.models import Deletion, Organisation, UnitPage


class LicenseSerializer(serializers.Serializer):
    name = serializers.CharField(help_text="CC0 1.0.")
    url = serializers.URLField()


class SourceSerializer(serializers.Serializer):
    publisher = serializers.CharField(help_text="Who publishes the data: the city.")
    publisher_url = serializers.URLField()
    catalog = serializers.URLField(help_text="The DCAT-AP-SE catalogue describing the data.")
    dataset = serializers.URLField(
        allow_null=True, help_text="The dataset's IRI in the catalogue; null for deletions."
    )


_TIME = "RFC 3339, UTC."


def envelope(row: type[serializers.Serializer]) -> serializers.Serializer:
    """The JSON answer of an export: metadata first, then the rows."""
    name = row.__name__.removesuffix("RowSerializer") + "Export"
    fields = {
        "dataset": serializers.CharField(help_text="The export's name."),
        "license": LicenseSerializer(),
        "source": SourceSerializer(),
        "generated_at": serializers.DateTimeField(help_text="When the export began. " + _TIME),
        "updated_since": serializers.DateTimeField(
            allow_null=True, help_text="The `updated_since` asked for, if any."
        ),
        "next_updated_since": serializers.DateTimeField(
            help_text="What to pass as `updated_since` at the next sync."
        ),
        "results": row(many=True),
    }
    return type(name, (serializers.Serializer,), fields)()  # type: ignore[return-value]


class UnitRowSerializer(serializers.Serializer):
    id = serializers.IntegerField(help_text="The unit's page id.")
    translation_key = serializers.UUIDField(help_text="The same for a unit in every language.")
    locale = serializers.CharField()
    title = serializers.CharField()
    type = serializers.CharField(allow_null=True, help_text="The unit type's slug.")
    operator = serializers.ChoiceField(choices=UnitPage.Operator.values)
    organisation_id = serializers.IntegerField(help_text="In the organisations export.")
    organisation = serializers.CharField(allow_null=True, help_text="The organisation's slug.")
    street_address = serializers.CharField()
    postal_code = serializers.CharField()
    post_town = serializers.CharField()
    latitude = serializers.FloatField(help_text="WGS 84.")
    longitude = serializers.FloatField(help_text="WGS 84.")
    phone = serializers.CharField()
    email = serializers.CharField()
    path = serializers.CharField(allow_null=True, help_text="The frontend path of its page.")
    updated_at = serializers.DateTimeField(
        help_text="When the row last changed: published, moved, made public again… " + _TIME
    )


class KeyFigureRowSerializer(serializers.Serializer):
    id = serializers.IntegerField(help_text="The value's id.")
    unit_id = serializers.IntegerField(help_text="The (Swedish) unit in the units export.")
    unit_type = serializers.CharField(allow_null=True, help_text="The unit type's slug.")
    figure_id = serializers.IntegerField()
    figure = serializers.CharField(help_text="The key figure's slug.")
    name = serializers.CharField()
    year = serializers.IntegerField()
    value = serializers.FloatField()
    unit_of_measure = serializers.CharField()
    source = serializers.CharField()
    source_url = serializers.CharField()
    updated_at = serializers.DateTimeField(
        help_text="When the value, its figure or its unit last changed. " + _TIME
    )


class OrganisationRowSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    translation_key = serializers.UUIDField(help_text="The same in every language.")
    locale = serializers.CharField()
    name = serializers.CharField()
    slug = serializers.CharField()
    kind = serializers.ChoiceField(choices=Organisation.Kind.values)
    parent_id = serializers.IntegerField(allow_null=True)
    organisation_number = serializers.CharField()
    switchboard_phone = serializers.CharField()
    email = serializers.CharField()
    website = serializers.CharField()
    visiting_address = serializers.CharField()
    postal_address = serializers.CharField()
    description = serializers.CharField()
    updated_at = serializers.DateTimeField(help_text=_TIME)


class TopicRowSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    translation_key = serializers.UUIDField(help_text="The same in every language.")
    locale = serializers.CharField()
    name = serializers.CharField()
    slug = serializers.CharField()
    parent_id = serializers.IntegerField(allow_null=True, help_text="The broader topic.")
    description = serializers.CharField()
    updated_at = serializers.DateTimeField(help_text=_TIME)


class PageRowSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    translation_key = serializers.UUIDField(help_text="The same in every language.")
    locale = serializers.CharField()
    type = serializers.CharField(help_text="The page type, as in the pages API.")
    title = serializers.CharField()
    summary = serializers.CharField()
    path = serializers.CharField(allow_null=True, help_text="The frontend path.")
    organisation_id = serializers.IntegerField(allow_null=True)
    topic_ids = serializers.ListField(
        child=serializers.IntegerField(), help_text="In CSV: separated by spaces."
    )
    first_published_at = serializers.DateTimeField(allow_null=True, help_text=_TIME)
    updated_at = serializers.DateTimeField(
        allow_null=True,
        help_text="When the row last changed: published, moved, made public again… " + _TIME,
    )


class DeletionRowSerializer(serializers.Serializer):
    id = serializers.IntegerField(help_text="The tombstone's id (increasing).")
    kind = serializers.ChoiceField(choices=Deletion.Kind.values, help_text="Which export.")
    object_id = serializers.IntegerField(help_text="The removed row's `id` in that export.")
    reason = serializers.ChoiceField(choices=Deletion.Reason.values)
    deleted_at = serializers.DateTimeField(help_text=_TIME)
