"""Queries written the way citizens type them, with the answers that must come first.

A query passes when one of its expected titles is among the first three results
(promoted results count, as a reader sees them first). Shared by the relevance test and
`benchmarks/search_relevance.py`.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Judgement:
    query: str
    expected: tuple[str, ...]  # any of these titles in the top three
    locale: str = "sv"
    note: str = ""


JUDGEMENTS = [
    # Preschool and school
    Judgement("förskoleplats", ("Ansök om förskoleplats",)),
    Judgement("ansöka om förskola", ("Ansök om förskoleplats",)),
    Judgement("dagis", ("Ansök om förskoleplats",), note="colloquial, synonym"),
    Judgement("forskola ko", ("Kön till förskolan", "How the preschool queue works")),
    Judgement("säga upp förskoleplatsen", ("Säg upp förskoleplats",)),
    Judgement("avgift förskola", ("Avgift för förskola",)),
    Judgement("förskoleplast", ("Ansök om förskoleplats",), note="misspelt"),
    Judgement("fritids", ("Ansök om fritidshem",), note="colloquial, synonym"),
    Judgement("skolskjuts", ("Ansök om skolskjuts",)),
    Judgement("byta skola", ("Byta skola", "Skolval grundskola")),
    Judgement("gymnasiet ansökan", ("Sök till gymnasiet",)),
    Judgement("sjukanmäla barnet", ("Sjukanmäla barn",)),
    # Building and housing
    Judgement("bygglov", ("Ansök om bygglov",)),
    Judgement("bygglof", ("Ansök om bygglov",), note="misspelt"),
    Judgement("bygganmälan", ("Ansök om bygglov", "Bygglov och anmälan"), note="synonym"),
    Judgement("altan bygglov", ("Bygglov för altan",)),
    Judgement("attefall", ("Anmälan om attefallsåtgärd",), note="part of a compound"),
    Judgement("staket", ("Staket och plank",)),
    Judgement("nybyggnadskarta", ("Beställ nybyggnadskarta",)),
    Judgement("hyra lägenhet", ("Sök lägenhet hos Stadens Bostäder",)),
    # Traffic and parking
    Judgement("parkeringstillstånd", ("Parkeringstillstånd för rörelsehindrade",)),
    Judgement("handikapparkering", ("Parkeringstillstånd för rörelsehindrade",), note="synonym"),
    Judgement("parkeringsbot", ("Parkeringsanmärkning",), note="colloquial, synonym"),
    Judgement("boendeparkering", ("Boendeparkering",)),
    Judgement("gatlampa trasig", ("Trasig gatubelysning", "Felanmälan gata, park och belysning")),
    Judgement("felanmälan", ("Felanmälan gata, park och belysning",)),
    Judgement("snöröjning", ("Snöröjning",)),
    Judgement("klotter", ("Klotter",)),
    Judgement("fardtjanst", ("Färdtjänst",), note="typed without dots"),
    # Care and support
    Judgement("socialbidrag", ("Ekonomiskt bistånd",), note="old word, synonym"),
    Judgement("ekonomiskt bistånd", ("Ekonomiskt bistånd",)),
    Judgement("hemtjanst", ("Hemtjänst", "Få hemtjänst"), note="typed without dots"),
    Judgement("äldreboende plats", ("Ansök om plats på äldreboende",)),
    Judgement("trygghetslarm", ("Trygghetslarm",)),
    Judgement("skulder", ("Skuldrådgivning",)),
    Judgement("hjälp med hyran", ("Hjälp att betala hyran",)),
    Judgement("tolk", ("Tolk",)),
    # Waste and water
    Judgement("grovsopor", ("Hämtning av grovavfall", "Grovavfall i lägenhet"), note="synonym"),
    Judgement("när töms soptunnan", ("När töms soporna",)),
    Judgement("återvinningscentral öppettider", ("Öppettider återvinningscentral",)),
    Judgement("kompostera matavfall", ("Anmäl kompostering av matavfall",)),
    Judgement("vattnet avstängt", ("Vattnet är avstängt",)),
    # Culture, leisure, the city
    Judgement("lånekort", ("Lånekort på biblioteket", "Tappat lånekort")),
    Judgement("tappat lånekortet", ("Tappat lånekort",)),
    Judgement("simskola", ("Simskola",)),
    Judgement("feriejobb", ("Sommarjobb",), note="synonym"),
    Judgement("föreningsbidrag", ("Föreningsbidrag", "Söka föreningsbidrag")),
    Judgement("boka idrottshall", ("Boka idrottshall",)),
    Judgement("borgerlig vigsel", ("Borgerlig vigsel",)),
    Judgement("allmän handling", ("Begär kopia av allmän handling", "Få ut en handling")),
    Judgement("klagomål", ("Lämna synpunkter",), note="synonym"),
    Judgement("överklaga", ("Överklaga beslut",)),
    Judgement("serveringstillstånd", ("Serveringstillstånd", "Tid för serveringstillstånd")),
    # English
    Judgement("preschool place", ("Apply for a preschool place",), locale="en"),
    Judgement("building permit", ("Apply for a building permit",), locale="en"),
    Judgement(
        "parking permit disabled", ("Parking permit for people with disabilities",), locale="en"
    ),
    Judgement("financial assistance", ("Financial assistance",), locale="en"),
    Judgement("broken street light", ("Broken street lighting",), locale="en"),
    Judgement("bins emptied", ("When the bins are emptied",), locale="en"),
]


@dataclass(frozen=True)
class Outcome:
    judgement: Judgement
    titles: tuple[str, ...]  # the first results as a reader sees them
    rank: int | None  # 1-based position of the first expected title, None if absent


def evaluate(judgements: list[Judgement] = JUDGEMENTS, *, depth: int = 10) -> list[Outcome]:
    """Run every query through the same search the API uses."""
    from search.queries import search

    outcomes = []
    for judgement in judgements:
        answer = search(judgement.query, locale=judgement.locale, limit=depth)
        titles = tuple(
            [d.title for d in answer.promoted] + [h.document.title for h in answer.result.hits]
        )[:depth]
        rank = next((i + 1 for i, t in enumerate(titles) if t in judgement.expected), None)
        outcomes.append(Outcome(judgement=judgement, titles=titles, rank=rank))
    return outcomes


def top3_rate(outcomes: list[Outcome]) -> float:
    return sum(1 for o in outcomes if o.rank is not None and o.rank <= 3) / len(outcomes)


def mean_reciprocal_rank(outcomes: list[Outcome]) -> float:
    return sum(1 / o.rank for o in outcomes if o.rank is not None) / len(outcomes)


def report(outcomes: list[Outcome]) -> str:
    lines = [
        f"{len(outcomes)} queries: top-3 hit rate {top3_rate(outcomes):.3f}, "
        f"MRR {mean_reciprocal_rank(outcomes):.3f}"
    ]
    for o in outcomes:
        if o.rank is None or o.rank > 3:
            lines.append(f"  miss: {o.judgement.query!r} -> {list(o.titles[:3])}")
    return "\n".join(lines)
