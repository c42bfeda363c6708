"""Every extractor against the table of written sentences in tests/examples.py."""

from __future__ import annotations

import math

import pytest

from analysis import analyze
from analysis.extractors import NAMES, REGISTRY
from tests.examples import EXAMPLES, READABILITY_EXAMPLES

CASES = [(name, text, expected) for name, rows in EXAMPLES.items() for text, expected in rows]


@pytest.mark.parametrize(("name", "text", "expected"), CASES,
                         ids=[f"{n}:{t[:40]}" for n, t, _ in CASES])
def test_extractor_example(name: str, text: str, expected: list[tuple[str, str]]) -> None:
    found = [(e.label, e.text) for e in analyze(text).results[name].evidence]
    assert found == expected


def test_every_extractor_has_positive_and_negative_examples() -> None:
    for name in NAMES:
        if name == "readability":
            assert len(READABILITY_EXAMPLES) >= 2
            continue
        rows = EXAMPLES.get(name, [])
        assert any(expected for _, expected in rows), f"{name} has no positive example"
        assert any(not expected for _, expected in rows), f"{name} has no negative example"


def test_every_extractor_declares_its_labels() -> None:
    for module in REGISTRY:
        assert module.NAME and module.DESCRIPTION
        labels = {label for _, exp in EXAMPLES.get(module.NAME, []) for label, _ in exp}
        assert labels <= set(module.LABELS), f"{module.NAME} uses undeclared labels"


@pytest.mark.parametrize(("text", "low", "high"), READABILITY_EXAMPLES)
def test_readability_range(text: str, low: float, high: float) -> None:
    value = analyze(text).results["readability"].values["flesch_reading_ease"]
    assert low <= value <= high


def test_evidence_offsets_index_the_text() -> None:
    for _, text, _ in CASES:
        for e in analyze(text).evidence:
            assert text[e.start : e.end] == e.text


def test_empty_text_gives_nan_rates_not_zero() -> None:
    scores = analyze("").scores
    assert scores["words"] == 0
    assert math.isnan(scores["hedging_count_per_1k"])
    assert math.isnan(scores["sensationalism_index"])
    assert math.isnan(scores["readability_flesch_reading_ease"])


def test_loaded_label_names_its_target() -> None:
    text = "The crooked Senator Blake voted against it."
    (ev,) = analyze(text).results["loaded_language"].evidence
    assert ev.extra["target_text"] == "Senator Blake"
    assert text[slice(*ev.extra["target"])] == "Senator Blake"


def test_loaded_word_in_a_quote_is_the_sources_voice() -> None:
    ev = analyze("“This is a disgrace,” said Mayor Ana Ruiz.").results["loaded_language"].evidence
    assert [(e.text, e.voice) for e in ev] == [("disgrace", "quoted")]


def test_superlative_kinds_include_minimisers() -> None:
    text = "The protest drew nothing more than a handful of people, an unprecedented low."
    kinds = [e.extra["kind"] for e in analyze(text).results["superlatives"].evidence]
    assert kinds == ["minimiser", "minimiser", "peacock"]


def test_fixed_superlative_phrases_are_never_reported() -> None:
    from analysis.lexicons import entries

    for entry in entries("superlatives"):
        if entry.label == "fixed":
            text = f"They wrote {entry.term} on the board."
            assert analyze(text).results["superlatives"].evidence == [], entry.term
