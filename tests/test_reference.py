"""The professional-news reference table: percentiles, its contents, and that it is current."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from analysis import analyze
from analysis.intake.seeds import load_seeds
from analysis.scoring.reference import percentile_in, percentiles, reference
from benchmarks import build_reference

TABLE = Path(__file__).resolve().parent.parent / "analysis" / "data" / "reference_quantiles.json"
STALE = "the reference table is stale: run .venv/bin/python benchmarks/build_reference.py"


@pytest.mark.parametrize(("value", "expected"), [
    (-1.0, 0.0), (0.0, 0.0), (0.5, 12.5), (1.0, 25.0), (2.5, 62.5), (4.0, 100.0),
    (4.5, 100.0),
])
def test_percentile_interpolates_between_quantiles(value, expected) -> None:
    assert percentile_in([0.0, 1.0, 2.0, 3.0, 4.0], value) == expected


def test_percentile_of_a_shared_value_is_the_middle_of_its_run() -> None:
    q = [0.0] * 81 + [float(i) for i in range(1, 21)]  # 80% of articles have 0
    assert percentile_in(q, 0.0) == 40.0
    assert percentile_in(q, 0.5) == 80.5
    assert percentile_in(q, 20.0) == 100.0
    assert percentile_in([1.0, 2.0, 2.0, 2.0, 3.0], 2.0) == 50.0


def test_table_describes_its_sources_and_quantiles() -> None:
    raw = json.loads(TABLE.read_text(encoding="utf-8"))
    ref = reference()
    assert raw["built_by"] == "benchmarks/build_reference.py" and raw["points"] == 101
    assert ref.n == sum(s["n"] for s in ref.sources) > 500
    assert [s["label"] for s in ref.sources] == ["BuzzFeed-Webis", "PolNeAR"]
    assert set(ref.sources[1]["outlets"]) == {"New York Times", "Washington Post",
                                             "USA Today", "Politico"}
    assert set(ref.sources[0]["outlets"]) <= {"ABC News", "CNN", "Politico"}
    for column, entry in raw["quantiles"].items():
        q = entry["q"]
        assert len(q) == 101 and q == sorted(q) and entry["n"] <= ref.n, column
        assert build_reference.comparable(column)
    for column in ("hedging_weasel_per_1k", "sensationalism_index", "verifiability_index",
                   "readability_flesch_kincaid_grade", "specificity_document"):
        assert column in ref.quantiles
    assert "hedging_count" not in ref.quantiles  # raw counts depend on length
    assert "timestamp" not in TABLE.read_text(encoding="utf-8")


def test_table_is_built_from_the_current_scoring_code() -> None:
    stored = reference().raw["extractors"]["fingerprint"]
    assert stored == build_reference.fingerprint(), STALE


def test_stored_seed_scores_equal_a_fresh_analysis() -> None:
    stored = {s["id"]: s["scores"] for s in reference().seeds}
    seeds = load_seeds()
    assert list(stored) == [s.id for s in seeds]
    for seed in seeds:
        fresh = {k: (None if isinstance(v, float) and math.isnan(v) else v)
                 for k, v in analyze(seed.text).scores.items()}
        assert stored[seed.id] == fresh, f"{seed.id}: {STALE}"


def test_percentiles_of_a_score_row() -> None:
    row = {"hedging_weasel_per_1k": 0.0, "hedging_count": 3, "verifiability_index": math.nan}
    out = percentiles(row)
    assert set(out) == {"hedging_weasel_per_1k", "verifiability_index"}
    assert out["verifiability_index"] is None and 0 <= out["hedging_weasel_per_1k"] <= 100


def test_mojibake_repair_and_quantiles_in_the_builder() -> None:
    broken = "It\u00e2\u0080\u0099s \u00e2\u0080\u009cfine\u00e2\u0080\u009d\u00c2\u00a0now"
    assert build_reference.fix_mojibake(broken) == "It\u2019s \u201cfine\u201d\u00a0now"
    assert build_reference.fix_mojibake("caf\u00e9 na\u00efve") == "caf\u00e9 na\u00efve"
    assert build_reference.quantiles([3.0, 1.0, 2.0], points=5) == [1.0, 1.5, 2.0, 2.5, 3.0]
