"""Sourcing: attributions (cue and source) and direct quotations.

Each attribution found by the shared rules in ``analysis.text.attribution`` becomes evidence
on its cue ("said", "according to", "reportedly"), with the source span where there is
one, labelled ``named``, ``anonymous`` or ``vague``. Each direct quotation is evidence
labelled ``quote``, with its speaker where an attribution in the quotation's sentences,
or in the sentence before or after it in the same paragraph, gives one ('"We will
rebuild," the mayor said.'). A quotation with a named speaker (counted as
``named_quote``) can be checked against that person.
"""

from __future__ import annotations

import bisect

from analysis.extractors.base import Evidence, ExtractorResult, tally
from analysis.text.attribution import Attribution
from analysis.text.document import Document
from analysis.text.voice import Quote, voice_of

NAME = "sourcing"
DESCRIPTION = "Who the article says its information comes from, and the words it quotes."
LABELS = {
    "named": "the claim comes from a named person or organisation you could look up",
    "anonymous": "the claim comes from a specific source who is not named",
    "vague": "the claim is said to come from somewhere, but no real source is given",
    "quote": "someone's exact words, in quotation marks",
    "declined": "someone did not say, would not say, or declined to comment: nothing is "
                "claimed",
}
LEAD_MARKS = "“”\"'` \n("  # what may come before a quotation that opens its sentence


def _explain(label: str, cue: str, source: str | None) -> str:
    if label == "declined":
        who = source or "the source"
        return (f"“{cue}”: {who} did not or would not say. Nothing is claimed here; it can "
                "show that the writer asked for a response.")
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
    for a in voice_of(doc).attributions:
        cue = text[a.cue[0] : a.cue[1]]
        source = text[a.source[0] : a.source[1]] if a.source else None
        extra = {"source": list(a.source), "source_text": source} if a.source else {}
        extra["kind"] = a.kind
        label = "declined" if a.declined else a.label
        evidence.append(Evidence(NAME, label, a.cue[0], a.cue[1], cue,
                                 _explain(label, cue, source), "narrator", extra))
    named_quotes = 0
    for q in voice_of(doc).quotes:
        if q.kind != "direct":
            continue
        speaker = quote_speaker(doc, q)
        who = text[speaker.source[0] : speaker.source[1]] if speaker and speaker.source else None
        label = speaker.label if speaker else None
        named_quotes += label == "named"
        evidence.append(Evidence(NAME, "quote", q.start, q.end, text[q.start : q.end],
                                 _explain_quote(who, label), "quoted",
                                 {"speaker": who, "speaker_label": label} if who else {}))
    evidence.sort(key=lambda e: (e.start, e.end))
    result = ExtractorResult(NAME, evidence, tally(evidence, LABELS))
    result.counts["attributions"] = len(voice_of(doc).attributions)
    result.counts["named_quote"] = named_quotes
    return result


def quote_speaker(doc: Document, quote: Quote) -> Attribution | None:
    """The attribution that says who spoke a quotation: the nearest one with a source in
    the quotation's own sentences; for a quotation that is a sentence of its own, else the
    one in the sentence before ('..., she said. "It will take a year."'), else after, in
    the same paragraph."""
    first, last = doc.sentence_at(quote.start), doc.sentence_at(max(quote.start, quote.end - 1))
    if first is None or last is None:
        return None
    order = list(range(first.index, last.index + 1))
    if _only_marks_before(doc.text, first.start, quote.start):
        order += [i for i in (first.index - 1, last.index + 1) if 0 <= i < len(doc.sentences)
                  and doc.sentences[i].paragraph in (first.paragraph, last.paragraph)]
    for i in order:
        found = _with_source(doc, i)
        if found.attributions:
            return found.nearest(quote)
    return None


def _only_marks_before(text: str, start: int, pos: int) -> bool:
    """Nothing but quotation marks, spaces and "(" from ``start`` to ``pos``: read back from
    ``pos`` (slicing from the sentence's start for each quotation was quadratic)."""
    i = pos - 1
    while i >= start and text[i] in LEAD_MARKS:
        i -= 1
    return i < start


class _Sourced:
    """One sentence's attributions that name a source, in text order. Their cues never
    overlap, so cue starts and cue ends both ascend, and the nearest to a quotation is found
    by binary search (trying each one for each quotation was quadratic in a sentence of
    many quotations and attributions)."""

    def __init__(self, attributions: list[Attribution]) -> None:
        self.attributions = attributions
        self.starts = [a.cue[0] for a in attributions]
        self.ends = [a.cue[1] for a in attributions]

    def nearest(self, quote: Quote) -> Attribution:
        """The attribution nearest the quotation (the earliest of equals): a cue at or after
        its end is ``cue start - quote end`` away, one before ``quote start - cue end`` (0
        if they overlap). Distances fall up to the first cue at or after the end, then rise."""
        i = bisect.bisect_left(self.starts, quote.end)  # the first cue at or after the end
        if i == 0:
            return self.attributions[0]
        before = max(0, quote.start - self.ends[i - 1])  # the closest cue before the end
        if i < len(self.attributions) and self.starts[i] - quote.end < before:
            return self.attributions[i]
        if before > 0:
            return self.attributions[i - 1]
        return self.attributions[bisect.bisect_left(self.ends, quote.start, 0, i)]


def _with_source(doc: Document, index: int) -> _Sourced:
    cache = doc.layers.setdefault(NAME, {})
    if index not in cache:
        atts = voice_of(doc).attributions_in(doc.sentences[index])
        cache[index] = _Sourced([a for a in atts if a.source and not a.declined])
    return cache[index]


def _explain_quote(who: str | None, label: str | None) -> str:
    if who and label == "named":
        return (f"Exact words given to {who}, a named source: you can check whether they "
                "said this, and in what context.")
    if who:
        return (f"Someone's exact words, given to {who}, who is not named. Who said them, "
                "and can anyone check?")
    return ("Someone's exact words, but the text does not say nearby who said them. Who "
            "said them, and are they quoted in context?")
