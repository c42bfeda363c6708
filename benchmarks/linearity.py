"""Bounded time: does each stage of ``analyze()`` grow linearly on adversarial input?

    .venv/bin/python benchmarks/linearity.py            # 10 KB, 100 KB, 1 MB (~20 min)
    .venv/bin/python benchmarks/linearity.py --quick    # 10 KB and 100 KB (CI)
    .venv/bin/python benchmarks/linearity.py --sizes 1000,10000 --only dots,questions

For each input family (runs of one character, crafted attributions, quotations and
questions, text without sentence breaks, ordinary news repeated) and each size, it times,
in CPU seconds (user + system, so other jobs on the machine matter less), the construction
of the ``Document``, ``voice_of(doc)`` (quotations and attributions, shared by the
extractors), each sentence's voice (as ``Analysis.to_dict`` asks for it) and each
extractor in ``analysis.extractors.REGISTRY`` separately, with the garbage collector
paused, and then ``analyze(text).to_dict()`` whole with the collector running. 10 KB takes
the best of five runs (three with ``--quick``), 100 KB of two, 1 MB one run.

It prints one row per family and stage with the times and the growth exponents
log10(t_big / t_small) for each tenfold step: 1.0 is linear, 2.0 quadratic. It exits 1 if
any exponent is over ``BAR`` (1.15; ``QUICK_BAR``, 1.35, for the single step of
``--quick``). Where both times are under ``FLOOR`` seconds the
exponent is noise and not judged (shown in brackets). A family whose previous size took
so long that the next is projected (at quadratic growth) past ``--budget`` seconds is
skipped and counted as a failure.
"""

from __future__ import annotations

import argparse
import gc
import math
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis import analyze  # noqa: E402
from analysis.extractors import REGISTRY  # noqa: E402
from analysis.extractors.readability.syllables import prepare  # noqa: E402
from analysis.text.document import Document  # noqa: E402
from analysis.text.voice import voice_of  # noqa: E402

BAR = 1.15
QUICK_BAR = 1.35  # 10 KB against 100 KB alone: a stage of a few milliseconds at 10 KB moves
# by 0.1-0.2 with the memory it touches and with other jobs, while a quadratic stage shows
# near 2.0 over a tenfold step (the "according to" bug this caught read 1.89)
TOTAL = "analyze+to_dict"
FLOOR = 0.005
FULL_SIZES = (10_000, 100_000, 1_000_000)
QUICK_SIZES = (10_000, 100_000)


def _news() -> str:
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    return "\n\n".join(p.read_text(encoding="utf-8") for p in seeds)


def _no_breaks(text: str) -> str:
    return "".join(ch for ch in text if ch not in ".!?…")


FAMILIES: dict[str, Callable[[], str]] = {
    "dots": lambda: ".",
    "questions": lambda: "?",
    "exclaims": lambda: "!",
    "dots_spaced": lambda: ". ",
    "according_to": lambda: "according to ",
    "said_quotes": lambda: '"x," he said ',
    "curly_unbalanced": lambda: "“x said ",
    "letters": lambda: "a",
    "spaces": lambda: " ",
    "straight_quotes": lambda: '"',
    "curly_quotes": lambda: "“",
    "apostrophes": lambda: "'",
    "digits": lambda: "7",
    "capitals": lambda: "A",
    "capital_words": lambda: "Word ",
    "initials": lambda: "A.",
    "parens": lambda: ") he said ",
    "question_run": lambda: "why? he asked ",
    "question_words": lambda: "what? ",
    "quoted_sentences": lambda: "\"We will go home,\" he said. ",
    "boast_said": lambda: "the best, he said ",
    "comma_said": lambda: "Ann, said ",
    "dotted_capital_i": lambda: "It was a shamİ, officials said. ",
    "no_full_stops": lambda: _no_breaks(_news()),
    "one_paragraph": lambda: " ".join(_no_breaks(_news()).split()) + " ",
    "short_lines": lambda: "Yes\n",
    "news": lambda: _news() + "\n\n",
}


def make(family: str, size: int) -> str:
    """``size`` characters of the family's unit, repeated."""
    unit = FAMILIES[family]()
    return (unit * (size // len(unit) + 1))[:size]


def _forget_cached_words() -> None:
    """textstat caches results by text and by word, Pyphen by word: forget them, so that a
    repeated run, or a word met at a smaller size ("aaa...a"), is timed afresh. (The
    dictionaries themselves, loaded once a process, stay.)"""
    for name, module in list(sys.modules.items()):
        if name.startswith("textstat"):
            for obj in list(vars(module).values()):
                if callable(getattr(obj, "cache_clear", None)):
                    obj.cache_clear()
    if "pyphen" in sys.modules:
        from analysis.extractors.readability.hyphenation import subset_dict

        for hd in [*sys.modules["pyphen"].hdcache.values(), subset_dict("en_US")]:
            hd.cache.clear()


def _timed(fn: Callable[[], object], collector: bool = False) -> float:
    """CPU seconds of ``fn()``, after a full collection. Stages run with the garbage
    collector paused: a full collection falls in whichever stage crosses its threshold and
    rescans everything built before, which makes single stages jump at 1 MB although the
    whole run grows linearly. The total (``collector=True``) runs with it, as a user's does."""
    _forget_cached_words()
    gc.collect()
    if not collector:
        gc.disable()
    try:
        start = time.process_time()
        fn()
        return time.process_time() - start
    finally:
        gc.enable()


def stages(text: str) -> dict[str, float]:
    """CPU seconds of each stage on one fresh document, and of the whole analysis."""
    out = _stage_times(text)  # the document is freed before the whole analysis runs
    out[TOTAL] = _timed(lambda: analyze(text).to_dict(), collector=True)
    return out


def _stage_times(text: str) -> dict[str, float]:
    out: dict[str, float] = {}
    box: dict[str, Document] = {}
    out["document"] = _timed(lambda: box.setdefault("doc", Document(text)))
    doc = box["doc"]
    out["voice"] = _timed(lambda: voice_of(doc))
    voice = voice_of(doc)
    out["sentence_voices"] = _timed(lambda: [voice.sentence_voice(s) for s in doc.sentences])
    for module in REGISTRY:
        out[module.NAME] = _timed(lambda m=module: m.extract(doc))
    return out


def best_of(text: str, runs: int) -> dict[str, float]:
    """The fastest of ``runs``, each on a text of its own (trailing spaces added): textstat
    caches its results by text, so a repeated text would time the cache. The words are
    first looked up in the CMU dictionary (the process-wide table keeps them), so every size
    is timed in the same steady state, whatever the number of runs."""
    prepare(text)  # the dictionary look-ups of its words, once a process, are not timed
    results = [stages(text + " " * i) for i in range(runs)]
    return {k: min(r[k] for r in results) for k in results[0]}


def runs_for(size: int, quick: bool) -> int:
    if size <= 10_000:
        return 3 if quick else 5
    return 1 if size >= 1_000_000 else 2


def exponent(small: float, big: float, ratio: float) -> float:
    return math.log10(max(big, 1e-6) / max(small, 1e-6)) / math.log10(ratio)


def measure(family: str, sizes: list[int], budget: float,
            quick: bool) -> dict[int, dict[str, float] | None]:
    out: dict[int, dict[str, float] | None] = {}
    previous: tuple[int, float] | None = None
    for size in sizes:
        if previous and previous[1] * (size / previous[0]) ** 2 > budget:
            out[size] = None
            print(f"  {family}: {size:,} skipped (projected over {budget:.0f} s)", flush=True)
            continue
        t = best_of(make(family, size), runs_for(size, quick))
        out[size] = t
        previous = (size, t[TOTAL])
        print(f"  {family}: {size:,} chars, {previous[1]:.3f} s", file=sys.stderr, flush=True)
    return out


def report(bar: float, results: dict[str, dict[int, dict[str, float] | None]],
           sizes: list[int]) -> int:
    """Print the table; return how many exponents fail the bar."""
    names = ["document", "voice", "sentence_voices", *(m.NAME for m in REGISTRY), TOTAL]
    steps = list(zip(sizes, sizes[1:], strict=False))
    head = [f"{s // 1000:>7,}K" for s in sizes] + [f"{a // 1000}K→{b // 1000}K" for a, b in steps]
    print(f"\n{'family':<18}{'stage':<22}" + "".join(f"{h:>13}" for h in head))
    failures = 0
    for family, by_size in results.items():
        for name in names:
            cells = []
            for s in sizes:
                t = by_size[s]
                cells.append("skipped" if t is None else f"{t[name]:.4f}")
            for a, b in steps:
                ta, tb = by_size[a], by_size[b]
                if ta is None or tb is None:
                    cells.append("FAIL" if tb is None and ta is not None and name == "document"
                                 else "-")
                    failures += tb is None and ta is not None and name == "document"
                    continue
                e = exponent(ta[name], tb[name], b / a)
                if ta[name] < FLOOR and tb[name] < FLOOR:
                    cells.append(f"({e:.2f})")
                else:
                    failures += e > bar
                    cells.append(f"{e:.2f}" + (" FAIL" if e > bar else ""))
            print(f"{family:<18}{name:<22}" + "".join(f"{c:>13}" for c in cells))
    return failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="10 KB and 100 KB only (for CI)")
    parser.add_argument("--sizes", help="comma-separated sizes in characters")
    parser.add_argument("--only", help="comma-separated families (default: all)")
    parser.add_argument("--budget", type=float, default=300.0,
                        help="skip a size projected to take longer (seconds)")
    args = parser.parse_args(argv)
    sizes = ([int(s) for s in args.sizes.split(",")] if args.sizes
             else list(QUICK_SIZES if args.quick else FULL_SIZES))
    families = args.only.split(",") if args.only else list(FAMILIES)
    unknown = [f for f in families if f not in FAMILIES]
    if unknown:
        parser.error(f"unknown families: {', '.join(unknown)}; known: {', '.join(FAMILIES)}")
    # Load word lists and syllable data once, and read enough text that every lexicon has
    # switched to its trie prefilter (lexicons.PLAIN_BUDGET): otherwise the bigger size alone
    # pays that one-off compile, which is not growth.
    best_of(make("news", 5_000), 1)
    for _ in range(2):
        best_of(make("news", 40_000), 1)
    results = {f: measure(f, sizes, args.budget, args.quick) for f in families}
    bar = QUICK_BAR if args.quick else BAR
    failures = report(bar, results, sizes)
    print(f"\nCPU seconds; exponent = log10(t_big / t_small) per tenfold step; bar {bar}. "
          f"Exponents in brackets: both times under {FLOOR * 1000:.0f} ms, noise, not judged.\n"
          f"Stages are timed with the garbage collector paused; {TOTAL} (the whole "
          "analysis and its JSON) with it running.")
    print(f"{failures} exponent(s) over the bar." if failures else "All exponents within the bar.")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
