"""Complements that decide whether a verb reports: verbs of feeling and doubting only with
a clause after them, "offered" only with words offered, "refused" and "declined" only with words
refused, and the head a base-form verb needs.

PolNeAR and PARC annotate cognition predicates ("voters feel that ...", "critics worry it
will ...") as attributions: a view is handed to the one who holds it. The same verbs are
ordinary verbs with a plain object or a complement ("feel betrayed", "worry about it"), so
they count only when a finite clause follows: "that", or a subject pronoun opening one
("they feel he has ..."). Factive verbs (know, realize, recognize, understand) stay out:
the writer vouches for what they take ("he knew he was watched"), so nothing is handed to
a source, and the seed annotations count them wrong. Used by ``analysis.text.attribution``.
"""

from __future__ import annotations

from analysis.text.document import Sentence, Token
from analysis.text.sources import PLURAL_SUBJECTS

CLAUSE_ONLY = frozenset("""feel feels felt doubt doubts doubted worry worries worried assume
    assumes assumed""".split())
CLAUSE_SUBJECTS = frozenset("""that he she they we i it there you this""".split())


def lacks_complement(sent: Sentence, idx: int, word: str) -> bool:
    """The cue at token ``idx`` needs a complement that is not there: a clause after a verb
    of knowing or feeling, words after "offered"."""
    if word in CLAUSE_ONLY:
        return not clause_follows(sent, idx)
    if word in REFUSING:
        return not words_refused(sent, idx)
    return word == "offered" and not words_offered(sent, idx)


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


REFUSING = frozenset("refused refuses refuse declined declines decline".split())
SPEAKING = frozenset("""comment say speak discuss answer respond elaborate specify confirm
    deny disclose identify name explain talk testify reveal detail address be""".split())
REQUESTS_FOR_WORDS = frozenset("comment comments interview interviews questions".split())


def words_refused(sent: Sentence, idx: int) -> bool:
    """"refused to comment", "declined an interview request": what is refused is words
    ("to" and a verb of speaking, or a request for comment or an interview within the next
    four tokens), not a thing or an act ("refused to budge", "declined her offer")."""
    after = sent.tokens[idx + 1 : idx + 5]
    if len(after) >= 2 and after[0].lower == "to":
        return after[1].lower in SPEAKING
    return any(t.lower in REQUESTS_FOR_WORDS for t in after)


AMOUNTS = frozenset("some many most few several both all percent %".split())  # "32% call"
OF_PHRASE = frozenset("of in at from for with on among".split())


def plural_head(subject: list[Token]) -> bool:
    """A subject that a base-form verb can follow: a plural pronoun or a head ending in -s,
    the head being the word before a prepositional phrase ("Supporters of the law [hope]",
    "Critics in the party [warn]"), where the last word ("law") is not the head."""
    if not subject:
        return False
    cut = next((k for k, t in enumerate(subject) if k and t.lower in OF_PHRASE), len(subject))
    heads = {subject[-1].lower, subject[cut - 1].lower}
    return any(h in PLURAL_SUBJECTS | AMOUNTS or h.endswith(("s", "%")) for h in heads)


AGENTIVE = ("ists", "ians", "ees", "ers", "ors")  # "activists", "attendees", "contenders"


def agentive(subject: list[Token]) -> bool:
    """A plural head that names people by what they do ("activists", "attendees", "the four
    contenders"): formed with an agent suffix, in a phrase of lowercase words (a capitalised
    modifier, "GOP leaders", "World Bank watchers", is labelled as a name: left out)."""
    words = [t for t in subject if t.is_word]
    return bool(words) and all(t.text.islower() for t in words) and len(words[-1].text) > 5 \
        and words[-1].lower.endswith(AGENTIVE)


TITLES = frozenset("mr mrs ms dr sen rep gov gen st jr lt col sgt prof".split())


def title_dot(toks: list[Token], k: int) -> bool:
    """The full stop at ``toks[k]`` closes a title's abbreviation ("Mrs. Schlafly"), not a
    sentence."""
    return k > 0 and toks[k].text == "." and toks[k - 1].lower in TITLES


OBJECTS = frozenset("it him them us me himself themselves itself".split())


def object_next(sent: Sentence, idx: int) -> bool:
    """An object pronoun right after the word makes it a verb ("the newspaper calls it
    ...", "the ad slams him"): a noun ("the calls") is never followed by one."""
    return idx + 1 < len(sent.tokens) and sent.tokens[idx + 1].lower in OBJECTS
