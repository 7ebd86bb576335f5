"""A partial index on Wagtail's pages shown in menus, by depth and tree path.

The menu reads the pages shown in menus a few levels below a home page. Without it the
database walks the home page's whole subtree (a site's every page) to find the few
hundred near its top.
"""

from typing import Any

from django.db import migrations


def create(apps: Any, schema_editor: Any) -> None:
    schema_editor.execute(
        "CREATE INDEX IF NOT EXISTS cms_page_menu_idx ON wagtailcore_page (depth, path) "
        "WHERE live AND show_in_menus"
    )


def drop(apps: Any, schema_editor: Any) -> None:
    schema_editor.execute("DROP INDEX IF EXISTS cms_page_menu_idx")


class Migration(migrations.Migration):
    dependencies = [("cms", "0013_page_url_path_index")]

    operations = [migrations.RunPython(create, drop)]
