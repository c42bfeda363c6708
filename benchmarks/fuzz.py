"""Coverage-guided fuzzing (atheris) of the document model, the HTML extraction and the
byte decoder, for a fixed time budget per target.

    .venv/bin/python benchmarks/fuzz.py --target all --seconds 300     # the benchmark budget
    .venv/bin/python benchmarks/fuzz.py --target html --seconds 20      # CI's short run
    .venv/bin/python benchmarks/fuzz.py --replay tests/fixtures/fuzz    # re-run saved inputs

Each target (``benchmarks/fuzz_targets.py``) runs in its own process under libFuzzer (the
one atheris ships in its wheel), with the code of ``analysis``, trafilatura and lxml's
Python parts instrumented. The corpus starts from the seed articles, the saved web page
and the injection pages in ``tests/fixtures`` and a few hand-made hard cases; inputs are
cut at 4 KB, and an input taking more than 10 s counts as a hang. Prints one line per
target: runs, coverage (libFuzzer's edges and features), corpus size and crashes; a crash
input is saved in ``--crashes`` (default ``fuzz-crashes/``) and the exit code is 1.
Nothing is fetched; the process uses no network.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_NAMES = ("document", "html", "decode")
SEED_FILES = [*sorted((ROOT / "seeds").glob("*.txt")), *sorted((ROOT / "tests" / "fixtures")
              .rglob("*.html")), *sorted((ROOT / "tests" / "fixtures" / "injection").glob("*"))]
HARD_CASES = (
    "They disgust it? “Why,” she said. ‘Unbalanced «quote „here",
    "Mr. J. R. Smith said... Really?!?! " + "?" * 40 + " Yes." + "." * 40,
    "Line one\r\nline two\rline three\n\n\u200b\u202e\u05d0\u0627 😀\u0301 İstanbul\x00\x1b",
    "<!DOCTYPE html><html><head><title>T</title></head><body><p>Officials said it may rain."
    "</p><script>x</script><!-- c --><svg><script>y</script></svg></body></html>",
    "<html><body><div><div><div><p>Deep</p></div></div></div>\x00\x0b<p>&#0;&#xD800;</p>",
)


def seed_corpus(folder: Path) -> int:
    """Copy the seeds into ``folder`` (libFuzzer adds what it finds there); return the count."""
    folder.mkdir(parents=True, exist_ok=True)
    n = 0
    for path in SEED_FILES:
        if path.is_file():
            (folder / f"seed-{n:03d}").write_bytes(path.read_bytes()[:4096])
            n += 1
    for case in HARD_CASES:
        (folder / f"hard-{n:03d}").write_bytes(case.encode("utf-8"))
        n += 1
    return n


def fuzz_one(target: str, seconds: int, corpus: Path, crashes: Path) -> None:
    """Run in the child process: instrument, then hand over to libFuzzer (never returns)."""
    import atheris

    with atheris.instrument_imports(include=["analysis", "trafilatura", "justext",
                                             "htmldate", "courlan", "benchmarks"]):
        import trafilatura  # noqa: F401 - imported here so that it is instrumented

        from analysis.web import upload  # noqa: F401
        from benchmarks import fuzz_targets
    crashes.mkdir(parents=True, exist_ok=True)
    argv = [sys.argv[0], f"-max_total_time={seconds}", "-max_len=4096", "-timeout=10",
            "-rss_limit_mb=4096", f"-artifact_prefix={crashes}/{target}-",
            "-print_final_stats=1", str(corpus)]
    atheris.Setup(argv, lambda data: fuzz_targets.run(target, data))
    atheris.Fuzz()


def run_target(target: str, seconds: int, crashes: Path) -> dict[str, str]:
    """Fuzz ``target`` in a child process and read libFuzzer's final statistics."""
    with tempfile.TemporaryDirectory(prefix=f"fuzz-{target}-") as tmp:
        corpus = Path(tmp, "corpus")
        seeds = seed_corpus(corpus)
        started = time.monotonic()
        child = subprocess.run(
            [sys.executable, __file__, "--child", target, "--seconds", str(seconds),
             "--corpus", str(corpus), "--crashes", str(crashes)],
            capture_output=True, text=True, errors="replace", check=False, cwd=ROOT,
            timeout=seconds + 300)
        log = child.stdout + child.stderr
        Path(crashes, f"{target}.log").write_text(log, encoding="utf-8")
        grown = len(list(corpus.iterdir()))
    stats = dict(re.findall(r"stat::(\w+):\s*(\d+)", log))
    cov = re.findall(r"cov: (\d+) ft: (\d+)", log)
    found = sorted(p.name for p in crashes.glob(f"{target}-*"))
    return {"target": target, "seconds": f"{time.monotonic() - started:.0f}",
            "runs": stats.get("number_of_executed_units", "?"),
            "edges": cov[-1][0] if cov else "?", "features": cov[-1][1] if cov else "?",
            "corpus": f"{seeds}->{grown}", "crashes": str(len(found)),
            "exit": str(child.returncode), "files": " ".join(found)}


def replay(folder: Path) -> int:
    """Run every saved input (named ``TARGET-...``) through its target; 1 if any crashes."""
    from benchmarks import fuzz_targets

    bad = 0
    for path in sorted(folder.iterdir()):
        target = path.name.split("-", 1)[0]
        if target not in fuzz_targets.TARGETS:
            continue
        try:
            fuzz_targets.run(target, path.read_bytes())
            print(f"ok     {path.name}")
        except Exception as exc:  # noqa: BLE001 - reported, then counted
            print(f"CRASH  {path.name}: {type(exc).__name__}: {exc}"[:300])
            bad += 1
    return 1 if bad else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--target", choices=(*TARGET_NAMES, "all"), default="all")
    parser.add_argument("--seconds", type=int, default=60, help="budget per target")
    parser.add_argument("--crashes", type=Path, default=ROOT / "fuzz-crashes")
    parser.add_argument("--replay", type=Path, metavar="DIR")
    parser.add_argument("--child", choices=TARGET_NAMES, help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.replay:
        return replay(args.replay)
    if args.child:
        fuzz_one(args.child, args.seconds, args.corpus, args.crashes.resolve())
        return 0
    try:
        import atheris  # noqa: F401
    except ImportError:
        print("fuzz: atheris is not installed (pip install -e '.[test]')", file=sys.stderr)
        return 2
    targets = TARGET_NAMES if args.target == "all" else (args.target,)
    rows = [run_target(t, args.seconds, args.crashes.resolve()) for t in targets]
    keys = ("target", "seconds", "runs", "edges", "features", "corpus", "crashes", "exit")
    print("  ".join(f"{k:>9}" for k in keys))
    for row in rows:
        print("  ".join(f"{row[k]:>9}" for k in keys) + (f"  {row['files']}" if row["files"]
                                                         else ""))
    if not any(args.crashes.glob("*-crash-*")) and not any(args.crashes.glob("*-timeout-*")):
        shutil.rmtree(args.crashes, ignore_errors=True)
        return 0
    print(f"crash inputs and logs: {args.crashes}")
    return 1


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
