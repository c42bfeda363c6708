"""Issue 11, item 4 (second round): verbs of knowing and feeling with a clause after them,
and verbs of saying the list lacked, each with sentences written for the test (exact cue,
label and source phrase), and the near misses each rule must leave alone."""

from __future__ import annotations

import pytest

from analysis.text.complements import clause_follows, plural_head, title_dot, words_offered
from analysis.text.document import Document
from tests.test_attribution import sources

CASES = [
    # cognition verbs count with a clause: "that" or a subject pronoun opening one
    ("Tom Okafor feels that the pier is unsafe.", [("feels", "named", "Tom Okafor")]),
    ("Many voters feel strongly that the pier is unsafe.",
     [("feel", "vague", "Many voters")]),
    ("Ana Ruiz felt she could win the harbour seat.", [("felt", "named", "Ana Ruiz")]),
    ("The harbour board assumed that the tides were late.",
     [("assumed", "named", "The harbour board")]),
    # factive verbs: the writer vouches for the clause, no one is handed it
    ("Ana Ruiz knew that the pier was unsafe.", []),
    ("The harbour board realized it was late.", []),
    ("Critics worry it will close the pier for good.", [("worry", "vague", "Critics")]),
    ("Tom Okafor doubted that the pier would reopen.", [("doubted", "named", "Tom Okafor")]),
    # ... and not with an object or a complement
    ("Ana Ruiz felt the cold on the pier.", []),
    ("The skippers feel betrayed by the board.", []),
    ("Ana Ruiz does not doubt how many boats were lost.", []),
    ("Tom Okafor worried about the risks of the pier.", []),
    # verbs of saying the list lacked
    ("Ana Ruiz offered a blunt assessment of the pier.", [("offered", "named", "Ana Ruiz")]),
    ("Tom Okafor expresses doubts about the pier.", [("expresses", "named", "Tom Okafor")]),
    ("Tom Okafor talked about the tides.", []),  # a topic, not what was said
    ("Tom Okafor will discuss the pier on the radio.", [("discuss", "named", "Tom Okafor")]),
    ("Ana Ruiz thanked the crew for their work.", [("thanked", "named", "Ana Ruiz")]),
    # a base-form verb after a plural head with a prepositional phrase ("of the law")
    ("Supporters of the law hope this is a passing problem.",
     [("hope", "vague", "Supporters of the law")]),
    ("The hope of the law is a fair pier.", []),
    # "call"/"called" giving a name: after a title's full stop, "that", a reflexive
    ("Ana Ruiz called Mrs. Okafor a \"menace.\"", [("called", "named", "Ana Ruiz")]),
    ("Tom Okafor called that \"beyond silly.\"", [("called", "named", "Tom Okafor")]),
    ("Ana Ruiz once called herself a skeptic.", [("called", "named", "Ana Ruiz")]),
    ("Critics call it a waste of money.", [("call", "vague", "Critics")]),
    ("And 40% call him a liar.", [("call", "anonymous", "40%")]),
    ("Skippers like Sanders' call for a new pier.", []),  # a noun after "Sanders'"
    ("Ana Ruiz called Mr. Okafor. He was out.", []),  # a telephone call
    # a "noun-like" cue before an object pronoun is a verb
    ("The harbour newspaper calls it \"the jewel\" of the coast.",
     [("calls", "named", "The harbour newspaper")]),
    ("The harbour newspaper calls were ignored.", []),
    # "offered" with no words offered is an act
    ("Ana Ruiz offered to pay for the pier.", []),
    ("Tom Okafor offered an olive branch to the board.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_cognition_and_speech_cues(text: str, expected: list) -> None:
    assert sources(text) == expected


@pytest.mark.parametrize(("text", "verb", "expected"), [
    ("They feel that it is late.", 1, True),
    ("They feel it's late.", 1, True),
    ("They feel strongly that it is late.", 1, True),
    ("They feel betrayed.", 1, False),
    ("They doubted the mayor.", 1, False),
    ("They doubted.", 1, False),
])
def test_clause_follows(text: str, verb: int, expected: bool) -> None:
    assert clause_follows(Document(text).sentences[0], verb) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ruiz offered her own harsh criticism of it.", True),
    ("Ruiz offered few ideas.", True),
    ("Ruiz offered a ride, criticism aside.", False),  # punctuation ends the object
    ("Ruiz offered a glimpse of the plan.", False),
])
def test_words_offered(text: str, expected: bool) -> None:
    assert words_offered(Document(text).sentences[0], 1) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Supporters of the law", True),
    ("Critics in the party", True),
    ("They", True),
    ("The report of the board", False),
    ("The mayor", False),
])
def test_plural_head(text: str, expected: bool) -> None:
    assert plural_head(Document(text).sentences[0].tokens) is expected


@pytest.mark.parametrize(("text", "k", "expected"), [
    ("Mrs. Ruiz", 1, True),
    ("Sen. Ruiz", 1, True),
    ("the pier. Ruiz", 2, False),
])
def test_title_dot(text: str, k: int, expected: bool) -> None:
    assert title_dot(Document(text).sentences[0].tokens, k) is expected
