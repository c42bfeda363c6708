"""The question benchmarks can leave the untouched test half out while rules are written."""

from __future__ import annotations

import pytest

from benchmarks import tasks_questions
from benchmarks.questions.robustness import alternate_halves


@pytest.mark.parametrize(("value", "expected"), [("", False), ("0", False), ("1", True),
                                                 ("yes", True)])
def test_dev_only_reads_the_environment(monkeypatch: pytest.MonkeyPatch, value: str,
                                        expected: bool) -> None:
    monkeypatch.setenv("QUESTIONS_DEV_ONLY", value)
    assert tasks_questions.dev_only() is expected


def test_alternate_halves_split_sorted_articles_by_position() -> None:
    records = [({"corpus": c, "doc_id": d}, "x") for c, d in
               (("ptc", "2"), ("ptc", "1"), ("basil", "9"), ("ptc", "1"))]
    halves = alternate_halves(records)
    assert halves == {"A": {("basil", "9"), ("ptc", "2")}, "B": {("ptc", "1")}}
