"""A single counter of published-content changes, for cheap HTTP revalidation."""

from __future__ import annotations

from django.db import models
from django.utils import timezone


class ContentVersion(models.Model):
    """One row, bumped whenever anything a public reader sees changes."""

    version = models.PositiveBigIntegerField(default=0)
    changed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "content version"

    def __str__(self) -> str:
        return f"Content version {self.version}"
