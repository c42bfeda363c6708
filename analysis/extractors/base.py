"""The result types every extractor returns: evidence spans and per-document counts."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Evidence:
    """One flagged span of the analysed text, with a label and a plain-language explanation.

    ``start``/``end`` are character offsets into the text given to ``analyze`` (end exclusive).
    ``voice`` says whose words these are: ``narrator`` (the author's) or ``quoted``
    (a quotation or speech reported from a source). ``extra`` holds extractor-specific
    fields (for example the source span of an attribution).
    """

    extractor: str
    label: str
    start: int
    end: int
    text: str
    explanation: str
    voice: str = "narrator"
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "extractor": self.extractor,
            "label": self.label,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "explanation": self.explanation,
            "voice": self.voice,
        }
        out.update(self.extra)
        return out


@dataclass(slots=True)
class ExtractorResult:
    """What one extractor found in one document.

    ``counts`` are whole-number tallies (rates per 1,000 words are derived from them in
    ``analysis.scoring.indices``); ``values`` are measurements that are not counts (a mean score,
    a readability grade). Both are flat so that they become prefixed columns
    (``hedging_count``, ``readability_flesch_reading_ease``).
    """

    name: str
    evidence: list[Evidence] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    values: dict[str, float] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)
    per_sentence: list[float] = field(default_factory=list)

    def to_row(self) -> dict[str, float]:
        row: dict[str, float] = {f"{self.name}_{k}": v for k, v in self.counts.items()}
        row.update({f"{self.name}_{k}": v for k, v in self.values.items()})
        return row


def tally(evidence: list[Evidence], labels: dict[str, str]) -> dict[str, int]:
    """Counts for a list of evidence: ``count``, one per label, and ``narrator_count``."""
    counts = {"count": len(evidence)}
    by_label = Counter(e.label for e in evidence)  # one pass, not one per label
    for label in labels:
        counts[label] = by_label[label]
    counts["narrator_count"] = sum(1 for e in evidence if e.voice == "narrator")
    return counts
