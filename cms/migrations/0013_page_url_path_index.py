"""An index on Wagtail's page url_path: the API finds a page by its public path with it.

Wagtail itself routes by walking slugs from the site root, so its table has none; at a
city's hundred thousand pages, resolving a path without it reads every page of the locale.
On PostgreSQL it is a hash index: lookups are by equality only, and a B-tree would refuse
a path longer than about 2.7 kB.
"""

from typing import Any

from django.db import migrations


def create(apps: Any, schema_editor: Any) -> None:
    using = "USING hash " if schema_editor.connection.vendor == "postgresql" else ""
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS cms_page_url_path_idx ON wagtailcore_page {using}(url_path)"
    )


def drop(apps: Any, schema_editor: Any) -> None:
    schema_editor.execute("DROP INDEX IF EXISTS cms_page_url_path_idx")


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0012_opendata_page_changes"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [migrations.RunPython(create, drop)]
