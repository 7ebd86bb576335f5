from django.apps import AppConfig


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = "Content"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from cms import imaging, opendata_changes, search_index, signals, tombstones

        imaging.harden_pillow()
        signals.connect()
        search_index.connect()
        tombstones.connect()
        opendata_changes.connect()
