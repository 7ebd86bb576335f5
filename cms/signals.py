"""Signal receivers: only cache invalidation lives here."""

from __future__ import annotations

from typing import Any

from django.db.models.signals import post_delete, post_save
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from cms.models import CityImage, Contact, Organisation, Topic, UnitType
from cms.versioning import content_version_bump


def _bump(**_kwargs: Any) -> None:
    content_version_bump()


def connect() -> None:
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(_bump, dispatch_uid=f"cms-content-version-{id(signal)}")
    post_delete.connect(_bump, sender=Page, dispatch_uid="cms-content-version-page-delete")
    for model in (Organisation, Topic, Contact, UnitType, CityImage, Redirect):
        for signal in (post_save, post_delete):
            signal.connect(
                _bump,
                sender=model,
                dispatch_uid=f"cms-content-version-{model.__name__}-{id(signal)}",
            )
