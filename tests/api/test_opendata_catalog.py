"""The DCAT-AP-SE catalogue: valid against our DCAT-AP (SE) shapes, in three RDF formats."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pyshacl import validate
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF

from api.v1.opendata import catalog

pytestmark = pytest.mark.django_db

SHAPES = Path(catalog.__file__).with_name("dcat-ap-se-shapes.ttl")
CC0 = URIRef("https://creativecommons.org/publicdomain/zero/1.0/")
FORMATS = {
    "application/rdf+xml": "xml",
    "text/turtle": "turtle",
    "application/ld+json": "json-ld",
}


def conformance(graph: Graph) -> tuple[bool, str]:
    shapes = Graph().parse(SHAPES, format="turtle")
    conforms, _results, text = validate(graph, shacl_graph=shapes, inference="none")
    return bool(conforms), text


def fetched(client: Any, accept: str) -> Graph:
    response = client.get("/api/v1/opendata/catalog", HTTP_ACCEPT=accept)
    assert response.status_code == 200, response.content
    assert response["Content-Type"].split(";")[0] == accept
    return Graph().parse(data=response.content, format=FORMATS[accept])


@pytest.mark.parametrize("accept", FORMATS)
def test_the_catalogue_conforms_in_every_format(client: Any, home: Any, accept: str) -> None:
    graph = fetched(client, accept)
    conforms, text = conformance(graph)
    assert conforms, text
    datasets = set(graph.subjects(RDF.type, DCAT.Dataset))
    assert len(datasets) == 5
    assert len(set(graph.subjects(RDF.type, DCAT.Distribution))) == 15
    assert not any(isinstance(node, BNode) for triple in graph for node in triple)


def test_datasets_have_themes_frequency_licence_and_texts_in_two_languages(
    client: Any, home: Any
) -> None:
    graph = fetched(client, "text/turtle")
    units = URIRef("http://127.0.0.1:8000/api/v1/opendata/catalog#dataset-units")
    assert {t.language for t in graph.objects(units, DCTERMS.title)} == {"sv", "en"}  # type: ignore[attr-defined]
    themes = {str(theme) for theme in graph.objects(units, DCAT.theme)}
    assert "http://publications.europa.eu/resource/authority/data-theme/REGI" in themes
    assert str(graph.value(units, DCTERMS.accrualPeriodicity)).endswith("/frequency/UPDATE_CONT")
    csv = URIRef(f"{units}-csv")
    assert graph.value(csv, DCTERMS.license) == CC0
    assert str(graph.value(csv, DCAT.downloadURL)).endswith("/api/v1/opendata/units?format=csv")
    publisher = graph.value(units, DCTERMS.publisher)
    assert (publisher, RDF.type, FOAF.Agent) in graph
    assert graph.value(publisher, FOAF.name) == Literal("Staden", lang="sv")


def test_the_downloads_the_catalogue_names_answer(client: Any, home: Any) -> None:
    graph = fetched(client, "application/ld+json")
    for url in graph.objects(None, DCAT.downloadURL):
        path = str(url).removeprefix("http://127.0.0.1:8000")
        response = client.get(path)
        assert response.status_code == 200, path
        b"".join(response.streaming_content)  # read, as a client does, so its stream ends


def _without(graph: Graph, triple: tuple[Any, Any, Any]) -> Graph:
    copy = Graph()
    for found in graph:
        copy.add(found)
    copy.remove(triple)
    return copy


def _first(graph: Graph, kind: URIRef) -> Any:
    return sorted(graph.subjects(RDF.type, kind))[0]


@pytest.mark.parametrize(
    ("what", "removed"),
    [
        ("catalogue title", lambda g: (_first(g, DCAT.Catalog), DCTERMS.title, None)),
        ("catalogue datasets", lambda g: (_first(g, DCAT.Catalog), DCAT.dataset, None)),
        ("dataset publisher", lambda g: (_first(g, DCAT.Dataset), DCTERMS.publisher, None)),
        ("dataset contact point", lambda g: (_first(g, DCAT.Dataset), DCAT.contactPoint, None)),
        ("dataset themes", lambda g: (_first(g, DCAT.Dataset), DCAT.theme, None)),
        (
            "dataset frequency",
            lambda g: (_first(g, DCAT.Dataset), DCTERMS.accrualPeriodicity, None),
        ),
        ("distribution licence", lambda g: (_first(g, DCAT.Distribution), DCTERMS.license, None)),
        ("distribution format", lambda g: (_first(g, DCAT.Distribution), DCTERMS.format, None)),
        ("distribution access", lambda g: (_first(g, DCAT.Distribution), DCAT.accessURL, None)),
        ("publisher name", lambda g: (_first(g, FOAF.Agent), FOAF.name, None)),
    ],
)
def test_the_shapes_refuse_a_catalogue_without_what_is_mandatory(
    home: Any, what: str, removed: Any
) -> None:
    graph = catalog.catalog_graph()
    assert conformance(graph)[0]
    broken = _without(graph, removed(graph))
    conforms, text = conformance(broken)
    assert not conforms, what
    assert "Constraint Violation" in text


def test_the_shapes_refuse_a_title_only_in_one_language(home: Any) -> None:
    graph = catalog.catalog_graph()
    dataset = _first(graph, DCAT.Dataset)
    english = next(t for t in graph.objects(dataset, DCTERMS.title) if t.language == "en")  # type: ignore[attr-defined]
    assert not conformance(_without(graph, (dataset, DCTERMS.title, english)))[0]


def test_the_shapes_refuse_a_blank_node_publisher(home: Any) -> None:
    graph = catalog.catalog_graph()
    publisher = _first(graph, FOAF.Agent)
    blank = BNode()
    renamed = Graph()
    for s, p, o in graph:
        renamed.add((blank if s == publisher else s, p, blank if o == publisher else o))
    conforms, text = conformance(renamed)
    assert not conforms
    assert "IRI" in text


@pytest.mark.parametrize("accept", ["text/csv", "application/json", "text/html"])
def test_an_unsupported_accept_is_a_406_problem(client: Any, home: Any, accept: str) -> None:
    response = client.get("/api/v1/opendata/catalog", HTTP_ACCEPT=accept)
    assert response.status_code == 406
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["code"] == "not_acceptable"


def test_without_accept_the_catalogue_is_rdf_xml_and_format_overrides(
    client: Any, home: Any
) -> None:
    assert client.get("/api/v1/opendata/catalog")["Content-Type"] == "application/rdf+xml"
    response = client.get("/api/v1/opendata/catalog?format=ttl", HTTP_ACCEPT="application/ld+json")
    assert response["Content-Type"] == "text/turtle; charset=utf-8"


def test_each_format_has_its_own_etag(client: Any, home: Any) -> None:
    turtle = client.get("/api/v1/opendata/catalog", HTTP_ACCEPT="text/turtle")
    json_ld = client.get("/api/v1/opendata/catalog", HTTP_ACCEPT="application/ld+json")
    assert turtle["ETag"] != json_ld["ETag"]
    again = client.get(
        "/api/v1/opendata/catalog", HTTP_ACCEPT="text/turtle", HTTP_IF_NONE_MATCH=turtle["ETag"]
    )
    assert again.status_code == 304
    other = client.get(
        "/api/v1/opendata/catalog",
        HTTP_ACCEPT="application/ld+json",
        HTTP_IF_NONE_MATCH=turtle["ETag"],
    )
    assert other.status_code == 200
