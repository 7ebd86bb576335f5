"""The contact center's figures: `GET /api/v1/contactcenter/stats/` over N logged contacts,
beside the bare SQL aggregates it runs, replayed on a raw cursor in the same run.

Writes N contacts (client id `bench`, removed at the end unless --keep) to the database
named by DATABASE_URL; refuses SQLite unless --allow-sqlite (then use a small --contacts).

    createdb -h 127.0.0.1 -U postgres city_bench_contacts
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/city_bench_contacts \\
        .venv/bin/python manage.py migrate
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/city_bench_contacts \\
        .venv/bin/python benchmarks/contact_stats.py [--contacts 1000000] [--rounds 5]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ["DEBUG"] = "false"

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

from benchmarks.seeding import CONTACT_CLIENT, seed_contacts  # noqa: E402


def seed(count: int) -> None:
    """N contacts over half a year (benchmarks.seeding), for the first 20 topics and 10
    organisations the database has, made when it has none."""
    from cms.models import Organisation, Topic
    from tests import factories

    topics = list(Topic.objects.values_list("pk", flat=True)[:20]) or [
        factories.TopicFactory().pk for _ in range(20)
    ]
    orgs = list(Organisation.objects.values_list("pk", flat=True)[:10]) or [
        factories.OrganisationFactory().pk for _ in range(10)
    ]
    seed_contacts(count, topics=topics, organisations=orgs)


def token() -> str:
    import secrets

    from oauth2_provider.models import AccessToken

    from api.oauth import api_client_create

    new = api_client_create(name="bench", grant="client-credentials", scopes=["contactcenter"])
    raw = secrets.token_urlsafe(32)
    AccessToken.objects.create(
        application=new.application,
        token=raw,
        expires=timezone.now() + dt.timedelta(hours=1),
        scope="contactcenter",
    )
    return raw


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--allow-sqlite", action="store_true")
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args()
    if connection.vendor == "sqlite" and not args.allow_sqlite:
        sys.exit("SQLite: pass --allow-sqlite (and a smaller --contacts) to run on it.")
    from contactcenter.models import Contact

    began = time.perf_counter()
    seed(args.contacts)
    print(f"seeded {args.contacts} contacts in {time.perf_counter() - began:.1f} s")
    headers = {"HTTP_AUTHORIZATION": f"Bearer {token()}", "HTTP_HOST": "localhost"}
    url = "/api/v1/contactcenter/stats/?from=2026-01-01&to=2026-06-30"
    client = Client()
    client.get(url, **headers)  # warms the reference data and the caches
    api, bare = [], []
    for _ in range(args.rounds):
        t0 = time.perf_counter()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url, **headers)
        api.append(time.perf_counter() - t0)
        assert response.status_code == 200, response.content
        statements = [q["sql"] for q in queries.captured_queries if "contactcenter_" in q["sql"]]
        t0 = time.perf_counter()
        with connection.cursor() as cursor:
            for sql in statements:
                cursor.execute(sql)
                cursor.fetchall()
        bare.append(time.perf_counter() - t0)
    a, b = statistics.median(api), statistics.median(bare)
    print(f"queries per request: {len(queries)} ({len(statements)} aggregates)")
    print(f"stats endpoint  median {a * 1000:8.1f} ms")
    print(f"bare aggregates median {b * 1000:8.1f} ms   ratio {a / b:.2f}x")
    if not args.keep:
        Contact.objects.filter(client_id=CONTACT_CLIENT).delete()  # and their tasks


if __name__ == "__main__":
    main()
