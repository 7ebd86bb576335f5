"""The access log keeps every read for at least a year: PostgreSQL refuses to delete a
younger row (the retention job deletes rows after ACCESS_LOG_RETENTION_DAYS, which the
settings hold to 365 or more). Not on SQLite, the embedded mode: there, emptying the tables
(as the test runner does between transactional tests) is a DELETE a trigger cannot tell
from any other; PostgreSQL empties them with TRUNCATE, which row triggers do not see."""

from django.db import migrations

STATEMENTS = {
    "postgresql": (
        [
            """CREATE FUNCTION eservices_caseaccess_keep_a_year() RETURNS trigger AS $$
            BEGIN
                IF OLD.created_at > now() - interval '365 days' THEN
                    RAISE EXCEPTION 'eservices_caseaccess keeps every row for a year';
                END IF;
                RETURN OLD;
            END;
            $$ LANGUAGE plpgsql""",
            """CREATE TRIGGER eservices_caseaccess_no_early_delete
            BEFORE DELETE ON eservices_caseaccess
            FOR EACH ROW EXECUTE FUNCTION eservices_caseaccess_keep_a_year()""",
        ],
        [
            "DROP TRIGGER IF EXISTS eservices_caseaccess_no_early_delete ON eservices_caseaccess",
            "DROP FUNCTION IF EXISTS eservices_caseaccess_keep_a_year()",
        ],
    ),
}


def forward(apps, schema_editor):  # type: ignore[no-untyped-def]
    statements, _reverse = STATEMENTS.get(schema_editor.connection.vendor, ([], []))
    for statement in statements:
        schema_editor.execute(statement, params=None)


def reverse(apps, schema_editor):  # type: ignore[no-untyped-def]
    _forward, statements = STATEMENTS.get(schema_editor.connection.vendor, ([], []))
    for statement in statements:
        schema_editor.execute(statement, params=None)


class Migration(migrations.Migration):
    dependencies = [("eservices", "0007_merge_open311_retention")]

    operations = [migrations.RunPython(forward, reverse)]
