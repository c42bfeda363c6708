"""Issue 11, item 4: attribution cues the rules missed, each class with sentences written
for the test (exact cue, label and source phrase), and the near misses each rule must
leave alone."""

from __future__ import annotations

import pytest

from tests.test_attribution import sources

CASES = [
    # a time adverbial between the speaker and the verb
    ("Sen. Ana Ruiz (D-Ore.) last week said the pier was unsafe.",
     [("said", "named", "Sen. Ana Ruiz (D-Ore.)")]),
    ("The harbour master on Tuesday told reporters the pier would close.",
     [("told", "anonymous", "The harbour master")]),
    ("Ana Ruiz yesterday warned that the pier was unsafe.",
     [("warned", "named", "Ana Ruiz")]),
    # a connective set off by commas
    ("Supporters of the pier, however, say it is safe.",
     [("say", "vague", "Supporters of the pier")]),
    ("A harbour poll released last week showed Ruiz ahead.",
     [("showed", "anonymous", "A harbour poll released last week")]),  # the poll's time
    # an opening word that only starts a longer phrase: the appositive is the speaker
    ("Her campaign manager, Tom Okafor, says the pier is unsafe.",
     [("says", "named", "Tom Okafor")]),
    # a common-noun speaker opening the sentence, for "..., saying" and "... and told"
    ("The veteran official walked the length of the pier, saying it was unsafe.",
     [("saying", "anonymous", "The veteran official")]),
    ("A neighbour came in and told me the pier had closed.",
     [("told", "anonymous", "A neighbour")]),
    ("The pier closed in May and says nothing about the tides.", []),
    # speech verbs the list lacked, and participles of ones it had
    ("Ana Ruiz mused that the pier might outlast the town.",
     [("mused", "named", "Ana Ruiz")]),
    ("Tom Okafor disputed the figures.", [("disputed", "named", "Tom Okafor")]),
    ("Ana Ruiz closed the meeting, cautioning that the pier was unsafe.",
     [("cautioning", "named", "Ana Ruiz")]),
    ("The mayor assailed the harbour board for the delay.",
     [("assailed", "anonymous", "The mayor")]),
    # evidence that can report
    ("On Sunday, disclosures filed by the club revealed that it paid for the ads.",
     [("revealed", "anonymous", "disclosures filed by the club")]),
    ("The inquiry found that the board never checked the pier.",
     [("found that", "anonymous", "The inquiry")]),
    # a Title Case headline's third-person verb
    ("Ana Ruiz Announces Plan To Close The Pier", [("Announces", "named", "Ana Ruiz")]),
    ("Harbour Calls Grow Louder", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_recall_classes(text: str, expected: list) -> None:
    assert sources(text) == expected
