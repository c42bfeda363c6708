"""How the class server's throughput scales with its workers: the same burst of pastes on a
server with ``--workers 1`` and with ``--workers 2``, in one run, and the ratio.

    .venv/bin/python benchmarks/load.py --compare-workers 1 2 --pastes 200 --largest 30000
    .venv/bin/python benchmarks/load_compare.py 1 2 --pastes 200 --largest 30000 --repeat 3

For each queue (the default 32, so that busy answers and Retry-After are part of it, and
one as long as the burst, so that none is turned away) and each repeat, every worker count
gets a fresh ``credibility serve --workers N --queue Q``, warmed up, then the burst (the
order of the worker counts alternates between repeats, so that a busy minute on a shared
machine falls on both). The client is one thread (``load_client``; ``--threads`` uses
``load.py``'s thread a paste) and its own CPU time is printed. Every answer, in every run,
must be the page the app makes in one process for that paste, byte for byte; the script
exits 1 otherwise. Printed: pastes a second for each run, medians, the ratio of the
medians and the load average of the machine around each run, with the CPU the server and
its workers used (÷ wall time: the cores they had; other sessions' programs on a shared
machine take a share of both cores whatever the number of workers, as with Linux's
autogroup scheduling, and then a second worker cannot help).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks import load_client, quiet  # noqa: E402
from benchmarks.load import (  # noqa: E402
    _init_expected,
    expected,
    family,
    post,
    start_server,
    stop_server,
    texts,
)


def server_cpu(pid: int) -> float:
    """CPU seconds of the server, its live workers and its finished (retired) ones."""
    total = 0.0
    tick = os.sysconf("SC_CLK_TCK")
    for p in family(pid):
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        used = fields[11:13] + (fields[13:15] if p == pid else [])  # utime stime (cutime cstime)
        total += sum(int(x) for x in used) / tick
    return total


def one_run(workers: int, queue: int, pastes: list[str], threads: bool,
            root: Path = ROOT) -> dict:
    """Start a server, warm every worker, send the burst; rates, CPU and the answers."""
    proc, port = start_server(["--workers", str(workers), "--queue", str(queue)], root)
    try:
        with ThreadPoolExecutor(max_workers=2 * workers) as ex:  # every worker ready
            list(ex.map(lambda _: post(port, "The council voted, officials said. " * 30),
                        range(2 * workers)))
        time.sleep(1)
        load, cpu, machine = os.getloadavg()[0], server_cpu(proc.pid), quiet.busy()
        if threads:
            start, own = time.perf_counter(), time.process_time()
            with ThreadPoolExecutor(max_workers=len(pastes)) as ex:
                results = list(ex.map(lambda t: post(port, t), pastes))
            wall, client = time.perf_counter() - start, time.process_time() - own
        else:
            results, wall, client = load_client.post_all(port, pastes)
        served = server_cpu(proc.pid) - cpu
        others = quiet.others(machine, wall, served + client)
    finally:
        stop_server(proc)
    return {"workers": workers, "queue": queue, "rate": len(pastes) / wall, "wall": wall,
            "client_cpu": client, "server_cpu": served, "load": load, "others": others,
            "busy": sum(r[2] for r in results), "answers": [(r[0], r[1]) for r in results]}


def compare(counts: list[int], pastes: list[str], *, queues: list[int], repeat: int,
            threads: bool, root: Path = ROOT, wait: float | None = None) -> int:
    """Run every (queue, workers) pair ``repeat`` times; print each run and the ratios."""
    runs: list[dict] = []
    for i in range(repeat):
        for queue in queues:
            waited = quiet.wait_quiet(wait)
            for workers in (counts if i % 2 == 0 else counts[::-1]):
                r = one_run(workers, queue, pastes, threads, root)
                r["round"] = (i, queue)
                runs.append(r)
                print(f"repeat {i + 1}, queue {queue:>3}, --workers {workers}: "
                      f"{r['rate']:6.2f} pastes/s ({r['wall']:.1f} s, {r['busy']} busy "
                      f"answers retried; server CPU {r['server_cpu']:.1f} s = "
                      f"{r['server_cpu'] / r['wall']:.2f} cores, client CPU "
                      f"{r['client_cpu']:.1f} s; other programs {_cores(r['others'])}; load "
                      f"average {r['load']:.2f}; waited {waited:.0f} s)", flush=True)
    bad = check(runs, pastes)
    calm = {r["round"] for r in runs} - {r["round"] for r in runs if (r["others"] or 0) >= 0.25}
    for queue in queues:
        summary(f"queue {queue}", [r for r in runs if r["queue"] == queue], counts)
        summary(f"queue {queue}, rounds where other programs used < 0.25 cores",
                [r for r in runs if r["queue"] == queue and r["round"] in calm], counts)
    print(f"answers: {'every page the same in every run' if not bad else f'{bad} DIFFERED'}")
    return 1 if bad else 0


def summary(label: str, runs: list[dict], counts: list[int]) -> None:
    """Median pastes a second for each worker count, and their ratios to the first."""
    rates = {w: [r["rate"] for r in runs if r["workers"] == w] for w in counts}
    if not all(rates.values()):
        print(f"{label}: no run")
        return
    medians = {w: statistics.median(v) for w, v in rates.items()}
    base = medians[counts[0]]
    print(f"{label}: median pastes/s " + ", ".join(
        f"--workers {w} {m:.2f}" for w, m in medians.items()) + "; ratio " + ", ".join(
        f"{m / base:.2f}x" for w, m in medians.items() if w != counts[0]))


def _cores(value: float | None) -> str:
    return "unknown" if value is None else f"{value:.2f} cores"


def check(runs: list[dict], pastes: list[str]) -> int:
    """Pastes whose answer was not the page the app makes in one process, in any run."""
    with ProcessPoolExecutor(max_workers=2, initializer=_init_expected) as ex:
        want = list(ex.map(expected, pastes, chunksize=4))
    return sum(1 for k, page in enumerate(want) if {r["answers"][k] for r in runs} != {page})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("counts", type=int, nargs="+", help="worker counts, e.g. 1 2")
    parser.add_argument("--pastes", type=int, default=200, help="pastes in the burst (200)")
    parser.add_argument("--largest", type=int, default=30_000, help="largest paste (30,000 B)")
    parser.add_argument("--queue", type=int, nargs="+", help="queues (default: 32 and --pastes)")
    parser.add_argument("--repeat", type=int, default=1, help="repeats (default 1)")
    parser.add_argument("--threads", action="store_true",
                        help="post from a thread a paste (load.py's client), not one thread")
    parser.add_argument("--quiet", type=float, metavar="CORES",
                        help="before each round, wait until other programs use fewer cores")
    parser.add_argument("--root", type=Path, default=ROOT,
                        help="the checkout whose server is timed (default: this one)")
    args = parser.parse_args(argv)
    pastes = texts(min(args.pastes, 500), min(args.largest, 1_000_000))
    queues = args.queue or [32, args.pastes]
    return compare(args.counts, pastes, queues=queues, repeat=max(1, args.repeat),
                   threads=args.threads, root=args.root.resolve(), wait=args.quiet)


if __name__ == "__main__":
    raise SystemExit(main())
