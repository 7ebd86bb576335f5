"""Signal receivers: cache invalidation, and renditions for images saved outside our services."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models import Model
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import Signal
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from cms.models import CityImage, Contact, KeyFigure, Organisation, Topic, UnitFigure, UnitType
from cms.versioning import content_version_bump

# Sent after a bulk write of published pages commits (the legacy import's batches), with
# `pages`: page_published is not sent for each of them.
pages_published_in_bulk = Signal()


def _bump(**_kwargs: Any) -> None:
    content_version_bump()


def _renditions_after_upload(sender: Any, instance: CityImage, **_kwargs: Any) -> None:
    # Wagtail's upload views save the image themselves; the renditions follow as a task.
    from cms.tasks import create_renditions

    image_id = instance.pk
    transaction.on_commit(lambda: create_renditions.enqueue(image_id))


def connect() -> None:
    post_save.connect(
        _renditions_after_upload, sender=CityImage, dispatch_uid="cms-renditions-after-upload"
    )
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(_bump, dispatch_uid=f"cms-content-version-{id(signal)}")
    post_delete.connect(_bump, sender=Page, dispatch_uid="cms-content-version-page-delete")
    m2m_changed.connect(
        _bump,
        sender=PageViewRestriction.groups.through,
        dispatch_uid="cms-content-version-restriction-groups",
    )
    # Sites and locales change public paths; the rest is shown on pages.
    bumped: tuple[type[Model], ...] = (Organisation, Topic, Contact, UnitType, CityImage)
    bumped += (Redirect, PageViewRestriction, KeyFigure, UnitFigure)
    for model in (*bumped, Site, Locale):
        for signal in (post_save, post_delete):
            signal.connect(
                _bump,
                sender=model,
                dispatch_uid=f"cms-content-version-{model.__name__}-{id(signal)}",
            )
