"""Light coreference and source-span repairs (analysis/text/coreference.py,
span_repair.py, evidence_cues.py, speaker_labels.colon_headlines): for each class of false
flag found in the precision audit's develop part, made-up sentences with the exact cue,
label and source span."""

from __future__ import annotations

import pytest

from analysis.text.document import Document
from analysis.text.voice import voice_of


def sources(text: str) -> list[tuple[str, str, str | None]]:
    doc = Document(text)
    return [(text[a.cue[0] : a.cue[1]], a.label,
             text[a.source[0] : a.source[1]] if a.source else None)
            for a in voice_of(doc).attributions]


COREFERENCE = [
    # a role noun that stood beside a name points back to that name
    ("Pope Francis visited the harbour on Monday. The crowd was large. "
     "Later the pope said the pier should stay open.",
     [("said", "named", "the pope")]),
    ("Donald Trump, the real estate tycoon, toured the pier. It was windy. "
     "The tycoon told reporters the pier was a disgrace.",
     [("told", "named", "The tycoon")]),
    ("A new Harbour Institute poll was released on Monday. Turnout was low. "
     "The poll found that most residents back the pier.",
     [("found that", "named", "The poll")]),
    ("Republican National Committee Chairman Ana Ruiz met donors. Afterwards the party "
     "chairman warned of consequences.",
     [("warned", "named", "the party chairman")]),
    # ... but a role noun that never stood beside a name stays anonymous
    ("The pier closed on Monday. It was windy. The official said the pier was unsafe.",
     [("said", "anonymous", "The official")]),
    ("Ana Ruiz toured the pier. It was windy. The tycoon told reporters it was unsafe.",
     [("told", "anonymous", "The tycoon")]),
    # "they" after coordinated names; "it" after a named organisation
    ("Judges Ana Ruiz and Li Wei ruled on Monday that the pier must close, and they "
     "wrote that it was unsafe.",
     [("wrote", "named", "they")]),
    ("Officials from the port ruled on Monday that the pier must close, and they wrote "
     "that it was unsafe.",
     [("wrote", "anonymous", "they")]),
    ("The Harbour Media Center posted photos on Monday that it said showed the damage.",
     [("posted", "named", "The Harbour Media Center"), ("said", "named", "it")]),
    ("The newspaper said the pier was unsafe. And it writes that the mayor knew.",
     [("said", "named", "The newspaper"), ("writes", "named", "it")]),
    ("Ana Ruiz's campaign is attacking Li Wei on his record, even as they decry the "
     "closures.",
     [("decry", "named", "they")]),
]

SPANS = [
    # negation, modals and a dash aside stand between the subject and the cue
    ("The mayor spoke on Monday, but he did not say why the pier closed.",
     [("say", "named", "he")]),
    ("But he is not saying yet what the pier will cost.", [("saying", "named", "he")]),
    ("Justice Ana Ruiz spoke on Monday. The justice -- who has clashed with the mayor "
     "over the past few days -- said she regretted her remarks.",
     [("said", "named", "The justice")]),
    # a relative clause stays with its head
    ("The deals did not require cooperation, sources who reviewed them told reporters.",
     [("told", "anonymous", "sources who reviewed them")]),
    # a role beside an appositive name is named, quotation marks are no part of it
    ("''We will rebuild,'' the harbour spokesman, Li Wei, told the radio.",
     [("told", "named", "the harbour spokesman, Li Wei")]),
    ("It is over, Rep. Ana Ruiz (D-Ore.), an oversight panel member, said in an interview.",
     [("said", "named", "Rep. Ana Ruiz (D-Ore.)")]),
    ("Mr. Wei's former campaign manager, Ana Ruiz, said the pier was a mistake.",
     [("said", "named", "Ana Ruiz")]),
    ("(CNN)President Ana Ruiz sharply criticized the harbour board.",
     [("criticized", "named", "President Ana Ruiz")]),
    ("It was late, yet harbour officials emphasized on Friday that the pier was safe.",
     [("emphasized", "anonymous", "harbour officials")]),
    ("Ana Ruiz and her attorneys have said the company would return.",
     [("said", "named", "Ana Ruiz and her attorneys")]),
    ("A top aide to Gov. Ana Ruiz criticized the harbour board.",
     [("criticized", "anonymous", "A top aide to Gov. Ana Ruiz")]),
    ("A port official familiar with the investigation said the pier was unsafe.",
     [("said", "anonymous", "A port official familiar with the investigation")]),
    # an inverted cue takes no preposition, adverb or clause as its source
    ("The pier is unsafe, Ana Ruiz, who toured it on Monday, said in an interview.",
     [("said", "named", "Ana Ruiz")]),
    ("Says Ana Ruiz would close the pier.", []),
    ("Asked about the vote, Ana Ruiz pointed to the budget and praised the board.",
     [("Asked", "named", "Ana Ruiz"), ("pointed to", "named", "Ana Ruiz"),
      ("praised", "named", "Ana Ruiz")]),
]

NOT_REPORTS = [
    ("Ana Ruiz and Li Wei released a statement saying the pier was safe.", []),
    ("A new email shows State sent ten staffers to the meeting.",
     [("shows", "anonymous", "A new email")]),
    ("The latest hiccup adds to the drama around the pier.", []),
    ("The state had enough pledged delegates to win.", []),
    ("A future along these lines does not look promising.", []),
    ("The board closed the pier on Monday, citing security concerns.", []),
]

RECALL = [
    ("In a new Harbour Institute poll released Monday, 52 percent back the pier.",
     [("In", "named", "a new Harbour Institute poll")]),
    ("In the same poll, 40 percent opposed it.", []),
    ("Li Wei: The old harbour master backed the plan.\n\nWei said the plan was good.",
     [("said", "named", "Wei")]),
    ("The pier is unsafe, said he's sure.", []),
    ("The pier is unsafe, said Will Doyle, a professor.", [("said", "named", "Will Doyle")]),
    ("Ana Ruiz: Harbour fees will double in May.\n\nThe mayor spoke on Monday. Ruiz said the "
     "repairs would take a month.",
     [(":", "named", "Ana Ruiz"), ("said", "named", "Ruiz")]),
    ("Exponential Surge: Prices rose again last month.\n\nPrices rose, the bureau said.",
     [("said", "named", "the bureau")]),
    # a title-case label before a colon is nobody's source, even with a cue in the title
    ("Sudden Jump: Harbour Fees Double in May, Reveals Port Authority\n\nFees rose.",
     [("Reveals", "named", "Port Authority")]),
    ("Some believed he betrayed the town, while others praised him.",
     [("believed", "vague", "Some"), ("praised", "vague", "others")]),
]


@pytest.mark.parametrize("text,expected", COREFERENCE + SPANS + NOT_REPORTS + RECALL)
def test_cue_label_and_source(text: str, expected: list) -> None:
    assert sources(text) == expected


def test_the_index_reads_only_the_sentences_a_description_needs_and_answers_alike() -> None:
    from analysis.text.coreference import Referents
    from analysis.text.document import Document

    doc = Document("The tycoon spoke first. Donald Trump, the real estate tycoon, arrived. "
                   "Later the tycoon said so. Pope Francis came. Then the pope left.")
    words = {w: [t for t in doc.tokens if t.lower == w] for w in ("the", "tycoon", "pope")}

    def phrase(k: int, head: str) -> list:
        return [words["the"][k], next(t for t in words[head] if t.start > words["the"][k].start)]

    refs = Referents(doc)
    assert not refs.describes(phrase(0, "tycoon"))  # before the name: nothing to point to
    assert refs._indexed == 1  # noqa: SLF001 - the sentences read are the point
    assert refs.describes(phrase(2, "tycoon"))
    assert refs._indexed == 3  # noqa: SLF001
    assert refs.describes(phrase(3, "pope")) and refs._indexed == 5  # noqa: SLF001
    assert not refs.describes(phrase(0, "tycoon"))  # asked again after more was read
