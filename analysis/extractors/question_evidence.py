"""Positive evidence that an unexplained question is rhetorical, demanded in reporting.

An unexplained question (no rule finds it quoted, a heading, a poll, open or answered)
used to be called rhetorical by default. That default held on the development half
(opinion writing, where rhetorical questions live) but not on text not tuned on: most
false alarms there were open questions in news writing, subheads and teasers. So in a
text the genre model (extractors/genre.py) reads as reporting — opinion less likely than
``OPINION_FLOOR``, i.e. reporting at least twice as likely — a question is rhetorical
only with a cue of its own, from the literature (Han 2002, "Interpreting interrogatives
as rhetorical questions"; Bhattasali, Cytryn, Feldman & Park 2015): a negated auxiliary
("Isn't it ...?", "Why not ...?"), a wh-question whose modal or idiom presumes "nobody"
or "no reason" ("Who would ...?", "What's the point ...?"), a negative-polarity item or
minimiser ("ever", "at all", "really"), a tag (", right?"), another question stacked
right next to it, or the writer and reader addressed together ("we", "you"). A bare
verbless fragment is no such cue in reporting: there it is mostly a subhead or a topic
label run into the text. Elsewhere (opinion, or a text too short to tell) the default
stands. ``benchmarks/questions/gate_grid.py`` prints what each threshold does on the
development half.

Read once a document (the genre probabilities are cached and shared with the genre
extractor) plus a few anchored regexes per unexplained question: linear in the text.
"""

from __future__ import annotations

import re

from analysis.extractors import genre
from analysis.extractors.question_context import tag_question
from analysis.extractors.question_kinds import Question, is_question
from analysis.extractors.question_rhetoric import MIN_SENTENCES
from analysis.lexicons.lazy import lazy_re
from analysis.text.document import Document

OPINION_FLOOR = 1 / 3
# A negated auxiliary opening the question presupposes the positive: "Isn't that the point?"
NEG_AUX_RE = lazy_re(
    r"^(?:(?:is|are|was|were|do|does|did|can|could|will|would|should|has|have|had|must)"
    r"n[’']?t\b|ain[’']t\b|won[’']t\b|can[’']t\b|why not\b|why (?:wouldn|shouldn|couldn|"
    r"don|doesn|isn|aren|can|won)[’']?t\b|(?:is|are|was|were|do|does|did|should|would|can|"
    r"could) (?:it|that|this|there|we|they|he|she|you) not\b)", re.I)
# Wh-questions whose modal or idiom presumes "nobody", "no way", "no reason".
LOADED_WH_RE = lazy_re(
    r"^(?:who (?:would|could|can|cares|knew|needs|in (?:their|his|her) right mind|else|"
    r"wouldn[’']t|doesn[’']t|isn[’']t)\b|how (?:can|could|dare|else|is it possible|on earth|"
    r"the hell|much (?:longer|more)|many more|long (?:will|must|can))\b|why (?:would|should|"
    r"on earth|the hell|bother|is it that|else|in the world)\b|what (?:kind|sort) of\b|"
    r"what(?:[’']s| is) (?:the point|wrong with|not to|next|the difference)\b|"
    r"what (?:could (?:possibly )?go wrong|happened to|else is new|did (?:you|they|he|she) "
    r"expect)\b|since when\b|(?:is|was) (?:it|that) (?:any|really a|not) (?:wonder|"
    r"surprise)\b|where(?:[’']s| is| are) the (?:outrage|evidence|proof)\b)", re.I)
# Negative-polarity items and minimisers that push the answer to "none" (Han 2002).
NPI_RE = re.compile(r"\b(?:ever|at all|anymore|any longer|on earth|the hell|in the world|"
                    r"possibly|seriously|really|even|honestly|lift a finger|a single|"
                    r"anyone|anybody|anything)\b", re.I)
# The writer and the reader addressed together: "we", "our", "you".
PERSON_RE = re.compile(r"\b(?:we|us|our|ourselves|you|your)\b", re.I)
LEADS = frozenset(["so", "and", "but", "then", "now", "or", "yet", "well", "oh"])


def opening(text: str) -> str:
    """The question without leading discourse markers and quote marks, lower case."""
    words = text.lstrip("“\"‘'( ").split()
    i = 0
    while i < len(words) and words[i].lower().strip(",") in LEADS:
        i += 1
    return " ".join(words[i:]).lower()


def stacked(doc: Document, q: Question) -> bool:
    """Another question right before or after it in the same paragraph (stacked questions
    in opinion writing)."""
    i = q.sent.index
    near = doc.sentences[max(0, i - 1) : i] + doc.sentences[i + 1 : i + 2]
    return any(s.paragraph == q.sent.paragraph and is_question(s) for s in near) or (
        doc.text.count("?", q.sent.start, q.start) > 0)


def cues(doc: Document, q: Question) -> dict[str, bool]:
    """The question's own cues of rhetoric (module docstring), each true or false."""
    text = doc.text[q.start : q.end]
    head = opening(text)
    return {"neg_aux": NEG_AUX_RE.match(head) is not None,
            "loaded_wh": LOADED_WH_RE.match(head) is not None,
            "npi": NPI_RE.search(text) is not None, "tag": tag_question(doc, q),
            "stacked": stacked(doc, q), "person": PERSON_RE.search(text) is not None}


def presumes_answer(doc: Document, q: Question) -> bool:
    """The question's own form presumes its answer, whatever introduces it: a loaded
    wh-question ("How long can ...?") or a negated auxiliary opening a yes/no question
    ("Isn't it ...?"). "Why not ...?" and "Why don't we ...?" are left out here: after
    an announcement they are proposals weighed, not answers presumed."""
    head = opening(doc.text[q.start : q.end])
    if LOADED_WH_RE.match(head):
        return True
    return NEG_AUX_RE.match(head) is not None and not head.startswith("why")


def reads_as_reporting(doc: Document) -> bool:
    """The genre model finds opinion less likely than OPINION_FLOOR, in a text long enough
    to tell (question_rhetoric.MIN_SENTENCES)."""
    if len(doc.sentences) < MIN_SENTENCES:
        return False
    return genre.scored(doc)[2]["opinion"] < OPINION_FLOOR


def lacks_evidence(doc: Document, q: Question) -> bool:
    """In a text that reads as reporting, an unexplained question with no cue of its own:
    open, not rhetorical."""
    return reads_as_reporting(doc) and not any(cues(doc, q).values())
