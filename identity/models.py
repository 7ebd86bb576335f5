"""Who a signed-in citizen is, without keeping their personal identity number.

A citizen's account is an ordinary user with no password and no admin access. What ties
it to the person is a keyed hash of their personal identity number: the same person
signing in again, through any e-ID, finds the same account; the number itself is not
stored, and the hash cannot be reversed without the key, which lives outside the database.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class CitizenIdentity(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="citizen_identity"
    )
    identity_key = models.CharField(_("identity key"), max_length=64, unique=True, editable=False)
    method = models.CharField(_("last sign-in method"), max_length=40, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_sign_in_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("citizen identity")
        verbose_name_plural = _("citizen identities")

    def __str__(self) -> str:
        return f"citizen {self.user_id}"
