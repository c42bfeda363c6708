"""Issue 11, item 4 (fourth round): an opening participle phrase is no speaker, the
subject after it is ("Speaking to reporters, Ana Ruiz ..."); a passive "was asked" with a
question after it reports a question put by someone unnamed (vague); a base form of saying
after "went on to" is a verb of the clause's subject ("He went on to say"); an interview
transcript's "Q:" and "A:" lines are speaker labels; a plural head formed with an agent
suffix ("attendees", "environmentalists") can speak. Sentences
written for the test (exact cue, label and source phrase), with the near misses each rule
must leave alone."""

from __future__ import annotations

import pytest

from analysis.text.document import Document
from analysis.text.opening_phrases import opening_participle, participle_end
from tests.test_attribution import sources

CASES = [
    # the opening participle phrase ends at its comma; the speaker is after it
    ("Recalling that storm, Ana Ruiz, who ran the harbour then, said the pier had held.",
     [("Recalling", "named", "Ana Ruiz"), ("said", "named", "Ana Ruiz")]),
    ("Speaking in Dover, Tom Okafor, without naming her, also accused the mayor of lying.",
     [("accused", "named", "Tom Okafor")]),
    ('Speaking at a rally in Salem, New Hampshire, Ana Ruiz went after the board, calling '
     'it "a disgrace."', [("calling", "named", "Ana Ruiz")]),
    ("Facing mounting questions from the council, Tom Okafor released a statement on Monday, "
     "insisting that the pier was safe.", [("insisting", "named", "Tom Okafor")]),
    # ... not a name that ends in -ing and opens the sentence
    ("Manning said the pier was safe.", [("said", "named", "Manning")]),
    ("Fleming reminisced about the pier, and said the board was wrong.",
     [("reminisced", "named", "Fleming"), ("said", "named", "Fleming")]),
    # a passive "asked" with a question after it: a question put by someone unnamed
    ("Ana Ruiz was asked whether the pier was safe.", [("asked", "vague", None)]),
    ("At the hearing, the skippers were asked repeatedly about the storm.",
     [("asked", "vague", None)]),
    ("Tom Okafor has been asked what he would do with the pier.", [("asked", "vague", None)]),
    # ... not a request, and with an agent the agent asks
    ("Ana Ruiz was asked to leave the pier.", []),
    ("The skippers were asked for their licences.", []),
    # "went on to say", "continued to suggest": the clause's subject says it
    ("Ana Ruiz went on to say that the pier was safe.", [("say", "named", "Ana Ruiz")]),
    ("Later Tom Okafor continued to suggest that the pier was unsafe.",
     [("continued", "named", "Tom Okafor"), ("suggest", "named", "Tom Okafor")]),
    # ... not "no way to tell", "have a say", "evidence to suggest"
    ("There is no way to tell whether the pier is safe.", []),
    ("The skippers want to have a say in the plan.", []),
    ("Tom Okafor had no evidence to suggest that the pier was unsafe.", []),
    # a transcript's "Q:" and "A:" labels, when lines open with both
    ("The harbour master spoke to us.\n\nQ: Did the board close the pier?\n\nA: No, it "
     "stayed open all winter.", [(":", "named", "Q"), (":", "named", "A")]),
    ("The board had two plans.\n\nA: close the pier.\n\nB: keep it open.", []),
    ("Q: Did the board close the pier? Nobody knows.", []),
    # people named by what they do, in lowercase words, can hold and voice a view
    ("At the meeting, the skippers agreed that the pier was unsafe.",
     [("agreed", "anonymous", "the skippers")]),
    ("At the meeting, virtually all the attendees expressed their support for the plan.",
     [("expressed", "anonymous", "virtually all the attendees")]),
    ("While environmentalists welcomed the plan, they were less pleased by the pier.",
     [("welcomed", "vague", "environmentalists")]),
    # ... not a singular or short head, nor a thing
    ("At the meeting, the harbour agreed to nothing.", []),
    ("The pier's ten boats expressed nothing.", []),
    # "with" and a view held, its clause after it: an absolute clause, like "with X saying"
    ("The pier has broken down, with many worried that it can never be rebuilt.",
     [("worried", "vague", "many")]),
    ("The pier has broken down, with the skippers worried about it.", []),
    # a name before a colon and a quotation, after a dash or with a parenthesis
    ('The storm mattered most - Ana Ruiz: “The pier is safe,” she wrote.',
     [(":", "named", "Ana Ruiz"), ("wrote", "named", "she")]),
    ('Rep. Ana Ruiz (D-Mass.): "The pier is safe."', [(":", "named", "Rep. Ana Ruiz")]),
    ('More from the report: “The pier is safe.”', []),
    ("The storm mattered most - Ana Ruiz: the pier is safe.", []),
    # a speech participle opening the sentence is said by the subject after its phrase
    ("Noting that only one skipper voted no, Ana Ruiz said the pier was safe.",
     [("Noting", "named", "Ana Ruiz"), ("said", "named", "Ana Ruiz")]),
    ("Walking along the pier, Ana Ruiz said it was safe.", [("said", "named", "Ana Ruiz")]),
    ("Noting the damage to the pier.", []),  # no subject after it: nobody to hand it to
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_openings_and_asked(text: str, expected: list) -> None:
    assert sources(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Speaking at the pier, she said", True),
    ("Recalling that storm, she said", True),
    ("Led by the mayor, the skippers marched", True),
    ("Facing mounting criticism, she said", True),
    ("Manning said the pier", False),
    ("Fleming, the harbour master, said", False),
    ("Led astray, they said", False),
    ("Sing it, she said", False),
])
def test_opening_participle(text: str, expected: bool) -> None:
    assert opening_participle(Document(text).sentences[0].tokens) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Speaking at a rally in Salem, New Hampshire, Ana Ruiz said it", "Ana"),
    ('Speaking on "Live Today," Ana Ruiz said it', "Ana"),
    ("Speaking at a rally, she said it", "she"),
    ("Manning, the harbour master, said it", None),
])
def test_participle_end(text: str, expected: str | None) -> None:
    toks = Document(text).sentences[0].tokens
    end = participle_end(toks)
    assert (toks[end + 1].text if end is not None else None) == expected
