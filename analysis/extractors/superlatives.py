"""Superlatives, intensifiers, peacock terms and minimisers, labelled sourced or unsourced.

Exaggeration and minimisation (Da San Martino et al. 2019) make a thing look larger,
better or worse than it is, or smaller and less important. A lexicon entry labelled
``fixed`` is a set phrase that only looks like one ("worst case", "at best"): it shadows
the shorter term inside it and is never reported. Two rules drop a superlative that ranks
or measures rather than inflates: after an ordinal ("the third largest") or before a
measure noun ("the highest rate"); one drops a superlative that a wh-question asks
about ("Which is the biggest city?"): it is asked, not claimed; and one drops a
maximizer of extent before a participle or at a clause end ("completely closed",
"collapsed completely."): it says how far something went, not how much it matters.

Boosters (analysis.extractors.boosters: "a crucial role", "a clear indication",
"particularly noteworthy") are a kind of their own, sourced or unsourced like the rest,
and counted apart (``booster_unsourced``, ``booster_sourced``; ``unsourced`` and
``sourced`` count the other kinds, as before boosters were marked), so that the index
weights, fitted on the development half, can take them or leave them.

A superlative is ``sourced`` when it is someone else's words (inside a quotation or
reported speech) or its sentence names where the claim comes from (a named or anonymous
attribution, through the shared attribution rules); otherwise it is ``unsourced``: the
writer's own inflation.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from analysis.extractors.base import Evidence, ExtractorResult
from analysis.extractors.boosters import boosters
from analysis.extractors.context import set_aside
from analysis.extractors.sense_measures import describes, plain_quantity
from analysis.extractors.sense_rules import (
    FRAMES,
    asked_or_idiom,
    bounded_ranking,
    counted,
    denied,
    subgroup,
)
from analysis.extractors.superlative_scope import held_by
from analysis.lexicons import lexicon
from analysis.lexicons.lazy import lazy_re
from analysis.text.document import Document, Sentence
from analysis.text.sentence_matches import Matches, sentence_matches
from analysis.text.voice import voice_of

NAME = "superlatives"
DESCRIPTION = "Superlatives, boosters and hype words, and whether anyone stands behind them."
LABELS = {
    "unsourced": "a big claim in the writer's own voice with no source behind it",
    "sourced": "a big claim that the article hands to a named or quoted source",
}
MOST_RE = re.compile(
    r"\b(?:the|a|its|his|her|their|our)\s+(most|least)\s+([a-z][\w-]*)", re.I)
NOT_ADJECTIVE = frozenset(
    """of the a an part people cases times recent recently likely important often""".split()
    # position and frequency: "the most northern", "the most common", "the most senior"
    + """northern southern eastern western northerly southerly easterly westerly central
    populous common commonly frequent frequently widely senior junior""".split()
    # a verb after "most" makes it an adverb: "those who hurt the most are"
    + """are is was were has have had will would can could should do does did to""".split()
    # a preposition or a mass noun: "the most at risk", "drew the most attention"
    + """at in on for with by from into than over under about attention money support time
    power influence coverage""".split()
    # an audience counted: "the most watched event"
    + """watched viewed visited""".split()
)
ORDINAL_BEFORE_RE = re.compile(
    r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
    r"[\s-]+(?:(?:most|least)\s+)?$", re.I)
MEASURE_AFTER_RE = lazy_re(
    r"[\s-]+(?:[a-z]+[\s-]+){0,2}?(?:number|numbers|percentage|proportion|share|rate|rates|level|"
    r"levels|risk|concentration|density|amount|total|ranking|court|tribunal"
    # a thing ranked by its size: "the largest group of voters", "the biggest city"
    r"|group|groups|bloc|segment|portion|population|minority|majority|city|cities|country|"
    r"countries|state|states|economy|economies|employer|employers|producer|producers|"
    r"exporter|importer|lake|island|river|company|companies|bank|banks|union|unions|party|"
    r"parties|shareholder|owner|donor|donors|delegation|contingent|margin|turnout|audience|"
    r"audiences|crowd|crowds|viewership|ratings|rated|ranked|paid|grossing|scoring|selling"
    # a change measured: "the largest increase since 2008"
    r"|increase|decrease|drop|rise|fall|gain|gains|loss|losses|decline|jump)\b", re.I)
RECORD_BEFORE_RE = re.compile(
    r"\b(?:highest|lowest|largest|smallest|hottest|coldest|warmest|wettest|driest)\s+$", re.I)
NEXT_WORD_RE = re.compile(r"\s+([a-z][\w-]*)", re.I)
PLURAL_LOOKALIKES = ("ous", "ss", "ics", "less", "us", "is")
OF_AFTER_RE = re.compile(r"\s+of\b", re.I)
MEASURING = frozenset("highest lowest largest biggest greatest".split())
EXTENT_WORDS = frozenset({"completely", "totally", "entirely"})
PARTICIPLE_OR_END_RE = lazy_re(r"\s*(?:[,.;:)]|\w+(?:ed|ing)\b)", re.I)
WH_QUESTION_RE = re.compile(r"[\W]*(?:who|whom|which|what)\b", re.I)
KIND_WORDS = {
    "superlative": "a superlative (the most, the biggest)",
    "intensifier": "a booster that makes the claim sound stronger or more certain",
    "peacock": "a hype word that dramatises",
    "minimiser": "a word that makes something look smaller or less important than it may be",
    "booster": "a booster that inflates how much the next thing matters",
}


def _explain(label: str, kind: str, text: str) -> str:
    what = KIND_WORDS[kind]
    if label == "sourced":
        return (f"“{text}” is {what}, but it comes from a source the article names or "
                "quotes. You can ask whether that source is in a position to know.")
    return (f"“{text}” is {what}. No source stands behind it: it is the writer's own "
            "judgement. Ask what evidence would show it.")


_OPENING, _CLOSING, _STRAIGHT, _DOUBLED = map(re.compile, ("“", "”", '"', "''"))


class QuoteMarks:
    """Whether a sentence leaves a quotation open before a word (curly, straight, or the
    doubled apostrophes some archives use): the word is someone's quoted words even where
    the voice layer finds no speaker ("a crisis \"of epic proportions,\" despite"). The
    marks are found once a sentence and counted by bisection, so a long sentence with many
    words to test stays linear."""

    def __init__(self, text: str, start: int) -> None:
        self.start = start
        self.opening = [m.end() for m in _OPENING.finditer(text)]
        self.closing = [m.end() for m in _CLOSING.finditer(text)]
        # '"' and greedy "''" pairs, by where each ends (as str.count finds them)
        self.straight = sorted([m.end() for m in _STRAIGHT.finditer(text)]
                               + [m.end() for m in _DOUBLED.finditer(text)])

    def open_at(self, offset: int) -> bool:
        """Whether the sentence's text up to ``offset`` leaves a quotation open: more
        curly openings than closings, or an odd number of straight marks."""
        k = offset - self.start
        return bisect_right(self.opening, k) > bisect_right(self.closing, k) or (
            bisect_right(self.straight, k) % 2 == 1)


def _sourced(doc: Document, sent: Sentence, labels: set[str], start: int, end: int,
             marks: QuoteMarks) -> bool:
    """Sourced: in a quotation, in a sentence with a named or anonymous attribution, or in
    reported speech with no vague one (``labels``: the sentence's attribution labels)."""
    voice = voice_of(doc)
    if voice.in_direct_quote(start) or marks.open_at(start):
        return True
    if labels & {"named", "anonymous"} or judged_as(doc.text, sent.start, start):
        return True
    return voice.voice_at(start, end) == "quoted" and "vague" not in labels


# A verb of judging that hands the superlative to those who judge: "reviled by their
# detractors as the worst", "party leaders see him as a potentially invaluable asset",
# "is often rated one of the worst", "was voted the best".
JUDGED_AS_RE = re.compile(
    r"\b(?:regard|consider|see|saw|seen|view|rate|rank|describe|hail|revile|dub|brand|"
    r"remember|deem|judge|vote|name|call|tout|label|cast)(?:s|d|ed|ing|n)?\b"
    r"[^.;:!?\"“”]{0,80}?\bas\s+(?:one\s+of\s+)?(?:the\s+|a\s+|an\s+)?(?:[a-z]+ly\s+)?$"
    r"|\b(?:rated|ranked|voted|named|deemed|considered|dubbed)\s+(?:one\s+of\s+)?the\s+$",
    re.I)


SUPERLATIVE_BEFORE_RE = re.compile(
    r"\b(?:most\s+[\w-]+|[a-z]+est|best|worst)\b(?:\s+[\w-]+){0,5}\s+$", re.I)


def judged_as(text: str, sentence_start: int, start: int) -> bool:
    """The superlative is what someone judged ("rated in surveys as the greatest"), or a
    frame of one that is ("rated one of the worst presidents [in history]")."""
    if text[start:start + 12].lower().startswith(tuple(FRAMES)):
        m = SUPERLATIVE_BEFORE_RE.search(text, max(sentence_start, start - 90), start)
        start = m.start() if m else start
    return JUDGED_AS_RE.search(text, max(sentence_start, start - 120), start) is not None


def _ranked(text: str, start: int, end: int) -> bool:
    """``the third largest``, ``the highest rate``, ``the most votes``, ``the lowest ever
    recorded``: a ranking, a count or a measurement."""
    if ORDINAL_BEFORE_RE.search(text, max(0, start - 20), start):
        return True
    words = text[start:end].lower().split()
    if words[0] == "most" and _counted(words[-1], text, end):
        return True
    if words == ["ever", "recorded"]:
        return RECORD_BEFORE_RE.search(text, max(0, start - 20), start) is not None
    return words[-1] in MEASURING and MEASURE_AFTER_RE.match(text, end) is not None


def _counted(word: str, text: str, end: int) -> bool:
    """``the most votes``, ``the most pledged delegates``: "most" counts a plural noun."""
    if word.endswith("ed"):
        m = NEXT_WORD_RE.match(text, end)
        word = m.group(1).lower() if m else ""
    return word.endswith("s") and not word.endswith(PLURAL_LOOKALIKES)


def _measured_share(text: str, start: int, end: int) -> bool:
    """``100 percent of the votes``, ``width:100%``: a measured share, not a booster."""
    if not text[start:end].lower().startswith(("100", "one hundred")):
        return False
    return OF_AFTER_RE.match(text, end) is not None or text[max(0, start - 1) : start] in {
        ":", "="}


def _extent(text: str, start: int, end: int) -> bool:
    """``completely ignored``, ``closed completely.``: how far something went, not hype."""
    return (text[start:end].lower() in EXTENT_WORDS
            and PARTICIPLE_OR_END_RE.match(text, end) is not None)


def _asked(sent: Sentence, kind: str) -> bool:
    """A superlative in a wh-question is what the question asks about."""
    return (kind == "superlative" and sent.text.endswith("?")  # sentences are trimmed
            and WH_QUESTION_RE.match(sent.text) is not None)


def _wanted(doc: Document, sent: Sentence, c: tuple[int, int, str]) -> bool:
    start, end, kind = c
    if kind == "fixed" or set_aside(doc, sent, start, end):
        return False
    if _asked(sent, kind) or _extent(doc.text, start, end) or describes(doc.text, start, end):
        return False
    if kind == "intensifier" and _measured_share(doc.text, start, end):
        return False
    if kind != "minimiser" and denied(doc.text, start):
        return False
    if kind == "minimiser" and plain_quantity(doc.text, start, end):
        return False
    return kind != "superlative" or not _ranks_or_measures(doc.text, start, end)


def _ranks_or_measures(text: str, start: int, end: int) -> bool:
    """A ranking or measure (``_ranked``), a ranking bounded in time or place, a subgroup,
    or a superlative asked about or in an idiom (analysis.extractors.sense_rules)."""
    return (_ranked(text, start, end) or bounded_ranking(text, start, end)
            or subgroup(text, start, end) or asked_or_idiom(text, start)
            or counted(text, start))


def _may_hold_most(sent: Sentence) -> bool:
    """Whether ``MOST_RE`` can match in the sentence: "most" or "least" in its lower case,
    or a long s, which IGNORECASE matches as an s and ``str.lower`` keeps (a cheap test
    before the regex, which tries every position of most sentences for nothing)."""
    low = sent.text.lower()
    return "most" in low or "least" in low or "\u017f" in low


def _candidates(doc: Document, sent: Sentence, lists: tuple[Matches, Matches]
                ) -> list[tuple[int, int, str]]:
    """The sentence's superlatives, "most" + adjective and boosters, the first of any that
    overlap, that are wanted; ``lists``: the superlatives' and the boosters' matches."""
    out = [(m.start(), m.end(), e.label) for m, e in lists[0](sent)]
    for m in MOST_RE.finditer(doc.text, sent.start, sent.end) if _may_hold_most(sent) else ():
        if m.group(2).lower() not in NOT_ADJECTIVE:  # from "most": the match's own offset,
            out.append((m.start(1), m.end(), "superlative"))  # never one in a lowered copy
    booster_matches = lists[1](sent)
    if not out and not booster_matches:
        return out  # most sentences: nothing to sort, keep or judge
    out += boosters(doc.text, sent, booster_matches)
    out.sort(key=lambda c: (c[0], -c[1]))
    kept: list[tuple[int, int, str]] = []
    for c in out:
        if not kept or c[0] >= kept[-1][1]:
            kept.append(c)
    return [c for c in kept if _wanted(doc, sent, c)]


def extract(doc: Document) -> ExtractorResult:
    evidence = []
    lists = (sentence_matches(lexicon("superlatives"), doc),
             sentence_matches(lexicon("boosters"), doc))  # each searched once, not by sentence
    for sent in doc.sentences:
        candidates = _candidates(doc, sent, lists)
        if not candidates:  # most sentences: no attributions or quote marks to look up
            continue
        labels = {a.label for a in voice_of(doc).attributions_in(sent)
                  if not a.declined}  # once a sentence; "would not say" sources nothing
        marks = QuoteMarks(sent.text, sent.start)
        for s, e, kind in candidates:
            sourced = _sourced(doc, sent, labels, s, e, marks)
            held = None if sourced else held_by(doc, sent, s)  # superlative_scope
            label = "sourced" if sourced or held else "unsourced"
            text = doc.text[s:e]
            evidence.append(Evidence(NAME, label, s, e, text, _explain(label, kind, text),
                                     voice_of(doc).voice_at(s, e), {"kind": kind, **(held or {})}))
    return ExtractorResult(NAME, evidence, _counts(evidence))


def _counts(evidence: list[Evidence]) -> dict[str, int]:
    """``count`` (every kind), ``unsourced``/``sourced`` (every kind but boosters),
    ``booster_unsourced``/``booster_sourced`` and ``narrator_count``."""
    counts = {"count": len(evidence)}
    for label in LABELS:
        counts[label] = sum(1 for e in evidence if e.label == label
                            and e.extra["kind"] != "booster")
    for label in LABELS:
        counts[f"booster_{label}"] = sum(1 for e in evidence if e.label == label
                                         and e.extra["kind"] == "booster")
    counts["narrator_count"] = sum(1 for e in evidence if e.voice == "narrator")
    return counts
