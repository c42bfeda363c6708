"""Issue 11, item 4 (third round): a reporting verb with no subject of its own takes the
speaker of the clause it continues (``analysis.text.clause_subjects``). Sentences written
for the test (exact cue, label and source phrase), with the near misses each rule must
leave alone."""

from __future__ import annotations

import pytest

from analysis.text.clause_subjects import after_auxiliary, contracted
from analysis.text.cue_sense import speech_verb
from analysis.text.document import Document
from tests.test_attribution import sources

CASES = [
    # a second verb sharing the subject of the clause before "and", "but", "or", when the
    # opening of the sentence is no name ("After the vote ..., the deputy, Ana Ruiz, ...")
    ("After the vote on Tuesday, the harbour master's deputy, Ana Ruiz, appeared on the "
     "radio and outlined how the pier could reopen.", [("outlined", "named", "Ana Ruiz")]),
    ("The voters heard the plan, but they haven't backed it or conceded the harbour seat.",
     [("conceded", "anonymous", "they")]),
    # ... not from a clause that is what someone said ("that the pier ..."), nor when the
    # clause before has no one who speaks
    ("The storm closed the pier on Monday and warned everyone.", []),
    # a speech participle after a comma, a link word or a preposition
    ("The nurse later sued, claiming the quarantine was unlawful.",
     [("claiming", "anonymous", "The nurse")]),
    ("In March the mayor rallied skippers by warning that the pier would close.",
     [("warning", "anonymous", "the mayor")]),
    ("As the storm grew and Ana Ruiz stood by her plan, insisting that the pier was safe, "
     "the board met.", [("insisting", "named", "Ana Ruiz")]),
    ("The voters are looking to do the same, hoping that the pier reopens.",
     [("hoping", "anonymous", "The voters")]),
    # ... not a list of acts, nor a verb of no saying
    ("The fishermen gathered on the pier, clapping, singing, chanting and waving flags.", []),
    ("Ana Ruiz walked along the pier, carrying a bag.", []),
    # the one asked is the speaker of the clause
    ('"Not yet," Ana Ruiz said when asked whether the pier would reopen.',
     [("said", "named", "Ana Ruiz"), ("asked", "named", "Ana Ruiz")]),
    ("Tom Okafor, when asked about the pier, replied that it was safe.",
     [("asked", "named", "Tom Okafor"), ("replied", "named", "Tom Okafor")]),
    ("Tom Okafor left the pier when asked to go.", []),  # a request, not a question
    # a contracted pronoun and "has since"
    ("He's suggesting that the pier should close.", [("suggesting", "named", "He")]),
    ("Ana Ruiz has since said she would support the pier.", [("said", "named", "Ana Ruiz")]),
    # the phrase before an aside
    ("Several voters, including the harbour master, criticized the plan.",
     [("criticized", "vague", "Several voters")]),
    ("The board's spokeswoman Ana Ruiz, a veteran of the harbour, declined to comment on "
     "the pier.", [("declined to comment", "named", "The board's spokeswoman Ana Ruiz")]),
    ("And Tom Okafor, the harbour master, also continued to repair the pier.", []),
    # a relative clause set off by a dash or a quotation mark
    ("Most skippers were sure, but 38 percent — who said the pier was safe — were not.",
     [("said", "anonymous", "38 percent")]),
    ("The board released a new video that urges skippers to leave.",
     [("urges", "anonymous", "a new video")]),
    ("The board printed one in September that said the pier was safe.", []),
    # a base form after an auxiliary is a verb, not the noun of the same spelling
    ("Ana Ruiz did not mention the pier in her speech.", [("mention", "named", "Ana Ruiz")]),
    ("Ana Ruiz did not recall the storm.", []),
    ("The mention of the pier upset the board.", []),
    # "went on to", "had to": the words were said
    ("In an email in 2010, Tom Okafor had to explain to the board that the pier was closed.",
     [("explain", "named", "Tom Okafor")]),
    ("Tom Okafor plans to explain the pier to the board.", []),
    # near misses the audit's develop part showed
    ("It's telling that the pier closed.", []),  # an adjective
    ("She is known not by what she's said but by what she built.", []),
    ("The board named a new harbour master who reports directly to the mayor.", []),
    ("The question is whether Ana Ruiz can claim that she saved the pier.", []),
    ("Many carried placards supporting the mayor or slamming the board.", []),
    ("Contacted by the Gazette, the skipper left the pier when asked about it.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_clause_subjects(text: str, expected: list) -> None:
    assert sources(text) == expected


def test_declined_after_an_aside_says_nothing() -> None:
    from analysis.text.voice import voice_of
    text = "Ana Ruiz, a veteran of the harbour board, declined to comment on the pier."
    (att,) = voice_of(Document(text)).attributions
    assert att.declined is True


@pytest.mark.parametrize(("word", "expected"), [
    ("slamming", True),  # a doubled consonant before the ending
    ("telling", True),  # the stem's own double letter
    ("quipped", True),
    ("carrying", False),
])
def test_speech_verb_undoubles_a_final_consonant(word: str, expected: bool) -> None:
    assert speech_verb(word) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("He's", "He"),
    ("they’ve", "they"),
    ("Ruiz's", None),
    ("it's", None),
    ("I'd", None),
    ("that's", None),
])
def test_contracted(text: str, expected: str | None) -> None:
    got = contracted(Document(text).sentences[0].tokens[0])
    assert (got.text if got else None) == expected


@pytest.mark.parametrize(("text", "idx", "expected"), [
    ("Ruiz did not mention it", 3, True),
    ("Ruiz wouldn't comment", 2, True),
    ("the mention of it", 1, False),
    ("Ruiz did not recall it", 3, False),
])
def test_after_auxiliary(text: str, idx: int, expected: bool) -> None:
    assert after_auxiliary(Document(text).sentences[0].tokens, idx) is expected
