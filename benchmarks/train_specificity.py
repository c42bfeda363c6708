"""Fit the sentence specificity model and write analysis/data/specificity_model.json.

    python benchmarks/train_specificity.py [--data DIR]

A logistic regression over the interpretable features of
``analysis.extractors.specificity_model`` on the Louis & Nenkova news sentences
(``specificity/louis_news_dev.jsonl``). Prints the 10-fold cross-validated accuracy
(the honest figure) and, out of domain (never fitted on), the Spearman correlation with
the Ko et al. ratings, each text scored as ``benchmarks/accuracy.py`` does: the
word-weighted mean of its sentences' probabilities. Only the fitted weights are
written; no data leaves ../shared/data.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from analysis.document import Document  # noqa: E402
from analysis.extractors.specificity import sentence_features, text_features  # noqa: E402
from analysis.extractors.specificity_model import FEATURES  # noqa: E402
from benchmarks.tasks import read_jsonl  # noqa: E402

OUT = ROOT / "analysis" / "data" / "specificity_model.json"


def matrix(texts: list[str]) -> list[list[float]]:
    rows = []
    for t in texts:
        f = text_features(Document(t))
        rows.append([f[name] for name in FEATURES])
    return rows


def sentence_scores(pipe: object, texts: list[str]) -> list[float]:
    """Each text's word-weighted mean sentence probability under the fitted pipeline."""
    import numpy as np

    out = []
    for t in texts:
        rows = sentence_features(Document(t))
        if not rows:
            out.append(0.0)
            continue
        x = np.array([[f[name] for name in FEATURES] for f, _ in rows])
        p = pipe.predict_proba(x)[:, 1]  # type: ignore[attr-defined]
        w = np.array([max(1, n) for _, n in rows], dtype=float)
        out.append(float(np.dot(p, w) / w.sum()))
    return out


def main(argv: list[str] | None = None) -> int:
    import numpy as np
    from scipy.stats import spearmanr
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_score
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--C", type=float, default=1.0, help="inverse regularisation")
    args = parser.parse_args(argv)
    louis = read_jsonl(args.data / "specificity/louis_news_dev.jsonl")
    x = np.array(matrix([r["text"] for r in louis]))
    y = np.array([r["label"] == "specific" for r in louis])
    pipe = make_pipeline(StandardScaler(), LogisticRegression(C=args.C, max_iter=1000))
    cv = StratifiedKFold(n_splits=10, shuffle=True, random_state=0)
    acc = cross_val_score(pipe, x, y, cv=cv, scoring="accuracy")
    print(f"louis 10-fold CV accuracy {acc.mean():.3f} (sd {acc.std():.3f}), n={len(y)}")
    pipe.fit(x, y)
    scaler, lr = pipe[0], pipe[1]
    for domain in ("twitter", "yelp", "movie"):
        rows = read_jsonl(args.data / f"specificity/ko2019_{domain}.jsonl")
        p = sentence_scores(pipe, [r["text"] for r in rows])
        rho = spearmanr(p, [r["rating"] for r in rows]).statistic
        print(f"ko2019_{domain} Spearman (out of domain, not fitted on) {rho:.3f}")
    model = {
        "about": "logistic regression, standardised features; fitted by "
                 "benchmarks/train_specificity.py on specificity/louis_news_dev.jsonl; "
                 "word rarity from wordfreq's small English list",
        "features": list(FEATURES),
        "intercept": round(float(lr.intercept_[0]), 6),
        "coef": [round(float(c), 6) for c in lr.coef_[0]],
        "mean": [round(float(m), 6) for m in scaler.mean_],
        "scale": [round(float(s), 6) for s in scaler.scale_],
        "cv_accuracy": round(float(acc.mean()), 4),
    }
    OUT.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    for name, c in zip(FEATURES, model["coef"], strict=True):
        print(f"  {name:12} {c:+.3f}")
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
