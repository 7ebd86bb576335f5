"""Search analysis from many threads at once, as gunicorn's threads run it."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterator

import pytest

from search import analysis

THREADS = 8
SV_ENDINGS = ["", "en", "ar", "arna", "ernas", "ing", "ingar", "orna", "et", "ens", "ande", "heten"]
EN_ROOTS = ["connect", "generat", "nation", "happi", "relat", "operat", "condition", "develop"]
EN_ENDINGS = ["", "ing", "ed", "ness", "ational", "ization", "ly", "es", "ful", "ment", "ively"]


def _word_list() -> list[tuple[str, str]]:
    swedish = [part + end for part in sorted(analysis.compound_parts()) for end in SV_ENDINGS]
    english = [root + end for root in EN_ROOTS for end in EN_ENDINGS]
    return [(w, "sv") for w in swedish] + [(w, "en") for w in english]


def _clear_caches() -> None:
    analysis._forms.cache_clear()
    analysis._found_by.cache_clear()
    analysis.split_compound.cache_clear()


@pytest.fixture
def frequent_switches() -> Iterator[None]:
    """Threads switch far more often than by default, so an unsafe interleaving shows."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)
    _clear_caches()
    try:
        yield
    finally:
        sys.setswitchinterval(before)
        _clear_caches()


def _from_threads(words: list[tuple[str, str]], fn: Callable[[str, str], object]) -> list[str]:
    """Run fn over every word in THREADS threads at once; what differed or raised."""
    expected = {(w, locale): fn(w, locale) for w, locale in words}
    _clear_caches()
    start = threading.Barrier(THREADS)
    wrong: list[str] = []

    def work(index: int) -> None:
        order = words if index % 2 else words[::-1]  # meet each other mid-list
        start.wait()
        for w, locale in order:
            try:
                if fn(w, locale) != expected[(w, locale)]:
                    wrong.append(w)
            except Exception as error:  # a shared stemmer raises IndexError
                wrong.append(f"{w}: {error!r}")

    threads = [threading.Thread(target=work, args=(i,)) for i in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    # What the caches kept must be the single-threaded answer too.
    wrong += [w for w, locale in words if fn(w, locale) != expected[(w, locale)]]
    return wrong


def test_stems_from_many_threads_equal_single_threaded_stems(frequent_switches: None) -> None:
    words = _word_list()
    assert len(words) > 2_000
    wrong = _from_threads(words, analysis.stem)
    assert wrong == [], f"{len(wrong)} of {THREADS * len(words)} stems differed: {wrong[:5]}"


def test_cached_forms_from_many_threads_equal_single_threaded_forms(
    frequent_switches: None,
) -> None:
    wrong = _from_threads(_word_list(), analysis._found_by)
    assert wrong == [], f"{len(wrong)} cached forms differed: {wrong[:5]}"
