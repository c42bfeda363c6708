"""Pairing quotation marks: exact quoted spans for written sentences."""

from __future__ import annotations

import pytest

from analysis.text.document import Document
from analysis.text.voice import find_quotes, voice_of

NARRATOR_LINES = "\n".join(
    f"Council meeting number {n} discussed the roads, the budget and the school roof."
    for n in range(12)
)


def quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(Document(text))]


def test_straight_open_never_pairs_with_a_far_curly_close() -> None:
    text = f'"We will not back down.\n{NARRATOR_LINES}\nThat was the end of it.”'
    assert quoted(text) == ["We will not back down."]


def test_a_new_opening_mark_ends_an_unclosed_quote_at_its_line_end() -> None:
    text = ('"We will not back down.\nThe council met on Monday.\n'
            "Critics called it a “wages of sin” moment.")
    assert quoted(text) == ["We will not back down.", "wages of sin"]


def test_mixed_styles_pair_when_close_together() -> None:
    assert quoted('“The plan will not work at all," she said.') == [
        "The plan will not work at all,"]
    assert quoted('"The plan will not work at all,” she said.') == [
        "The plan will not work at all,"]


def test_a_quote_over_several_lines_of_one_block_closes_where_it_ends() -> None:
    text = "She wrote: “The first sentence.\nThe second sentence.”\nThen she left."
    assert quoted(text) == ["The first sentence.\nThe second sentence."]


def test_a_reopened_paragraph_continues_the_quotation() -> None:
    text = "“First paragraph of the statement.\n\n“Second paragraph ends it.”"
    assert quoted(text) == ["First paragraph of the statement.", "Second paragraph ends it."]
    text = "He said: “One thing.\nAnother thing.\n“The last thing.” Then he left."
    assert quoted(text) == ["One thing.\nAnother thing.", "The last thing."]
    text = "“One point, said in one breath. “And a second point follows.” He sat."
    assert quoted(text) == ["One point, said in one breath.", "And a second point follows."]


def test_a_straight_mark_before_a_word_opens_even_if_a_quote_is_open() -> None:
    text = '"We know the facts, Cruz wrote. "For some time, I have waited." He left.'
    assert quoted(text) == ["We know the facts, Cruz wrote.", "For some time, I have waited."]


def test_a_straight_mark_before_a_space_opens_nothing() -> None:
    assert quoted('The vote failed." Then the council argued about the budget.') == []
    assert quoted('Long live the king. "\nThen the council argued about it.') == []


def test_a_curly_opening_mark_before_a_space_closes_an_open_quote() -> None:
    assert quoted("“We are not afraid of them.“ Then he left the room.") == [
        "We are not afraid of them."]


def test_a_quote_of_the_other_style_nests_inside_on_the_same_line() -> None:
    text = '"The poll asked: “Do you approve?” Most said no," he said.'
    assert quoted(text) == ["The poll asked: “Do you approve?” Most said no,",
                            "Do you approve?"]


def test_an_unclosed_quote_in_text_without_line_breaks_is_dropped_when_long() -> None:
    text = 'The mayor said "we will rebuild' + " and the council agreed" * 40 + "."
    assert quoted(text) == []
    assert quoted('The mayor said "we will rebuild the school soon.') == [
        "we will rebuild the school soon."]


@pytest.mark.parametrize(("text", "expected"), [
    ("In the '90s the defectors' families left the country.", []),
    ("They played rock 'n' roll until the defectors' van came.", []),
    ("Catch 'em all, said the organisers' leaflet.", []),
    ("`` We 're with the workers' union , '' she said .", [" We 're with the workers' union , "]),
])
def test_apostrophes_are_not_quotation_marks(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


def test_single_quotes_close_after_punctuation() -> None:
    assert quoted("She said 'stop now,' and left the 'reform' meeting.") == [
        "stop now,", "reform"]


def test_doubled_apostrophes_pair_like_double_quotes() -> None:
    assert quoted("''We will win,'' he said.") == ["We will win,"]
    assert quoted("`` We won , '' she said .") == [" We won , "]


def test_a_lone_doubled_closing_mark_opens_nothing() -> None:
    text = "The ferry will run all winter, '' the harbour master told the crowd on the quay."
    assert quoted(text) == []
    doc = Document(text)
    assert [text[a.cue[0] : a.cue[1]] for a in voice_of(doc).attributions] == ["told"]


def test_a_closing_triple_mark_closes_the_single_quote_then_the_double() -> None:
    text = "''The clerk told me, 'come back on Monday,''' the baker said. It's late, 'he' said."
    assert quoted(text) == ["The clerk told me, 'come back on Monday,'", "come back on Monday,",
                            "he"]


def test_an_opening_triple_mark_opens_the_double_quote_then_the_single() -> None:
    text = "She wrote, '''Harbour Days,' the fair, is back,'' and left it there."
    assert quoted(text) == ["'Harbour Days,' the fair, is back,", "Harbour Days,"]


def test_blocks_end_at_blank_lines_only_and_keep_a_blank_lines_spaces() -> None:
    from analysis.text.voice import BLOCK_RE

    text = "a b\nc\n \t\nd\n\n\n e\xa0\n\xa0\nf\n"
    assert [text[m.start():m.end()] for m in BLOCK_RE.finditer(text)] == [
        "a b\nc", " \t\nd", "\n e\xa0", "\xa0\nf\n"]

