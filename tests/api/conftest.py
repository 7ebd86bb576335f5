"""Fixtures shared by the API tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests import factories
from tests.cases import publish_form
from tests.tokens import user_token


@pytest.fixture
def article(section: Any) -> Any:
    """A published article, "Öppettider", under the Förskola section."""
    page = factories.ArticlePageFactory(parent=section, title="Öppettider", slug="oppettider")
    page.save_revision().publish()
    return page


@pytest.fixture
def citizen(client: Any, home: Any) -> dict[str, str]:
    """Headers of a signed-in citizen's token (cases:read, submissions:write), with the
    fault-report form published."""
    publish_form("felanmalan")
    user = factories.UserFactory(username="medborgare")
    token = user_token(client, user=user, scopes=["cases:read", "submissions:write"])
    return {"HTTP_AUTHORIZATION": f"Bearer {token}"}
