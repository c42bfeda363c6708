"""Where a reporting verb's subject is, and when nothing is reported
(analysis/text/cue_scope.py), and weasel phrases over a sourced cue (hedging): for each class
of false flag found in the develop parts of the precision audit, made-up sentences with the
exact cue, label and source span, and a right attribution of the same shape that must stay."""

from __future__ import annotations

import pytest

from analysis.extractors import hedging
from analysis.text.document import Document
from analysis.text.voice import voice_of


def sources(text: str) -> list[tuple[str, str, str | None]]:
    doc = Document(text)
    return [(text[a.cue[0] : a.cue[1]], a.label,
             text[a.source[0] : a.source[1]] if a.source else None)
            for a in voice_of(doc).attributions]


def weasels(text: str) -> list[str]:
    return [e.text for e in hedging.extract(Document(text)).evidence if e.label == "weasel"]


QUOTED = [
    # a phrase inside the quotation is not the subject of the verb after it
    ('The pier is shut. "Ferries cannot dock. They have no other berth" until the spring, '
     'says Mara Quint, a harbour pilot.',
     [("says", "named", "Mara Quint")]),
    ("Rain fell. “We will appeal. We think the fine is wrong,” the spokeswoman said, adding "
     "that the firm had paid.",
     [("said", "anonymous", "the spokeswoman"), ("adding", "anonymous", "the spokeswoman")]),
    ("“Nobody saw the ship coming,” Ivo Brandt, a retired captain, said, pointing at the bay.",
     [("said", "named", "Ivo Brandt")]),
]
PARTICIPLES = [
    # a participle is said by the noun phrase just before it, not by the clause
    ("Outside the hall, marchers took turns urging drivers to honk.", []),
    ("It was watching a veteran mayor acknowledging that the budget had failed that moved them.",
     [("acknowledging", "anonymous", "a veteran mayor")]),
    ("He corrected two posts, one saying he had flown jets and another saying he had won "
     "a medal.", []),
    ("After decades building roads, the council changed course.", []),
    # a progressive keeps its subject
    ("The port authority has been warning that the cranes are unsafe.",
     [("warning", "anonymous", "The port authority")]),
    ("Ana Ruiz isn’t saying which ferry she will take.", [("saying", "named", "Ana Ruiz")]),
]
NOTHING_REPORTED = [
    ("Like other towns suing the state, Elmira hired a lawyer.", []),
    ("Harbour officials will not confirm or deny that the pier was sold.",
     [("confirm", "anonymous", "Harbour officials")]),
    ("Shops must give a receipt to any customer who asks. Few do.", []),
    ("When you add up the fines, the city owes $4 million.", []),
    ("The panel quizzed the pilots to learn how they responded.", []),
    ("Two sites often mentioned as options are on the river.", []),
    ("He described the pier as a wreck.", [("described", "named", "He")]),
    ("Ana Ruiz, who toured the pier on Monday and said it was unsafe, left early.",
     [("said", "named", "Ana Ruiz")]),
]
SUBJECTS = [
    # a reflexive and an indefinite pronoun before a relative clause are not the source
    ("Ferries run late. The delays are long, something the ferry company itself admits.",
     [("admits", "named", "the ferry company")]),
    # the antecedent of "who" is the noun after the verb, or the agent after "by"
    ("Dock workers loudly booed managers who say the pier must close.",
     [("say", "anonymous", "managers")]),
    ("The ban was struck down by a state judge in 2019, who said it was too broad.",
     [("said", "anonymous", "a state judge in 2019")]),
]
LABELS = [
    # a partitive of a pronoun points back to a group: anonymous, like "they"
    ("The dockers met at noon. Most of them said the offer was too low.",
     [("said", "anonymous", "Most of them")]),
    ("The band played. Many in the crowd said the mayor was right.",
     [("said", "anonymous", "Many in the crowd")]),
    # a sentence opening with a number or an evidence noun names nobody
    ("Forty percent of those polled say the pier should stay open.",
     [("say", "anonymous", "Forty percent of those polled")]),
    ("Surveys show a close race in the county.", [("show", "vague", "Surveys")]),
    ("Gallup polls show a close race in the county.", [("show", "named", "Gallup polls")]),
]
MEDIUM_AND_AGENT = [
    # a medium is an aside; a document's author after "by" names it
    ('Port spokesman Ivo Brandt in an email replied, "The pier is open."',
     [("replied", "named", "Port spokesman Ivo Brandt")]),
    ("The deal collapsed, according to a complaint filed in Albany by Mara Quint, a former "
     "partner.",
     [("according to", "named", "a complaint filed in Albany by Mara Quint")]),
    ("Mayor Ana Ruiz, in her second term, wouldn’t say how the vote would go.", []),
    # a definite document after the opening points back to one the article named
    ("The Harbour Institute published its findings. The cuts were small. The report says "
     "the pier is safe.",
     [("says", "named", "The report")]),
]
SPECIFIC_PEOPLE = [
    # people tied to a named side or place, someone present: specific, not vague
    ("The ferries will stop, according to someone at the meeting.",
     [("according to", "anonymous", "someone")]),
    ("The count, Ruiz people say, is wrong.", [("say", "anonymous", "Ruiz people")]),
    ("People in Elmira said the pier was closed.",
     [("said", "anonymous", "People in Elmira")]),
    ("People said the pier was closed.", [("said", "vague", "People")]),
]
PLANS = [
    # an announced plan is no expectation handed to unnamed people
    ("The pier opens in May. The mayor is expected to join the crowd at noon.", []),
    ("The pier opens in May. A famous actor is expected to be in the front row.", []),
    ("The pier opens in May. The crew is expected to quickly head out to sea.", []),
    # an agenda: what a meeting will take up is announced, not forecast
    ("The pier opens in May. The harbour board is expected to discuss the fees.", []),
    ("The pier opens in May. Councillors are expected to convene again next week.", []),
    ("The pier opens in May. The mayor is expected to win the vote.",
     [("is expected to", "vague", None)]),
]


@pytest.mark.parametrize("text,expected",
                         QUOTED + PARTICIPLES + NOTHING_REPORTED + SUBJECTS + LABELS
                         + MEDIUM_AND_AGENT + SPECIFIC_PEOPLE + PLANS)
def test_cue_label_and_source(text: str, expected: list) -> None:
    assert sources(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the weasel lexicon does not override a source the attribution rules have read
    ("Ana Ruiz and Li Wei wrote the report. Unless emissions fall, the experts say, "
     "summers will get hotter.", []),
    ("But the Ledger's research shows no such link.", []),
    # a claim handed to a poll in the same sentence is sourced
    ("Polls show that most voters still think the pier is safe.", ["Polls show that"]),
    # a subgroup of a poll hands no claim to anyone
    ("Her lead among younger voters who say they will vote is wider.", []),
    # a participle after a relative clause belongs to the main clause
    ("Mayor Ana Ruiz scolded critics who say the pier is unsafe, saying the tests were clean.",
     ["critics who say"]),
    # still weasels
    ("Critics say the pier is unsafe. Many economists believe it will fall.",
     ["Critics say", "Many economists believe"]),
])
def test_weasel_phrases(text: str, expected: list[str]) -> None:
    assert weasels(text) == expected


def test_participle_after_relative_clause_has_the_main_subject() -> None:
    text = "Mayor Ana Ruiz scolded critics who say the pier is unsafe, saying the tests were clean."
    assert sources(text) == [("scolded", "named", "Mayor Ana Ruiz"), ("say", "vague", "critics"),
                             ("saying", "named", "Mayor Ana Ruiz")]  # scolding is speech
