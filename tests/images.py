"""Small image files for tests."""

from __future__ import annotations

import io
from typing import Any

from PIL import Image


def jpeg(size: tuple[int, int] = (800, 600), colour: str = "steelblue") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, format="JPEG")
    return out.getvalue()


def show_on_page(image: Any, parent: Any, *, publish: bool = True) -> Any:
    """An article using the image, with its references recorded as the worker would."""
    from wagtail.models import ReferenceIndex

    from tests import factories

    page = factories.ArticlePageFactory(parent=parent, image=image, live=publish)
    if publish:
        page.save_revision().publish()
    ReferenceIndex.create_or_update_for_object(page)
    return page
