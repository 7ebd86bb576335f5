"""Task settings for tests that run the worker's tasks in-process."""

from __future__ import annotations

from django.conf import settings


def immediate() -> dict[str, dict[str, object]]:
    """The configured task backend's queues, run at once in the calling process."""
    queues = settings.TASKS["default"].get("QUEUES", ["default"])
    return {
        "default": {
            "BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
            "QUEUES": list(queues),
        }
    }
