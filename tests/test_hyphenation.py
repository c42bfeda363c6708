"""Hyphenating on a subset of Pyphen's patterns gives exactly the full dictionary's positions."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pyphen import LANGUAGES, Pyphen

from analysis.extractors.readability import hyphenation
from analysis.extractors.readability.hyphenation import SubsetHyphDict, subset_pyphen

FULL = Pyphen(lang="en_US")
LOWER = st.text(alphabet="abcdefghijklmnopqrstuvwxyz'-.", max_size=30)
ANY = st.text(max_size=20)


def _fresh() -> Pyphen:
    obj = Pyphen.__new__(Pyphen)
    obj.left, obj.right, obj.hd = 2, 2, SubsetHyphDict(LANGUAGES["en_US"])
    return obj


@settings(max_examples=500, deadline=None)
@given(LOWER)
def test_lower_case_words_hyphenate_as_with_the_full_dictionary(word: str) -> None:
    assert subset_pyphen("en_US").positions(word) == FULL.positions(word)


@settings(max_examples=200, deadline=None)
@given(st.lists(LOWER, max_size=8), LOWER)
def test_a_fresh_dictionary_after_other_words_still_agrees(before: list[str], word: str) -> None:
    pyphen = _fresh()
    pyphen.hd.cover(before)
    assert pyphen.positions(word) == FULL.positions(word)
    assert [pyphen.positions(w) for w in before] == [FULL.positions(w) for w in before]


@settings(max_examples=200, deadline=None)
@given(ANY)
def test_any_text_hyphenates_as_with_the_full_dictionary(word: str) -> None:
    assert _fresh().positions(word) == FULL.positions(word)


def test_every_seed_word_hyphenates_as_with_the_full_dictionary(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from textstat.backend.selections import list_words

    from analysis.intake.seeds import load_seeds

    # one by one, as for the few words of a text the CMU dictionary lacks (past the budget,
    # a batch, every pattern is parsed: tests/test_hyphenation_budget.py)
    monkeypatch.setattr(hyphenation, "COVER_BUDGET", 10**9)

    words = {w for s in load_seeds() for w in list_words(s.text, lowercase=True)}
    words |= {w for s in load_seeds() for w in list_words(s.text)}
    pyphen = _fresh()
    for word in sorted(words):
        assert pyphen.positions(word) == FULL.positions(word), word
    assert len(pyphen.hd.patterns) < len(FULL.hd.patterns)


def test_patterns_are_the_full_dictionarys_own() -> None:
    pyphen = _fresh()
    pyphen.hd.cover(["defections", "pyongyang", "hyphenation"])
    assert pyphen.hd.patterns and all(
        FULL.hd.patterns[key] == value for key, value in pyphen.hd.patterns.items())


def test_textstat_gets_the_subset_for_en_us_only() -> None:
    from textstat.backend.counts import _count_syllables

    hyphenation.install()
    hyphenation.install()  # idempotent
    assert _count_syllables.get_pyphen("en_US") is subset_pyphen("en_US")
    assert isinstance(_count_syllables.get_pyphen("de_DE").hd, type(FULL.hd))
    assert not isinstance(_count_syllables.get_pyphen("de_DE").hd, SubsetHyphDict)


@pytest.mark.parametrize("text", [
    "UTF-8\nab1c\n", "UTF-8\na1b /x=y,1,1\n", "UTF-8\n^^e9a1\n", "UTF-8\nab1 \n",
    "ISO8859-1\nab1c\n"])
def test_unusual_files_are_unsupported(tmp_path, text: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "hyph_xx.dic"
    path.write_bytes(text.encode("latin-1"))
    if text == "UTF-8\nab1c\n":
        assert SubsetHyphDict(path).positions("xabcx") == Pyphen(filename=path).positions("xabcx")
    else:
        with pytest.raises(hyphenation.Unsupported):
            SubsetHyphDict(path)


def test_threads_hyphenating_at_once_get_the_full_dictionarys_positions() -> None:
    from concurrent.futures import ThreadPoolExecutor

    words = [f"{a}{b}ation{c}" for a in "bcdfgmpst" for b in "aeiou" for c in ("", "s", "al")]
    for _ in range(3):
        pyphen = _fresh()
        with ThreadPoolExecutor(max_workers=8) as pool:
            got = list(pool.map(pyphen.positions, words * 2))
        assert got == [FULL.positions(w) for w in words * 2]


def _complete() -> Pyphen:
    pyphen = _fresh()
    pyphen.hd.cover(f"w{i}" for i in range(hyphenation.COVER_BUDGET + 1))
    assert pyphen.hd.complete
    return pyphen


COMPLETE = _complete()


@settings(max_examples=500, deadline=None)
@given(LOWER | ANY)
def test_counted_positions_are_the_full_dictionarys_count(word: str) -> None:
    assert hyphenation.count_positions(COMPLETE, word) == len(FULL.positions(word))


def test_counted_positions_of_the_seed_words_and_before_the_dictionary_is_complete() -> None:
    from textstat.backend.selections import list_words

    from analysis.intake.seeds import load_seeds

    words = sorted({w for s in load_seeds() for w in list_words(s.text, lowercase=True)})
    words += ["İstanbul", "hyphenation", "a", "", "ab", "abc", "encyclopaedia"]
    pyphen = _fresh()  # not complete: Pyphen's own positions, counted
    assert [hyphenation.count_positions(pyphen, w) for w in words[:50]] == [
        len(FULL.positions(w)) for w in words[:50]]
    assert [hyphenation.count_positions(COMPLETE, w) for w in words] == [
        len(FULL.positions(w)) for w in words]
    assert sum(hyphenation.count_positions(COMPLETE, w) for w in words) > len(words) // 2
