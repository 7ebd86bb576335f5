"""The README documents every environment variable the settings read."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_environment_variable_is_in_the_readme() -> None:
    settings_source = (ROOT / "config" / "settings.py").read_text()
    names = set(re.findall(r"""env(?:\(\))?\.\w+\(\s*["']([A-Z][A-Z0-9_]+)["']""", settings_source))
    assert {"SECRET_KEY", "DATABASE_URL", "REDIS_URL", "EMAIL_URL"} <= names  # the pattern works
    readme = (ROOT / "README.md").read_text()
    undocumented = sorted(name for name in names if f"`{name}`" not in readme)
    assert undocumented == []


def test_readme_opens_with_the_two_commands() -> None:
    head = (ROOT / "README.md").read_text()[:600]
    assert "make run" in head
    assert "make test" in head
