"""Writes for the content domain that code (importers, demo data, API) performs."""

from __future__ import annotations

import io
from typing import Any

from django.db import transaction

from cms import imaging
from cms.models import CityImage


@transaction.atomic
def image_create(*, title: str, data: bytes, filename: str, **fields: Any) -> CityImage:
    """Store an image from bytes.

    The bytes are checked and re-encoded before the model is built, so a bomb or a
    non-image is refused with `ImageRejected` before Django or Wagtail decode it.
    """
    clean = imaging.strip_metadata(io.BytesIO(data), name=filename)
    image = CityImage(title=title, file=clean, **fields)
    image.save()
    return image
