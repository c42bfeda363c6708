"""Superlatives held by someone (issue 11, item 3).

A superlative or booster inside what a sentence hands to someone is that holder's view, not
the writer's, even where no attribution cue fires. ``held_by`` finds the holder when the
word stands in the complement of:

- a verb or participle of saying, believing or fearing, with a *that*-clause or a bare
  clause ("the leadership fears that sweeping closures", "..., believing that they pose the
  greatest danger", "aides think the biggest risk is");
- a stance noun, its holder in a *by/from/among* phrase, a possessive or, after a
  preposition, the clause's subject ("complaints by the Treasury secretary, Jacob J. Lew,
  that China's huge surpluses", "his belief that", "on the assumption that");
- a verb of describing or judging with *as* ("paints herself as someone deeply involved");
- a poll that measures it in its sentence ("..., a new poll finds", "poll respondents").

Holders are found with the attribution layer's span rules and classed by its
``classify_source``; only a named or anonymous one counts: a vague one ("almost everyone
agrees", "critics fear") hands the word to no one the reader can place, as vague
attributions do elsewhere in the extractor, and *I/we* is the writer. Cue words come from
grammars and verb inventories, not from the audited articles: the reporting verbs of the
attribution lexicon (PARC 3.0, PolNeAR, Bergler 1992), private verbs (Quirk et al. 1985
§16.33), stance nouns taking a *that*-clause (Biber et al. 1999 §8.13), and Levin's (1993)
characterize (§29.2), dub (§29.3) and judgement (§33) verbs for *as*.
"""

from __future__ import annotations

from analysis.lexicons import entries
from analysis.text.cue_sense import speaker_head
from analysis.text.document import Document, Sentence, Token
from analysis.text.source_context import negation_before
from analysis.text.source_spans import opening_subject, span_of, subject_before
from analysis.text.sources import (
    CAMPAIGN_HEADS,
    GENERIC_HEADS,
    PREPOSITIONS,
    ROLE_HEADS,
    TITLE_HEADS,
    classify_source,
)
from analysis.text.subject_gaps import opening_noun_phrase


def _forms(bases: str) -> frozenset[str]:
    """Each base with its -s, -ed and -ing forms (regular spelling; irregular forms are
    listed as they are)."""
    out: set[str] = set()
    for b in bases.split():
        stem = b[:-1] if b.endswith("e") else b
        out |= {b, b + "s" if not b.endswith("y") else b[:-1] + "ies",
                stem + "ed" if not b.endswith("y") else b[:-1] + "ied", stem + "ing"}
    return frozenset(out)


# Private verbs (Quirk et al. 1985 §16.33) that take a clause: belief, fear, agreement.
PRIVATE = _forms("believe fear worry suspect assume suppose agree hope expect doubt feel "
                 "reckon figure conclude") | frozenset(
    "think thinks thought thinking felt agreeing".split())
REPORTING = frozenset(e.term for e in entries("attribution_cues")
                      if e.label == "verb" and " " not in e.term)
# Evidence verbs ("documents show he took a massive loss") measure the figure, not the
# writer's word for it; a poll that measures the claim is _polled's.
EVIDENCE_VERBS = frozenset("""show shows showed shown find finds found indicate indicates
    indicated suggest suggests suggested""".split())
CLAUSE_VERBS = (PRIVATE | REPORTING) - EVIDENCE_VERBS
# Verbs that take a clause without "that" (Quirk et al. 1985 §16.32: "I think it's
# right", "she said the deal was off").
BARE_VERBS = PRIVATE | _forms("insist claim argue warn predict") | frozenset(
    "say says said saying".split())
# Nouns of stance that take a that-clause (Biber et al. 1999 §8.13).
STANCE_NOUNS = frozenset(
    """belief beliefs fear fears worry worries concern concerns claim claims complaint
    complaints warning warnings view views argument arguments assertion assertions
    allegation allegations charge charges suggestion suggestions insistence conviction
    hope hopes assumption assumptions suspicion suspicions contention feeling feelings
    opinion opinions notion impression sense""".split())
# Characterize (Levin 1993 §29.2), dub (§29.3) and judgement (§33) verbs, with "as".
AS_VERBS = _forms(
    "cast characterize characterise define depict describe hail paint portray praise "
    "present regard remember represent revere view treat bill brand dub label tout "
    "denounce deride dismiss revile condemn criticize criticise ridicule vilify "
    "consider rate rank") | frozenset("see sees saw seen seeing dubbed dubbing".split())
HOLDER_PREPS = frozenset("by from among".split())
HEADS = ROLE_HEADS | TITLE_HEADS | CAMPAIGN_HEADS | GENERIC_HEADS
COORDINATORS = frozenset("but and yet so".split())
FIRST_PERSON = frozenset("i we me us my our you your".split())
# Heads that hold no view: quantifiers, ordinals, demonstratives, auxiliaries.
NOT_HOLDERS = frozenset("""one it this that these those which what first second third fourth
    fifth last is are was were be been being has have had""".split())
POSSESSIVE_PRONOUNS = frozenset("his her their".split())
FINITE = frozenset("""is are was were will would has have had can could should may might
    must 's ’s""".split())
STOPS = frozenset(";:—–()")
NOT_CLAUSE = frozenset("""that as of about in to why whether if what how who when where
    which""".split())
CLAUSE_BREAKS = frozenset("but while although though whereas yet".split())
REACH = 30  # tokens back from the superlative
NOUN_REACH = 16  # tokens back from "that" to a stance noun with a holder phrase
AS_REACH = 6  # tokens between the verb and "as", and between "as" and the superlative
POLL_NOUNS = frozenset("poll polls survey surveys".split())
SURVEYED = frozenset("respondents polled surveyed".split())
POLL_ADJ = frozenset("new latest recent national same another".split())
Holder = dict[str, object]


def held_by(doc: Document, sent: Sentence, start: int) -> Holder | None:
    """``{"source": [s, e], "source_text": ...}`` for the holder of the view a superlative at
    ``start`` sits in, or None (no predicate, no holder, or a vague or first-person one)."""
    i = sent.token_index(start)
    if i is None:
        return None
    toks = sent.tokens
    for j in range(i - 1, max(-1, i - REACH), -1):
        t = toks[j]
        if j and t.text[:1].isupper():
            continue  # "the United States is", "the Granite State": a name, not a verb
        if t.text in STOPS or (t.lower in CLAUSE_BREAKS and j > 0 and toks[j - 1].text == ","):
            break
        found = (_that_clause(sent, j) if t.lower == "that"
                 else _seen_as(sent, j, i) if t.lower == "as" and i - j <= AS_REACH
                 else _bare_clause(sent, j, i) if t.lower in BARE_VERBS else None)
        if found:
            return _holder(doc, found)
    return _polled(doc, sent)


def _holder(doc: Document, phrase: list[Token]) -> Holder | None:
    span = span_of(phrase)
    if span is None:
        return None
    return {"source": list(span), "source_text": doc.text[span[0] : span[1]]}


def _who(phrase: list[Token], sentence_start: int, possessive: bool = False) -> list[Token]:
    """The phrase if it names or specifies someone (not vague, not the writer); a
    ``possessive`` holder ends in 's ("the union's [claim]")."""
    words = [t for t in phrase if t.is_word]
    if not words or words[-1].lower in FIRST_PERSON or words[0].lower in FIRST_PERSON:
        return []
    if len(words) == 1 and words[0].lower in POSSESSIVE_PRONOUNS:
        return phrase  # "his belief that": the one the pronoun refers to
    cut = next((k for k, t in enumerate(words) if k and t.lower in PREPOSITIONS), len(words))
    head = words[cut - 1].lower
    if head in NOT_HOLDERS or (head.endswith(("'s", "’s")) and not possessive) \
            or not speaker_head(phrase):
        return []  # "a fourth [state]", "Trump's [comments]", "is [seen]": no one holds it
    return phrase if classify_source(phrase, sentence_start) in {"named", "anonymous"} else []


def _verb_subject(sent: Sentence, k: int) -> list[Token]:
    """The subject of the verb at ``k``; for a participle after a comma ("..., believing
    that"), the sentence's opening subject."""
    toks = sent.tokens
    if negation_before(toks, k) >= 0:
        return []  # "would not say why", "refused to say that": nothing is handed over
    if toks[k].lower.endswith("ing") and k > 0 and toks[k - 1].text == ",":
        return _opening(sent, k - 1)
    if k > 0 and toks[k - 1].lower in {"who", "which", "that"}:
        return _who(_trailing_np(subject_before(sent, k)), sent.start)  # "..., who worry"
    return _who(subject_before(sent, k), sent.start)


def _with_head(toks: list[Token], opening: list[Token]) -> list[Token]:
    """"Campaign aides": the capitalised opening with the head nouns after it."""
    if not opening:
        return []
    end = toks.index(opening[-1]) + 1
    while end < len(toks) and toks[end].lower in HEADS:
        end += 1
    return toks[toks.index(opening[0]) : end]


def _trailing_np(phrase: list[Token]) -> list[Token]:
    """The noun phrase that ends ``phrase``, after its last preposition: the antecedent of
    a relative ("a wave of alarm among legal experts, who" -> "legal experts")."""
    k = len(phrase)
    while k > 0 and phrase[k - 1].is_word and phrase[k - 1].lower not in PREPOSITIONS \
            and phrase[k - 1].lower not in HOLDER_PREPS:
        k -= 1
    return phrase[k:]


def _opening(sent: Sentence, before: int) -> list[Token]:
    """The sentence's opening subject as a holder, or the group it includes ("many of the
    people interviewed, including top campaign officials, privately worry ...")."""
    toks = sent.tokens
    opening = (_with_head(toks, opening_subject(sent, before))
               or opening_noun_phrase(toks, before) or _first_phrase(toks, before))
    if not opening or _who(opening, sent.start):
        return _who(opening, sent.start)
    end = toks.index(opening[-1]) + 1
    if end + 1 < before and toks[end].text == "," and toks[end + 1].lower == "including":
        group = _first_phrase(toks[end + 2 :], before - end - 2)
        if group and _who(group, sent.start):
            return toks[toks.index(opening[0]) : toks.index(group[-1]) + 1]
    return []


def _first_phrase(toks: list[Token], before: int) -> list[Token]:
    """The words that open the sentence, after a coordinator, up to a comma, an adverb or
    a verb ("But many of the people interviewed ..., privately worry")."""
    k = 1 if toks and toks[0].lower in COORDINATORS | {"including"} else 0
    out: list[Token] = []
    for t in toks[k : min(before, k + 12)]:
        if not t.is_word or t.lower.endswith("ly") or t.lower in FINITE | CLAUSE_VERBS:
            break
        out.append(t)
    return out


def _that_clause(sent: Sentence, j: int) -> list[Token]:
    """The holder of a that-clause opened at token ``j`` by a verb or stance noun within
    four words before it ("said Tuesday that", "told reporters that", "Lew's complaint
    that"), or by a stance noun whose holder phrase comes between ("complaints by the
    Treasury secretary, Jacob J. Lew, that")."""
    toks = sent.tokens
    for k in range(j - 1, max(-1, j - 5), -1):
        word = toks[k].lower
        if toks[k].text in STOPS or word == "that":
            return []
        if (word in CLAUSE_VERBS or word in STANCE_NOUNS) and not toks[k].text[0].isupper():
            return ((word in CLAUSE_VERBS and _verb_subject(sent, k))
                    or (word in STANCE_NOUNS and _noun_holder(sent, k, j)) or [])
    for k in range(j - 2, max(-1, j - NOUN_REACH), -1):
        if toks[k].text in STOPS or toks[k].lower == "that":
            return []
        if toks[k].lower in STANCE_NOUNS and toks[k + 1].lower in HOLDER_PREPS:
            return _noun_holder(sent, k, j)
    return []


def _noun_holder(sent: Sentence, k: int, j: int) -> list[Token]:
    """"complaints by X that", "fears among officials that", "Lew's complaint that", "his
    belief that"."""
    toks = sent.tokens
    if k + 1 < j and toks[k + 1].lower in HOLDER_PREPS:
        phrase = [t for t in toks[k + 2 : j] if t.text != ","]
        return _who(phrase, sent.start)
    m = k - 1
    while m >= 0 and toks[m].is_word and toks[m].lower.endswith("ly"):
        m -= 1  # "her deeply held belief": over adverbs ...
    if m >= 0 and toks[m].lower in POSSESSIVE_PRONOUNS:
        return [toks[m]]
    if m >= 0 and toks[m].lower.endswith(("'s", "’s")):
        return _who(_trailing_np(subject_before(sent, m + 1)), sent.start, possessive=True)
    if m >= 1 and toks[m].lower == "the" and toks[m - 1].lower in {"on", "in", "under"}:
        return _opening(sent, m - 1)  # "revamped his plans on the assumption that": his
    return []


def _bare_clause(sent: Sentence, k: int, i: int) -> list[Token]:
    """A clause without "that" after a verb of saying or believing: "aides think the
    biggest risk is ...", "officials said the largest ...". A finite verb after the
    superlative's clause opens, and nothing but words between."""
    toks = sent.tokens
    if k + 1 >= len(toks) or toks[k + 1].lower in NOT_CLAUSE:
        return []  # "said of", "thinks about"; "say why": a question, not a claim
    between = toks[k + 1 : i]
    if any(not t.is_word and t.text not in "'’" for t in between):
        return []
    after = toks[i : i + 8]
    if not any(t.lower in FINITE for t in list(between) + list(after)):
        return []
    return _verb_subject(sent, k)


def _seen_as(sent: Sentence, j: int, i: int) -> list[Token]:
    """"X paints herself as someone deeply involved", "reviled by detractors as the worst":
    a verb of describing or judging within six words before ``as``."""
    toks = sent.tokens
    if any(not t.is_word for t in toks[j + 1 : i]):
        return []
    for k in range(j - 1, max(-1, j - AS_REACH), -1):
        if not toks[k].is_word and toks[k].text != ",":
            return []
        if toks[k].lower in AS_VERBS:
            if k + 1 < j and toks[k + 1].lower == "by":
                return _who(toks[k + 2 : j], sent.start)  # the agent of a passive
            return _verb_subject(sent, k)
    return []


def _polled(doc: Document, sent: Sentence) -> list[Token] | None:
    """A poll or survey that measures the sentence's claim: "..., a new poll finds",
    "a survey showed", "poll respondents ...". Returns the poll's phrase as the holder."""
    toks = sent.tokens
    for k, t in enumerate(toks):
        if t.lower in POLL_NOUNS:
            nxt = toks[k + 1].lower if k + 1 < len(toks) else ""
            if nxt in EVIDENCE_VERBS or nxt in SURVEYED:
                return _holder(doc, _poll_phrase(toks, k))
        elif t.lower in SURVEYED and k > 0 and (t.lower == "respondents" or toks[k - 1].lower
                                                 in {"those", "people", "voters", "adults"}):
            return _holder(doc, toks[k - 1 : k + 1])  # "those polled", "the respondents"
    return None


def _poll_phrase(toks: list[Token], k: int) -> list[Token]:
    """The poll's noun phrase: "a new USA TODAY/Suffolk University Poll", "poll
    respondents"."""
    m = k
    while m > 0 and k - m < 8 and (toks[m - 1].text in "/&-" or toks[m - 1].lower in POLL_ADJ
                                   or toks[m - 1].is_word and toks[m - 1].text[0].isupper()):
        m -= 1
    if m > 0 and toks[m - 1].lower in {"the", "a", "an"}:
        m -= 1
    end = k + 2 if k + 1 < len(toks) and toks[k + 1].lower in SURVEYED else k + 1
    return toks[m:end]

