"""The real class page server: waitress in front, worker processes behind, and its limits.

Issue 10: idle connections were never closed (350 idle sockets held 297 threads), 1,000
form parts got a 413 saying the file was too large, the ``Server`` header named Werkzeug
and Python versions, and there was no time limit on an analysis.
"""

from __future__ import annotations

import http.client
import io
import socket
import threading
import time
import urllib.parse
from collections.abc import Iterator

import pytest

pytest.importorskip("flask", reason="the class page needs Flask (pip install -e .)")
pytest.importorskip("waitress", reason="the class page needs waitress (pip install -e .)")

from analysis.web.app import create_app  # noqa: E402
from analysis.web.job import init_worker, respond  # noqa: E402
from analysis.web.server import Settings, serve_in_thread  # noqa: E402
from analysis.web.workers import Busy, TooSlow, WorkerPool  # noqa: E402

ARTICLE = ("Council approves bus lanes\n\n"
           "The city council voted 7-2 on Tuesday to add bus lanes on Main Street, the mayor's "
           "office said. Experts say the plan may cut commute times. Is this the best plan "
           "ever? \"We listened to every rider,\" said Ana Ruiz, the transport director.")
SLOW_MARK = "Slowcoach"  # a pasted text with this word sleeps in the slow worker
LIMIT = 1_000_000


def nap(seconds: float) -> float:
    """A task for the pool: sleep, then say how long."""
    time.sleep(seconds)
    return seconds


def init_slow_worker(max_bytes: int, seeds: list) -> None:
    """A worker whose analysis of a text containing ``SLOW_MARK`` never ends."""
    from analysis.web import routes

    init_worker(max_bytes, seeds)
    real = routes.analyze

    def analyze(text: str, **kwargs):
        if SLOW_MARK in text:
            time.sleep(600)
        return real(text, **kwargs)

    routes.analyze = analyze


@pytest.fixture(scope="module")
def seeds() -> list:
    from analysis.report import seed_analyses

    return seed_analyses()


@pytest.fixture(scope="module")
def live(seeds) -> Iterator[tuple[int, WorkerPool]]:
    """A real server on loopback: one slow-on-demand worker, a 2 s limit, 1 s idle timeout."""
    settings = Settings(workers=1, time_limit=2, max_waiting=4, idle_timeout=1)
    pool = WorkerPool(respond, workers=1, time_limit=2, max_waiting=4,
                      initializer=init_slow_worker, initargs=(LIMIT, seeds))
    pool.start()
    server, stop = serve_in_thread(create_app(seeds=seeds, max_bytes=LIMIT, pool=pool),
                                   settings)
    yield server.effective_port, pool
    stop()
    pool.close()


def request(port: int, method: str, path: str, fields: dict | None = None
            ) -> tuple[int, dict[str, str], str]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    body = urllib.parse.urlencode(fields).encode() if fields is not None else None
    headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
    conn.request(method, path, body=body, headers=headers)
    r = conn.getresponse()
    page = r.read().decode()
    conn.close()
    return r.status, dict(r.getheaders()), page


def test_server_header_names_no_versions(live) -> None:
    port, _ = live
    status, headers, _ = request(port, "GET", "/")
    assert status == 200
    assert headers["Server"] == "credibility" and "Via" not in headers
    assert not any(w in v for v in headers.values() for w in ("Werkzeug", "Python", "waitress"))


def test_pasted_page_from_a_worker_is_the_in_process_page(live, seeds) -> None:
    port, _ = live
    status, headers, page = request(port, "POST", "/article", {"text": ARTICLE})
    expected = create_app(seeds=seeds, max_bytes=LIMIT).test_client().post(
        "/article", data={"text": ARTICLE})
    assert status == 200 and page == expected.get_data(as_text=True)
    assert headers["Content-Security-Policy"] == expected.headers["Content-Security-Policy"]
    status, _, page = request(port, "POST", "/article", {"text": "   "})
    assert status == 400 and "no text to analyse" in page


def test_limits_hold_when_a_worker_makes_the_page(live) -> None:
    port, _ = live
    status, _, page = request(port, "POST", "/article", {"text": "word " * 300_000})
    assert status == 413 and "That file is too large" in page and "1.0 MB" in page
    boundary = "b0undary"
    parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="f{i}"\r\n\r\nx\r\n'
             for i in range(1000)]
    body = ("".join(parts) + f"--{boundary}--\r\n").encode()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    conn.request("POST", "/article", body=body,
                 headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
    r = conn.getresponse()
    page = r.read().decode()
    conn.close()
    assert r.status == 413 and "Too many form fields" in page and "too large" not in page


def test_time_limit_gives_a_plain_page_and_the_next_request_works(live) -> None:
    port, pool = live
    started = time.monotonic()
    status, _, page = request(port, "POST", "/article", {"text": f"{SLOW_MARK}. {ARTICLE}"})
    assert time.monotonic() - started < 30  # the stuck analysis would sleep for 600 s
    assert status == 503 and "This text took too long to analyse" in page
    assert "after 2 seconds" in page and "Traceback" not in page
    status, _, page = request(port, "POST", "/article", {"text": ARTICLE})
    assert status == 200 and "Council approves bus lanes</h1>" in page
    assert pool.stats()["running"] == 1


def test_idle_connections_are_closed_and_cost_no_thread(live) -> None:
    port, _ = live
    before = threading.active_count()
    idle = [socket.create_connection(("127.0.0.1", port), timeout=20) for _ in range(50)]
    time.sleep(0.5)
    assert threading.active_count() == before  # waitress: a fixed set of threads
    for s in idle:
        assert s.recv(1) == b""  # closed by the server after the 1 s idle timeout
        s.close()


class FakePool:
    time_limit = 7.0

    def __init__(self, error: Exception) -> None:
        self.error = error

    def run(self, *_args):
        raise self.error


def test_busy_pool_answers_at_once_with_retry_after(seeds) -> None:
    client = create_app(seeds=seeds, max_bytes=LIMIT, pool=FakePool(Busy("full"))).test_client()
    r = client.post("/article", data={"text": ARTICLE})
    page = r.get_data(as_text=True)
    assert r.status_code == 503 and r.headers["Retry-After"] == "5"  # Busy with no estimate
    assert "The page is busy" in page and "Try again in a moment" in page
    assert client.get("/").status_code == 200  # light pages never wait for a worker


def test_too_slow_page_names_the_limit(seeds) -> None:
    client = create_app(seeds=seeds, max_bytes=LIMIT, pool=FakePool(TooSlow("x"))).test_client()
    page = client.post("/compare", data={"text": ARTICLE, "b": "kbs"}).get_data(as_text=True)
    assert "This text took too long to analyse" in page and "after 7 seconds" in page


def test_pool_queue_is_bounded() -> None:
    pool = WorkerPool(nap, workers=1, time_limit=20, max_waiting=1)
    pool.start()
    try:
        assert pool.run(0) == 0  # the worker is warm
        results: list = []
        runner = threading.Thread(target=lambda: results.append(pool.run(1.5)))
        waiter = threading.Thread(target=lambda: results.append(pool.run(0)))
        runner.start()
        _until(lambda: pool.stats()["idle"] == 0)
        waiter.start()
        _until(lambda: pool.stats()["waiting"] == 1)
        with pytest.raises(Busy, match="too many requests are waiting"):
            pool.run(0)
        runner.join()
        waiter.join()
        assert sorted(results) == [0, 1.5]
    finally:
        pool.close()


def test_pool_kills_a_stuck_task_and_carries_on() -> None:
    pool = WorkerPool(nap, workers=1, time_limit=1, max_waiting=1)
    pool.start()
    try:
        pool.run(0)
        with pytest.raises(TooSlow, match="more than 1 seconds"):
            pool.run(60)
        assert pool.run(0.1) == 0.1 and pool.stats()["running"] == 1
    finally:
        pool.close()


def hoard(megabytes: int) -> int:
    """A task that keeps ``megabytes`` of memory for good; returns its process id."""
    import os

    _HOARD.append(bytearray(megabytes * 1_000_000))
    return os.getpid()


_HOARD: list = []


def test_pool_retires_a_worker_that_kept_too_much_memory() -> None:
    from analysis.web.workers import resident_mb

    if resident_mb() is None:
        pytest.skip("no /proc/self/statm here to measure a worker's memory")
    pool = WorkerPool(hoard, workers=1, time_limit=20, max_growth_mb=32)
    pool.start()
    try:
        first = pool.run(1)
        assert pool.run(1) == first  # 2 MB more: still the same worker
        assert pool.run(40) == first  # 42 MB more: it answers, then is retired
        assert pool.run(1) != first
    finally:
        pool.close()


def test_pool_replaces_a_grown_worker_once_it_is_idle(monkeypatch) -> None:
    from analysis.web import workers

    if workers.resident_mb() is None:
        pytest.skip("no /proc/self/statm here to measure a worker's memory")
    monkeypatch.setattr(workers, "IDLE_REFRESH", 0.2)
    pool = WorkerPool(hoard, workers=1, time_limit=20, max_growth_mb=32)
    pool.start()
    try:
        first = pool.run(12)  # 12 MB kept: below the limit, above what an idle worker may keep
        _until(lambda: pool.stats()["started"] == 2)
        assert pool.run(0) != first and pool.stats()["running"] == 1
    finally:
        pool.close()


def _until(condition, limit: float = 30.0) -> None:
    deadline = time.monotonic() + limit
    while not condition():
        assert time.monotonic() < deadline, "the pool never reached the expected state"
        time.sleep(0.01)


def test_too_many_form_fields_is_not_called_a_large_file(seeds) -> None:
    client = create_app(seeds=seeds, max_bytes=LIMIT).test_client()
    fields = {f"f{i}": "x" for i in range(1000)}
    fields["file"] = (io.BytesIO(ARTICLE.encode()), "a.txt")
    r = client.post("/article", data=fields, content_type="multipart/form-data")
    page = r.get_data(as_text=True)
    assert r.status_code == 413 and "Too many form fields" in page
    assert "more than 100 fields" in page and "too large" not in page
