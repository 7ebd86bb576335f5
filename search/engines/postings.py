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

# ts_rank(vector, 'lexeme') * boost from the lexeme's weights alone (tsrank.c's
# calc_rank_or for one operand, default weights), so ranking reads no vector.
IMPACT = (
    "e.boost * (SELECT (max(wv) + sum(wv / (o * o)) - (array_agg(wv / (o * o) "
    "ORDER BY wv DESC, o))[1]) / 1.64493406685 FROM (SELECT CASE w WHEN 'A' THEN 1.0 "
    "WHEN 'B' THEN 0.4 WHEN 'C' THEN 0.2 ELSE 0.1 END AS wv, o "
    "FROM unnest(u.weights) WITH ORDINALITY AS x(w, o)) AS y)"
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
    rarest word); `exact` says each of their postings is a match, so no other check
    is needed.
    """

    drivers: tuple[str, ...]
    exact: bool


def plan(query: AnalysedQuery, locale: str, config: str, cap: int) -> Plan | None:
    """Postings when one word matches more than `cap` documents; None for the GIN index.

    Queries whose matches all fit under the cap are answered exactly by the GIN index,
    as are queries of several words (their intersection is usually small) and prefixes.
    """
    if len(query.groups) != 1 or any(alt.prefix for alt in query.groups[0]):
        return None
    counts: dict[str, int] = {}
    alternatives = _lexemes(query, locale, config, cap, counts)
    if sum(min(counts[x] for x in lexemes) for lexemes in alternatives) <= cap:
        return None
    drivers = {min(lexemes, key=lambda x: (counts[x], x)) for lexemes in alternatives}
    exact = all(len(lexemes) == 1 for lexemes in alternatives)
    return Plan(drivers=tuple(sorted(drivers)), exact=exact)


def _lexemes(
    query: AnalysedQuery, locale: str, config: str, cap: int, counts: dict[str, int]
) -> list[tuple[str, ...]]:
    """The lexemes each alternative of the only word requires, as PostgreSQL parses them
    (the same way PostgresDialect.tsquery builds its operands); `counts` receives how
    many postings each has, counted up to cap + 1 (an index-only scan)."""
    rows: list[tuple[int, str, str]] = [(len(query.groups[0]), config, _clean(query.words[0]))]
    for number, alternative in enumerate(query.groups[0]):
        rows.extend((number, "simple", _clean(stem)) for stem in alternative.stems)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT s.n, l.lexeme, (SELECT count(*) FROM (SELECT 1 FROM search_posting p "
            "WHERE p.locale = %s AND p.term = l.lexeme LIMIT %s) AS x) "
            "FROM unnest(%s::int[], %s::text[], %s::text[]) AS s(n, cfg, txt) "
            "CROSS JOIN LATERAL unnest(tsvector_to_array(to_tsvector(s.cfg::regconfig, s.txt))) "
            "AS l(lexeme)",
            [locale, cap + 1, [r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows]],
        )
        found: dict[int, set[str]] = defaultdict(set)
        for number, lexeme, count in cursor.fetchall():
            found[number].add(lexeme)
            counts[lexeme] = count
    return sorted({tuple(sorted(lexemes)) for lexemes in found.values() if lexemes})


def candidates_sql(plan: Plan, where: str, cap: int) -> str:
    """A statement body naming the best `cap` matches as `c(id, score)`, given a CTE
    `q(query)`: each driver's postings in order, title matches first, merged. Entries
    are read only to apply filters (`where`, on `e`) or check the whole query.

    Its parameters come from candidate_params.
    """
    conditions = ([where] if where else []) + ([] if plan.exact else ["e.search_vector @@ q.query"])
    join = " JOIN search_searchentry e ON e.id = p.entry_id, q" if conditions else ""
    extra = "".join(f" AND {condition}" for condition in conditions)
    parts = [
        f"(SELECT p.entry_id AS id, p.title, p.impact FROM search_posting p{join} "
        f"WHERE p.locale = %s AND p.term = %s{extra} "
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


def candidate_params(plan: Plan, locale: str, where_params: list[Any]) -> list[Any]:
    """The parameters of candidates_sql, in order."""
    out: list[Any] = []
    for driver in plan.drivers:
        out.extend([locale, driver, *where_params])
    return out


def _clean(text: str) -> str:
    return text.replace("'", "").replace("\\", "")


def like_prefix(text: str) -> str:
    """A LIKE pattern for what starts with `text`."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
