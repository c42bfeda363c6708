"""The class page's real server: waitress in front, analyses in a pool of worker processes.

Why waitress: pure Python, runs everywhere, and unlike Werkzeug's development server it
has a fixed number of threads (idle connections cost a socket, never a thread), closes
idle connections, caps the open connections and names no versions in its ``Server``
header. Request bodies and pages stay in memory (the app never writes a paste to disk).

    >>> settings = Settings(workers=2, time_limit=30)
    >>> pool = make_pool(settings, max_bytes=5_000_000)
    >>> server = build_server(create_app(pool=pool), "127.0.0.1", 8000, settings)
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Any

from analysis.intake.loading import InputError

SERVER_NAME = "credibility"  # the whole Server header: no program or Python version
SPARE_THREADS = 4  # for the light pages (home, seeds, styles) while analyses wait


@dataclass(frozen=True, slots=True)
class Settings:
    """How many analyses run at once, wait, and for how long; idle connection timeout."""

    workers: int = 2
    time_limit: float = 30.0
    max_waiting: int = 32
    idle_timeout: int = 30
    connection_limit: int = 500

    @property
    def threads(self) -> int:
        """Enough for every running and waiting analysis plus a few light pages, no more."""
        return self.workers + self.max_waiting + SPARE_THREADS


def default_workers() -> int:
    """One worker process per core this process may use (at least one, at most eight)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    return max(1, min(cores, 8))


def make_pool(settings: Settings, *, max_bytes: int, seeds: Any = None) -> Any:
    """The pool of worker processes that analyse posted texts (not started yet)."""
    from analysis.web.job import init_worker, respond
    from analysis.web.workers import WorkerPool

    return WorkerPool(respond, workers=settings.workers, time_limit=settings.time_limit,
                      max_waiting=settings.max_waiting, initializer=init_worker,
                      initargs=(max_bytes, seeds))


def build_server(app: Any, host: str, port: int, settings: Settings,
                 *, max_bytes: int = 5_000_000, sockets: dict | None = None) -> Any:
    """A waitress server listening on ``host``:``port`` (``InputError`` when it cannot).

    ``sockets`` is the map of its open sockets (waitress makes one when it is not given).
    """
    import waitress

    logging.getLogger("waitress.queue").setLevel(logging.ERROR)  # no line per queued request
    give_back_large_buffers()
    try:
        return waitress.create_server(
            app, map=sockets, host=host, port=port, threads=settings.threads, ident=SERVER_NAME,
            channel_timeout=settings.idle_timeout,
            cleanup_interval=max(1, min(30, settings.idle_timeout // 2)),
            connection_limit=_connection_limit(settings.connection_limit),
            asyncore_use_poll=True,  # select() cannot watch more than 1,024 sockets
            inbuf_overflow=max_bytes + 1_000_000, outbuf_overflow=64_000_000,
            max_request_body_size=max_bytes + 1_000_000, expose_tracebacks=False,
            clear_untrusted_proxy_headers=True)
    except (OSError, OverflowError, ValueError) as exc:
        raise InputError(f"cannot listen on {host} port {port}; try another --port "
                         f"({getattr(exc, 'strerror', None) or exc})") from None


def give_back_large_buffers() -> None:
    """Make glibc return every freed buffer of 128 KB or more to the system at once.

    Pages and pasted texts are large buffers made in many threads. glibc raises its
    threshold for "large" after each one is freed and then keeps the next ones in its
    per-thread heaps, so the server stayed 40 MB larger after a few big pastes (issue 10
    asks that memory come back near its baseline). A fixed threshold ends that. Elsewhere
    than glibc there is no ``mallopt`` and nothing is changed.
    """
    import ctypes

    try:
        mallopt = ctypes.CDLL("libc.so.6").mallopt
    except (OSError, AttributeError):
        return
    mallopt(-3, 128 * 1024)  # M_MMAP_THRESHOLD


def server_port(server: Any) -> int:
    """The port the server really listens on (``--port 0`` picks a free one)."""
    return int(server.effective_port)


def _connection_limit(wanted: int) -> int:
    """``wanted``, but never more than this process may open files (leaving room for pipes)."""
    try:
        import resource  # not on Windows, which has no such limit to respect
    except ImportError:
        return wanted
    try:
        soft = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    except (OSError, ValueError):
        return wanted
    if soft == resource.RLIM_INFINITY:
        return wanted
    return max(10, min(wanted, soft - 100))


def serve_in_thread(app: Any, settings: Settings, *, host: str = "127.0.0.1",
                    port: int = 0) -> tuple[Any, Any]:
    """Start ``build_server`` in a daemon thread (tests); returns the server and a stop function."""
    import threading

    from waitress import wasyncore

    sockets: dict = {}
    server = build_server(app, host, port, settings, sockets=sockets)
    thread = threading.Thread(target=server.run, daemon=True, name="credibility-server")
    thread.start()

    def stop() -> None:
        server.task_dispatcher.shutdown()
        wasyncore.close_all(sockets)  # its loop ends when no socket is left
        thread.join(timeout=10)

    return server, stop
