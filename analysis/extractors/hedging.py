"""Hedging: epistemic hedges and vague attribution ("weasel wording").

Epistemic hedges (may, might, reportedly, is believed to...) soften a claim; weasel
wording ("some believe", "critics say", "it is said") hands a claim to people the reader
cannot identify. Weasels come from the hedge lexicon and from the shared attribution
rules (a reporting verb whose source is vague).

Not hedges: *could* of ability ("no one could predict", "so that they could attend"; this
and the other sense rules are in analysis.extractors.sense_rules), any cue inside a name
or title (analysis.extractors.context), and *whether* on its own: a clause it opens names
an open question ("investigating whether the fire was set", "whether he knew is
unclear") without softening anything the writer asserts. The word that carries the doubt
is flagged instead (*unclear*, *question whether*, *doubt*). Szeged annotates such
*whether* as an uncertainty cue, but leaving it out moved its sentence F1 by at most 0.003
(0.797 → 0.795 on the development half, 0.787 → 0.788 on its untouched part), while the
flag audit judged every *whether* flag wrong (five of fresh7's and fresh8's 21 wrong
epistemic flags).
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
)
from analysis.lexicons import lexicon
from analysis.text.attribution_types import Attribution
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
PAST_CONTEXT = re.compile(
    r"\b(?:when (?:he|she|they|i|we) (?:was|were)|as a (?:child|boy|girl))\b", re.I
)


def is_hedge(sent: Sentence, start: int, end: int, term: str) -> bool:
    """Negative rules for ambiguous cues: the month May, 'you may', 'could' of ability,
    and verbs used for something other than a stance."""
    nxt, prev = sent.token_after(end), sent.token_before(start)
    if term == "may":
        return _may(sent, start, sent.text[start - sent.start : end - sent.start], prev, nxt)
    if term == "could":
        return _could(sent, start, end, nxt)
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
                and not a.declined and not _put_to(doc.text, a):  # "Two others have not
            # said who", "He was asked what he thought": nothing handed to unnamed people
            start = min(a.cue[0], a.source[0]) if a.source else a.cue[0]
            spans.append((start, max(a.cue[1], a.source[1] if a.source else a.cue[1])))
    return spans


def _put_to(text: str, a: Attribution) -> bool:
    """A question put to the subject by someone unnamed ("was asked whether"): vague, but
    no claim is handed on (analysis.text.agentless)."""
    return a.source is None and text[a.cue[0] : a.cue[1]].lower() == "asked"


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
