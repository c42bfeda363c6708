"""Cheap substring tests skip regexes that cannot match in a sentence or a document; where
the text holds what the regex needs, the outputs are as before (output_hashes.py showed it
on the development texts; these are the edge cases)."""

from __future__ import annotations

from analysis.extractors import frames, superlatives
from analysis.text.document import Document
from analysis.text.evidence_cues import named_polls
from analysis.text.speaker_labels import punctuation_attributions


def _superlatives(text: str) -> list[tuple[str, str]]:
    return [(e.label, e.text) for e in superlatives.extract(Document(text)).evidence]


def test_most_in_any_case_and_with_a_long_s_is_still_a_superlative() -> None:
    assert _superlatives("It was the most beautiful day.") == [("unsourced", "most beautiful")]
    assert _superlatives("It was the MOST beautiful day.") == [("unsourced", "MOST beautiful")]
    # IGNORECASE matches the long s as an s; str.lower() keeps it
    assert _superlatives("It was the mo\u017ft beautiful day of the year.") == [
        ("unsourced", "mo\u017ft beautiful")]
    assert _superlatives("It was a beautiful day of the year.") == []


def test_a_named_poll_needs_its_noun_in_the_sentence() -> None:
    text = "In a new Quinnipiac University poll, 52 percent approve. In the same poll, few did."
    doc = Document(text)
    assert [named_polls(text, s) for s in doc.sentences] == [[((0, 2), (3, 35))], []]
    text = "In a new Quinnipiac University Poll, 52 percent approve."  # the noun is lower case
    assert [named_polls(text, s) for s in Document(text).sentences] == [[]]


def test_a_name_after_a_dash_that_follows_a_quotation() -> None:
    doc = Document("\u201cWe will win this race.\u201d \u2015 Ana Ruiz")
    assert [punctuation_attributions(doc, s) for s in doc.sentences] == [
        [((25, 26), (27, 35), None)]]
    doc = Document("\u201cWe will win this race.\u201d - Ana Ruiz")  # a hyphen: no such label
    assert [punctuation_attributions(doc, s) for s in doc.sentences] == [[]]


def test_an_age_is_a_human_interest_cue_only_when_written_with_year_old() -> None:
    cues = frames.cue_sentences(Document("The 62-year-old farmer lost his land. He was 62."))[0]
    assert cues["human_interest"] == {0: (4, 15, "HI1 a human example or face")}
    cues = frames.cue_sentences(Document("The law, 62 years old, was dropped."))[0]
    assert cues.get("human_interest", {}) == {}


def test_frame_voice_counts_ages_in_either_form() -> None:
    from analysis.extractors.frame_voice import AGE, _ages

    for text in ("The 62-year-old farmer.", "Ana Ruiz, 34, said so.", "Ana Ruiz, aged 34, said",
                 "He was 62 years old.", "Ana Ruiz, 34 said so.", "", "Ana, 3, and Bo, 5, play."):
        assert _ages(text) == len(AGE.findall(text)), text
    assert _ages("Ana Ruiz, aged 34, said; the 62-year-old agreed.") == 2
