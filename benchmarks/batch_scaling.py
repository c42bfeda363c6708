"""Wall time of ``credibility batch`` with one worker and with two, alternating, and the ratio.

    .venv/bin/python benchmarks/batch_scaling.py /tmp/news.jsonl --repeat 3

When INPUT does not exist it is first written from ``../shared/data`` (PolNeAR's training
articles, one line per article: 840 news texts of about 4,700 characters), outside the
repository. Each repeat runs ``--workers 1`` then ``--workers 2`` (the order swapped on
odd repeats, so a slow minute on a shared machine falls on both), each as its own
``python -m analysis batch`` process, timed from start to exit. The outputs of every run
must be byte-identical; the script prints each time (wall, and CPU of the batch and its
workers), the medians, their ratio and the load average around each run (other programs
on the machine slow both sides, and the run with two workers the more).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared" / "data" / "attribution" / "polnear_train.jsonl"


def build_corpus(path: Path, source: Path = POLNEAR) -> int:
    """Write one ``{"id", "text"}`` line per distinct PolNeAR article; return how many."""
    seen: dict[str, str] = {}
    with source.open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            seen.setdefault(row["article_id"], row["text"])
    with path.open("w", encoding="utf-8") as out:
        for key, text in seen.items():
            out.write(json.dumps({"id": key, "text": text}, ensure_ascii=False) + "\n")
    return len(seen)


def timed_batch(corpus: Path, workers: int, out: Path,
                root: Path = ROOT) -> tuple[float, float, str]:
    """Wall and CPU seconds (the batch and its workers) of one ``batch`` process, and the
    digest of what it wrote."""
    out.unlink(missing_ok=True)
    cmd = [sys.executable, "-m", "analysis", "batch", str(corpus), "--out", str(out),
           "--workers", str(workers)]
    before = _children_cpu()
    start = time.perf_counter()
    done = subprocess.run(cmd, cwd=root, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"batch failed ({done.returncode}): {done.stderr[-800:]}")
    return wall, _children_cpu() - before, hashlib.sha256(out.read_bytes()).hexdigest()


def _children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", type=Path, help="a JSONL corpus (built here when absent)")
    parser.add_argument("--repeat", type=int, default=3, help="pairs of runs (default 3)")
    parser.add_argument("--root", type=Path, default=ROOT,
                        help="the checkout to time (default: this one), e.g. an older commit's "
                             "files from git archive")
    args = parser.parse_args(argv)
    if not args.input.exists():
        print(f"{args.input}: {build_corpus(args.input)} articles from {POLNEAR}")
    times: dict[int, list[float]] = {1: [], 2: []}
    cpu: dict[int, list[float]] = {1: [], 2: []}
    digests = set()
    print(f"load average before: {os.getloadavg()[0]:.2f}")
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(max(1, args.repeat)):
            for workers in ((1, 2) if i % 2 == 0 else (2, 1)):
                wall, used, digest = timed_batch(args.input, workers, Path(tmp) / "out.csv",
                                                 args.root.resolve())
                times[workers].append(wall)
                cpu[workers].append(used)
                digests.add(digest)
                print(f"repeat {i + 1}: --workers {workers}: {wall:.2f} s, CPU {used:.2f} s "
                      f"(load average {os.getloadavg()[0]:.2f})", flush=True)
    one, two = statistics.median(times[1]), statistics.median(times[2])
    pairs = ", ".join(f"{a / b:.2f}" for a, b in zip(times[1], times[2], strict=True))
    print(f"median: --workers 1 {one:.2f} s, --workers 2 {two:.2f} s; ratio {one / two:.2f}x "
          f"(each pair: {pairs}); CPU seconds {statistics.median(cpu[1]):.2f} and "
          f"{statistics.median(cpu[2]):.2f}")
    print(f"outputs: {'all identical' if len(digests) == 1 else 'DIFFERENT'} "
          f"({len(digests)} distinct)")
    return 0 if len(digests) == 1 else 1


if __name__ == "__main__":
    raise SystemExit(main())
