"""What counts as public: live pages outside every view restriction, at any depth."""

from __future__ import annotations

from typing import Any

import pytest
from wagtail.models import PageViewRestriction

from cms.directory import directory
from cms.selectors import public_pages
from tests import factories

pytestmark = pytest.mark.django_db


def test_restrictions_at_several_depths_hide_exactly_their_subtrees(section: Any) -> None:
    staff = factories.SectionPageFactory(parent=section, title="Personal", slug="personal")
    inside = factories.ArticlePageFactory(parent=staff, title="Lönesamtal", slug="lon")
    open_section = factories.SectionPageFactory(parent=section, title="Bad", slug="bad")
    hidden = factories.ArticlePageFactory(parent=open_section, title="Intern", slug="intern")
    beside = factories.ArticlePageFactory(parent=open_section, title="Öppettider", slug="tider")
    # A sibling whose path starts like the restricted one's but is not below it.
    after = factories.SectionPageFactory(parent=section, title="Parker", slug="parker")
    for page in (staff, hidden):
        PageViewRestriction.objects.create(page=page, restriction_type="login")
    assert len({len(page.path) for page in (staff, hidden)}) == 2  # two prefix lengths

    public = set(public_pages(directory()).values_list("pk", flat=True))

    assert {section.pk, open_section.pk, beside.pk, after.pk} <= public
    assert not {staff.pk, inside.pk, hidden.pk} & public
    d = directory()
    assert [d.is_public_path(p.path) for p in (inside, hidden, beside)] == [False, False, True]
