"""The wheel (what the container image installs) holds every package and data file of the
tree but the tests, and nothing else: pyproject.toml's discovery is the one list."""

from __future__ import annotations

import fnmatch
import shutil
import subprocess
import sys
import zipfile

import pytest
from django.conf import settings

from tests.processes import ROOT


def _tree_files() -> list[str]:
    """Files of the checkout as a fresh clone plus uncommitted work would have them."""
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split("\0")
    return sorted(name for name in set(listed) if name and (ROOT / name).is_file())


def _shipped_roots(files: list[str]) -> set[str]:
    """Top-level packages: folders with an __init__.py, the tests excepted."""
    return {
        name.split("/")[0]
        for name in files
        if name.count("/") == 1 and name.endswith("/__init__.py")
    } - {"tests"}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The names in a wheel built from a copy of the tree (no stale build output in it)."""
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("needs the git checkout")
    tmp = tmp_path_factory.mktemp("wheel")
    for name in _tree_files():
        target = tmp / "src" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, target)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "-q",
            "-w",
            str(tmp / "dist"),
            str(tmp / "src"),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (built,) = (tmp / "dist").glob("*.whl")
    with zipfile.ZipFile(built) as archive:
        return [name for name in archive.namelist() if ".dist-info/" not in name]


def test_wheel_holds_every_file_of_the_packages_and_nothing_else(wheel: list[str]) -> None:
    files = _tree_files()
    roots = _shipped_roots(files)
    expected = {name for name in files if name.split("/")[0] in roots}
    assert "search/data/sv_compound_parts.txt" in expected  # the comparison sees data files
    assert sorted(expected - set(wheel)) == []  # missing from the image
    assert sorted(set(wheel) - expected) == []  # shipped by mistake


def test_every_installed_app_of_the_tree_is_in_the_wheel(wheel: list[str]) -> None:
    ours = {
        app.split(".")[0]
        for app in settings.INSTALLED_APPS
        if (ROOT / app.split(".")[0] / "__init__.py").exists()
    }
    assert {"identity", "open311", "contactcenter"} <= ours
    assert sorted(app for app in ours if f"{app}/__init__.py" not in wheel) == []


def test_the_image_build_context_keeps_every_package() -> None:
    patterns = [
        line.strip()
        for line in (ROOT / ".dockerignore").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    needed = _shipped_roots(_tree_files()) | {"pyproject.toml", "README.md", "manage.py"}
    assert sorted(n for n in needed if any(fnmatch.fnmatch(n, p) for p in patterns)) == []
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert "COPY . ." in dockerfile  # the whole context, not a list of folders
