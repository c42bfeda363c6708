"""Superlatives, intensifiers and peacock terms, labelled sourced or unsourced.

A superlative is ``sourced`` when it is someone else's words (inside a quotation or
reported speech) or its sentence names where the claim comes from (a named or anonymous
attribution, through the shared attribution rules); otherwise it is ``unsourced``: the
writer's own inflation.
"""

from __future__ import annotations

import re

from analysis.document import Document, Sentence
from analysis.extractors.base import Evidence, ExtractorResult, tally
from analysis.lexicons import lexicon

NAME = "superlatives"
DESCRIPTION = "Superlatives, boosters and hype words, and whether anyone stands behind them."
LABELS = {
    "unsourced": "a big claim in the writer's own voice with no source behind it",
    "sourced": "a big claim that the article hands to a named or quoted source",
}
MOST_RE = re.compile(r"\b(?:the|a|its|his|her|their|our)\s+(?:most|least)\s+([a-z][\w-]*)", re.I)
NOT_ADJECTIVE = frozenset(
    """of the a an part people cases times recent recently likely important often""".split()
)
KIND_WORDS = {
    "superlative": "a superlative (the most, the biggest)",
    "intensifier": "a booster that makes the claim sound stronger or more certain",
    "peacock": "a hype word that dramatises",
}


def _explain(label: str, kind: str, text: str) -> str:
    what = KIND_WORDS[kind]
    if label == "sourced":
        return (f"“{text}” is {what}, but it comes from a source the article names or "
                "quotes. You can ask whether that source is in a position to know.")
    return (f"“{text}” is {what}. No source stands behind it: it is the writer's own "
            "judgement. Ask what evidence would show it.")


def _sourced(doc: Document, sent: Sentence, start: int, end: int) -> bool:
    if doc.voice.in_direct_quote(start):
        return True
    atts = doc.voice.attributions_in(sent)
    if any(a.label in {"named", "anonymous"} for a in atts):
        return True
    return doc.voice_at(start, end) == "quoted" and not any(a.label == "vague" for a in atts)


def _candidates(doc: Document, sent: Sentence) -> list[tuple[int, int, str]]:
    out = [(m.start(), m.end(), e.label)
           for m, e in lexicon("superlatives").finditer(doc.text, sent.start, sent.end)]
    for m in MOST_RE.finditer(doc.text, sent.start, sent.end):
        if m.group(1).lower() not in NOT_ADJECTIVE:
            start = m.start() + m.group().lower().index("most" if "most" in m.group().lower()
                                                         else "least")
            out.append((start, m.end(), "superlative"))
    out.sort(key=lambda c: (c[0], -c[1]))
    kept: list[tuple[int, int, str]] = []
    for c in out:
        if not kept or c[0] >= kept[-1][1]:
            kept.append(c)
    return kept


def extract(doc: Document) -> ExtractorResult:
    evidence = []
    for sent in doc.sentences:
        for s, e, kind in _candidates(doc, sent):
            label = "sourced" if _sourced(doc, sent, s, e) else "unsourced"
            text = doc.text[s:e]
            evidence.append(Evidence(NAME, label, s, e, text, _explain(label, kind, text),
                                     doc.voice_at(s, e), {"kind": kind}))
    return ExtractorResult(NAME, evidence, tally(evidence, LABELS))
