"""Choose the generic-frame model settings by nested cross-validation on the fitting part.

    python benchmarks/cv_frames.py [--data DIR] [--repeats N]

For each setting (the inverse regularisation C; whether each frame also reads the
document-level signs of ``analysis/extractors/frame_voice.py``; which frames read only
their cue profile, ``PROFILE_ONLY``), the fitting part of
``framing/narrative_frames_dev.jsonl`` is split into 5 folds, ``N`` times with different
shuffles: on four folds the models and their thresholds are fitted exactly as
``benchmarks/train_frames.py`` fits them (thresholds by an inner 5-fold cross-validation),
and the fifth is predicted. Printed: micro- and macro-F1 of the pooled predictions, mean
over the repeats, and each frame's F1. The untouched part is not read. Only figures are
printed; no text leaves ../shared/data.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import train_frames as tf  # noqa: E402
from benchmarks.frames_data import narrative_frames  # noqa: E402

SETTINGS = ([(c, False, frozenset()) for c in (0.003, 0.01, 0.03, 0.1)]
            + [(c, True, frozenset()) for c in (0.003, 0.01, 0.03, 0.1)]
            + [(c, True, frozenset({"economic"})) for c in (0.003, 0.01)]
            + [(c, True, frozenset(tf.GENERIC)) for c in (0.003, 0.01)]
            + [(c, True, frozenset(tf.GENERIC) - {"morality"}) for c in (0.003, 0.01)])


def nested(vals: list, gold: list[list[str]], c: float, repeats: int) -> dict[str, float]:
    """Mean over ``repeats`` of the outer-fold scores of pooled predictions."""
    import numpy as np
    from sklearn.model_selection import KFold

    frames = list(tf.GENERIC)
    sums: dict[str, float] = {}
    for r in range(repeats):
        pred: list[set[str]] = [set() for _ in vals]
        for train, test in KFold(5, shuffle=True, random_state=r).split(np.arange(len(vals))):
            models = tf.fit_models("generic", [vals[i] for i in train],
                                   [gold[i] for i in train], c)
            for i in test:
                pred[i] = tf.predict(models, frames, vals[i])
        for k, v in tf.scores(pred, [set(g) for g in gold], frames).items():
            sums[k] = sums.get(k, 0.0) + v / repeats
    return sums


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--repeats", type=int, default=4)
    args = parser.parse_args(argv)
    if not (args.data / "framing").is_dir():
        print(f"no data: {args.data / 'framing'} is missing (--data DIR)", file=sys.stderr)
        return 2
    rows = [r for r in narrative_frames(args.data) if r["part"] == "fit"]
    vals = [tf.doc_values(r["text"]) for r in rows]
    gold = [r["frames"] for r in rows]
    reads, profile_only = dict(tf.READS), set(tf.PROFILE_ONLY)
    for c, with_reads, only in SETTINGS:
        tf.READS.clear()
        tf.READS.update(reads if with_reads else {})
        tf.PROFILE_ONLY.clear()
        tf.PROFILE_ONLY.update(only)
        s = nested(vals, gold, c, args.repeats)
        only_names = ("all" if only == set(tf.GENERIC) else "all but morality"
                      if only == set(tf.GENERIC) - {"morality"} else ",".join(only) or "-")
        print(f"C={c:<6} frame_voice signs {'yes' if with_reads else 'no ':3} profile only "
              f"{only_names:16} micro-F1 {s['micro_f1']:.3f}  macro-F1 {s['macro_f1']:.3f}  "
              + ", ".join(f"{f} {s[f]:.2f}" for f in tf.GENERIC), flush=True)
    tf.READS.clear()
    tf.READS.update(reads)
    tf.PROFILE_ONLY.clear()
    tf.PROFILE_ONLY.update(profile_only)
    return 0


if __name__ == "__main__":
    sys.exit(main())
