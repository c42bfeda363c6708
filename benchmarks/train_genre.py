"""Fit the genre model (opinion versus reporting) and write analysis/data/genre_model.json.

    python benchmarks/train_genre.py [--data DIR] [--c C] [--features SET] [--log SCALE]
        [--floor F] [--no-mainstream] [--dry-run] [--show-untouched]

A logistic regression (balanced class weights, signs fixed by the literature) over the
features of ``analysis.extractors.genre`` (opinion cues in the writer's voice per 100 words,
column marker, dateline, attributions per sentence, quotation share, questions,
exclamations) and, with ``--features style``, Biber's style measures of
``analysis.extractors.genre_style``. ``benchmarks/cv_genre.py`` chooses the set and C by
nested cross-validation. Data: the ``genre`` of the SemEval-2023 Task 3 articles
(``framing/semeval2023_frames_dev.jsonl``; about 9 in 10 are opinion), with mainstream news
added as ``reporting`` (PolNeAR's NYT, Washington Post, USA Today and Politico articles;
BuzzFeed-Webis mainstream), unless ``--no-mainstream``.

Every file was split by document (``benchmarks/frames_data.part``: 60% fitting, 40%
untouched) before any cue was written. The weights are fitted on the fitting part; the
threshold on the opinion probability is the one that maximises the opinion-versus-reporting
macro-F1 of 5-fold cross-validated probabilities on the SemEval fitting part, among those
that read at least ``--floor`` (0.90) of the mainstream fitting articles as reporting (an
earlier attempt called mainstream news opinion; ``--floor 0`` ignores mainstream news).
Printed for the fitting part, and for the untouched part only with ``--show-untouched``:
macro-F1 (opinion vs reporting) on SemEval, on SemEval plus mainstream, and the share of
mainstream articles read as reporting; satire found by its markers. Only weights and
figures are written; no text leaves ../shared/data.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from analysis.extractors.genre import LOG_SCALE, compressed, cues, features  # noqa: E402
from analysis.extractors.genre_argue import NAMES as ARGUE_NAMES  # noqa: E402
from analysis.extractors.genre_style import NAMES as STYLE_NAMES  # noqa: E402
from analysis.text.document import Document  # noqa: E402
from benchmarks.frames_data import mainstream_reporting, semeval  # noqa: E402

OUT = ROOT / "analysis" / "data" / "genre_model.json"
# The model reads the cues whose direction the literature gives (opinion: the writer's own
# voice, judgement and appeals; reporting: attribution, quotation, datelines). The layout
# measures the extractor also computes (paragraph and sentence length, the share of narrator
# sentences) are left out: they told the corpora apart (PolNeAR's paragraphing) rather than
# opinion from reporting, and read the seed broadcasts as opinion.
MODEL_FEATURES = ["first_person_per_100", "second_person_per_100", "stance_per_100",
                  "evaluative_per_100", "call_to_act_per_100", "deontic_per_100",
                  "loaded_per_100", "column_marker", "dateline", "attributions_per_sentence",
                  "quote_share", "questions_per_sentence", "exclamations_per_sentence"]
# Biber's (1988) involved, persuasive and narrative measures and Krüger et al.'s (2017)
# (``analysis.extractors.genre_style``), added to the cues above in the "style" set.
STYLE_FEATURES = list(STYLE_NAMES)
# Alhindi et al.'s (2020) argumentation, Biber's tense, attribution and quotation position,
# hedges and boosters (``analysis.extractors.genre_argue``), added to the cues in "argue".
ARGUE_FEATURES = list(ARGUE_NAMES)
FEATURE_SETS = {"base": MODEL_FEATURES, "style": MODEL_FEATURES + STYLE_FEATURES,
                "argue": MODEL_FEATURES + ARGUE_FEATURES,
                "all": MODEL_FEATURES + STYLE_FEATURES + ARGUE_FEATURES}


# Read on a log scale with ``--log`` (``analysis.extractors.genre.compressed``): every
# count rate and share, not the 0/1 markers nor the measures that are balanced shares or a
# position in the text.
LINEAR = {"column_marker", "dateline", "present_share", "generic_present_share",
          "first_quote_position"}


def feature_names(spec: str) -> list[str]:
    """The features of a set, by name ("base") or by name and added features
    ("base+past_per_100+argument_per_100"); a ":log" ending (the features read on a log
    scale, ":log1" or ":log100" for another scale than 10) is ignored here."""
    first, *added = spec.split(":")[0].split("+")
    return FEATURE_SETS[first] + [n for n in added if n not in FEATURE_SETS[first]]


def logged(names: list[str]) -> list[str]:
    """The features of ``names`` that ``--log`` reads on a log scale."""
    return [n for n in names if n not in LINEAR]


def log_scale(spec: str) -> float:
    """The scale of a spec's log ("base:log100": 100; ":log" alone: 10); 0 when linear."""
    _, _, log = spec.partition(":")
    return float(log[3:] or LOG_SCALE) if log.startswith("log") else 0.0


def matrix(feats: list[dict[str, float]], spec: str) -> Any:
    """The rows' features of set ``spec`` as an array, on a log scale if it ends ":log"."""
    import numpy as np

    names, scale = feature_names(spec), log_scale(spec)
    logs = frozenset(logged(names)) if scale else frozenset()
    return np.array([[v[n] for n in names] for v in (compressed(f, logs, scale or 1.0)
                                                     for f in feats)])

MAINSTREAM_FLOOR = 0.90  # mainstream news must read as reporting at least this often


def doc_features(text: str) -> tuple[dict[str, float], bool]:
    doc = Document(text)
    counts, _ = cues(doc)
    return features(doc, counts), counts["satire_marker"] > 0


def macro_f1(pred: list[str], gold: list[str]) -> float:
    """Mean F1 of opinion and reporting over the documents whose gold label is one of them."""
    pairs = [(p, g) for p, g in zip(pred, gold, strict=True) if g in ("opinion", "reporting")]
    out = []
    for label in ("opinion", "reporting"):
        tp = sum(p == label and g == label for p, g in pairs)
        fp = sum(p == label and g != label for p, g in pairs)
        fn = sum(p != label and g == label for p, g in pairs)
        out.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(out) / 2


REPORTING_SIDE = {"dateline", "attributions_per_sentence", "quote_share",
                  "public_verbs_per_100", "numbers_per_100", "weekdays_per_sentence",
                  "past_per_100", "attributed_sentence_share"}


class SignedLogistic:
    """Logistic regression on standardised features, balanced class weights and an L2
    penalty (1/C), with each weight's sign fixed by the literature: opinion cues may only
    raise the opinion probability, signs of reporting only lower it. A weight the data
    would give the wrong sign stays 0 (scikit-learn has no bounded logistic regression)."""

    def __init__(self, names: list[str], c: float) -> None:
        self.names, self.c = names, c

    def fit(self, x: Any, y: Any) -> SignedLogistic:
        import numpy as np
        from scipy.optimize import minimize

        self.mean_ = x.mean(axis=0)
        self.scale_ = np.where(x.std(axis=0) > 0, x.std(axis=0), 1.0)
        z = (x - self.mean_) / self.scale_
        n_pos, n_neg = max(1, y.sum()), max(1, len(y) - y.sum())
        w = np.where(y == 1, len(y) / (2 * n_pos), len(y) / (2 * n_neg))

        def loss(theta: Any) -> tuple[float, Any]:
            t = z @ theta[1:] + theta[0]
            p = 1 / (1 + np.exp(-t))
            ll = -np.sum(w * (y * np.log(p + 1e-12) + (1 - y) * np.log(1 - p + 1e-12)))
            g = w * (p - y)
            reg = 0.5 / self.c * np.sum(theta[1:] ** 2)
            return ll + reg, np.concatenate([[g.sum()], z.T @ g + theta[1:] / self.c])

        bounds = [(None, None)] + [(None, 0.0) if n in REPORTING_SIDE else (0.0, None)
                                   for n in self.names]
        res = minimize(loss, np.zeros(len(self.names) + 1), jac=True, method="L-BFGS-B",
                       bounds=bounds)
        self.intercept_, self.coef_ = float(res.x[0]), res.x[1:]
        return self

    def predict_proba(self, x: Any) -> Any:
        import numpy as np

        p = 1 / (1 + np.exp(-(((x - self.mean_) / self.scale_) @ self.coef_ + self.intercept_)))
        return np.column_stack([1 - p, p])


def fit(x: Any, y: Any, c: float, names: list[str] | None = None) -> SignedLogistic:
    return SignedLogistic(names or MODEL_FEATURES, c).fit(x, y)


def threshold(x: Any, y: Any, semeval_rows: list[int], gold: list[str], c: float,
              names: list[str] | None = None, floor: float | None = None) -> float:
    """The opinion threshold maximising cross-validated SemEval macro-F1 among those that
    read at least ``MAINSTREAM_FLOOR`` of the mainstream articles (the rows not in
    ``semeval_rows``) as reporting (ties: nearest 0.5). ``floor`` 0 chooses it on SemEval's
    macro-F1 alone."""
    import numpy as np
    from sklearn.model_selection import StratifiedKFold

    prob = np.zeros(len(y))
    for train, test in StratifiedKFold(5, shuffle=True, random_state=0).split(x, y):
        prob[test] = fit(x[train], y[train], c, names).predict_proba(x[test])[:, 1]
    floor = MAINSTREAM_FLOOR if floor is None else floor
    sem = set(semeval_rows)
    main = [i for i in range(len(y)) if i not in sem]
    best, best_f = 0.5, -1.0
    for t in sorted(np.arange(0.05, 0.96, 0.025), key=lambda t: abs(t - 0.5)):
        if main and float(np.mean(prob[main] < t)) < floor:
            continue
        pred = ["opinion" if prob[i] >= t else "reporting" for i in semeval_rows]
        f = macro_f1(pred, gold)
        if f > best_f + 1e-9:
            best, best_f = round(float(t), 3), f
    return best


def main(argv: list[str] | None = None) -> int:
    import numpy as np

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--c", type=float, default=0.3, help="inverse regularisation")
    parser.add_argument("--no-mainstream", action="store_true",
                        help="fit on the SemEval articles only")
    parser.add_argument("--features", default="base",
                        help="a set of FEATURE_SETS (base: the cues; style: with Biber's "
                             "measures; argue: with genre_argue's; all), optionally with "
                             "features added (base+past_per_100)")
    parser.add_argument("--log", type=float, default=0.0, metavar="SCALE",
                        help="read the count rates on a log scale, log(1 + SCALE x) "
                             "(0: as they are)")
    parser.add_argument("--floor", type=float, default=MAINSTREAM_FLOOR,
                        help="least share of mainstream news read as reporting (0: the "
                             "threshold maximises SemEval's macro-F1 alone)")
    parser.add_argument("--dry-run", action="store_true", help="print, write nothing")
    parser.add_argument("--show-untouched", action="store_true",
                        help="also score the untouched part (do this once, at the end)")
    args = parser.parse_args(argv)
    if not (args.data / "framing").is_dir():
        print(f"no data: {args.data / 'framing'} is missing (--data DIR)", file=sys.stderr)
        return 2
    sem, main_rows = semeval(args.data), mainstream_reporting(args.data)
    rows = sem + main_rows
    feats = [doc_features(r["text"]) for r in rows]
    names = feature_names(args.features)
    x_all = matrix([f for f, _ in feats], args.features + (f":log{args.log:g}" if args.log
                                                            else ""))
    use = [i for i, r in enumerate(rows) if r["part"] == "fit" and r["genre"] != "satire"
           and (not args.no_mainstream or i < len(sem))]
    y = np.array([int(rows[i]["genre"] == "opinion") for i in use])
    sem_pos = [k for k, i in enumerate(use) if i < len(sem)]
    t = threshold(x_all[use], y, sem_pos, [rows[use[k]]["genre"] for k in sem_pos], args.c,
                  names, args.floor)
    pipe = fit(x_all[use], y, args.c, names)
    prob = pipe.predict_proba(x_all)[:, 1]
    pred = ["satire" if feats[i][1] else "opinion" if prob[i] >= t else "reporting"
            for i in range(len(rows))]
    figures = report(rows, pred, len(sem), args.show_untouched)
    for name, c in sorted(zip(names, pipe.coef_, strict=True), key=lambda p: -abs(p[1])):
        print(f"  {name:28} {c:+.3f}")
    print(f"threshold on the opinion probability: {t}")
    if not args.dry_run:
        OUT.write_text(json.dumps({
            "about": "logistic regression, opinion (1) versus reporting (0), standardised "
                     "features, balanced class weights, signs fixed (opinion cues >= 0, "
                     "reporting cues <= 0); fitted by benchmarks/train_genre.py "
                     "on the fitting part (60%, by document) of the SemEval-2023 articles"
                     + ("" if args.no_mainstream else " and mainstream news"),
            "features": names,
            # read as log(1 + 10 x) before standardising (genre.compressed)
            "log_features": logged(names) if args.log else [], "log_scale": args.log,
            # the intercept is moved so that the fitted threshold t falls at 0.5: the
            # probabilities then agree with the label (opinion when above one half)
            "intercept": round(pipe.intercept_ - math.log(t / (1 - t)), 6),
            "coef": [round(float(v), 6) for v in pipe.coef_],
            "mean": [round(float(v), 6) for v in pipe.mean_],
            "scale": [round(float(v), 6) for v in pipe.scale_],
            "threshold": 0.5, "fitted_threshold": t, "figures": figures}, indent=1) + "\n",
            encoding="utf-8")
        print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


def report(rows: list[dict[str, Any]], pred: list[str], n_sem: int,
           untouched: bool = False) -> dict[str, Any]:
    """Print and return the figures of the fitting part, and of the untouched one if asked
    (each look at it is counted in the README)."""
    out: dict[str, Any] = {}
    for part in ("fit", "untouched") if untouched else ("fit",):
        sem = [i for i in range(n_sem) if rows[i]["part"] == part]
        main = [i for i in range(n_sem, len(rows)) if rows[i]["part"] == part]
        both = sem + main
        fig = {
            "semeval_n": len(sem),
            "semeval_macro_f1": macro_f1([pred[i] for i in sem], [rows[i]["genre"] for i in sem]),
            "with_mainstream_macro_f1": macro_f1([pred[i] for i in both],
                                                 [rows[i]["genre"] for i in both]),
            "mainstream_n": len(main),
            "mainstream_read_as_reporting": sum(pred[i] == "reporting" for i in main)
            / max(1, len(main)),
            "semeval_reporting_recall": _recall(pred, rows, sem, "reporting"),
            "semeval_opinion_recall": _recall(pred, rows, sem, "opinion"),
            "satire_found": _found(pred, rows, sem, "satire"),
        }
        out[part] = {k: round(v, 4) if isinstance(v, float) else v for k, v in fig.items()}
        print(f"{part:10} " + "  ".join(f"{k} {v}" for k, v in out[part].items()))
    return out


def _found(pred: list[str], rows: list[dict[str, Any]], idx: list[int], label: str) -> str:
    gold = [i for i in idx if rows[i]["genre"] == label]
    return f"{sum(pred[i] == label for i in gold)} of {len(gold)}"


def _recall(pred: list[str], rows: list[dict[str, Any]], idx: list[int], label: str) -> float:
    gold = [i for i in idx if rows[i]["genre"] == label]
    return sum(pred[i] == label for i in gold) / max(1, len(gold))


if __name__ == "__main__":
    sys.exit(main())
