"""How many exports one process streams at once.

Gunicorn's threaded workers give each download a thread for as long as the client reads;
a few slow mirrors must not take every thread of a process. An export takes a slot when
its answer is made and gives it back when the answer is closed (the server closes it when
the body is sent or the client leaves); with none free, the client is asked to come back.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from django.conf import settings
from django.http import StreamingHttpResponse

from api.errors import Problem

RETRY_AFTER_SECONDS = 30


class ExportsBusy(Problem):
    """Every streaming slot of this process is taken: 503 with Retry-After."""

    def __init__(self) -> None:
        super().__init__(
            "This server is already streaming as many exports as it may; try again shortly.",
            status=503,
            code="exports_busy",
            title="Too many exports at once",
        )
        self.wait = RETRY_AFTER_SECONDS  # REST framework's handler turns it into Retry-After


class _Slots:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._size = 0
        self._semaphore = threading.BoundedSemaphore(1)

    def take(self) -> Callable[[], None] | None:
        """A function that gives the slot back (once, however often called), or None."""
        size = settings.OPENDATA_STREAMS_PER_PROCESS
        with self._lock:
            if size != self._size:  # the setting changed: slots held go back to the old one
                self._size, self._semaphore = size, threading.BoundedSemaphore(size)
            semaphore = self._semaphore
        if not semaphore.acquire(blocking=False):
            return None
        given_back = threading.Event()

        def give_back() -> None:
            with self._lock:
                if given_back.is_set():
                    return
                given_back.set()
            semaphore.release()

        return give_back


_slots = _Slots()


class _SlotResponse(StreamingHttpResponse):
    def __init__(self, *args: Any, give_back: Callable[[], None], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._give_back = give_back

    def close(self) -> None:
        try:
            super().close()
        finally:
            self._give_back()


def _body(chunks: Iterable[bytes], give_back: Callable[[], None]) -> Iterator[bytes]:
    try:
        yield from chunks
    finally:
        give_back()


def streaming_response(body: Iterable[bytes], *, content_type: str) -> StreamingHttpResponse:
    """A streamed answer holding one of the process's slots until it is closed, its body
    is read to the end, or it is dropped; ExportsBusy when none is free."""
    give_back = _slots.take()
    if give_back is None:
        raise ExportsBusy
    try:
        response = _SlotResponse(
            _body(body, give_back), content_type=content_type, give_back=give_back
        )
    except BaseException:
        give_back()
        raise
    weakref.finalize(response, give_back)
    return response
