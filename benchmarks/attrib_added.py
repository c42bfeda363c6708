"""Flags the clause-subject rules (``analysis.text.clause_subjects``) add or change on the
*develop* part of PolNeAR's training half, by construction, with how many match a gold cue:

    python benchmarks/attrib_added.py            # the table
    python benchmarks/attrib_added.py --show 20 --kind joined --wrong

The rules are switched off for the "before" run by replacing the two hooks with functions
that find nothing, so one run measures both.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from analysis.text import attribution, clause_subjects  # noqa: E402
from analysis.text.cue_sense import LINKS  # noqa: E402
from analysis.text.document import Document  # noqa: E402
from analysis.text.sources import BASE_NOUNLIKE  # noqa: E402
from analysis.text.voice import voice_of  # noqa: E402
from benchmarks.attrib_errors import _ctx, develop_rows  # noqa: E402


def _run(text: str) -> dict[tuple[int, int], tuple]:
    doc = Document(text)
    return {a.cue: (a.label, a.source) for a in voice_of(doc).attributions}


def _kind(text: str, cue: tuple[int, int]) -> str:
    doc = Document(text)
    sent = doc.sentence_at(cue[0])
    idx = sent.token_index(cue[0]) if sent else None
    if idx is None:
        return "?"
    word = text[cue[0]:cue[1]].lower()
    if idx > 0 and word.split()[0].endswith("ing"):
        before = sent.tokens[idx - 1].lower
        if before == ",":
            return "participle"
        if before in LINKS:
            return f"participle after '{before}'" if before in {"and", "but", "or"} \
                else "participle after a preposition"
    if word in BASE_NOUNLIKE and clause_subjects.after_auxiliary(sent.tokens, idx):
        return "base form after an auxiliary"
    return clause_subjects.construction(sent.tokens, idx, word) or "other"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--kind", default="")
    ap.add_argument("--wrong", action="store_true")
    args = ap.parse_args()
    rows = develop_rows()
    on = [_run(r["text"]) for r in rows]
    hooks = attribution.clause_source, attribution.participle_of_clause, attribution.after_auxiliary
    attribution.clause_source = lambda *a: None
    attribution.participle_of_clause = lambda *a: None
    attribution.after_auxiliary = lambda *a: False
    off = [_run(r["text"]) for r in rows]
    attribution.clause_source, attribution.participle_of_clause, attribution.after_auxiliary = hooks
    table: Counter = Counter()
    shown: list[str] = []
    for row, a, b in zip(rows, on, off, strict=True):
        text = row["text"]
        gold = [(tuple(g["cue"]), tuple(g["source"]) if g.get("source") else None)
                for g in row["attributions"]]
        for cue in a.keys() - b.keys():
            hit = next((g for g in gold if g[0][0] < cue[1] and cue[0] < g[0][1]), None)
            kind = _kind(text, cue)
            src = a[cue][1]
            table[(kind, hit is not None)] += 1
            table[(kind, "src")] += bool(hit and src and hit[1] == src)
            if (not args.kind or kind == args.kind) and (hit is None or not args.wrong):
                shown.append(f"{'RIGHT' if hit else 'WRONG'} [{kind}] {a[cue][0]} "
                             f"src={text[src[0]:src[1]] if src else None!r} "
                             f"…{_ctx(text, *cue)}…")
        table[("removed", True)] += len(b.keys() - a.keys())
        table[("changed", True)] += sum(a[c] != b[c] for c in a.keys() & b.keys())
    print("| construction | flags added | right | right share | source exact |")
    print("|---|---|---|---|---|")
    for kind in sorted({k for k, _ in table}):
        right, wrong = table[(kind, True)], table[(kind, False)]
        if kind in {"removed", "changed"}:
            print(f"| flags {kind} (label or source) | {right} | | | |")
            continue
        n = right + wrong
        print(f"| {kind} | {n} | {right} | {right / n:.2f} | {table[(kind, 'src')]} |")
    for line in shown[: args.show]:
        print(line)


if __name__ == "__main__":
    main()
