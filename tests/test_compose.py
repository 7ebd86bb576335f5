"""compose.yaml: valid, documented in one command, restarting, and media served."""

from __future__ import annotations

import re
from typing import Any

import yaml

from tests.processes import ROOT

REQUIRED = re.compile(r"\$\{([A-Z][A-Z0-9_]*):\?")


class _StrictLoader(yaml.SafeLoader):
    """Refuses a key given twice in one mapping, as Docker Compose does (PyYAML keeps the last)."""

    def construct_mapping(self, node: Any, deep: bool = False) -> dict[Any, Any]:
        keys = [
            self.construct_object(key, deep=deep)
            for key, _value in node.value
            if key.tag != "tag:yaml.org,2002:merge"  # `<<: *app` may be overridden below it
        ]
        repeated = sorted({str(key) for key in keys if keys.count(key) > 1})
        if repeated:
            raise yaml.constructor.ConstructorError(
                None, None, f"repeated keys: {', '.join(repeated)}", node.start_mark
            )
        return super().construct_mapping(node, deep=deep)


def _compose() -> dict[str, Any]:
    return yaml.load((ROOT / "compose.yaml").read_text(), Loader=_StrictLoader)  # noqa: S506


def _strings(node: Any) -> list[str]:
    if isinstance(node, dict):
        return [s for value in node.values() for s in _strings(value)]
    if isinstance(node, list):
        return [s for value in node for s in _strings(value)]
    return [node] if isinstance(node, str) else []


def _readme_compose_command() -> str:
    readme = (ROOT / "README.md").read_text()
    blocks = re.findall(r"```sh\n(.*?)```", readme, flags=re.DOTALL)
    (command,) = [block for block in blocks if "docker compose up" in block]
    return command


def test_every_required_variable_is_in_the_readme_command_and_the_compose_comment() -> None:
    required = set(REQUIRED.findall(" ".join(_strings(_compose()))))
    assert {"SECRET_KEY", "OIDC_RSA_PRIVATE_KEY", "CITIZEN_OIDC_ISSUER"} <= required
    command = _readme_compose_command()
    assert sorted(v for v in required if not re.search(rf"\b{v}=", command)) == []
    comment = "".join(
        line for line in (ROOT / "compose.yaml").read_text().splitlines() if line.startswith("#")
    )
    assert sorted(v for v in required if f"{v}=" not in comment) == []


def test_long_running_services_restart() -> None:
    services = _compose()["services"]
    for name in ("app", "worker", "scheduler", "proxy"):
        assert services[name]["restart"] == "unless-stopped", name


def test_media_is_served_from_the_volume_read_only_and_documents_are_not() -> None:
    compose = _compose()
    proxy = compose["services"]["proxy"]
    assert any(v.startswith("media:") and v.endswith(":ro") for v in proxy["volumes"])
    assert "ports" not in compose["services"]["app"]  # the way in is the proxy
    config = compose["configs"]["proxy"]["content"].replace("$$", "$")
    assert re.search(r"location /media/ \{\s*alias /srv/media/;", config)
    assert re.search(r"location /media/documents/ \{\s*return 404;", config)
    assert "proxy_pass http://app:8000;" in config
    log_format = next(line for line in config.splitlines() if "log_format" in line)
    assert "$remote_addr" not in log_format
    assert "$request_uri" not in log_format
    assert "$args" not in log_format
