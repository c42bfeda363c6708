"""Features of a question for the fitted rhetorical decisions of benchmarks/train_questions.py
(off the run-time path: no fitted decision beat the hand gates on honest candidates).

The features are general and named before any model was fitted, not read from errors, and
none of them reads which rule explained the question:

* ``FEATURES``: the question's own cues of rhetoric from the literature (Han 2002;
  Bhattasali et al. 2015; question_evidence: negated auxiliary, loaded wh-question,
  negative-polarity item, tag, stacked questions), "we" and "you", its form (length, a
  wh-word or an auxiliary first, a verbless fragment), its place (share of the text before
  it, first or last sentence of its paragraph, another question next) and the text's
  register (the genre model's opinion probability; shares of sentences with a verb of
  saying, with the writer's own first person, of questions, of exclamations; length);
* ``REGISTER``: the register alone;
* ``CONTEXT``: the surroundings (share of the text's sentences with quotation marks, marks
  elsewhere in the question's paragraph or in the next sentence, the next sentence's
  length and whether it holds a digit, a colon just before, the paragraph's length).
"""

from __future__ import annotations

import math
import re

from analysis.extractors import genre
from analysis.extractors.question_context import tag_question
from analysis.extractors.question_evidence import (
    LOADED_WH_RE,
    NEG_AUX_RE,
    NPI_RE,
    opening,
    stacked,
)
from analysis.extractors.question_kinds import Question, is_question
from analysis.extractors.question_rhetoric import register
from analysis.text.document import Document, Sentence

WORD_RE = re.compile(r"[A-Za-z][\w’'-]*")
WE_RE = re.compile(r"\b(?:we|us|our|ourselves)\b", re.I)
YOU_RE = re.compile(r"\b(?:you|your|yourself)\b", re.I)
QUOTE_RE = re.compile(r"[“”\"]")
WH = frozenset("why what how who whom whose which when where".split())
AUX = frozenset("""is are was were am be do does did can could will would shall should may
    might must has have had isn't aren't wasn't weren't don't doesn't didn't can't couldn't
    won't wouldn't shouldn't hasn't haven't""".split())
REGISTER = ("opinion", "say", "first", "questions", "exclaim")
FEATURES = ("neg_aux", "loaded_wh", "npi", "tag", "stacked", "we", "you", "fragment",
            "wh_first", "aux_first", "log_words", "position", "opens_paragraph",
            "ends_paragraph", "next_question", *REGISTER, "log_sentences")
CONTEXT = ("quote_share", "para_quote", "next_quote", "next_len", "next_digit",
           "colon_before", "para_len")


def _document(doc: Document) -> dict[str, float]:
    """The text's register, once a document."""
    cache = doc.layers.setdefault("decision_features", {})
    if "doc" not in cache:
        n = max(1, len(doc.sentences))
        ends = [s.text.rstrip("”’\"') ")[-1:] for s in doc.sentences]
        reg = register(doc)
        cache["doc"] = {"opinion": genre.scored(doc)[2]["opinion"], "say": reg["say"],
                        "first": reg["first"], "questions": ends.count("?") / n,
                        "exclaim": ends.count("!") / n, "log_sentences": math.log1p(n),
                        "quote_share": sum(QUOTE_RE.search(s.text) is not None
                                           for s in doc.sentences) / n}
    return cache["doc"]


def _context(doc: Document, q: Question) -> dict[str, float]:
    sents, i = doc.sentences, q.sent.index
    nxt: Sentence | None = sents[i + 1] if i + 1 < len(sents) else None
    if nxt is not None and nxt.paragraph > q.sent.paragraph + 1:
        nxt = None
    para = [s for s in sents[max(0, i - 8) : i + 8] if s.paragraph == q.sent.paragraph]
    rest = doc.text[para[0].start : q.start] + doc.text[q.end : para[-1].end]
    before = doc.text[q.sent.start : q.start]
    return {"para_quote": float(QUOTE_RE.search(rest) is not None),
            "next_quote": float(nxt is not None and QUOTE_RE.search(nxt.text) is not None),
            "next_len": math.log1p(len(nxt.text.split())) if nxt else 0.0,
            "next_digit": float(nxt is not None and re.search(r"\d", nxt.text) is not None),
            "colon_before": float(":" in before or (i > 0 and sents[i - 1].text.rstrip()
                                                    .endswith(":"))),
            "para_len": math.log1p(len(para))}


def features(doc: Document, q: Question) -> dict[str, float]:
    """Every feature of the question (module docstring), each a number."""
    text = doc.text[q.start : q.end]
    head = opening(text)
    words = [w.lower() for w in WORD_RE.findall(head)]
    first = words[0] if words else ""
    i = q.sent.index
    sents = doc.sentences
    prev_para = sents[i - 1].paragraph if i > 0 else -1
    next_para = sents[i + 1].paragraph if i + 1 < len(sents) else -1
    return {
        "neg_aux": float(NEG_AUX_RE.match(head) is not None),
        "loaded_wh": float(LOADED_WH_RE.match(head) is not None),
        "npi": float(NPI_RE.search(text) is not None),
        "tag": float(tag_question(doc, q)),
        "stacked": float(stacked(doc, q)),
        "we": float(WE_RE.search(text) is not None),
        "you": float(YOU_RE.search(text) is not None),
        "fragment": float(len(words) <= 4 and first not in WH and first not in AUX),
        "wh_first": float(first in WH),
        "aux_first": float(first in AUX),
        "log_words": math.log1p(len(words)),
        "position": i / max(1, len(sents) - 1),
        "opens_paragraph": float(prev_para != q.sent.paragraph),
        "ends_paragraph": float(next_para != q.sent.paragraph),
        "next_question": float(i + 1 < len(sents) and is_question(sents[i + 1])),
        **_document(doc),
        **_context(doc, q),
    }
