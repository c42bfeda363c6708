"""Where a reporting verb's subject really is, and when the clause reports nothing.

``cue_sense`` decides whether a word on the attribution list is used as a verb of saying;
these rules look at the phrase taken as its subject. A phrase inside a quotation is never
the subject of a verb outside it ('"They don't have a choice" ..., says Evan Tracey'). A
participle ("urging", "acknowledging") is said by the noun phrase just before it, not by
the clause that runs up to it ("speakers took turns urging", "hearing a leading candidate
acknowledging"). The second of two joined verbs ("will not confirm nor deny") has the
first one's subject, not the words between them. A comparison ("Like others defending")
or a subgroup of a poll ("his lead among voters who say") hands no claim to anyone, and a
relative clause with nothing after the verb ("any consumer who asks.") reports nothing.
Written from the phenomena seen in the develop parts of the audit and of PolNeAR's
training half (``benchmarks/audit``, ``benchmarks/tasks_attrib.py``).
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.text.attribution_types import Attribution
from analysis.text.cue_sense import EVIDENCE, speaker_head
from analysis.text.document import Sentence, Token
from analysis.text.source_spans import subject_before
from analysis.text.sources import PREPOSITIONS

DETERMINERS = frozenset("a an the his her their its our my".split())  # not "this week"
COMPARISONS = frozenset("like unlike".split())
JOINERS = frozenset("or nor and".split())
REFLEXIVES = frozenset("itself himself herself themselves ourselves myself".split())
LEADING = frozenset("something anything everything nothing what".split())  # "something X says"
CLAUSE_END = frozenset(".;!?")
OPENERS = frozenset("who how what when whether".split())  # a clause with nothing after the verb
ASIDE_PREPS = frozenset("in via".split())
MEDIA = frozenset("""email e-mail statement interview letter tweet post video photo photos
    picture image clip footage""".split())
PROGRESSIVE = frozenset("""is are was were be been being am started begun began start starts
    keep keeps kept continue continues continued stop stopped stops""".split())
PARTITIVE_HEADS = frozenset("""most many some all several few none half both each one two
    three four five majority""".split())
MODIFIED = DETERMINERS | frozenset("""of among for to with from in on at many most some all
    several other""".split())  # "the registered voters who": an adjective, not a verb
GROUP_PRONOUNS = frozenset("them us those these".split())
NUMBER_WORDS = frozenset("""one two three four five six seven eight nine ten eleven twelve
    twenty thirty forty fifty sixty seventy eighty ninety hundred half""".split())


def tidy(subject: list[Token]) -> list[Token]:
    """"something the campaign itself [acknowledges]": the campaign. A reflexive or a negated
    auxiliary after the head, and an indefinite pronoun that a relative clause leans on,
    are not the source."""
    while len(subject) > 1 and (subject[-1].lower in REFLEXIVES
                                or subject[-1].lower.endswith(("n't", "n’t"))):
        subject = subject[:-1]  # "the campaign itself", "Trump isn't [saying]"
    if len(subject) == 1 and subject[0].lower.endswith(("n't", "n’t")):
        return []  # "..., wouldn't [say]": the subject lies before the negated auxiliary
    if len(subject) > 1 and subject[0].lower in LEADING and subject[1].lower in DETERMINERS:
        subject = subject[1:]
    return subject


def unquoted_subject(sent: Sentence, idx: int, subject: list[Token],
                     quoted: Callable[[int], bool]) -> list[Token]:
    """A phrase that starts inside a direct quotation belongs to the quoted words: the
    subject is then the name between the quotation and the cue ("''...,'' Robert Shrum, a
    strategist, said"), or none (the phrase after an inverted cue, or an earlier source)."""
    if not subject or not quoted(subject[0].start):
        return subject
    k = idx - 1
    while k >= 0 and not quoted(sent.tokens[k].start):
        k -= 1
    after = [t for t in sent.tokens[k + 1 : idx] if t.text not in "”\"’'"]
    end = next((i for i, t in enumerate(after) if t.text == ","), len(after))
    return after[:end] if end and after[0].text[0].isupper() else []


def past_medium(sent: Sentence, subject: list[Token]) -> list[Token]:
    """"spokesman Jim McGrath in an email [replied]": a phrase naming the medium is an
    aside; the subject is the phrase before it."""
    words = [t.lower for t in subject if t.is_word]
    k = sent.token_index(subject[0].start) if subject else None
    if k is None or len(words) < 2 or words[-1] not in MEDIA:
        return subject
    if words[0] in ASIDE_PREPS:
        return subject_before(sent, k) if k else []
    inner = [i for i, t in enumerate(subject) if i and t.lower in ASIDE_PREPS]
    if inner:
        return subject[: inner[-1]]  # the whole phrase: the part before the medium
    return subject_before(sent, k - 1) if k and sent.tokens[k - 1].lower in ASIDE_PREPS \
        else subject


def by_agent(sent: Sentence, phrase: list[Token]) -> list[Token]:
    """"according to a lawsuit filed in Manhattan by Yulia Tymoshenko": a document cut at
    its participle, whose author follows "by" within the clause; the phrase then runs on to
    the author's name (and is named). Otherwise the phrase as it was."""
    if not phrase or not phrase[-1].lower.endswith(("ed", "en")):
        return phrase
    k = sent.token_index(phrase[-1].start)
    toks = sent.tokens
    for j in range(k + 1 if k is not None else len(toks), min(len(toks), k + 9 if k else 0)):
        if toks[j].text in ",.;:()\"“”":
            break
        if toks[j].lower == "by" and j + 1 < len(toks) and toks[j + 1].text[0].isupper():
            end = j + 1
            while end + 1 < len(toks) and (toks[end + 1].text[0].isupper()
                                           or toks[end + 1].text == "."):
                end += 1
            return list(phrase) + list(toks[k + 1 : end + 1])
    return phrase


def participle_subject(sent: Sentence, idx: int, subject: list[Token]) -> list[Token] | None:
    """For a participle right after a noun ("a candidate acknowledging", "a sign saying"),
    the noun phrase before it, from its last determiner; None when the phrase has no
    determiner and its last word cannot speak ("took turns urging", "years adding"), or
    is only "another" ("and another saying"). A progressive ("has been warning", "isn't
    saying", "lately started asking") keeps its subject."""
    toks = sent.tokens
    prev = toks[idx - 1] if idx else None
    if not subject or prev is None or subject[-1] is not prev or not prev.is_word \
            or not toks[idx].lower.endswith("ing") or prev.lower in PROGRESSIVE \
            or prev.lower.endswith(("ly", "n't", "n’t", "'s", "’s", "'re", "’re")):
        return subject
    cut = max((k for k, t in enumerate(subject) if t.lower in DETERMINERS), default=-1)
    words = [t for t in subject[max(cut, 0):] if t.is_word]
    if not words or [t.lower for t in words] in (["another"], ["one"], ["the", "other"]):
        return None
    if cut < 0 and len(words) > 1 and not speaker_head(words[-1:]):
        return None
    return subject[max(cut, 0):]


def reports_nothing(sent: Sentence, idx: int, subject: list[Token]) -> bool:
    """A comparison opening the sentence ("Like others defending ..."), the second of joined
    verbs ("not confirm nor [deny]"), things described ("names mentioned as"), or a clause
    that ends at the verb ("a consumer who asks.", "to see how they responded.")."""
    toks = sent.tokens
    prev = toks[idx - 1].lower if idx > 0 else ""
    nxt = toks[idx + 1].text if idx + 1 < len(toks) else "."
    if subject and subject[0].lower in COMPARISONS and subject[0].start == sent.start:
        return True  # "Like others defending election laws, Schuette said"
    if len(subject) > 1 and subject[-1].lower in JOINERS:
        return True
    if nxt == "as" and subject and not speaker_head(subject[-1:]):
        return True  # "three names mentioned as nominees": a description of things
    if nxt not in CLAUSE_END:
        return False
    k = sent.token_index(subject[0].start) if subject else idx
    return prev == "who" or (bool(k) and toks[k - 1].lower in OPENERS)  # "how they [did]."


def group_or_evidence(subject: list[Token], label: str, sentence_start: int) -> str:
    """"most of them said" points back to a group (anonymous, like "they"); a sentence
    that opens with a number or an evidence noun ("Thirty-one percent of those surveyed",
    "Polls show") names nobody, though its first word is capitalised."""
    words = [t for t in subject if t.is_word]
    lowers = [t.lower for t in words]
    if label == "vague" and len(lowers) >= 3 and lowers[0] in PARTITIVE_HEADS and (
            (lowers[1] == "of" and lowers[2] in GROUP_PRONOUNS) or lowers[1:3] == ["in", "the"]):
        return "anonymous"  # "most of them", "many in the crowd": a group already in view
    if label == "vague" and _people_of(words, sentence_start):
        return "anonymous"
    if label != "named" or not words or words[0].start != sentence_start:
        return label
    first = lowers[0].split("-")[0]
    if first not in NUMBER_WORDS and lowers[0] not in EVIDENCE:
        return label
    if any(t.text[0].isupper() for t in words[1:]):
        return label  # "Polls by Gallup", "Two Democrats, Ana Ruiz and ..."
    return "vague" if len(words) == 1 else "anonymous"


def relative_antecedent(sent: Sentence, idx: int, subject: list[Token]) -> list[Token]:
    """"rebuked critics who say", "ruled unconstitutional by a federal judge in 2013, who
    said": the antecedent of "who" is the noun phrase after the last verb or "by" in the
    phrase, not the clause that holds it."""
    toks = sent.tokens
    k = idx - 1
    while k > 0 and toks[k].lower in {"have", "has", "had", "also", "would", "will", "did"}:
        k -= 1
    if k < 0 or toks[k].lower != "who" or len(subject) < 2:
        return subject
    cut = max((i for i, t in enumerate(subject[:-1]) if t.lower == "by" or (
        i and t.text.islower() and t.lower.endswith("ed")
        and subject[i - 1].lower not in MODIFIED)), default=-1)
    tail = subject[cut + 1 :]
    return tail if cut >= 0 and tail and speaker_head(tail) else subject


def relative_cue(text: str, cue_start: int) -> bool:
    """"critics who say ..., saying": a cue in a relative clause, whose source a later
    participle does not share (the participle belongs to the main clause)."""
    return text[max(0, cue_start - 12) : cue_start].split()[-1:] == ["who"]


def evidence_sourced(text: str, attributions: list[Attribution]) -> set[tuple[int, int]]:
    """Cues of vague attributions that sit in the content of an attribution to evidence in
    the same sentence ("Polls show that most supporters think ..."): the claim is handed
    to the polls, not to unnamed people; and those that pick out a subgroup ("his lead
    among voters who say they will vote"), which hand no claim to anyone."""
    out = {a.cue for a in attributions if a.label == "vague" and _subgroup(text, a)}
    outer: Attribution | None = None
    for a in attributions:  # in text order
        if outer and a.sentence == outer.sentence and a.label == "vague" and outer.content \
                and outer.content[0] <= a.cue[0] < outer.content[1]:
            out.add(a.cue)
        if a.source and a.kind == "verb" \
                and EVIDENCE & set(text[a.source[0] : a.source[1]].lower().split()):
            outer = a
    return out


def sourced_cues(attributions: list[Attribution]) -> list[tuple[int, int]]:
    """Cues handed to a named or anonymous source: a weasel phrase of the hedge lexicon
    over one of them ("the experts say" after the experts were named, "CNN's research
    shows") is no weasel; the attribution rules have read its subject."""
    return [a.cue for a in attributions
            if a.label in {"named", "anonymous"} and a.source and not a.declined]


def _subgroup(text: str, a: Attribution) -> bool:
    """"among (undeclared voters) who say": a relative clause after "among" defines a group."""
    if a.source is None or text[max(0, a.cue[0] - 12) : a.cue[0]].split()[-1:] != ["who"]:
        return False
    return "among" in text[max(0, a.source[0] - 40) : a.source[1]].lower().split()[-6:]


def _people_of(words: list[Token], sentence_start: int) -> bool:
    """"Clinton people", "people in Fort Pierce": people tied to a named side or place are a
    specific group."""
    lowers = [t.lower for t in words]
    if "people" in lowers and "the" not in lowers:
        i = lowers.index("people")
        if i and words[i - 1].text[0].isupper() and words[i - 1].start != sentence_start:
            return True
        return i + 2 < len(words) and lowers[i + 1] in {"in", "from"} \
            and words[i + 2].text[0].isupper()
    return False


INDEFINITES = frozenset("anyone anybody nobody".split())
QUESTION_AUX = frozenset("do does did can could will would should".split())
PARTICIPLES = frozenset("found told thought shown said written known".split())


def question_opening(subject: list[Token], sentence_start: int) -> bool:
    """"Do you really think ...?": an auxiliary opening the sentence before the subject."""
    return len(subject) > 1 and subject[0].start == sentence_start \
        and subject[0].lower in QUESTION_AUX


def reduced_relative(subject: list[Token], word: str) -> bool:
    """"police captured the man wanted in ...", "found the suspect believed to be ...": a
    past participle after a noun phrase that follows a verb is no report."""
    if not (word.endswith("ed") or word in PARTICIPLES) or len(subject) < 3:
        return False
    inner = [k for k, t in enumerate(subject) if k > 1 and t.lower in {"the", "a", "an"}]
    if not inner:
        return False
    before = subject[inner[-1] - 1]
    return before.is_word and before.text.islower() and before.lower not in PREPOSITIONS \
        and before.lower.endswith(("ed", "s", "t"))


def no_one(phrase: list[Token]) -> bool:
    """"anyone", "nobody", "no one": a phrase that hands the claim to no one."""
    words = [t.lower for t in phrase if t.is_word]
    return bool(words) and (words[-1] in INDEFINITES or words[-2:] == ["no", "one"])
