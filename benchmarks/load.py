"""Load on the class page server, as ``credibility serve`` runs it, over loopback only.

    .venv/bin/python benchmarks/load.py            # 200 pastes of 1 KB-500 KB (minutes)
    .venv/bin/python benchmarks/load.py --quick    # 40 pastes of 1 KB-50 KB (CI, ~1 min)
    .venv/bin/python benchmarks/load.py --compare-workers 1 2   # pastes/s by worker count

1. Starts ``credibility serve --port 0`` (a free port on 127.0.0.1) and warms it up.
2. Sends every paste at once from its own thread (sizes drawn log-uniformly with a fixed
   seed; texts cut from the four seed articles, repeated). A "busy" answer (503 with
   Retry-After) is retried after the pause it asks for, as a person would; anything else
   that is not the library's own page counts as an error.
3. Checks every page against the page the app makes in one process for the same text
   (``create_app().test_client()``: ``analyze`` on the same text, rendered the same way):
   status and every byte. Texts over the 400,000-character paste limit must get the same
   "too long" page as in process.
4. Prints p50/p95/max latency, throughput and the resident memory (VmRSS) of the server
   with its worker processes: before, at the peak and 12 s after the last answer.
5. Opens 300 idle connections: the server must keep its thread count, still answer a
   request, and close every one of them after its idle timeout (5 s here).

Nothing is asserted in a test: the script prints the figures and exits 1 when a page was
wrong, a request failed, or an idle connection stayed open.
"""

from __future__ import annotations

import argparse
import hashlib
import http.client
import math
import os
import random
import selectors
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
IDLE_TIMEOUT = 5
IDLE_SOCKETS = 300
AFTER_PAUSE = 12  # seconds: idle workers that grew are replaced after 5 (then warm up)
MAX_ATTEMPTS = 50  # busy answers retried per paste before it counts as failed
_APP = None


def texts(count: int, largest: int, seed: int = 10) -> list[str]:
    """``count`` texts of 1,000 to ``largest`` bytes, cut from the seeds at varying places."""
    from analysis.intake.seeds import load_seeds

    corpus = "\n\n".join(s.text for s in load_seeds())
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        size = int(math.exp(rng.uniform(math.log(1_000), math.log(largest))))
        start = rng.randrange(len(corpus))
        repeated = corpus[start:] + ("\n\n" + corpus) * (size // len(corpus) + 2)
        data = repeated.encode()[:size].decode(errors="ignore")
        out.append(data.rsplit(" ", 1)[0] if " " in data[-200:] else data)
    return out


def start_server(extra: list[str], root: Path = ROOT) -> tuple[subprocess.Popen, int]:
    cmd = [sys.executable, "-m", "analysis", "serve", "--port", "0",
           "--idle-timeout", str(IDLE_TIMEOUT), *extra]
    proc = subprocess.Popen(cmd, cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, preexec_fn=_default_sigint)
    line = proc.stdout.readline()
    if "http://127.0.0.1:" not in line:
        proc.kill()
        raise SystemExit(f"the server did not start: {line}{proc.stderr.read()[-800:]}")
    return proc, int(line.split("http://127.0.0.1:")[1].split("/")[0])


def stop_server(proc: subprocess.Popen) -> None:
    """Stop a server started by ``start_server`` as Ctrl-C would, killing it after 30 s."""
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)  # so the server sees Ctrl+C (SIGINT) below


def family(pid: int) -> list[int]:
    """``pid`` and its child processes (the worker processes of the server)."""
    kids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                kids.append(int(entry.name))
    return [pid, *kids]


def status_field(pid: int, field: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def rss_mb(pid: int) -> float:
    return sum(status_field(p, "VmRSS") for p in family(pid)) / 1024


class Sampler(threading.Thread):
    """The peak resident memory and thread count of the server while the load runs."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak_mb, self.peak_threads = pid, 0.0, 0
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.wait(0.25):
            self.peak_mb = max(self.peak_mb, rss_mb(self.pid))
            self.peak_threads = max(self.peak_threads, status_field(self.pid, "Threads"))


def post(port: int, text: str) -> tuple[int, bytes, int, float]:
    """(status, body digest, busy answers, seconds from the first try to the answer)."""
    body = urllib.parse.urlencode({"text": text}).encode()
    started, busy = time.perf_counter(), 0
    for _ in range(MAX_ATTEMPTS):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
        try:
            conn.request("POST", "/article", body=body,
                         headers={"Content-Type": "application/x-www-form-urlencoded"})
            r = conn.getresponse()
            data, retry = r.read(), r.getheader("Retry-After")
        finally:
            conn.close()
        if r.status == 503 and retry:
            busy += 1
            time.sleep(float(retry))
            continue
        return r.status, hashlib.sha256(data).digest(), busy, time.perf_counter() - started
    return 0, b"", busy, time.perf_counter() - started


def _init_expected() -> None:
    global _APP
    from analysis.web.app import create_app

    _APP = create_app()


def expected(text: str) -> tuple[int, bytes]:
    """The page the app makes in one process for ``text``: status and body digest."""
    r = _APP.test_client().post("/article", data={"text": text})
    return r.status_code, hashlib.sha256(r.data).digest()


def idle_check(pid: int, port: int) -> bool:
    """300 idle connections: no new thread, a request still answered, all closed in time."""
    threads = status_field(pid, "Threads")
    idle = [socket.create_connection(("127.0.0.1", port), timeout=5) for _ in range(IDLE_SOCKETS)]
    time.sleep(1)
    held = status_field(pid, "Threads")
    t = time.perf_counter()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    conn.request("GET", "/")
    ok = conn.getresponse().status == 200
    conn.close()
    answered = time.perf_counter() - t
    closed_after = wait_closed(idle, IDLE_TIMEOUT * 6)
    print(f"idle: {IDLE_SOCKETS} idle connections; server threads {threads} before, {held} "
          f"while they were open; GET / answered {'200' if ok else 'NOT OK'} in "
          f"{answered * 1000:.0f} ms meanwhile")
    left = sum(1 for s in idle if s.fileno() != -1)
    print(f"idle: {IDLE_SOCKETS - left} of {IDLE_SOCKETS} closed by the server "
          f"{closed_after:.1f} s after opening (idle timeout {IDLE_TIMEOUT} s)")
    for s in idle:
        if s.fileno() != -1:
            s.close()
    return ok and left == 0 and held <= threads


def wait_closed(idle: list[socket.socket], limit: float) -> float:
    """Seconds until the server closed every socket (or ``limit`` passed)."""
    start = time.perf_counter()
    sel = selectors.DefaultSelector()
    for s in idle:
        sel.register(s, selectors.EVENT_READ)
    while sel.get_map() and time.perf_counter() - start < limit:
        for key, _ in sel.select(timeout=1):
            if key.fileobj.recv(1) == b"":
                sel.unregister(key.fileobj)
                key.fileobj.close()
    sel.close()
    return time.perf_counter() - start


def warm_up(port: int) -> None:
    for _ in range(4):
        post(port, "The council voted on Tuesday, officials said. " * 20)
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    conn.request("GET", "/")
    conn.getresponse().read()
    conn.close()
    time.sleep(2)


def load(port: int, pastes: list[str], pid: int) -> tuple[list, float, Sampler]:
    sampler = Sampler(pid)
    sampler.start()
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=len(pastes)) as ex:
        results = list(ex.map(lambda t: post(port, t), pastes))
    wall = time.perf_counter() - start
    sampler.done.set()
    sampler.join()
    return results, wall, sampler


def report(pastes: list[str], results: list, wall: float, sampler: Sampler,
           memory: tuple[float, float], want: list[tuple[int, bytes]]) -> int:
    before, after = memory
    ok = [r for r, w in zip(results, want, strict=True) if (r[0], r[1]) == w]
    wrong = len(results) - len(ok)
    limit = sum(1 for w in want if w[0] == 400)
    secs = [r[3] for r in results]
    q = statistics.quantiles(secs, n=20)
    size = sum(len(t.encode()) for t in pastes)
    print(f"load: {len(pastes)} concurrent pastes, {min(len(t.encode()) for t in pastes):,}-"
          f"{max(len(t.encode()) for t in pastes):,} bytes ({size / 1e6:.1f} MB in all)")
    print(f"load: {len(ok)} pages equal to the in-process page ({limit} of them the 'too long' "
          f"page for texts over 400,000 characters), {wrong} wrong or failed")
    print(f"load: {sum(r[2] for r in results)} 'busy' answers retried after Retry-After")
    print(f"latency: p50 {statistics.median(secs):.2f} s, p95 {q[18]:.2f} s, max "
          f"{max(secs):.2f} s; {len(pastes) / wall:.2f} pastes/s, {size / 1e6 / wall:.2f} MB/s "
          f"over {wall:.1f} s")
    print(f"memory (server + workers, VmRSS): {before:.0f} MB before, {sampler.peak_mb:.0f} MB "
          f"at the peak, {after:.0f} MB after; server threads at the peak: "
          f"{sampler.peak_threads}")
    return wrong


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="40 pastes of up to 50 KB")
    parser.add_argument("--pastes", type=int, help="how many pastes (default 200; quick 40)")
    parser.add_argument("--largest", type=int, help="largest paste in bytes (500,000; 50,000)")
    parser.add_argument("--serve-args", default="", help="extra options for credibility serve")
    parser.add_argument("--compare-workers", type=int, nargs="+", metavar="N",
                        help="instead: the rate with each worker count (load_compare.py)")
    args = parser.parse_args(argv)
    if args.compare_workers:
        sys.path.insert(0, str(ROOT))
        from benchmarks.load_compare import main as compare

        return compare([*map(str, args.compare_workers), "--pastes", str(args.pastes or 200),
                        "--largest", str(args.largest or 30_000)])
    count = min(args.pastes or (40 if args.quick else 200), 500)
    largest = min(args.largest or (50_000 if args.quick else 500_000), 1_000_000)
    pastes = texts(count, largest)
    proc, port = start_server(args.serve_args.split())
    try:
        warm_up(port)
        before = rss_mb(proc.pid)
        results, wall, sampler = load(port, pastes, proc.pid)
        time.sleep(AFTER_PAUSE)
        after = rss_mb(proc.pid)
        idle_ok = idle_check(proc.pid, port)
    finally:
        stop_server(proc)
    with ProcessPoolExecutor(max_workers=min(2, os.cpu_count() or 1),
                             initializer=_init_expected) as ex:
        want = list(ex.map(expected, pastes, chunksize=4))
    wrong = report(pastes, results, wall, sampler, (before, after), want)
    return 1 if wrong or not idle_ok else 0


if __name__ == "__main__":
    raise SystemExit(main())
