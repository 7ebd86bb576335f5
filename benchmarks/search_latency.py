"""Search latency: the database engine's answers against the bare SQL they run.

Fills the index with a seeded set of Swedish municipal documents (keys `bench:…`; word
frequencies Zipf-like, a few rare words planted in a handful of documents), then times each
scenario two ways, interleaved over rounds: the engine call, and the SQL statements that
call ran, captured once and replayed on a raw cursor. The ratio is what the engine adds.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/city_bench \\
        .venv/bin/python benchmarks/search_latency.py [--documents 100000] [--rounds 7]
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import os
import platform
import random
import sqlite3
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
# Time as production runs: without DEBUG's per-query logging in the engine's cursors.
os.environ["DEBUG"] = "false"

import django

django.setup()

from django.db import connection, transaction  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from benchmarks.vocabulary import RARE, sentence, vocabulary, words  # noqa: E402
from search.analysis import analyse_query, split_compound  # noqa: E402
from search.documents import SearchDocument  # noqa: E402
from search.engines import get_engine  # noqa: E402
from search.engines.base import GeoFilter, SearchEngine, SearchQuery  # noqa: E402
from search.models import SearchEntry, SearchWord  # noqa: E402

PREFIX = "bench:"
PER_ROUND = 20  # calls of each scenario per round
TARGET_MS = 25.0  # p95, for any term
CENTRE = (57.70, 11.97)  # Gothenburg
RADIUS_M = 2000.0
LOCALE = "sv"


KINDS = {  # kind: (share, types)
    "page": (45, ["artikel", "nyhet", "guide", "startsida"]),
    "service": (20, ["etjanst", "blankett", "bokning"]),
    "unit": (10, ["forskola", "grundskola", "bibliotek", "badhus", "aldreboende", "vardcentral"]),
    "answer": (15, ["fraga-svar"]),
    "directory": (10, ["kontaktperson", "funktion"]),
}
ORGANISATIONS = words("""
stadsledningskontoret stadsbyggnadskontoret trafikkontoret kretslopp-och-vatten
forskoleforvaltningen grundskoleforvaltningen utbildningsforvaltningen
socialforvaltningen-centrum socialforvaltningen-hisingen aldre-samt-vard-och-omsorg
kulturforvaltningen idrotts-och-foreningsforvaltningen miljoforvaltningen
""")
TOPICS = words("""
barn-och-utbildning bygga-och-bo trafik-och-gator miljo-och-klimat kultur-och-fritid
omsorg-och-stod arbete-och-foretagande kommun-och-politik halsa-och-trygghet
natur-och-friluftsliv avfall-och-atervinning vatten-och-avlopp integration-och-sprak
ekonomi-och-bidrag evenemang turism demokrati digitala-tjanster stadsutveckling krisberedskap
""")
NAMES = words("Ekbacken Lingonet Solgläntan Blåbäret Ängen Kastanjen Fyren Eken Lärkan Björken")
DISTRICTS = words("Majorna Hisingen Frölunda Angered Linnéstaden Haga Biskopsgården Kortedala")


# --- The documents ---------------------------------------------------------------------------


@dataclass
class Corpus:
    """Seeded documents, and what they turned out to hold."""

    size: int
    seed: int
    vocabulary: list[str] = field(default_factory=list)
    document_frequency: Counter[str] = field(default_factory=Counter)
    planted: dict[str, int] = field(default_factory=dict)  # rare word -> documents
    words: int = 0
    located: int = 0
    generating: float = 0.0  # seconds spent making documents (not indexing them)


def documents(corpus: Corpus) -> Iterator[SearchDocument]:
    rng = random.Random(corpus.seed)
    corpus.vocabulary = vocabulary()
    weights = list(itertools.accumulate(1 / rank for rank in range(1, len(corpus.vocabulary) + 1)))
    rare = [w for w in RARE if not split_compound(w) and w not in corpus.vocabulary]
    planted: dict[int, list[str]] = {}
    for word in rare:
        hits = rng.sample(range(corpus.size), min(corpus.size, rng.randint(2, 8)))
        corpus.planted[word] = len(hits)
        for index in hits:
            planted.setdefault(index, []).append(word)

    def draw(n: int) -> list[str]:
        return rng.choices(corpus.vocabulary, cum_weights=weights, k=n)

    for index in range(corpus.size):
        started = time.perf_counter()
        document = _document(rng, index, draw, planted.get(index, []), corpus)
        corpus.generating += time.perf_counter() - started
        yield document


def _document(
    rng: random.Random,
    index: int,
    draw: Callable[[int], list[str]],
    rare: list[str],
    corpus: Corpus,
) -> SearchDocument:
    kind = rng.choices(list(KINDS), weights=[share for share, _ in KINDS.values()])[0]
    type_ = rng.choice(KINDS[kind][1])
    title_words = draw(rng.randint(2, 6))
    summary_words = draw(rng.randint(8, 18))
    body = [draw(rng.randint(6, 14)) for _ in range(rng.randint(2, 5))]
    if rare:
        body.append(draw(3) + rare)
    location = None
    title = sentence(rng, title_words, end="")
    if kind == "unit":
        location = (rng.gauss(CENTRE[0], 0.04), rng.gauss(CENTRE[1], 0.07))
        title = f"{type_.capitalize()} {rng.choice(NAMES)} i {rng.choice(DISTRICTS)}"
        title_words = []
        corpus.located += 1
    every = title_words + summary_words + [w for part in body for w in part]
    corpus.words += len(every)
    corpus.document_frequency.update(set(every))
    start = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
    return SearchDocument(
        key=f"{PREFIX}{index}",
        kind=kind,
        locale=LOCALE,
        title=title,
        url=f"/sv/bench/{index}",
        summary=sentence(rng, summary_words),
        body=" ".join(sentence(rng, part) for part in body),
        organisation=rng.choice(ORGANISATIONS),
        topics=tuple(rng.sample(TOPICS, rng.randint(1, 3))),
        type=type_,
        updated=start + dt.timedelta(seconds=rng.randrange(6 * 365 * 86400)),
        location=location,
        facets={"source": "benchmark"},
        boost=1.5 if kind == "service" else 1.0,
    )


def reuse_index(corpus: Corpus) -> bool:
    """Take the corpus a run with --keep left indexed, if it is this one (the same number of
    documents, the same titles in a sample of them); the corpus' figures are made as it is
    checked."""
    stored = dict(SearchEntry.objects.filter(key__startswith=PREFIX).values_list("key", "title"))
    if len(stored) != corpus.size:
        return False
    sample = {f"{PREFIX}{n}" for n in range(0, corpus.size, max(1, corpus.size // 50))}
    for document in documents(corpus):
        if document.key in sample and stored.get(document.key) != document.title:
            return False
    print(f"reused: the {corpus.size} documents a run with --keep left indexed")
    return True


def fill_index(engine: SearchEngine, corpus: Corpus) -> None:
    """Index the corpus through engine.rebuild, as `search_reindex` does, then settle it."""
    started = time.perf_counter()
    done = 0

    def progress(count: int) -> None:
        nonlocal done
        done += count
        if done % 20_000 < count or done == corpus.size:
            rate = done / (time.perf_counter() - started)
            print(f"  indexed {done:>7} / {corpus.size} ({rate:,.0f} documents/s so far)")

    engine.rebuild(documents(corpus), progress=progress)
    elapsed = time.perf_counter() - started
    indexing = elapsed - corpus.generating
    print(
        f"indexing: {corpus.size} documents in {indexing:.1f} s = "
        f"{corpus.size / indexing:,.0f} documents/s through engine.rebuild "
        f"(+{corpus.generating:.1f} s making them)"
    )
    started = time.perf_counter()
    with connection.cursor() as cursor:  # settle the table as autovacuum would
        if connection.vendor == "postgresql":
            cursor.execute("VACUUM ANALYZE search_searchentry")
            cursor.execute("VACUUM ANALYZE search_searchword")
            cursor.execute("VACUUM ANALYZE search_posting")
        else:
            cursor.execute("ANALYZE")
    print(f"vacuum/analyse: {time.perf_counter() - started:.1f} s")


# --- The scenarios ---------------------------------------------------------------------------


@dataclass
class Scenario:
    name: str
    text: str
    call: Callable[[], Any]
    term: str = ""  # the word whose document frequency the scenario is about
    statements: list[str] = field(default_factory=list)
    matches: int | None = None  # the engine's total (it stops counting at 10 000)

    def replay(self) -> None:
        replay(self.statements)


def total(engine: SearchEngine, text: str) -> int:
    return engine.search(SearchQuery(query=analyse_query(text, LOCALE), locale=LOCALE)).total


def scenarios(engine: SearchEngine, corpus: Corpus) -> list[Scenario]:
    """Terms picked from what the corpus holds: rare, ~3 % of documents, nearly all."""
    size = corpus.size
    df = corpus.document_frequency
    found = {w: total(engine, w) for w in corpus.planted}
    rare = min(found, key=lambda w: (found[w] < 1, found[w], w))
    in_band = [w for w in corpus.vocabulary if 0.01 * size <= df[w] <= 0.05 * size]
    pool = sorted(in_band or corpus.vocabulary, key=lambda w: abs(df[w] - 0.03 * size))[:12]
    common, second = sorted(pool, key=lambda w: (abs(total(engine, w) - 0.03 * size), w))[:2]
    very_common = df.most_common(1)[0][0]
    geo = GeoFilter(near=CENTRE, radius=RADIUS_M)
    cases = [
        ("rare term", rare, None),
        ("common term", common, None),
        ("very common term", very_common, None),
        ("two words", f"{common} {second}", None),
        ("geo + common term", common, geo),
    ]
    out = [_search(engine, name, text, geo) for name, text, geo in cases]
    prefix = common[:4]
    suggest = Scenario("suggest", f"{prefix}…", lambda: engine.suggest(prefix, locale=LOCALE))
    out.insert(4, suggest)
    return out


def _search(engine: SearchEngine, name: str, text: str, geo: GeoFilter | None) -> Scenario:
    query = SearchQuery(query=analyse_query(text, LOCALE), locale=LOCALE, geo=geo)
    label = f"{text} ({RADIUS_M / 1000:g} km)" if geo else text
    found = engine.search(query).total
    return Scenario(name, label, lambda: engine.search(query), text.split()[0], matches=found)


def capture(scenario: Scenario) -> None:
    for _ in range(3):  # warm caches first
        scenario.call()
    with CaptureQueriesContext(connection) as captured:
        scenario.call()
    scenario.statements = [q["sql"] for q in captured.captured_queries]


def replay(statements: list[str]) -> None:
    cursor = connection.connection.cursor()  # the driver's own cursor, no Django wrapper
    try:
        for sql in statements:
            cursor.execute(sql)
            cursor.fetchall()
    finally:
        cursor.close()


# --- Measuring -------------------------------------------------------------------------------


@dataclass
class Figures:
    p50: list[float] = field(default_factory=list)  # one per round, ms
    p95: list[float] = field(default_factory=list)

    def add(self, samples: list[float]) -> None:
        cuts = statistics.quantiles(samples, n=20, method="inclusive")
        self.p50.append(statistics.median(samples) * 1000)
        self.p95.append(cuts[18] * 1000)

    @property
    def median_p50(self) -> float:
        return statistics.median(self.p50)

    @property
    def median_p95(self) -> float:
        return statistics.median(self.p95)


def measure(cases: list[Scenario], rounds: int) -> dict[str, tuple[Figures, Figures]]:
    figures = {s.name: (Figures(), Figures()) for s in cases}
    for round_ in range(rounds):  # interleaved, so drift hits every scenario and both sides
        for scenario in cases:
            engine_ms: list[float] = []
            bare_ms: list[float] = []
            for i in range(PER_ROUND):
                sides = [(scenario.call, engine_ms), (scenario.replay, bare_ms)]
                for run, sink in sides if (round_ + i) % 2 == 0 else reversed(sides):
                    started = time.perf_counter()
                    run()
                    sink.append(time.perf_counter() - started)
            figures[scenario.name][0].add(engine_ms)
            figures[scenario.name][1].add(bare_ms)
    return figures


def statement_profile(scenario: Scenario, repeat: int = 15) -> list[float]:
    """Median ms of each captured statement replayed alone."""
    out = []
    for sql in scenario.statements:
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            replay([sql])
            times.append(time.perf_counter() - started)
        out.append(statistics.median(times) * 1000)
    return out


# --- Reporting -------------------------------------------------------------------------------


def database_version() -> str:
    if connection.vendor != "postgresql":
        return f"SQLite {sqlite3.sqlite_version}"
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        return f"PostgreSQL {cursor.fetchone()[0]}"


def print_machine() -> None:
    cpu = platform.processor() or platform.machine()
    print(
        f"machine: {os.cpu_count()} cores ({cpu}), Python {platform.python_version()}, "
        f"{database_version()}, Django {django.get_version()}"
    )


def print_dataset(corpus: Corpus) -> None:
    size = ""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_size_pretty(pg_total_relation_size('search_searchentry')), "
                "pg_size_pretty(pg_total_relation_size('search_posting'))"
            )
            table, postings = cursor.fetchone()
            size = f", table with indexes {table}, postings with indexes {postings}"
    print(
        f"dataset: {corpus.size} documents (seed {corpus.seed}), {corpus.located} units with a "
        f"location, {corpus.words / corpus.size:.0f} words per document, "
        f"{len(corpus.vocabulary)}-word Zipf vocabulary + {len(corpus.planted)} rare words{size}"
    )


def print_terms(cases: list[Scenario], corpus: Corpus) -> None:
    df = corpus.document_frequency
    for scenario in cases:
        line = f"  {scenario.name:<18} {scenario.text!r}"
        if scenario.term and scenario.matches is not None:
            line = f"{line:<52}"
            word = scenario.term
            share = df[word] or corpus.planted.get(word, 0)
            line += f" '{word}' in {share} documents ({100 * share / corpus.size:.2f} %),"
            line += f" engine total {scenario.matches}"
        print(line)


def print_table(cases: list[Scenario], figures: dict[str, tuple[Figures, Figures]]) -> None:
    head = f"{'scenario':<18} {'p50':>7} {'p95':>7} {'bare p50':>9} {'bare p95':>9}"
    print(f"{head} {'ratio':>6} {'queries':>7}  p95 < {TARGET_MS:g} ms")
    for scenario in cases:
        engine, bare = figures[scenario.name]
        p95 = engine.median_p95
        verdict = "yes" if p95 < TARGET_MS else f"NO (+{p95 - TARGET_MS:.1f} ms)"
        print(
            f"{scenario.name:<18} {engine.median_p50:>7.2f} {p95:>7.2f} {bare.median_p50:>9.2f} "
            f"{bare.median_p95:>9.2f} {engine.median_p50 / bare.median_p50:>5.2f}x "
            f"{len(scenario.statements):>7}  {verdict}"
        )


def print_profile(cases: list[Scenario]) -> None:
    print("bare SQL by statement (median ms, each replayed alone):")
    for scenario in cases:
        for number, ms in enumerate(statement_profile(scenario), start=1):
            sql = " ".join(scenario.statements[number - 1].split())
            print(f"  {scenario.name:<18} #{number} {ms:7.2f}  {sql[:60]}…")


# --- Running ---------------------------------------------------------------------------------


def refuse(args: argparse.Namespace) -> str | None:
    """Why the benchmark must not run on this database, if it must not."""
    if connection.vendor == "sqlite" and not args.allow_sqlite:
        return "DATABASE_URL names SQLite; set a PostgreSQL DATABASE_URL or pass --allow-sqlite."
    others = SearchEntry.objects.exclude(key__startswith=PREFIX).count()
    if others and not args.reset:
        return f"The index holds {others} entries that are not the benchmark's; pass --reset."
    if others:
        print(f"--reset: the {others} other entries will be removed from the index")
    return None


def clean_up(word_mark: int) -> None:
    engine = get_engine()
    keys = list(SearchEntry.objects.filter(key__startswith=PREFIX).values_list("key", flat=True))
    with transaction.atomic():
        for start in range(0, len(keys), 1000):
            engine.delete(keys[start : start + 1000])
        SearchWord.objects.filter(pk__gt=word_mark).delete()  # words first seen here
    print(f"cleaned up: {len(keys)} benchmark documents removed")


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--documents", type=int, default=100_000, help="corpus size")
    parser.add_argument("--rounds", type=int, default=7, help="interleaved rounds, >= 5")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--keep", action="store_true", help="leave the documents indexed")
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="measure the documents a run with --keep left (same --documents and --seed) "
        "instead of indexing them again",
    )
    parser.add_argument("--reset", action="store_true", help="replace a non-benchmark index")
    parser.add_argument("--allow-sqlite", action="store_true", help="run on SQLite (FTS5)")
    args = parser.parse_args(argv)
    if args.documents < 100 or args.rounds < 5:
        parser.error("--documents must be >= 100 and --rounds >= 5")
    return args


def main() -> None:
    args = parse()
    reason = refuse(args)
    if reason:
        sys.exit(f"search_latency: {reason}")
    started = time.perf_counter()
    engine = get_engine()
    corpus = Corpus(size=args.documents, seed=args.seed)
    word_mark = SearchWord.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    print_machine()
    try:
        if not (args.reuse and reuse_index(corpus)):
            corpus = Corpus(size=args.documents, seed=args.seed)
            fill_index(engine, corpus)
        print_dataset(corpus)
        cases = scenarios(engine, corpus)
        for scenario in cases:
            capture(scenario)
        print_terms(cases, corpus)
        figures = measure(cases, args.rounds)
        print(f"{args.rounds} interleaved rounds x {PER_ROUND} calls; medians over rounds, ms")
        print_table(cases, figures)
        print_profile(cases)
    finally:
        if args.keep:
            print(f"kept: the {PREFIX}… documents stay in the index")
        else:
            clean_up(word_mark)
    print(f"wall clock: {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
