"""What .ci/wheel-check runs inside the clean virtualenv, outside the checkout.

`imports`: every module of the installed packages imports, and every installed app comes
from the virtualenv. `search`: the part of a compound word finds a directory entry through
the API, which needs search/data (the compound parts) in the installed package.
"""

from __future__ import annotations

import importlib
import io
import pkgutil
import sys
from importlib.metadata import distribution
from pathlib import Path

import django


def _outside_venv(module_file: str | None) -> bool:
    return (
        module_file is None or Path(sys.prefix).resolve() not in Path(module_file).resolve().parents
    )


def imports() -> None:
    django.setup()
    from django.apps import apps

    tops = (distribution("city-platform").read_text("top_level.txt") or "").split()
    count = 0
    for top in tops:
        package = importlib.import_module(top)
        for info in pkgutil.walk_packages(package.__path__, f"{top}."):
            importlib.import_module(info.name)
            count += 1
    strays = [c.name for c in apps.get_app_configs() if _outside_venv(c.module.__file__)]
    assert not strays, f"apps not from the virtualenv: {strays}"
    ours = sorted(c.name for c in apps.get_app_configs() if c.name.split(".")[0] in tops)
    print(f"{count} modules of {', '.join(sorted(tops))} imported; apps {', '.join(ours)}")


def search() -> None:
    django.setup()
    from django.core.management import call_command
    from django.test import Client

    from cms.models import Organisation
    from search.analysis import split_compound

    assert split_compound("parkeringstillstånd"), "no compound parts: search/data is missing"
    Organisation.objects.create(
        name="Trafikkontoret",
        slug="trafikkontoret",
        kind="administration",
        description="Parkeringstillstånd och felanmälan.",
    )
    call_command("search_reindex", stdout=io.StringIO())
    response = Client().get(
        "/api/v1/search/", {"q": "tillstånd"}, HTTP_HOST="stad.example", secure=True
    )
    assert response.status_code == 200, response.content
    titles = [result["title"] for result in response.json()["results"]]
    assert titles == ["Trafikkontoret"], titles
    print(f"a search for 'tillstånd' found {titles}")


def schema() -> None:
    django.setup()
    from django.test import Client

    response = Client().get(
        "/api/v1/schema/", {"format": "json"}, HTTP_HOST="stad.example", secure=True
    )
    assert response.status_code == 200, response.status_code
    text = response.content.decode()
    sets = text.count('"demo"')  # the committed examples' key (api.examples.attach_examples)
    assert sets, "the served schema has no examples: see CONTRACT_EXAMPLES_DIR"
    print(f"the served schema holds {sets} example sets")


if __name__ == "__main__":
    {"imports": imports, "search": search, "schema": schema}[sys.argv[1]]()
