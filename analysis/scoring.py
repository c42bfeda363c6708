"""Per-document scores: counts, rates per 1,000 words, and two composite indices.

Rates are NaN (never a fake 0) when the document has no words. Each index is the mean
of its components, each component a rate divided by a cap and clipped to 0..1, times
100, so a component at or above its cap contributes fully. The components, caps and
the reason for each are listed in ``INDICES`` and printed in the report.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Component:
    column: str
    cap: float
    meaning: str


INDICES: dict[str, tuple[Component, ...]] = {
    "sensationalism_index": (
        Component("rhetorical_questions_rhetorical_per_1k", 3.0,
                  "questions in the author's voice left for the reader to answer"),
        Component("superlatives_unsourced_per_1k", 12.0,
                  "superlatives and hype words that no source stands behind"),
        Component("hedging_weasel_per_1k", 6.0,
                  "claims handed to unnamed crowds: 'some believe', 'it is said'"),
    ),
    "verifiability_index": (
        Component("specificity_document", 1.0,
                  "share of specific detail: numbers, dates, names, places, quotes"),
        Component("sourcing_named_per_1k", 8.0, "attributions to named people or organisations"),
        Component("sourcing_quote_per_1k", 5.0, "direct quotations"),
    ),
}


def per_1k(count: float, words: int) -> float:
    """``count`` per 1,000 words; NaN when there are no words."""
    return math.nan if words <= 0 else round(1000.0 * count / words, 3)


def index_value(row: dict[str, float], name: str) -> float:
    """The composite index ``name`` (0..100) from a row of columns; NaN if undefined."""
    parts = []
    for comp in INDICES[name]:
        value = row.get(comp.column, math.nan)
        if value is None or math.isnan(value):
            return math.nan
        parts.append(min(1.0, max(0.0, value / comp.cap)))
    return round(100.0 * sum(parts) / len(parts), 1)


def score(results: dict[str, Any], words: int, sentences: int) -> dict[str, float]:
    """The flat score row of one document from its extractor results."""
    row: dict[str, float] = {"words": words, "sentences": sentences}
    for res in results.values():
        for key, value in res.counts.items():
            row[f"{res.name}_{key}"] = value
            row[f"{res.name}_{key}_per_1k"] = per_1k(value, words)
        for key, value in res.values.items():
            row[f"{res.name}_{key}"] = value
    for name in INDICES:
        row[name] = index_value(row, name)
    return row
