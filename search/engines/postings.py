"""Impact-ordered postings on PostgreSQL: the best matches of a common term by index scan.

A GIN index answers `search_vector @@ query` by building the bitmap of every match before
any LIMIT applies, so a term in most documents costs as much as reading them all. Beside
it, `search_posting` holds one row per lexeme of each entry's vector (the same lexemes,
so the same matches) with whether it occurs in the title and an impact: what ts_rank
gives the entry for that lexeme alone, times the entry's boost. The btree on (locale,
term, title DESC, impact DESC) yields a term's title matches first, best first, and
stops at the ranking cap whatever the term's frequency. Rows are written and removed
with the vectors, in the same transaction (see PostgresDialect.index/unindex).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from django.db import connection

from search.analysis import AnalysedQuery

# Several words are read from postings when at least one in SHARE of the rarest word's
# best SAMPLE postings match them all.
SAMPLE = 100
SHARE = 3

# ts_rank(vector, 'lexeme') * boost from the lexeme's weights alone (tsrank.c's
# calc_rank_or for one operand, default weights), so ranking reads no vector; a lexeme
# found once, the most common case, needs no subquery.
_WEIGHT = "(CASE {} WHEN 'A' THEN 1.0 WHEN 'B' THEN 0.4 WHEN 'C' THEN 0.2 ELSE 0.1 END)"
IMPACT = (
    "e.boost * CASE WHEN cardinality(u.weights) = 1 THEN "
    f"{_WEIGHT.format('u.weights[1]')} / 1.64493406685 ELSE coalesce(("
    "SELECT (max(wv) + sum(wv / (o * o)) - (array_agg(wv / (o * o) ORDER BY wv DESC, o))[1]) "
    f"/ 1.64493406685 FROM (SELECT {_WEIGHT.format('w')} AS wv, o "
    "FROM unnest(u.weights) WITH ORDINALITY AS x(w, o)) AS y), 0) END"
)


def write(ids: list[int]) -> None:
    """Postings for these entries, from the vectors just computed."""
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO search_posting (entry_id, locale, term, title, impact) "
            f"SELECT e.id, e.locale, u.lexeme, 'A' = ANY(u.weights), {IMPACT} "
            "FROM search_searchentry e, unnest(e.search_vector) AS u "
            "WHERE e.id = ANY(%s) AND e.search_vector IS NOT NULL",
            [ids],
        )


def remove(ids: list[int]) -> None:
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM search_posting WHERE entry_id = ANY(%s)", [ids])


@dataclass(frozen=True)
class Plan:
    """How a ranked search reads its candidates.

    `drivers` are lexemes whose postings hold every match (one per alternative of the
    word with the fewest postings, counted up to the cap); `exact` says each of their
    postings is a match and their impacts are its rank, so entries need not be read to
    check or rank them.
    """

    drivers: tuple[str, ...]
    exact: bool


def plan(
    query: AnalysedQuery, locale: str, config: str, cap: int, tsquery: tuple[str, list[Any]]
) -> Plan | None:
    """Postings when the query matches more than `cap` documents; None for the GIN index.

    A query whose matches fit under the cap is answered exactly by the GIN index, and so
    is one of several words where fewer than one in SHARE of the rarest word's best
    SAMPLE postings match them all (`tsquery`, SQL and parameters, is the whole query):
    their intersection is likely small, where postings would be read to the end. So is a
    prefix. The GIN index also serves filtered searches: it intersects with their
    indexes, where postings would be read until enough entries pass the filter.
    """
    if any(alt.prefix for group in query.groups for alt in group):
        return None
    groups, counts = _lexemes(query, locale, config, cap + 1)
    sizes = [sum(min(counts[x] for x in alt) for alt in alts) for alts in groups]
    if not sizes or min(sizes) <= cap:
        return None
    driving = groups[sizes.index(min(sizes))]
    drivers = tuple(sorted({min(alt, key=lambda x: (counts[x], x)) for alt in driving}))
    if len(groups) > 1 and _matching(drivers[0], locale, tsquery) * SHARE < SAMPLE:
        return None
    exact = len(groups) == 1 and all(len(alt) == 1 for alt in driving)
    return Plan(drivers=drivers, exact=exact)


def one_word(query: AnalysedQuery) -> bool:
    """A single word whose alternatives are single stems, each one token to PostgreSQL's
    parser (no compound parts, phrases or prefix).

    Its postings hold exactly its matches, each with the rank the GIN index would give
    it, so it is read from them whatever its frequency (word_candidates_sql): the lexemes
    are parsed in the same statement, and nothing need be counted first.
    """
    if len(query.groups) != 1 or not query.words[0].isalnum():
        return False
    return all(
        not alt.prefix and len(alt.stems) == 1 and alt.stems[0].isalnum() for alt in query.groups[0]
    )


def word_candidates_sql(cap: int) -> str:
    """A statement body naming a one_word query's best `cap` matches as `c(id, score)`:
    the postings of each of its lexemes in order, title matches first, merged; the score
    is the mean of the lexemes' impacts, as ts_rank ranks an OR of lexemes.

    Its parameters come from word_params.
    """
    return (
        "d AS (SELECT DISTINCT l.lexeme FROM unnest(%s::text[], %s::text[]) AS s(cfg, txt) "
        "CROSS JOIN LATERAL unnest(tsvector_to_array(to_tsvector(s.cfg::regconfig, s.txt))) "
        "AS l(lexeme)), "
        "m AS (SELECT p.id, p.title, p.impact FROM d CROSS JOIN LATERAL ("
        "SELECT p.entry_id AS id, p.title, p.impact FROM search_posting p "
        "WHERE p.locale = %s AND p.term = d.lexeme "
        f"ORDER BY p.title DESC, p.impact DESC LIMIT {cap}) AS p), "
        "c AS (SELECT id, sum(impact) / (SELECT count(*) FROM d) AS score FROM m GROUP BY id "
        f"ORDER BY bool_or(title) DESC, sum(impact) DESC, id LIMIT {cap})"
    )


def word_params(query: AnalysedQuery, locale: str, config: str) -> list[Any]:
    """The parameters of word_candidates_sql: the word's stems under `simple` and the word
    under the locale's configuration, as PostgresDialect.tsquery builds its operands."""
    texts = [_clean(alt.stems[0]) for alt in query.groups[0]] + [_clean(query.words[0])]
    configs = ["simple"] * (len(texts) - 1) + [config]
    return [configs, texts, locale]


def _matching(driver: str, locale: str, tsquery: tuple[str, list[Any]]) -> int:
    """How many of the driver's best SAMPLE postings match the whole query."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM (SELECT p.entry_id FROM search_posting p "
            "WHERE p.locale = %s AND p.term = %s "
            f"ORDER BY p.title DESC, p.impact DESC LIMIT {SAMPLE}) AS s "
            "JOIN search_searchentry e ON e.id = s.entry_id "
            f"WHERE e.search_vector @@ ({tsquery[0]})",
            [locale, driver, *tsquery[1]],
        )
        return int(cursor.fetchone()[0])


Alternatives = list[tuple[str, ...]]


def _lexemes(
    query: AnalysedQuery, locale: str, config: str, limit: int
) -> tuple[list[Alternatives], dict[str, int]]:
    """Each word's alternatives as the lexemes they require, parsed by PostgreSQL the way
    PostgresDialect.tsquery builds its operands, and how many postings each lexeme has,
    counted up to `limit` (an index-only scan)."""
    rows: list[tuple[int, int, str, str]] = []
    for g, (word, group) in enumerate(zip(query.words, query.groups, strict=False)):
        rows.append((g, len(group), config, _clean(word)))
        for a, alternative in enumerate(group):
            rows.extend((g, a, "simple", _clean(stem)) for stem in alternative.stems)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT s.g, s.a, l.lexeme, (SELECT count(*) FROM (SELECT 1 FROM search_posting p "
            "WHERE p.locale = %s AND p.term = l.lexeme LIMIT %s) AS x) "
            "FROM unnest(%s::int[], %s::int[], %s::text[], %s::text[]) AS s(g, a, cfg, txt) "
            "CROSS JOIN LATERAL unnest(tsvector_to_array(to_tsvector(s.cfg::regconfig, s.txt))) "
            "AS l(lexeme)",
            [locale, limit, *(list(column) for column in zip(*rows, strict=True))],
        )
        found: dict[tuple[int, int], set[str]] = defaultdict(set)
        counts: dict[str, int] = {}
        for g, a, lexeme, count in cursor.fetchall():
            found[g, a].add(lexeme)
            counts[lexeme] = count
    groups = [
        sorted({tuple(sorted(x)) for (g, _a), x in found.items() if g == number})
        for number in range(len(query.groups))
    ]
    return groups, counts


def candidates_sql(plan: Plan, cap: int) -> str:
    """A statement body naming the best `cap` matches as `c(id, score)`, given a CTE
    `q(query)`: each driver's postings in order, title matches first, merged. Entries
    are read only when a posting alone does not make a match.

    Its parameters come from candidate_params.
    """
    # A subquery per posting, which the planner cannot turn into a join that reads
    # every match first (it takes a tsquery for rare).
    check = (
        ""
        if plan.exact
        else " AND (SELECT e.search_vector @@ q.query FROM search_searchentry e, q "
        "WHERE e.id = p.entry_id)"
    )
    parts = [
        "(SELECT p.entry_id AS id, p.title, p.impact FROM search_posting p "
        f"WHERE p.locale = %s AND p.term = %s{check} "
        f"ORDER BY p.title DESC, p.impact DESC LIMIT {cap})"
        for _ in plan.drivers
    ]
    # ts_rank of an OR of lexemes is the mean of each lexeme's rank; a driver whose best
    # postings do not reach an entry adds nothing to it.
    return (
        f"m AS ({' UNION ALL '.join(parts)}), "
        f"c AS (SELECT id, sum(impact) / {len(plan.drivers)} AS score FROM m GROUP BY id "
        f"ORDER BY bool_or(title) DESC, sum(impact) DESC, id LIMIT {cap})"
    )


def candidate_params(plan: Plan, locale: str) -> list[Any]:
    """The parameters of candidates_sql, in order."""
    return [value for driver in plan.drivers for value in (locale, driver)]


def _clean(text: str) -> str:
    return text.replace("'", "").replace("\\", "")


def like_prefix(text: str) -> str:
    """A LIKE pattern for what starts with `text`."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
