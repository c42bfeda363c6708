"""The accuracy tasks of benchmarks/accuracy.py, one function each.

Every task reads a development half from ``../shared/data`` (never copied into the
project), runs the public API (``analyze(text).to_dict()``) exactly as a user would see
its output, and returns Result rows. Only aggregate figures leave this module.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from importlib import import_module
from multiprocessing import Pool
from pathlib import Path
from typing import Any

from analysis import analyze


@dataclass(frozen=True)
class Result:
    task: str
    dataset: str
    n: int
    metric: str
    value: float
    bar: float
    precision: float = math.nan
    recall: float = math.nan

    @property
    def passed(self) -> bool:
        return self.value >= self.bar


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _analyse(text: str) -> dict[str, Any]:
    return analyze(text).to_dict()


def analyse_all(texts: list[str], processes: int = 2) -> list[dict[str, Any]]:
    """``analyze(t).to_dict()`` for every text, on ``processes`` cores, in order."""
    if processes <= 1 or len(texts) < 50:
        return [_analyse(t) for t in texts]
    with Pool(processes) as pool:
        return pool.map(_analyse, texts, chunksize=16)


def prf(pred: Iterable[bool], gold: Iterable[bool]) -> tuple[float, float, float]:
    tp = fp = fn = 0
    for p, g in zip(pred, gold, strict=True):
        tp += p and g
        fp += p and not g
        fn += g and not p
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def flags(result: dict[str, Any], extractor: str, labels: set[str] | None = None) -> bool:
    return any(e["extractor"] == extractor and (labels is None or e["label"] in labels)
               for e in result["evidence"])


Signals = dict[str, set[str] | None]  # extractor -> the labels that count (None: all)


def sentence_task(name: str, dataset: str, rows: list[dict[str, Any]], bar: float,
                  signals: Signals) -> Result:
    """Sentence-level F1: a sentence is positive if any evidence of ``signals`` is in it."""
    results = analyse_all([r["text"] for r in rows])
    pred = [any(flags(res, ex, labels) for ex, labels in signals.items()) for res in results]
    p, r, f1 = prf(pred, [bool(row["uncertain"]) for row in rows])
    return Result(name, dataset, len(rows), "sentence F1", f1, bar, p, r)


def hedging(data: Path) -> list[Result]:
    """Szeged's uncertainty cues against hedging; CoNLL's weasels also against vague amounts.

    Szeged's re-annotation of the CoNLL-2010 Wikipedia sentences keeps semantic
    uncertainty and drops vague quantities ("many", "some"), which CoNLL-2010 counted as
    weasel words after Wikipedia's guideline. Of the 1,545 CoNLL sentences, all in
    Szeged, 508 are weasels to CoNLL and certain to Szeged, so no one set of labels can
    serve both: perfect Szeged labels score 0.445 on CoNLL. The toolkit marks vague
    amounts as ``specificity``/``vague``, so the weasel figure counts them with hedging
    (the bar's row); the hedging-only figure is printed beside it.
    """
    szeged = [r for r in read_jsonl(data / "hedging/szeged_wikiweasel_dev.jsonl")
              if r["part"] == "Text"]
    conll = read_jsonl(data / "hedging/conll2010_weasel_dev.jsonl")
    return [
        sentence_task("hedging", "szeged_wikiweasel_dev (Text)", szeged, 0.78,
                      {"hedging": None}),
        sentence_task("weasel wording", "conll2010_weasel_dev (hedging + vague)", conll, 0.72,
                      {"hedging": None, "specificity": {"vague"}}),
        sentence_task("weasel wording", "conll2010_weasel_dev (hedging only)", conll,
                      math.nan, {"hedging": None}),
    ]


TASKS: dict[str, Callable[[Path], list[Result]]] = {"hedging": hedging}


def _spearman(x: list[float], y: list[float]) -> float:
    from scipy.stats import spearmanr

    return float(spearmanr(x, y).statistic)


def _sentence_specificity(result: dict[str, Any]) -> float:
    """The word-weighted mean specificity of a text's sentences (one score per text)."""
    rows = result["sentences"]
    if not rows:
        return 0.0
    text = result["text"]
    weights = [max(1, len(text[r["start"] : r["end"]].split())) for r in rows]
    return sum(r["specificity"] * w for r, w in zip(rows, weights, strict=True)) / sum(weights)


def specificity(data: Path) -> list[Result]:
    louis = read_jsonl(data / "specificity/louis_news_dev.jsonl")
    scores = [_sentence_specificity(r) for r in analyse_all([x["text"] for x in louis])]
    gold = [x["label"] == "specific" for x in louis]
    correct = sum((s >= 0.5) == g for s, g in zip(scores, gold, strict=True))
    # The bar is parity with Speciteller (0.80; it was 0.82 until the client lowered it).
    out = [Result("specificity", "louis_news_dev", len(louis), "accuracy",
                  correct / len(louis), 0.80)]
    rhos = []
    for domain in ("twitter", "yelp", "movie"):
        rows = read_jsonl(data / f"specificity/ko2019_{domain}.jsonl")
        scores = [_sentence_specificity(r) for r in analyse_all([x["text"] for x in rows])]
        rho = _spearman(scores, [x["rating"] for x in rows])
        rhos.append(rho)
        out.append(Result("specificity", f"ko2019_{domain}", len(rows), "Spearman rho", rho, 0.60))
    n = sum(r.n for r in out[1:])
    out.append(Result("specificity", "ko2019 mean of 3", n, "Spearman rho", sum(rhos) / 3, 0.70))
    return out


TASKS["specificity"] = specificity




def _span_f1(pred: list[tuple[int, int]], gold: list[tuple[int, int]]) -> tuple[int, int, int]:
    """(tp, fp, fn) with one-to-one overlap matching."""
    used: set[int] = set()
    tp = 0
    for s, e in pred:
        for i, (gs, ge) in enumerate(gold):
            if i not in used and s < ge and gs < e:
                used.add(i)
                tp += 1
                break
    return tp, len(pred) - tp, len(gold) - tp


def _f(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def sourcing(data: Path, split: str = "dev") -> list[Result]:
    """Cue and source-span F1 on a PolNeAR half: ``dev`` (the check) or ``train``."""
    rows = read_jsonl(data / f"attribution/polnear_{split}.jsonl")
    results = analyse_all([r["text"] for r in rows])
    cue = [0, 0, 0]
    src = [0, 0, 0]
    for row, res in zip(rows, results, strict=True):
        ev = [e for e in res["evidence"] if e["extractor"] == "sourcing" and e["label"] != "quote"]
        gold_cues = [tuple(a["cue"]) for a in row["attributions"]]
        gold_src = [tuple(a["source"]) for a in row["attributions"] if a.get("source")]
        for acc, got in ((cue, _span_f1([(e["start"], e["end"]) for e in ev], gold_cues)),
                         (src, _span_f1([tuple(e["source"]) for e in ev if "source" in e],
                                        gold_src))):
            for i in range(3):
                acc[i] += got[i]
    n = len(rows)
    p, r, f = _f(*cue)
    sp, sr, sf = _f(*src)
    return [Result("sourcing", f"polnear_{split} (cue)", n, "cue F1", f, 0.70, p, r),
            Result("sourcing", f"polnear_{split} (source)", n, "source-span F1", sf, math.nan,
                   sp, sr)]


TASKS["sourcing"] = sourcing
# Run only when asked for (``--task sourcing-train``): the half the rules are developed on.
EXTRA_TASKS: dict[str, Callable[[Path], list[Result]]] = {
    "sourcing-train": partial(sourcing, split="train"),
}


def _ptc_sentences(data: Path, techniques: set[str], extractor: str
                   ) -> tuple[list[bool], list[bool]]:
    """Per sentence of every PTC article: (predicted, gold) for the given techniques."""
    arts = read_jsonl(data / "propaganda/ptc_dev.jsonl")
    pred: list[bool] = []
    gold: list[bool] = []
    for art, res in zip(arts, analyse_all([a["text"] for a in arts]), strict=True):
        spans = [(s["start"], s["end"]) for s in art["spans"] if s["technique"] in techniques]
        ev = [(e["start"], e["end"]) for e in res["evidence"] if e["extractor"] == extractor]
        for row in res["sentences"]:
            a, b = row["start"], row["end"]
            gold.append(any(s < b and a < e for s, e in spans))
            pred.append(any(s < b and a < e for s, e in ev))
    return pred, gold


def propaganda(data: Path) -> list[Result]:
    out = []
    for task, techniques, extractor, bar in (
        ("loaded language", {"Loaded_Language", "Name_Calling,Labeling"}, "loaded_language",
         0.40),
        ("exaggeration", {"Exaggeration,Minimisation"}, "superlatives", 0.25),
    ):
        pred, gold = _ptc_sentences(data, techniques, extractor)
        p, r, f = prf(pred, gold)
        out.append(Result(task, "ptc_dev (sentences)", len(gold), "sentence F1", f, bar, p, r))
    return out


TASKS["propaganda"] = propaganda


def _auc(scores: list[float], positive: list[bool]) -> float:
    from sklearn.metrics import roc_auc_score

    return float(roc_auc_score(positive, scores))


def buzzfeed_rows(data: Path) -> list[dict[str, Any]]:
    """BuzzFeed-Webis articles of 50+ words, mojibake (UTF-8 read as Latin-1) repaired."""
    rows = []
    for r in read_jsonl(data / "reliability/buzzfeed_webis_dev.jsonl"):
        text = fix_mojibake(r["text"])
        if len(text.split()) >= 50:
            rows.append({**r, "text": text})
    return rows


def fix_mojibake(text: str) -> str:
    """Undo UTF-8 text decoded as Latin-1/cp1252 ("â\\x80\\x99" -> "’") where that round-trips."""
    if "â" not in text and "Ã" not in text:
        return text
    for codec in ("cp1252", "latin-1"):
        try:
            return text.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
    return text


def reliability(data: Path) -> list[Result]:
    rows = buzzfeed_rows(data)
    results = analyse_all([r["text"] for r in rows])
    mainstream = [r["orientation"] == "mainstream" for r in rows]
    ver = [res["scores"]["verifiability_index"] for res in results]
    sen = [res["scores"]["sensationalism_index"] for res in results]
    return [
        Result("reliability", "buzzfeed_webis_dev (50+ words)", len(rows),
               "AUC verifiability, mainstream", _auc(ver, mainstream), 0.88),
        Result("reliability", "buzzfeed_webis_dev (50+ words)", len(rows),
               "AUC sensationalism, hyperpartisan", _auc(sen, [not m for m in mainstream]), 0.80),
    ]


TASKS["reliability"] = reliability


def _from(module: str, name: str) -> Callable[[Path], list[Result]]:
    """A task defined in another module, imported when it runs (that module imports this)."""
    return lambda data: getattr(import_module(module), name)(data)


TASKS["naming"] = _from("benchmarks.tasks_naming", "naming")  # issue 12, item 2
TASKS["voices"] = _from("benchmarks.tasks_naming", "voices")  # issue 12, item 3
