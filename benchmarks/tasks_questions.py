"""Accuracy rows for the question gold set (benchmarks/questions/), both halves.

The gold set spans six corpora; its texts are built exactly as
``benchmarks/questions/find_questions.py`` builds them (BASIL's title and sentences
joined, PolNeAR de-duplicated), so gold offsets and extractor offsets index the same
string. ``split.json`` names the untouched test articles (fixed before any rule was
written); every other article is development. Rows: rhetorical F1 (with precision and
recall) and label accuracy for each half and for the third sample alone (``third.json``,
drawn and labelled blind after the rules were written; part of the development half),
and rhetorical precision on the mainstream outlets' articles of both halves, where open
questions in news analysis must not be flagged.

With ``QUESTIONS_DEV_ONLY=1`` in the environment the test articles are dropped before
anything is analysed and only the development rows are printed (the mainstream row then
counts development articles only), for developing rules without looking at the test half.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Callable
from pathlib import Path

from benchmarks.questions.find_questions import CORPORA, load
from benchmarks.tasks import TASKS, Result, analyse_all, prf, read_jsonl

HERE = Path(__file__).resolve().parent / "questions"
GOLD = HERE / "questions_gold.jsonl"
SPLIT = HERE / "split.json"
THIRD = HERE / "third.json"
MAINSTREAM_POLNEAR = ("nyt_", "wash-post_", "usa-today_", "politico_")
Pair = tuple[dict, str | None]


def _mainstream(data: Path) -> Callable[[dict], bool]:
    """PolNeAR's four mainstream newspapers, BuzzFeed-Webis 'mainstream' and BASIL's
    New York Times articles."""
    bf = {str(r["id"]) for r in read_jsonl(data / "reliability/buzzfeed_webis_dev.jsonl")
          if r.get("orientation") == "mainstream"}
    basil = {str(r["id"]) for r in read_jsonl(data / "framing/basil_dev.jsonl")
             if str(r.get("source", "")).lower() in {"nyt", "new york times"}}

    def test(g: dict) -> bool:
        d = str(g["doc_id"])
        return ((g["corpus"] == "polnear" and d.startswith(MAINSTREAM_POLNEAR))
                or (g["corpus"] == "buzzfeed" and d in bf)
                or (g["corpus"] == "basil" and d in basil))

    return test


def dev_only() -> bool:
    """Whether QUESTIONS_DEV_ONLY asks to leave the test half out."""
    return os.environ.get("QUESTIONS_DEV_ONLY", "") not in ("", "0")


def question_pairs(data: Path) -> list[Pair]:
    """(gold record, predicted label or None) for every question of the gold set (of the
    development half only, under QUESTIONS_DEV_ONLY)."""
    gold = read_jsonl(GOLD)
    if dev_only():
        test = test_docs()
        gold = [g for g in gold if (g["corpus"], str(g["doc_id"])) not in test]
    texts = {c: load(data, c) for c in CORPORA if any(g["corpus"] == c for g in gold)}
    keys = sorted({(g["corpus"], str(g["doc_id"])) for g in gold})
    results = dict(zip(keys, analyse_all([texts[c][d] for c, d in keys]), strict=True))
    out: list[Pair] = []
    for g in gold:
        ev = [e for e in results[(g["corpus"], str(g["doc_id"]))]["evidence"]
              if e["extractor"] == "rhetorical_questions"
              and e["start"] < g["end"] and g["start"] < e["end"]]
        out.append((g, ev[-1]["label"] if ev else None))
    return out


def test_docs() -> set[tuple[str, str]]:
    return {(c, d) for c, d in json.loads(SPLIT.read_text(encoding="utf-8"))["test"]}


def third_docs() -> set[tuple[str, str]]:
    """The third sample's articles (development half)."""
    return {(c, d) for c, d in json.loads(THIRD.read_text(encoding="utf-8"))["articles"]}


def _rows(pairs: list[Pair], name: str) -> list[Result]:
    p, r, f = prf([pred == "rhetorical" for _, pred in pairs],
                  [g["label"] == "rhetorical" for g, _ in pairs])
    accuracy = sum(g["label"] == pred for g, pred in pairs) / max(1, len(pairs))
    return [Result("rhetorical questions", name, len(pairs), "rhetorical F1", f, 0.78, p, r),
            Result("question kinds", name, len(pairs), "label accuracy", accuracy, math.nan)]


def questions(data: Path) -> list[Result]:
    pairs = question_pairs(data)
    test = test_docs()
    is_test = [(g["corpus"], str(g["doc_id"])) in test for g, _ in pairs]
    dev = [pr for pr, t in zip(pairs, is_test, strict=True) if not t]
    held = [pr for pr, t in zip(pairs, is_test, strict=True) if t]
    main = _mainstream(data)
    flagged = [g for g, pred in pairs if main(g) and pred == "rhetorical"]
    precision = (sum(g["label"] == "rhetorical" for g in flagged) / len(flagged)
                 if flagged else math.nan)
    n_main = sum(main(g) for g, _ in pairs)
    held_rows = [] if dev_only() else _rows(held, "questions_gold test 40% (untouched)")
    third = third_docs()
    third_pairs = [(g, pred) for g, pred in dev if (g["corpus"], str(g["doc_id"])) in third]
    return [*_rows(dev, "questions_gold dev 60%"), *held_rows,
            *_rows(third_pairs, "questions_gold third sample (development)"),
            Result("rhetorical questions", "questions_gold mainstream news", n_main,
                   "rhetorical precision", precision, 0.85, precision, math.nan)]


TASKS["questions"] = questions
