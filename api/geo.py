"""Places in query parameters: `near=lat,lon`, `radius` in metres and `bbox`, shared by the
views that filter on a map (search, units)."""

from __future__ import annotations

import math

from drf_spectacular.utils import OpenApiParameter
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request

from api.base import int_parameter

NUMBER = r"-?[0-9]+(\.[0-9]+)?"
MAX_RADIUS = 100_000

Point = tuple[float, float]  # lat, lon
Box = tuple[float, float, float, float]  # min_lon, min_lat, max_lon, max_lat


def numbers(request: Request, name: str, count: int, example: str) -> list[float] | None:
    """`count` finite numbers separated by commas, None when absent; else a 400."""
    raw = request.query_params.get(name)
    if raw is None:
        return None
    try:
        values = [float(part) for part in raw.split(",")]
    except ValueError:
        values = []
    if len(values) != count or not all(math.isfinite(v) for v in values):
        raise ValidationError(
            {name: [f"Give {count} numbers separated by commas, e.g. {example}."]}
        )
    return values


def geo_query(request: Request) -> tuple[Point | None, int | None, Box | None]:
    """(near, radius, bbox) as given, each None when absent; impossible values are a 400."""
    near = numbers(request, "near", 2, "57.7089,11.9746")
    bbox = numbers(request, "bbox", 4, "11.90,57.68,12.02,57.73")
    radius = int_parameter(request, "radius", low=1, high=MAX_RADIUS)
    if radius is not None and near is None:
        raise ValidationError({"radius": ["Give `near` with `radius`."]})
    if near is not None and not (-90 <= near[0] <= 90 and -180 <= near[1] <= 180):
        raise ValidationError({"near": ["Latitude is -90..90 and longitude -180..180."]})
    if bbox is not None:
        min_lon, min_lat, max_lon, max_lat = bbox
        inside = -180 <= min_lon < max_lon <= 180 and -90 <= min_lat < max_lat <= 90
        if not inside:
            raise ValidationError({"bbox": ["min_lon,min_lat,max_lon,max_lat with min < max."]})
    return (
        (near[0], near[1]) if near else None,
        radius,
        (bbox[0], bbox[1], bbox[2], bbox[3]) if bbox else None,
    )


def geo_parameters(*, near: str, radius: str, bbox: str) -> list[OpenApiParameter]:
    """The contract's `near`, `radius` and `bbox`, with what each does for the view."""
    return [
        OpenApiParameter(
            "near", {"type": "string", "pattern": f"^{NUMBER},{NUMBER}$"}, description=near
        ),
        OpenApiParameter(
            "radius",
            {"type": "integer", "minimum": 1, "maximum": MAX_RADIUS},
            description=radius,
        ),
        OpenApiParameter(
            "bbox",
            {"type": "string", "pattern": f"^{NUMBER},{NUMBER},{NUMBER},{NUMBER}$"},
            description=bbox,
        ),
    ]
