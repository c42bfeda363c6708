"""Anchors: the specifics that tie a statement to one fact, for ``corroboration``.

Two articles about the same story share its topic words ("North Korean", "diplomat",
"defect") in almost every sentence, so shared words alone call a claim "backed up" when the
other article tells a different event about the same kind of people. A fact is pinned by
its specifics: a number, a year or a month, a name. An anchor is such a specific that is
*not* one of the set's common topic words (with three documents or more, a name every one
of them uses: "Korea" in every seed says nothing about one claim). Two statements back each
other up only if they share an anchor, or if neither has one (two general statements about
the topic, judged on their words alone): a statement about a named person is not backed up
by one about nobody in particular, nor by one about someone else.

Names are read as runs of capitalised words, split at titles ("President", "Mr.") and
days of the week, which say what someone is or when a thing was said, not who or what. A
word's key is its first five letters, lower case, after a place adjective's ending, so that
"Korea", "Korean" and "Korea's", or "Japan" and "Japanese", meet; one-letter initials (the
"U" and "S" of "U.S.") are not names. What a name contributes is its last word
("Pyongyang University" is not "Pyongyang") and, for three words or more, its initials.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from analysis.framing.mentions import TITLES
from analysis.framing.stance_features import NUMBER_WORDS

Run = tuple[str, ...]  # the keys of one name (or one number) in a sentence
KEY_LETTERS = 5
# "third" and "triple" are not the count three ("a third country", "Triple in 2023")
NOT_COUNTS = frozenset("""first second third fourth fifth sixth seventh eighth ninth tenth
    twice double doubled triple tripled quadruple""".split())
# titles say what someone is, not who; "State" names things ("Secret State of North Korea")
NOT_NAMES = (TITLES - {"state"}) | frozenset("""monday tuesday wednesday thursday friday
    saturday sunday""".split())
TOPIC_SENTENCES = 0.2  # with two documents, a key in this share of both one's sentences


def key(word: str) -> str:
    """"Korea's" -> "korea", "Japanese" -> "japan", "Asian" -> "asia", "five" -> "5",
    "1,200" -> "1200"."""
    w = word.lower().replace("’", "'").replace(",", "")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.rstrip("'")
    if w in NUMBER_WORDS and w not in NOT_COUNTS:
        return NUMBER_WORDS[w]
    if w[:1].isdigit():
        return w
    for suffix in ("ese", "n"):  # the adjective of a place: Japanese, Korean, Asian
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[: -len(suffix)]
            break
    return w[:KEY_LETTERS]


def runs(words: Sequence[tuple[str, str]]) -> tuple[Run, ...]:
    """The anchors of one sentence from its words in order, each ``(word, kind)`` with
    kind ``name``, ``number`` (a digit, a number word, a year or a month), ``first`` (a
    capitalised first word, a name if a name follows: "Central Intelligence Agency") or
    ``""``."""
    out: list[Run] = []
    current: list[str] = []
    words = [*words, ("", "")]
    for i, (word, kind) in enumerate(words[:-1]):
        low = word.lower()
        if kind == "first":  # a capitalised first word is a name when a name follows it
            kind = "name" if words[i + 1][1] == "name" else ""
        if kind == "name" and len(word) > 1 and low not in NOT_NAMES \
                and low + "." not in TITLES:
            current.append(word)
            continue
        if current:
            out.append(_run(current))
            current = []
        if kind == "number":
            out.append((key(word),))
    if current:
        out.append(_run(current))
    return tuple(out)


def _run(words: list[str]) -> Run:
    return tuple(key(w) for w in words)


def topic_keys(per_document: Sequence[Sequence[Sequence[Run]]]) -> frozenset[str]:
    """The story's topic: with three documents or more, the keys every document uses; with
    two (a shared name is then all there is), the keys both come back to: in at least
    ``TOPIC_SENTENCES`` of their sentences, and in two at least ("North Korea" in most
    sentences of both). Each document is given as its sentences' runs."""
    if len(per_document) < 2:
        return frozenset()
    if len(per_document) >= 3:
        return frozenset(set.intersection(*({k for sent in doc for run in sent for k in run}
                                             for doc in per_document)))
    frequent = []
    for doc in per_document:
        count: dict[str, int] = {}
        for sent in doc:
            for k in {k for run in sent for k in run}:
                count[k] = count.get(k, 0) + 1
        frequent.append({k for k, c in count.items()
                         if c >= max(2.0, TOPIC_SENTENCES * len(doc))})
    return frozenset(frequent[0] & frequent[1])


def specific(anchor_runs: Iterable[Run], topic: frozenset[str]) -> frozenset[str]:
    """What names each fact once the topic is taken out: a name's last word ("Pyongyang
    University" is not "Pyongyang"; "Larry Kudlow" is "Kudlow") and, for a name of three
    words or more, its initials ("Central Intelligence Agency", "CIA"); a name that opens
    with a topic word goes whole ("Kim Jong Un" when every document names Kim)."""
    out: set[str] = set()
    for run in anchor_runs:
        if run[0] in topic or run[-1] in topic:
            continue
        out.add(run[-1])
        if len(run) >= 3:
            out.add("".join(k[0] for k in run))
    return frozenset(out)


def anchored(a: frozenset[str], b: frozenset[str], a_first: frozenset[str] = frozenset(),
             b_first: frozenset[str] = frozenset(), *, general: bool = True) -> bool:
    """Do two statements with these (topic-free) anchors tell the same fact? They must
    share one, unless neither has any and ``general`` statements may match. A capitalised
    first word (``*_first``), which may or may not be a name, counts when it is a name in
    the other ("Apple sues ..." and "... said Apple")."""
    return bool(a & b or a_first & b or b_first & a) or (general and not a and not b)
