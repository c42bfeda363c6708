"""Tokens know whether they are words from the start, exactly as the regex would say."""

from __future__ import annotations

import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.text.document import WORD_RE, Document, Token


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_is_word_is_the_regex_answer(text: str) -> None:
    for token in Document(text).tokens:
        assert token.is_word == (WORD_RE.search(token.text) is not None)


def test_every_character_alone_is_a_word_exactly_when_the_regex_says() -> None:
    text = " ".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    tokens = Document(text).tokens
    assert len(tokens) > 1_000_000
    assert all(t.is_word == (WORD_RE.search(t.text) is not None) for t in tokens)


def test_tokens_compare_hash_and_print_by_their_three_fields() -> None:
    made = Token(3, 6, "cat")
    assert made.is_word and not Token(0, 1, ",").is_word
    assert made == Token(3, 6, "cat", False) and hash(made) == hash(Token(3, 6, "cat"))
    assert repr(made) == "Token(start=3, end=6, text='cat')"
