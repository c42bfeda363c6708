"""The result types every extractor returns: evidence spans and per-document counts."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, fields
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

    def __init__(self, extractor: str, label: str, start: int, end: int, text: str,
                 explanation: str, voice: str = "narrator", extra: dict[str, Any] | None = None
                 ) -> None:
        # Frozen: each field is set through its slot, as the generated __init__ does through
        # object.__setattr__ (which looks each name up again: about 160 evidence spans a
        # news article, and that __init__ took six times as long as a plain one).
        _SET_EXTRACTOR(self, extractor)
        _SET_LABEL(self, label)
        _SET_START(self, start)
        _SET_END(self, end)
        _SET_TEXT(self, text)
        _SET_EXPLANATION(self, explanation)
        _SET_VOICE(self, voice)
        _SET_EXTRA(self, {} if extra is None else extra)

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
        if self.extra:  # most spans have none
            out.update(self.extra)
        return out


(_SET_EXTRACTOR, _SET_LABEL, _SET_START, _SET_END, _SET_TEXT, _SET_EXPLANATION, _SET_VOICE,
 _SET_EXTRA) = (Evidence.__dict__[f.name].__set__ for f in fields(Evidence))


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
