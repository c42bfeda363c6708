"""How the genre threshold of question_evidence was chosen (development half only).

For each threshold on the genre model's opinion probability, prints what demanding a cue
of rhetoric (question_evidence.cues) below it would do to the unexplained questions of
the development half (the ones the default decides, outside writer-absent reporting):
gold rhetorical questions lost, other questions no longer flagged, and the development
half's rhetorical precision, recall and F1 (questions explained by rules keep their
labels; the "genuine after a genuine question" step is left out, as in
benchmarks/train_questions.py). Test articles of ``split.json`` are dropped before any
text is read (benchmarks/questions/dev_errors.py). The shipped threshold, 1/3 (reporting
at least twice as likely as opinion), is a round figure that loses no development
rhetorical question.

    python benchmarks/questions/gate_grid.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from analysis.extractors import genre  # noqa: E402
from analysis.extractors import question_evidence as qe  # noqa: E402
from analysis.extractors import question_rhetoric as qr  # noqa: E402
from analysis.extractors import rhetorical_questions as rq  # noqa: E402
from benchmarks.questions.dev_errors import dev_questions  # noqa: E402
from benchmarks.questions.find_questions import DEFAULT_DATA  # noqa: E402
from benchmarks.tasks import prf  # noqa: E402

THRESHOLDS = (0.0, 0.2, 0.25, 1 / 3, 0.4, 0.45, 0.5, 0.6, 0.7)


def rows() -> list[tuple[bool, bool, float, bool]]:
    """(gold rhetorical, decided by the default, opinion probability, has a cue) per
    development question; a question the extractor does not find is never flagged."""
    out = []
    for g, doc, hits, faq in dev_questions(DEFAULT_DATA):
        gold = g["label"] == "rhetorical"
        if not hits or rq.explained_label(doc, hits[-1], faq) is not None \
                or qr.writer_absent_reporting(doc):
            out.append((gold, False, 1.0, False))
            continue
        cue = any(qe.cues(doc, hits[-1]).values())
        out.append((gold, True, genre.scored(doc)[2]["opinion"], cue))
    return out


def main() -> int:
    data = rows()
    gold = [r[0] for r in data]
    print("threshold  lost  removed   P      R      F1")
    for t in THRESHOLDS:
        flag = [dflt and (cue or p >= t) for _, dflt, p, cue in data]
        lost = sum(g and d and not f for (g, d, _, _), f in zip(data, flag, strict=True))
        removed = sum(not g and d and not f for (g, d, _, _), f in zip(data, flag, strict=True))
        p, r, f1 = prf(flag, gold)
        print(f"{t:9.3f} {lost:5d} {removed:8d}  {p:.3f}  {r:.3f}  {f1:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
