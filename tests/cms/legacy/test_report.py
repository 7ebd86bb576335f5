"""Duplicates across old sites, the per-site report and the admin's views of both."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command

from cms.legacy.duplicates import duplicate_groups, signature, similarity
from cms.models import LegacyItem
from tests.cms.legacy.sites import write_manifest

pytestmark = pytest.mark.django_db

PARKING = (
    "<p>Boende i området kan ansöka om boendeparkering. Tillståndet gäller på gator med "
    "skylten boendeparkering och kostar 800 kronor i månaden. Ansök med e-tjänsten och "
    "ha registreringsnumret till hands. Beslut kommer inom två veckor.</p>"
)


def test_signature_finds_near_identical_texts_and_not_different_ones() -> None:
    a = signature("Boende kan ansöka om parkering. " + PARKING)
    b = signature("Boende kan ansöka om parkering! " + PARKING.replace("800", "850"))
    c = signature("Biblioteket har öppet alla dagar och lånar ut böcker, filmer och spel.")
    assert similarity(a, b) >= 0.75 > similarity(a, c)
    assert signature("") == [0] * 16


HISTORY = {
    "norr.example.se": "Norr växte fram kring varvet och hamnen under artonhundratalet.",
    "soder.example.se": "Söder har stora grönområden, en badsjö och flera idrottsplatser.",
    "vaster.example.se": "Väster är känt för sina kolonilotter och den gamla tegelfabriken.",
}


def _three_sites(tmp_path: Path, run_import: Any) -> None:
    for host, history in HISTORY.items():
        rows = [
            {"old_url": f"https://{host}/parkering/", "title": "Parkering", "body_html": PARKING},
            {
                "old_url": f"https://{host}/om/",
                "title": "Om stadsdelen",
                "body_html": f"<p>{history}</p>"
                f'<p><a href="https://{host}/finns-inte/">Gammal länk</a></p>',
            },
        ]
        run_import(host, "manifest", write_manifest(tmp_path / f"{host}.json", rows))


def test_parking_pages_of_three_sites_form_one_group(tmp_path: Path, run_import: Any) -> None:
    _three_sites(tmp_path, run_import)
    groups = duplicate_groups()
    assert len(groups) == 1
    titles = set(
        LegacyItem.objects.filter(pk__in=groups[0].item_ids).values_list("title", flat=True)
    )
    assert titles == {"Parkering"} and len(groups[0].item_ids) == 3


def test_legacy_report_prints_per_site_figures_and_duplicates_csv(
    tmp_path: Path, run_import: Any
) -> None:
    _three_sites(tmp_path, run_import)
    out = io.StringIO()
    call_command("legacy_report", stdout=out)
    lines = out.getvalue().splitlines()
    assert lines[0].split() == [
        "host",
        "status",
        "pages",
        "redirects",
        "retired",
        "failed",
        "broken_links",
        "duplicates",
    ]
    assert lines[1].split() == ["norr.example.se", "imported", "2", "2", "0", "0", "1", "1"]
    out = io.StringIO()
    call_command("legacy_report", "--host", "norr.example.se", stdout=out)
    assert "broken link on https://norr.example.se/om/: https://norr.example.se/finns-inte/" in (
        out.getvalue()
    )
    out = io.StringIO()
    call_command("legacy_report", "--duplicates", stdout=out)
    rows = out.getvalue().splitlines()
    assert rows[0] == "group,similarity,host,old_url,title,page_id"
    assert len(rows) == 4 and all(r.startswith("1,1.0,") for r in rows[1:])


def test_admin_lists_sites_items_and_duplicates_with_csv(
    tmp_path: Path, run_import: Any, admin_client: Any
) -> None:
    _three_sites(tmp_path, run_import)
    assert admin_client.get("/admin/snippets/cms/legacysite/").status_code == 200
    response = admin_client.get("/admin/snippets/cms/legacyitem/")
    assert response.status_code == 200 and "https://norr.example.se/parkering/" in response.text
    response = admin_client.get("/admin/reports/legacy-duplicates/")
    assert response.status_code == 200 and "soder.example.se" in response.text
    response = admin_client.get("/admin/reports/legacy-duplicates/?export=csv")
    body = b"".join(response.streaming_content).decode() if response.streaming else response.text
    assert response.status_code == 200 and "Old address" in body and "/parkering/" in body


def test_duplicates_report_is_refused_without_permission(
    client: Any, django_user_model: Any
) -> None:
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("redaktor", password="x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    response = client.get("/admin/reports/legacy-duplicates/")
    assert response.status_code in {302, 403}
