"""The SQL of the database engine, one dialect per database: FTS5 on SQLite, tsvector and
pg_trgm on PostgreSQL. Statements are built from constants and %s placeholders only."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from django.db import connection

from search import analysis
from search.analysis import AnalysedQuery
from search.engines import postings
from search.engines.base import RANK_CAP
from search.models import SearchWord

SUGGEST_POOL = 200  # titles ordered for a suggestion, at most
PG_CONFIGS = {"sv": "swedish", "en": "english", "fi": "finnish"}


@dataclass(slots=True)
class Candidate:
    id: int
    key: str
    score: float
    kind: str
    organisation: str
    type: str
    topics: str
    latitude: float | None
    longitude: float | None
    distance: float | None = None
    # The rest of the entry (ENTRY_COLUMNS) when the dialect read it with the ranking.
    entry: tuple[Any, ...] | None = None


# --- Dialects ------------------------------------------------------------------------------


class Dialect:
    def index(self, ids: list[int]) -> None: ...

    def unindex(self, ids: list[int]) -> None: ...

    def ranked(
        self,
        query: AnalysedQuery,
        locale: str,
        where: str,
        params: list[Any],
        *,
        whole: tuple[int, int] = (0, 0),
    ) -> list[Candidate]:
        """At most RANK_CAP matches in `locale`, best first; `where` holds the other
        filters as conditions on the entry table `e` ("" for none).

        Candidates ranked after `whole[0]` and up to `whole[1]` (counting from 1) may
        come with the rest of their entry (Candidate.entry), read in the same statement;
        the engine reads the entries of those that do not.
        """
        raise NotImplementedError

    def suggest(self, typed: list[str], locale: str, limit: int) -> list[tuple[str, str, str, str]]:
        raise NotImplementedError

    def near_words(self, word: str, locale: str, limit: int) -> list[str]:
        raise NotImplementedError


_CANDIDATE_COLUMNS = (
    "e.id, e.key, e.kind, e.organisation, e.type, e.topics, e.latitude, e.longitude"
)
# What a hit shows besides the candidate's columns, in Candidate.entry.
ENTRY_COLUMNS = ("title", "url", "summary", "body", "updated", "facets", "boost")


def _candidates(rows: Iterable[Sequence[Any]]) -> list[Candidate]:
    """Candidates from rows of _CANDIDATE_COLUMNS, a score and, where read, the
    ENTRY_COLUMNS (positional: a thousand rows are made for every search)."""
    return [
        Candidate(
            r[0],
            r[1],
            float(r[8]),
            r[2],
            r[3],
            r[4],
            r[5],
            r[6],
            r[7],
            None,
            tuple(r[9:]) if len(r) > 9 and r[9] is not None else None,
        )
        for r in rows
    ]


def _ranked_select(score: str, whole: tuple[int, int]) -> tuple[str, str]:
    """The select list and order of a ranked statement over the entry table `e`, with
    the ENTRY_COLUMNS of the candidates ranked in `whole` (NULL for the others; a title
    is never NULL). The window's order is the statement's, so both take one sort."""
    low, high = (int(n) for n in whole)
    in_window = f"row_number() OVER w BETWEEN {low + 1} AND {high}"
    entry = ", ".join(f"CASE WHEN {in_window} THEN e.{c} END" for c in ENTRY_COLUMNS)
    return (
        f"SELECT {_CANDIDATE_COLUMNS}, {score} AS score, {entry}",
        f"WINDOW w AS (ORDER BY {score} DESC, e.title, e.key) ORDER BY score DESC, e.title, e.key",
    )


class SqliteDialect(Dialect):
    """FTS5 over the analysed terms."""

    def index(self, ids: list[int]) -> None:
        with connection.cursor() as cursor:
            cursor.execute(
                "INSERT INTO search_fts(rowid, title_terms, text_terms) SELECT id, title_terms, "
                f"text_terms FROM search_searchentry WHERE id IN ({_marks(ids)})",
                ids,
            )

    def unindex(self, ids: list[int]) -> None:
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM search_fts WHERE rowid IN ({_marks(ids)})", ids)

    @staticmethod
    def match(query: AnalysedQuery) -> str:
        def term(stem: str, prefix: bool) -> str:
            return '"' + stem.replace('"', "") + '"' + ("*" if prefix else "")

        groups = []
        for group in query.groups:
            alternatives = [
                "(" + " AND ".join(term(s, alt.prefix) for s in alt.stems) + ")" for alt in group
            ]
            groups.append("(" + " OR ".join(alternatives) + ")")
        return " AND ".join(groups)

    def ranked(
        self,
        query: AnalysedQuery,
        locale: str,
        where: str,
        params: list[Any],
        *,
        whole: tuple[int, int] = (0, 0),
    ) -> list[Candidate]:
        # Entries are read apart: on SQLite a statement costs no round trip.
        if not query.groups:
            return []
        sql = (
            f"SELECT {_CANDIDATE_COLUMNS}, -bm25(search_fts, 10.0, 1.0) * e.boost AS score "
            "FROM search_fts JOIN search_searchentry e ON e.id = search_fts.rowid "
            f"WHERE search_fts MATCH %s AND e.locale = %s{_and(where)} "
            f"ORDER BY score DESC, e.title, e.key LIMIT {RANK_CAP}"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [self.match(query), locale, *params])
            return _candidates(cursor.fetchall())

    def suggest(self, typed: list[str], locale: str, limit: int) -> list[tuple[str, str, str, str]]:
        stems = [analysis.stem(w, locale) for w in typed[:-1]] + [typed[-1]]
        match = " AND ".join(
            f'title_terms : "{s.replace(chr(34), "")}"' + ("*" if i == len(stems) - 1 else "")
            for i, s in enumerate(stems)
        )
        sql = (
            "SELECT e.key, e.title, e.kind, e.url FROM search_fts "
            "JOIN search_searchentry e ON e.id = search_fts.rowid "
            "WHERE search_fts MATCH %s AND e.locale = %s "
            "ORDER BY -bm25(search_fts, 10.0, 1.0) * e.boost DESC, length(e.title), e.title "
            "LIMIT %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [match, locale, limit])
            return list(cursor.fetchall())

    def near_words(self, word: str, locale: str, limit: int) -> list[str]:
        if len(word) < 3:
            return []
        first = {word[0], analysis.fold(word[0])}
        candidates = SearchWord.objects.filter(
            locale=locale,
            word__regex=r"^[" + "".join(first) + r"]",
        ).values_list("word", flat=True)
        pool = [w for w in candidates if abs(len(w) - len(word)) <= 2]
        folded = {analysis.fold(w): w for w in pool}
        close = difflib.get_close_matches(analysis.fold(word), list(folded), n=limit, cutoff=0.75)
        return [folded[w] for w in close]


def _and(where: str) -> str:
    """`where` as a further condition, if there is one."""
    return f" AND {where}" if where else ""


def _marks(values: Sequence[Any]) -> str:
    return ", ".join(["%s"] * len(values))


class PostgresDialect(Dialect):
    """tsvector with the locale's configuration plus the analysed terms; pg_trgm."""

    VECTOR = (
        "setweight(to_tsvector(e.config, e.title), 'A') || "
        "setweight(to_tsvector('simple', e.title_terms), 'A') || "
        "setweight(to_tsvector(e.config, e.summary), 'B') || "
        "setweight(to_tsvector(e.config, left(e.body, 100000)), 'C') || "
        "setweight(to_tsvector('simple', e.text_terms), 'C')"
    )

    def index(self, ids: list[int]) -> None:
        configs = " ".join(f"WHEN '{code}' THEN '{name}'" for code, name in PG_CONFIGS.items())
        sql = (
            "UPDATE search_searchentry AS t SET search_vector = v.vector FROM ("
            f"SELECT e.id, {self.VECTOR} AS vector FROM (SELECT s.*, "
            f"(CASE s.locale {configs} ELSE 'simple' END)::regconfig AS config "
            "FROM search_searchentry s WHERE s.id = ANY(%s)) e) v WHERE t.id = v.id"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [ids])
        postings.write(ids)

    def unindex(self, ids: list[int]) -> None:
        postings.remove(ids)

    @staticmethod
    def tsquery(query: AnalysedQuery, locale: str, *, weight: str = "") -> tuple[str, list[Any]]:
        """A tsquery: each word's analysed alternatives (simple), or the word under the
        locale's own configuration; all words required. `weight="A"` matches titles only."""
        config = PG_CONFIGS.get(locale, "simple")
        parts, params = [], []
        for word, group in zip(query.words, query.groups, strict=False):
            alternatives = " | ".join(
                "(" + " & ".join(_term(stem, alt.prefix, weight) for stem in alt.stems) + ")"
                for alt in group
            )
            parts.append(f"(to_tsquery('simple', %s) || to_tsquery('{config}', %s))")
            params.extend([alternatives, _term(word, False, weight)])
        return " && ".join(parts) or "''::tsquery", params

    def ranked(
        self,
        query: AnalysedQuery,
        locale: str,
        where: str,
        params: list[Any],
        *,
        whole: tuple[int, int] = (0, 0),
    ) -> list[Candidate]:
        """Ranks at most RANK_CAP matches, taking those that match in the title first.

        An unfiltered single word is read from its postings (search.engines.postings), in
        one statement; other unfiltered queries with more than RANK_CAP matches take the
        best postings of their rarest word; everything else is read through the GIN index.
        The entries of the candidates in `whole` come in the same statement.
        """
        if not query.groups:
            return []
        tsquery, tparams = self.tsquery(query, locale)
        if not where:
            config = PG_CONFIGS.get(locale, "simple")
            if postings.one_word(query):
                return self._ranked_word(query, locale, config, whole)
            plan = postings.plan(query, locale, config, RANK_CAP, (tsquery, tparams))
            if plan is not None:
                return self._ranked_by_postings(plan, tsquery, tparams, locale, whole)
        in_title, title_params = self.tsquery(query, locale, weight="A")
        select, order = _ranked_select("ts_rank(e.search_vector, q.query) * e.boost", whole)
        sql = (
            f"WITH q AS (SELECT {tsquery} AS query, {in_title} AS title_query), "
            f"m AS ((SELECT e.id, 0 AS tier FROM search_searchentry e, q "
            f"WHERE e.search_vector @@ q.title_query AND e.locale = %s{_and(where)} "
            f"LIMIT {RANK_CAP}) UNION ALL (SELECT e.id, 1 AS tier FROM search_searchentry e, q "
            f"WHERE e.search_vector @@ q.query AND e.locale = %s{_and(where)} LIMIT {RANK_CAP})), "
            f"c AS (SELECT id FROM m GROUP BY id ORDER BY min(tier), id LIMIT {RANK_CAP}) "
            f"{select} FROM search_searchentry e JOIN c ON c.id = e.id, q {order}"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*tparams, *title_params, locale, *params, locale, *params])
            return _candidates(cursor.fetchall())

    def _ranked_word(
        self, query: AnalysedQuery, locale: str, config: str, whole: tuple[int, int]
    ) -> list[Candidate]:
        select, order = _ranked_select("c.score", whole)
        sql = (
            f"WITH {postings.word_candidates_sql(RANK_CAP)} "
            f"{select} FROM search_searchentry e JOIN c ON c.id = e.id {order}"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, postings.word_params(query, locale, config))
            return _candidates(cursor.fetchall())

    def _ranked_by_postings(
        self,
        plan: postings.Plan,
        tsquery: str,
        tparams: list[Any],
        locale: str,
        whole: tuple[int, int],
    ) -> list[Candidate]:
        # Several words, or a compound's parts, are ranked as the GIN path ranks them.
        score = "c.score" if plan.exact else "ts_rank(e.search_vector, q.query) * e.boost"
        select, order = _ranked_select(score, whole)
        sql = (
            f"WITH q AS (SELECT {tsquery} AS query), {postings.candidates_sql(plan, RANK_CAP)} "
            f"{select} FROM search_searchentry e JOIN c ON c.id = e.id, q {order}"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*tparams, *postings.candidate_params(plan, locale)])
            return _candidates(cursor.fetchall())

    def suggest(self, typed: list[str], locale: str, limit: int) -> list[tuple[str, str, str, str]]:
        """Titles with words starting as typed; titles spelled alike when none do.

        The prefix is matched against title postings in lexeme order (a word before its
        longer forms; each lexeme's best first), and at most SUGGEST_POOL of them are
        ordered, so a two-letter prefix costs no more than a long one. Words typed before
        it must be in the title too.
        """
        stems = [_term(analysis.stem(w, locale), False, "A") for w in typed[:-1]]
        text = " ".join(typed)
        order = (
            "ORDER BY (lower(e.title) LIKE %s) DESC, similarity(e.title, %s) * e.boost DESC, "
            "length(e.title), e.title LIMIT %s"
        )
        before = " AND e.search_vector @@ to_tsquery('simple', %s)" if stems else ""
        by_prefix = (
            "WITH p AS (SELECT p.entry_id FROM search_posting p "
            "JOIN search_searchentry e ON e.id = p.entry_id "
            f"WHERE p.title AND p.locale = %s AND p.term LIKE %s{before} "
            f"ORDER BY p.term, p.impact DESC LIMIT {SUGGEST_POOL}), "
            "c AS (SELECT DISTINCT entry_id AS id FROM p) "
            "SELECT e.key, e.title, e.kind, e.url FROM search_searchentry e JOIN c ON c.id = e.id "
            + order
        )
        alike = (
            "SELECT e.key, e.title, e.kind, e.url FROM search_searchentry e "
            "WHERE e.locale = %s AND e.title %% %s " + order
        )
        prefix = [locale, postings.like_prefix(typed[-1])] + ([" & ".join(stems)] if stems else [])
        with connection.cursor() as cursor:
            cursor.execute(by_prefix, [*prefix, text + "%", text, limit])
            rows = list(cursor.fetchall())
            if not rows:
                cursor.execute(alike, [locale, text, text + "%", text, limit])
                rows = list(cursor.fetchall())
            return rows

    def near_words(self, word: str, locale: str, limit: int) -> list[str]:
        sql = (
            "SELECT word FROM search_searchword WHERE locale = %s AND word %% %s "
            "ORDER BY similarity(word, %s) DESC, word LIMIT %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [locale, word, word, limit])
            return [row[0] for row in cursor.fetchall()]


def _term(stem: str, prefix: bool, weight: str) -> str:
    """A tsquery operand: 'stem', 'stem':* (prefix), 'stem':A (titles only)."""
    suffix = ("*" if prefix else "") + weight
    return _lexeme(stem) + (f":{suffix}" if suffix else "")


def _lexeme(stem: str) -> str:
    """A tsquery lexeme, quoted."""
    return "'" + stem.replace("'", "").replace("\\", "") + "'"
