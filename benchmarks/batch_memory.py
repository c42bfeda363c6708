"""Memory and speed of ``credibility batch``: flat memory however large the corpus.

    .venv/bin/python benchmarks/batch_memory.py                     # 1,000 and 100,000 docs
    .venv/bin/python benchmarks/batch_memory.py --sizes 1000 10000 --workers 2
    .venv/bin/python benchmarks/batch_memory.py --compare-workers 2000   # 1 vs 2 workers

For each size, writes a JSON Lines corpus of short news texts (``tests/batch_corpus.py``:
40 to 80 words each), runs ``credibility batch CORPUS --out OUT.csv`` in a fresh process
and prints: documents per second, the peak resident memory of the command's own process
(``ru_maxrss`` of the children of a process started for that run alone: the command
and the workers it waited for) and the peak of the whole tree's
resident memory added up: the command, the resource tracker and the workers
(sampled every 0.2 s from /proc). The bar (issue 13): the peaks at 1,000 and 100,000 documents
differ by under 20%. ``--compare-workers N`` times N documents with one and two workers.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.batch_corpus import write_jsonl  # noqa: E402

MEASURE = ("import resource, subprocess, sys; code = subprocess.call(sys.argv[1:]); "
           "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); sys.exit(code)")


def tree_rss_kb(root: int) -> int:
    """Resident memory of ``root`` and all its descendants, in KB (Linux /proc)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
            status = Path(f"/proc/{entry}/status").read_text()
        except OSError:
            continue
        parents[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
        rss[int(entry)] = next((int(line.split()[1]) for line in status.splitlines()
                                if line.startswith("VmRSS:")), 0)
    tree, frontier = {root}, [root]
    while frontier:
        pid = frontier.pop()
        kids = [p for p, pp in parents.items() if pp == pid and p not in tree]
        tree.update(kids)
        frontier.extend(kids)
    return sum(rss.get(p, 0) for p in tree)


def run(corpus: Path, out: Path, workers: int) -> tuple[float, int, int]:
    """Seconds, peak KB of the largest process, peak KB of the tree summed."""
    cmd = [sys.executable, "-c", MEASURE, sys.executable, "-m", "analysis", "batch",
           str(corpus), "--out", str(out), "--workers", str(workers)]
    peak = [0]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)

    def sample() -> None:
        while proc.poll() is None:
            peak[0] = max(peak[0], tree_rss_kb(proc.pid))
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, stderr = proc.communicate()
    seconds = time.perf_counter() - start
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"batch failed ({proc.returncode}): {stderr[-500:]}")
    return seconds, int(stdout.split()[-1]), peak[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 100_000])
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--compare-workers", type=int, metavar="N",
                        help="time N documents with 1 and with 2 workers instead")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="batch-memory-") as tmp:
        folder = Path(tmp)
        if args.compare_workers:
            corpus = write_jsonl(folder / "c.jsonl", args.compare_workers)
            one = run(corpus, folder / "one.csv", 1)[0]
            two = run(corpus, folder / "two.csv", 2)[0]
            same = (folder / "one.csv").read_bytes() == (folder / "two.csv").read_bytes()
            print(f"{args.compare_workers:,} documents: 1 worker {one:.1f} s, 2 workers "
                  f"{two:.1f} s, speed-up {one / two:.2f}x (bar 1.8x); same file: {same}")
            return 0 if same else 1
        print("| documents | workers | seconds | docs/s | main process peak MB "
              "| whole tree peak MB |\n|---|---|---|---|---|---|")
        peaks = []
        for size in args.sizes:
            corpus = write_jsonl(folder / f"c{size}.jsonl", size)
            seconds, largest, tree = run(corpus, folder / f"o{size}.csv", args.workers)
            peaks.append((largest, tree))
            print(f"| {size:,} | {args.workers} | {seconds:.1f} | {size / seconds:,.0f} | "
                  f"{largest / 1024:.0f} | {tree / 1024:.0f} |", flush=True)
            corpus.unlink()
        if len(peaks) > 1:
            growth = [100 * (b / a - 1) for a, b in zip(peaks[0], peaks[-1], strict=True)]
            print(f"peak growth from {args.sizes[0]:,} to {args.sizes[-1]:,} documents: "
                  f"main process {growth[0]:+.1f}%, whole tree {growth[1]:+.1f}% "
                  "(bar: under 20%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
