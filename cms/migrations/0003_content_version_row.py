from django.db import migrations
from django.utils import timezone


def create_row(apps, schema_editor):
    # One row from the start, so two first publishes never race to create it.
    ContentVersion = apps.get_model("cms", "ContentVersion")
    ContentVersion.objects.get_or_create(pk=1, defaults={"version": 0, "changed_at": timezone.now()})


class Migration(migrations.Migration):
    dependencies = [("cms", "0002_content_version")]
    operations = [migrations.RunPython(create_row, migrations.RunPython.noop)]
