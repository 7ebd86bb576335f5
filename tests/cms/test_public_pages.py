"""What counts as public: live pages outside every view restriction, at any depth."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest
from wagtail.models import Page, PageViewRestriction

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


def test_a_very_long_public_path_is_stored_and_found(section: Any) -> None:
    # The path index must not refuse what Wagtail's own columns take (a B-tree entry would).
    page = factories.ArticlePageFactory(parent=section, title="Lång", slug="lang")
    # 8 000 characters that do not compress away below the limit.
    words = [hashlib.sha256(str(n).encode()).hexdigest() for n in range(125)]
    path = f"{section.url_path}{'-'.join(words)}/"
    Page.objects.filter(pk=page.pk).update(url_path=path)
    assert Page.objects.get(url_path=path).pk == page.pk
