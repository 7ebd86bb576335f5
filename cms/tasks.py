"""Background work of the content domain. Tasks load by id and call a service."""

from __future__ import annotations

from django_tasks import task
from wagtail.models import Page, ReferenceIndex
from wagtail.search import index

from cms.services import renditions_create


@task(queue_name="default")
def create_renditions(image_id: int) -> int:
    """Render the allowlisted sizes of one image, so API reads never have to."""
    return renditions_create(image_id=image_id)


@task(queue_name="default")
def refresh_wagtail_indexes(page_ids: list[int]) -> int:
    """What Wagtail's save signals queue per page (the reference index behind usage counts
    and broken-link reports, and the admin's search), for pages written in bulk."""
    count = 0
    for page in Page.objects.filter(pk__in=page_ids).specific().iterator(chunk_size=200):
        ReferenceIndex.create_or_update_for_object(page)
        index.insert_or_update_object(page)
        count += 1
    return count
