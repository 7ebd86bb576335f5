"""The DCAT-AP-SE catalogue of the city's open data, in RDF/XML, Turtle or JSON-LD.

Every export is a dataset, every format of it a distribution. The catalogue, datasets,
distributions, publisher and contact point have absolute IRIs (hash IRIs under the
catalogue's address, on API_BASE_URL): no blank nodes, so harvesters such as
dataportal.se can tell one harvest's resources from the next one's.
"""

from __future__ import annotations

import json
from typing import Any

from django.conf import settings
from django.http import HttpResponse
from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF, XSD
from rest_framework.request import Request

from api.v1.opendata import formats
from api.v1.opendata.common import (
    LICENSE_URL,
    LINK_HEADER,
    OpenDataView,
    absolute,
    catalog_iri,
    dataset_iri,
    publisher_iri,
)
from cms.opendata import DATASETS, Dataset
from cms.versioning import content_version

EU = "http://publications.europa.eu/resource/authority/"
THEME = Namespace(EU + "data-theme/")
FREQUENCY = Namespace(EU + "frequency/")
FILE_TYPE = Namespace(EU + "file-type/")
LANGUAGE = Namespace(EU + "language/")
PUBLISHER_TYPE = Namespace("http://purl.org/adms/publishertype/")
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
MEDIA_TYPE = Namespace("http://www.iana.org/assignments/media-types/")

# Each distribution: its EU file type, its IANA media type (None: not registered).
_DISTRIBUTIONS = {
    formats.CSV: ("CSV", "text/csv"),
    formats.JSON: ("JSON", "application/json"),
    # NDJSON has no entry of its own in the EU list: it is JSON, one object a line.
    formats.NDJSON: ("JSON", None),
}

RDF_XML, TURTLE, JSON_LD = "application/rdf+xml", "text/turtle", "application/ld+json"


class RDFXMLRenderer(formats.NamedFormat):
    media_type, format = RDF_XML, "rdf"


class TurtleRenderer(formats.NamedFormat):
    media_type, format = TURTLE, "ttl"


class JSONLDRenderer(formats.NamedFormat):
    media_type, format = JSON_LD, "jsonld"


_SERIALIZERS = {"rdf": "pretty-xml", "ttl": "turtle", "jsonld": "json-ld"}
_PREFIXES = {"dcat": DCAT, "dct": DCTERMS, "foaf": FOAF, "vcard": VCARD, "xsd": XSD}


def _texts(graph: Graph, subject: URIRef, predicate: URIRef, texts: dict[str, str]) -> None:
    for language, text in texts.items():
        graph.add((subject, predicate, Literal(text, lang=language)))


def _publisher(graph: Graph) -> URIRef:
    publisher = URIRef(publisher_iri())
    graph.add((publisher, RDF.type, FOAF.Agent))
    graph.add((publisher, FOAF.name, Literal(settings.OPENDATA_PUBLISHER_NAME, lang="sv")))
    graph.add((publisher, DCTERMS.type, PUBLISHER_TYPE.LocalAuthority))
    return publisher


def _contact(graph: Graph) -> URIRef:
    contact = URIRef(catalog_iri() + "#contact")
    graph.add((contact, RDF.type, VCARD.Organization))
    graph.add((contact, VCARD.fn, Literal(settings.OPENDATA_PUBLISHER_NAME, lang="sv")))
    graph.add((contact, VCARD.hasEmail, URIRef("mailto:" + settings.OPENDATA_CONTACT_EMAIL)))
    return contact


def _distributions(graph: Graph, dataset: Dataset, subject: URIRef) -> None:
    export = absolute(reverse(f"api-v1:opendata-{dataset.slug}"))
    for fmt in formats.FORMATS:
        file_type, media_type = _DISTRIBUTIONS[fmt]
        distribution = URIRef(f"{dataset_iri(dataset.slug)}-{fmt}")
        graph.add((subject, DCAT.distribution, distribution))
        graph.add((distribution, RDF.type, DCAT.Distribution))
        url = URIRef(f"{export}?format={fmt}")
        graph.add((distribution, DCAT.accessURL, url))
        graph.add((distribution, DCAT.downloadURL, url))
        graph.add((distribution, DCTERMS.license, URIRef(LICENSE_URL)))
        graph.add((distribution, DCTERMS.format, FILE_TYPE[file_type]))
        if media_type is not None:
            graph.add((distribution, DCAT.mediaType, MEDIA_TYPE[media_type]))
        label = fmt.upper()
        _texts(
            graph,
            distribution,
            DCTERMS.title,
            {language: f"{title} ({label})" for language, title in dataset.title.items()},
        )


def _dataset(graph: Graph, dataset: Dataset, publisher: URIRef, contact: URIRef) -> URIRef:
    subject = URIRef(dataset_iri(dataset.slug))
    graph.add((subject, RDF.type, DCAT.Dataset))
    _texts(graph, subject, DCTERMS.title, dataset.title)
    _texts(graph, subject, DCTERMS.description, dataset.description)
    graph.add((subject, DCTERMS.identifier, Literal(dataset_iri(dataset.slug))))
    graph.add((subject, DCTERMS.publisher, publisher))
    graph.add((subject, DCAT.contactPoint, contact))
    for theme in dataset.themes:
        graph.add((subject, DCAT.theme, THEME[theme]))
    graph.add((subject, DCTERMS.accrualPeriodicity, FREQUENCY[dataset.frequency]))
    for keyword in dataset.keywords:
        graph.add((subject, DCAT.keyword, Literal(keyword, lang="sv")))
    graph.add((subject, DCTERMS.language, LANGUAGE.SWE))
    _distributions(graph, dataset, subject)
    return subject


def catalog_graph() -> Graph:
    """The catalogue as an RDF graph."""
    graph = Graph()
    for prefix, namespace in _PREFIXES.items():
        graph.bind(prefix, namespace)
    catalog = URIRef(catalog_iri())
    publisher, contact = _publisher(graph), _contact(graph)
    graph.add((catalog, RDF.type, DCAT.Catalog))
    _texts(
        graph, catalog, DCTERMS.title, {"sv": "Stadens öppna data", "en": "The city's open data"}
    )
    _texts(
        graph,
        catalog,
        DCTERMS.description,
        {
            "sv": (
                "Verksamheter, nyckeltal, organisationer, ämnen och publicerade sidor från "
                "stadens gemensamma plattform, fritt att använda (CC0 1.0)."
            ),
            "en": (
                "Units, key figures, organisations, topics and published pages from the "
                "city's shared platform, free to use (CC0 1.0)."
            ),
        },
    )
    graph.add((catalog, DCTERMS.publisher, publisher))
    graph.add((catalog, DCTERMS.license, URIRef(LICENSE_URL)))
    graph.add((catalog, DCTERMS.language, LANGUAGE.SWE))
    graph.add((catalog, DCTERMS.language, LANGUAGE.ENG))
    graph.add((catalog, FOAF.homepage, URIRef(absolute(reverse("api-v1:docs")))))
    _version, changed_at = content_version()
    graph.add((catalog, DCTERMS.modified, Literal(changed_at, datatype=XSD.dateTime)))
    graph.add((URIRef(LICENSE_URL), RDF.type, DCTERMS.LicenseDocument))
    for dataset in DATASETS.values():
        graph.add((catalog, DCAT.dataset, _dataset(graph, dataset, publisher, contact)))
    return graph


def _ordered(value: Any) -> Any:
    """JSON-LD in one order whatever the graph's: nodes by id, values by their text."""
    if isinstance(value, dict):
        return {key: _ordered(item) for key, item in sorted(value.items())}
    if isinstance(value, list):
        return sorted((_ordered(item) for item in value), key=lambda v: json.dumps(v))
    return value


def serialize(graph: Graph, fmt: str) -> bytes:
    """The graph in one of the catalogue's formats (rdf, ttl or jsonld)."""
    if fmt == "jsonld":
        context = {prefix: str(namespace) for prefix, namespace in _PREFIXES.items()}
        data = json.loads(graph.serialize(format="json-ld", context=context, auto_compact=True))
        return json.dumps(_ordered(data), ensure_ascii=False, indent=2).encode()
    return graph.serialize(format=_SERIALIZERS[fmt], encoding="utf-8")


class CatalogView(OpenDataView):
    renderer_classes = [RDFXMLRenderer, TurtleRenderer, JSONLDRenderer]
    content_negotiation_class = formats.FormatNegotiation
    query_parameters = frozenset({"format"})

    @extend_schema(
        operation_id="opendata_catalog",
        summary="Open data: the DCAT-AP-SE catalogue",
        description=(
            "The catalogue of the city's open data (DCAT-AP-SE): each export as a dataset with "
            "publisher, contact point, EU data themes, update frequency and a distribution per "
            "format under CC0 1.0. RDF/XML (default), Turtle or JSON-LD by the Accept header, "
            "or `format`."
        ),
        parameters=[
            OpenApiParameter(
                "format",
                {"type": "string", "enum": list(_SERIALIZERS)},
                description="rdf (RDF/XML), ttl (Turtle) or jsonld; overrides Accept.",
            ),
            LINK_HEADER,
        ],
        responses={
            (200, RDF_XML): OpenApiResponse(
                OpenApiTypes.STR, description="The catalogue in RDF/XML."
            ),
            (200, TURTLE): OpenApiResponse(
                OpenApiTypes.STR, description="The catalogue in Turtle."
            ),
            (200, JSON_LD): OpenApiResponse(
                OpenApiTypes.OBJECT, description="The catalogue in JSON-LD (compacted)."
            ),
            406: OpenApiResponse(description="The Accept header names no format offered."),
        },
        tags=["opendata"],
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> HttpResponse:
        fmt = request.accepted_renderer.format
        media_type = request.accepted_renderer.media_type
        charset = "; charset=utf-8" if media_type == TURTLE else ""
        return HttpResponse(serialize(catalog_graph(), fmt), content_type=media_type + charset)
