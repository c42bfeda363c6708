"""Fit the frame models and write analysis/data/frames_model.json.

    python benchmarks/train_frames.py [--data DIR] [--c C] [--dry-run]

One logistic regression per frame over the features of ``analysis.extractors.frames``
(``model_features``): a policy frame reads the share and log number of sentences carrying
each policy frame and the log word count; a generic frame reads its own share and number of
cue sentences and the document-level signs of ``analysis/extractors/frame_voice.py`` that
the codebook ties to it (morality also its codebook questions and the word count; the
settings were chosen by nested cross-validation on the fitting part,
``benchmarks/cv_frames.py``). Each has a probability threshold chosen by 5-fold
cross-validation on the fitting part to maximise that frame's F1. Generic frames:
``framing/narrative_frames_dev.jsonl`` (Frermann et al. 2023); policy frames:
``framing/semeval2023_frames_dev.jsonl`` (SemEval-2023 Task 3).

Each file was split by document (``benchmarks/frames_data.part``: 60% fitting, 40%
untouched) before any cue was written; the cues come from the codebooks, the weights and
thresholds from the fitting part only. Printed: micro- and macro-F1 on both parts, for the
fitted models and for a "codebook keywords" reference (a frame is present when three or
more sentences carry it). Only weights and figures are written; no text leaves
../shared/data.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from analysis.extractors.frames import (  # noqa: E402
    GENERIC,
    POLICY,
    QUESTIONS,
    cue_sentences,
    features,
    profile,
)
from analysis.text.document import Document  # noqa: E402
from benchmarks.frames_data import narrative_frames, semeval  # noqa: E402

OUT = ROOT / "analysis" / "data" / "frames_model.json"
CLASS_WEIGHT: str | None = "balanced"
SETS = {"generic": (GENERIC, narrative_frames), "policy": (POLICY, semeval)}
# Inverse regularisation per set. Generic: chosen by nested 5-fold cross-validation on the
# fitting part (benchmarks/cv_frames.py): 126 articles, some frames with 13 positives, so
# the models must be kept small.
C = {"generic": 0.01, "policy": 0.1}
# Each generic frame reads its own cue profile (share, sentences, its codebook questions,
# log words) and the document-level signs of analysis/extractors/frame_voice.py that the
# codebook ties to it; the set (own profile versus all frames' profiles, with or without
# these signs) was chosen by nested cross-validation on the fitting part.
READS = {"human_interest": ["x_ordinary_share", "x_narr_first", "x_family", "x_age",
                            "x_quoted_first"],
         "morality": ["x_narr_first", "x_deontic_narr", "x_relig", "x_attr"],
         "responsibility": ["x_deontic", "x_calls"]}
# Frames that read only their share and number of cue sentences (and their READS), not the
# per-question counts and the word count, which added noise (nested CV on the fitting part,
# 4 repeats: micro/macro-F1 0.657/0.572 against 0.640/0.554 with them for every frame and
# 0.623/0.534 without the frame_voice signs). Morality keeps them (0.50 against 0.43).
PROFILE_ONLY = {"conflict", "human_interest", "economic", "responsibility"}
PREFIX = {"conflict": "CO", "human_interest": "HI", "economic": "EC", "morality": "MO",
          "responsibility": "RE"}


def model_features(name: str, frame: str) -> list[str]:
    """The features one frame's model reads: a generic frame its own profile and signs;
    a policy frame the profile of every policy frame and the log word count."""
    if name == "generic" and frame in PROFILE_ONLY:
        return [f"share_{frame}", f"log_sentences_{frame}"] + READS.get(frame, [])
    if name == "generic":
        return ([f"share_{frame}", f"log_sentences_{frame}", "log_words"]
                + [f"q_{q}" for q in QUESTIONS if q.startswith(PREFIX[frame])]
                + READS.get(frame, []))
    frames = list(SETS[name][0])
    return [f"share_{f}" for f in frames] + [f"log_sentences_{f}" for f in frames] + ["log_words"]


def doc_values(text: str) -> tuple[dict[str, float], dict[str, int]]:
    """The model features of one text, and the number of cue sentences per frame."""
    doc = Document(text)
    cues, asked = cue_sentences(doc)
    return features(doc, profile(doc, cues), asked), {f: len(s) for f, s in cues.items()}


def scores(pred: list[set[str]], gold: list[set[str]], frames: list[str]) -> dict[str, float]:
    """Micro- and macro-F1 over documents and frames, and each frame's F1."""
    out: dict[str, float] = {}
    tp_all = fp_all = fn_all = 0
    for f in frames:
        tp = sum(f in p and f in g for p, g in zip(pred, gold, strict=True))
        fp = sum(f in p and f not in g for p, g in zip(pred, gold, strict=True))
        fn = sum(f in g and f not in p for p, g in zip(pred, gold, strict=True))
        tp_all, fp_all, fn_all = tp_all + tp, fp_all + fp, fn_all + fn
        out[f] = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    out["macro_f1"] = sum(out[f] for f in frames) / len(frames)
    out["micro_f1"] = 2 * tp_all / (2 * tp_all + fp_all + fn_all) if tp_all else 0.0
    return out


def fit(x: Any, y: Any, c: float) -> Any:
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    return make_pipeline(StandardScaler(), LogisticRegression(
        C=c, max_iter=3000, class_weight=CLASS_WEIGHT)).fit(x, y)


def best_threshold(x: Any, y: Any, c: float) -> float:
    """The threshold on cross-validated probabilities that maximises F1 (ties: the lower)."""
    import numpy as np
    from sklearn.model_selection import StratifiedKFold

    prob = np.zeros(len(y))
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    for train, test in folds.split(x, y):
        prob[test] = fit(x[train], y[train], c).predict_proba(x[test])[:, 1]
    best, best_f = 0.5, -1.0
    for t in np.arange(0.05, 0.96, 0.025):
        p = prob >= t
        tp, fp = int((p & (y == 1)).sum()), int((p & (y == 0)).sum())
        fn = int((~p & (y == 1)).sum())
        f = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        if f > best_f + 1e-9:
            best, best_f = round(float(t), 3), f
    return best


def fit_models(name: str, vals: list[tuple[dict[str, float], dict[str, int]]],
               gold: list[list[str]], c: float) -> dict[str, Any]:
    """One model per frame of set ``name``, fitted on ``vals`` with labels ``gold``."""
    import numpy as np

    models: dict[str, Any] = {}
    for f in SETS[name][0]:
        keep = model_features(name, f)
        x = np.array([[v[k] for k in keep] for v, _ in vals])
        y = np.array([int(f in g) for g in gold])
        if y.sum() < 3:
            continue
        pipe = fit(x, y, c)
        scaler, lr = pipe[0], pipe[1]
        models[f] = {"features": keep, "intercept": round(float(lr.intercept_[0]), 6),
                     "coef": [round(float(v), 6) for v in lr.coef_[0]],
                     "mean": [round(float(v), 6) for v in scaler.mean_],
                     "scale": [round(float(v), 6) for v in scaler.scale_],
                     "threshold": best_threshold(x, y, c)}
    return models


def train_set(name: str, rows: list[dict[str, Any]], c: float) -> tuple[dict[str, Any], dict]:
    """Fit every frame of one set; returns the models and the printed figures."""
    frames = list(SETS[name][0])
    vals = [doc_values(r["text"]) for r in rows]
    fit_idx = [i for i, r in enumerate(rows) if r["part"] == "fit"]
    models = fit_models(name, [vals[i] for i in fit_idx], [rows[i]["frames"] for i in fit_idx],
                        c)
    figures = {}
    for part in ("fit", "untouched"):
        idx = [i for i, r in enumerate(rows) if r["part"] == part]
        gold = [set(rows[i]["frames"]) for i in idx]
        pred = [predict(models, frames, vals[i]) for i in idx]
        keywords = [{f for f, n in vals[i][1].items() if n >= 3 and f in frames} for i in idx]
        figures[part] = {"n": len(idx), "model": scores(pred, gold, frames),
                         "keywords_3": scores(keywords, gold, frames)}
    return models, figures


def predict(models: dict[str, Any], frames: list[str],
            val: tuple[dict[str, float], dict[str, int]]) -> set[str]:
    from analysis.extractors import fitted

    return {f for f in frames if f in models and val[1].get(f)
            and fitted.probability(models[f], val[0]) >= models[f]["threshold"]}


def show(name: str, figures: dict[str, Any]) -> None:
    for part, fig in figures.items():
        for kind in ("keywords_3", "model"):
            s = fig[kind]
            print(f"{name:8} {part:10} n={fig['n']:4} {kind:11} micro-F1 {s['micro_f1']:.3f}"
                  f"  macro-F1 {s['macro_f1']:.3f}")
        print("    per frame (model): " + ", ".join(
            f"{f} {v:.2f}" for f, v in fig["model"].items() if f not in ("micro_f1", "macro_f1")))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--c", type=float, default=None,
                        help="inverse regularisation (default: per set, see C)")
    parser.add_argument("--dry-run", action="store_true", help="print, write nothing")
    args = parser.parse_args(argv)
    if not (args.data / "framing").is_dir():
        print(f"no data: {args.data / 'framing'} is missing (--data DIR)", file=sys.stderr)
        return 2
    out: dict[str, Any] = {"about": "one logistic regression per frame over the cue profile; "
                           "fitted by benchmarks/train_frames.py on the fitting part (60%, by "
                           "document) of the development halves"}
    for name, (_, load) in SETS.items():
        models, figures = train_set(name, load(args.data), args.c or C[name])
        show(name, figures)
        out[name] = models
        out[f"figures_{name}"] = _rounded(figures)
    if not args.dry_run:
        OUT.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


def _rounded(x: Any) -> Any:
    if isinstance(x, dict):
        return {k: _rounded(v) for k, v in x.items()}
    return round(x, 4) if isinstance(x, float) else x


if __name__ == "__main__":
    sys.exit(main())
