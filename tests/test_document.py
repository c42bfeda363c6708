"""The shared document model: sentences, paragraphs, quotations and voice."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import analyze
from analysis.text.document import Document
from analysis.text.voice import voice_of


def sentences(text: str) -> list[str]:
    return [s.text for s in Document(text).sentences]


def test_sentences_split_on_terminal_punctuation() -> None:
    assert sentences("The vote failed. Mr. Lee left at 5 p.m. on Monday. Why?") == [
        "The vote failed.", "Mr. Lee left at 5 p.m. on Monday.", "Why?"]


def test_abbreviations_and_initials_do_not_end_sentences() -> None:
    assert sentences("Dr. Ana Ruiz met J. Smith in the U.S. State Department.") == [
        "Dr. Ana Ruiz met J. Smith in the U.S. State Department."]


def test_dotted_initials_do_not_end_sentences() -> None:
    assert sentences("Is J.R. Ewing back? Ask A.B.C. Lee. The show ended.") == [
        "Is J.R. Ewing back?", "Ask A.B.C. Lee.", "The show ended."]


def test_closing_quote_stays_with_its_sentence() -> None:
    assert sentences("“We won.” Then the crowd left.") == ["“We won.”", "Then the crowd left."]


def test_each_line_is_a_paragraph_but_hard_wrapped_lines_join() -> None:
    doc = Document("Headline\nFirst line of a paragraph that\ncontinues here. Next one.\n\nLast.")
    texts = [doc.text[s:e] for s, e in doc.paragraphs]
    assert texts == ["Headline", "First line of a paragraph that\ncontinues here. Next one.",
                     "Last."]


def test_text_without_punctuation_is_one_sentence_per_line() -> None:
    assert sentences("no punctuation here at all\nAnother line") == [
        "no punctuation here at all", "Another line"]


def test_offsets_index_the_given_text() -> None:
    text = "  Prices rose\xa0sharply.  Officials said “it may last.”\n"
    doc = Document(text)
    for s in doc.sentences:
        assert text[s.start : s.end] == s.text
    for t in doc.tokens:
        assert text[t.start : t.end] == t.text


def test_direct_quote_is_quoted_voice_and_scare_quote_is_not() -> None:
    text = "The so-called “reform” failed. “It was a disaster for us all,” said Ana Ruiz."
    doc = Document(text)
    kinds = [(text[q.start : q.end], q.kind) for q in voice_of(doc).quotes]
    assert kinds == [("reform", "scare"), ("It was a disaster for us all,", "direct")]
    assert voice_of(doc).voice_at(text.index("disaster")) == "quoted"
    assert voice_of(doc).voice_at(text.index("failed")) == "narrator"


def test_straight_quotes_pair_up() -> None:
    text = 'He said "the plan will not work at all" and left.'
    doc = Document(text)
    assert [(text[q.start : q.end], q.kind) for q in voice_of(doc).quotes] == [
        ("the plan will not work at all", "direct")]


def test_reported_speech_is_quoted_voice() -> None:
    text = "The ministry said that the border may close. The weather was cold."
    doc = Document(text)
    assert voice_of(doc).voice_at(text.index("may")) == "quoted"
    assert voice_of(doc).sentence_voice(doc.sentences[0]) == "mixed"
    assert voice_of(doc).sentence_voice(doc.sentences[1]) == "narrator"


def test_content_before_a_closing_attribution_is_reported() -> None:
    text = "The bridge will close for three months, the city council said."
    doc = Document(text)
    assert voice_of(doc).voice_at(text.index("three")) == "quoted"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_any_text_analyses_with_valid_offsets(text: str) -> None:
    a = analyze(text)
    for e in a.evidence:
        assert 0 <= e.start <= e.end <= len(text)
        assert text[e.start : e.end] == e.text
    for row in a.to_dict()["sentences"]:
        assert 0 <= row["start"] < row["end"] <= len(text)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(
    ["Some believe", "it may", "“Yes,” he said.", "Why?", "the most", "U.S.", "May 2020",
     "\n", " ", ".", "'", "\"", "according to", "officials", "Ana Ruiz", "2,000 people"]),
    max_size=40))
def test_news_like_fragments_analyse(parts: list[str]) -> None:
    text = " ".join(parts)
    for e in analyze(text).evidence:
        assert text[e.start : e.end] == e.text
