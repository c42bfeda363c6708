"""Which numbers the report shows, what they mean in plain words, and how they are printed.

A signal is one column of ``Analysis.scores``. Signals whose column no document has are
left out, so the report keeps working when extractors are added or renamed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from analysis.core import Analysis

ROLE_NAMES = {
    "blog": "the blog post",
    "broadcaster": "the broadcaster piece",
    "aggregator": "the aggregator-style piece",
    "frontline": "the FRONTLINE piece",
}
REFERENCE_ROLES = ("broadcaster", "frontline")


@dataclass(frozen=True, slots=True)
class Signal:
    column: str
    name: str
    meaning: str
    phrase: str  # completes "<document> ...", with {v} for the formatted value
    kind: str = "rate"  # rate (per 1,000 words), share (0..1), index (0..100) or score
    chart: bool = True
    none: str = ""  # the phrase for a value of exactly 0, where that reads better

    def say(self, v: float) -> str:
        """The phrase filled in with ``v``: "asks 2.1 rhetorical questions per 1,000 words"."""
        if v == 0 and self.none:
            return self.none
        return self.phrase.format(v=fmt(v, self.kind))


SIGNALS: tuple[Signal, ...] = (
    Signal("rhetorical_questions_rhetorical_per_1k", "Rhetorical questions",
           "questions in the writer's own voice that are left for you to answer",
           "asks {v} rhetorical questions per 1,000 words",
           none="asks no rhetorical questions"),
    Signal("rhetorical_questions_count_per_1k", "All questions",
           "every question: rhetorical, answered, quoted or in a title",
           "has {v} questions of any kind per 1,000 words", chart=False),
    Signal("superlatives_unsourced_per_1k", "Unsourced superlatives",
           "'biggest', 'worst', 'shocking' and similar words that no source stands behind",
           "uses {v} superlatives that nobody is named as saying, per 1,000 words",
           none="uses no superlatives without a source"),
    Signal("superlatives_count_per_1k", "All superlatives",
           "every superlative or hype word, sourced or not",
           "uses {v} superlatives of any kind per 1,000 words", chart=False),
    Signal("hedging_weasel_per_1k", "Weasel phrases",
           "claims handed to people nobody names: 'some believe', 'it is said'",
           "hands {v} claims per 1,000 words to people nobody names",
           none="hands no claims to people nobody names"),
    Signal("hedging_epistemic_per_1k", "Hedges",
           "words that soften a claim: 'may', 'reportedly', 'possibly'",
           "softens {v} claims per 1,000 words with words like 'may'"),
    Signal("loaded_language_narrator_count_per_1k", "Loaded words",
           "emotionally charged words and labels in the writer's own voice",
           "uses {v} loaded words or labels of its own per 1,000 words",
           none="uses no loaded words of its own"),
    Signal("loaded_language_name_calling_per_1k", "Name-calling",
           "labels stuck on people or groups: 'thugs', 'radical leftists', 'so-called'",
           "has {v} labels per 1,000 words", chart=False, none="sticks no labels on anyone"),
    Signal("specificity_document", "Specific detail",
           "how much of the text is checkable detail: numbers, dates, names, places, quotes",
           "has a specific-detail score of {v}", kind="share"),
    Signal("specificity_vague_per_1k", "Vague amounts",
           "amounts nobody can check: 'many', 'a lot of', 'countless'",
           "uses {v} vague amounts per 1,000 words"),
    Signal("sourcing_named_per_1k", "Named sources",
           "claims tied to a person or organisation you can look up",
           "names a source {v} times per 1,000 words",
           none="never names a source"),
    Signal("sourcing_anonymous_per_1k", "Anonymous sources",
           "claims tied to a real but unnamed source: 'officials said'",
           "points to an unnamed source {v} times per 1,000 words"),
    Signal("sourcing_vague_per_1k", "Vague sources",
           "claims tied to no real source: 'experts say', 'reportedly'",
           "points to a vague source {v} times per 1,000 words"),
    Signal("sourcing_quote_per_1k", "Direct quotes",
           "someone's exact words inside quotation marks",
           "quotes someone's exact words {v} times per 1,000 words",
           none="never quotes anyone's exact words"),
    Signal("readability_flesch_kincaid_grade", "Reading grade",
           "the US school grade a reader needs, from sentence and word length",
           "needs a reading grade of about {v}", kind="score"),
    Signal("readability_flesch_reading_ease", "Reading ease",
           "0 to 100: higher means easier to read",
           "has a reading-ease score of {v}", kind="score", chart=False),
    Signal("sensationalism_index", "Sensationalism index",
           "0 to 100, from loaded words, rhetorical questions, vague amounts, name-calling "
           "and unsourced superlatives (weighted)",
           "scores {v} out of 100 on the sensationalism index", kind="index"),
    Signal("verifiability_index", "Verifiability index",
           "0 to 100, from quotes with a named speaker, specific sentences, dates, "
           "checkable detail and unnamed sources (weighted)",
           "scores {v} out of 100 on the verifiability index", kind="index"),
)
SIZE_SIGNALS: tuple[Signal, ...] = (
    Signal("words", "Words", "length of the text in words", "has {v} words", kind="count",
           chart=False),
    Signal("sentences", "Sentences", "number of sentences", "has {v} sentences", kind="count",
           chart=False),
)


def value(a: Analysis, column: str) -> float:
    """The score ``column`` of ``a`` as a float (NaN when missing or undefined)."""
    v = a.scores.get(column)
    if v is None:
        return math.nan
    try:
        return float(v)
    except (TypeError, ValueError):
        return math.nan


def present(analyses: list[Analysis], signals: tuple[Signal, ...] = SIGNALS) -> list[Signal]:
    """The signals whose column at least one document has."""
    return [s for s in signals if any(s.column in a.scores for a in analyses)]


def fmt(v: float, kind: str = "rate") -> str:
    """A value as printed in the report; ``n/a`` when it is undefined."""
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return "n/a"
    if kind == "count":
        return f"{v:,.0f}"
    if kind == "share":
        return f"{100 * v:.0f}%"
    if kind == "index":
        return f"{v:.0f}"
    return f"{v:.1f}"


SHORT_ROLE_NAMES = {"blog": "Blog post", "broadcaster": "Broadcaster",
                    "aggregator": "Aggregator", "frontline": "FRONTLINE"}


def short_name(a: Analysis, i: int) -> str:
    """A short name for a document: its outlet, else its role, title, id or position."""
    meta = a.meta
    for key in ("short_name", "outlet"):
        text = str(meta.get(key) or "").strip()
        if text:
            return _shorten(text)
    if role(a) in SHORT_ROLE_NAMES:
        return SHORT_ROLE_NAMES[role(a)]
    for key in ("title", "id"):
        text = str(meta.get(key) or "").strip()
        if text:
            return _shorten(text)
    return f"Document {i + 1}"


def _shorten(text: str) -> str:
    for sep in (" (", ", ", " - ", " — "):
        if sep in text:
            text = text.split(sep, 1)[0]
    return text if len(text) <= 30 else text[:29].rstrip() + "…"


def role(a: Analysis) -> str:
    return str(a.meta.get("comparison_role") or "")


def describe(a: Analysis, i: int) -> str:
    """Who a document is, for a reader: role and outlet ("the blog post (CosDream News)")."""
    name = short_name(a, i)
    r = ROLE_NAMES.get(role(a))
    return f"{r} ({name})" if r else name


def meta_text(meta: dict[str, Any], key: str) -> str:
    v = meta.get(key)
    return "" if v is None else str(v)
