"""Reporting in which the writer stays out of the text: an unexplained question there is
open (``genuine``), not the writer's rhetorical jab (analysis/extractors/question_rhetoric.py).
All texts are written for these tests."""

from __future__ import annotations

from analysis.extractors import question_rhetoric, rhetorical_questions
from analysis.text.document import Document

QUESTION = "Why did nobody check the bolts sooner?"
# one sentence in nine reports speech twice (2/9 = 0.22, under the old quarter); no "I"/"we"
REPORT = ("The council voted on Tuesday to close the harbour bridge for repairs. "
          "The work will take eleven weeks, the city engineer said. "
          "Ferries will run every twenty minutes during the closure. "
          "Shop owners on the east bank expect fewer customers. "
          "Traders met the mayor on Monday evening. "
          "A spokesman for the port said the timetable was fixed. "
          "The last closure, in 2019, ran three weeks over. "
          f"{QUESTION} "
          "The council has hired two extra boats.")
# the same facts told by a writer who speaks as "I", "we", "our": an argument
OPINION = ("The council voted on Tuesday to close the harbour bridge for repairs. "
           "I have crossed that bridge every morning for twenty years. "
           "Ferries will run every twenty minutes during the closure. "
           "We were promised the work would be quick, the mayor said. "
           "Our shops will suffer first. "
           f"{QUESTION} "
           "The council has hired two extra boats.")
# "We", "Our" only inside the mayor's quotation, which runs over three sentences
QUOTED_WE = ("The council voted on Tuesday to close the harbour bridge for repairs. "
             "\u201cWe know this is hard. We will keep the ferries running. "
             "Our engineers have checked every bolt,\u201d the mayor said. "
             "Ferries will run every twenty minutes during the closure. "
             "Traders told the mayor on Monday that sales were down. "
             "The last closure, in 2019, ran three weeks over. "
             f"{QUESTION} "
             "The council has hired two extra boats.")
SHORT = f"The bridge closed on Tuesday, the engineer said. {QUESTION}"


def labels(text: str) -> list[tuple[str, str]]:
    return [(e.label, e.text) for e in rhetorical_questions.extract(Document(text)).evidence]


def test_an_unexplained_question_in_writer_absent_reporting_is_open() -> None:
    assert labels(REPORT) == [("genuine", QUESTION)]
    assert question_rhetoric.register(Document(REPORT)) == {
        "sentences": 9.0, "say": 2 / 9, "first": 0.0}


def test_the_same_question_in_the_writers_own_voice_stays_rhetorical() -> None:
    assert labels(OPINION) == [("rhetorical", QUESTION)]
    assert question_rhetoric.register(Document(OPINION))["first"] == 2 / 7


def test_first_person_inside_a_quotation_is_not_the_writers() -> None:
    register = question_rhetoric.register(Document(QUOTED_WE))
    assert register == {"sentences": 9.0, "say": 2 / 9, "first": 0.0}
    assert labels(QUOTED_WE) == [("genuine", QUESTION)]


def test_too_short_a_text_gives_no_register() -> None:
    assert not question_rhetoric.writer_absent_reporting(Document(SHORT))
    assert labels(SHORT) == [("rhetorical", QUESTION)]
