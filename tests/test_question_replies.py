"""Each class of false rhetorical-question alarm fixed by analysis/extractors/question_replies.py
(read from mainstream articles of the development halves), with look-alikes that must stay
rhetorical. All sentences are written for these tests."""

from __future__ import annotations

import pytest

from analysis.extractors import rhetorical_questions
from analysis.text.document import Document


def labels(text: str) -> list[tuple[str, str]]:
    return [(e.label, e.text) for e in rhetorical_questions.extract(Document(text)).evidence]


INTERVIEWS = [
    ("Q: You met the mayor last week. Did she listen? A: She did. Q: And the budget? A: It "
     "is tight. Q: Who would pay for the bridge? A: The state, I hope.",
     [("quoted", "Did she listen?"), ("quoted", "And the budget?"),
      ("quoted", "Who would pay for the bridge?")]),
    # a single "Q:" is no interview
    ("Q: the letter of the week. Who would pay for the bridge? Not the state.",
     [("hypophora", "Who would pay for the bridge?")]),
]

ANSWERS = [
    ("Two months remain. Do you know where the plan is? If you ask the council, the answer "
     "is no.",
     [("hypophora", "Do you know where the plan is?")]),
    ("The map moved again. What has changed? -- Ohio moves to the toss-up column. -- Utah "
     "moves to the safe column.",
     [("hypophora", "What has changed?")]),
    # a dash that goes on with the sentence opens no list
    ("That booming voice -- is it a god, or does it only sound like one? -- raises a "
     "second question about the film.",
     [("rhetorical", "That booming voice -- is it a god, or does it only sound like one?")]),
    ("The activists won. Now what? First, the chief executive was shown the door.",
     [("hypophora", "Now what?")]),
    ("Borrowing is costly. What's the cheapest way to pay for college? Start by applying "
     "for every grant.",
     [("hypophora", "What's the cheapest way to pay for college?")]),
    ("He needs a good night. So what's doing well? Finishing in the top three would do it.",
     [("hypophora", "So what's doing well?")]),
    # after a yes/no question, a gerund opening is no answer
    ("The fees doubled. Did anyone object? Raising them again would be easy.",
     [("rhetorical", "Did anyone object?")]),
]

HEADS = [
    ("Bridges Are Crumbling and Nobody Pays for Them. Were the engineers wrong? The state "
     "inspected 400 bridges last year.",
     [("headline", "Were the engineers wrong?")]),
    ("The two parties disagree. *** Is either side right? Most economists doubt it.",
     [("headline", "Is either side right?")]),
    ("Carson: Still here. He stays in the race. Bush: Survive to the south. He has money. "
     "Fiorina: See you later? Her poll numbers fell again.",
     [("headline", "See you later?")]),
    # one label and a colon is no list of subheads
    ("Carson stays in the race. Fiorina: See you later? Her poll numbers fell again.",
     [("rhetorical", "See you later?")]),
    # a lower-case first sentence is no title, so the question after it is the writer's
    ("the bridges are crumbling and nobody pays for them. Who would ever fix them now?",
     [("rhetorical", "Who would ever fix them now?")]),
]

ANNOUNCED = [
    ("The strategy is clear. The question is how to make the case. How persuasive can the "
     "council be? A slide shows the cost of the delay.",
     [("genuine", "How persuasive can the council be?")]),
]

CASES = INTERVIEWS + ANSWERS + HEADS + ANNOUNCED


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_question_replies(text: str, expected: list[tuple[str, str]]) -> None:
    assert labels(text) == expected


MORE = [
    # an interview printed inline with surnames as speaker tags
    ("Ward: You met the fighters in person. What do they share? Lee: Mostly anger. Ward: And "
     "the recruiters? Lee: They are patient. Ward: Why haven't we seen more attacks? Lee: "
     "Guns are hard to get.",
     [("quoted", "What do they share?"), ("quoted", "And the recruiters?"),
      ("quoted", "Why haven't we seen more attacks?")]),
    # a page of readers' letters
    ("Would you vote for her? Letters. If the mayor were a plumber, would you hire him? "
     "Think about it. Sam Hale. Dover.",
     [("quoted", "Would you vote for her?"),
      ("quoted", "If the mayor were a plumber, would you hire him?")]),
    # the writer answers a question about themself
    ("I know all about debt. Why do I know? I grew up in a house that owed everyone.",
     [("hypophora", "Why do I know?")]),
    # the text says the answer cannot be told
    ("He kept the returns. So is this a favour to himself or to the public? There's no way "
     "to tell without the returns.",
     [("genuine", "So is this a favour to himself or to the public?")]),
    # a problem announced with a colon
    ("The plan raised a new problem: how would the deputy prove who she was? Nobody had "
     "planned for it.",
     [("genuine", "how would the deputy prove who she was?")]),
    # numbered heads run into the text
    ("Five questions for the debate. 1. Will he release his returns? He has refused so far. "
     "2. Does he respect the courts? He has sued reporters.",
     [("headline", "Will he release his returns?"), ("headline", "Does he respect the courts?")]),
    # one number is no list of heads
    ("He lost by 2. Does he respect the voters? He has sued them.",
     [("rhetorical", "Does he respect the voters?")]),
]


@pytest.mark.parametrize(("text", "expected"), MORE, ids=[t[:40] for t, _ in MORE])
def test_more_replies(text: str, expected: list[tuple[str, str]]) -> None:
    assert labels(text) == expected
