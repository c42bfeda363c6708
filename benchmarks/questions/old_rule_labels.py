"""Labels that older rules give the development half: honest candidates for
benchmarks/train_questions.py.

Rules read from a part's errors explain that part's non-rhetorical questions away, so
only rules not yet written from a part show what new text looks like to them. Two such
states are stored in ``old_rules/`` (one JSON line per development question of the
current gold file, in its order: the rules' final label and the label a rule explains it
with, None when none does):

* ``5da8a2f.jsonl``: the rules of commit 5da8a2f, before any rule read the second sample
  (honest on the second sample's development articles);
* ``7e88676.jsonl``: the rules of commit 7e88676, before the third sample's round
  (honest on the third sample: rhetorical F1 0.621 there).

Written by running this file from a snapshot of the commit, with the current gold files
(test articles of ``split.json`` dropped before any text is read)::

    git archive 7e88676 | tar -x -C /tmp/old && ln -sfn /work/shared /tmp/shared
    cd /tmp/old && PYTHONPATH=/tmp/old python /path/to/benchmarks/questions/old_rule_labels.py \\
        > benchmarks/questions/old_rules/7e88676.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def dump() -> list[dict[str, Any]]:
    """The old rules' explained and final labels for every development question."""
    from analysis.extractors import rhetorical_questions as rq
    from analysis.extractors.question_kinds import faq_headings
    from analysis.text.document import Document
    from benchmarks.questions.find_questions import DEFAULT_DATA, load
    test = {tuple(x) for x in json.loads((HERE / "split.json").read_text())["test"]}
    gold = [json.loads(line) for line in (HERE / "questions_gold.jsonl").read_text()
            .splitlines() if line.strip()]
    gold = [g for g in gold if (g["corpus"], str(g["doc_id"])) not in test]
    texts = {c: load(DEFAULT_DATA, c) for c in sorted({g["corpus"] for g in gold})}
    cache: dict[tuple[str, str], Any] = {}
    out = []
    for g in gold:
        key = (g["corpus"], str(g["doc_id"]))
        if key not in cache:
            doc = Document(texts[key[0]][key[1]])
            found = getattr(rq, "questions", getattr(rq, "_questions", None))(doc)
            cache[key] = (doc, found, faq_headings(doc, found), rq.extract(doc).evidence)
        doc, found, faq, ev = cache[key]
        hits = [q for q in found if q.start < g["end"] and g["start"] < q.end]
        evs = [e for e in ev if e.start < g["end"] and g["start"] < e.end]
        pred = evs[-1].label if evs else None
        out.append({"corpus": key[0], "doc_id": key[1], "start": g["start"], "pred": pred,
                    "explained": _explained(rq, doc, hits, faq, pred)})
    return out


def _explained(rq: Any, doc: Any, hits: list, faq: set[int], pred: str | None) -> str | None:
    """The rule's label, None when no rule explains the question; rules without
    ``explained_label`` (before the gates) called every unexplained question rhetorical."""
    if not hits:
        return "missed"
    if hasattr(rq, "explained_label"):
        return rq.explained_label(doc, hits[-1], faq)
    return None if pred == "rhetorical" else pred


if __name__ == "__main__":
    sys.stdout.writelines(json.dumps(row) + "\n" for row in dump())
