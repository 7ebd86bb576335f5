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

import math
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from django.db import connection

from search.analysis import AnalysedQuery

SCAN = 20  # several words: postings are counted up to this many times the cap

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
    word with the fewest postings); `exact` says each of their postings is a match and
    their impacts are its rank, so entries need not be read to check or rank them.
    """

    drivers: tuple[str, ...]
    exact: bool


def plan(query: AnalysedQuery, locale: str, config: str, cap: int) -> Plan | None:
    """Postings when the query matches more than `cap` documents; None for the GIN index.

    A query whose matches fit under the cap is answered exactly by the GIN index, and so
    is one of several words whose intersection is likely to (estimated from each word's
    postings, counted up to SCAN times the cap, as if the words were independent), and a
    prefix. The GIN index also serves filtered searches: it intersects with their
    indexes, where postings would be read until enough entries pass the filter.
    """
    if any(alt.prefix for group in query.groups for alt in group):
        return None
    limit = cap + 1 if len(query.groups) == 1 else SCAN * cap
    groups, counts, documents = _lexemes(query, locale, config, limit)
    sizes = [sum(min(counts[x] for x in alt) for alt in alts) for alts in groups]
    if not sizes or min(sizes) <= cap:
        return None
    if len(groups) > 1 and _intersection(sizes, documents) < cap:
        return None
    driving = groups[sizes.index(min(sizes))]
    drivers = {min(alt, key=lambda x: (counts[x], x)) for alt in driving}
    exact = len(groups) == 1 and all(len(alt) == 1 for alt in driving)
    return Plan(drivers=tuple(sorted(drivers)), exact=exact)


def _intersection(sizes: list[int], documents: float) -> float:
    """How many documents hold every word, were they independent."""
    if documents <= 0:
        return 0.0
    return documents * math.prod(min(size, documents) / documents for size in sizes)


Alternatives = list[tuple[str, ...]]


def _lexemes(
    query: AnalysedQuery, locale: str, config: str, limit: int
) -> tuple[list[Alternatives], dict[str, int], float]:
    """Each word's alternatives as the lexemes they require, parsed by PostgreSQL the way
    PostgresDialect.tsquery builds its operands; how many postings each lexeme has,
    counted up to `limit` (an index-only scan); and about how many entries there are."""
    rows: list[tuple[int, int, str, str]] = []
    for g, (word, group) in enumerate(zip(query.words, query.groups, strict=False)):
        rows.append((g, len(group), config, _clean(word)))
        for a, alternative in enumerate(group):
            rows.extend((g, a, "simple", _clean(stem)) for stem in alternative.stems)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT s.g, s.a, l.lexeme, (SELECT count(*) FROM (SELECT 1 FROM search_posting p "
            "WHERE p.locale = %s AND p.term = l.lexeme LIMIT %s) AS x), "
            "(SELECT reltuples FROM pg_class WHERE oid = 'search_searchentry'::regclass) "
            "FROM unnest(%s::int[], %s::int[], %s::text[], %s::text[]) AS s(g, a, cfg, txt) "
            "CROSS JOIN LATERAL unnest(tsvector_to_array(to_tsvector(s.cfg::regconfig, s.txt))) "
            "AS l(lexeme)",
            [locale, limit, *(list(column) for column in zip(*rows, strict=True))],
        )
        found: dict[tuple[int, int], set[str]] = defaultdict(set)
        counts: dict[str, int] = {}
        documents = 0.0
        for g, a, lexeme, count, reltuples in cursor.fetchall():
            found[g, a].add(lexeme)
            counts[lexeme] = count
            documents = reltuples
    groups = [
        sorted({tuple(sorted(x)) for (g, _a), x in found.items() if g == number})
        for number in range(len(query.groups))
    ]
    return groups, counts, float(documents)


def candidates_sql(plan: Plan, cap: int) -> str:
    """A statement body naming the best `cap` matches as `c(id, score)`, given a CTE
    `q(query)`: each driver's postings in order, title matches first, merged. Entries
    are read only when a posting alone does not make a match.

    Its parameters come from candidate_params.
    """
    check = "" if plan.exact else ", search_searchentry e, q"
    where = "" if plan.exact else " AND e.id = p.entry_id AND e.search_vector @@ q.query"
    parts = [
        f"(SELECT p.entry_id AS id, p.title, p.impact FROM search_posting p{check} "
        f"WHERE p.locale = %s AND p.term = %s{where} "
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
