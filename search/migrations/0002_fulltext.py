"""The full-text index beside SearchEntry: FTS5 on SQLite; tsvector, GIN and trigram
indexes on PostgreSQL (pg_trgm)."""

from django.db import migrations

SQLITE = [
    (
        'CREATE VIRTUAL TABLE search_fts USING fts5('
        'title_terms, text_terms, tokenize = "unicode61 remove_diacritics 0")',
        "DROP TABLE IF EXISTS search_fts",
    )
]
POSTGRES = [
    ("CREATE EXTENSION IF NOT EXISTS pg_trgm", ""),
    (
        "ALTER TABLE search_searchentry ADD COLUMN search_vector tsvector",
        "ALTER TABLE search_searchentry DROP COLUMN IF EXISTS search_vector",
    ),
    (
        "CREATE INDEX search_entry_vector ON search_searchentry USING gin (search_vector)",
        "DROP INDEX IF EXISTS search_entry_vector",
    ),
    (
        "CREATE INDEX search_entry_title_trgm ON search_searchentry USING gin (title gin_trgm_ops)",
        "DROP INDEX IF EXISTS search_entry_title_trgm",
    ),
    (
        "CREATE INDEX search_word_trgm ON search_searchword USING gin (word gin_trgm_ops)",
        "DROP INDEX IF EXISTS search_word_trgm",
    ),
]


def _statements(schema_editor, *, reverse):
    vendor = schema_editor.connection.vendor
    pairs = POSTGRES if vendor == "postgresql" else SQLITE if vendor == "sqlite" else []
    if reverse:
        return [undo for _do, undo in reversed(pairs) if undo]
    return [do for do, _undo in pairs]


def forwards(apps, schema_editor):
    for sql in _statements(schema_editor, reverse=False):
        schema_editor.execute(sql)


def backwards(apps, schema_editor):
    for sql in _statements(schema_editor, reverse=True):
        schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(forwards, backwards)]
