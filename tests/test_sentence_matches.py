"""A word list searched once over the whole text, its matches put into sentences, gives
each sentence exactly the matches of searching that sentence alone; where it cannot (a
match across a sentence's end, a sentence ending right before a letter), the sentences are
searched one by one."""

from __future__ import annotations

from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.lexicons import lexicon
from analysis.text.document import Document
from analysis.text.sentence_matches import by_sentence, sentence_matches

LISTS = ("attribution_cues", "hedges", "superlatives", "boosters", "loaded_language")
PIECES = ["said", "according", "to", "experts", "say", "may", "perhaps", "best", "most",
          "very", "crucial", "role", "evil", "the", "Mayor", "it", "-", "--", ".", ",", "?",
          "\n", "\n\n", " ", "“", "”", "'", "x", "un-", "shock", "shocking", "\xa0"]


def per_sentence(name: str, doc: Document) -> list[list[tuple[tuple[int, int], str]]]:
    lex = lexicon(name)
    return [[(m.span(), e.term) for m, e in lex.finditer(doc.text, s.start, s.end)]
            for s in doc.sentences]


def from_whole_text(name: str, doc: Document) -> list[list[tuple[tuple[int, int], str]]]:
    matches = sentence_matches(lexicon(name), doc)
    return [[(m.span(), e.term) for m, e in matches(s)] for s in doc.sentences]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_the_same_matches_as_each_sentence_alone(pieces: list[str]) -> None:
    doc = Document(" ".join(pieces))
    for name in LISTS:
        assert from_whole_text(name, doc) == per_sentence(name, doc)


def test_a_news_paragraph() -> None:
    text = ("Experts say the plan may work. It was the best year ever, according to the "
            "mayor.\n\nShe said it was a crucial role.")
    doc = Document(text)
    assert by_sentence(lexicon("attribution_cues"), doc) is not None
    at = text.index("according")
    said = text.index("said")
    assert from_whole_text("attribution_cues", doc) == [
        [((8, 11), "say")], [((at, at + 12), "according to")], [((said, said + 4), "said")]]


def test_a_match_across_two_paragraphs_sends_each_sentence_alone() -> None:
    doc = Document("Prices rose, according\n\nTo officials.")
    lex = lexicon("attribution_cues")
    assert len(doc.sentences) == 2
    assert [m.group() for m, _ in lex.finditer(doc.text)] == ["according\n\nTo"]
    assert by_sentence(lex, doc) is None  # the whole text's match spans two sentences
    assert from_whole_text("attribution_cues", doc) == per_sentence("attribution_cues", doc)


def test_a_sentence_ending_before_a_letter_is_searched_alone() -> None:
    text = "They say so.Experts said it"
    first = SimpleNamespace(start=0, end=12, index=0)
    second = SimpleNamespace(start=12, end=len(text), index=1)
    doc = SimpleNamespace(text=text, sentences=[first, second], layers={})
    assert by_sentence(lexicon("attribution_cues"), doc) is None
    found = sentence_matches(lexicon("attribution_cues"), doc)
    assert [m.group() for m, _ in found(first)] == ["say"]
    assert [m.group() for m, _ in found(second)] == ["said"]
