"""Issue 11: the classes of false attribution found on real mainstream news, each with
sentences written for the test. A cue is a verb of saying, writing or believing in a
clause whose subject can speak; the source phrase is that subject (or the agent, or the
phrase after an inverted cue), and its label follows from it. Exact cues, labels and
source phrases; a false flag class gives no attribution at all."""

from __future__ import annotations

import pytest

from analysis import analyze
from tests.test_attribution import sources

CASES = [
    # nouns read as verbs of saying
    ("The family made FaceTime calls to relatives every night.", []),
    ("The council cut the fee it has charged since 2019.", []),
    ("Her claims about the harbour were never checked.", []),
    ("Voters in three Western states went to the polls.", []),
    # ordinary verbs: acts, wishes, plans and support are not reports
    ("Even the ministers showed the strain of a long week.", []),
    ("Several towns have recently rejected plans for a new pier.", []),
    ("The mayor wants a new pier.", []),
    ("The union backed the mayor in the last election.", []),
    ("The club ran an online appeal asking for money to fix the roof.", []),
    ("Ana Ruiz said she called Tom Okafor earlier this month.",
     [("said", "named", "Ana Ruiz")]),
    ("All told, the repairs took three years.", []),
    ("Ana Ruiz tweeted a warning to the skippers.", [("tweeted", "named", "Ana Ruiz")]),
    # a cue inside a noun phrase: a noun after a determiner and a modifier, an adjective
    ("The mayor gave a stern warning about the tides.", []),
    ("She has won more pledged delegates than her rival in the state.", []),
    ("His stated aim was a quieter harbour.", []),
    ("The most telling detail in her speech was the date.", []),
    # camps and evidence with no determiner are a kind, not a source in view: vague
    ("Environmentalists hope the ban will spread to other ports.",
     [("hope", "vague", "Environmentalists")]),
    ("The council met on Monday, and some surveys show the mayor ahead of her rival.",
     [("show", "vague", "some surveys")]),
    ("The court took the case, which conservative groups hoped would end the ban.",
     [("hoped", "vague", "conservative groups")]),
    # ... but a determiner puts the group in view, and role nouns stay anonymous
    ("Those progressives said the bill was too weak.",
     [("said", "anonymous", "Those progressives")]),
    ("Asked how the storm got through, the harbour staff shrugged.", []),
    ("Residents of the harbour think warmly back to the old ferry.", []),
    ("The pier, with a value estimated at two million, was sold.", []),
    ("Part of being a good mayor is acknowledging mistakes.", []),
    ("The coast guard was defended by a handful of small boats.", []),
    ("Some of the neighbours reported her posters as spam.", []),
    # a name given to something is a stance; a telephone call is not
    ('The mayor called the plan "a disgrace".', [("called", "anonymous", "The mayor")]),
    ("Okafor called him reckless.", [("called", "named", "Okafor")]),
    # evidence shows: a poll or a study can be a source, a person showing a feeling cannot
    ("A harbour poll released last week showed Ruiz ahead.",
     [("showed", "anonymous", "A harbour poll released last week")]),
    # the source phrase is the subject of the cue, not the clause before it
    ("The vote could worry residents among the pier's supporters who had hoped that it "
     "would stay.", [("hoped", "vague", "the pier's supporters")]),
    ("Critics want the pier prosecuted for what they say was a cover-up.",
     [("say", "anonymous", "they")]),
    ("The ferry strike was first reported by the Harbour Gazette.",
     [("reported", "named", "the Harbour Gazette")]),
    ("Several skippers, including Ana Ruiz, said the tide was late.",
     [("said", "named", "including Ana Ruiz")]),
    ("The president and the harbour ministers all urged calm.",
     [("urged", "anonymous", "the harbour ministers")]),
    # a report with no content ("what voters are saying") is no attribution
    ("She has heard what voters are saying, and she is ready.", []),
    # a capitalised modifier does not name a group of leaders
    ("GOP leaders have told members they will not interfere.",
     [("told", "anonymous", "GOP leaders")]),
    # an indefinite description before "who" says what someone is like
    ("He is a man who said he would sell the pier.", []),
    # an announced plan is not an expectation handed to unnamed people
    ("The mayor is expected to deliver a speech on Thursday.", []),
    ("The mayor is expected to win.", [("is expected to", "vague", None)]),
    # sources found further away: a speech participle after a quotation's comma, "and
    # said" after an opening aside, an inverted "say", a name before its party tag
    ('Ruiz delivered a defence of "harbour values," saying the pier was safe.',
     [("saying", "named", "Ruiz")]),
    ("In an interview on Sunday, Ruiz doubled down on her plan and said the pier was unsafe.",
     [("said", "named", "Ruiz")]),
    ("It may not be such a bad thing, say some skippers.",
     [("say", "anonymous", "some skippers")]),
    ("The pier's old rival Sen. Ana Ruiz (R-Fla.) said the pier is unsafe.",
     [("said", "named", "Ana Ruiz")]),
    # acts of support or rejection, a question, a "whether" clause, an idiom report nothing
    ("Harbour voters overwhelmingly rejected the candidate.", []),
    ("Ruiz rejected the claim that the pier was unsafe.", [("rejected", "named", "Ruiz")]),
    ("Will the mayor testify at the trial?", []),
    ("The pressure grows on her to say whether she agrees with the plan.", []),
    ("This picture says it all.", []),
    ("More stops are expected to be announced soon.", []),
    # adverbs between the subject and the verb; a gerund takes the clause's subject
    ("Ruiz has long denied any role in the closure.", [("denied", "named", "Ruiz")]),
    ("The plan, which is then denounced by Ruiz, failed.", [("denounced", "named", "Ruiz")]),
    ("They played to voters by criticizing the checkers.",
     [("criticizing", "anonymous", "They")]),
    # a named or specific source is not vague; a team named before is not a weasel
    ("A study by Ruiz and Okafor tracked the tides. The researchers note that the water "
     "rose.", [("note", "named", "The researchers")]),
    ("\"It will close,\" said someone who had worked at the pier.",
     [("said", "anonymous", "someone")]),
    ("Activists claim that the pier is unsafe.", [("claim", "vague", "Activists")]),
    ("The pier will close, according to this month's figures from the Harbour Board's "
     "finance office.",
     [("according to", "named", "this month's figures from the Harbour Board's finance "
                                "office")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_false_attribution_classes(text: str, expected: list) -> None:
    assert sources(text) == expected


def test_the_researchers_note_is_no_weasel() -> None:
    text = ("A study by Ruiz and Okafor tracked the tides for ten years. The researchers note "
            "that the water rose.")
    ev = analyze(text).to_dict()["evidence"]
    assert [e["text"] for e in ev if e["extractor"] == "hedging"] == []
    assert [(e["text"], e["label"], e["source_text"]) for e in ev
            if e["extractor"] == "sourcing"] == [("note", "named", "The researchers")]


def test_a_definite_description_after_a_name_is_named() -> None:
    text = ("Ana Ruiz runs the harbour. The mayor said the pier was unsafe. The company "
            "denied it. The official said nothing would change.")
    assert sources(text) == [("said", "named", "The mayor"), ("denied", "named", "The company"),
                             ("said", "anonymous", "The official")]


def test_the_people_named_before_are_not_vague() -> None:
    text = "Two harbour staff met the press. The people said the pier was unsafe."
    assert sources(text) == [("said", "anonymous", "The people")]


def test_a_named_resident_is_not_anonymous() -> None:
    text = "Ana Ruiz, a resident of the harbour, said the pier was unsafe."
    assert sources(text) == [("said", "named", "Ana Ruiz")]
