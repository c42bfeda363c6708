"""Per-document scores: counts, rates per 1,000 words, and two composite indices.

Rates are NaN (never a fake 0) when the document has no words. Each index is a weighted
mean of components, each a rate divided by its cap and clipped to 0..1, times 100:

    index = 100 × Σ weight × min(1, value ÷ cap) ÷ Σ weight

A cap is the 95th percentile of that component in professional news (mainstream articles
of the BuzzFeed-Webis development half), so a component at the cap counts fully; the
weights are fitted by ``benchmarks/train_indices.py`` (logistic regression, cross-validated)
and stored with the caps in ``analysis/data/indices.json``. The report prints every
component's value, cap, weight and points, so each index decomposes into its signals.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

# What the indices cannot tell, said wherever they are shown (terminal, report, class page).
# On Horne & Adali's BuzzFeed 2016 election set, invented stories written in news style
# score *more* verifiable than real articles: style is not truth, and no index here says
# whether a text is true.
STYLE_NOT_TRUTH = (
    "These scores describe how the text is written, not whether it is true: a made-up "
    "story written like news scores like news, so check its claims in other sources "
    "(read laterally) and see whether other outlets report the same facts."
)

MEANINGS = {
    "rhetorical_questions_rhetorical_per_1k":
        "questions in the writer's voice left for the reader to answer",
    "superlatives_unsourced_per_1k": "superlatives and hype words that no source stands behind",
    "hedging_weasel_per_1k": "claims handed to unnamed crowds: 'some believe', 'it is said'",
    "loaded_language_narrator_count_per_1k": "emotionally loaded words in the writer's own voice",
    "loaded_language_name_calling_per_1k": "labels stuck on people or groups",
    "specificity_vague_per_1k": "vague amounts and stand-ins: 'many', 'various'",
    "specificity_document": "how specific the sentences are, on average (0 to 1)",
    "specificity_specific_share": "share of sentences that are specific",
    "sourcing_named_per_1k": "attributions to named people or organisations",
    "sourcing_anonymous_per_1k": "attributions to specific but unnamed sources",
    "sourcing_quote_per_1k": "direct quotations",
    "sourcing_named_quote_per_1k": "direct quotations given to a named speaker",
    "specificity_date_per_1k": "dates and times",
    "specificity_details_per_1k": "checkable details: numbers, dates, names, places, quotes",
}


@dataclass(frozen=True, slots=True)
class Component:
    column: str
    cap: float
    weight: float
    meaning: str


@cache
def _load() -> dict[str, Any]:
    path = resources.files("analysis").joinpath("data/indices.json")
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def _indices() -> dict[str, tuple[tuple[Component, ...], float]]:
    """Each index's components and the sum of their weights, made once (private: never
    changed): every document's score reads them, and building the components each time was
    most of ``score``."""
    out = {}
    for name, spec in _load()["indices"].items():
        comps = tuple(Component(c["column"], c["cap"], c["weight"], MEANINGS[c["column"]])
                      for c in spec["components"])
        out[name] = comps, sum(c.weight for c in comps)
    return out


def indices() -> dict[str, tuple[Component, ...]]:
    """Each index's components, from the committed fit."""
    return {name: comps for name, (comps, _) in _indices().items()}


def per_1k(count: float, words: int) -> float:
    """``count`` per 1,000 words; NaN when there are no words."""
    return math.nan if words <= 0 else round(1000.0 * count / words, 3)


def points(value: float, comp: Component, comps: tuple[Component, ...]) -> float:
    """What one component contributes to its index (0..100 in all)."""
    return _points(value, comp, sum(c.weight for c in comps))


def _points(value: float, comp: Component, total: float) -> float:
    """``points`` given the sum of the index's weights."""
    if value is None or math.isnan(value):
        return math.nan
    return 100.0 * comp.weight * min(1.0, max(0.0, value / comp.cap)) / total


def formula(name: str) -> str:
    """The index's formula in words and numbers, for the report."""
    comps = indices()[name]
    total = sum(c.weight for c in comps)
    parts = " + ".join(f"{c.weight:g} × min(1, {c.column} ÷ {c.cap:g})" for c in comps)
    return f"{name} = 100 × ({parts}) ÷ {total:g}"


def _index_value(row: dict[str, float], comps: tuple[Component, ...], total: float) -> float:
    """A composite index (0..100) from a row of columns; NaN if undefined."""
    parts = [_points(row.get(c.column, math.nan), c, total) for c in comps]
    if any(math.isnan(p) for p in parts):
        return math.nan
    return round(sum(parts), 1)


def score(results: dict[str, Any], words: int, sentences: int) -> dict[str, float]:
    """The flat score row of one document from its extractor results."""
    row: dict[str, float] = {"words": words, "sentences": sentences}
    for res in results.values():
        for key, value in res.counts.items():
            row[f"{res.name}_{key}"] = value
            row[f"{res.name}_{key}_per_1k"] = per_1k(value, words)
        for key, value in res.values.items():
            row[f"{res.name}_{key}"] = value
    for name, (comps, total) in _indices().items():
        row[name] = _index_value(row, comps, total)
    return row
