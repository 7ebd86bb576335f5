"""Words for the generated city: Swedish pages from the benchmark vocabulary (a Zipf-like
head, so a few words are very common, some common and planted ones rare) and short
translations in English, Finnish and Arabic."""

from __future__ import annotations

import itertools
import random
import uuid
from typing import Any

from benchmarks.city_tree import Node, Text
from benchmarks.vocabulary import RARE, sentence, vocabulary, words
from search.analysis import split_compound

# The Swedish source and three translations; Arabic is right-to-left.
LANGUAGES = ["sv", "en", "fi", "ar"]
OTHER_WORDS = {
    "en": words("""
        city residents service apply school preschool library parking permit waste water
        street park housing support contact opening hours fee decision care elderly youth
        culture sports environment climate traffic bus bicycle news report form guide help
    """),
    "fi": words("""
        kaupunki asukkaat palvelu hakemus koulu päiväkoti kirjasto pysäköinti lupa jäte vesi
        katu puisto asuminen tuki yhteystiedot aukioloajat maksu päätös hoito vanhukset nuoret
        kulttuuri liikunta ympäristö ilmasto liikenne bussi pyörä uutiset ilmoitus lomake opas
    """),
    "ar": words("""
        المدينة السكان خدمة طلب مدرسة روضة مكتبة موقف تصريح نفايات ماء شارع حديقة سكن دعم
        اتصال مواعيد رسوم قرار رعاية كبار شباب ثقافة رياضة بيئة مناخ مرور حافلة دراجة أخبار
    """),
}
SECTIONS = [
    "Förskola",
    "Skola och utbildning",
    "Bygga och bo",
    "Trafik och gator",
    "Miljö och klimat",
    "Kultur och fritid",
    "Omsorg och stöd",
    "Arbete och företagande",
    "Kommun och politik",
    "Uppleva och göra",
    "Hälsa och trygghet",
    "Nyheter",
]


class Words:
    """Seeded draws from the vocabulary, with rare words planted in chosen pages."""

    def __init__(self, rng: random.Random) -> None:
        self.vocabulary = vocabulary()
        self.weights = list(
            itertools.accumulate(1 / rank for rank in range(1, len(self.vocabulary) + 1))
        )
        self.rare = [w for w in RARE if not split_compound(w) and w not in self.vocabulary]
        self.planted: dict[int, list[str]] = {}  # plan index -> rare words
        self.rng = rng

    def plant(self, candidates: list[int]) -> dict[str, list[int]]:
        """Each rare word in 2–8 of the candidate pages; where each went."""
        where: dict[str, list[int]] = {}
        for word in self.rare:
            hits = self.rng.sample(candidates, min(len(candidates), self.rng.randint(2, 8)))
            where[word] = hits
            for index in hits:
                self.planted.setdefault(index, []).append(word)
        return where

    def draw(self, rng: random.Random, n: int) -> list[str]:
        return rng.choices(self.vocabulary, cum_weights=self.weights, k=n)


def _block(kind: str, value: Any, rng: random.Random) -> dict[str, Any]:
    return {"type": kind, "value": value, "id": str(uuid.UUID(int=rng.getrandbits(128)))}


def swedish(vocabulary: Words) -> Text:
    """Swedish titles, summaries and bodies; planted words go into the body."""

    def title(rng: random.Random, node: Node) -> str:
        if node.name:
            return node.name
        return sentence(rng, vocabulary.draw(rng, rng.randint(2, 5)), end="")

    def summary(rng: random.Random, node: Node) -> str:
        return sentence(rng, vocabulary.draw(rng, rng.randint(8, 16)))[:300]

    def body(rng: random.Random, node: Node) -> list[dict[str, Any]]:
        def paragraph(extra: list[str] = []) -> str:  # noqa: B006 - read only
            return f"<p>{sentence(rng, vocabulary.draw(rng, rng.randint(10, 24)) + extra)}</p>"

        blocks = [_block("rich_text", paragraph(), rng)]
        for _ in range(rng.randint(1, 3)):
            heading = sentence(rng, vocabulary.draw(rng, 3), end="")
            blocks.append(_block("heading", {"text": heading[:120], "level": "h2"}, rng))
            blocks.append(_block("rich_text", paragraph() + paragraph(), rng))
        if node.image is not None and rng.random() < 0.5:
            alt = sentence(rng, vocabulary.draw(rng, 4), end="")
            value = {"image": node.image, "alt_text": alt, "caption": ""}
            blocks.insert(1, _block("image", value, rng))
        if rng.random() < 0.25:
            fact = {"title": "Bra att veta", "body": paragraph()}
            blocks.append(_block("fact_box", fact, rng))
        rare = vocabulary.planted.get(node.index)
        if rare:
            blocks.append(_block("rich_text", paragraph(rare), rng))
        return blocks

    return Text(title=title, summary=summary, body=body)


def translated(language: str) -> Text:
    """A short text in another language, from its small word list."""
    pool = OTHER_WORDS[language]

    def phrase(rng: random.Random, low: int, high: int, end: str = ".") -> str:
        text = " ".join(rng.choices(pool, k=rng.randint(low, high)))
        return text[:1].upper() + text[1:] + end

    def body(rng: random.Random, node: Node) -> list[dict[str, Any]]:
        blocks = [_block("rich_text", f"<p>{phrase(rng, 12, 30)}</p>", rng)]
        if node.image is not None and rng.random() < 0.5:
            value = {"image": node.image, "alt_text": phrase(rng, 3, 5, ""), "caption": ""}
            blocks.append(_block("image", value, rng))
        return blocks

    return Text(
        title=lambda rng, node: phrase(rng, 2, 5, ""),
        summary=lambda rng, node: phrase(rng, 8, 14),
        body=body,
    )
