"""Question-level cues of a rhetorical question, for the logistic experiment of
benchmarks/train_questions.py (kept here, off the run-time path, because the fitted model
did not beat the hand rule in cross-validation; see that script).

The cues are those the literature names (Han 2002, "Interpreting interrogatives as
rhetorical questions"; Bhattasali, Cytryn, Feldman & Park 2015, "Automatic identification
of rhetorical questions"): a negated auxiliary ("Isn't it ...?", "Why not ...?"),
negative-polarity items and minimisers ("ever", "at all", "on earth"), modal
wh-questions ("Who would ...?", "How can ...?"), sarcastic tags (", right?"), bare echo
fragments ("Fairness?"), stacked questions, "we"/"you", and the text's register
(question_rhetoric.register, first person, questions and exclamations per sentence).
"""

from __future__ import annotations

import re

from analysis.extractors.question_context import tag_question
from analysis.extractors.question_evidence import (
    LOADED_WH_RE,
    NEG_AUX_RE,
    NPI_RE,
    PERSON_RE,
    opening,
    stacked,
)
from analysis.extractors.question_kinds import Question
from analysis.extractors.question_rhetoric import register, writer_absent_reporting
from analysis.text.document import Document

WORD_RE = re.compile(r"[A-Za-z][\w’'-]*")
AUX_OR_WH = frozenset("""is are was were am be do does did can could will would shall
    should may might must has have had why what how who whom whose which when where""".split())
FEATURES = ("neg_aux", "loaded_wh", "npi", "fragment", "tag", "stacked", "person",
            "doc_reporting", "doc_say", "doc_first", "doc_questions", "doc_exclaim")


def _document(doc: Document) -> dict[str, float]:
    """Register of the whole text, once a document: share of sentences in the writer's
    first person (unquoted), of questions and of exclamations; straight reporting."""
    cache = doc.layers.setdefault("rhetoric_cues", {})
    if "doc" not in cache:
        n = max(1, len(doc.sentences))
        questions = sum(s.text.rstrip("”’\"') ").endswith("?") for s in doc.sentences)
        exclaim = sum(s.text.rstrip("”’\"') ").endswith("!") for s in doc.sentences)
        reg = register(doc)
        cache["doc"] = {"doc_reporting": float(writer_absent_reporting(doc)),
                        "doc_say": reg["say"], "doc_first": reg["first"],
                        "doc_questions": questions / n,
                        "doc_exclaim": exclaim / n}
    return cache["doc"]


def features(doc: Document, q: Question) -> dict[str, float]:
    """The cues of one question, each 0/1, and the document's register (shares)."""
    text = doc.text[q.start : q.end]
    head = opening(text)
    words = WORD_RE.findall(head)
    first = words[0] if words else ""
    return {
        "neg_aux": float(NEG_AUX_RE.match(head) is not None),
        "loaded_wh": float(LOADED_WH_RE.match(head) is not None),
        "npi": float(NPI_RE.search(text) is not None),
        "fragment": float(len(words) <= 4 and first not in AUX_OR_WH),
        "tag": float(tag_question(doc, q)),
        "stacked": float(stacked(doc, q)),
        "person": float(PERSON_RE.search(text) is not None),
        **_document(doc),
    }
