"""Each class of false rhetorical-question alarm fixed by analysis/extractors/question_layout.py
and the answer and announcement cues added to question_context.py (issue 11, read from the
development half and the audit's develop part), with look-alikes that must stay
rhetorical. All sentences are written for these tests."""

from __future__ import annotations

import pytest

from analysis.extractors import rhetorical_questions
from analysis.text.document import Document


def labels(text: str) -> list[tuple[str, str]]:
    return [(e.label, e.text) for e in rhetorical_questions.extract(Document(text)).evidence]


TOPIC_LISTS = [
    # a list of topics, each a verbless question answered by the sentence after it
    ("The mayor won the hustings. And what of the usual yardsticks? Poise? She looked calm "
     "throughout. Pace? Her rival ran out of time twice. On the budget? He stumbled badly.",
     [("hypophora", "And what of the usual yardsticks?"), ("hypophora", "Poise?"),
      ("hypophora", "Pace?"), ("hypophora", "On the budget?")]),
    # one echo question is no list
    ("The board cut the pension and called it fair. Fairness? The staff lost a third of it.",
     [("rhetorical", "Fairness?")]),
    # questions with no statement between them are no list either
    ("The count keeps changing. Four voters or three? One ballot or two? Nobody checked.",
     [("rhetorical", "Four voters or three?"), ("rhetorical", "One ballot or two?")]),
]

FURNITURE = [
    ("Costs rose sharply last year. Can't see the chart above? Costs for fuel led the rise.",
     [("headline", "Can't see the chart above?")]),
    ("Here are the figures below. Turnout Registration Spending Top issues Who's voting?",
     [("headline", "Turnout Registration Spending Top issues Who's voting?")]),
    # a question about seeing something that is not the page stays the writer's
    ("The minister saw the report in March. Why didn't he see the danger?",
     [("rhetorical", "Why didn't he see the danger?")]),
]

MOJIBAKE = [
    ("The owner was blunt. \u00e2\u0080\u009cI asked him, what are you even doing here? "
     "It made no sense.\u00e2\u0080\u009d The deal fell through.",
     [("quoted", "The owner was blunt. \u00e2\u0080\u009cI asked him, what are you even "
                 "doing here?")]),
    # after a closed mojibake quotation the question is the writer's again
    ("\u00e2\u0080\u009cWe are done,\u00e2\u0080\u009d the owner said. Who would believe "
     "him now?",
     [("rhetorical", "Who would believe him now?")]),
]

CURLY = [
    # nested single marks: the question is still inside the double quotation
    ("The ad ends with the mayor. “The council told us, ‘Wait. There’s time.’ And I say wait "
     "for what? Wait for the next flood?” Then the logo appears.",
     [("quoted", "And I say wait for what?"), ("quoted", "Wait for the next flood?")]),
    # between a closed quotation and a new one the question is the writer's
    ("“We did our best,” the mayor said. Who would believe that now? The flood took forty "
     "homes. “We will do more,” she added.",
     [("rhetorical", "Who would believe that now?")]),
]

PROMPTS = [
    ("That is the show for this week. Feedback? What should we cover next? Email us at "
     "the address below.",
     [("genuine", "Feedback?"), ("genuine", "What should we cover next?")]),
]

ANSWERS = [
    ("I would call the race for her. So why do I hesitate? It has to do with his base, "
     "which did not budge.",
     [("hypophora", "So why do I hesitate?")]),
    ("His supporters forgive everything. And what of his gaffes? It doesn't matter to "
     "them, because he fights.",
     [("hypophora", "And what of his gaffes?")]),
    ("She tied her campaign to one idea. Her model? The economy of the late nineties, when "
     "wages rose for every group of workers and unemployment fell to levels not seen in "
     "thirty years, and when the budget was balanced for the first time in a generation.",
     [("hypophora", "Her model?")]),
]

ANNOUNCED = [
    # the writer raising a question about their own account is not a debate reported
    ("She left her family, her post and her name behind. This raises the question: how "
     "much must one person give up to be free? Her flight took eleven days.",
     [("rhetorical", "how much must one person give up to be free?")]),
    ("His proposal raises a striking question: why have a moderator at all? Why not let "
     "the two candidates face each other alone? Such a format would be new.",
     [("genuine", "why have a moderator at all?"),
      ("genuine", "Why not let the two candidates face each other alone?")]),
    # a negated auxiliary opening a yes/no question presumes the answer, however announced
    ("The vote raises an awkward question: isn't the council simply stalling?",
     [("rhetorical", "isn't the council simply stalling?")]),
    ("The plan is the latest turn in a long conversation among organisers: what is the "
     "best way to run a debate? It is still unsettled.",
     [("genuine", "what is the best way to run a debate?")]),
    # a loaded wh-question announced with a colon stays rhetorical
    ("This raises the question: how long can the truce last?",
     [("rhetorical", "how long can the truce last?")]),
    # announced with a comma, the writer's own loaded question stays rhetorical
    ("The only question is, will voters fall for it again?",
     [("rhetorical", "The only question is, will voters fall for it again?")]),
]

PIECES = [
    ("The novelist penned an essay for a weekly paper today in which she scolds the council. "
     "They closed the library without asking anyone. And they call that listening? I have "
     "lived here for forty years.",
     [("quoted", "And they call that listening?")]),
    # a letter mentioned in passing, its content not announced, is not reprinted
    ("The bishop wrote a letter to the parish. Nobody answered it. And they call that "
     "listening?",
     [("rhetorical", "And they call that listening?")]),
    # the writer's own column, announced in the first person, stays the writer's
    ("I wrote in my column last week that the council would fold. And they call that "
     "listening?",
     [("rhetorical", "And they call that listening?")]),
]

CASES = CURLY + PIECES + TOPIC_LISTS + FURNITURE + MOJIBAKE + PROMPTS + ANSWERS + ANNOUNCED


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_question_layout(text: str, expected: list[tuple[str, str]]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a mark run straight into a letter is a character lost to a broken encoding
    ("The group is run by two strategists, Ana Ruiz ? and John ?McLean, and ?Pat Oduya, "
     "a former aide.", []),
    # or a web address's query
    ("The form at harbour.example/apply?id=3 closes on Friday.", []),
    # a mark after a word still ends a question
    ("Is this any way to run a city?", [("rhetorical", "Is this any way to run a city?")]),
])
def test_a_mark_run_into_a_letter_ends_no_question(text: str, expected: list) -> None:
    assert labels(text) == expected
