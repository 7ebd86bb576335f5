"""Signing a citizen in: from a verified personal identity number to their account."""

from __future__ import annotations

import hashlib
import hmac
import uuid
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.utils import timezone
from personnummer import personnummer

from identity.models import CitizenIdentity


class NotAnIdentityNumber(ValueError):
    """The e-ID or the form gave something that is not a Swedish personal identity
    (or coordination) number."""


@dataclass(frozen=True)
class VerifiedPerson:
    """A person an identity backend vouches for. `identity_number` is any accepted
    spelling; it is normalised and hashed, never stored or logged."""

    identity_number: str
    given_name: str = ""
    family_name: str = ""
    method: str = ""

    def __repr__(self) -> str:  # never print the number, even in a traceback
        return f"VerifiedPerson(method={self.method!r})"


def identity_key(identity_number: str) -> str:
    """The keyed hash (HMAC-SHA256) of the normalised 12-digit number."""
    try:
        normalised = personnummer.parse(identity_number).format(long_format=True)
    except (personnummer.PersonnummerException, TypeError, ValueError):
        raise NotAnIdentityNumber("Not a Swedish personal identity number.") from None
    key = settings.CITIZEN_IDENTITY_KEY.encode()
    return hmac.new(key, normalised.encode(), hashlib.sha256).hexdigest()


def citizen_for(person: VerifiedPerson) -> Any:
    """The person's account: found by their identity key, created at the first sign-in.
    Names are refreshed from the e-ID each time."""
    key = identity_key(person.identity_number)
    now = timezone.now()
    found = CitizenIdentity.objects.select_related("user").filter(identity_key=key).first()
    if found is None:
        try:
            with transaction.atomic():
                user = get_user_model().objects.create_user(
                    username=f"citizen-{uuid.uuid4().hex}",
                    first_name=person.given_name[:150],
                    last_name=person.family_name[:150],
                )
                found = CitizenIdentity.objects.create(
                    user=user, identity_key=key, method=person.method, last_sign_in_at=now
                )
            return found.user
        except IntegrityError:  # the same person signing in twice at once
            found = CitizenIdentity.objects.select_related("user").get(identity_key=key)
    user = found.user
    if (user.first_name, user.last_name) != (person.given_name[:150], person.family_name[:150]):
        user.first_name, user.last_name = person.given_name[:150], person.family_name[:150]
        user.save(update_fields=["first_name", "last_name"])
    CitizenIdentity.objects.filter(pk=found.pk).update(method=person.method, last_sign_in_at=now)
    return user
