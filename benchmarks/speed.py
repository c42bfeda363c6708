"""How fast the analysis is, against textstat, a NELA-style pass and a floor, in one run.

    .venv/bin/python benchmarks/speed.py                      # about two minutes
    .venv/bin/python benchmarks/speed.py --rounds 1 --runs 3  # quicker, noisier
    .venv/bin/python benchmarks/speed.py --before 6f05d9e     # and that commit's analyze()

On the same 700-word news documents (the first 700 words of each article of at least
that length in the development data's PolNeAR and BuzzFeed-Webis mainstream files, read
from ../shared/data, never copied; the seeds cut into 700-word pieces where that data is
missing), each row in new processes that first warm up on other documents (the shorter
articles of the same files: word lists, dictionaries and models loaded, as in the middle
of a long batch) and then time one pass in which every document is new to them:

1. ``analyze(text).to_dict()``: the full default analysis (every extractor, the scores,
   the evidence and sentence rows, as ``credibility score --json`` computes them);
2. textstat's Flesch reading ease, Flesch-Kincaid grade and difficult words alone (stock
   textstat 0.7.8 with the whole CMU dictionary, as a user would call it);
3. a NELA-style lexicon pass, *our re-implementation* of how the NELA feature extractor
   counts a lexicon (lower-cased, split on white space, one ``list.count`` per entry) over
   700 entries (the single words of our lexicons, then their phrases' words);
4. a floor: tokenising (``Document``'s token regex) plus one trie-compiled regex over a
   300-term lexicon;
5. with ``--before REV``: ``analyze(text).to_dict()`` of that commit of this repository
   (``git archive`` into a temporary folder).

No document is timed twice in a process: textstat caches its results by text, and both
keep per-word tables. Documents and words per second per core are from CPU time
(``time.process_time``, user + system of that process), which other jobs on a shared
machine disturb less than the wall time printed beside it; ratios are of CPU time. Last,
the cold wall time of ``credibility score`` on the longest seed (a new process each time,
median of ``--runs``; CPU of the child beside it), with Python's start-up alone as the
baseline. Nothing is asserted here: this script prints numbers.
"""

from __future__ import annotations

import argparse
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
DATA = ROOT.parent / "shared" / "data"
WORDS = 700
NEWS = (("attribution/polnear_dev.jsonl", None), ("reliability/buzzfeed_webis_dev.jsonl",
                                                   "mainstream"))
WARM = 150
COLD_BAR = 0.35
CHILD = r"""
import json, sys, time
root, kind = sys.argv[1], sys.argv[2]
sys.path.insert(0, root)
data = json.loads(sys.stdin.read())
if kind == "analyze":
    from analysis import analyze
    def run(text): analyze(text).to_dict()
elif kind == "textstat":
    import textstat
    def run(text):
        textstat.flesch_reading_ease(text); textstat.flesch_kincaid_grade(text)
        textstat.difficult_words(text)
elif kind == "nela":
    from benchmarks.speed import nela_entries, nela_pass
    entries = nela_entries()
    def run(text): nela_pass(text, entries)
else:
    from benchmarks.speed import floor_pass, floor_regex
    regex = floor_regex()
    def run(text): floor_pass(text, regex)
for text in data["warm"]:
    run(text)
c, w = time.process_time(), time.perf_counter()
for text in data["docs"]:
    run(text)
print(json.dumps({"cpu": time.process_time() - c, "wall": time.perf_counter() - w}))
"""


def news_documents() -> tuple[list[str], list[str], str]:
    """The timed documents: the first ``WORDS`` words (whole paragraphs, the last one cut)
    of each distinct article of at least that length; and the warm-up documents: the
    shorter articles of the same files (at most ``WARM``). The seeds, cut into pieces, if
    the data is not there."""
    texts: list[str] = []
    warm: list[str] = []
    for name, portal in NEWS:
        path = DATA / name
        if not path.is_file():
            continue
        seen: set[str] = set()
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if (portal and row.get("orientation") != portal) or row["text"] in seen:
                continue
            seen.add(row["text"])
            if len(row["text"].split()) >= WORDS:
                texts.append(_first_words(row["text"]))
            elif len(warm) < WARM:
                warm.append(row["text"])
    if texts:
        return texts, warm, (f"{len(texts)} news articles from {DATA} (first {WORDS} words); "
                             f"warm-up on {len(warm)} shorter ones")
    from analysis.intake.seeds import load_seeds

    words = "\n\n".join(s.text for s in load_seeds()).split(" ")
    pieces = [" ".join(words[i:i + WORDS]) for i in range(0, len(words) - WORDS + 1, WORDS)]
    half = len(pieces) // 2
    return (pieces[half:], pieces[:half],
            f"{len(pieces) - half} pieces of {WORDS} words of the seeds, warm-up on the other "
            f"{half} (no data at {DATA})")


def _first_words(text: str) -> str:
    kept, count = [], 0
    for paragraph in text.split("\n"):
        take = paragraph.split()[: WORDS - count]
        if take:
            kept.append(" ".join(take))
            count += len(take)
        if count >= WORDS:
            break
    return "\n\n".join(kept)


def _lexicon_words() -> list[str]:
    from analysis.lexicons import entries

    names = sorted(p.stem for p in (ROOT / "analysis" / "lexicons").glob("*.tsv"))
    terms = [e.term.lower().replace("*", "") for n in names for e in entries(n)]
    single = [t for t in terms if " " not in t]
    return list(dict.fromkeys(single + [w for t in terms for w in t.split()]))


def nela_entries() -> list[str]:
    """700 lexicon entries for the NELA-style pass."""
    return _lexicon_words()[:700]


def nela_pass(text: str, entries: list[str]) -> dict[str, int]:
    """Our re-implementation of a NELA-style lexicon count: one ``list.count`` per entry."""
    words = text.lower().split()
    return {entry: words.count(entry) for entry in entries}


def floor_regex():  # type: ignore[no-untyped-def]
    """One trie-compiled, case-insensitive regex over 300 lexicon terms."""
    import re

    from analysis.lexicons.prefilter import trie_pattern

    terms = _lexicon_words()[:300]
    return re.compile(rf"(?<![\w-]){trie_pattern(terms)}(?![\w-])", re.IGNORECASE)


def floor_pass(text: str, regex) -> int:  # type: ignore[no-untyped-def]
    """Tokenise as ``Document`` does, then one pass of the trie regex."""
    from analysis.text.document import TOKEN_RE

    return len(TOKEN_RE.findall(text)) + sum(1 for _ in regex.finditer(text))


def measure(kind: str, docs: list[str], warm: list[str], root: Path = ROOT) -> dict[str, float]:
    """One new process, warmed up on ``warm``, then timed on one pass over ``docs`` (every
    document new to it)."""
    proc = subprocess.run([sys.executable, "-c", CHILD, str(root), kind],
                          input=json.dumps({"warm": warm, "docs": docs}),
                          capture_output=True, text=True, cwd=ROOT, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"{kind} failed: {proc.stderr[-800:]}")
    return json.loads(proc.stdout)


def checkout(rev: str, into: Path) -> Path:
    """``rev`` of this repository, unpacked into ``into`` (not a worktree: nothing to clean)."""
    archive = subprocess.run(["git", "archive", rev], cwd=ROOT, capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, check=True)
    return into


def throughput(args: argparse.Namespace) -> None:
    docs, warm, source = news_documents()
    words = sum(len(d.split()) for d in docs)
    print(f"throughput: {source}; {words:,} words timed, best of {args.rounds} new processes; "
          "per core = per CPU-second")
    rows = [("analyze().to_dict(), full default analysis", "analyze", ROOT),
            ("textstat: reading ease + grade + difficult words", "textstat", ROOT),
            ("NELA-style lexicon pass (re-implementation)", "nela", ROOT),
            ("floor: tokens + one trie regex, 300 terms", "floor", ROOT)]
    with tempfile.TemporaryDirectory() as tmp:
        if args.before:
            before = Path(args.before)  # a folder holding another copy, or a revision
            before = before if before.is_dir() else checkout(args.before, Path(tmp))
            rows.insert(1, (f"analyze().to_dict() at {args.before}", "analyze", before))
        results: dict[str, dict[str, float]] = {}
        for _ in range(args.rounds):  # the rows take turns: a drift in load hits them all
            for label, kind, root in rows:
                out = measure(kind, docs, warm, root)
                if label not in results or out["cpu"] < results[label]["cpu"]:
                    results[label] = out
    ours = results[rows[0][0]]["cpu"]
    print(f"  {'':<50}{'docs/s':>8}{'words/s':>10}{'CPU s':>8}{'wall s':>8}   analyze / it")
    for label, r in results.items():
        ratio = f"{ours / r['cpu']:.2f}x" if label != rows[0][0] else ""
        print(f"  {label:<50}{len(docs) / r['cpu']:>8.1f}{words / r['cpu']:>10,.0f}"
              f"{r['cpu']:>8.2f}{r['wall']:>8.2f}   {ratio}")
    if args.before:
        before = results[rows[1][0]]["cpu"]
        print(f"  speed-up over {args.before}: {before / ours:.2f}x (CPU)")


def timed(cmd: list[str], runs: int, env: dict[str, str] | None = None
          ) -> tuple[float, float, float]:
    """(median wall, min wall, median CPU) seconds of ``runs`` fresh runs of ``cmd``."""
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              check=False, cwd=ROOT, env=env)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        if proc.returncode != 0:
            raise SystemExit(f"{' '.join(cmd)} failed: {proc.stderr.decode()[-500:]}")
    return statistics.median(walls), min(walls), statistics.median(cpus)


def command() -> list[str]:
    script = Path(sys.executable).parent / "credibility"
    return [str(script)] if script.exists() else [sys.executable, "-m", "analysis"]


def cold(runs: int) -> None:
    """Cold runs as Python runs by default: bytecode cached after the first run (in a
    temporary ``PYTHONPYCACHEPREFIX``, so nothing is written into the checkout)."""
    from analysis.intake.seeds import load_seeds

    longest = max(load_seeds(), key=lambda s: len(s.raw))
    base = timed([sys.executable, "-c", "pass"], runs)
    print(f"\ncold wall time, median of {runs} new processes (min; CPU user+sys)")
    print(f"  {'python start-up alone':<44}{_row(base)}")
    with tempfile.TemporaryDirectory() as prefix:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = prefix
        for label, args in (("score " + longest.path.name, ["score", str(longest.path)]),
                            ("score --json (same file)", ["score", "--json",
                                                          str(longest.path)])):
            timed(command() + args, 1, env=env)  # writes the bytecode once
            wall = timed(command() + args, runs, env=env)
            bar = "met" if wall[0] <= COLD_BAR else "MISSED"
            print(f"  {label:<44}{_row(wall)}   bar <= {COLD_BAR} s: {bar}")
    print(f"  ({len(longest.raw.split())} words in {longest.path.name})")


def _row(t: tuple[float, float, float]) -> str:
    return f"{t[0]:.3f} s ({t[1]:.3f}; CPU {t[2]:.3f})"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=3,
                        help="new processes per row (the fastest is kept)")
    parser.add_argument("--runs", type=int, default=10, help="cold runs of credibility score")
    parser.add_argument("--before", help="also time analyze() at this git revision (or in "
                        "this folder holding a copy of the repository)")
    parser.add_argument("--no-cold", action="store_true", help="skip the cold-start runs")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    print(f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}, load average "
          f"{os.getloadavg()[0]:.2f}")
    throughput(args)
    if not args.no_cold:
        cold(args.runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
