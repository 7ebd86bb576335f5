from django.apps import AppConfig


class EservicesConfig(AppConfig):
    name = "eservices"
    verbose_name = "E-services"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from eservices import search_index, signals

        signals.connect()
        search_index.connect()
