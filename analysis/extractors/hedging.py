"""Hedging: epistemic hedges and vague attribution ("weasel wording").

Epistemic hedges (may, might, reportedly, is believed to...) soften a claim; weasel
wording ("some believe", "critics say", "it is said") hands a claim to people the reader
cannot identify. Weasels come from the hedge lexicon and from the shared attribution
rules (a reporting verb whose source is vague).

Not hedges: *could* of ability ("no one could predict", "so that they could attend"),
*whether* opening a clause of alternatives ("whether it is a house or a stapler",
"depending on whether") or a reported question ("asked whether"; this and the other
sense rules are in analysis.extractors.sense_rules), and any cue inside a name or title
(analysis.extractors.context).
"""

from __future__ import annotations

import bisect
import itertools
import re

from analysis.extractors.base import Evidence, ExtractorResult, tally
from analysis.extractors.context import set_aside
from analysis.extractors.sense_rules import (
    CLAIM_NOUNS,
    accused_active,
    believe_not_stance,
    claim_reported,
    possibly_can,
    think_not_stance,
    whether_asked,
)
from analysis.lexicons import lexicon
from analysis.text.cue_scope import evidence_sourced, sourced_cues
from analysis.text.document import Document, Sentence, Token
from analysis.text.sentence_matches import sentence_matches
from analysis.text.voice import voice_of

NAME = "hedging"
DESCRIPTION = "Words that soften a claim, and claims handed to people nobody names."
LABELS = {
    "epistemic": "softens the claim: the writer does not say it is certain",
    "weasel": "hands the claim to people who are never named, so nobody can check it",
}
SUBJECT_PRONOUNS = frozenset("i we you they he she police officials investigators".split())
MONTH_CONTEXT = frozenset(
    """in on of since until by last next early late mid from through""".split()
)
PAST_ABILITY_NEXT = frozenset(
    """not n't no only barely hardly never still easily see hear feel smell taste remember
    afford swim read speak walk run write find get""".split()
)
# Ability, not possibility: "no one could predict", "so that they could attend".
ABILITY_BEFORE_RE = re.compile(
    r"(?:\b(?:no one|no-one|nobody|noone|none|nothing|anyone|anybody)"
    r"|\bso(?: that)? (?:he|she|they|we|i|you|it|people|\w+s|(?-i:[A-Z][a-z]+))"
    # the means asked about: "questioned how she could gain that much"
    r"|\bhow (?:he|she|they|we|i|you|it))\s+$", re.I)
# "might" the noun ("our military might", "with all his might"), not the modal.
MIGHT_NOUN_BEFORE = frozenset(
    """military economic financial naval industrial nuclear political corporate his her its
    their our your""".split())
# "assumed the office": took on, not supposed.
TAKEN_ON = frozenset("""office control power responsibility responsibilities command role duties
    leadership presidency post helm mantle chairmanship throne""".split())
EXAMPLE_OPENERS = frozenset("( — – :".split())
# "whether" of alternatives, not of doubt: after these, or opening a clause.
WHETHER_AFTER = frozenset(
    {"depending on", "regardless of", "irrespective of", "no matter", "dependent on"})
CLAUSE_MARKS = frozenset(",;:(—–-")
PAST_CONTEXT = re.compile(
    r"\b(?:when (?:he|she|they|i|we) (?:was|were)|as a (?:child|boy|girl))\b", re.I
)


def is_hedge(sent: Sentence, start: int, end: int, term: str) -> bool:
    """Negative rules for ambiguous cues: the month May, 'you may', 'could' of ability,
    'whether' of alternatives, and verbs used for something other than a stance."""
    nxt, prev = sent.token_after(end), sent.token_before(start)
    if term == "may":
        return _may(sent, start, sent.text[start - sent.start : end - sent.start], prev, nxt)
    if term == "could":
        return _could(sent, start, end, nxt)
    if term == "whether":
        return not (_alternatives(sent, start, prev) or whether_asked(sent, start))
    verb = term.split()[-1]  # "we think" is asked like "think"
    if verb in {"think", "thinks", "thought"} and (think_not_stance(sent, start, nxt) or (
            nxt is not None and nxt.lower in {"of", "about", "twice"})):
        return False
    if verb in {"believe", "believes"} and believe_not_stance(sent, end, nxt):
        return False
    if term in CLAIM_NOUNS:
        return claim_reported(nxt)
    if term == "accused" and accused_active(sent, start, end):
        return False
    if term == "possibly" and possibly_can(nxt):
        return False
    if _other_sense(sent, term, prev, nxt):
        return False
    if term in {"suspect", "suspects"}:  # the verb after a subject, not "the suspect"
        return bool(prev and prev.lower in SUBJECT_PRONOUNS)
    return _stance(term, prev, nxt)


def _other_sense(sent: Sentence, term: str, prev: Token | None, nxt: Token | None) -> bool:
    """The noun *might* ("our military might against"), *assumed* of taking on ("had
    assumed the office"), and *think* giving an example ("(think Anthony Weiner)")."""
    if term == "might":
        return prev is not None and prev.lower in MIGHT_NOUN_BEFORE
    if term in {"assume", "assumed"} and nxt is not None:
        after = sent.token_after(nxt.end) if nxt.lower in {"the", "a", "an"} else nxt
        return after is not None and after.lower in TAKEN_ON
    if term == "think" and nxt is not None and nxt.text[0].isupper():
        return prev is None or prev.text in EXAMPLE_OPENERS
    return False


def _alternatives(sent: Sentence, start: int, prev: Token | None) -> bool:
    """'whether' of alternatives, not of doubt: after "depending on", "regardless of", "no
    matter", or opening a clause that offers an "or" ("whether it is a house or a
    stapler, ...") or stands in a list of them ("whether it's X, whether it's Y"); an
    opening "whether" with no "or" is a question ("Whether he knew is unclear")."""
    before = sent.token_before(prev.start) if prev else None
    if prev and before and f"{before.lower} {prev.lower}" in WHETHER_AFTER:
        return True
    if prev is None or prev.text in CLAUSE_MARKS:
        i = sent.token_index(start)
        if i is None:
            return False
        around = sent.tokens[max(0, i - 14) : i] + sent.tokens[i + 1 : i + 16]
        return any(t.lower == "or" for t in sent.tokens[i + 1 : i + 16]) or any(
            t.lower == "whether" for t in around)  # "whether it's X, whether it's Y"
    return False


def _may(sent: Sentence, start: int, word: str, prev: Token | None, nxt: Token | None) -> bool:
    if word == "May" and (start != sent.start or (nxt and nxt.text[0].isdigit())):
        return False
    if prev and (prev.lower in MONTH_CONTEXT or prev.text[0].isdigit()):
        return False
    return not (prev and prev.lower == "you")


def _could(sent: Sentence, start: int, end: int, nxt: Token | None) -> bool:
    if nxt and nxt.lower in PAST_ABILITY_NEXT:
        return False
    if ABILITY_BEFORE_RE.search(sent.text, max(0, start - sent.start - 20), start - sent.start):
        return False
    return not PAST_CONTEXT.search(sent.text, max(0, start - sent.start - 120),
                                   end - sent.start + 120)


def _stance(term: str, prev: Token | None, nxt: Token | None) -> bool:
    """A verb or noun of stance, unless its neighbours give it another use."""
    if term in {"doubt", "thought"} and prev and prev.lower in {"no", "a", "the", "without"}:
        return False  # "no doubt" is a booster; "a thought" is a noun
    if term in {"suggest", "suggests", "suggested"} and nxt and (
            nxt.lower in {"we", "you", "i"} or nxt.lower.endswith("ing")):
        return False  # a proposal: "he suggested we leave", "Carson suggests reducing"
    if term in {"think", "thinks"} and nxt and nxt.lower in {"of", "about", "twice"}:
        return False  # an opinion asked for or a set phrase, not a stance on a claim
    if term == "accused" and prev and (
            prev.lower in SUBJECT_PRONOUNS or (prev.text[0].isupper() and prev.lower != "i")):
        return False  # a named agent's act: "Palmieri accused Sanders of ..."
    return not (term == "potential" and nxt and nxt.lower in {"of", "for"})


def _explain(label: str, text: str) -> str:
    if label == "weasel":
        return (f"“{text}” gives the claim to people who are not named. Ask: who exactly "
                "says this, and how would they know?")
    return (f"“{text}” makes the claim less certain. That is often honest caution; many "
            "of them in a row can also hide that there is little evidence.")


def _weasels_from_attribution(doc: Document) -> list[tuple[int, int]]:
    spans = []
    atts = voice_of(doc).attributions
    sourced = evidence_sourced(doc.text, atts)  # "Polls show that most voters think"
    for a in atts:
        if a.label == "vague" and a.kind in {"verb", "passive"} and a.cue not in sourced \
                and not a.declined:  # "Two others have not said who": nothing handed on
            start = min(a.cue[0], a.source[0]) if a.source else a.cue[0]
            spans.append((start, max(a.cue[1], a.source[1] if a.source else a.cue[1])))
    return spans


class _Taken:
    """Spans already taken, asked in O(log n) whether a span overlaps one of them: the
    spans sorted by start, with the furthest end among each prefix. (Asking every taken
    span each time was quadratic: 77,000 "according to" took a minute.)"""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.starts = [s for s, _ in spans]
        self.reach = list(itertools.accumulate((e for _, e in spans), max))

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end)  # the spans that start before ``end``
        return i > 0 and self.reach[i - 1] > start


def extract(doc: Document) -> ExtractorResult:
    weasels = _weasels_from_attribution(doc)
    found = [(s, e, "weasel") for s, e in weasels]
    taken = _Taken(weasels)  # lexicon matches never overlap each other: only weasels count
    sourced = _Taken(sourced_cues(voice_of(doc).attributions))  # "the experts say", named
    hedges_in = sentence_matches(lexicon("hedges"), doc)
    for sent in doc.sentences:
        for m, entry in hedges_in(sent):
            span = m.span()
            if taken.overlaps(*span) or set_aside(doc, sent, *span):
                continue
            if entry.label == "weasel" and sourced.overlaps(*span):
                continue
            if entry.label == "epistemic" and not is_hedge(sent, *span, entry.term):
                continue
            found.append((span[0], span[1], entry.label))
    evidence = [
        Evidence(NAME, label, s, e, doc.text[s:e], _explain(label, doc.text[s:e]),
                 voice_of(doc).voice_at(s, e))
        for s, e, label in sorted(found)
    ]
    return ExtractorResult(NAME, evidence, tally(evidence, LABELS))
