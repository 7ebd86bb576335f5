from typing import Any

from django.apps import AppConfig
from django.core import checks


class ContactcenterConfig(AppConfig):
    name = "contactcenter"
    verbose_name = "Contact center"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        checks.register(check_service_levels)


def check_service_levels(**_kwargs: Any) -> list[checks.CheckMessage]:
    """settings.CONTACTCENTER is read at the first contact; a bad value fails here instead."""
    from contactcenter.conf import service_levels

    try:
        service_levels.__wrapped__()
    except (ValueError, TypeError, KeyError, LookupError) as exc:
        return [checks.Error(f"settings.CONTACTCENTER is invalid: {exc}", id="contactcenter.E001")]
    return []
