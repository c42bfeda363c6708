"""The speaker of a reporting verb that has no subject of its own, taken from the clause
it continues. News style joins a verb of saying to an earlier clause: a second verb
sharing the subject ("Cruz knocked Rubio on trade and called him a moderate"), a
participle after the clause or after a link word ("The attorney general is suing Trump
for $40 million, claiming ...", "rallied supporters by warning that ..."), a question put
to the speaker ("Christie said when asked whether ...", "Ted Cruz, when asked ...,
responded"), a contracted pronoun ("He's suggesting"), "has since said", a subject before
an aside ("Jennifer Palmieri, a veteran of the White House, declined to comment"), a
relative clause set off by a dash or a quotation mark ("38 percent -- who said"), "went
on to explain", and a base form after an auxiliary ("he did not mention"), which is a
verb and not the noun of the same spelling. The subject is the one of the nearest finite
verb before the cue whose clause is not what someone said ("Trump stood by his comment
that Islam hates us, refusing ..." is Trump's, not Islam's), and it must be able to speak.
Written from the misses of the develop part of PolNeAR's training half
(``benchmarks/attrib_why.py``, ``benchmarks/attrib_added.py``); used by
``analysis.text.attribution`` through two hooks.
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.text.attribution_types import Attribution, content_of
from analysis.text.cue_scope import group_or_evidence, tidy
from analysis.text.cue_sense import LINKS, ordinary_sense, speaker_head, speech_verb
from analysis.text.document import Sentence, Token
from analysis.text.source_spans import (
    appositive_subject,
    opening_subject,
    subject_before,
    trailing_name,
)
from analysis.text.sources import PREPOSITIONS, SKIP_BEFORE_VERB, classify_source
from analysis.text.subject_gaps import FINITE_OR_PAST

JOINS = frozenset("and but or".split())
SUBORDINATORS = frozenset("""that who whom which because if when while as after before since
    although though whether where until unless once""".split())
COMPLEMENTS = frozenset("that whether if".split())  # "reminds viewers that Sanders [did]"
NOT_VERB_BEFORE = frozenset("""a an the his her their its our my your this that these those
    to of for with by some any no every each""".split())
NOMINATIVE = frozenset("he she they we i".split())  # "it" is also an object: "do it with"
NOT_FINITE = frozenset("also then still who".split())  # in FINITE_OR_PAST, but no verb
PUNCT = frozenset(",;:()")
RELATIVES = frozenset("who which that".split())
SET_OFF = frozenset(",—–\"”’'")  # between a noun and its relative clause
CARRY_ON = frozenset("""continue continues continued continuing on had has have moved
    proceeded""".split())  # "went on to explain", "had to explain": the words were said
AUXILIARIES = frozenset("""did does do would will could might may can should must didn't
    doesn't don't wouldn't won't couldn't can't shouldn't""".split())
SAID_BASES = frozenset("""mention comment suggest note criticize criticise report call warn
    urge denounce decry lament announce reiterate claim state""".split())  # of BASE_NOUNLIKE
BELIEF_PARTICIPLES = frozenset("hoping fearing believing worrying thinking".split())
IRREGULAR = frozenset("""shut put set hit cut let led held fought brought bought thought
    sought won lost paid sent spent built heard struck drew threw grew knew chose broke spoke
    wore swore fell fled hid sank sang drove rode wrote gave took made found told""".split())
HYPOTHETICAL = frozenset("would could might should may".split())
REACH = 40  # tokens back to look for the clause's verb
Quoted = Callable[[int], bool]


def clause_source(sent: Sentence, idx: int, word: str, quoted: Quoted,
                  ) -> tuple[str, tuple[int, int] | None] | None:
    """(label, source span) for the verb at ``idx`` from the clause it continues, or None.
    Participles after a comma are ``participle_of_clause``'s."""
    toks = sent.tokens
    j = _skip_adverbs(toks, idx - 1)
    kind = construction(toks, idx, word)
    if any(t.lower in HYPOTHETICAL for t in toks[j + 1 : idx]):
        return None  # "someone ... would say": no one said it
    if kind == "contracted":
        if j and toks[j - 1].lower in {"what", "how"}:
            return None  # "not by what she's said": nothing is reported
        subject = [contracted(toks[j])]  # "He's suggesting", "They've argued"
    elif kind == "joined":  # "Cruz knocked Rubio on trade and called him"
        if speech_verb(toks[j - 1].lower):
            return None  # "will not confirm or deny": one report, flagged at its first verb
        subject = nearest_subject(sent, j - 1 if toks[j - 1].text == "," else j, quoted)
    elif kind == "since":  # "Mrs. Clinton has since said"
        subject = subject_before(sent, j)
    elif kind == "infinitive":  # "went on to call Cruz", "had to explain to Clinton that"
        subject = nearest_subject(sent, j, quoted)
    elif kind == "relative" and speech_verb(word):  # "— 38 percent — who said"
        subject = _antecedent(sent, j, quoted)  # not "a prosecutor who reports to"
    elif kind == "when asked":
        subject = _asked_one(sent, j, quoted)
    elif kind == "appositive":  # "Palmieri, a veteran of the White House, declined to"
        subject = _before_aside(sent, j, quoted) or appositive_subject(sent, j)
    else:
        return None  # no construction, or a relative clause of no saying
    subject = tidy(subject)
    if word.startswith("continue") and idx + 1 < len(toks) and toks[idx + 1].lower == "to":
        return None  # "continued to deliver paid speeches": an ordinary verb
    if not subject or not (speech_verb(word) or speaker_head(subject)):
        return None
    if ordinary_sense(sent, idx, word, subject):
        return None
    return _label(subject, sent), (subject[0].start, subject[-1].end)


def construction(toks: list[Token], idx: int, word: str) -> str:
    """Which of the constructions above the cue at ``idx`` stands in, or ""."""
    j = _skip_adverbs(toks, idx - 1)
    if j < 0:
        return ""
    if contracted(toks[j]) is not None:
        return "contracted"
    if word.split()[0].endswith("ing") or j < 1:
        return ""
    if toks[j].lower == "since" and toks[j - 1].lower in {"has", "have", "had"}:
        return "since"
    if toks[j].lower in RELATIVES or toks[j].lower.replace("’", "'") == "who's":
        return "relative"
    if toks[j].lower in JOINS:
        return "joined"
    if toks[j].lower == "to" and toks[j - 1].lower in CARRY_ON and speech_verb(word):
        return "infinitive"
    if toks[j].lower == "when" and word.startswith("asked") and (
            idx + 1 >= len(toks) or toks[idx + 1].lower != "to"):  # "asked to pick": a request
        return "when asked"
    if toks[j].text == ",":
        return "appositive"
    return ""


def participle_of_clause(sent: Sentence, cue: tuple[int, int], kind: str, word: str,
                         quoted: Quoted) -> Attribution | None:
    """A speech participle after a comma ("is suing Trump ..., claiming ..."): said by the
    subject of the clause before the comma, or None."""
    toks = sent.tokens
    idx = sent.token_index(cue[0])
    nxt = toks[idx + 1].lower if idx is not None and idx + 1 < len(toks) else ""
    belief = word in BELIEF_PARTICIPLES and nxt == "that"  # "..., hoping that they can"
    if idx is None or idx < 2 or not (speech_verb(word) or belief):
        return None
    link = toks[idx - 1].lower
    if link != "," and (link not in LINKS or link in JOINS):
        return None  # "..., claiming", "by declaring", "while praising"; not "supporting
        # Sanders or slamming the party", whose participles describe the placards
    if toks[idx - 2].lower.endswith("ing") or nxt in {"or", "and"}:
        return None  # "clapping, singing, chanting and waving": a list of acts
    if ordinary_sense(sent, idx, word, []):
        return None
    subject = tidy(nearest_subject(sent, idx - 1, quoted))
    if not subject:
        return None
    return Attribution(cue, kind, _label(subject, sent), (subject[0].start, subject[-1].end),
                       content_of(sent, cue[1], None), sent.index)


def nearest_subject(sent: Sentence, before: int, quoted: Quoted) -> list[Token]:
    """The subject of the nearest finite verb before token ``before`` whose clause is not
    subordinate, if that subject can speak; else nothing."""
    toks = sent.tokens
    for k in range(before - 1, max(-1, before - REACH), -1):
        t = toks[k]
        if t.text == ";" or t.text == ":":
            return []
        if quoted(t.start):
            continue
        if contracted(t):
            return [contracted(t)]  # "She's a Sanders supporter but concedes"
        if not _finite(toks, k):
            continue
        subject = tidy(subject_before(sent, k))
        if subject and subject[0].lower in PREPOSITIONS:
            subject = trailing_name(subject)  # "In March [the mayor] rallied skippers"
        if not subject or quoted(subject[0].start):
            continue  # "be removed from the lists": no subject here, look further back
        if _runs_over(sent, subject) or _no_subject(subject):
            continue  # "ticked off differences he [has]": the phrase holds a clause
        first = sent.token_index(subject[0].start)
        if first and toks[first - 1].lower in COMPLEMENTS:
            continue  # "his comment that Islam hates us": what is said, not who says it
        return subject if speaker_head(subject) else []
    return []


def contracted(t: Token) -> Token | None:
    """The pronoun of a contracted pronoun and verb ("He's", "they’ve"), as a token."""
    low = t.lower.replace("’", "'")
    head, _, tail = low.partition("'")
    if head in NOMINATIVE and tail in {"s", "re", "ve"}:  # not "It's telling", "I'd have"
        return Token(t.start, t.start + len(head), t.text[: len(head)], True)
    return None


def _runs_over(sent: Sentence, subject: list[Token]) -> bool:
    """A phrase that holds a verb or a clause word ("Sanders's supporters still question
    whether she"), which no subject does."""
    toks = sent.tokens
    first = sent.token_index(subject[0].start) or 0
    return any(t.lower in SUBORDINATORS or _finite(toks, first + i)
               for i, t in enumerate(subject[:-1]) if i)


def _no_subject(subject: list[Token]) -> bool:
    """An opening participle ("Contacted by POLITICO, ...") or a pronoun with "would" or
    "will" ("I'd have no problem"), which is no speaker of a report."""
    last = subject[-1].lower.replace("’", "'")
    return (len(subject) == 1 and last.endswith(("ed", "ing"))) or last.endswith(("'d", "'ll"))


def _finite(toks: list[Token], k: int) -> bool:
    """A finite verb, told without a tagger: an auxiliary or irregular past, a lowercase
    "-ed" word not after a determiner or "to", or a verb right after a pronoun."""
    t = toks[k]
    low = t.lower
    if not t.is_word or not t.text.islower() or low in NOT_FINITE:
        return False
    prev = toks[k - 1].lower if k else ""
    if prev in NOT_VERB_BEFORE or prev.endswith(("'s", "’s")):
        return False  # "a leaked database", "to explain", "Trump's promised wall"
    if low in FINITE_OR_PAST or low in IRREGULAR or (low.endswith("ed") and len(low) > 3):
        return True
    return prev in NOMINATIVE and low not in PREPOSITIONS


def after_auxiliary(toks: list[Token], idx: int) -> bool:
    """A base form after "did", "would", "might" ("he did not mention", "Cruz would not
    comment on"): a verb, never the noun of the same spelling."""
    if toks[idx].lower not in SAID_BASES:
        return False  # "can add a title", "did not recall", "should not confirm a judge"
    j = _skip_adverbs(toks, idx - 1)
    if j < 0 or toks[j].lower.replace("’", "'") not in AUXILIARIES:
        return False
    for t in reversed(toks[max(0, j - 6) : j]):
        if not t.is_word:
            break
        if t.lower in COMPLEMENTS:
            return False  # "whether Donald Trump can claim": a question, nothing said
    return True


def _skip_adverbs(toks: list[Token], j: int) -> int:
    """Back over adverbs and auxiliaries ("and officially endorsed", "and have been")."""
    while j >= 0 and (toks[j].lower in SKIP_BEFORE_VERB or toks[j].lower in {"not", "n't"}
                      or toks[j].text.islower() and toks[j].lower.endswith("ly")
                      and len(toks[j].lower) > 4):
        j -= 1
    return j


def _before_aside(sent: Sentence, comma: int, quoted: Quoted) -> list[Token]:
    """The noun phrase before an aside that ends at ``comma`` ("Several candidates,
    including Donald J. Trump, [criticized]"; "One attendee, who like others spoke on the
    condition of anonymity, [said]"), over short asides ("Yin Myint May, 60, a doctor,"),
    if it can speak."""
    toks = sent.tokens
    end = comma
    for _ in range(3):
        opening = next((k for k in range(end - 1, max(-1, end - REACH), -1)
                        if toks[k].text in PUNCT), None)
        if opening is None or toks[opening].text != "," or quoted(toks[opening].start):
            return []
        if end - opening <= 3:
            end = opening  # "60,", "Mass.,": an age or a state, part of the phrase before
            continue
        subject = tidy(subject_before(sent, opening))
        if not subject or _runs_over(sent, subject) or not speaker_head(subject):
            return []
        return subject
    return []


def _antecedent(sent: Sentence, rel: int, quoted: Quoted) -> list[Token]:
    """The noun phrase a relative pronoun at ``rel`` stands for, over a comma, a dash or a
    closing quotation mark ("38 percent — who", "the movie ''Bridge of Spies,'' which")."""
    toks = sent.tokens
    k = rel - 1
    while k >= 0 and all(c in SET_OFF for c in toks[k].text):
        k -= 1
    if k < 0 or not toks[k].is_word or toks[k].lower in JOINS:
        return []  # "... and who claimed": the antecedent is an earlier one's
    subject = tidy(subject_before(sent, k + 1))
    if any(t.text.islower() and t.lower.endswith(("ing", "ed")) for t in subject):
        subject = trailing_name(subject)  # "releasing [a new 30-second ad] that urges"
    cut = next((i for i, t in enumerate(subject) if i and t.lower in PREPOSITIONS), None)
    subject = subject[:cut]  # "one [in September] that said": the head is before it
    first = sent.token_index(subject[0].start) if subject else None
    if first and toks[first - 1].lower in PREPOSITIONS:
        return []  # "one in [September] that said": the object of a preposition
    if not subject or _runs_over(sent, subject) or not speaker_head(subject):
        return []
    return subject


def _asked_one(sent: Sentence, when: int, quoted: Quoted) -> list[Token]:
    """The one asked in "X said when asked ..." (the clause's subject) or "X, when asked
    ..., responded" (the name before the comma)."""
    toks = sent.tokens
    if toks[when - 1].text == ",":
        opening = opening_subject(sent, when - 1)
        if opening and sent.token_index(opening[-1].start) == when - 2:
            return opening
        return nearest_subject(sent, when - 1, quoted)
    return nearest_subject(sent, when, quoted)


def _label(subject: list[Token], sent: Sentence) -> str:
    return group_or_evidence(subject, classify_source(subject, sent.start), sent.start)
