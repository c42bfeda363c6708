"""How fast ``credibility score`` and ``analyze()`` are, against the bars of issue 4.

    .venv/bin/python benchmarks/speed.py            # about a minute
    .venv/bin/python benchmarks/speed.py --runs 5   # quicker, noisier

Prints:

1. the cold wall time of ``credibility score`` on the longest seed (a new process each
   time, as a user runs it; median of ``--runs``), with the start-up of Python alone as the
   baseline; also with ``--json`` and on the saved web page in ``tests/fixtures``;
2. ``analyze()`` per document: the first call in a new process (which loads the word
   lists and textstat) and the steady state over the four seeds, with words per second;
3. ``analyze()`` against textstat's Flesch reading ease, Flesch-Kincaid grade and
   difficult-words scores alone on a 700-word article, first call and steady state;
4. linearity: CPU time of ``analyze()`` on 100 KB and 1 MB of text.

Wall times on a shared 2-core machine are noisy; CPU times (user + system) are printed
beside them. Nothing here is asserted: ``tests/test_score.py`` holds the loose checks.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "fixtures" / "frontline_saved_page.html"
COLD_BAR = 0.5
ANALYZE_SNIPPET = """
import json, statistics, sys, time
texts = json.loads(sys.stdin.read())
start = time.perf_counter()
from analysis import analyze
analyze(texts[0])
first = time.perf_counter() - start
times, words = [], 0
for i in range(int(sys.argv[1])):
    for text in texts:
        variant = f"{text}\\n\\nRun {i}."
        t = time.perf_counter()
        words += analyze(variant).scores["words"]
        times.append(time.perf_counter() - t)
print(json.dumps({"first": first, "median": statistics.median(times), "total": sum(times),
                  "words": words}))
"""
TEXTSTAT_SNIPPET = """
import json, statistics, sys, time
import textstat
text = sys.stdin.read()
def three(t):
    return (textstat.flesch_reading_ease(t), textstat.flesch_kincaid_grade(t),
            textstat.difficult_words(t))
start = time.perf_counter()
three(text)
first = time.perf_counter() - start
times = []
for i in range(int(sys.argv[1]) * 4):
    variant = f"{text}\\n\\nRun {i}."
    t = time.perf_counter()
    three(variant)
    times.append(time.perf_counter() - t)
print(json.dumps({"first": first, "median": statistics.median(times)}))
"""


def timed(cmd: list[str], runs: int, data: bytes | None = None,
          env: dict[str, str] | None = None) -> tuple[float, float, float]:
    """(median wall, min wall, median CPU) seconds of ``runs`` fresh runs of ``cmd``."""
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        proc = subprocess.run(cmd, input=data, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, check=False, cwd=ROOT, env=env)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        if proc.returncode != 0:
            raise SystemExit(f"{' '.join(cmd)} failed: {proc.stderr.decode()[-500:]}")
    return statistics.median(walls), min(walls), statistics.median(cpus)


def command() -> list[str]:
    script = Path(sys.executable).parent / "credibility"
    return [str(script)] if script.exists() else [sys.executable, "-m", "analysis"]


def article(words: int = 700) -> str:
    """The first paragraphs of the KBS seed, cut at ``words`` words."""
    from analysis.intake.seeds import load_seeds

    text = next(s for s in load_seeds() if s.id == "kbs").text
    kept, count = [], 0
    for paragraph in text.split("\n"):
        take = paragraph.split()[: words - count]
        if take:
            kept.append(" ".join(take))
            count += len(take)
        if count >= words:
            break
    return "\n\n".join(kept)


def bytecode_env(prefix: str) -> dict[str, str]:
    """The environment as Python runs by default: compiled modules are cached (here in a
    temporary ``PYTHONPYCACHEPREFIX``, so nothing is written into the checkout)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = prefix
    return env


def cold(runs: int) -> None:
    """Cold runs as Python runs by default (bytecode cached after the first run: the bar's
    row) and with the calling environment as it is, which on this sandbox sets
    PYTHONDONTWRITEBYTECODE=1, so the package's modules are compiled from source every run."""
    import tempfile

    from analysis.intake.seeds import load_seeds

    longest = max(load_seeds(), key=lambda s: len(s.raw))
    base = timed([sys.executable, "-c", "pass"], runs)
    print(f"cold wall time, median of {runs} new processes (min; CPU user+sys)")
    print(f"  {'python start-up alone':<44}{_row(base)}")
    cases = [("score " + longest.path.name, ["score", str(longest.path)]),
             ("score --json (same file)", ["score", "--json", str(longest.path)]),
             ("score " + FIXTURE.name, ["score", str(FIXTURE)])]
    with tempfile.TemporaryDirectory() as prefix:
        env = bytecode_env(prefix)
        timed(command() + cases[0][1], 1, env=env)  # writes the bytecode once
        for label, args in cases:
            _cold_row(label, timed(command() + args, runs, env=env), base, "html" not in label)
    if os.environ.get("PYTHONDONTWRITEBYTECODE"):
        print("  with PYTHONDONTWRITEBYTECODE set, as here (every module compiled each run):")
        for label, args in cases[:2]:
            _cold_row(label, timed(command() + args, runs), base, False)
    print(f"  ({len(longest.raw.split())} words in {longest.path.name})")


def _cold_row(label: str, wall: tuple[float, float, float], base: tuple[float, float, float],
              with_bar: bool) -> None:
    bar = f"   bar <= {COLD_BAR} s: " + ("met" if wall[0] <= COLD_BAR else "MISSED")
    print(f"  {label:<44}{_row(wall)}   (minus start-up {wall[0] - base[0]:.3f} s)"
          f"{bar if with_bar else ''}")


def per_document(runs: int) -> None:
    from analysis.intake.seeds import load_seeds

    texts = [article()] + [s.text for s in load_seeds()]
    ours = _snippet(ANALYZE_SNIPPET, runs, json.dumps(texts))
    theirs = _snippet(TEXTSTAT_SNIPPET, runs, texts[0])
    mine = _snippet(ANALYZE_SNIPPET, runs * 4, json.dumps(texts[:1]))
    print("\nanalyze() per document")
    print(f"  first call in a new process (700 words): {ours['first']:.3f} s")
    print(f"  steady state over the four seeds: median {1000 * ours['median']:.1f} ms a "
          f"document, {ours['words'] / ours['total']:,.0f} words/s")
    print("\nanalyze() vs textstat's reading ease + grade + difficult words, 700 words")
    print(f"  first call:   analyze {mine['first']:.3f} s, textstat {theirs['first']:.3f} s, "
          f"ratio {mine['first'] / theirs['first']:.2f}")
    print(f"  steady state: analyze {1000 * mine['median']:.1f} ms, textstat "
          f"{1000 * theirs['median']:.1f} ms, ratio {mine['median'] / theirs['median']:.1f}")


def linearity() -> None:
    proc = subprocess.run([sys.executable, str(Path(__file__)), "--linearity-child"],
                          capture_output=True, text=True, check=True, cwd=ROOT)
    out = json.loads(proc.stdout)
    print("\nlinearity: CPU time of analyze() (ten times the text)")
    for collect, label in (("gc", "as run"), ("nogc", "without the garbage collector")):
        small, big = out[f"100000-{collect}"], out[f"1000000-{collect}"]
        print(f"  {label:<30} 100 KB {small:.2f} s, 1 MB {big:.2f} s, ratio {big / small:.1f}")


def _linearity_child() -> dict[str, float]:
    """In a fresh process: analyze() on 100 KB and 1 MB, with and without the collector."""
    import gc

    from analysis import analyze
    from analysis.intake.seeds import load_seeds

    base = "\n\n".join(s.text for s in load_seeds())
    analyze(base)
    out = {}
    for size in (100_000, 1_000_000):
        parts, n = [], 0
        while sum(map(len, parts)) < size:
            parts.append(base.replace("North Korea", f"North Korea {n}"))
            n += 1
        sample = "\n\n".join(parts)[:size]
        for collect in ("gc", "nogc"):
            gc.collect()
            (gc.enable if collect == "gc" else gc.disable)()
            start = time.process_time()
            analyze(sample)
            out[f"{size}-{collect}"] = time.process_time() - start
            gc.enable()
    return out


def _snippet(code: str, runs: int, data: str) -> dict:
    proc = subprocess.run([sys.executable, "-c", code, str(runs)], input=data,
                          capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(proc.stdout)


def _row(t: tuple[float, float, float]) -> str:
    return f"{t[0]:.3f} s ({t[1]:.3f}; CPU {t[2]:.3f})"


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT))
    if "--linearity-child" in argv:
        print(json.dumps(_linearity_child()))
        return 0
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 10
    print(f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}, load average "
          f"{os.getloadavg()[0]:.2f}")
    cold(runs)
    per_document(runs)
    linearity()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
