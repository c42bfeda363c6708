"""Accuracy rows for headline-body stance (``analysis.headline(title, body)["stance"]``)
on FNC-1 (``framing/fnc1_*_dev.jsonl``): the FNC-1 relative score and four-class macro-F1
on the bodies ``benchmarks/train_stance.py`` never fitted on (40%, by hash of body_id) and
on every pair whose body is in the file. Only aggregate figures leave this module."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from analysis import headline
from benchmarks.tasks import Result
from benchmarks.train_stance import fnc_score, load, macro_f1

FNC_BAR = 0.80
MACRO_BAR = 0.50


def stance(data: Path) -> list[Result]:
    pairs, _ = load(data)
    pred = [headline(p["headline"], p["body"])["stance"] for p in pairs]
    rows = []
    for name, keep in (("untouched 40% of bodies", lambda p: p["part"] == "untouched"),
                       ("all pairs with a body", lambda p: True)):
        chosen = [(p["stance"], s) for p, s in zip(pairs, pred, strict=True) if keep(p)]
        gold, guess = [g for g, _ in chosen], [s for _, s in chosen]
        dataset = f"fnc1_dev ({name})"
        rows.append(Result("headline stance", dataset, len(gold), "FNC-1 relative score",
                           fnc_score(gold, guess), FNC_BAR))
        rows.append(Result("headline stance", dataset, len(gold), "macro-F1 (4 classes)",
                           macro_f1(gold, guess), MACRO_BAR))
    return rows


TASKS: dict[str, Callable[[Path], list[Result]]] = {"stance": stance}
