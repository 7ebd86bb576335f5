from django.apps import AppConfig


class ConfigConfig(AppConfig):
    """The project's own process commands (the task worker)."""

    name = "config"
    label = "config"
    verbose_name = "Configuration"
