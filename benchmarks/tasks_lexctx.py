"""Accuracy rows for the word-list extractors on data their rules were not written against.

``hedging-heldout``: the hedging rows of benchmarks/tasks.py, each printed for two parts of
its development half, fixed before any rule of issue 11 was written (seed 11, 40% set
aside): the part the rules may be developed on (``develop``) and the part nobody looks at
(``untouched``). Szeged is split by Wikipedia article, CoNLL-2010 (no article ids) by
sentence.

``propaganda-heldout``: the PTC sentence rows of benchmarks/tasks.py for the same two
parts of PTC's development half (split by article, seed 11): the context rules of issue
11 were written looking at flags on the ``develop`` part only.

``semeval-lines``: loaded language and exaggeration at line level on the SemEval-2023
Task 3 English training articles (``line_techniques``, annotated years after the
Propaganda Techniques Corpus the rules were checked on): a line is positive when its
annotators gave it the technique, predicted when the extractor flags a span in it. Lines
with no annotation (``techniques`` null, or no ``line_techniques`` at all) are left out.
No rule is tuned on this set.
"""

from __future__ import annotations

import math
import random
from pathlib import Path
from typing import Any

from benchmarks.tasks import (
    EXTRA_TASKS,
    TASKS,
    Result,
    analyse_all,
    prf,
    read_jsonl,
    sentence_task,
)

SEED = 11
UNTOUCHED_SHARE = 0.4


def split(keys: list[str], seed: int = SEED) -> set[str]:
    """The keys set aside as the untouched part: 40% of the distinct keys, fixed seed."""
    distinct = sorted(set(keys))
    random.Random(seed).shuffle(distinct)
    return set(distinct[: round(len(distinct) * UNTOUCHED_SHARE)])


def hedging_parts(data: Path) -> dict[str, dict[str, list[dict[str, Any]]]]:
    """{"szeged"|"conll": {"develop"|"untouched": rows}}."""
    szeged = [r for r in read_jsonl(data / "hedging/szeged_wikiweasel_dev.jsonl")
              if r["part"] == "Text"]
    conll = read_jsonl(data / "hedging/conll2010_weasel_dev.jsonl")
    out: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for name, rows, key in (("szeged", szeged, lambda i, r: r["doc_id"]),
                            ("conll", conll, lambda i, r: str(i))):
        keys = [key(i, r) for i, r in enumerate(rows)]
        held = split(keys)
        out[name] = {"develop": [r for k, r in zip(keys, rows, strict=True) if k not in held],
                     "untouched": [r for k, r in zip(keys, rows, strict=True) if k in held]}
    return out


def hedging_heldout(data: Path) -> list[Result]:
    out = []
    for part, rows in hedging_parts(data).items():
        for half in ("develop", "untouched"):
            if part == "szeged":
                out.append(sentence_task("hedging", f"szeged_wikiweasel_dev (Text, {half})",
                                         rows[half], 0.78, {"hedging": None}))
            else:
                out.append(sentence_task(
                    "weasel wording", f"conll2010_weasel_dev (hedging + vague, {half})",
                    rows[half], 0.72, {"hedging": None, "specificity": {"vague"}}))
    return out


PTC_TASKS = (
    ("loaded language", {"Loaded_Language", "Name_Calling,Labeling"}, "loaded_language"),
    ("exaggeration", {"Exaggeration,Minimisation"}, "superlatives"),
)


def propaganda_heldout(data: Path) -> list[Result]:
    arts = read_jsonl(data / "propaganda/ptc_dev.jsonl")
    held = split([a["article_id"] for a in arts])
    results = analyse_all([a["text"] for a in arts])
    out = []
    for half in ("develop", "untouched"):
        pairs = [(a, r) for a, r in zip(arts, results, strict=True)
                 if (a["article_id"] in held) == (half == "untouched")]
        for task, techniques, extractor in PTC_TASKS:
            pred: list[bool] = []
            gold: list[bool] = []
            for art, res in pairs:
                spans = [(x["start"], x["end"]) for x in art["spans"]
                         if x["technique"] in techniques]
                ev = [(e["start"], e["end"]) for e in res["evidence"]
                      if e["extractor"] == extractor]
                for row in res["sentences"]:
                    a, b = row["start"], row["end"]
                    gold.append(any(s < b and a < e for s, e in spans))
                    pred.append(any(s < b and a < e for s, e in ev))
            p, r, f = prf(pred, gold)
            out.append(Result(task, f"ptc_dev (sentences, {half})", len(gold), "sentence F1",
                              f, math.nan, p, r))
    return out


SEMEVAL_TECHNIQUES = (
    ("loaded language", {"Loaded_Language", "Name_Calling-Labeling"}, "loaded_language"),
    ("exaggeration", {"Exaggeration-Minimisation"}, "superlatives"),
)


def _line_spans(text: str) -> list[tuple[int, int]]:
    """Character span of every line of ``text`` (1-based line n is item n - 1)."""
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def semeval_lines(data: Path) -> list[Result]:
    arts = read_jsonl(data / "framing/semeval2023_frames_dev.jsonl")
    results = analyse_all([a["text"] for a in arts])
    out = []
    for task, techniques, extractor in SEMEVAL_TECHNIQUES:
        pred: list[bool] = []
        gold: list[bool] = []
        for art, res in zip(arts, results, strict=True):
            lines = _line_spans(art["text"])
            ev = [(e["start"], e["end"]) for e in res["evidence"] if e["extractor"] == extractor]
            for lt in art["line_techniques"] or []:  # null: the article was not annotated
                if lt["techniques"] is None or not 0 < lt["line"] <= len(lines):
                    continue
                a, b = lines[lt["line"] - 1]
                gold.append(bool(techniques & set(lt["techniques"])))
                pred.append(any(s < b and a < e for s, e in ev))
        p, r, f = prf(pred, gold)
        out.append(Result(task, "semeval2023_frames_dev (lines)", len(gold), "line F1", f,
                          math.nan, p, r))
    return out


TASKS["semeval-lines"] = semeval_lines
EXTRA_TASKS["hedging-heldout"] = hedging_heldout
EXTRA_TASKS["propaganda-heldout"] = propaganda_heldout
