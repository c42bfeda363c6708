"""Letters as classes of their cases match what IGNORECASE matches, and the fast official-
title search finds a title exactly where the plain case-insensitive pattern does."""

from __future__ import annotations

import re
import string
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.extractors import any_case
from analysis.extractors.frame_voice import OFFICIAL, OFFICIAL_WORDS

FAST_OFFICIAL = any_case.word_search(OFFICIAL_WORDS)
EVERY = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)


def test_each_letters_class_is_what_ignorecase_matches() -> None:
    for ch in string.ascii_letters:
        assert set(re.findall(f"(?i:{ch})", EVERY)) == set(any_case.letter(ch)), ch


def test_a_pattern_keeps_its_escapes_classes_and_quantifiers() -> None:
    assert any_case.pattern(r"ab\w*[eo]s?") == r"[aA][bB]\w*[eEoO][sSſ]?"
    at, after = any_case.word_search("mp|mayor|chair\\w*")
    assert after.pattern == r"\W(?:[mM](?:[pP]|[aA][yY][oO][rR])|[cC](?:[hH][aA][iIİı][rR]\w*))\b"
    assert at.match("Mayor Bo") and not at.match("mayors") and after.search("the MP.")


WORDS = st.sampled_from(OFFICIAL_WORDS.replace("\\w*", "").replace("s?", "s").replace(
    "[eo]", "e").replace("[sz]", "z").split("|") + ["x", "9", "_", "-", "ſ", "K", "İ"])
PIECES = st.lists(st.tuples(WORDS, st.sampled_from(["", " ", "-", "_", "é", "1", ",", "\n"]),
                            st.booleans()), max_size=12).map(
    lambda parts: "".join((w.upper() if up else w) + sep for w, sep, up in parts))


@settings(max_examples=500, deadline=None)
@given(PIECES | st.text(max_size=40))
def test_the_fast_official_search_finds_a_title_where_the_plain_one_does(text: str) -> None:
    at, after = FAST_OFFICIAL
    fast = bool(at.match(text) or after.search(text))
    assert fast == bool(OFFICIAL.search(text))


def test_official_near_switches_to_the_fast_search_with_the_same_answers(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from analysis.extractors import frame_voice
    monkeypatch.setattr(frame_voice, "PLAIN_CALLS", 2)
    monkeypatch.setattr(frame_voice, "_fast", [])
    monkeypatch.setattr(frame_voice, "_plain_calls", [0])
    texts = ["said Ana Ruiz, a senior official", "said Ana Ruiz, a farmer", "the Director"]
    answers = [frame_voice.official_near(t) for t in texts * 2]
    assert answers == [True, False, True] * 2
    assert len(frame_voice._fast) == 1  # built at the third call
