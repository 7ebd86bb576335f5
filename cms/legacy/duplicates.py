"""Near-identical pages across old sites (twenty 'Parkering' pages), by MinHash.

Each imported page keeps a short signature of its text's word 4-shingles. Pages whose
signatures share a band are candidates; candidates whose signatures agree in at least
`THRESHOLD` of their positions (an estimate of the shingles' Jaccard similarity) are
duplicates, grouped transitively.
"""

from __future__ import annotations

import hashlib
import random
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from cms.legacy.cleaning import shingles, words
from cms.models.legacy import LegacyItem

PERMUTATIONS = 16
BANDS = 4
ROWS = PERMUTATIONS // BANDS
THRESHOLD = 0.75
_MASKS = [random.Random(seed).getrandbits(64) for seed in range(PERMUTATIONS)]  # noqa: S311
_EMPTY = [0] * PERMUTATIONS


def _hash64(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big")


def signature(text: str) -> list[int]:
    """MinHash signature of a text (the same text gives the same signature in every run)."""
    tokens = words(text)
    if not tokens:
        return list(_EMPTY)
    hashes = {_hash64(s) for s in shingles(tokens)}
    # JSON numbers beyond 2**53 lose precision in some readers; 52 bits are plenty.
    return [min(h ^ mask for h in hashes) >> 12 for mask in _MASKS]


def similarity(a: list[int], b: list[int]) -> float:
    if len(a) != PERMUTATIONS or len(b) != PERMUTATIONS:
        return 0.0
    return sum(x == y for x, y in zip(a, b, strict=True)) / PERMUTATIONS


@dataclass(frozen=True)
class DuplicateGroup:
    item_ids: tuple[int, ...]
    similarity: float  # the lowest pairwise estimate that joined the group


def _candidates(rows: Iterable[tuple[int, list[int]]]) -> Iterator[tuple[int, int, float]]:
    buckets: dict[tuple[int, tuple[int, ...]], list[int]] = defaultdict(list)
    signatures: dict[int, list[int]] = {}
    for pk, sig in rows:
        if not sig or sig == _EMPTY or len(sig) != PERMUTATIONS:
            continue
        signatures[pk] = sig
        for band in range(BANDS):
            buckets[(band, tuple(sig[band * ROWS : (band + 1) * ROWS]))].append(pk)
    seen: set[tuple[int, int]] = set()
    for members in buckets.values():
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                pair = (min(a, b), max(a, b))
                if pair in seen:
                    continue
                seen.add(pair)
                score = similarity(signatures[a], signatures[b])
                if score >= THRESHOLD:
                    yield pair[0], pair[1], score


def duplicate_groups(rows: Iterable[tuple[int, list[int]]] | None = None) -> list[DuplicateGroup]:
    """Groups of near-identical imported pages, largest first."""
    if rows is None:
        rows = (
            LegacyItem.objects.filter(page__isnull=False, status=LegacyItem.Status.IMPORTED)
            .exclude(text_signature=[])
            .values_list("pk", "text_signature")
            .iterator(chunk_size=2000)
        )
    parent: dict[int, int] = {}
    lowest: dict[int, float] = {}

    def find(x: int) -> int:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b, score in _candidates(rows):
        ra, rb = find(a), find(b)
        root = min(ra, rb)
        low = min(score, lowest.get(ra, 1.0), lowest.get(rb, 1.0))
        parent[ra] = parent[rb] = root
        lowest[root] = low
    groups: dict[int, list[int]] = defaultdict(list)
    for pk in list(parent):
        groups[find(pk)].append(pk)
    out = [
        DuplicateGroup(item_ids=tuple(sorted(members)), similarity=lowest.get(root, 1.0))
        for root, members in groups.items()
        if len(members) > 1
    ]
    return sorted(out, key=lambda g: (-len(g.item_ids), g.item_ids))
