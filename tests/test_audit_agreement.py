"""Agreement of two audit judges: Cohen's kappa on made-up verdicts, and the second
judge's book is never read as one of audit.py's (benchmarks/audit/agreement.py)."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from benchmarks.audit import agreement, audit

T, F = True, False


@pytest.mark.parametrize(("pairs", "expected"), [
    ([(T, T), (T, T), (T, F), (F, F)], 0.5),  # observed 0.75, chance 0.75*0.5 + 0.25*0.5
    ([(T, T), (F, F), (T, T), (F, F)], 1.0),
    ([(T, F), (F, T)], -1.0),
    ([(T, T), (T, T), (T, F), (F, T), (F, F)], 1 / 6),  # observed 0.6, chance 0.52
])
def test_kappa_exact_values(pairs: list[tuple[bool, bool]], expected: float) -> None:
    assert agreement.kappa(pairs) == pytest.approx(expected, abs=1e-12)


def test_kappa_is_undefined_when_both_judges_say_the_same_thing_throughout() -> None:
    assert math.isnan(agreement.kappa([(T, T), (T, T)]))
    assert math.isnan(agreement.kappa([]))


def _flag(fid: str, label: str) -> dict[str, str]:
    return {"id": fid, "extractor": "sourcing", "label": label}


def test_table_and_disagreements_on_made_up_verdicts() -> None:
    flags = [_flag("a", "vague"), _flag("b", "vague"), _flag("c", "vague"),
             _flag("d", "vague"), _flag("e", "named"), _flag("f", "named")]
    first = {f: {"verdict": v} for f, v in zip("abcdef", ["right", "right", "right", "wrong",
                                                          "right", "wrong"], strict=True)}
    second = {f: {"verdict": v} for f, v in zip("abcde", ["right", "right", "wrong", "wrong",
                                                         "right"], strict=True)}
    by_label = agreement.pairs_by_label(flags, first, second)
    assert by_label == {"sourcing/named": [("e", T, T)],
                        "sourcing/vague": [("a", T, T), ("b", T, T), ("c", T, F),
                                           ("d", F, F)]}
    assert agreement.agreement_table(by_label).splitlines()[2:] == [
        "| sourcing/named | 1 | 1.000 | nan | 1.000 | 1.000 |",
        "| sourcing/vague | 4 | 0.750 | 0.500 | 0.750 | 0.500 |",
        "| pooled | 5 | 0.800 | 0.545 | 0.800 | 0.600 |"]
    assert agreement.disagreements(by_label) == ["c sourcing/vague right/wrong"]


def test_the_second_judges_book_is_not_read_by_the_audit(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(audit, "JUDGEMENTS", tmp_path / "judgements.jsonl")
    monkeypatch.setattr(agreement, "SECOND", tmp_path / agreement.SECOND.name)
    (tmp_path / "judgements_fresh5.jsonl").write_text(
        json.dumps({"id": "first", "verdict": "right"}) + "\n", encoding="utf-8")
    book = agreement.second_book("fresh5")
    book.parent.mkdir()
    book.write_text(json.dumps({"id": "second", "verdict": "wrong"}) + "\n", encoding="utf-8")
    assert list(audit.load_judgements()) == ["first"]
    assert list(agreement.load_second("fresh5")) == ["second"]


def test_the_second_folder_sits_below_the_books() -> None:
    assert agreement.SECOND.parent == audit.JUDGEMENTS.parent
    books = set(audit.JUDGEMENTS.parent.glob(audit.BOOKS))
    assert books and not any(agreement.SECOND in b.parents for b in books)
