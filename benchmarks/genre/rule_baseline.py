"""The issue's simple genre rule, cross-validated on the fitting part: a reference row.

    python benchmarks/genre/rule_baseline.py [--data DIR] [--repeats N]

The rule: a text is opinion when the writer says "I" or "we" (first person in the writer's
voice per 100 words at least ``a``) or when attribution is sparse (attributions per sentence
below ``b``); else reporting. ``a`` and ``b`` (20 quantiles each) maximise the SemEval
opinion-versus-reporting macro-F1 on four folds and are scored on the fifth (5 folds,
stratified, ``N`` repeats). Printed: the mean cross-validated SemEval macro-F1; then, for the
rule fitted on the whole SemEval fitting part, the share of the mainstream fitting articles
(PolNeAR, BuzzFeed-Webis) it reads as reporting and the macro-F1 with them added. The
untouched part is not read.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.frames_data import mainstream_reporting, semeval  # noqa: E402
from benchmarks.train_genre import doc_features, macro_f1  # noqa: E402

CUES = ("first_person_per_100", "attributions_per_sentence")


def rule(a: float, b: float, x: Any) -> list[str]:
    return ["opinion" if fp >= a or at < b else "reporting" for fp, at in x]


def tune(x: Any, gold: list[str], idx: Any) -> tuple[float, float]:
    """The thresholds with the best SemEval macro-F1 on the rows ``idx``."""
    import numpy as np

    grid = [np.unique(np.quantile(x[:, k], np.linspace(0, 1, 21))) for k in (0, 1)]
    return max(itertools.product(*grid),
               key=lambda ab: macro_f1(rule(*ab, x[idx]), [gold[i] for i in idx]))


def main(argv: list[str] | None = None) -> int:
    import numpy as np
    from sklearn.model_selection import StratifiedKFold

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args(argv)
    if not (args.data / "framing").is_dir():
        print(f"no data: {args.data / 'framing'} is missing (--data DIR)", file=sys.stderr)
        return 2
    sem = [r for r in semeval(args.data) if r["part"] == "fit" and r["genre"] != "satire"]
    main_rows = [r for r in mainstream_reporting(args.data) if r["part"] == "fit"]
    feats = [doc_features(r["text"])[0] for r in sem + main_rows]
    x = np.array([[f[c] for c in CUES] for f in feats])
    xs, xm, gold = x[:len(sem)], x[len(sem):], [r["genre"] for r in sem]
    scores = []
    for rep in range(args.repeats):
        pred = [""] * len(sem)
        for tr, te in StratifiedKFold(5, shuffle=True, random_state=rep).split(xs, gold):
            for i, p in zip(te, rule(*tune(xs, gold, tr), xs[te]), strict=True):
                pred[i] = p
        scores.append(macro_f1(pred, gold))
    a, b = tune(xs, gold, np.arange(len(sem)))
    on_main = rule(a, b, xm)
    both = macro_f1(rule(a, b, xs) + on_main, gold + ["reporting"] * len(on_main))
    print(f"two-cue rule, SemEval fitting part ({len(sem)}): cross-validated macro-F1 "
          f"{np.mean(scores):.3f}")
    print(f"fitted on all of it (first person >= {a:.3f} per 100 words or attributions < "
          f"{b:.3f} per sentence): mainstream read as reporting "
          f"{on_main.count('reporting') / len(on_main):.3f} ({len(on_main)}), with mainstream "
          f"macro-F1 {both:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
