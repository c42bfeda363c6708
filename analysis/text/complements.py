"""Verbs of knowing and feeling as attribution cues, only with a clause after them.

PolNeAR and PARC annotate cognition predicates ("voters feel that ...", "he knew the plan
would fail") as attributions: a view is handed to the one who holds it. The same verbs
are ordinary verbs with a plain object or a complement ("feel betrayed", "know me", "do
not know how many"), so they count only when a finite clause follows: "that", or a
subject pronoun opening one ("they feel he has ..."). Used by
``analysis.text.attribution``.
"""

from __future__ import annotations

from analysis.text.document import Sentence

CLAUSE_ONLY = frozenset("""feel feels felt know knows knew understand understands understood
    realize realizes realized realise realises realised recognize recognizes recognized
    doubt doubts doubted worry worries worried assume assumes assumed""".split())
CLAUSE_SUBJECTS = frozenset("""that he she they we i it there you this""".split())


def needs_clause(word: str) -> bool:
    """A cue that counts only with a clause after it."""
    return word in CLAUSE_ONLY


def clause_follows(sent: Sentence, idx: int) -> bool:
    """"feel that ...", "knew he would ...": a finite clause opens after the verb at
    ``idx`` (over adverbs: "feel strongly that")."""
    toks = sent.tokens
    k = idx + 1
    while k < len(toks) - 1 and toks[k].lower.endswith("ly"):
        k += 1
    if k >= len(toks):
        return False
    nxt = toks[k].lower.replace("’", "'")
    if "'" in nxt:
        nxt = nxt.split("'")[0]  # "he's", "it's"
    return nxt in CLAUSE_SUBJECTS


# "offered" reports only when what is offered is words: "offered his assessment", "offered
# a halting response", not "offered an olive branch" or "offered to cover the cost".
WORDS_OFFERED = frozenset("""assessment assessments response responses retort praise criticism
    critique thoughts words apology apologies explanation explanations defense defence
    condolences prayers promise promises reassurance reassurances advice comment comments
    remarks view views opinion opinions prediction predictions warning warnings answer
    answers evaluation argument arguments rebuttal suggestion suggestions ideas idea
    details account explanation theory testimony endorsement congratulations thanks
    tribute glimpse""".split()) - {"glimpse"}


def words_offered(sent: Sentence, idx: int) -> bool:
    """"offered a halting response", "offered few ideas": words within the next five tokens,
    before any punctuation."""
    for t in sent.tokens[idx + 1 : idx + 6]:
        if not t.is_word:
            return False
        if t.lower in WORDS_OFFERED:
            return True
    return False
