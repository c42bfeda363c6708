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
from analysis.extractors.question_kinds import Question, is_question
from analysis.extractors.question_rhetoric import register, writer_absent_reporting
from analysis.text.document import Document

# A negated auxiliary opening the question presupposes the positive: "Isn't that the point?"
NEG_AUX_RE = re.compile(
    r"^(?:(?:is|are|was|were|do|does|did|can|could|will|would|should|has|have|had|must)"
    r"n[’']?t\b|ain[’']t\b|won[’']t\b|can[’']t\b|why not\b|why (?:wouldn|shouldn|couldn|"
    r"don|doesn|isn|aren|can|won)[’']?t\b|(?:is|are|was|were|do|does|did|should|would|can|"
    r"could) (?:it|that|this|there|we|they|he|she|you) not\b)", re.I)
# Wh-questions whose modal or idiom presumes "nobody", "no way", "no reason".
LOADED_WH_RE = re.compile(
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
WORD_RE = re.compile(r"[A-Za-z][\w’'-]*")
AUX_OR_WH = frozenset("""is are was were am be do does did can could will would shall
    should may might must has have had why what how who whom whose which when where""".split())
LEADS = frozenset(["so", "and", "but", "then", "now", "or", "yet", "well", "oh"])
FEATURES = ("neg_aux", "loaded_wh", "npi", "fragment", "tag", "stacked", "person",
            "doc_reporting", "doc_say", "doc_first", "doc_questions", "doc_exclaim")


def _opening(text: str) -> str:
    """The question without leading discourse markers and quote marks, lower case."""
    words = text.lstrip("“\"‘'( ").split()
    i = 0
    while i < len(words) and words[i].lower().strip(",") in LEADS:
        i += 1
    return " ".join(words[i:]).lower()


def _stacked(doc: Document, q: Question) -> bool:
    """Another question right before or after it in the same paragraph (stacked questions
    in opinion writing)."""
    i = q.sent.index
    near = doc.sentences[max(0, i - 1) : i] + doc.sentences[i + 1 : i + 2]
    return any(s.paragraph == q.sent.paragraph and is_question(s) for s in near) or (
        doc.text.count("?", q.sent.start, q.start) > 0)


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
    opening = _opening(text)
    words = WORD_RE.findall(opening)
    first = words[0] if words else ""
    return {
        "neg_aux": float(NEG_AUX_RE.match(opening) is not None),
        "loaded_wh": float(LOADED_WH_RE.match(opening) is not None),
        "npi": float(NPI_RE.search(text) is not None),
        "fragment": float(len(words) <= 4 and first not in AUX_OR_WH),
        "tag": float(tag_question(doc, q)),
        "stacked": float(_stacked(doc, q)),
        "person": float(PERSON_RE.search(text) is not None),
        **_document(doc),
    }
