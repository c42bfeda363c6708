"""The third question sample (draw_sample.py --third) is reproducible and new.

Needs the evaluation data in ../shared/data; without it the tests are skipped and say so
(pytest -rs prints the reason).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

QDIR = Path(__file__).resolve().parents[1] / "benchmarks" / "questions"
sys.path.insert(0, str(QDIR))  # the question scripts import each other by bare name

import draw_sample  # noqa: E402
from find_questions import DEFAULT_DATA, find_questions, load  # noqa: E402

pytestmark = pytest.mark.skipif(
    not (DEFAULT_DATA / "README.md").is_file(),
    reason=f"third-sample check skipped: no evaluation data at {DEFAULT_DATA}",
)


@pytest.fixture(scope="module")
def drawn() -> list[dict]:
    return draw_sample.draw_third(DEFAULT_DATA)


def test_third_draw_is_reproducible_and_matches_third_json(drawn: list[dict]) -> None:
    assert draw_sample.draw_third(DEFAULT_DATA) == drawn
    stored = json.loads(draw_sample.THIRD.read_text(encoding="utf-8"))
    assert stored["seed"] == 14
    assert stored["articles"] == draw_sample.third_articles(drawn)
    assert stored["candidates"] == len(drawn) == 245


def test_third_sample_is_disjoint_from_earlier_samples_and_test_half(drawn: list[dict]) -> None:
    docs = {tuple(a) for a in draw_sample.third_articles(drawn)}
    earlier, n = draw_sample.old_gold(draw_sample.SECOND_SAMPLE_END)
    assert n == 829
    split = json.loads(draw_sample.SPLIT.read_text(encoding="utf-8"))["test"]
    assert not docs & earlier
    assert not docs & {tuple(t) for t in split}


def test_third_articles_have_1_to_12_candidates_and_quotas_hold(drawn: list[dict]) -> None:
    per_corpus = {c: 0 for c in draw_sample.THIRD_QUOTAS}
    for corpus, doc in draw_sample.third_articles(drawn):
        n = len(find_questions(load(DEFAULT_DATA, corpus)[doc]))
        assert 1 <= n <= 12
        per_corpus[corpus] += n
    # polnear, buzzfeed and ptc reach their quota; the other pools run out before it
    assert per_corpus == {"polnear": 90, "buzzfeed": 51, "basil": 16, "semeval": 49,
                          "narrative": 11, "ptc": 28}


def test_third_sample_labels_are_the_gold_files_last_245_records() -> None:
    lines = (QDIR / "questions_gold.jsonl").read_text(encoding="utf-8").splitlines()
    third = [json.loads(x) for x in lines[draw_sample.SECOND_SAMPLE_END:]]
    stored = json.loads(draw_sample.THIRD.read_text(encoding="utf-8"))["articles"]
    assert {(r["corpus"], r["doc_id"]) for r in third} == {tuple(a) for a in stored}
    counts = {lab: sum(r["label"] == lab for r in third)
              for lab in ("rhetorical", "hypophora", "quoted", "headline", "genuine")}
    assert counts == {"rhetorical": 42, "hypophora": 24, "quoted": 126, "headline": 17,
                      "genuine": 36}
