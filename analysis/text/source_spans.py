"""Where the source phrase of an attribution is: the noun phrase before a cue ("the
mayor said"), the sentence's opening name, an appositive, or the phrase after an inverted
cue ("..., said Ana Ruiz"). The word lists and the classing are in ``analysis.text.sources``.
"""

from __future__ import annotations

import itertools

from analysis.text.document import ABBREVIATIONS, Sentence, Token
from analysis.text.opening_phrases import OPENING_REACH, opening_comma
from analysis.text.sources import (
    BE_FORMS,
    BOUNDARY_WORDS,
    CAMPAIGN_HEADS,
    DETERMINERS,
    FUNCTION_WORDS,
    INSTITUTION_HEADS,
    NOT_NAMES,
    NOT_SUBJECTS,
    PREPOSITIONS,
    PRONOUNS_ANON,
    PRONOUNS_NAMED,
    PUNCT_BOUNDARY,
    QUANTIFIERS,
    ROLE_HEADS,
    SKIP_BEFORE_VERB,
    SPECIFYING,
    STOP_AFTER_SOURCE,
    TITLE_GLUE,
    TITLE_HEADS,
)
from analysis.text.span_repair import (
    clean,
    coordinated_name,
    joined_places,
    name_run,
    relative_start,
    skip_aside,
    skip_paren,
    skippable,
    strip_paren,
)
from analysis.text.subject_gaps import (
    connective,
    fragment,
    opening_noun_phrase,
    set_off,
    skip_time,
)

AUXILIARIES = frozenset("has have had will would".split())
CLAUSE_OPENERS = frozenset("""asked when monday tuesday wednesday thursday friday saturday
    sunday""".split())  # "Asked about it, Ruiz said", "Wednesday, Ruiz said": after the comma
LEAD_ADVERBS = frozenset("now then still yet meanwhile instead later earlier today also".split())
PAREN_REACH = 60  # tokens back from a ")" to look for its "("
# unions asked per cue, made once (a set union made at each test cost more than the test)
PRONOUNS = PRONOUNS_NAMED | PRONOUNS_ANON
OPENING_CLAUSE = PREPOSITIONS | CLAUSE_OPENERS
NO_OPENING_SUBJECT = BOUNDARY_WORDS | PREPOSITIONS | NOT_NAMES | NOT_SUBJECTS
SPEAKER_HEADS = ROLE_HEADS | INSTITUTION_HEADS | CAMPAIGN_HEADS
NAMED_ROLE_HEADS = ROLE_HEADS | TITLE_HEADS | CAMPAIGN_HEADS
NOT_SOURCE_START = PREPOSITIONS | BOUNDARY_WORDS


def _skip_auxiliaries(toks: list[Token], j: int) -> int:
    """Step back over auxiliaries, adverbs and the "to" of "X is here to tell us"."""
    while j >= 0:
        low = toks[j].lower
        adverb = low in SKIP_BEFORE_VERB or (low.endswith("ly") and len(low) > 4
                                             and not toks[j].text[0].isupper())  # "Kelly"
        name_to = low == "to" and j > 0 and toks[j - 1].text[0].isupper()
        floating = low in {"all", "both"} and j > 0 and toks[j - 1].lower in AUXILIARIES
        if not (adverb or name_to or floating):  # "have all attacked"
            break
        j -= 1
    return j


def _scan_back(toks: list[Token], j: int) -> int:
    """Index just before the noun phrase that ends at ``j``; parentheses are kept whole.
    A ")" whose "(" is not within ``PAREN_REACH`` tokens gives no phrase, as one with no
    "(" at all always did: looking further made a run of ") said" quadratic."""
    end = j
    while j >= 0 and end - j < 14:
        t = toks[j]
        if t.text == ")":
            stop = max(-1, j - PAREN_REACH)
            while j > stop and toks[j].text != "(":
                j -= 1
            if j == stop:
                return end  # no "(" in reach: an empty phrase
            j -= 1
            continue
        low = t.lower  # once a token (a property: each read lowers the text again)
        if t.text in PUNCT_BOUNDARY or low in BOUNDARY_WORDS or (
                t.text in "'`" and _quote_mark(toks, j)):
            break
        if low in BE_FORMS and j < end:
            break
        j -= 1
    return j


def _quote_mark(toks: list[Token], j: int) -> bool:
    """A straight or Penn-Treebank quotation mark (',' she said", ",'' she said"): an
    apostrophe or backtick not attached to the word before it, as in "the players' union"."""
    if toks[j].text not in "'`":
        return False
    prev = toks[j - 1] if j > 0 else None
    return prev is None or not prev.is_word or prev.end < toks[j].start


def opening_subject(sent: Sentence, before: int) -> list[Token]:
    """The sentence's opening noun phrase (a pronoun or a capitalised name, with titles and
    a parenthesis), used for "X, who ..., said" and "X did this and said"."""
    toks = sent.tokens[: min(before, OPENING_REACH)]  # not the whole prefix: quadratic
    if not toks:
        return []
    opens, comma = opening_comma(sent.tokens, before, toks[0].lower in OPENING_CLAUSE)
    if opens:  # "In an interview on Sunday, Trump", "Speaking to reporters, Trump"
        if comma is None or before <= comma + 1:
            return []
        toks = sent.tokens[comma + 1 : min(before, comma + 1 + OPENING_REACH)]
        before -= comma + 1
        if not toks or toks[0].lower in PREPOSITIONS:
            return []
    if len(toks) > 1 and toks[0].lower in LEAD_ADVERBS:
        toks = toks[1:]  # "Now Donald Trump ...", "Then legislatures ..."
    if toks[0].lower in PRONOUNS:
        return toks[:1]
    if toks[0].lower in DETERMINERS and len(toks) > 1 and toks[1].text[0].isupper():
        return _determined_name(toks)  # "The State Department ... and says"
    if toks[0].lower in NO_OPENING_SUBJECT:
        return []  # "It is over, said Mr. Burman": "It" is not the one who speaks
    out: list[Token] = []
    for t in toks:
        if t.is_word and (t.text[0].isupper() or t.lower in TITLE_GLUE) or t.text in "().-":
            out.append(t)
        else:
            break
    if len(out) == OPENING_REACH < before:
        return []  # the run goes on past the reach: longer than any name
    if len(out) == 1 and out[0].lower in QUANTIFIERS:
        return []  # "Several candidates, ...": a capitalised quantifier, no name
    if len(out) < len(toks) and toks[len(out)].text == ":":
        return []  # "Exponential Surge: ..., Reveals South Korea": a title's label
    while out and not out[-1].is_word and out[-1].text != ")":
        out.pop()
    if out and out[-1].lower.endswith(("'s", "’s")):
        return []  # "Mr. Trump's former campaign manager, ...": a longer phrase
    return out if any(t.text[0].isupper() for t in out) and len(out) <= 10 else []


def _determined_name(toks: list[Token]) -> list[Token]:
    """'The' and the capitalised words after it, with a following role or institution
    head: "The Arizona Republican", "The Clinton campaign"."""
    end = 1
    while end < len(toks) and end < 6 and toks[end].is_word and toks[end].text[0].isupper():
        end += 1
    if end < len(toks) and toks[end].lower in SPEAKER_HEADS:
        end += 1
    return toks[:end]


def appositive_subject(sent: Sentence, comma: int) -> list[Token]:
    """The name before an appositive or aside that ends at ``comma`` ("Kevin Brady,
    chairman of the committee, said"), or the appositive ("The minister, Lou Jiwei, said")."""
    toks = sent.tokens
    commas = list(itertools.islice((i for i in range(comma - 1, -1, -1) if toks[i].text == ","),
                                   2))  # the two commas before: not every comma back
    if not commas:
        return []
    start = commas[1] + 1 if len(commas) > 1 else 0
    before, aside = clean(toks[start : commas[0]]), toks[commas[0] + 1 : comma]
    if connective(aside):
        return before  # "Proponents of the bill, however, say"
    core = strip_paren(before)  # "Rep. Jim Jordan (R-Ohio), an oversight panel member,"
    if core and name_run(aside) and core[-1].lower in NAMED_ROLE_HEADS:
        return before + toks[commas[0] : comma]  # "the Vatican spokesman, Federico Lombardi,"
    for phrase in (core, aside):
        if _source_like(phrase, sent.start):
            return before if phrase is core else phrase
    if _determined_noun(before) and aside and aside[0].lower in PREPOSITIONS:
        return before  # "The board, in March, said": a noun phrase, then an aside
    return []


def _determined_noun(phrase: list[Token]) -> bool:
    """A short phrase of a determiner and lowercase words: "the board", "a local group"."""
    return 2 <= len(phrase) <= 4 and phrase[0].lower in DETERMINERS \
        and all(t.is_word and t.text.islower() for t in phrase[1:]) \
        and phrase[-1].lower not in FUNCTION_WORDS


def _source_like(phrase: list[Token], sentence_start: int) -> bool:
    """A short noun phrase ending in a name or a role: a plausible speaker."""
    if not phrase or len(phrase) > 8 or phrase[-1].lower in FUNCTION_WORDS:
        return False
    if phrase[0].lower in NOT_SOURCE_START:
        return False
    head = phrase[-1]
    named = head.text[0].isupper() and head.start != sentence_start
    return named or head.lower in SPEAKER_HEADS


def trailing_name(phrase: list[Token]) -> list[Token]:
    """The noun phrase that ends ``phrase``: from its last determiner ("In 2001 an arbitration
    panel"), else its closing run of capitalised words ("... the Washington Post Trump")."""
    for k in range(len(phrase) - 1, 0, -1):
        if phrase[k].lower in {"a", "an", "the"} and k < len(phrase) - 1:
            tail = phrase[k:]
            if not any(t.lower in PREPOSITIONS for t in tail):
                return tail
            break
    if phrase and phrase[-1].lower in PRONOUNS:
        return phrase[-1:]  # "On Tuesday night he"
    while phrase and phrase[-1].text == ")" and "(" in {t.text for t in phrase}:
        phrase = phrase[: max(k for k, t in enumerate(phrase) if t.text == "(")]  # "(R-Fla.)"
    out: list[Token] = []
    for t in reversed(phrase):
        if not (t.is_word and t.text[0].isupper() or out and _abbreviation_dot(t, out[0])):
            break
        out.insert(0, t)
    return out[-4:]


def subject_before(sent: Sentence, idx: int) -> list[Token]:
    """The noun phrase ending just before token ``idx`` (the cue), skipping auxiliaries."""
    toks = sent.tokens
    j = _skip_auxiliaries(toks, skip_time(toks, _skip_auxiliaries(toks, idx - 1)))
    while j >= 0 and skippable(toks, j, toks[idx]):  # "he did not say", "is not saying"
        j = _skip_auxiliaries(toks, j - 1)
    j = skip_aside(toks, j)  # "The justice -- who has ... -- said"
    if j >= 0 and toks[j].text == ")" and idx - j == 1:
        j = skip_paren(toks, j)  # "Sen. Ana Ruiz (a Democrat so boyish ...) says"
    if j >= 0 and (toks[j].text == "," or toks[j].lower in {"and", "but"}):
        if toks[j].text == "," and j > 0 and toks[j - 1].text in "”\"’'":
            return []  # '"...," Rep. X said' is handled by the phrase after the cue
        opening = opening_subject(sent, j)
        opening = [] if fragment(opening) else opening  # "His [campaign manager], ..."
        if not opening and toks[j].lower in {"and", "but"}:
            opening = opening_noun_phrase(toks, j)  # "A neighbor came in and told"
        if not opening and toks[j].text == "," and not _reduced_clause(toks, idx):
            opening = appositive_subject(sent, j) or set_off(opening_noun_phrase(toks, j), toks)
        return opening  # "The former governor, who ..., noted"
    if j >= 0 and toks[j].lower in {"who", "which"}:  # "X, who ..., said": the antecedent
        j = j - 2 if j > 0 and toks[j - 1].text == "," else j - 1
    start = _scan_back(toks, j)
    if start > 0 and relative_start(toks, start):
        start = _scan_back(toks, start - 1)  # "sources who reviewed them told"
    if joined_places(toks, start):
        start = _scan_back(toks, start - 1)  # "Pilots in Maine and in Ohio say"
    start = coordinated_name(toks, start)  # "Trump and his attorneys said"
    phrase = clean(toks[start + 1 : j + 1])
    if phrase and (phrase[-1].lower in FUNCTION_WORDS or _participle_clause(phrase)):
        return []
    if len(phrase) > 14 or len(phrase) > 10 and not any(t.lower in SPECIFYING for t in phrase):
        return trailing_name(phrase)  # not "A U.S. official familiar with the case", 14
    return phrase


def _participle_clause(phrase: list[Token]) -> bool:
    """A lone lowercase -ing word opens a clause ("having said", "considering announcing",
    "something promising"). After a noun it is part of the subject: a participle ("people
    waiting said") or an -ing noun ("the filing says", "exit polling showed")."""
    last = phrase[-1]
    return len(phrase) == 1 and last.lower.endswith("ing") and not last.text[0].isupper()


def _reduced_clause(toks: list[Token], idx: int) -> bool:
    """"The ship, said to be the largest": a reduced passive, not a report."""
    return idx + 1 < len(toks) and toks[idx + 1].lower in {"to", "by"}


def phrase_after(sent: Sentence, idx: int, limit: int = 10, cut: bool = False) -> list[Token]:
    """The phrase after token ``idx`` up to punctuation or a clause word; a phrase that runs
    to ``limit`` tokens is no phrase, or with ``cut`` its first ``limit`` tokens ("according
    to this month's figures from the U.N.'s humanitarian affairs office")."""
    out: list[Token] = []
    toks = sent.tokens
    for k in range(idx + 1, len(toks)):  # by index: a copy of the rest was quadratic
        t = toks[k]
        if out and _abbreviation_dot(out[-1], t):
            out.append(t)  # "said Mr. Burman", "said Paul H. Chipok": not counted
            limit += 1
            continue
        if t.text in PUNCT_BOUNDARY or t.text in ".!?" or t.lower in BOUNDARY_WORDS:
            break
        if out and t.lower in STOP_AFTER_SOURCE:
            break
        out.append(t)
        if len(out) >= limit:
            return out if cut else []
    while out and out[-1].text == ".":
        out.pop()
    return out


def _abbreviation_dot(prev: Token, t: Token) -> bool:
    """The full stop of a title or an initial ("Mr.", "H."), which does not end a name."""
    if t.text != "." or prev.end != t.start:
        return False
    return prev.lower in ABBREVIATIONS or (len(prev.text) == 1 and prev.text.isupper())


def span_of(tokens: list[Token]) -> tuple[int, int] | None:
    return (tokens[0].start, tokens[-1].end) if tokens else None


