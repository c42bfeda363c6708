"""Precision and recall of evidence spans against hand-annotated gold spans.

A predicted span matches a gold span of the same extractor when the two overlap; each
gold span can be matched once. ``label`` scores additionally require the same label.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True, slots=True)
class Span:
    extractor: str
    label: str
    start: int
    end: int
    text: str = ""


@dataclass(frozen=True, slots=True)
class Score:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else float("nan")

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else float("nan")

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


def match(pred: list[Span], gold: list[Span], *, use_label: bool) -> tuple[Score, list, list]:
    """Greedy one-to-one overlap matching. Returns the score, unmatched preds and golds."""
    used: set[int] = set()
    false_pos = []
    for p in sorted(pred, key=lambda s: (s.start, s.end)):
        hit = None
        for i, g in enumerate(gold):
            if i in used or g.extractor != p.extractor or (use_label and g.label != p.label):
                continue
            if p.start < g.end and g.start < p.end:
                hit = i
                break
        if hit is None:
            false_pos.append(p)
        else:
            used.add(hit)
    missed = [g for i, g in enumerate(gold) if i not in used]
    return Score(len(used), len(false_pos), len(missed)), false_pos, missed


def resolve_gold(annotations: list[dict[str, Any]], text: str) -> list[Span]:
    """Turn ``{extractor, label, text, context}`` annotations into offsets in ``text``.

    Annotations whose context is not in ``text`` (page furniture removed by cleaning) are
    skipped; a context found twice is an error in the gold file.
    """
    spans = []
    for a in annotations:
        ctx_at = text.find(a["context"])
        if ctx_at < 0:
            continue
        if text.find(a["context"], ctx_at + 1) >= 0:
            raise ValueError(f"gold context is ambiguous: {a['context']!r}")
        start = ctx_at + a["context"].index(a["text"])
        spans.append(Span(a["extractor"], a["label"], start, start + len(a["text"]), a["text"]))
    return spans


def load_gold(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))
