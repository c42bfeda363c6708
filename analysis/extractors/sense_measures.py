"""Sense rules for superlatives that describe rather than inflate (round lexprec3).

Read from the judged-wrong flags of the precision audit's read parts (benchmarks/audit,
fresh3 to fresh5), written for the class, never for one sentence, each with sentences of
its own in tests/test_lexprec3.py:

- a hype word that is here a verb: "sweeping the primaries", "could not bring himself to
  utter";
- an intensifier naming a point of a survey scale: "extremely or very enthusiastic";
- a size word before a physical thing, given plainly: "an enormous honey locust tree",
  "a massive concrete building" (GUIDELINES.md: it describes, it does not inflate);
- an approximator before a figure: "a little more than $12 million" (with "a handful of"
  counted plainly, moved here from sense_rules);
- a booster in an electoral term: "a decisive win" (won by a clear margin), "the decisive
  vote" (the one that decided).
"""

from __future__ import annotations

import re

from analysis.lexicons.lazy import lazy_re

# -ing forms that are verbs when an object follows them ("sweeping the state"), and bare
# forms that are verbs after "to" or a modal ("to utter").
VERB_WHEN_OBJECT = frozenset({"sweeping"})
VERB_AFTER_MODAL = frozenset({"utter"})
OBJECT_AFTER_RE = lazy_re(
    r"\s+(?:the|a|an|his|her|their|its|our|all|every|both|next|this|these|those|\d|"
    r"(?-i:[A-Z]))", re.I)
MODAL_BEFORE_RE = lazy_re(
    r"\b(?:to|can|could|would|will|cannot|not|never|dare|didn['’]t|did)\s+$", re.I)
SCALE_RE = lazy_re(r"\s+or\s+(?:very|somewhat|fairly|quite|extremely)\b", re.I)
SCALE_BEFORE_RE = lazy_re(r"\b(?:very|somewhat|fairly|quite)\s+or\s+$", re.I)
SIZE_WORDS = frozenset("enormous massive huge giant gigantic vast tiny".split())
# Things whose size is seen, not judged.
PHYSICAL_AFTER_RE = lazy_re(
    r"(?:\s+[\w-]+){0,2}?\s+(?:tree|trees|building|buildings|rock|rocks|boulder|boulders|"
    r"crater|hole|screen|screens|flag|flags|banner|banners|stage|tent|statue|ship|ships|"
    r"boat|wave|waves|truck|trucks|house|mansion|warehouse|bridge|wall|tower|dome|"
    r"billboard|portrait|mural|sculpture|cake|pit|trench|dam|tunnel|hangar|arena|stadium)\b",
    re.I)
APPROXIMATORS = frozenset({"little more than", "a little more than"})
FIGURE_AFTER_RE = lazy_re(r"\s*[$£€]?\d", re.I)
ELECTORAL_TERMS = frozenset(
    f"decisive {noun}" for noun in "win wins victory victories vote votes ballot".split())


def used_as_verb(text: str, start: int, end: int) -> bool:
    """"Trump's sweeping next Tuesday's primaries", "could not bring himself to utter"."""
    word = text[start:end].lower()
    if word in VERB_WHEN_OBJECT:
        return OBJECT_AFTER_RE.match(text, end) is not None
    if word in VERB_AFTER_MODAL:
        return MODAL_BEFORE_RE.search(text, max(0, start - 20), start) is not None
    return False


def survey_scale(text: str, start: int, end: int) -> bool:
    """"extremely or very enthusiastic", "very or extremely likely": an answer's scale."""
    return (SCALE_RE.match(text, end) is not None
            or SCALE_BEFORE_RE.search(text, max(0, start - 20), start) is not None)


def physical_size(text: str, start: int, end: int) -> bool:
    """"an enormous honey locust tree": the size of a thing one can see."""
    return (text[start:end].lower() in SIZE_WORDS
            and PHYSICAL_AFTER_RE.match(text, end) is not None)


PLAIN_UNLESS_BELITTLED = frozenset({"a handful of"})
BELITTLING_BEFORE_RE = re.compile(
    r"\b(?:only|just|merely|barely|mere|(?:nothing|no)\s+more\s+than)\s+$", re.I)


def plain_quantity(text: str, start: int, end: int) -> bool:
    """"endorsed a handful of candidates" counts; "only a handful of people" belittles;
    "a little more than $12 million" is a figure, rounded, not belittled."""
    words = " ".join(text[start:end].lower().split())
    if words in APPROXIMATORS:
        return FIGURE_AFTER_RE.match(text, end) is not None
    if words not in PLAIN_UNLESS_BELITTLED:
        return False
    return BELITTLING_BEFORE_RE.search(text, max(0, start - 25), start) is None


def describes(text: str, start: int, end: int) -> bool:
    """Any of the rules above: the word describes, it does not inflate."""
    return (used_as_verb(text, start, end) or survey_scale(text, start, end)
            or physical_size(text, start, end)
            or " ".join(text[start:end].lower().split()) in ELECTORAL_TERMS)
