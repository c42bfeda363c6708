"""The README quotes the committed figures: its accuracy table must match
benchmarks/accuracy_baseline.json and its index table analysis/data/indices.json, so a
rebuilt baseline or refitted index cannot leave stale numbers in the documentation.
Needs no evaluation data."""

from __future__ import annotations

import json
import re
from pathlib import Path

from benchmarks.accuracy import BASELINE

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _table_rows(first_header: str) -> list[list[str]]:
    lines = README.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"| {first_header} |"))
    rows = []
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        rows.append([c.strip() for c in line.strip("|").split("|")])
    return rows


def test_accuracy_table_matches_the_baseline() -> None:
    base = json.loads(BASELINE.read_text(encoding="utf-8"))
    rows = _table_rows("task")
    quoted = {f"{r[0]} / {r[1]} / {r[3]}": r[6] for r in rows}
    assert set(quoted) == set(base)
    for key, value in base.items():
        assert quoted[key] == f"{value:.3f}", key


def test_index_table_matches_the_fit() -> None:
    fit = json.loads((ROOT / "analysis/data/indices.json").read_text(encoding="utf-8"))
    rows = _table_rows("index")
    listed = [(re.search(r"`(\w+)`\)$", r[1]).group(1), float(r[2]), float(r[3]))
              for r in rows]
    expected = [(c["column"], c["cap"], c["weight"])
                for spec in fit["indices"].values() for c in spec["components"]]
    assert [c for c, _, _ in listed] == [c for c, _, _ in expected]
    for (column, cap, weight), (_, fit_cap, fit_weight) in zip(listed, expected, strict=True):
        assert abs(cap - fit_cap) <= 0.05 * fit_cap, column  # the README rounds caps
        assert weight == fit_weight, column
