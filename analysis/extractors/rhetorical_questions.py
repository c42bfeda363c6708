"""Questions, by kind: rhetorical, hypophora, quoted, headline.

Only a ``rhetorical`` question (asked in the author's own voice and left for the reader
to answer) is a sensationalism signal; a ``hypophora`` is asked and then answered by the
author, a ``quoted`` question is someone else's, and a ``headline`` question is a title.
"""

from __future__ import annotations

import re

from analysis.document import Document, Sentence
from analysis.extractors.base import Evidence, ExtractorResult, tally

NAME = "rhetorical_questions"
DESCRIPTION = "Questions the writer asks: left open for you, answered, quoted, or in a title."
LABELS = {
    "rhetorical": "a question in the writer's own voice that is never answered: it nudges you "
    "towards an answer without arguing for it",
    "hypophora": "the writer asks a question and then answers it: a way to organise an "
    "explanation",
    "quoted": "a question someone else asked, quoted by the writer",
    "headline": "a question used as a title",
}
EMBED_RE = re.compile(r"[:—–]\s*(?=[“\"‘']?\w)")
WH_WORDS = frozenset(["why", "what", "how", "who", "whom", "whose", "which", "when", "where"])
ANSWER_START = re.compile(
    r"^\s*(?:yes|no|not|hardly|absolutely|of course|because|the answer|the reason|"
    r"one reason|simple|well|in short|the short answer)\b",
    re.I,
)
ANSWER_WORDS = re.compile(r"\b(?:because|the reason|one reason|another reason|that's why|"
                          r"that is why|due to|since)\b", re.I)
EXPLAIN = {
    "rhetorical": "The writer asks this and never answers it. What answer does the question "
    "want you to assume, and does the article give evidence for it?",
    "hypophora": "The writer asks this and answers it straight after. Check whether the "
    "answer is backed by facts or sources.",
    "quoted": "This question is someone else's words, quoted in the article.",
    "headline": "A headline in the form of a question. Headlines that ask often suggest "
    "more than the article can show.",
}


def _question_start(doc: Document, sent: Sentence, qmark: int) -> int:
    """Where the question ending at ``qmark`` starts: sentence start, or after an embedding
    colon or dash ("This raises the question: ...?"), or after an earlier question."""
    start = sent.start
    for m in re.finditer(r"[?!]+\s*", doc.text[sent.start : qmark]):
        start = sent.start + m.end()
    for m in EMBED_RE.finditer(doc.text, start, qmark):
        start = m.end()
    while start < qmark and doc.text[start] in "“\"‘'":
        start += 1
    return start


def _is_headline(doc: Document, sent: Sentence) -> bool:
    """A question that is the whole first line of a text with more lines after it."""
    if sent.paragraph != 0 or len(doc.paragraphs) < 2:
        return False
    return (sent.start, sent.end) == doc.paragraphs[0] and len(sent.words) <= 20


def _answered(doc: Document, sent: Sentence, question: str) -> bool:
    """Whether the next sentences (same paragraph or the next) answer the question."""
    following = [s for s in doc.sentences[sent.index + 1 : sent.index + 4]
                 if s.paragraph <= sent.paragraph + 1]
    if not following or following[0].text.rstrip().endswith("?"):
        return False
    first_word = question.split()[0].lower().strip("“\"‘'") if question.split() else ""
    if first_word == "so" and len(question.split()) > 1:
        first_word = question.split()[1].lower()
    if ANSWER_START.match(following[0].text):
        return True
    if first_word == "why":
        return any(ANSWER_WORDS.search(s.text) for s in following)
    opens_paragraph = sent.index == 0 or doc.sentences[sent.index - 1].paragraph != sent.paragraph
    same_paragraph = following[0].paragraph == sent.paragraph
    return first_word in WH_WORDS and opens_paragraph and same_paragraph


def _label(doc: Document, sent: Sentence, start: int, qmark: int) -> str:
    voice = doc.voice
    if voice.in_direct_quote(qmark - 1) or voice.voice_at(start, qmark) == "quoted":
        return "quoted"
    if _is_headline(doc, sent):
        return "headline"
    if _answered(doc, sent, doc.text[start:qmark]):
        return "hypophora"
    return "rhetorical"


def extract(doc: Document) -> ExtractorResult:
    evidence = []
    for sent in doc.sentences:
        for m in re.finditer(r"\?+", sent.text):
            qmark = sent.start + m.end()
            start = _question_start(doc, sent, qmark - 1)
            label = _label(doc, sent, start, qmark)
            evidence.append(Evidence(NAME, label, start, qmark, doc.text[start:qmark],
                                     EXPLAIN[label], doc.voice_at(start, qmark)))
    return ExtractorResult(NAME, evidence, tally(evidence, LABELS))
