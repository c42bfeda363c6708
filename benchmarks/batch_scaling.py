"""Wall time of ``credibility batch`` with one worker and with two, alternating, and the ratio.

    .venv/bin/python benchmarks/batch_scaling.py /tmp/news.jsonl --repeat 3
    .venv/bin/python benchmarks/batch_scaling.py /tmp/news.jsonl --repeat 5 --quiet 0.3
    .venv/bin/python benchmarks/batch_scaling.py /tmp/news_large.jsonl --large --repeat 3

When INPUT does not exist it is first written from ``../shared/data`` (PolNeAR's training
articles, one line per article: 840 news texts of about 4,700 characters), outside the
repository; with ``--large``, followed by the distinct texts of five more news files of
the development data (``MORE_NEWS``: 2,667 articles in all), a corpus nearer the thousands
of documents a researcher scores, where the serial warm-up before the fork weighs less.
Each repeat runs ``--workers 1`` then ``--workers 2`` (the order swapped on
odd repeats, so a slow minute on a shared machine falls on both), each as its own
``python -m analysis batch`` process, timed from start to exit. The outputs of every run
must be byte-identical. Printed: each run's wall time, the CPU of the batch and its
workers (÷ wall: the cores it had) and the cores other programs used meanwhile; the
medians and their ratio over all pairs and over the pairs other programs left alone.
Other programs slow both sides, and the run with two workers the more: where each login
session's processes share the CPU as one group (Linux's autogroup), a second worker gains
nothing while another session keeps both cores busy. ``--quiet CORES`` waits before each
pair until the machine is that quiet.
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
sys.path.insert(0, str(ROOT))

from benchmarks import quiet  # noqa: E402

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


# more news for --large: each file's distinct texts (the field in brackets), development halves
MORE_NEWS = (("attribution/polnear_dev.jsonl", "text"), ("reliability/buzzfeed_webis_dev.jsonl",
             "text"), ("framing/fnc1_bodies_dev.jsonl", "body"),
             ("framing/narrative_frames_dev.jsonl", "text"),
             ("framing/semeval2023_frames_dev.jsonl", "text"))


def build_large_corpus(path: Path) -> int:
    """``build_corpus`` and then the distinct texts of ``MORE_NEWS`` (about 2,700 articles,
    a corpus where the warm-up before the fork is a smaller share); return how many."""
    count = build_corpus(path)
    seen: set[str] = set()
    with path.open("a", encoding="utf-8") as out:
        for name, field in MORE_NEWS:
            source = POLNEAR.parents[1] / name
            for n, line in enumerate(source.read_text(encoding="utf-8").splitlines()):
                text = json.loads(line).get(field)
                if isinstance(text, str) and text.strip() and text not in seen:
                    seen.add(text)
                    out.write(json.dumps({"id": f"{source.stem}-{n}", "text": text},
                                         ensure_ascii=False) + "\n")
    return count + len(seen)


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


def pair(corpus: Path, out: Path, root: Path, order: tuple[int, int]) -> dict[int, dict]:
    """One run with each worker count in ``order``: wall, CPU, digest, others' cores."""
    runs = {}
    for workers in order:
        before = quiet.busy()
        wall, used, digest = timed_batch(corpus, workers, out, root)
        runs[workers] = {"wall": wall, "cpu": used, "digest": digest,
                         "others": quiet.others(before, wall, used)}
    return runs


def summary(label: str, pairs: list[dict[int, dict]]) -> None:
    if not pairs:
        print(f"{label}: no pair")
        return
    one = statistics.median(p[1]["wall"] for p in pairs)
    two = statistics.median(p[2]["wall"] for p in pairs)
    each = ", ".join(f"{p[1]['wall'] / p[2]['wall']:.2f}" for p in pairs)
    print(f"{label}: median --workers 1 {one:.2f} s, --workers 2 {two:.2f} s; ratio "
          f"{one / two:.2f}x (each pair: {each}); CPU seconds "
          f"{statistics.median(p[1]['cpu'] for p in pairs):.2f} and "
          f"{statistics.median(p[2]['cpu'] for p in pairs):.2f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", type=Path, help="a JSONL corpus (built here when absent)")
    parser.add_argument("--repeat", type=int, default=3, help="pairs of runs (default 3)")
    parser.add_argument("--root", type=Path, default=ROOT,
                        help="the checkout to time (default: this one), e.g. an older commit's "
                             "files from git archive")
    parser.add_argument("--large", action="store_true",
                        help="build an absent INPUT from more news files (about 2,700 articles)")
    parser.add_argument("--quiet", type=float, metavar="CORES",
                        help="before each pair, wait until other programs use fewer cores")
    args = parser.parse_args(argv)
    if not args.input.exists() and args.large:
        print(f"{args.input}: {build_large_corpus(args.input)} articles from {POLNEAR} and "
              f"{', '.join(name for name, _ in MORE_NEWS)}")
    elif not args.input.exists():
        print(f"{args.input}: {build_corpus(args.input)} articles from {POLNEAR}")
    pairs = []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(max(1, args.repeat)):
            waited = quiet.wait_quiet(args.quiet)
            runs = pair(args.input, Path(tmp) / "out.csv", args.root.resolve(),
                        (1, 2) if i % 2 == 0 else (2, 1))
            pairs.append(runs)
            for workers, r in sorted(runs.items()):
                print(f"repeat {i + 1}: --workers {workers}: {r['wall']:.2f} s, CPU "
                      f"{r['cpu']:.2f} s ({r['cpu'] / r['wall']:.2f} cores; other programs "
                      f"{_cores(r['others'])}; load average {os.getloadavg()[0]:.2f}; "
                      f"waited {waited:.0f} s for quiet)", flush=True)
    summary("all pairs", pairs)
    summary("pairs where other programs used < 0.25 cores",
            [p for p in pairs if all((r["others"] or 0) < 0.25 for r in p.values())])
    digests = {r["digest"] for p in pairs for r in p.values()}
    print(f"outputs: {'all identical' if len(digests) == 1 else 'DIFFERENT'}")
    return 0 if len(digests) == 1 else 1


def _cores(value: float | None) -> str:
    return "unknown" if value is None else f"{value:.2f} cores"


if __name__ == "__main__":
    raise SystemExit(main())
