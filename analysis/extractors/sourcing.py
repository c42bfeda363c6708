"""Sourcing: attributions (cue and source) and direct quotations.

Each attribution found by the shared rules in ``analysis.attribution`` becomes evidence
on its cue ("said", "according to", "reportedly"), with the source span where there is
one, labelled ``named``, ``anonymous`` or ``vague``. Each direct quotation is evidence
labelled ``quote``.
"""

from __future__ import annotations

from analysis.document import Document
from analysis.extractors.base import Evidence, ExtractorResult, tally

NAME = "sourcing"
DESCRIPTION = "Who the article says its information comes from, and the words it quotes."
LABELS = {
    "named": "the claim comes from a named person or organisation you could look up",
    "anonymous": "the claim comes from a specific source who is not named",
    "vague": "the claim is said to come from somewhere, but no real source is given",
    "quote": "someone's exact words, in quotation marks",
}


def _explain(label: str, cue: str, source: str | None) -> str:
    if label == "named":
        return (f"“{cue}” hands this to {source}, a source you can look up. Ask whether "
                "they are in a position to know.")
    if label == "anonymous":
        who = f" ({source})" if source else ""
        return (f"“{cue}” hands this to a source who is not named{who}. Sometimes there are "
                "good reasons to protect a source; you have to trust the outlet's judgement.")
    return (f"“{cue}” suggests the claim comes from somewhere, but never says who. You cannot "
            "check a source that is not there.")


def extract(doc: Document) -> ExtractorResult:
    text = doc.text
    evidence = []
    for a in doc.voice.attributions:
        cue = text[a.cue[0] : a.cue[1]]
        source = text[a.source[0] : a.source[1]] if a.source else None
        extra = {"source": list(a.source), "source_text": source} if a.source else {}
        extra["kind"] = a.kind
        evidence.append(Evidence(NAME, a.label, a.cue[0], a.cue[1], cue,
                                 _explain(a.label, cue, source), "narrator", extra))
    for q in doc.voice.quotes:
        if q.kind == "direct":
            evidence.append(Evidence(NAME, "quote", q.start, q.end, text[q.start : q.end],
                                     "Someone's exact words. Who said them, and are they "
                                     "quoted in context?", "quoted"))
    evidence.sort(key=lambda e: (e.start, e.end))
    result = ExtractorResult(NAME, evidence, tally(evidence, LABELS))
    result.counts["attributions"] = len(doc.voice.attributions)
    return result
