"""Writes for the content domain that code (importers, demo data, API) performs."""

from __future__ import annotations

import io
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils.text import slugify
from wagtail.models import Locale
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from cms import imaging
from cms.models import CityImage
from cms.versioning import content_version_bump


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


@transaction.atomic
def translation_create(*, instance: Any, language_code: str, strings: dict[str, str]) -> bool:
    """Translate a page or snippet through wagtail-localize, as an editor would; once.

    `strings` maps source texts to their translations; a text without one keeps the
    source wording. A page's slug follows its translated title. The translation (and
    any parent pages it needs) is published after commit. Returns False when the
    instance already had a translation in that language.
    """
    locale = Locale.objects.get(language_code=language_code)
    if instance.has_translation(locale):
        return False
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    title = strings.get(getattr(instance, "title", ""), "")
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments:
        text = segment.string.data
        translated = strings.get(text)
        if translated is None and text == getattr(instance, "slug", None):
            translated = slugify(title) or None
        if translated is None:
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": translated,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            },
        )
    translation.save_target(publish=True)
    return True


def renditions_create(*, image_id: int) -> int:
    """Create every allowlisted rendition of an image that is missing; returns how many exist.

    Runs in the task worker: the API only reads renditions, it never renders one while a
    reader waits. An image deleted meanwhile has nothing to render.
    """
    image = CityImage.objects.filter(pk=image_id).first()
    if image is None:
        return 0
    specs = list(settings.CITY_IMAGE_RENDITIONS.values())
    before = image.renditions.count()
    made = len(image.get_renditions(*specs))
    if made != before:
        content_version_bump()  # readers holding the image without them must refetch
    return made
