"""The features of benchmarks/questions/decision_features.py (the fitted-decision experiment
of benchmarks/train_questions.py) and the honest labels it reads. All sentences are
written for these tests."""

from __future__ import annotations

import json
import math
from pathlib import Path

from analysis.extractors import rhetorical_questions
from analysis.text.document import Document
from benchmarks.questions import decision_features as qd

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = ROOT / "benchmarks" / "questions"

TEXT = ("I have watched this council for years. We were promised new bridges.\n\n"
        "Isn't it time we asked for them? Who would ever trust this council again? "
        "The minutes say “the money is spent”.\n\n"
        "Bridges? Repairs begin in 2027: three of them.")


def feats() -> list[dict[str, float]]:
    doc = Document(TEXT)
    return [qd.features(doc, q) for q in rhetorical_questions.questions(doc)]


def test_question_cues_and_form() -> None:
    first, second, third = feats()
    assert {k: first[k] for k in ("neg_aux", "loaded_wh", "npi", "we", "you", "stacked",
                                  "aux_first", "wh_first", "fragment")} == {
        "neg_aux": 1.0, "loaded_wh": 0.0, "npi": 0.0, "we": 1.0, "you": 0.0, "stacked": 1.0,
        "aux_first": 1.0, "wh_first": 0.0, "fragment": 0.0}
    assert (second["loaded_wh"], second["npi"], second["wh_first"], second["we"]) == (
        1.0, 1.0, 1.0, 0.0)
    assert (third["fragment"], third["log_words"], third["stacked"]) == (
        1.0, math.log1p(1), 0.0)


def test_place_and_context() -> None:
    first, second, third = feats()
    assert (first["opens_paragraph"], first["ends_paragraph"], first["next_question"]) == (
        1.0, 0.0, 1.0)
    assert (second["opens_paragraph"], second["ends_paragraph"], second["next_quote"]) == (
        0.0, 0.0, 1.0)
    assert second["para_quote"] == 1.0 and first["para_quote"] == 1.0
    assert (third["para_quote"], third["next_digit"], third["colon_before"]) == (0.0, 1.0, 0.0)
    assert third["next_len"] == math.log1p(len("Repairs begin in 2027: three of them.".split()))


def test_register_shares() -> None:
    first = feats()[0]
    assert first["questions"] == 3 / 7 and first["exclaim"] == 0.0
    assert first["quote_share"] == 1 / 7 and 0.0 <= first["opinion"] <= 1.0


def test_honest_labels_hold_no_test_article() -> None:
    """The old rules' labels cover the development half in the gold file's order and
    never an article of the untouched half."""
    test = {tuple(x) for x in json.loads((QUESTIONS / "split.json").read_text())["test"]}
    gold = [json.loads(line) for line in (QUESTIONS / "questions_gold.jsonl").read_text()
            .splitlines() if line.strip()]
    dev = [(g["corpus"], str(g["doc_id"]), g["start"]) for g in gold
           if (g["corpus"], str(g["doc_id"])) not in test]
    for path in sorted((QUESTIONS / "old_rules").glob("*.jsonl")):
        rows = [json.loads(line) for line in path.read_text().splitlines()]
        assert [(r["corpus"], r["doc_id"], r["start"]) for r in rows] == dev, path.name
