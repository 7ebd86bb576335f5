"""Impact-ordered postings beside the tsvector on PostgreSQL: one row per lexeme of each
entry's vector, so the best matches of a common term are read in order from a btree
instead of from the whole GIN bitmap. Filled from the vectors already indexed. SQLite
keeps its FTS5 table and gets nothing here."""

from django.db import migrations

FORWARDS = [
    "CREATE TABLE search_posting ("
    "entry_id bigint NOT NULL, locale varchar(10) NOT NULL, "
    'term text COLLATE "C" NOT NULL, title boolean NOT NULL, impact real NOT NULL)',
    # impact: ts_rank(vector, 'lexeme') * boost from the weights alone (search.engines.postings)
    "INSERT INTO search_posting (entry_id, locale, term, title, impact) "
    "SELECT e.id, e.locale, u.lexeme, 'A' = ANY(u.weights), e.boost * ("
    "SELECT (max(wv) + sum(wv / (o * o)) - (array_agg(wv / (o * o) ORDER BY wv DESC, o))[1]) "
    "/ 1.64493406685 FROM (SELECT CASE w WHEN 'A' THEN 1.0 WHEN 'B' THEN 0.4 "
    "WHEN 'C' THEN 0.2 ELSE 0.1 END AS wv, o FROM unnest(u.weights) WITH ORDINALITY AS x(w, o)"
    ") AS y) "
    "FROM search_searchentry e, unnest(e.search_vector) AS u "
    "WHERE e.search_vector IS NOT NULL",
    "CREATE INDEX search_posting_top ON search_posting "
    "(locale, term, title DESC, impact DESC, entry_id)",
    "CREATE INDEX search_posting_title ON search_posting "
    "(locale, term, impact DESC, entry_id) WHERE title",
    "CREATE INDEX search_posting_entry ON search_posting (entry_id)",
]


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for sql in FORWARDS:
            schema_editor.execute(sql)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP TABLE IF EXISTS search_posting")


class Migration(migrations.Migration):
    dependencies = [("search", "0003_wider_fields")]

    operations = [migrations.RunPython(forwards, backwards)]
