"""Nested cross-validation of the genre model on the fitting part: settings chosen inside.

    python benchmarks/cv_genre.py [--data DIR] [--repeats N] [--offer SETS] [--floors F,F]
        [--cache FILE]

The fitting part (SemEval-2023 opinion and reporting articles with mainstream news as
reporting; ``benchmarks/frames_data.part``) is split into 5 outer folds stratified by corpus
and label, ``N`` times. On the four training folds every setting of the grid (a feature set
of ``--offer``: ``base``, ``style``, ``argue`` or ``all``, or a set with features added, each
read as it is or on a log scale with ":log"; the regularisation C) is scored by an inner
5-fold cross-validation,
each inner fit choosing its threshold as ``benchmarks/train_genre.py`` does; the setting with
the best inner SemEval macro-F1 is fitted on the four folds and predicts the fifth. This is
done for each threshold rule: under the floor of mainstream news read as reporting (0.90,
the shipped rule), or on SemEval's macro-F1 alone (floor 0). Printed, mean over the repeats:
SemEval macro-F1 (opinion versus reporting) with per-class F1, the same with mainstream news,
the share of mainstream news read as reporting, the SemEval confusion counts of the last
repeat, how often each setting was chosen, and the setting the same inner search chooses on
the whole fitting part (the one to fit with ``train_genre.py``). The untouched part is not
read.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import train_genre as tg  # noqa: E402
from benchmarks.frames_data import mainstream_reporting, semeval  # noqa: E402

FLOORS = "0.90,0"  # the shipped rule, and SemEval's macro-F1 alone
CS = (0.1, 0.3, 1.0)
OFFER = ",".join(f"{s}{log}" for log in ("", ":log1", ":log", ":log100")
                 for s in ("base", "style", "argue", "all"))  # every set, four scales


def cached_features(rows: list[dict[str, Any]], cache: Path | None) -> list[dict[str, float]]:
    """Every row's features, from ``cache`` when it holds them (keyed by the row ids)."""
    import pickle

    ids = [str(r["id"]) for r in rows]
    if cache and cache.exists():
        kept = pickle.loads(cache.read_bytes())
        if kept["ids"] == ids:
            return kept["feats"]
    feats = [tg.doc_features(r["text"])[0] for r in rows]
    if cache:
        cache.write_bytes(pickle.dumps({"ids": ids, "feats": feats}))
    return feats


def folds(rows: list[dict[str, Any]], idx: Any, seed: int) -> list[tuple[Any, Any]]:
    """5 folds of ``idx`` stratified by corpus and label."""
    import numpy as np
    from sklearn.model_selection import StratifiedKFold

    strata = np.array([2 * rows[i]["semeval"] + (rows[i]["genre"] == "opinion") for i in idx])
    return [(idx[a], idx[b]) for a, b in
            StratifiedKFold(5, shuffle=True, random_state=seed).split(idx, strata)]


def predict(x: dict[str, Any], rows: list[dict[str, Any]], tr: Any, te: Any,
            setting: tuple[str, float], floor: float) -> list[str]:
    """Fit one setting (and its threshold) on ``tr``; labels of ``te``."""
    import numpy as np

    names, c = tg.feature_names(setting[0]), setting[1]
    xs = x[setting[0]]
    y = np.array([int(rows[i]["genre"] == "opinion") for i in tr])
    sem = [k for k, i in enumerate(tr) if rows[i]["semeval"]]
    t = tg.threshold(xs[tr], y, sem, [rows[tr[k]]["genre"] for k in sem], c, names, floor)
    prob = tg.fit(xs[tr], y, c, names).predict_proba(xs[te])[:, 1]
    return ["opinion" if p >= t else "reporting" for p in prob]


def sem_f1(rows: list[dict[str, Any]], idx: Any, pred: list[str]) -> float:
    keep = [k for k, i in enumerate(idx) if rows[i]["semeval"]]
    return tg.macro_f1([pred[k] for k in keep], [rows[idx[k]]["genre"] for k in keep])


def choose(x: dict[str, Any], rows: list[dict[str, Any]], tr: Any, floor: float,
           seed: int) -> tuple[str, float]:
    """The setting with the best inner cross-validated SemEval macro-F1 on ``tr``."""
    best, best_f = (next(iter(x)), 0.3), -1.0
    for setting in [(f, c) for f in x for c in CS]:
        pred: dict[int, str] = {}
        for itr, ite in folds(rows, tr, seed + 100):
            pred.update(zip(ite, predict(x, rows, itr, ite, setting, floor), strict=True))
        f = sem_f1(rows, tr, [pred[i] for i in tr])
        if f > best_f + 1e-9:
            best, best_f = setting, f
    return best


def outer(x: dict[str, Any], rows: list[dict[str, Any]], floor: float, seed: int,
          chosen: Counter) -> list[str]:
    """Labels of every row, each predicted by a model chosen and fitted without it."""
    import numpy as np

    pred = [""] * len(rows)
    for tr, te in folds(rows, np.arange(len(rows)), seed):
        setting = choose(x, rows, tr, floor, seed)
        chosen[setting] += 1
        for i, p in zip(te, predict(x, rows, tr, te, setting, floor), strict=True):
            pred[i] = p
    return pred


def f1(pred: list[str], gold: list[str], label: str) -> float:
    tp = sum(p == g == label for p, g in zip(pred, gold, strict=True))
    return 2 * tp / max(1, pred.count(label) + gold.count(label))


def figures(rows: list[dict[str, Any]], pred: list[str]) -> list[float]:
    sem = [i for i, r in enumerate(rows) if r["semeval"]]
    main = [i for i, r in enumerate(rows) if not r["semeval"]]
    gold = [r["genre"] for r in rows]
    per_class = [f1([pred[i] for i in sem], [gold[i] for i in sem], lab)
                 for lab in ("opinion", "reporting")]
    return [tg.macro_f1([pred[i] for i in sem], [gold[i] for i in sem]), *per_class,
            tg.macro_f1(pred, gold),
            sum(pred[i] == "reporting" for i in main) / max(1, len(main))]


def confusion(rows: list[dict[str, Any]], pred: list[str]) -> str:
    c = Counter((r["genre"], p) for r, p in zip(rows, pred, strict=True) if r["semeval"])
    return "  ".join(f"{g}->{p} {c[g, p]}" for g in ("opinion", "reporting")
                     for p in ("opinion", "reporting"))


def main(argv: list[str] | None = None) -> int:
    import numpy as np

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--floors", default=FLOORS,
                        help="threshold rules: least shares of mainstream news read as "
                             "reporting, comma-separated (0: SemEval's macro-F1 alone)")
    parser.add_argument("--offer", default=OFFER,
                        help="the feature sets offered to the inner search, comma-separated: "
                             "a set of train_genre.FEATURE_SETS, optionally with features "
                             "added (base+past_per_100), read on a log scale if it ends "
                             "':log' (base:log)")
    parser.add_argument("--cache", type=Path,
                        help="keep the features of the fitting part in this file (outside "
                             "the project) and read them from it when it exists")
    args = parser.parse_args(argv)
    if not (args.data / "framing").is_dir():
        print(f"no data: {args.data / 'framing'} is missing (--data DIR)", file=sys.stderr)
        return 2
    rows = [dict(r, semeval=True) for r in semeval(args.data)]
    rows += [dict(r, semeval=False) for r in mainstream_reporting(args.data)]
    rows = [r for r in rows if r["part"] == "fit" and r["genre"] != "satire"]
    feats = cached_features(rows, args.cache)
    x = {k: tg.matrix(feats, k) for k in args.offer.split(",")}
    for floor in (float(f) for f in args.floors.split(",")):
        rule = f"mainstream floor {floor:.2f}" if floor else "SemEval macro-F1 (floor 0)"
        chosen: Counter = Counter()
        runs = []
        for rep in range(args.repeats):
            pred = outer(x, rows, floor, rep, chosen)
            runs.append(figures(rows, pred))
        s, f_op, f_rep, both, share = np.mean(runs, axis=0)
        print(f"{rule}: SemEval macro-F1 {s:.3f} (opinion {f_op:.3f}, reporting {f_rep:.3f})"
              f"  with mainstream {both:.3f}  mainstream read as reporting {share:.3f}")
        print(f"  SemEval confusion (last repeat): {confusion(rows, pred)}")
        print("  chosen: " + ", ".join(f"{f} C={c} x{n}" for (f, c), n in chosen.most_common()))
        final = choose(x, rows, np.arange(len(rows)), floor, 0)
        print(f"  chosen on the whole fitting part (for train_genre.py): {final[0]} C={final[1]}",
              flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
