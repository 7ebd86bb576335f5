"""Small image files for tests."""

from __future__ import annotations

import io

from PIL import Image


def jpeg(size: tuple[int, int] = (800, 600), colour: str = "steelblue") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, format="JPEG")
    return out.getvalue()
