"""Attribution sources: for each cue, the exact source span and its label. One group of
made-up sentences per rule of analysis/attribution.py and analysis/sources.py."""

from __future__ import annotations

import pytest

from analysis.text.document import Document
from analysis.text.voice import voice_of


def sources(text: str) -> list[tuple[str, str, str | None]]:
    """(cue, label, source text) for every attribution in ``text``."""
    doc = Document(text)
    return [(text[a.cue[0] : a.cue[1]], a.label,
             text[a.source[0] : a.source[1]] if a.source else None)
            for a in voice_of(doc).attributions]


CASES = [
    # "said nothing", "said little": the word after the verb is its object, not a speaker
    ("In March, after the vote, the board said nothing.", [("said", "named", "the board")]),
    ("The board, in March, said nothing.", [("said", "named", "The board")]),
    ("The board, in March, said little about the plan.", [("said", "named", "The board")]),
    ("The pier will close, said the harbour master.",
     [("said", "anonymous", "the harbour master")]),
    ("The pier will close, said Ana Ruiz.", [("said", "named", "Ana Ruiz")]),
    # straight and Penn-Treebank quotation marks close the quote, not open the source;
    # an apostrophe attached to a word is a possessive
    ("``We will rebuild the pier,'' she said.", [("said", "named", "she")]),
    ("``We will rebuild the pier,'' the harbour master said.",
     [("said", "anonymous", "the harbour master")]),
    ("''We will rebuild the pier,'' said Ana Ruiz.", [("said", "named", "Ana Ruiz")]),
    ("'We will rebuild the pier,' she said.", [("said", "named", "she")]),
    ("The dockers' union said the strike would go on.",
     [("said", "named", "The dockers' union")]),
    # a role word inside a capitalised name is part of an organisation's name
    ("The Harbour Authority said the pier would close.",
     [("said", "named", "The Harbour Authority")]),
    ("The Port Authority said the pier would close.",
     [("said", "named", "The Port Authority")]),
    ("The port authority said the pier would close.",
     [("said", "anonymous", "The port authority")]),
    ("Authorities said the pier would close.", [("said", "anonymous", "Authorities")]),
    ("Port Authority officials said the pier would close.",
     [("said", "anonymous", "Port Authority officials")]),
    # an -ing word after the subject's noun is part of it; the noun is still the head
    ("People waiting said the line was long.", [("said", "vague", "People waiting")]),
    ("People living nearby said the noise was constant.",
     [("said", "vague", "People living nearby")]),
    ("Officials working on the case said the suspect fled.",
     [("said", "anonymous", "Officials working on the case")]),
    ("Officials working said the road was closed.",
     [("said", "anonymous", "Officials working")]),
    ("The filing says the firm owes tax.", [("says", "anonymous", "The filing")]),
    ("The king said the war was over.", [("said", "anonymous", "The king")]),
    # a lone -ing word opens a participle clause: no subject
    ("He left the firm, having said the plan was wrong.", []),
    # a title, a role or a campaign believes; "thought" after a person is a verb, not a noun
    ("The mayor thought the plan would fail.", [("thought", "anonymous", "The mayor")]),
    ("The governor fears the dam will break.", [("fears", "anonymous", "The governor")]),
    ("The residents thought the dam would break.",
     [("thought", "anonymous", "The residents")]),
    ("The campaign believes it can win.", [("believes", "anonymous", "The campaign")]),
    ("Ana Ruiz thought the plan would fail.", [("thought", "named", "Ana Ruiz")]),
    ("The mayor claims the vote was rigged.", [("claims", "anonymous", "The mayor")]),
    ("The police reports were sealed.", []),
    ("The security fears grew after the storm.", []),
    # "anyone", "nobody", "no one" hand the claim to no one, before or after the verb;
    # the writer's "I" is a source like any other
    ("Does anyone really think the tax will fall?", []),
    ("Nobody said the bridge was safe.", []),
    ("No one said the bridge was safe.", []),
    ("The bridge is safe, said no one.", []),
    ("The bridge is safe, said nobody.", []),
    ("Someone said the bridge was safe.", [("said", "vague", "Someone")]),
    ("The bridge is safe, said one official.", [("said", "anonymous", "one official")]),
    ("I said the bridge was unsafe.", [("said", "named", "I")]),
    # a title's or an initial's full stop does not end the source after an inverted cue
    ("The ferry will run, said Mr. Okafor.", [("said", "named", "Mr. Okafor")]),
    ("The ferry will run, said Lena T. Varga, a pilot.", [("said", "named", "Lena T. Varga")]),
    ("The ferry will run, said U.S. Rep. Lena Varga.",
     [("said", "named", "U.S. Rep. Lena Varga")]),
    # a sentence's opening "It" is not the speaker of "..., said X"
    ("It is too late, said Ms. Varga.", [("said", "named", "Ms. Varga")]),
    # a past participle after an object noun phrase is no report
    ("Troops yesterday arrested the driver wanted for the robbery.", []),
    ("The court convicted the clerk accused of the theft.", []),
    # a question's opening auxiliary is not part of the source
    ("Do you honestly think the ferry will run?", [("think", "anonymous", "you")]),
    # a capitalised sentence opener the text also writes in lower case is a common word
    ("Storm fears rose as the storm neared.", []),
    ("Okafor fears the storm will hit.", [("fears", "named", "Okafor")]),
    # wanting, planning and backing are acts, not reports (issue 11)
    ("It plans to raise fares.", []),
    ("Many strategists say the ferry is doomed.", [("say", "vague", "Many strategists")]),
    # a determined noun phrase before a prepositional aside is the subject
    ("The council, after a long debate, said the ferry would run.",
     [("said", "named", "The council")]),
    ("The agency, in a short statement, said the ferry would run.",
     [("said", "named", "The agency")]),
    ("The bakery, in April, said prices would rise.", [("said", "anonymous", "The bakery")]),
    # speech-manner and stance verbs and phrases are cues like "said"
    ("The skipper remarked that the tide was late.", [("remarked", "anonymous", "The skipper")]),
    ("Okafor lashed out at the harbour board.", [("lashed out at", "named", "Okafor")]),
    ("The union made it clear that the strike would go on.",
     [("made it clear", "named", "The union")]),
    ("Varga spoke about the ferry at the meeting.", [("spoke about", "named", "Varga")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_attribution_source(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert sources(text) == expected
