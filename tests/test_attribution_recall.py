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
    ("Critics of the pier, on the other hand, argued that it was unsafe.",
     [("argued", "vague", "Critics of the pier")]),
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
    ("The median family income rose in May but declined in June.", []),
    ("The former official, who retired last year, noted that the tides were late.",
     [("noted", "anonymous", "The former official")]),
    ("The mayor closed the pier, said Ana Ruiz.", [("said", "named", "Ana Ruiz")]),
    # an absolute clause's speakers, and a quantity opening with "at least"
    ("The mayor gained ground, with 30 percent of voters saying they liked her.",
     [("saying", "anonymous", "30 percent of voters")]),
    ("At least half of the skippers say the pier is unsafe.",
     [("say", "anonymous", "half of the skippers")]),
    # "state" is a noun unless "state that"
    ("The list names Ana Ruiz and state Sen. Tom Okafor.", []),
    # an embedded post's signature: a dash, a name and the account's handle
    ("The pier must close now. — Ana Ruiz (@anaruiz) July 5, 2016",
     [("—", "named", "Ana Ruiz")]),
    ("The pier closed — Ana Ruiz and her crew left early.", []),
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
