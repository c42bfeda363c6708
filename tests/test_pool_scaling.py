"""The worker pool under a burst (issue 13): Retry-After from the recent task times, and
workers past ``max_tasks`` kept while callers wait.

With a fixed ``Retry-After: 5`` two workers sat idle while turned-away clients slept, so
the class server with 2 workers served little more than with 1; and a worker retired
mid-burst made callers wait for its replacement's second of warm-up.
"""

from __future__ import annotations

import os
import threading
import time

import pytest

pytest.importorskip("flask", reason="the class page needs Flask (pip install -e .)")

from analysis.web.app import create_app  # noqa: E402
from analysis.web.workers import Busy, WorkerPool, expected_wait  # noqa: E402


def nap_pid(seconds: float) -> int:
    """A task for the pool: sleep, then name the worker process that ran it."""
    time.sleep(seconds)
    return os.getpid()


class FakeClock:
    """Returns the given instants in turn (then one second apart), from any thread."""

    def __init__(self, *instants: float) -> None:
        self.instants, self.lock = list(instants), threading.Lock()
        self.last = 0.0

    def __call__(self) -> float:
        with self.lock:
            self.last = self.instants.pop(0) if self.instants else self.last + 1
            return self.last


def _until(condition, limit: float = 30.0) -> None:
    deadline = time.monotonic() + limit
    while not condition():
        assert time.monotonic() < deadline, "the pool never reached the expected state"
        time.sleep(0.01)


@pytest.mark.parametrize(("waiting", "durations", "workers", "seconds"), [
    (32, [0.5, 0.25], 2, 6),      # 32 × 0.375 ÷ 2 = 6.0
    (32, [0.3], 2, 4),            # 4.8, rounded down: Retry-After is whole seconds
    (3, [0.1, 0.2], 2, 1),        # 0.45: never less than 1 s
    (200, [4.0], 1, 60),          # 800: never more than 60 s
    (10, [1.0] * 20 + [3.0], 2, 5),  # the mean of what is given (the pool keeps the last 20)
    (5, [], 2, 5),                # nothing finished yet: the old fixed 5 s
    (0, [2.0], 2, 1),
])
def test_expected_wait(waiting: int, durations: list, workers: int, seconds: int) -> None:
    assert expected_wait(waiting, durations, workers) == seconds


def test_busy_answer_carries_the_pools_estimate() -> None:
    # two tasks of 6 s and 8 s by the fake clock: a mean of 7 s, one caller waiting, 1 worker
    pool = WorkerPool(nap_pid, workers=1, time_limit=20, max_waiting=1,
                      clock=FakeClock(0, 6, 10, 18))
    pool.start()
    try:
        pool.run(0)
        pool.run(0)
        runner = threading.Thread(target=pool.run, args=(1.0,))
        waiter = threading.Thread(target=pool.run, args=(0,))
        runner.start()
        _until(lambda: pool.stats()["idle"] == 0)
        waiter.start()
        _until(lambda: pool.stats()["waiting"] == 1)
        assert pool.retry_after() == 7
        with pytest.raises(Busy) as busy:
            pool.run(0)
        assert busy.value.retry_after == 7
        runner.join()
        waiter.join()
    finally:
        pool.close()


class BusyPool:
    time_limit = 30.0

    def __init__(self, error: Busy) -> None:
        self.error = error

    def run(self, *_args):
        raise self.error


def test_busy_page_sends_the_estimate_as_retry_after() -> None:
    article = "The council voted on Tuesday, officials said. " * 5
    for error, header in ((Busy("full", retry_after=17), "17"), (Busy("full"), "5")):
        client = create_app(seeds=[], pool=BusyPool(error)).test_client()
        r = client.post("/article", data={"text": article})
        assert r.status_code == 503 and r.headers["Retry-After"] == header


def test_worker_past_max_tasks_is_kept_while_callers_wait() -> None:
    pool = WorkerPool(nap_pid, workers=1, time_limit=20, max_waiting=5, max_tasks=2)
    pool.start()
    try:
        first = pool.run(0)  # 1 task: warm
        pids: list[int] = []
        runner = threading.Thread(target=lambda: pids.append(pool.run(0.5)))  # its 2nd task
        runner.start()
        _until(lambda: pool.stats()["idle"] == 0)
        waiters = [threading.Thread(target=lambda: pids.append(pool.run(0.05)))
                   for _ in range(2)]
        for w in waiters:
            w.start()
        _until(lambda: pool.stats()["waiting"] == 2)
        for t in (runner, *waiters):
            t.join()
        assert pids == [first, first, first]  # 4 tasks, 2 over the limit: no new process
        _until(lambda: pool.stats()["started"] == 2)  # retired once nobody waited
        assert pool.run(0) != first and pool.stats()["running"] == 1
    finally:
        pool.close()


def test_worker_past_max_tasks_is_retired_at_once_when_nobody_waits() -> None:
    pool = WorkerPool(nap_pid, workers=1, time_limit=20, max_tasks=2)
    pool.start()
    try:
        first = pool.run(0)
        assert pool.run(0) == first  # its 2nd task: retired after it
        assert pool.run(0) != first and pool.stats()["started"] == 2
    finally:
        pool.close()
