"""A text that reads as reporting needs positive evidence before a question in it is
called rhetorical (analysis/extractors/question_evidence.py). All sentences are written
for these tests."""

from __future__ import annotations

import pytest

from analysis.extractors import question_evidence, rhetorical_questions
from analysis.extractors.question_kinds import faq_headings
from analysis.text.document import Document

REPORT = ("WASHINGTON — The Senate voted 52 to 48 on Tuesday to approve the transport bill, "
          "sending it to the House. The measure sets aside $40 billion for bridges over five "
          "years. “This bill repairs what is broken,” Senator Jane Ortiz, a Democrat from Ohio, "
          "stated on Monday. Senator Tom Reyes, a Republican from Utah, voted against it, citing "
          "its cost. “We cannot borrow for this,” Reyes stated in a release. The Transportation "
          "Department counts 43,000 bridges in poor condition. {q} The bill's sponsors spent two "
          "years drafting it with state transport agencies. A similar bill failed in 2019 by "
          "three votes.")
OPINION = ("I have watched this Senate for twenty years, and I have never seen it so timid. We "
           "were promised a bill that fixes our bridges. What we got is a press release. {q} "
           "Our roads deserve more than this, and so do you.")


def labels(text: str) -> list[tuple[str, str]]:
    return [(e.label, e.text) for e in rhetorical_questions.extract(Document(text)).evidence]


@pytest.mark.parametrize(("question", "label"), [
    ("Did the agencies see the final text?", "genuine"),  # no cue: an open question
    ("Bridges?", "genuine"),  # a bare fragment is no cue in reporting
    ("Who would ever vote against safer bridges?", "rhetorical"),  # loaded wh, "ever"
    ("Is this not a scandal?", "rhetorical"),  # negated auxiliary
    ("And the cost is fine, right?", "rhetorical"),  # a tag
])
def test_reporting_needs_evidence(question: str, label: str) -> None:
    assert labels(REPORT.format(q=question)) == [(label, question)]


def test_opinion_keeps_the_default() -> None:
    question = "Did the agencies see the final text?"
    assert labels(OPINION.format(q=question)) == [("rhetorical", question)]


def test_no_rule_explains_the_open_question() -> None:
    """The genuine label above comes from the genre gate, not from another rule."""
    doc = Document(REPORT.format(q="Did the agencies see the final text?"))
    found = rhetorical_questions.questions(doc)
    assert rhetorical_questions.explained_label(doc, found[0], faq_headings(doc, found)) is None
    assert question_evidence.reads_as_reporting(doc)
    assert question_evidence.cues(doc, found[0]) == dict.fromkeys(
        ("neg_aux", "loaded_wh", "npi", "tag", "stacked", "person"), False)
