"""Legacy import throughput: synthetic old sites imported, against Wagtail's one-by-one path.

Generates `--sites` old sites (WordPress exports, saved HTML folders and JSON manifests,
sizes skewed like real ones: a few large, many small) holding `--pages` pages in total,
with links inside and across sites and a share of near-identical pages. Imports them
with `cms.legacy.services.legacy_site_import` and prints pages/s and the process's
resident memory as the sites go by. The peer, in the same run, creates a sample of the
same pages one by one the way an editor's publish does: `add_child` +
`save_revision()` + `publish()`.

Writes to the database named by DATABASE_URL (a dedicated one: nothing is removed):

    createdb -h 127.0.0.1 -U postgres city_bench_legacy
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/city_bench_legacy \\
        .venv/bin/python manage.py migrate
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/city_bench_legacy \\
        .venv/bin/python benchmarks/legacy_import.py [--pages 100000] [--sites 300]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django

django.setup()

from django.db import connection  # noqa: E402
from wagtail.models import Locale, Page, Site  # noqa: E402

from cms.legacy.services import legacy_site_import  # noqa: E402
from cms.models import ArticlePage, HomePage, LegacySite, Organisation, SectionPage  # noqa: E402

VOCABULARY = (
    "ansökan förskola parkering bygglov avgift kommun stadsdel bibliotek öppettider "
    "skola hemtjänst avfall återvinning gata cykel buss tillstånd beslut handläggning "
    "invånare förening idrott bad park lekplats vatten el fjärrvärme kultur musik "
    "konsert utställning stöd bidrag ekonomi boende hyra lägenhet trafik snöröjning"
)
WORDS = VOCABULARY.split()
SHARED = "Boende i området kan ansöka om boendeparkering på gator med skylten boendeparkering."


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def _body(rng: random.Random, host: str, n: int, hosts: list[str]) -> str:
    paragraphs = [f"<p>{_text(rng, rng.randint(20, 60))}</p>" for _ in range(rng.randint(2, 5))]
    other = rng.choice(hosts)
    paragraphs.append(
        f'<p>Läs <a href="https://{host}/sida-{rng.randrange(max(n, 1))}/">mer här</a> och '
        f'<a href="https://{other}/sida-0/">hos grannen</a>.</p>'
    )
    if rng.random() < 0.05:  # the same "Parkering" text on many sites
        paragraphs = [f"<p>{SHARED} {SHARED}</p>"]
    return "<h2>" + _text(rng, 4) + "</h2>" + "".join(paragraphs)


def _sizes(pages: int, sites: int, rng: random.Random) -> list[int]:
    weights = [rng.paretovariate(1.5) for _ in range(sites)]
    total = sum(weights)
    sizes = [max(1, int(pages * w / total)) for w in weights]
    sizes[0] += pages - sum(sizes)
    return [max(1, s) for s in sizes]


def _write_manifest(folder: Path, host: str, n: int, rng: random.Random, hosts: list[str]) -> Path:
    rows = [
        {
            "old_url": f"https://{host}/sida-{i}/",
            "title": f"{_text(rng, 3)[:-1]} {i}",
            "body_html": _body(rng, host, n, hosts),
            "type": "news" if i % 7 == 3 else "",
            "date": "2021-03-04",
            "topics": rng.choice(WORDS),
        }
        for i in range(n)
    ]
    path = folder / f"{host}.json"
    path.write_text(json.dumps(rows, ensure_ascii=False))
    return path


def _write_wxr(folder: Path, host: str, n: int, rng: random.Random, hosts: list[str]) -> Path:
    items = []
    for i in range(n):
        kind = "post" if i % 5 == 4 else "page"
        items.append(
            f"<item><title>{_text(rng, 3)[:-1]} {i}</title><link>https://{host}/sida-{i}/</link>"
            f"<content:encoded><![CDATA[{_body(rng, host, n, hosts)}]]></content:encoded>"
            f"<wp:post_id>{i + 1}</wp:post_id><wp:post_date>2020-01-02 10:00:00</wp:post_date>"
            f"<wp:post_type>{kind}</wp:post_type><wp:status>publish</wp:status>"
            f"<wp:post_parent>0</wp:post_parent>"
            f'<category domain="category" nicename="x"><![CDATA[{rng.choice(WORDS)}]]></category>'
            "</item>"
        )
    head = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:wp="http://wordpress.org/export/1.2/"><channel>'
    )
    path = folder / f"{host}.xml"
    path.write_text(head + "".join(items) + "</channel></rss>")
    return path


def _write_html(folder: Path, host: str, n: int, rng: random.Random, hosts: list[str]) -> Path:
    root = folder / host
    for i in range(n):
        page = root / f"sida-{i}"
        page.mkdir(parents=True)
        html = (
            f'<html lang="sv"><head><meta charset="utf-8"><title>Sida {i} | {host}</title></head>'
            f"<body><header><nav><a href='/'>Start</a></nav></header><main>"
            f"<h1>{_text(rng, 3)[:-1]} {i}</h1>{_body(rng, host, n, hosts)}</main>"
            "<footer>Staden</footer></body></html>"
        )
        (page / "index.html").write_text(html)
    return root


WRITERS = {"manifest": _write_manifest, "wxr": _write_wxr, "html": _write_html}


def _rss_mib() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _tree(run: str) -> tuple[Organisation, SectionPage, SectionPage]:
    sv, _ = Locale.objects.get_or_create(language_code="sv")
    org, _ = Organisation.objects.get_or_create(
        locale=sv, slug="bench-legacy", defaults={"name": "Benchmark", "kind": "administration"}
    )
    home = HomePage.objects.filter(locale=sv).first()
    if home is None:
        home = HomePage(title="Start", slug="start", locale=sv, organisation=org)
        Page.get_first_root_node().add_child(instance=home)
        Site.objects.update_or_create(
            is_default_site=True, defaults={"hostname": "localhost", "root_page": home}
        )
    sections = []
    for name in ("import", "peer"):
        section = SectionPage(
            title=f"Bench {name} {run}", slug=f"bench-{name}-{run}", organisation=org
        )
        home.add_child(instance=section)
        sections.append(section)
    return org, sections[0], sections[1]


def _peer(parent: SectionPage, org: Organisation, count: int, rng: random.Random) -> float:
    started = time.perf_counter()
    for i in range(count):
        page = ArticlePage(
            title=f"{_text(rng, 3)[:-1]} {i}",
            slug=f"sida-{i}",
            organisation=org,
            body=[{"type": "rich_text", "value": _body(rng, "peer.example", count, ["x.example"])}],
        )
        parent.add_child(instance=page)
        page.save_revision().publish()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=100_000)
    parser.add_argument("--sites", type=int, default=300)
    parser.add_argument("--peer-pages", type=int, default=0, help="Default: 2%% of --pages.")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--allow-sqlite", action="store_true")
    args = parser.parse_args()
    if connection.vendor == "sqlite" and not args.allow_sqlite:
        sys.exit("Give DATABASE_URL of a PostgreSQL database (or --allow-sqlite).")
    rng = random.Random(args.seed)
    run = uuid.uuid4().hex[:6]
    org, target, peer_parent = _tree(run)
    sites = min(args.sites, args.pages)
    sizes = _sizes(args.pages, sites, rng)
    hosts = [f"site{i}-{run}.example.se" for i in range(sites)]
    adapters = [rng.choices(["manifest", "wxr", "html"], weights=[5, 3, 2])[0] for _ in hosts]
    peer_count = args.peer_pages or max(50, args.pages // 50)

    peer_seconds = _peer(peer_parent, org, peer_count, rng)
    peer_rate = peer_count / peer_seconds
    label = f"peer: add_child + save_revision + publish, {peer_count} pages"
    print(f"{label}: {peer_rate:8.1f} pages/s")

    imported = failed = 0
    seconds = 0.0
    memory: list[tuple[int, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for number, (host, size, adapter) in enumerate(zip(hosts, sizes, adapters, strict=True)):
            source = WRITERS[adapter](Path(tmp), host, size, rng, hosts)
            section = SectionPage(title=host, slug=host.split(".")[0], organisation=org)
            target.add_child(instance=section)  # each old site gets its own section
            site = LegacySite.objects.create(
                host=host, name=host, adapter=adapter, organisation=org, parent_page=section
            )
            started = time.perf_counter()
            summary = legacy_site_import(site=site, source=str(source))
            seconds += time.perf_counter() - started
            imported += summary.created
            failed += len(summary.failed)
            if number % max(1, sites // 10) == 0 or number == sites - 1:
                memory.append((imported, _rss_mib()))
    rate = imported / seconds
    print(f"ours: legacy_site_import, {sites} sites, {imported} pages: {rate:8.1f} pages/s")
    print(f"failed items: {failed}")
    print(f"ratio ours/peer: {rate / peer_rate:.2f}x")
    print("resident memory (pages imported: MiB): " + ", ".join(f"{n}: {m:.0f}" for n, m in memory))


if __name__ == "__main__":
    main()
