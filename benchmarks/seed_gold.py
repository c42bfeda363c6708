"""Precision and recall of each extractor on our own annotations of the four seeds.

    python benchmarks/seed_gold.py            # table per extractor
    python benchmarks/seed_gold.py --errors   # also list false positives and misses

The gold file is tests/gold/seeds_gold.json (guidelines in tests/gold/GUIDELINES.md),
annotated independently of the extractors. Spans match when they overlap; "span" ignores
the label, "label" requires it too. Analysis runs on the cleaned seed bodies, exactly as
``credibility report`` does.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from analysis import analyze
from analysis.evaluation import Score, Span, load_gold, match, resolve_gold
from analysis.intake.seeds import load_seeds

GOLD = Path(__file__).resolve().parent.parent / "tests" / "gold" / "seeds_gold.json"
EXTRACTORS = ("hedging", "rhetorical_questions", "superlatives", "sourcing")


def evaluate(gold_path: Path = GOLD) -> dict[str, dict[str, object]]:
    """Per extractor: span and label scores summed over the seeds, with the errors."""
    gold = load_gold(gold_path)["seeds"]
    out: dict[str, dict[str, object]] = {
        x: {"span": Score(0, 0, 0), "label": Score(0, 0, 0), "fp": [], "fn": []} for x in EXTRACTORS
    }
    for seed in load_seeds():
        text = seed.text
        gold_spans = resolve_gold(gold[seed.id]["annotations"], text)
        pred = [Span(e.extractor, e.label, e.start, e.end, e.text) for e in analyze(text).evidence]
        for x in EXTRACTORS:
            g = [s for s in gold_spans if s.extractor == x]
            p = [s for s in pred if s.extractor == x]
            span_score, fp, fn = match(p, g, use_label=False)
            label_score, *_ = match(p, g, use_label=True)
            row = out[x]
            row["span"] = row["span"] + span_score
            row["label"] = row["label"] + label_score
            row["fp"] += [(seed.id, s) for s in fp]
            row["fn"] += [(seed.id, s) for s in fn]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list false positives and misses")
    args = parser.parse_args(argv)
    results = evaluate()
    print(f"{'extractor':22} {'gold':>5} {'found':>5}  {'span P':>6} {'span R':>6} {'span F1':>7}"
          f"  {'label P':>7} {'label R':>7} {'label F1':>8}")
    for x, row in results.items():
        s, lab = row["span"], row["label"]
        print(f"{x:22} {s.tp + s.fn:5d} {s.tp + s.fp:5d}  {s.precision:6.2f} {s.recall:6.2f} "
              f"{s.f1:7.2f}  {lab.precision:7.2f} {lab.recall:7.2f} {lab.f1:8.2f}")
    if args.errors:
        for x, row in results.items():
            for kind in ("fp", "fn"):
                for seed_id, sp in row[kind]:
                    print(f"{kind} {x:20} {seed_id:10} {sp.label:10} {sp.text!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
