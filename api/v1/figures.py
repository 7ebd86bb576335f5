"""Key figures of units: one unit's history, and 2-6 units of one type compared."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import serializers
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request
from rest_framework.response import Response

from api.base import APIBaseView
from api.errors import Problem
from api.v1.content import MAX_ID
from api.v1.units import UNIT_ID_PARAMETER, UnitTypeSerializer, found_or_404
from cms import figures

IDS_PATTERN = r"^[0-9]{1,19}(,[0-9]{1,19}){1,5}$"

# --- Output shapes ------------------------------------------------------------------------


class UnitRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    path = serializers.CharField(allow_null=True)


class KeyFigureSerializer(serializers.Serializer):
    slug = serializers.CharField()
    name = serializers.CharField()
    definition = serializers.CharField()
    unit_of_measure = serializers.CharField(help_text="For example %, kr or barn per anställd.")
    source = serializers.CharField(help_text="Who publishes the figure.")
    source_url = serializers.CharField(help_text="Where the source publishes it, or empty.")


class YearValueSerializer(serializers.Serializer):
    year = serializers.IntegerField()
    value = serializers.FloatField()


class KeyFigureHistorySerializer(KeyFigureSerializer):
    history = YearValueSerializer(many=True, help_text="Oldest year first.")


class UnitFiguresSerializer(serializers.Serializer):
    unit = UnitRefSerializer()
    type = UnitTypeSerializer(allow_null=True)
    figures = KeyFigureHistorySerializer(many=True, help_text="Every figure of the unit's type.")


class ComparisonRowSerializer(serializers.Serializer):
    year = serializers.IntegerField()
    values = serializers.ListField(
        child=serializers.FloatField(allow_null=True),
        help_text="One per unit, in the order of `units`; null where a unit has no value.",
    )


class ComparedFigureSerializer(KeyFigureSerializer):
    rows = ComparisonRowSerializer(many=True, help_text="One per year of `years`.")


class ComparisonSerializer(serializers.Serializer):
    type = UnitTypeSerializer(allow_null=True)
    units = UnitRefSerializer(many=True, help_text="In the order asked for.")
    years = serializers.ListField(
        child=serializers.IntegerField(), help_text="Every year any of the units has a value."
    )
    figures = ComparedFigureSerializer(many=True, help_text="Every figure of the units' type.")


# --- Views --------------------------------------------------------------------------------


class UnitFiguresView(APIBaseView):
    public = True  # key figures are published for citizens to compare
    pagination_class = None

    @extend_schema(
        operation_id="units_figures",
        summary="A unit's key figures over the years",
        description=(
            "Every key figure defined for the unit's type, with its definition, unit of "
            "measure and source, and the unit's value for each year there is one."
        ),
        parameters=[UNIT_ID_PARAMETER],
        responses={200: OpenApiResponse(UnitFiguresSerializer, description="The figures.")},
        tags=["units"],
    )
    def get(self, request: Request, unit_id: int, *args: Any, **kwargs: Any) -> Response:
        return found_or_404(figures.unit_figures(unit_id) if unit_id <= MAX_ID else None)


class UnitCompareView(APIBaseView):
    public = True  # key figures are published for citizens to compare
    pagination_class = None
    query_parameters = frozenset({"ids"})

    @extend_schema(
        operation_id="units_compare",
        summary="Compare 2-6 units of one type",
        description=(
            "An aligned table: the same key figures (those of the units' type) and the same "
            "years for every unit, null where a unit has no value, with each figure's "
            "definition, unit of measure and source. Units of different types are a 400 "
            "(`mixed_unit_types`), fewer than 2 or more than 6 too (`unit_count`); an id that "
            "is no published unit is a 404 (`unit_not_found`)."
        ),
        parameters=[
            OpenApiParameter(
                "ids",
                {"type": "string", "pattern": IDS_PATTERN},
                required=True,
                description="2-6 unit ids separated by commas, in the order to show them.",
            )
        ],
        responses={200: OpenApiResponse(ComparisonSerializer, description="The comparison.")},
        tags=["units"],
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        raw = request.query_params.get("ids", "")
        parts = raw.split(",") if raw else []
        if not parts or not all(p.isascii() and p.isdigit() and len(p) < 20 for p in parts):
            raise ValidationError({"ids": ["Give unit ids separated by commas, e.g. 12,15."]})
        ids = [int(p) for p in parts]
        if any(pk > MAX_ID for pk in ids):
            raise ValidationError({"ids": [f"Ids are at most {MAX_ID}."]})
        try:
            return Response(figures.units_compare(ids))
        except figures.FigureError as exc:
            status = 404 if exc.code == "unit_not_found" else 400
            raise Problem(
                str(exc), status=status, code=exc.code, title="These units cannot be compared"
            ) from None
