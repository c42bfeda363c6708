"""Sense rules for the word lists: when a listed word is used in a sense the list is not about.

Found by judging flags on mainstream news (benchmarks/audit, the develop part), written
for the phenomenon, never for one sentence, each with sentences of its own in
tests/test_lexprec.py. The cue words below come from a reading of English grammar
(Quirk et al. 1985 on modal *could* and the senses of *believe* and
*think*; Huddleston & Pullum 2002 on superlatives of rank and of degree), not from any
annotated corpus.

- hedging (*whether* is no hedge at all: analysis.extractors.hedging): *think* of
  ability or of independence ("I can't think", "think for yourself");
  *believe* of trust or faith ("believe him", "believe in God"), *think* in "what he
  thought"; *accused* in the active ("she accused the committee of"); *possibly* before
  *can*; a noun naming a claim ("the allegation was false"), unless the claim follows it
  ("rumors that ...").
- superlatives: a measured superlative bounded in time or place ("the largest audience
  since 1976", "the biggest day of balloting yet", "the state's largest newspaper") or
  given with its count ("the largest caucus with 178 members"); a
  superlative picking out a subgroup of people ("the most passionate backers"); one that
  is denied ("not the best way"); one asked about in an embedded question ("which
  candidate is the best advocate"); the idioms "wish them the best", "do their best",
  "looms largest".
"""

from __future__ import annotations

import re

from analysis.lexicons import Lexicon
from analysis.lexicons.lazy import lazy_re
from analysis.text.document import Sentence, Token

# -- hedging -------------------------------------------------------------------------------
ABILITY_BEFORE_THINK_RE = re.compile(
    r"\b(?:can|cannot|can['’]t|could|couldn['’]t|able to|unable to)\s+$", re.I)
TRUSTED = frozenset("him her me us them".split())
PASSIVE_AUX = frozenset("was were is are be been being get gets got".split())


CLAIM_NOUNS = frozenset(
    "allegation allegations accusation accusations rumor rumors rumour rumours".split())


def claim_reported(nxt: Token | None) -> bool:
    """A noun naming a claim ("the allegation was false", "birther rumors") is no hedge; with
    its content after it ("rumors that he would resign", "allegations of fraud") it presents
    that content as unconfirmed."""
    return nxt is not None and nxt.lower in {"that", "of"}


def think_not_stance(sent: Sentence, start: int, nxt: Token | None) -> bool:
    """"I can't think of", "think for yourself": ability or independence; "asked what he
    thought": an opinion asked for, not a view held."""
    if nxt is not None and nxt.lower == "for":
        return True
    i = sent.token_index(start)
    if i is not None and any(t.lower == "what" for t in sent.tokens[max(0, i - 3) : i]):
        return True
    return ABILITY_BEFORE_THINK_RE.search(
        sent.text, max(0, start - sent.start - 15), start - sent.start) is not None


def believe_not_stance(sent: Sentence, end: int, nxt: Token | None) -> bool:
    """"a reason to believe him", "believe in God": trust or faith, not a view of a claim
    ("believe him to be" is a view)."""
    if nxt is None:
        return False
    if nxt.lower == "in":
        return True
    if nxt.lower not in TRUSTED:
        return False
    after = sent.token_after(nxt.end)
    return after is None or after.lower != "to"


def accused_active(sent: Sentence, start: int, end: int) -> bool:
    """"Stein accused the committee of ...": an act of accusing, reported; the passive or
    participle ("was accused of", "a professor, accused by the government of") presents
    the charge as unproven, like *alleged*, and stays a hedge."""
    prev, nxt = sent.token_before(start), sent.token_after(end)
    if prev is not None and prev.lower in PASSIVE_AUX:
        return False
    return not (nxt is not None and nxt.lower in {"of", "by"})


def possibly_can(nxt: Token | None) -> bool:
    """"as much as I possibly can": *possibly* stretching an ability, not a doubt."""
    return nxt is not None and nxt.lower in {"can", "could", "can't", "cannot"}


# -- superlatives --------------------------------------------------------------------------
# Measured dimensions only: "biggest" is left out, as news uses it as often for importance
# ("his biggest hit", "the biggest threat") as for size.
DIMENSIONS = (r"largest|smallest|highest|lowest|longest|shortest|oldest|youngest|"
              r"fastest|slowest|richest|poorest|tallest|deepest|heaviest|busiest|costliest|"
              r"deadliest|(?:most|least)\s+(?:liked|disliked|popular|unpopular|watched|viewed|"
              r"visited)")
DIMENSION_RE = lazy_re(rf"(?:the\s+)?(?:{DIMENSIONS})$", re.I)
# A frame that bounds a ranking in time or place: "since 1976", "yet", "on record".
BOUNDED_AFTER_RE = lazy_re(
    r"(?:[\s-]+[\w-]+){0,6}?[\s,]+(?:since|yet|on\s+record|in\s+(?:the\s+)?(?:\w+\s+)?history|"
    r"to\s+date|so\s+far|of\s+all\s+time|in\s+(?:the|its|their)\s+(?:country|nation|world|"
    r"state|region|city|county|league)"
    # or measured by a count given with it: "the largest caucus on Capitol Hill with 178
    # members", "the highest peak, at 8,849 metres"
    r"|(?:with|at|of|totaling|totalling|numbering)\s+(?:about\s+|nearly\s+|almost\s+|"
    r"roughly\s+|some\s+|over\s+|more\s+than\s+)?[$£€]?\d+)\b", re.I)
PLACE_OWNER_RE = lazy_re(
    r"\b(?:(?:the|this|last)\s+(?:state|nation|country|city|world|region|county|continent|area|"
    r"party|year|decade|century|season|month|week)|America|Europe|history)['’]s\s+$", re.I)
CARDINALS = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)"
CARDINAL_BEFORE_RE = re.compile(rf"\b{CARDINALS}\s+$", re.I)
# Any superlative after a determiner and a cardinal ranks among a counted few.
COUNTED_BEFORE_RE = re.compile(
    rf"\b(?:the|its|their|his|her|our|[a-z]+['’]s)\s+{CARDINALS}\s+$", re.I)
# A frame of ranking flagged on its own ("in history"): a ranking when a measured
# superlative stands a few words before it.
FRAMES = frozenset({"in history", "ever", "of all time", "on record"})
DIMENSION_BEFORE_RE = lazy_re(rf"\b(?:{DIMENSIONS})\b(?:\s+[\w-]+){{0,5}}\s+$", re.I)
PEOPLE_AFTER_RE = lazy_re(
    r"\s+(?:supporters|backers|fans|followers|voters|members|activists|critics|opponents|"
    r"allies|advocates|donors|defenders|loyalists|partisans|adherents|admirers|readers|"
    r"viewers|customers|users|students|players|wing|wings|faction|factions|flank)\b", re.I)
SUBGROUP_DEGREE = ("most ", "least ", "biggest", "strongest", "staunchest", "loudest",
                   "fiercest", "harshest")
DENIED_BEFORE_RE = re.compile(
    r"\b(?:not|n['’]t|never|hardly)\s+(?:(?:necessarily|exactly|always|really|even)\s+)?"
    r"(?:the\s+|a\s+|his\s+|her\s+|their\s+|its\s+)?$", re.I)
ASKED_BEFORE_RE = lazy_re(
    r"\b(?:which|what)\s+(?:[\w-]+\s+){0,2}(?:is|was|are|were|would\s+be|will\s+be|"
    r"might\s+be|could\s+be)\s+(?:the\s+)?$", re.I)
IDIOM_BEFORE_RE = lazy_re(
    r"\b(?:(?:wish|wishes|wished|wishing)\s+(?:\w+\s+){1,2}(?:all\s+)?"
    r"|(?:do|does|did|doing|done|try|tries|tried|trying)\s+(?:my|your|his|her|our|their|its)\s+"
    r"|(?:loom|looms|loomed|looming)\s+)$",
    re.I)


def counted(text: str, start: int) -> bool:
    """"the two biggest winner-take-all prizes", "Florida's three largest cities": any
    superlative ranked among a counted few (``bounded_ranking`` takes a bare cardinal, "the
    eight largest deals", for measured dimensions only)."""
    return COUNTED_BEFORE_RE.search(text, max(0, start - 30), start) is not None


def bounded_ranking(text: str, start: int, end: int) -> bool:
    """"the largest audience since 1976", "the biggest day of balloting yet", "the state's
    largest newspaper", "the year's biggest deals", "the eight largest deals": a measured
    superlative ranked within a span of time or a place, or among a counted few; and the
    frame of such a ranking ("the least liked candidates in history")."""
    if " ".join(text[start:end].lower().split()) in FRAMES:
        return DIMENSION_BEFORE_RE.search(text, max(0, start - 90), start) is not None
    if not DIMENSION_RE.search(text[start:end]):
        return False
    if PLACE_OWNER_RE.search(text, max(0, start - 25), start) or CARDINAL_BEFORE_RE.search(
            text, max(0, start - 12), start):
        return True
    stop = text.find(".", end, end + 80)
    window_end = stop if stop != -1 else min(len(text), end + 80)
    return BOUNDED_AFTER_RE.match(text, end, window_end) is not None


def subgroup(text: str, start: int, end: int) -> bool:
    """"the most passionate backers of the senator", "the biggest critics", "the most
    leftward wing": degree picking out some people."""
    return PEOPLE_AFTER_RE.match(text, end) is not None and text[start:end].lower().startswith(
        SUBGROUP_DEGREE)


def denied(text: str, start: int) -> bool:
    """"not the best way": a superlative denied claims nothing big."""
    return DENIED_BEFORE_RE.search(text, max(0, start - 30), start) is not None


def asked_or_idiom(text: str, start: int) -> bool:
    """"which candidate is the best advocate" (asked about), "wishes them the best", "do
    their best" (idioms)."""
    before = max(0, start - 40)
    return (ASKED_BEFORE_RE.search(text, before, start) is not None
            or IDIOM_BEFORE_RE.search(text, before, start) is not None)


# -- name-calling --------------------------------------------------------------------------
# Political and religious terms news uses to describe ("Islamists", "far-right groups",
# "white supremacists", "radical groups", "criminal gangs"): labels only when someone is
# called one, or a loaded word stands beside them.
DESCRIPTIVE = frozenset(
    """left-wing right-wing rightwing leftwing far-left far-right alt-right islamist
    islamists jihadist jihadists extremist extremists supremacist supremacists radical
    radicals gang gangs""".split()
)
KINDRED = DESCRIPTIVE | {"radicalized", "radicalised", "extremism", "radicalism"}
CALLING = frozenset(
    """call calls called calling brand brands branded branding label labels labeled
    labelled labeling labelling dub dubs dubbed denounce denounced denouncing""".split()
)
DENOUNCING = frozenset("denounce denounced denouncing".split())
POLITICAL_SIDES = frozenset(
    """left right leftist leftists liberal liberals socialist socialists progressive
    progressives conservative conservatives democrats republicans feminists
    environmentalists""".split()
)
# "so-called" sneers only at people: "so-called experts", not "the so-called surge".
PEOPLE = frozenset(
    """expert experts journalist journalists reporter reporters judge judges president
    leader leaders establishment elite elites friend friends ally allies scientist
    scientists media news moderate moderates liberals conservatives progressives patriots
    activists reformers reformer champion champions christians feminists intellectuals
    authorities analysts professionals leadership democrats republicans populists
    conservative liberal progressive moderate patriot activist christian feminist
    intellectual analyst professional democrat republican populist""".split()
)
QUOTES = frozenset("“\"‘'")


def so_called_naming(sent: Sentence, end: int) -> bool:
    """"the so-called surge", "the so-called Latin Quarter": a name or coined term is
    introduced, unless the words after it are a person or group ("so-called experts")."""
    nxt = sent.token_after(end)
    i = sent.token_index(nxt.start) if nxt is not None else None
    if i is None:
        return True
    for t in sent.tokens[i : i + 4]:
        if t.lower in PEOPLE:
            return False
        if not t.is_word and t.text not in QUOTES:
            break
    return True


def described(sent: Sentence, start: int, end: int, term: str, charged: Lexicon) -> bool:
    """A descriptive political or religious term used as a description: nobody is called
    it ("branded them extremists"), it is not in scare quotes, no charged word qualifies it
    ("hateful extremists") and no other label stacks on it ("far-right thugs"), and
    "radical" does not qualify a political side ("radical leftists")."""
    if term not in DESCRIPTIVE:
        return False
    i = sent.token_index(start)
    if i is None:
        return False
    toks = sent.tokens
    if any(toks[k].lower in CALLING and (toks[k].lower not in DENOUNCING or any(
            t.lower == "as" for t in toks[k + 1 : i])) for k in range(max(0, i - 4), i)):
        return False  # "branded them extremists"; "denounce" only with "as" (not "denounce X")
    if i > 0 and (toks[i - 1].text in QUOTES or _charged(toks[i - 1], charged)):
        return False  # in scare quotes, or qualified: "hateful extremists"
    nxt = sent.token_after(end)
    if term in {"radical", "radicals"} and nxt is not None and nxt.lower in POLITICAL_SIDES:
        return False
    return not any(_charged(t, charged) == "name_calling" for t in toks[i + 1 : i + 3])


def _charged(tok: Token, charged: Lexicon) -> str:
    """The lexicon label of a charged word that is not itself a descriptive term, or ""."""
    if not tok.is_word or tok.lower in KINDRED or not charged.regex.fullmatch(tok.text):
        return ""
    return charged.lookup(tok.text).label


MENTION_NOUNS = frozenset("term terms word words phrase label labels slogan expression".split())
OBJECT_OPENERS = frozenset("this that these those the a an his her their its our my".split())


def mentioned_or_verb(sent: Sentence, start: int, end: int) -> bool:
    """A label mentioned, not used ("the charged term, \"radical Islam\""), or a label
    noun used as a verb with its object ("try and demagogue this issue")."""
    i = sent.token_index(start)
    if i is None:
        return False
    before = [t for t in sent.tokens[max(0, i - 3) : i] if t.is_word]
    if before and before[-1].lower in MENTION_NOUNS:
        return True
    nxt = sent.token_after(end)
    prev = sent.token_before(start)
    return (nxt is not None and nxt.lower in OBJECT_OPENERS and prev is not None
            and prev.lower in {"to", "and", "will", "would", "can", "could", "might"})
