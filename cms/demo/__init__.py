"""The demo city: organisations, pages, images and accounts for development."""

DEMO_PASSWORD = "stad-demo-2026"  # noqa: S105 - development-only accounts; refused in production
