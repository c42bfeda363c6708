"""Cold start of ``credibility score`` on the longest seed: this tree against another commit.

    .venv/bin/python benchmarks/cold_start.py --runs 30                  # this tree alone
    .venv/bin/python benchmarks/cold_start.py --runs 30 --against main   # paired with main
    .venv/bin/python benchmarks/cold_start.py --runs 30 --against fa339f5 -- --json

Each run is a new process, as a user's: ``python -c`` with the console script's body
(``from analysis.cli.main import main``), standard output to a pipe (not a terminal, so
the table output is what a pipe or a file gets), no standard input, and
``PYTHONDONTWRITEBYTECODE=1``, as on this machine and CI: every module of the package is
compiled from source each time (the installed libraries have their bytecode). The other
commit is unpacked with ``git archive`` into a temporary folder and put first on
``sys.path``. The two trees take turns, in the order A B B A ..., so that a change in the
machine's load hits both alike; the paired ratio is the median of each round's ratio.
The first output of each tree is compared byte for byte: the command fails if they differ.
Nothing is asserted about the times: this script prints numbers.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BAR = 0.35  # seconds: the median wall time of the table output (README, issue 13)
LAUNCH = ("import re, sys; sys.path.insert(0, sys.argv.pop(1)); "
          "from analysis.cli.main import main; sys.exit(main())")


def longest_seed(root: Path = ROOT) -> Path:
    """The seed text with the most words (white-space separated)."""
    texts = sorted(p for p in (root / "seeds").glob("*.txt"))
    return max(texts, key=lambda p: len(p.read_text(encoding="utf-8").split()))


def unpack(rev: str, into: Path) -> Path:
    """``rev`` of this repository, unpacked into ``into`` (no worktree: nothing to clean)."""
    archive = subprocess.run(["git", "archive", rev], cwd=ROOT, capture_output=True,
                             check=True)
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, check=True)
    return into


def run_once(tree: Path | None, args: list[str]) -> tuple[float, float, bytes]:
    """(wall seconds, CPU seconds, standard output) of one cold run; ``tree`` None is
    Python's start-up alone."""
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    cmd = ([sys.executable, "-c", "pass"] if tree is None else
           [sys.executable, "-c", LAUNCH, str(tree), *args])
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True, cwd=ROOT,
                          env=env, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise SystemExit(f"{tree}: exit {proc.returncode}: {proc.stderr.decode()[-600:]}")
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, cpu, proc.stdout


def measure(trees: dict[str, Path | None], args: list[str], runs: int
            ) -> dict[str, list[tuple[float, float]]]:
    """``runs`` cold runs of each tree, taking turns (A B B A ...); checks that the trees
    print the same bytes."""
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in trees}
    outputs: dict[str, bytes] = {}
    names = list(trees)
    for n in range(runs):
        for name in names if n % 2 == 0 else names[::-1]:
            wall, cpu, out = run_once(trees[name], args)
            times[name].append((wall, cpu))
            if trees[name] is not None:
                outputs.setdefault(name, out)
    if len(set(outputs.values())) > 1:
        raise SystemExit(f"the outputs differ: {', '.join(outputs)}")
    return times


def report(times: dict[str, list[tuple[float, float]]], ours: str) -> None:
    print(f"  {'':<24}{'median wall':>12}{'min':>8}{'quartiles':>16}{'median CPU':>12}")
    for name, rows in times.items():
        walls = sorted(w for w, _ in rows)
        q = statistics.quantiles(walls, n=4)
        print(f"  {name:<24}{statistics.median(walls):>11.3f}s{walls[0]:>7.3f}s"
              f"{q[0]:>8.3f}–{q[2]:.3f}s{statistics.median(c for _, c in rows):>11.3f}s")
    for name, rows in times.items():
        if name in (ours, "python -c pass"):
            continue
        ratios = [a[0] / b[0] for a, b in zip(times[ours], rows, strict=True)]
        cpu = [a[1] / b[1] for a, b in zip(times[ours], rows, strict=True) if b[1]]
        q = statistics.quantiles(ratios, n=4)
        print(f"  {ours} / {name}: paired wall ratio median {statistics.median(ratios):.2f} "
              f"(quartiles {q[0]:.2f}–{q[2]:.2f}), CPU {statistics.median(cpu):.2f}")
    median = statistics.median(w for w, _ in times[ours])
    print(f"  bar: median wall <= {BAR} s: {'met' if median <= BAR else 'MISSED'} "
          f"({median:.3f} s)")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=30, help="cold runs of each tree")
    parser.add_argument("--against", metavar="REV", help="also time this git revision")
    parser.add_argument("extra", nargs="*", help="more arguments for score, after --")
    args = parser.parse_args(argv)
    seed = longest_seed()
    score = ["score", *args.extra, str(seed.relative_to(ROOT))]
    print(f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}, load average "
          f"{os.getloadavg()[0]:.2f}; credibility {' '.join(score)} "
          f"({len(seed.read_text(encoding='utf-8').split()):,} words), {args.runs} runs each")
    with tempfile.TemporaryDirectory() as tmp:
        trees: dict[str, Path | None] = {"this tree": ROOT}
        if args.against:
            trees[args.against] = unpack(args.against, Path(tmp))
        trees["python -c pass"] = None
        report(measure(trees, score, max(2, args.runs)), "this tree")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
