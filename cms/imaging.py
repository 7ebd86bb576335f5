"""Image intake: every stored image passes through here.

Pillow's default limit lets a 100-megapixel image through with only a warning, and
re-saving an image with its EXIF block keeps GPS positions. So: the pixel limit is
lowered and its warning made an error, and every new image file is re-encoded
without metadata (orientation applied first, colour profile kept).
"""

from __future__ import annotations

import io
import warnings
from pathlib import PurePath
from typing import IO

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from PIL import Image, ImageOps

# Formats we accept and how each is written back.
_SAVE_FORMATS = {"JPEG": "JPEG", "PNG": "PNG", "GIF": "GIF", "WEBP": "WEBP"}
_EXTENSIONS = {"JPEG": "jpg", "PNG": "png", "GIF": "gif", "WEBP": "webp"}


def max_pixels() -> int:
    return int(settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS)


def harden_pillow() -> None:
    """Lower Pillow's decompression-bomb limit to ours and turn its warning into an error."""
    Image.MAX_IMAGE_PIXELS = max_pixels()
    warnings.simplefilter("error", Image.DecompressionBombWarning)


class ImageRejected(ValidationError):
    """An uploaded file that is not an image we store."""


def _open_checked(fp: IO[bytes]) -> Image.Image:
    try:
        image = Image.open(fp)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ImageRejected("The image has too many pixels.", code="image_too_large") from exc
    except Exception as exc:
        raise ImageRejected("The file is not a readable image.", code="invalid_image") from exc
    # The header's size is checked before any pixel is decoded.
    if image.width * image.height > max_pixels():
        raise ImageRejected("The image has too many pixels.", code="image_too_large")
    if image.format not in _SAVE_FORMATS:
        raise ImageRejected("This image format is not accepted.", code="invalid_format")
    return image


# Image properties that are pixels' business, not metadata; everything else in
# `Image.info` (EXIF, XMP, comments, text chunks…) is dropped before saving.
_PIXEL_INFO = frozenset({"transparency", "duration", "loop", "background", "disposal"})


def _drop_metadata(image: Image.Image) -> None:
    image.info = {k: v for k, v in image.info.items() if k in _PIXEL_INFO}
    image._exif = None  # type: ignore[attr-defined]  # Pillow's cached EXIF


def _frame_count(image: Image.Image) -> int:
    try:  # counting reads further into the file, which may be damaged there
        return int(getattr(image, "n_frames", 1))
    except Exception as exc:
        raise ImageRejected("The image could not be decoded.", code="invalid_image") from exc


def strip_metadata(fp: IO[bytes], *, name: str, still_only: bool = False) -> ContentFile:
    """Re-encode an image without EXIF, XMP or comments; refuse bombs and unknown formats.

    `still_only` refuses animations, whose every frame would be decoded (the pixel limit
    is per frame).
    """
    fp.seek(0)
    image = _open_checked(fp)
    if still_only and _frame_count(image) > 1:
        raise ImageRejected("Animated images are not accepted.", code="animated_image")
    fmt = image.format
    assert fmt is not None
    icc_profile = image.info.get("icc_profile")
    options: dict[str, object] = {"icc_profile": icc_profile} if icc_profile else {}
    try:
        out = io.BytesIO()
        if getattr(image, "is_animated", False):
            # Frames are written again; the container's metadata is not.
            _drop_metadata(image)
            image.save(out, format=_SAVE_FORMATS[fmt], save_all=True, **options)
        else:
            # exif_transpose returns a new image with the orientation applied.
            clean = ImageOps.exif_transpose(image)
            _drop_metadata(clean)
            if fmt == "JPEG":
                options.update(quality=90, optimize=True)
                if clean.mode not in {"RGB", "L", "CMYK"}:
                    clean = clean.convert("RGB")
            if "transparency" in clean.info:
                options["transparency"] = clean.info["transparency"]
            clean.save(out, format=_SAVE_FORMATS[fmt], **options)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ImageRejected("The image has too many pixels.", code="image_too_large") from exc
    except Exception as exc:  # hostile bytes make decoders fail in any way (struct.error…)
        raise ImageRejected("The image could not be decoded.", code="invalid_image") from exc
    stem = PurePath(name).stem or "image"
    result = ContentFile(out.getvalue(), name=f"{stem}.{_EXTENSIONS[fmt]}")
    result.metadata_stripped = True  # type: ignore[attr-defined]
    return result


def allowed_rendition_spec(name: str) -> str | None:
    """The filter spec for a named rendition, or None: renditions come from an allowlist only."""
    return settings.CITY_IMAGE_RENDITIONS.get(name)
