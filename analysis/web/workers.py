"""A small pool of worker processes with a hard time limit per task and a bounded queue.

Why not ``concurrent.futures.ProcessPoolExecutor``: it cannot stop one stuck task. Here
every worker has its own pipe, so a task that runs past ``time_limit`` has its worker
killed and replaced while the other workers carry on. A caller that finds every worker
busy waits its turn when fewer than ``max_waiting`` callers are waiting already, and gets
``Busy`` at once when that many are: a flood of requests gets a "busy" answer instead of
an ever-longer wait (``max_wait``, four time limits by default, is only a safety net).
``Busy`` carries ``retry_after``, the whole seconds a caller turned away may expect to
wait: callers waiting × mean time of the last ``RECENT`` tasks ÷ workers, within 1-60 s (a
fixed 5 s left the workers idle while clients slept). Workers are started with ``spawn``
(the one method every platform has). One is retired as soon as a task leaves it more than
``max_growth_mb`` larger than it started (Python keeps the memory a very large text took),
so that memory goes back to the system, and after ``max_tasks`` tasks once no caller is
waiting (a replacement mid-burst makes callers wait while it imports and warms up, about a
second of CPU); a replacement starts at once. One that grew less, or is past
``max_tasks``, is replaced once it has sat idle for ``IDLE_REFRESH`` seconds, so after a
burst the server returns to about the memory it started with.

    >>> pool = WorkerPool(job=len, workers=2, time_limit=5)
    >>> pool.start(); pool.run("four"); pool.close()
    4
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from typing import Any

READY_TIMEOUT = 120.0  # seconds a new worker may take to import and warm up
IDLE_REFRESH = 5.0  # seconds idle after which a worker that grew (or is past max_tasks) goes
IDLE_GROWTH_MB = 8.0  # growth that an idle worker may keep
RECENT = 20  # tasks whose mean duration estimates the wait of a caller turned away
RETRY_DEFAULT = 5  # Retry-After seconds before any task has finished
RETRY_MIN, RETRY_MAX = 1, 60


class Busy(Exception):
    """Too many requests are already waiting for a worker, or none became free in time.

    ``retry_after``: whole seconds after which trying again is likely to find room.
    """

    def __init__(self, message: str, retry_after: int = RETRY_DEFAULT) -> None:
        super().__init__(message)
        self.retry_after = retry_after


def expected_wait(waiting: int, durations: Iterable[float], workers: int) -> int:
    """Whole seconds until ``waiting`` queued tasks are done by ``workers`` workers, if each
    takes the mean of ``durations`` (``RETRY_DEFAULT`` with none): rounded down (HTTP's
    Retry-After is whole seconds), never below ``RETRY_MIN`` nor above ``RETRY_MAX``.

        >>> expected_wait(32, [0.5, 0.25], 2), expected_wait(3, [0.1], 2), expected_wait(1, [], 1)
        (6, 1, 5)
    """
    times = list(durations)
    if not times:
        return RETRY_DEFAULT
    wait = waiting * (sum(times) / len(times)) / max(1, workers)
    return int(min(RETRY_MAX, max(RETRY_MIN, wait)))


class TooSlow(Exception):
    """The task ran past the time limit; its worker was stopped and replaced."""


class WorkerFailed(Exception):
    """The task raised, or its worker died; the message names the error, not the data."""


def resident_mb() -> float | None:
    """This process's resident memory in MB (None where /proc is not there to tell)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6
    except (OSError, ValueError, IndexError, AttributeError):
        return None


def _worker_main(conn: Any, job: Callable[..., Any], initializer: Callable[..., Any] | None,
                 initargs: tuple[Any, ...]) -> None:
    """A worker's life: warm up, say ready, then run tasks until told to stop.

    Each reply says how many MB the worker has grown since it was ready (None: unknown).
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C stops the server, which stops us
    if initializer is not None:
        initializer(*initargs)
    start = resident_mb()
    conn.send("ready")
    while True:
        try:
            args = conn.recv()
        except (EOFError, OSError):
            return
        if args is None:
            return
        try:
            reply: tuple[str, Any] = ("ok", job(*args))
        except Exception as exc:  # reported to the caller, who shows a plain page
            reply = ("error", f"{type(exc).__name__}: {exc}")
        now = resident_mb()
        conn.send((*reply, None if start is None or now is None else now - start))


class _Worker:
    def __init__(self, ctx: Any, spec: tuple[Any, ...]) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker_main, args=(child, *spec),
                                   daemon=True, name="credibility-worker")
        self.process.start()
        child.close()
        self.ready = False
        self.tasks = 0
        self.refresh: threading.Timer | None = None  # at most one pending idle check

    def wait_ready(self) -> None:
        if not self.ready:
            if not self.conn.poll(READY_TIMEOUT) or self.conn.recv() != "ready":
                raise WorkerFailed("a worker process did not start")
            self.ready = True

    def stop(self, *, kill: bool) -> None:
        if self.refresh is not None:
            self.refresh.cancel()  # its timer thread ends now, not IDLE_REFRESH later
        try:
            if kill:
                self.process.kill()
            else:
                self.conn.send(None)
        except (OSError, ValueError):
            pass
        self.process.join(5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(5)
        self.conn.close()


class WorkerPool:
    """``run(*args)`` calls ``job(*args)`` in a worker process, within ``time_limit``."""

    def __init__(self, job: Callable[..., Any], *, workers: int = 2, time_limit: float = 30.0,
                 max_waiting: int = 32, max_wait: float | None = None, max_tasks: int = 200,
                 max_growth_mb: float = 32.0, initializer: Callable[..., Any] | None = None,
                 initargs: tuple[Any, ...] = (),
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.job, self.workers, self.time_limit = job, max(1, workers), time_limit
        self.max_waiting, self.max_tasks = max_waiting, max_tasks
        # A safety net, not the queue's usual bound (that is max_waiting): four analyses' time.
        self.max_wait = 4 * time_limit if max_wait is None else max_wait
        self.max_growth_mb = max_growth_mb
        self._spec = (job, initializer, initargs)
        self._ctx = multiprocessing.get_context("spawn")
        self._cond = threading.Condition()
        self._idle: list[_Worker] = []
        self._all: set[_Worker] = set()
        self._free_slots = self.workers  # slots with no process yet
        self._waiting = 0
        self._started = 0
        self._closed = False
        self._clock = clock  # times tasks (for Retry-After); tests pass a fake one
        self._durations: deque[float] = deque(maxlen=RECENT)

    def start(self) -> None:
        """Start every worker now (they warm up in the background) rather than on demand."""
        with self._cond:
            while self._free_slots:
                self._free_slots -= 1
                self._idle.append(self._spawn())

    def run(self, *args: Any) -> Any:
        """``job(*args)``'s result; ``Busy``, ``TooSlow`` or ``WorkerFailed`` otherwise."""
        worker = self._acquire()
        try:
            worker.wait_ready()
            began = self._clock()
            worker.conn.send(args)
            if not worker.conn.poll(self.time_limit):
                self._discard(worker, kill=True)
                raise TooSlow(f"more than {self.time_limit:g} seconds")
            status, value, grown = worker.conn.recv()
            took = self._clock() - began
        except (EOFError, OSError, ValueError) as exc:
            self._discard(worker, kill=True)
            raise WorkerFailed(f"the worker process stopped ({type(exc).__name__})") from None
        except WorkerFailed:
            self._discard(worker, kill=True)
            raise
        self._release(worker, grown or 0.0, took)
        if status != "ok":
            raise WorkerFailed(value)
        return value

    def retry_after(self) -> int:
        """Whole seconds a caller turned away now should wait (see ``expected_wait``)."""
        with self._cond:
            return expected_wait(self._waiting, self._durations, self.workers)

    def stats(self) -> dict[str, int]:
        """Workers running, idle and ever started, and callers waiting (for tests, logs)."""
        with self._cond:
            return {"running": len(self._all), "idle": len(self._idle),
                    "started": self._started, "waiting": self._waiting}

    def close(self) -> None:
        """Stop every worker; callers still waiting get ``Busy``."""
        with self._cond:
            self._closed = True
            workers = list(self._all)
            self._idle.clear()
            self._cond.notify_all()
        for w in workers:
            w.stop(kill=True)

    def _spawn(self) -> _Worker:
        worker = _Worker(self._ctx, self._spec)
        with self._cond:  # re-entrant: start() holds it already
            self._all.add(worker)
            self._started += 1
        return worker

    def _acquire(self) -> _Worker:
        deadline = time.monotonic() + self.max_wait
        with self._cond:
            if not self._idle and not self._free_slots and self._waiting >= self.max_waiting:
                raise Busy("too many requests are waiting",
                           expected_wait(self._waiting, self._durations, self.workers))
            self._waiting += 1
            try:
                while not self._closed and not self._idle and not self._free_slots:
                    left = deadline - time.monotonic()
                    if left <= 0:
                        raise Busy("no worker became free in time",
                                   expected_wait(self._waiting, self._durations, self.workers))
                    self._cond.wait(left)
                if self._closed:
                    raise Busy("the server is stopping")
                if self._idle:
                    return self._idle.pop()
                self._free_slots -= 1
            finally:
                self._waiting -= 1
        try:
            return self._spawn()
        except Exception:
            with self._cond:
                self._free_slots += 1
                self._cond.notify()
            raise

    def _release(self, worker: _Worker, grown: float, took: float) -> None:
        """Back to the idle list, or retired: at once when it grew too much, after
        ``max_tasks`` only once nobody waits (a replacement costs a second's warm-up)."""
        worker.tasks += 1
        with self._cond:
            self._durations.append(took)
            retire = grown > self.max_growth_mb or (
                worker.tasks >= self.max_tasks and not self._waiting)
            if not retire:
                if self._closed:
                    return
                self._idle.append(worker)
                self._cond.notify()
        if retire:
            threading.Thread(target=self._discard, args=(worker,), kwargs={"kill": False},
                             daemon=True).start()  # without making this caller wait
            return
        if grown > IDLE_GROWTH_MB or worker.tasks >= self.max_tasks:  # retire it when idle
            if worker.refresh is not None:
                worker.refresh.cancel()
            worker.refresh = threading.Timer(IDLE_REFRESH, self._refresh, (worker, worker.tasks))
            worker.refresh.daemon = True
            worker.refresh.start()

    def _refresh(self, worker: _Worker, tasks: int) -> None:
        """Replace ``worker`` if it is still idle and has run nothing since ``tasks``."""
        with self._cond:
            if self._closed or worker.tasks != tasks or worker not in self._idle:
                return
            self._idle.remove(worker)
        self._discard(worker, kill=False)

    def _discard(self, worker: _Worker, *, kill: bool) -> None:
        """Stop ``worker`` and start its replacement, which warms up while callers wait."""
        with self._cond:
            self._all.discard(worker)
        worker.stop(kill=kill)
        with self._cond:
            if self._closed:
                return
            try:
                self._idle.append(self._spawn())
            except OSError:
                self._free_slots += 1  # the next caller tries again
            self._cond.notify()
