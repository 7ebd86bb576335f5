"""An index on Wagtail's page url_path: the API finds a page by its public path with it.

Wagtail itself routes by walking slugs from the site root, so its table has none; at a
city's hundred thousand pages, resolving a path without it reads every page of the locale.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0012_opendata_page_changes"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS cms_page_url_path_idx ON wagtailcore_page (url_path)",
            "DROP INDEX IF EXISTS cms_page_url_path_idx",
        ),
    ]
