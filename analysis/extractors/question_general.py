"""Forms of questions read from the third sample's errors (benchmarks/questions/third.json).

The older rules carried poorly to new text; the third sample, drawn and labelled blind
after them, showed which forms they missed. Each rule here is about a form of writing,
not a sentence: the writer's parenthesised aside ("(really?)"), and answers the older
cues did not see (an answer presented after a colon, a guess in question form after a
wh-question, "Do you know how ...?" followed by the telling).

Each rule reads a bounded window around the question: linear in the text.
"""

from __future__ import annotations

import re

from analysis.extractors.question_kinds import WH_WORDS, Question, is_question, next_sentence
from analysis.text.document import Document

ASIDE_WORDS = 4  # a parenthesised aside is a few words: "(really?)", "(where else?)"


def writer_aside(doc: Document, q: Question) -> bool:
    """A short question that fills a pair of parentheses by itself ("He said he had no time
    to think about it (really?)"): the writer's aside on what is reported, even when the
    parentheses sit inside someone's quoted account (guidelines, third sample)."""
    before = doc.text[max(0, q.start - 3) : q.start].rstrip(" “\"‘'")
    after = doc.text[q.end : q.end + 3].lstrip(" ”\"’'")
    return (before.endswith("(") and after.startswith(")") and 1 <= len(q.words) <= ASIDE_WORDS
            and any(c.isalpha() for c in doc.text[q.start : q.end]))
