"""What surrounds an attribution (analysis/text/source_context.py): a negated or refused cue
reports nothing; a source joined to a name is named; a participle after a comma keeps the
speaker of the cue before it. Classes of false flag read from the fresh5 part of the
precision audit; every sentence here is made up, with a right attribution of the same shape
that must stay."""

from __future__ import annotations

import pytest

from analysis.extractors import hedging, sourcing
from analysis.text.document import Document


def sources(text: str) -> list[tuple[str, str, str | None]]:
    """Cue, label and source as the sourcing extractor reports them."""
    return [(e.text, e.label, e.extra.get("source_text"))
            for e in sourcing.extract(Document(text)).evidence if e.label != "quote"]


def weasels(text: str) -> list[str]:
    return [e.text for e in hedging.extract(Document(text)).evidence if e.label == "weasel"]


NEGATED = [
    ("The harbour board met, though its members didn't mention the ferry.",
     [("mention", "declined", "its members")]),
    ("Two councillors have not said how they will vote.",
     [("said", "declined", "Two councillors")]),
    ("A port spokeswoman declined to comment on the sale.",
     [("declined to comment", "declined", "A port spokeswoman")]),
    ("A port spokeswoman refused to say when the pier opens.",
     [("refused", "declined", "A port spokeswoman")]),
    ("The mayor would not say if the pier will reopen.", [("say", "declined", "The mayor")]),
    ("The mayor never publicly said the pier was unsafe.",
     [("said", "declined", "The mayor")]),
    # the same shapes with something said, and negation that keeps a claim
    ("Two councillors have said how they will vote.", [("said", "anonymous", "Two councillors")]),
    ("Mayor Ana Ruiz did not only say the pier was unsafe; she closed it.",
     [("say", "named", "Mayor Ana Ruiz")]),
    ("Mayor Ana Ruiz doesn't think the pier will reopen.",
     [("think", "named", "Mayor Ana Ruiz")]),
    ("Mayor Ana Ruiz did not deny that the pier was sold.",
     [("deny", "named", "Mayor Ana Ruiz")]),
]
JOINED = [
    ("Mara Quint and another ferry pilot said the berth was unsafe.",
     [("said", "named", "another ferry pilot")]),
    ("The pilot Mara Quint spoke first. Quint and others who want to close the pier said the "
     "vote was rushed.",
     [("said", "named", "others who want to close the pier")]),
    ("But Quint and her allies argue the vote was rushed.",
     [("argue", "named", "Quint and her allies")]),
    ("Proponents, including the Harbour Pilots Association, have urged the council to wait.",
     [("urged", "named", "Proponents")]),
    # without a name joined, the group stays unidentified: a capitalised adjective, a
    # place after a preposition, a first word never met as a name
    ("Current and former officials said the vote was rushed.",
     [("said", "anonymous", "former officials")]),
    ("Quint and others who want to close the pier said the vote was rushed.",
     [("said", "vague", "others who want to close the pier")]),
    ("Critics and others said the vote was rushed.", [("said", "vague", "others")]),
    ("Proponents, including many shop owners, have urged the council to wait.",
     [("urged", "vague", "Proponents")]),
]
PARTICIPLE = [
    ("People familiar with the sale said it was legal, noting that the mayor signed it.",
     [("said", "anonymous", "People familiar with the sale"),
      ("noting", "anonymous", "People familiar with the sale")]),
]
IN_VIEW = [
    ("The vote is close. Mayor Ruiz's campaign strategists say the pier will decide it.",
     [("say", "anonymous", "Mayor Ruiz's campaign strategists")]),
    ("The vote is close. Most of the harbour board's members have said they back the sale.",
     [("said", "anonymous", "Most of the harbour board's members")]),
    ("Ruiz won 60 percent of the vote in the port wards, according to exit polls.",
     [("according to", "anonymous", "exit polls")]),
    # the same shapes with nobody in view stay vague
    ("The vote is close. Mayor Ruiz's critics say the pier will decide it.",
     [("say", "vague", "Mayor Ruiz's critics")]),
    ("The vote is close. Campaign strategists say the pier will decide it.",
     [("say", "vague", "Campaign strategists")]),
    ("Ruiz won 60 percent of the vote in the port wards, according to polls.",
     [("according to", "vague", "polls")]),
]
KINDS = [
    ("But insiders said the board had planned the sale for months.",
     [("said", "anonymous", "insiders")]),
    ("But shipping specialists say the berth is too shallow.",
     [("say", "vague", "shipping specialists")]),
]


OPENING = [  # capitalised only because the sentence starts there: no name
    ("Both parents said the school had failed them.",
     [("said", "anonymous", "Both parents")]),
    ("Multiple outlets reported that the deal was close.",
     [("reported", "anonymous", "Multiple outlets")]),
    ("Each candidate said the debate was unfair.",
     [("said", "anonymous", "Each candidate")]),
    ("Quint's parents said the school had failed them.",
     [("said", "named", "Quint's parents")]),
]
JOINED_PLACES = [  # two places joined by "and": one subject, not the last place
    ("Officials in Maine and in Ohio said the rules were unclear.",
     [("said", "anonymous", "Officials in Maine and in Ohio")]),
    ("Officials in Maine said the rules were unclear.",
     [("said", "anonymous", "Officials in Maine")]),
]


REFUSED = [  # a refusal reports nothing said only when words are refused
    ("The senator refused to budge on the budget.", []),
    ("The mayor declined her father's offer of a job.", []),
    ("The firm refuses to release its tax returns.", []),
    ("The senator refused to comment on the budget.",
     [("refused", "declined", "The senator")]),
    ("A spokeswoman declined an interview request.",
     [("declined", "declined", "A spokeswoman")]),
]


@pytest.mark.parametrize("text,expected", NEGATED + JOINED + PARTICIPLE + IN_VIEW
                         + KINDS + OPENING + JOINED_PLACES + REFUSED)
def test_cue_label_and_source(text: str, expected: list) -> None:
    assert sources(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Two councillors have not said how they will vote.", []),
    ("But Quint and her allies argue the vote was rushed.", []),
    ("Critics and others said the vote was rushed.", ["others said"]),
])
def test_weasels_follow_the_attribution(text: str, expected: list) -> None:
    assert weasels(text) == expected


def test_a_place_after_a_preposition_is_not_a_joined_name() -> None:
    # "in Portland and ...": Portland is where they live, not a speaker joined to them
    labels = [label for _, label, _ in sources(
        "Pilots who live in Portland and other harbour towns say the vote was rushed.")]
    assert labels == ["anonymous"]


def test_a_superlative_beside_a_refusal_is_unsourced() -> None:
    from analysis.extractors import superlatives
    labels = lambda t: [e.label for e in superlatives.extract(Document(t)).evidence]  # noqa: E731
    assert labels("The mayor would not say why it was the most shocking vote in years.") == [
        "unsourced"]
    assert labels("The mayor said it was the most shocking vote in years.") == ["sourced"]


DEFINITE_DOCUMENTS = [
    # After the opening sentence a definite document points back to the one the text has
    # introduced, whether it is the subject, comes after an inverted verb or follows
    # "according to" (fresh9 of the audit called the last two anonymous).
    ("The harbour board published its yearly survey of the port. Shipping fell by a third, "
     "the report says.", [("says", "named", "the report")]),
    ("The harbour board published its yearly survey of the port. The old route will close, "
     "says the report.", [("says", "named", "the report")]),
    ("The harbour board published its yearly survey of the port. Shipping fell by a third, "
     "according to the study.", [("according to", "named", "the study")]),
    ("Two ferry firms wrote to the council in May. “We cannot keep the route,” the letter "
     "added.", [("wrote", "anonymous", "Two ferry firms"), ("added", "named", "the letter")]),
    ("A former diplomat compiled a dossier on the mayor. The mayor met the buyers, as the "
     "dossier claimed.", [("claimed", "named", "the dossier")]),
    # in the opening sentence nothing has been introduced yet; a role stays anonymous
    ("Shipping fell by a third, according to the report.",
     [("according to", "anonymous", "the report")]),
    ("The ferry stopped. The old route will close, said the official.",
     [("said", "anonymous", "the official")]),
]


@pytest.mark.parametrize(("text", "expected"), DEFINITE_DOCUMENTS)
def test_a_definite_document_points_back_wherever_it_stands(
        text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert sources(text) == expected


CLOSING_SPEAKER = [
    # "..., said X." after a clause of its own: X speaks, not the clause's first capital
    # (the audit's parts held 32 such flags, each sourced to "Fares", "Even", "The Internet")
    ("Fares will rise next year, said the official.", [("said", "anonymous", "the official")]),
    ("Even so, the race will be tight, said Dan Ruiz, who runs the poll.",
     [("said", "named", "Dan Ruiz")]),
    ("The Internet spreads rumours fast, said Ana Ruiz.", [("said", "named", "Ana Ruiz")]),
    ("Fares will rise, said critics.", [("said", "vague", "critics")]),
    # the same shape with an aside after the sentence's subject, or no speaker after the cue
    ("Mayor Ana Ruiz, who lost, said the vote was rigged.",
     [("said", "named", "Mayor Ana Ruiz")]),
    ("Ana Ruiz, a ferry pilot, said dryly.", [("said", "named", "Ana Ruiz")]),
    ("Ana Ruiz, the mayor, said Tuesday.", [("said", "named", "Ana Ruiz")]),
]


@pytest.mark.parametrize(("text", "expected"), CLOSING_SPEAKER)
def test_the_speaker_after_a_closing_said_speaks(
        text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert sources(text) == expected
