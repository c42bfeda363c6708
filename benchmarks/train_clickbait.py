"""Fit the headline clickbait model and write analysis/data/clickbait_model.json.

    python benchmarks/train_clickbait.py [--data DIR] [--drop FEATURE ...] [--dry-run]
                                         [--with-case-style]

A logistic regression over the interpretable features of ``analysis.framing.features``
(hooks counted by label, and the headline's shape), on the clickbait headlines of
Chakraborty et al. (2016) (``framing/clickbait_dev.jsonl``: 16,028 headlines labelled by
the site they came from; the publishers stripped question and exclamation marks).

Before any feature was written, the headlines were split once, by a hash of the headline
(``part()``), into a development part (about 60%) and an untouched part (about 40%). The
features were developed, and the weights are fitted, on the development part only.
Printed: the four-surface-rules baseline, 5-fold cross-validated accuracy on the
development part, and accuracy, precision, recall and F1 of the fitted model on both
parts; the untouched figure is the honest one. ``--with-case-style`` adds the two
house-style features that the model leaves out and prints the same figures (it never
writes the model). Only weights and figures are written; no
headline leaves ../shared/data.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from analysis.framing.cues import hooks  # noqa: E402
from analysis.framing.features import CASE_STYLE, FEATURES, features  # noqa: E402
from benchmarks.tasks import prf, read_jsonl  # noqa: E402

OUT = ROOT / "analysis" / "data" / "clickbait_model.json"
DATA = "framing/clickbait_dev.jsonl"
DEV_SHARE = 60  # percent of the headlines in the development part
BASELINE_WH = re.compile(r"^\W*(?:what|why|how|who|which|when|where)\b", re.I)
BASELINE_NUMBER = re.compile(r"^\W*\d")
BASELINE_YOU = re.compile(r"\byou(?:r|rs|rself)?\b", re.I)
BASELINE_THIS = re.compile(r"\b(?:this|these)\b", re.I)


def part(headline: str) -> str:
    """``"dev"`` or ``"untouched"``: fixed by the first 4 bytes of the headline's SHA-256."""
    digest = hashlib.sha256(headline.encode("utf-8")).digest()
    return "dev" if int.from_bytes(digest[:4], "big") % 100 < DEV_SHARE else "untouched"


def baseline(headline: str) -> bool:
    """Four surface rules: a leading number, "you", a wh-word first, "this"/"these"."""
    return bool(BASELINE_NUMBER.search(headline) or BASELINE_YOU.search(headline)
                or BASELINE_WH.search(headline) or BASELINE_THIS.search(headline))


def matrix(titles: list[str], keep: list[str]) -> Any:
    import numpy as np

    rows = []
    for t in titles:
        values = features(t, hooks(t))
        rows.append([values[name] for name in keep])
    return np.array(rows)


def fit(x: Any, y: Any, c: float) -> Any:
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    return make_pipeline(StandardScaler(), LogisticRegression(C=c, max_iter=3000)).fit(x, y)


def cross_validated(x: Any, y: Any, c: float) -> float:
    from sklearn.model_selection import StratifiedKFold

    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    right = 0
    for train, test in folds.split(x, y):
        right += int((fit(x[train], y[train], c).predict(x[test]) == y[test]).sum())
    return right / len(y)


def figures(pred: Any, gold: Any) -> dict[str, float]:
    p, r, f = prf((bool(v) for v in pred), (bool(v) for v in gold))
    accuracy = sum(bool(a) == bool(b) for a, b in zip(pred, gold, strict=True)) / len(gold)
    return {"accuracy": accuracy, "precision": p, "recall": r, "f1": f}


def line(name: str, n: int, fig: dict[str, float]) -> str:
    return (f"{name:34} n={n:5}  accuracy {fig['accuracy']:.3f}  P {fig['precision']:.3f}"
            f"  R {fig['recall']:.3f}  F1 {fig['f1']:.3f}")


def write(pipe: Any, keep: list[str], report: dict[str, Any]) -> None:
    scaler, lr = pipe[0], pipe[1]
    model = {
        "about": "logistic regression, standardised features; fitted by "
                 "benchmarks/train_clickbait.py on the development part (60%, by hash "
                 "of the headline) of framing/clickbait_dev.jsonl (Chakraborty et al. "
                 "2016); features absent from 'features' weigh nothing",
        "features": keep,
        "intercept": round(float(lr.intercept_[0]), 6),
        "coef": [round(float(c), 6) for c in lr.coef_[0]],
        "mean": [round(float(m), 6) for m in scaler.mean_],
        "scale": [round(float(s), 6) for s in scaler.scale_],
        "threshold": 0.5,
        "figures": report,
    }
    OUT.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    import numpy as np

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--drop", nargs="*", default=[], help="features left out")
    parser.add_argument("--with-case-style", action="store_true",
                        help="add the house-style case features (comparison; not written)")
    parser.add_argument("--c", type=float, default=1.0, help="inverse regularisation")
    parser.add_argument("--dry-run", action="store_true", help="print, write nothing")
    args = parser.parse_args(argv)
    path = args.data / DATA
    if not path.is_file():
        print(f"no data: {path} is missing (--data DIR)", file=sys.stderr)
        return 2
    rows = read_jsonl(path)
    chosen = FEATURES + CASE_STYLE if args.with_case_style else FEATURES
    keep = [f for f in chosen if f not in set(args.drop)]
    parts = {name: [r for r in rows if part(r["headline"]) == name]
             for name in ("dev", "untouched")}
    data = {name: (matrix([r["headline"] for r in rs], keep),
                   np.array([int(r["clickbait"]) for r in rs])) for name, rs in parts.items()}
    report: dict[str, Any] = {}
    for name, rs in parts.items():
        fig = figures([baseline(r["headline"]) for r in rs], data[name][1])
        report[f"baseline_{name}"] = fig
        print(line(f"four surface rules, {name}", len(rs), fig))
    x, y = data["dev"]
    report["cv5_dev_accuracy"] = cross_validated(x, y, args.c)
    print(f"{'model, 5-fold CV on dev':34} n={len(y):5}  accuracy "
          f"{report['cv5_dev_accuracy']:.3f}")
    pipe = fit(x, y, args.c)
    for name, (xs, ys) in data.items():
        report[f"model_{name}"] = figures(pipe.predict(xs), ys)
        print(line(f"model fitted on dev, {name}", len(ys), report[f"model_{name}"]))
    for name, c in sorted(zip(keep, pipe[1].coef_[0], strict=True), key=lambda p: -abs(p[1])):
        print(f"  {name:24} {c:+.3f}")
    report = {k: ({m: round(v, 4) for m, v in f.items()} if isinstance(f, dict)
                  else round(f, 4)) for k, f in report.items()}
    if not (args.dry_run or args.with_case_style):
        write(pipe, keep, report)
        print(f"wrote {OUT.relative_to(ROOT)}")
        speed([r["headline"] for r in rows])
    return 0


def speed(titles: list[str]) -> None:
    """Wall time of ``analysis.headline()`` per headline, with the written model, warm."""
    import time

    from analysis import headline

    headline(titles[0])
    start = time.perf_counter()
    for t in titles:
        headline(t)
    per = (time.perf_counter() - start) / len(titles)
    print(f"analysis.headline(): {per * 1e6:.0f} microseconds a headline "
          f"(mean of {len(titles)}, warm)")


if __name__ == "__main__":
    sys.exit(main())
