"""What each highlight means for a class: why it matters and when it is fine, in plain words.

The label meanings themselves come from each extractor's ``LABELS``; this module adds the
two things a reader needs to judge a highlight: why a careful reader notices it, and when
it is perfectly normal. Unknown extractors and labels get a general text, so a new
extractor never breaks the page.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from analysis.extractors import REGISTRY


@dataclass(frozen=True, slots=True)
class Advice:
    why: str
    fine: str


GENERAL = Advice(
    "The tool marks this pattern because it changes how a claim reads.",
    "A pattern is a signal, not a verdict: read the sentence and decide for yourself.",
)
BY_EXTRACTOR: dict[str, Advice] = {
    "hedging": Advice(
        "Soft words make a claim harder to pin down. If a text hedges a lot, ask what the "
        "writer actually knows.",
        "Hedging is often honest reporting: a careful journalist says 'may' when something "
        "is not yet certain.",
    ),
    "rhetorical_questions": Advice(
        "A question can steer you to an answer without giving any evidence for it.",
        "Questions that the writer answers, or that someone else asked, are a normal way to "
        "explain a story.",
    ),
    "superlatives": Advice(
        "Big words ('the worst', 'shocking') make you feel something before you know the "
        "facts. Ask who says so.",
        "A superlative is fine when it is checkable ('the tallest building in Seoul') or "
        "when a named source says it.",
    ),
    "specificity": Advice(
        "Names, numbers, dates and places are details you can check somewhere else.",
        "A detail is not proof: a made-up number is also specific. Check one.",
    ),
    "sourcing": Advice(
        "Knowing who said something lets you ask whether they are in a position to know.",
        "Unnamed sources sometimes have good reasons: they could lose their job or be in "
        "danger if named.",
    ),
    "loaded_language": Advice(
        "Words chosen to stir a feeling can make up your mind before the facts do.",
        "Strong words are fine when the facts are strong too, or when they are someone's "
        "quoted words and the article says whose.",
    ),
}
BY_LABEL: dict[tuple[str, str], Advice] = {
    ("hedging", "weasel"): Advice(
        "'Some say' or 'experts believe' hands a claim to people nobody can find or question.",
        "It can be fine when the article names those people elsewhere, or when it is "
        "summing up a view that is easy to check.",
    ),
    ("specificity", "vague"): Advice(
        "'Many' or 'various' sounds like a fact but gives you nothing to check.",
        "Vague words are fine when nobody knows the exact number, if the text says so.",
    ),
    ("sourcing", "named"): Advice(
        "A named source can be looked up: who are they, and how would they know?",
        "Named is not the same as right: a named source can still be wrong or one-sided.",
    ),
    ("sourcing", "quote"): Advice(
        "Exact words let you see what someone really said.",
        "A quote can still be cut short or taken out of context: check where it comes from.",
    ),
    ("loaded_language", "name_calling"): Advice(
        "A label ('thugs', 'so-called experts') tells you what to think of people instead of "
        "showing what they did.",
        "It is fine inside a quote, as a report of what someone called them.",
    ),
    ("rhetorical_questions", "quoted"): Advice(
        "This question is someone else's, reported by the writer.",
        "Reporting a question someone asked is normal journalism.",
    ),
}


def advice(extractor: str, label: str) -> Advice:
    """The advice for one kind of highlight (label first, then extractor, then general)."""
    return BY_LABEL.get((extractor, label)) or BY_EXTRACTOR.get(extractor) or GENERAL


def label_meaning(extractor: str, label: str) -> str:
    """The extractor's own one-line meaning of ``label`` (empty when unknown)."""
    for module in REGISTRY:
        if extractor == module.NAME:
            return str(getattr(module, "LABELS", {}).get(label, ""))
    return ""


def evidence_entry(ev: Any, name: str) -> dict[str, str]:
    """Everything the explanation panel shows for one evidence span (plain strings)."""
    tip = advice(ev.extractor, ev.label)
    return {
        "extractor": ev.extractor,
        "kind": f"{name}: {ev.label}",
        "text": " ".join(ev.text.split()),
        "voice": "quoted" if ev.voice == "quoted" else "narrator",
        "meaning": label_meaning(ev.extractor, ev.label),
        "explanation": ev.explanation,
        "why": tip.why,
        "fine": tip.fine,
    }
