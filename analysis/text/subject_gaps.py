"""What may stand between a speaker and the verb of saying, so that the speaker is still
found: a time adverbial ("Feinstein last week said", "The senator on Tuesday told"), a
connective set off by commas ("Proponents of the bill, however, say"). And an opening
that is only the start of a longer phrase ("His campaign manager, Jeff Weaver, says": not
"His"). Written from the phenomenon (news style puts these between subject and verb); used by
``analysis.text.source_spans.subject_before``.
"""

from __future__ import annotations

from analysis.text.complements import CLAUSE_ONLY
from analysis.text.cue_sense import SPEAKERS, UNIQUE_HEADS
from analysis.text.document import Token
from analysis.text.sources import NOUNLIKE

TIME_NOUNS = frozenset("""week month year night weekend morning afternoon evening summer fall
    spring winter monday tuesday wednesday thursday friday saturday sunday""".split())
TIME_WORDS = frozenset("yesterday today tonight".split())
TIME_OPENERS = frozenset("last this on earlier late early".split())
CONNECTIVES = frozenset("""however though too meanwhile moreover instead also nonetheless
    nevertheless likewise indeed therefore thus similarly""".split())
CONNECTIVE_PHRASES = (("in", "turn"), ("for", "example"), ("for", "instance"), ("in", "fact"),
                      ("for", "their", "part"), ("for", "his", "part"), ("for", "her", "part"),
                      ("for", "its", "part"), ("in", "contrast"), ("of", "course"),
                      ("on", "the", "other", "hand"))
OPEN_ENDS = frozenset("""his her their its our my your the a an of and for""".split())


def skip_time(toks: list[Token], j: int) -> int:
    """The index before a time adverbial that ends at ``j`` ("last week", "on Tuesday",
    "earlier this month", "yesterday"), or ``j`` when there is none."""
    if j < 0:
        return j
    low = toks[j].lower
    if low in TIME_WORDS:
        return j - 1
    if low not in TIME_NOUNS or j < 1:
        return j
    k = j - 1
    if toks[k].lower in {"this", "last", "next"} and k > 0 and toks[k - 1].lower == "earlier":
        k -= 1  # "earlier this month"
    if toks[k].lower not in TIME_OPENERS or not toks[k].text.islower():
        return j
    before = toks[k - 1] if k > 0 else None
    if before is not None and before.text.islower() and before.lower.endswith("ed"):
        return j  # "a poll released last week showed": the time belongs to the subject
    return k - 1


def connective(aside: list[Token]) -> bool:
    """"however", "in turn", "for their part": a connective, not an appositive."""
    words = tuple(t.lower for t in aside if t.is_word)
    return (len(words) == 1 and words[0] in CONNECTIVES) or words in CONNECTIVE_PHRASES


def fragment(opening: list[Token]) -> bool:
    """An opening run that stops inside a longer noun phrase, at a possessive, a determiner
    or "of" ("His [campaign manager], ...", "Proponents of the [new bill], ...")."""
    return bool(opening) and opening[-1].lower in OPEN_ENDS


OPENING_DETERMINERS = frozenset("the a an both".split())
INTRO_ADVERBS = frozenset("""instead still yet meanwhile later earlier now then also however
    indeed""".split())


def opening_noun_phrase(toks: list[Token], before: int) -> list[Token]:
    """The sentence's opening noun phrase when it is a determiner and a head that can speak
    ("The billionaire businessman began ..., saying", "A neighbor came in and told"), after
    an opening adverb and its comma ("Instead, the senator ..."). Names and pronouns are
    ``opening_subject``'s; this is for common nouns, within five words."""
    k = 0
    if len(toks) > 2 and toks[0].lower in INTRO_ADVERBS and toks[1].text == ",":
        k = 2
    if k >= before or toks[k].lower not in OPENING_DETERMINERS:
        return []
    for m in range(k + 1, min(before, k + 6)):
        t = toks[m]
        if not t.is_word or t.lower in STOP_WORDS:
            return []
        if t.lower in SPEAKER_WORDS:
            nxt = toks[m + 1] if m + 1 < len(toks) else None
            if nxt is not None and nxt.is_word and nxt.lower in SPEAKER_WORDS:
                continue  # "the campaign manager": the head is further on
            return toks[k : m + 1] if verb_next(nxt) else []
    return []


IRREGULAR_PAST = frozenset("""began came went said told took made gave spoke wrote stood left
    met sat ran rose got kept put saw felt""".split())
FINITE = frozenset("""has had have is was are were will would could can should may might must
    did does do also then still who""".split())
FINITE_OR_PAST = FINITE | IRREGULAR_PAST
SPEAKER_WORDS = SPEAKERS | UNIQUE_HEADS


def verb_next(t: Token | None) -> bool:
    """After a speaker's head, a verb or an aside ("The official walked", "The mayor, ...",
    "A neighbour came"), not more of the noun ("The median family income")."""
    if t is None:
        return False
    low = t.lower
    return t.text == "," or low in FINITE_OR_PAST or (
        t.text.islower() and (low.endswith(("ed", "ly")) or low.endswith("s")
                              and not low.endswith("ss")))


STOP_WORDS = frozenset("of in at for with on to who that which and or but".split())


def headline_verb(word: str) -> bool:
    """A cue in the third person ("Endorses", "Praises", "Announces") inside a Title Case
    headline is the headline's verb, not part of a name; the words that are also plural
    nouns ("Calls", "Reports", "States") stay part of the name."""
    return word.endswith("s") and not word.endswith("ss") and word not in NOUNLIKE


def set_off(phrase: list[Token], toks: list[Token]) -> list[Token]:
    """``phrase`` when a comma or "who" follows it ("The former governor, who ...,"; "The
    mayor, still stinging ...,"): the subject of a verb after the aside. Without one, the
    words after the opening are its own clause ("The mayor closed the pier, said Ruiz")."""
    k = len(phrase)
    return phrase if phrase and k < len(toks) and toks[k].lower in {",", "who"} else []


def prepositional_subject(subject: list[Token], word: str) -> list[Token]:
    """The speakers in a phrase that opens with a preposition: "with 30 percent of voters
    saying", "with many worried that ..." (an absolute clause: the cue's subject follows
    "with") and "At least half
    of voters say" (a quantity, not a place); else nothing."""
    words = [t.lower for t in subject[:2]]
    if words[:1] == ["with"] and (word.endswith("ing") or word in CLAUSE_ONLY) \
            and len(subject) > 1:  # "with many worried that": a view, its clause checked
        return subject[1:]
    return subject[2:] if words == ["at", "least"] and len(subject) > 2 else []
