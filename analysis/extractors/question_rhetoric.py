"""Reporting without the writer: where an unexplained question is not rhetorical.

A question that no rule explains (not quoted, not a heading, not answered, not a poll)
is called rhetorical by default, because a rhetorical question is the writer's argument
put as a question (Han 2002; Bhattasali et al. 2015). That default belongs to opinion
writing. In straight reporting the writer stays out of the text and reports what others
said; there a question left in the writer's voice is an open question ("Will the truce
hold?"), a teaser, or someone else's question whose quotation marks were lost, and
reading it as the writer's jab was the commonest false alarm on held-out mainstream news.

So a text reads as reporting, and its unexplained questions as ``genuine`` (open), when
either (a) at least a quarter of its sentences carry a verb of saying, or (b) at least
one sentence in eight does and the writer almost never speaks in the first person
(fewer than one sentence in twenty with "I", "we", "my", "our" outside quotations and
reported speech, read from the voice layer, so that a quotation running over several
sentences does not count as the writer's voice). The thresholds are round figures read
from the development half of the question gold set (``benchmarks/questions/
register_grid.py`` prints the grid): no development article inside either region holds a
rhetorical question. This replaces, and contains, the older rule of question_context (at
least eight sentences, a quarter with a verb of saying, first person counted by quotation
marks in the same sentence).

Read once per document, one pass over its sentences: linear in the text.
"""

from __future__ import annotations

import re

from analysis.text.document import Document
from analysis.text.voice import voice_of

# r"\b(?:said|says|told|according to|added)\b" and r"\b(?:I|[Ww]e|[Oo]ur|[Mm]y|me|us)\b",
# each opening with its first letter (the word boundary before it a lookbehind after it):
# re skips in C to such a letter, where a leading \b is tried at every position
SAY_RE = re.compile(r"(?:s(?<!\ws)(?:aid|ays)|t(?<!\wt)old|a(?<!\wa)(?:ccording to|dded))\b")
FIRST_PERSON_RE = re.compile(r"[IWwOoMmu](?<!\w[IWwOoMmu])"
                             r"(?:(?<=I)|(?<=[Ww])e|(?<=[Oo])ur|(?<=[Mm])y|(?<=m)e|(?<=u)s)\b")
MIN_SENTENCES = 5  # below this a share says nothing
SAY_STRONG = 0.25  # share of sentences with a verb of saying: reporting in any case
SAY_SOME = 0.125  # ... reporting if the writer is also absent
WRITER_ABSENT = 0.05  # at most this share of sentences in the writer's own first person


def register(doc: Document) -> dict[str, float]:
    """Shares of sentences with a verb of saying (``say``) and with the writer's own first
    person (``first``, outside quotations and reported speech), once per document."""
    cache = doc.layers.setdefault("question_rhetoric", {})
    if "register" not in cache:
        voice = voice_of(doc)
        n = max(1, len(doc.sentences))
        say = first = 0
        for s in doc.sentences:
            say += SAY_RE.search(s.text) is not None
            first += any(voice.voice_at(s.start + m.start(), s.start + m.end()) == "narrator"
                         for m in FIRST_PERSON_RE.finditer(s.text))
        cache["register"] = {"sentences": float(len(doc.sentences)), "say": say / n,
                             "first": first / n}
    return cache["register"]


def writer_absent_reporting(doc: Document) -> bool:
    """Whether the text reads as reporting in which the writer does not argue (module
    docstring): then an unexplained question is open, not rhetorical."""
    r = register(doc)
    if r["sentences"] < MIN_SENTENCES:
        return False
    return r["say"] >= SAY_STRONG or (r["say"] >= SAY_SOME and r["first"] < WRITER_ABSENT)
