"""The city's image model: Wagtail's image with credit, and metadata stripped on intake."""

from __future__ import annotations

from typing import Any

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image

from cms import imaging


class CityImage(AbstractImage):
    credit = models.CharField(_("photo credit"), max_length=255, blank=True)

    admin_form_fields = (*Image.admin_form_fields, "credit")

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")

    def save(self, *args: Any, **kwargs: Any) -> None:
        # Every new file, from any path (admin, importers, demo data), is re-encoded
        # without EXIF/GPS before it reaches storage.
        file: Any = self.file  # type: ignore[has-type]  # untyped in Wagtail
        if file and not getattr(file, "_committed", True) and not _is_clean(file):
            self.file = imaging.strip_metadata(file, name=file.name or "image")
            self._set_image_file_metadata()
        super().save(*args, **kwargs)


def _is_clean(file: Any) -> bool:
    return getattr(getattr(file, "file", None), "metadata_stripped", False)


class CityRendition(AbstractRendition):
    image = models.ForeignKey(CityImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
