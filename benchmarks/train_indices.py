"""Fit the two composite indices and write analysis/data/indices.json.

    python benchmarks/train_indices.py [--data DIR]

Caps: the 95th percentile of each component over the mainstream articles (50+ words) of
reliability/buzzfeed_webis_dev.jsonl, and for a rate at least ``MIN_RATE_CAP``. Weights: a
logistic regression on the capped components (mainstream vs hyperpartisan for
verifiability, the reverse for sensationalism); a component whose weight comes out
negative is dropped and the rest refitted, so every weight says "more of this, more of the
index". Prints the 5-fold cross-validated AUC (the honest figure). Only caps and weights
are written.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.tasks import analyse_all, buzzfeed_rows  # noqa: E402

OUT = ROOT / "analysis" / "data" / "indices.json"
CANDIDATES = {
    "sensationalism_index": [
        "rhetorical_questions_rhetorical_per_1k", "superlatives_unsourced_per_1k",
        "superlatives_booster_unsourced_per_1k",  # issue 11: the fit decides on boosters
        "hedging_weasel_per_1k", "loaded_language_narrator_count_per_1k",
        "loaded_language_name_calling_per_1k", "specificity_vague_per_1k",
    ],
    "verifiability_index": [
        "specificity_document", "specificity_specific_share", "sourcing_named_per_1k",
        "sourcing_anonymous_per_1k", "sourcing_named_quote_per_1k", "specificity_date_per_1k",
        "specificity_details_per_1k",
    ],
}


MIN_RATE_CAP = 2.0  # per 1,000 words: one occurrence in a short (500-word) news article. A
# signal that professional news almost never shows (rhetorical questions in the writer's
# voice) would otherwise get a cap near 0, and one flag, right or wrong, would max it out.


def fit(rows: list[dict], y: list[bool], columns: list[str], mainstream: list[bool]) -> dict:
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    raw = np.array([[r.get(c) or 0.0 for c in columns] for r in rows], float)
    caps = np.percentile(raw[np.array(mainstream)], 95, axis=0)
    caps[caps <= 0] = 1.0
    rates = np.array([c.endswith("_per_1k") for c in columns])
    caps[rates] = np.maximum(caps[rates], MIN_RATE_CAP)
    x = np.minimum(1.0, raw / caps)
    keep = list(range(len(columns)))
    while True:
        model = LogisticRegression(max_iter=5000).fit(x[:, keep], y)
        negative = [k for k, w in zip(keep, model.coef_[0], strict=True) if w <= 0]
        if not negative:
            break
        keep = [k for k in keep if k not in negative]
    cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    proba = cross_val_predict(LogisticRegression(max_iter=5000), x[:, keep], y, cv=cv,
                              method="predict_proba")[:, 1]
    weights = model.coef_[0] / max(model.coef_[0])
    return {
        "components": [{"column": columns[k], "cap": round(float(caps[k]), 4),
                        "weight": round(float(w), 3)} for k, w in zip(keep, weights, strict=True)],
        "dropped": [columns[k] for k in range(len(columns)) if k not in keep],
        "cv_auc": round(float(roc_auc_score(y, proba)), 4),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args(argv)
    rows = buzzfeed_rows(args.data)
    scores = [r["scores"] for r in analyse_all([r["text"] for r in rows])]
    mainstream = [r["orientation"] == "mainstream" for r in rows]
    out = {"about": "fitted by benchmarks/train_indices.py on reliability/buzzfeed_webis_dev"
                    f".jsonl, articles of 50+ words (n={len(rows)}); caps are the 95th "
                    "percentile over its mainstream articles", "indices": {}}
    for name, columns in CANDIDATES.items():
        y = mainstream if name == "verifiability_index" else [not m for m in mainstream]
        out["indices"][name] = spec = fit(scores, y, columns, mainstream)
        print(f"{name}: 5-fold CV AUC {spec['cv_auc']:.3f}; dropped {spec['dropped']}")
        for c in spec["components"]:
            print(f"  {c['column']:42} cap {c['cap']:8.3f} weight {c['weight']:.3f}")
    OUT.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
