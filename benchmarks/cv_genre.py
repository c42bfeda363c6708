"""Nested cross-validation of the genre model on the fitting part, for each mainstream floor.

    python benchmarks/cv_genre.py [--data DIR] [--repeats N]

The fitting part (SemEval-2023 opinion and reporting articles with mainstream news as
reporting; ``benchmarks/frames_data.part``) is split into 5 folds stratified by corpus and
label, ``N`` times: on four folds the model and its threshold are fitted as
``benchmarks/train_genre.py`` fits them (the threshold by an inner cross-validation, under
the floor on mainstream news read as reporting), and the fifth is predicted. Printed, mean
over the repeats: SemEval macro-F1 (opinion versus reporting), the same with mainstream
news, and the share of mainstream news read as reporting. The untouched part is not read.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import train_genre as tg  # noqa: E402
from benchmarks.frames_data import mainstream_reporting, semeval  # noqa: E402

FLOORS = (0.85, 0.88, 0.90)


def nested(x: Any, rows: list[dict[str, Any]], c: float, repeats: int) -> tuple[float, ...]:
    import numpy as np
    from sklearn.model_selection import StratifiedKFold

    y = np.array([int(r["genre"] == "opinion") for r in rows])
    strata = np.array([2 * r["semeval"] + y[i] for i, r in enumerate(rows)])
    sem = [i for i, r in enumerate(rows) if r["semeval"]]
    main = [i for i, r in enumerate(rows) if not r["semeval"]]
    gold = [r["genre"] for r in rows]
    out = []
    for rep in range(repeats):
        opinion = np.zeros(len(rows), bool)
        for tr, te in StratifiedKFold(5, shuffle=True, random_state=rep).split(x, strata):
            sem_tr = [k for k, i in enumerate(tr) if rows[i]["semeval"]]
            t = tg.threshold(x[tr], y[tr], sem_tr, [gold[tr[k]] for k in sem_tr], c)
            opinion[te] = tg.fit(x[tr], y[tr], c).predict_proba(x[te])[:, 1] >= t
        pred = ["opinion" if o else "reporting" for o in opinion]
        out.append((tg.macro_f1([pred[i] for i in sem], [gold[i] for i in sem]),
                    tg.macro_f1(pred, gold),
                    sum(pred[i] == "reporting" for i in main) / max(1, len(main))))
    return tuple(float(v) for v in np.mean(out, axis=0))


def main(argv: list[str] | None = None) -> int:
    import numpy as np

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--c", type=float, default=0.3)
    args = parser.parse_args(argv)
    if not (args.data / "framing").is_dir():
        print(f"no data: {args.data / 'framing'} is missing (--data DIR)", file=sys.stderr)
        return 2
    rows = [dict(r, semeval=True) for r in semeval(args.data)]
    rows += [dict(r, semeval=False) for r in mainstream_reporting(args.data)]
    rows = [r for r in rows if r["part"] == "fit" and r["genre"] != "satire"]
    x = np.array([[f[n] for n in tg.MODEL_FEATURES]
                  for f, _ in (tg.doc_features(r["text"]) for r in rows)])
    floor = tg.MAINSTREAM_FLOOR
    for tg.MAINSTREAM_FLOOR in FLOORS:
        s, both, share = nested(x, rows, args.c, args.repeats)
        print(f"mainstream floor {tg.MAINSTREAM_FLOOR:.2f}  SemEval macro-F1 {s:.3f}  "
              f"with mainstream {both:.3f}  mainstream read as reporting {share:.3f}", flush=True)
    tg.MAINSTREAM_FLOOR = floor
    return 0


if __name__ == "__main__":
    sys.exit(main())
