"""Accuracy on the development halves in ../shared/data must not regress.

Runs benchmarks/accuracy.py's tasks and compares each figure with the committed
benchmarks/accuracy_baseline.json: a drop of more than 0.02 fails. When the data is not
beside the repository, the test is skipped and says so (pytest -rs prints the reason).
"""

from __future__ import annotations

import json

import pytest

from benchmarks.accuracy import BASELINE, DEFAULT_DATA, TOLERANCE, _key, check
from benchmarks.tasks import TASKS

pytestmark = pytest.mark.skipif(
    not (DEFAULT_DATA / "README.md").is_file(),
    reason=f"accuracy check skipped: no evaluation data at {DEFAULT_DATA}",
)


@pytest.fixture(scope="module")
def results() -> list:
    return [r for task in TASKS.values() for r in task(DEFAULT_DATA)]


def test_every_task_has_a_committed_baseline(results: list) -> None:
    base = json.loads(BASELINE.read_text(encoding="utf-8"))
    assert {_key(r) for r in results} <= set(base)


def test_no_figure_drops_more_than_the_tolerance(results: list) -> None:
    drops = check(results)
    assert not drops, f"more than {TOLERANCE} below the committed figure: {drops}"
