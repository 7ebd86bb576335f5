"""The admin's image form. Apart from cms/forms.py, which models import: Wagtail's image
forms need the models loaded."""

from __future__ import annotations

from struct import error as struct_error
from typing import Any

from django.utils.translation import gettext_lazy as _
from PIL import Image
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from cms import imaging


class CityImageField(WagtailImageField):
    """Wagtail's image field; an image that fails to decode while it is measured
    (a truncated JPEG) is an error on the field, not a server error."""

    def check_image_pixel_size(self, f: Any) -> None:
        try:
            super().check_image_pixel_size(f)
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise imaging.ImageRejected(
                "The image has too many pixels.", code="image_too_large"
            ) from exc
        except (OSError, ValueError, SyntaxError, struct_error) as exc:
            raise imaging.ImageRejected(
                "The image could not be decoded.", code="invalid_image"
            ) from exc


class CityImageForm(BaseImageForm):
    """The admin's image form (single and multiple upload): a new file is re-encoded here,
    so an image that cannot be decoded is an error on the form, never a failed save."""

    file = CityImageField(label=_("File"), widget=BaseImageForm.Meta.widgets["file"])

    def clean_file(self) -> Any:
        file = self.cleaned_data.get("file")
        if file is None or file is self.original_file or getattr(file, "_committed", False):
            return file
        clean = imaging.strip_metadata(file, name=file.name or "image")  # ImageRejected
        clean.image = getattr(file, "image", None)  # type: ignore[attr-defined]
        return clean
