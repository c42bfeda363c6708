"""Agreement between the gold labels and a second, independent annotator (stdlib only).

    python benchmarks/questions/kappa.py
    python benchmarks/questions/kappa.py --second path/to/second_annotator.jsonl

The second annotator labelled the 160 questions of ``kappa_sample.jsonl`` blind (without
the gold labels), from the article context, with GUIDELINES.md. Records are matched on
(corpus, doc_id, end): the end ("?") is exact, while starts are each annotator's reading
of where a question begins. Prints Cohen's kappa over the five labels, observed
agreement, specific agreement per label (2 x both / (count by A + count by B)), the
confusion table, and kappa for rhetorical versus everything else (the label the
extractor's figure rests on). Exit 2 with one line if a file is missing or malformed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE / "questions_gold.jsonl"
SAMPLE = HERE / "kappa_sample.jsonl"
# the second annotator's file, beside this script once merged; until then in its worktree
SECOND = next((p for p in (HERE / "second_annotator.jsonl",
                            Path("/work/wt-kappa/benchmarks/questions/second_annotator.jsonl"))
               if p.exists()), HERE / "second_annotator.jsonl")
LABELS = ("rhetorical", "hypophora", "quoted", "headline", "genuine")
Key = tuple[str, str, int]


def read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def key(rec: dict) -> Key:
    return (str(rec["corpus"]), str(rec["doc_id"]), int(rec["end"]))


def cohen(pairs: list[tuple[str, str]]) -> float:
    """Cohen's kappa of two label sequences: (p_o - p_e) / (1 - p_e)."""
    n = len(pairs)
    if n == 0:
        return float("nan")
    observed = sum(a == b for a, b in pairs) / n
    first, second = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(first[lab] * second[lab] for lab in first) / (n * n)
    return 1.0 if expected == 1 else (observed - expected) / (1 - expected)


def specific(pairs: list[tuple[str, str]], label: str) -> float:
    both = sum(a == b == label for a, b in pairs)
    total = sum(a == label for a, _ in pairs) + sum(b == label for _, b in pairs)
    return 2 * both / total if total else float("nan")


def shared_pairs(gold: list[dict], second: list[dict], sample: list[dict]
                 ) -> tuple[list[tuple[str, str]], int]:
    """(gold label, second label) on the sample's questions both files label; and how
    many sample questions lack a label in either file (e.g. excluded as no question)."""
    ours = {key(r): r["label"] for r in gold}
    theirs = {key(r): r.get("label") for r in second}
    pairs, missing = [], 0
    for rec in sample:
        k = key(rec)
        if ours.get(k) in LABELS and theirs.get(k) in LABELS:
            pairs.append((ours[k], theirs[k]))
        else:
            missing += 1
    return pairs, missing


def report(pairs: list[tuple[str, str]], missing: int) -> str:
    n = len(pairs)
    lines = [f"shared questions: {n} (not labelled by both: {missing})",
             f"observed agreement: {sum(a == b for a, b in pairs) / n:.3f}" if n else "",
             f"Cohen's kappa (5 labels): {cohen(pairs):.3f}",
             f"Cohen's kappa (rhetorical vs other): "
             f"{cohen([(a == 'rhetorical', b == 'rhetorical') for a, b in pairs]):.3f}",
             "", "specific agreement per label (gold count / second count):"]
    for lab in LABELS:
        g, s = sum(a == lab for a, _ in pairs), sum(b == lab for _, b in pairs)
        lines.append(f"  {lab:<11} {specific(pairs, lab):.3f}  ({g} / {s})")
    lines += ["", "confusion (rows gold, columns second):",
              " " * 12 + "".join(f"{lab[:9]:>10}" for lab in LABELS)]
    table = Counter(pairs)
    for a in LABELS:
        lines.append(f"{a:<12}" + "".join(f"{table[(a, b)]:>10}" for b in LABELS))
    return "\n".join(line for line in lines if line is not None)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--second", type=Path, default=SECOND)
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--sample", type=Path, default=SAMPLE)
    args = ap.parse_args(argv)
    try:
        gold, second, sample = read(args.gold), read(args.second), read(args.sample)
        pairs, missing = shared_pairs(gold, second, sample)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        print(f"cannot compute agreement: {exc}", file=sys.stderr)
        return 2
    if not pairs:
        print("cannot compute agreement: no question is labelled in both files",
              file=sys.stderr)
        return 2
    print(report(pairs, missing))
    return 0


if __name__ == "__main__":
    sys.exit(main())
