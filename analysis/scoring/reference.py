"""Where a value falls among professional news articles, from a committed table of quantiles.

    >>> from analysis.scoring.reference import reference
    >>> ref = reference()
    >>> ref.percentile("verifiability_index", 100.0)
    100.0

The table (``analysis/data/reference_quantiles.json``) holds, for every comparable score
column (rates per 1,000 words, shares, indices, readability), 101 quantiles of the
mainstream "mostly true" articles of the BuzzFeed-Webis corpus and the New York Times,
Washington Post, USA Today and Politico articles of PolNeAR, plus the four seeds' scores.
``benchmarks/build_reference.py`` builds it (and says how); only JSON is read here, so
this is cheap enough for ``credibility score``.

A percentile here is a percentile rank: the share of reference articles with a lower value
plus half the share with the same value, in %, interpolated between the stored quantiles.
90 means higher than about 90 % of professional news articles; a value most articles share
(no rhetorical question at all) lands in the middle of the range of articles that have
it, not at 0.
"""

from __future__ import annotations

import json
import math
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

TABLE = "reference_quantiles.json"


@dataclass(frozen=True)
class Reference:
    """The loaded table: its description, quantiles per column and the seeds' scores."""

    name: str
    n: int
    sources: list[dict[str, Any]]
    quantiles: dict[str, list[float]]
    seeds: list[dict[str, Any]]
    raw: dict[str, Any]

    def percentile(self, column: str, value: float | None) -> float | None:
        """The share (%) of reference articles with a lower value; None if not comparable."""
        q = self.quantiles.get(column)
        if q is None or value is None or not isinstance(value, (int, float)) \
                or math.isnan(value):
            return None
        return percentile_in(q, float(value))

    def middle(self, column: str) -> tuple[float, float, float] | None:
        """25th, 50th and 75th percentile of ``column`` among the reference articles."""
        q = self.quantiles.get(column)
        if q is None:
            return None
        last = len(q) - 1
        return q[round(last * 0.25)], q[round(last * 0.5)], q[round(last * 0.75)]

    def seed_value(self, seed_id: str, column: str) -> float | None:
        for seed in self.seeds:
            if seed.get("id") == seed_id:
                value = seed.get("scores", {}).get(column)
                return None if value is None else float(value)
        return None

    def describe(self) -> str:
        """"932 professional news articles: BuzzFeed-Webis 408 (ABC News, CNN, ...), ..."."""
        parts = "; ".join(f"{s.get('label', s['file'])} {s['n']} "
                          f"({', '.join(s.get('outlets', {}))})" for s in self.sources)
        return f"{self.n} {self.name} articles: {parts}"


def percentile_in(q: list[float], value: float) -> float:
    """Percentile rank (%) of ``value`` in a distribution given by its quantiles ``q``.

    The share of the distribution below ``value`` plus half the share equal to it (the
    mid-rank, so a value shared by most articles sits in the middle, not at 0),
    interpolated linearly between quantiles.
    """
    last = len(q) - 1
    if value < q[0]:
        return 0.0
    if value > q[-1]:
        return 100.0
    lo, hi = bisect_left(q, value), bisect_right(q, value)
    if hi > lo:  # value equals the stored quantiles lo .. hi-1: the middle of that run
        return round(100.0 * (lo + hi - 1) / 2 / last, 1)
    fraction = (value - q[lo - 1]) / (q[lo] - q[lo - 1])
    return round(100.0 * (lo - 1 + fraction) / last, 1)


@cache
def reference() -> Reference:
    """The committed reference table (read once per process)."""
    text = resources.files("analysis").joinpath("data", TABLE).read_text(encoding="utf-8")
    raw = json.loads(text)
    return Reference(
        name=str(raw.get("name", "reference")),
        n=int(raw.get("n", 0)),
        sources=list(raw.get("sources", [])),
        quantiles={k: list(v["q"]) for k, v in raw.get("quantiles", {}).items()},
        seeds=list(raw.get("seeds", [])),
        raw=raw,
    )


def percentiles(scores: dict[str, Any]) -> dict[str, float | None]:
    """The percentile of every comparable column of a score row."""
    ref = reference()
    return {k: ref.percentile(k, v) for k, v in scores.items() if k in ref.quantiles}


# --- texts too short to compare ------------------------------------------------------------

SHORT_TEXT = 150  # words (after cleaning): below this no percentile is shown
TOO_SHORT = ("This text is too short to compare with news articles ({words}; at least "
             "{minimum} are needed): in a short text one word more or less makes the rates "
             "per 1,000 words jump around, so percentiles would mislead.")


def comparable(scores: dict[str, Any]) -> bool:
    """Whether a text is long enough for its rates to be compared with news articles.

    A rate per 1,000 words of a 60-word text moves by 17 for every flagged word, so its
    percentile says more about chance than about the writing; such texts get none.
    """
    words = scores.get("words")
    return not isinstance(words, (int, float)) or words >= SHORT_TEXT


def too_short_note(scores: dict[str, Any]) -> str:
    """The sentence shown instead of percentiles (empty for a text long enough)."""
    if comparable(scores):
        return ""
    n = int(scores["words"])
    return TOO_SHORT.format(words=f"{n:,} word{'' if n == 1 else 's'}", minimum=SHORT_TEXT)
