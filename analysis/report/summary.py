"""The summary in words, generated from the measured numbers (never written by hand).

With a document whose ``comparison_role`` is ``blog``, the blog post is compared with the
broadcaster and FRONTLINE pieces (or with every other document when neither is there).
Without one, each document is compared with the mean of the others.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from analysis.core import Analysis
from analysis.report.signals import (
    REFERENCE_ROLES,
    SIGNALS,
    Signal,
    describe,
    fmt,
    present,
    role,
    short_name,
    value,
)

KEY_COLUMNS = (
    "rhetorical_questions_rhetorical_per_1k",
    "superlatives_unsourced_per_1k",
    "hedging_weasel_per_1k",
    "specificity_document",
    "sourcing_named_per_1k",
    "sourcing_quote_per_1k",
    "sensationalism_index",
    "verifiability_index",
)


@dataclass(frozen=True, slots=True)
class Finding:
    """One signal's comparison: the heading and one or two sentences."""

    signal: str
    text: str


def key_signals(analyses: list[Analysis]) -> list[Signal]:
    return [s for s in present(analyses, SIGNALS) if s.column in KEY_COLUMNS]


def summarize(analyses: list[Analysis]) -> tuple[str, list[Finding]]:
    """An opening sentence and one finding per key signal."""
    if not analyses:
        return "There are no documents to compare.", []
    blog = next((i for i, a in enumerate(analyses) if role(a) == "blog"), None)
    if blog is None or len(analyses) == 1:
        return _against_mean(analyses)
    return _against_blog(analyses, blog)


def _against_blog(analyses: list[Analysis], blog: int) -> tuple[str, list[Finding]]:
    others = [i for i, a in enumerate(analyses) if role(a) in REFERENCE_ROLES]
    others = others or [i for i in range(len(analyses)) if i != blog]
    names = [short_name(analyses[i], i) for i in others]
    intro = (
        f"This report compares {describe(analyses[blog], blog)} with "
        f"{_join([describe(analyses[i], i) for i in others])}. All rates are per 1,000 words, "
        "so long and short texts can be compared fairly."
    )
    findings = []
    for sig in key_signals(analyses):
        mine = value(analyses[blog], sig.column)
        theirs = [value(analyses[i], sig.column) for i in others]
        first = f"The blog post {sig.say(mine)}"
        verb = _verb(sig.phrase)
        rest = [f"{n} {verb} {fmt(v, sig.kind)}" for n, v in zip(names, theirs, strict=True)]
        verdict = _verdict(mine, theirs, names, sig.kind)
        findings.append(Finding(sig.name, f"{first}; {_join(rest)}. {verdict}"))
    return intro, findings


def _against_mean(analyses: list[Analysis]) -> tuple[str, list[Finding]]:
    if len(analyses) == 1:
        intro = "There is only one document, so there is nothing to compare it with."
    else:
        intro = (
            "No document is marked as the blog post, so each document is compared with the "
            "average of the others. All rates are per 1,000 words."
        )
    findings = []
    for sig in key_signals(analyses):
        parts = []
        for i, a in enumerate(analyses):
            mine = value(a, sig.column)
            others = [value(b, sig.column) for j, b in enumerate(analyses) if j != i]
            mean = _mean(others)
            text = f"{short_name(a, i)} {sig.say(mine)}"
            if others:
                text += f" ({_against(mine, mean, sig.kind)})"
            parts.append(text)
        findings.append(Finding(sig.name, "; ".join(parts) + "."))
    return intro, findings


def _against(mine: float, mean: float, kind: str) -> str:
    word = _word(mine, mean, kind)
    if word == "not comparable":
        return "cannot be compared with the others"
    if word == "the same":
        return f"the same as the others' average, {fmt(mean, kind)}"
    return f"{word} than the others' average of {fmt(mean, kind)}"


def _verb(phrase: str) -> str:
    """The phrase's verb, so that "KBS asks 0.5" reads naturally."""
    return phrase.split(" ", 1)[0]


def _verdict(mine: float, theirs: list[float], names: list[str], kind: str) -> str:
    groups: dict[str, list[str]] = {"higher than": [], "lower than": [], "the same as": []}
    for name, v in zip(names, theirs, strict=True):
        word = _word(mine, v, kind)
        if word in ("higher", "lower", "the same"):
            groups[f"{word} than" if word != "the same" else "the same as"].append(name)
    parts = [f"{k} {_join(v)}" for k, v in groups.items() if v]
    if not parts:
        return "These cannot be compared (a value is missing)."
    return "That is " + ", and ".join(parts) + "."


def _word(a: float, b: float, kind: str) -> str:
    """"higher", "lower" or "the same", judged on the printed values."""
    if math.isnan(a) or math.isnan(b):
        return "not comparable"
    fa, fb = fmt(a, kind), fmt(b, kind)
    if fa == fb:
        return "the same"
    return "higher" if a > b else "lower"


def _mean(values: list[float]) -> float:
    vals = [v for v in values if not math.isnan(v)]
    return sum(vals) / len(vals) if vals else math.nan


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
