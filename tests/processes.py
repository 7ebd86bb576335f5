"""Running manage.py in a child process, with a clean, explicit environment."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Variables a test must pass explicitly, never inherit from the machine running it.
_NOT_INHERITED = {
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "OIDC_RSA_PRIVATE_KEY",
    "REDIS_URL",
    "DJANGO_SETTINGS_MODULE",
}


def manage(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return python("manage.py", *args, **env)


def python(
    script: str, *args: str, timeout: int = 120, **env: str
) -> subprocess.CompletedProcess[str]:
    """A script of the project (relative to its root) run to its end, output captured."""
    inherited = {k: v for k, v in os.environ.items() if k not in _NOT_INHERITED}
    return subprocess.run(
        [sys.executable, script, *args],
        cwd=ROOT,
        env={**inherited, **env},
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def spawn(*args: str, **env: str) -> subprocess.Popen[str]:
    """manage.py running beside the test (a worker, say), for the test to stop or kill."""
    inherited = {k: v for k, v in os.environ.items() if k not in _NOT_INHERITED}
    return subprocess.Popen(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**inherited, **env},
        # Nobody reads its output while it runs: a full pipe would stall the child.
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        text=True,
    )


def gunicorn(*args: str, log: Path, **env: str) -> subprocess.Popen[str]:
    """gunicorn with the image's settings (config/gunicorn.py) beside the test, its lines
    written to `log`; `args` override the settings as the command line does."""
    inherited = {k: v for k, v in os.environ.items() if k not in _NOT_INHERITED}
    with log.open("w") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", "python:config.gunicorn", *args],
            cwd=ROOT,
            env={**inherited, **env},
            stdout=out,
            stderr=subprocess.STDOUT,
            text=True,
        )


def database_url() -> str:
    """The test database as a DATABASE_URL, for a child process to share it."""
    from django.db import connection

    db = connection.settings_dict
    credentials = db["USER"] + (f":{db['PASSWORD']}" if db.get("PASSWORD") else "")
    return f"postgres://{credentials}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
