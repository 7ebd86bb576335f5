"""Fixtures shared by the API tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests import factories


@pytest.fixture
def article(section: Any) -> Any:
    """A published article, "Öppettider", under the Förskola section."""
    page = factories.ArticlePageFactory(parent=section, title="Öppettider", slug="oppettider")
    page.save_revision().publish()
    return page
