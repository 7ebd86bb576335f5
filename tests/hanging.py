"""A server that accepts connections and never answers: a hung mail server, SMS gateway,
cache or cluster, as a failing network leaves them."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager


@contextmanager
def hanging_server(on_connect: Callable[[], None] | None = None) -> Iterator[int]:
    """Its port; `on_connect` runs (in its own thread) while each caller waits."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.1)  # to notice the end of the block
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return  # closed
            held.append(conn)  # open and silent until the block ends
            if on_connect is not None:
                threading.Thread(target=on_connect, daemon=True).start()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield int(listener.getsockname()[1])
    finally:
        stop.set()
        thread.join()
        listener.close()
        for conn in held:
            conn.close()
