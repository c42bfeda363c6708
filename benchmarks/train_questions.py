"""Would a fitted model decide unexplained questions better than the register rule?

    python benchmarks/train_questions.py

No: this script records the experiment and prints its cross-validated figures; no model
is written or shipped (the extractor uses question_rhetoric's hand rule).

Data: the development half of the question gold set (benchmarks/questions/, every
article not named in ``split.json``); the test articles are dropped before any text is
read. The training rows are the questions that no rule of the extractor explains (not
quoted, a heading, a poll, an open question or answered), the ones that used to be
called rhetorical by default; the target is the gold label ``rhetorical``. Features are
the interpretable cues of ``benchmarks/questions/rhetoric_cues.py``.

Compared by 5-fold cross-validation grouped by article, as whole-dev-half rhetorical
precision/recall/F1 (the questions explained by rules keep their labels; the extractor's
"genuine after a genuine question" step is left out, so figures differ slightly from
dev_errors.py): the shipped rule (rhetorical unless the text is writer-absent reporting,
or reads as reporting and the question has no cue of its own: question_evidence),
a cue rule (rhetorical when the question carries a cue, or the text is not reporting and
asks many questions), and the logistic model at the threshold chosen inside each training
fold.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.extractors import question_evidence as qe  # noqa: E402
from analysis.extractors import rhetorical_questions as rq  # noqa: E402
from benchmarks.questions import rhetoric_cues as qr  # noqa: E402
from benchmarks.questions.dev_errors import dev_questions  # noqa: E402
from benchmarks.questions.find_questions import DEFAULT_DATA  # noqa: E402
from benchmarks.tasks import prf  # noqa: E402

C = 0.5
THRESHOLDS = [x / 20 for x in range(4, 17)]
CUES = ("neg_aux", "loaded_wh", "npi", "fragment", "tag", "stacked")


def rows() -> list[dict[str, Any]]:
    """One row per development question: its group (article), gold target, the label a
    rule gives (None if unexplained) and, if unexplained, its features."""
    out: list[dict[str, Any]] = []
    for g, doc, hits, faq in dev_questions(DEFAULT_DATA):
        row: dict[str, Any] = {"group": f"{g['corpus']}/{g['doc_id']}",
                               "y": g["label"] == "rhetorical", "gold": g["label"],
                               "rule": "missed", "x": None}
        if hits:
            q = hits[-1]
            row["rule"] = rq.explained_label(doc, q, faq)
            row["x"] = qr.features(doc, q)
            row["open"] = qe.lacks_evidence(doc, q)
        out.append(row)
    return out


def whole(data: list[dict[str, Any]], flags: dict[int, bool]) -> tuple[float, float, float]:
    """Dev-half rhetorical P/R/F1 when the unexplained rows are flagged as ``flags`` says."""
    pred = [flags.get(i, False) if r["rule"] is None else False for i, r in enumerate(data)]
    return prf(pred, [r["y"] for r in data])


def _matrix(data: list[dict[str, Any]], idx: list[int]) -> Any:
    import numpy as np
    return np.array([[data[i]["x"][f] for f in qr.FEATURES] for i in idx])


def fit(x: Any, y: Any) -> Any:
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler
    return make_pipeline(StandardScaler(), LogisticRegression(C=C, max_iter=1000)).fit(x, y)


def best_threshold(p: Any, y: Any) -> float:
    """The threshold with the best F1 among the given rows (ties: the higher one)."""
    scores = [(prf(list(p >= t), list(y))[2], t) for t in THRESHOLDS]
    return max(scores)[1]


def hand_rule(x: dict[str, float]) -> bool:
    return any(x[c] for c in CUES) or (not x["doc_reporting"] and x["doc_questions"] >= 0.05)


def cross_validate(data: list[dict[str, Any]]) -> dict[str, tuple[float, float, float]]:
    import numpy as np
    from sklearn.model_selection import GroupKFold
    idx = [i for i, r in enumerate(data) if r["rule"] is None]
    x, y = _matrix(data, idx), np.array([data[i]["y"] for i in idx])
    groups = [data[i]["group"] for i in idx]
    flags: dict[int, bool] = {}
    for train, test in GroupKFold(n_splits=5).split(x, y, groups):
        model = fit(x[train], y[train])
        t = best_threshold(model.predict_proba(x[train])[:, 1], y[train])
        for j, p in zip(test, model.predict_proba(x[test])[:, 1], strict=True):
            flags[idx[j]] = bool(p >= t)
    return {"shipped rule": whole(data, {i: not (data[i]["x"]["doc_reporting"] or data[i]["open"])
                                         for i in idx}),
            "everything unexplained": whole(data, {i: True for i in idx}),
            "cue rule": whole(data, {i: hand_rule(data[i]["x"]) for i in idx}),
            "logistic, 5-fold by article": whole(data, flags)}


def main() -> int:
    data = rows()
    n = sum(r["rule"] is None for r in data)
    pos = sum(r["rule"] is None and r["y"] for r in data)
    print(f"dev questions {len(data)}, unexplained {n} (gold rhetorical {pos})")
    for name, (p, r, f) in cross_validate(data).items():
        print(f"  {name:<30} P {p:.3f} R {r:.3f} F1 {f:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
