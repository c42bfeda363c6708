"""The extractors against our own annotations of the four seeds (tests/gold/).

The floors are the committed figures (README, "Measured validity") less 0.02: a change
that loses more than that on precision or recall fails here.
"""

from __future__ import annotations

import pytest

from benchmarks.seed_gold import evaluate

FLOORS = {  # extractor: (span precision, span recall) as committed
    "hedging": (0.80, 0.91),
    "rhetorical_questions": (1.00, 1.00),
    "superlatives": (0.88, 0.62),  # boosters (issue 11): three the annotator left out
    "sourcing": (1.00, 0.81),
}


@pytest.fixture(scope="module")
def results() -> dict:
    return evaluate()


@pytest.mark.parametrize("extractor", sorted(FLOORS))
def test_no_regression_on_seed_gold(results: dict, extractor: str) -> None:
    precision, recall = FLOORS[extractor]
    span = results[extractor]["span"]
    assert span.precision >= precision - 0.02, f"{extractor} precision {span.precision:.2f}"
    assert span.recall >= recall - 0.02, f"{extractor} recall {span.recall:.2f}"


def test_question_labels_match_gold(results: dict) -> None:
    label = results["rhetorical_questions"]["label"]
    assert label.fn == 0 and label.fp == 0
