"""What the API keeps of its own: the scopes each OAuth2 client was registered for."""

from __future__ import annotations

from django.db import models
from oauth2_provider.settings import APPLICATION_MODEL


class ApiClientScopes(models.Model):
    """The scopes a client may be issued; a client without this row gets none."""

    application = models.OneToOneField(
        APPLICATION_MODEL,
        on_delete=models.CASCADE,
        related_name="registered_scopes",
    )
    scopes = models.JSONField(default=list)
    # Whose cases a back-office client with cases:manage handles; none: no case at all.
    organisations = models.ManyToManyField("cms.Organisation", blank=True, related_name="+")

    class Meta:
        verbose_name = "API client scopes"
        verbose_name_plural = "API client scopes"

    def __str__(self) -> str:
        return f"{self.application_id}: {' '.join(self.scopes)}"
