"""GeoReport v2 answers in JSON and XML, and its error lists.

XML is built with ElementTree: a list becomes repeated elements named for its container
(`<services><service>…`), None an empty element, booleans `true`/`false`. Characters
XML 1.0 cannot hold (control characters an error might echo) become U+FFFD, so every
answer parses.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from typing import Any

from django.http import HttpResponse

FORMATS = {"json": "application/json; charset=utf-8", "xml": "text/xml; charset=utf-8"}
# A list's element name inside its container.
ITEMS = {
    "services": "service",
    "service_requests": "request",
    "attributes": "attribute",
    "values": "value",
    "endpoints": "endpoint",
    "formats": "format",
    "errors": "error",
}
NOT_XML = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


class Open311Error(Exception):
    """An answer of GeoReport error descriptions with one HTTP status."""

    def __init__(
        self, status: int, *descriptions: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__("; ".join(descriptions))
        self.status = status
        self.descriptions = list(descriptions) or ["Request failed."]
        self.headers = headers or {}


def answer(
    data: Any, *, fmt: str, root: str, status: int = 200, headers: dict[str, str] | None = None
) -> HttpResponse:
    """`data` as JSON, or as XML under `<root>`."""
    if fmt == "xml":
        element = ET.Element(root)
        _fill(element, data)
        body = ET.tostring(element, encoding="utf-8", xml_declaration=True)
    else:
        body = json.dumps(data, ensure_ascii=False).encode()
    response = HttpResponse(body, status=status, content_type=FORMATS.get(fmt, FORMATS["json"]))
    for name, value in (headers or {}).items():
        response[name] = value
    return response


def errors(
    status: int, descriptions: Sequence[str], *, fmt: str, headers: dict[str, str] | None = None
) -> HttpResponse:
    """GeoReport's error list: [{"code": status, "description": …}] or <errors>."""
    items = [{"code": status, "description": d} for d in descriptions]
    return answer(items, fmt=fmt, root="errors", status=status, headers=headers)


def _fill(element: ET.Element, value: Any) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            _fill(ET.SubElement(element, key), item)
    elif isinstance(value, list | tuple):
        name = ITEMS.get(element.tag, "item")
        for item in value:
            _fill(ET.SubElement(element, name), item)
    elif value is None:
        return
    elif isinstance(value, bool):
        element.text = "true" if value else "false"
    else:
        element.text = NOT_XML.sub("\ufffd", str(value))
