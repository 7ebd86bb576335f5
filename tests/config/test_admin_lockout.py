"""Password sign-in at /admin/login/ is locked per username and address after
AXES_FAILURE_LIMIT failures (django-axes), even with the right password."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth import SESSION_KEY

from tests import factories

pytestmark = pytest.mark.django_db

PASSWORD = "rätt-lösenord-123"


@pytest.fixture
def editor() -> Any:
    user = factories.UserFactory(username="redaktor", is_staff=True, is_superuser=True)
    user.set_password(PASSWORD)
    user.save()
    return user


def sign_in(
    client: Any, password: str, *, username: str = "redaktor", address: str = "10.0.0.1"
) -> Any:
    return client.post(
        "/admin/login/", {"username": username, "password": password}, REMOTE_ADDR=address
    )


def test_the_right_password_signs_in(client: Any, editor: Any) -> None:
    assert sign_in(client, PASSWORD).status_code == 302
    assert client.session[SESSION_KEY] == str(editor.pk)


def test_wrong_passwords_then_the_right_one_is_refused(
    client: Any, editor: Any, settings: Any
) -> None:
    statuses = [sign_in(client, "fel").status_code for _ in range(settings.AXES_FAILURE_LIMIT)]
    assert statuses == [200] * (settings.AXES_FAILURE_LIMIT - 1) + [429]  # the last one locks

    locked = sign_in(client, PASSWORD)

    assert locked.status_code == 429
    assert int(locked["Retry-After"]) == settings.AXES_COOLOFF_TIME * 3600
    page = locked.content.decode()
    assert "För många misslyckade inloggningar" in page
    assert "Too many failed sign-ins" in page
    assert SESSION_KEY not in client.session
    # Keyed by username and address: the same account from another address still signs in.
    assert sign_in(client, PASSWORD, address="10.0.0.2").status_code == 302


def test_the_locked_page_shows_the_typed_username_as_text(client: Any, editor: Any) -> None:
    for _ in range(5):
        locked = sign_in(client, "fel", username="<b>redaktor</b>")
    assert locked.status_code == 429
    assert "&lt;b&gt;redaktor&lt;/b&gt;" in locked.content.decode()


def test_fewer_failures_than_the_limit_do_not_lock(client: Any, editor: Any, settings: Any) -> None:
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        sign_in(client, "fel")
    assert sign_in(client, PASSWORD).status_code == 302


def test_a_sign_in_made_in_code_has_no_address(client: Any, editor: Any) -> None:
    """Django's test client and management code sign in with a request that has no address:
    it is stored as none (PostgreSQL's address column refuses the text "None")."""
    client.force_login(editor)
    assert client.get("/admin/").status_code == 200


def test_failed_sign_ins_without_a_username_are_not_counted(settings: Any) -> None:
    """An e-ID sign-in carries no username: failures at the broker never lock an address."""
    from axes.models import AccessAttempt
    from django.contrib.auth import authenticate
    from django.test import RequestFactory

    for _ in range(settings.AXES_FAILURE_LIMIT + 1):
        request = RequestFactory().get("/login/callback/", REMOTE_ADDR="10.0.0.1")
        assert authenticate(request, code="ogiltig", nonce="n") is None

    assert AccessAttempt.objects.count() == 0
