"""Accuracy rows for frames and genre (``accuracy.py --task frames`` / ``--task genre``).

Both read ``analyze(text).to_dict()`` as a user gets it. Each data set is split by
document (``benchmarks/frames_data.part``): the fitting part trained the models of
``benchmarks/train_frames.py`` and ``benchmarks/train_genre.py``; the untouched part (40%)
never did, and its rows are the honest ones. Only aggregate figures leave this module.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from benchmarks.frames_data import mainstream_reporting, narrative_frames, semeval
from benchmarks.tasks import TASKS, Result, analyse_all

PARTS = ("untouched", "fit")


def _f1s(pred: list[set[str]], gold: list[set[str]], labels: list[str]
         ) -> tuple[float, float, float, float]:
    """Micro-F1, macro-F1, micro precision and micro recall over documents and labels."""
    tp_all = fp_all = fn_all = 0
    per = []
    for f in labels:
        tp = sum(f in p and f in g for p, g in zip(pred, gold, strict=True))
        fp = sum(f in p and f not in g for p, g in zip(pred, gold, strict=True))
        fn = sum(f in g and f not in p for p, g in zip(pred, gold, strict=True))
        tp_all, fp_all, fn_all = tp_all + tp, fp_all + fp, fn_all + fn
        per.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    micro = 2 * tp_all / (2 * tp_all + fp_all + fn_all) if tp_all else 0.0
    precision = tp_all / (tp_all + fp_all) if tp_all + fp_all else 0.0
    recall = tp_all / (tp_all + fn_all) if tp_all + fn_all else 0.0
    return micro, sum(per) / len(per), precision, recall


def frames(data: Path) -> list[Result]:
    from analysis.extractors.frames import GENERIC, POLICY

    out = []
    for kind, rows, labels, dataset in (
            ("generic", narrative_frames(data), list(GENERIC), "narrative_frames_dev"),
            ("policy", semeval(data), list(POLICY), "semeval2023_frames_dev")):
        results = analyse_all([r["text"] for r in rows])
        for part in PARTS:
            idx = [i for i, r in enumerate(rows) if r["part"] == part]
            pred = [set(results[i]["frames"][kind]) for i in idx]
            micro, macro, p, r = _f1s(pred, [set(rows[i]["frames"]) for i in idx], labels)
            name = f"{dataset} ({part} 40%)" if part == "untouched" else f"{dataset} (fit 60%)"
            out.append(Result("frames", name, len(idx), f"{kind} micro-F1", micro,
                              0.68 if kind == "generic" else 0.56, p, r))
            if kind == "generic":
                out.append(Result("frames", name, len(idx), "generic macro-F1", macro, 0.62))
    return out


def _macro(pred: list[str], gold: list[str]) -> float:
    out = []
    for label in ("opinion", "reporting"):
        tp = sum(p == label and g == label for p, g in zip(pred, gold, strict=True))
        fp = sum(p == label and g != label for p, g in zip(pred, gold, strict=True))
        fn = sum(p != label and g == label for p, g in zip(pred, gold, strict=True))
        out.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(out) / 2


def genre(data: Path) -> list[Result]:
    sem = [r for r in semeval(data) if r["genre"] in ("opinion", "reporting")]
    main = mainstream_reporting(data)
    labels = [res["genre"]["label"] for res in analyse_all([r["text"] for r in sem + main])]
    out = []
    for part in PARTS:
        tag = "untouched 40%" if part == "untouched" else "fit 60%"
        s = [i for i, r in enumerate(sem) if r["part"] == part]
        m = [len(sem) + i for i, r in enumerate(main) if r["part"] == part]
        gold: list[Any] = sem + main
        out += [
            Result("genre", f"semeval2023_frames_dev ({tag})", len(s),
                   "macro-F1 opinion vs reporting", _macro([labels[i] for i in s],
                                                           [gold[i]["genre"] for i in s]), 0.75),
            Result("genre", f"semeval2023 + mainstream news ({tag})", len(s) + len(m),
                   "macro-F1 opinion vs reporting",
                   _macro([labels[i] for i in s + m], [gold[i]["genre"] for i in s + m]), 0.75),
            Result("genre", f"PolNeAR + BuzzFeed-Webis mainstream ({tag})", len(m),
                   "share read as reporting",
                   sum(labels[i] == "reporting" for i in m) / max(1, len(m)), 0.85),
        ]
    return out


TASKS["frames"] = frames
TASKS["genre"] = genre
