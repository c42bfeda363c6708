"""Can a fitted decision call rhetorical questions on new text better than the hand gates?

    python benchmarks/train_questions.py

Data: the development half of the question gold set only (``split.json``'s test articles
are dropped before any text is read), in three parts: the first sample (the gold file's
first 241 records, read to write rules at every stage), the second sample's development
articles, and the third sample (``third.json``). Nothing is chosen on the untouched half.

A *candidate* is a question no rule explains (``rhetorical_questions.explained_label`` is
None) or the writer's parenthesised aside; the shipped gates then call it rhetorical
unless the text is writer-absent reporting, or reads as reporting and the question has no
cue of its own. Rules read from a part's errors explain away that part's non-rhetorical
questions, so the current rules' candidates on the development half are nearly all
rhetorical (120 of 156) and teach a decision nothing about new text. The decision is
therefore fitted and judged on *honest* candidates, those of rules not yet written from
the part: the rules of commit 5da8a2f (before any rule read the second sample) on the
second sample, and those of commit 7e88676 (before the third sample's round) on the third
(``benchmarks/questions/old_rules/``, written by ``questions/old_rule_labels.py``).

Options, each replacing the gates on the candidates: (a) a
logistic model over ``questions/decision_features.FEATURES`` (general features; none reads
which rule fired) at probability 0.5; (b) the same with the threshold chosen for F1 by
grouped CV inside the training part, also over the register alone, over the general and
context features (more regularised), and after the gates (gates and model); (c) the gates
with each cue dropped whose precision among the training part's candidates in reporting
text is under 0.5.

Scored as rhetorical P/R/F1 over every question of the held-out part (a gold rhetorical
question that is no candidate is a miss): leave-one-sample-out both ways (second -> third,
third -> second), and 5-fold CV grouped by article over both (three seeded shuffles,
pooled). Then, as they would ship, on the current rules' candidates of the whole
development half: grouped CV, old part (first and second samples) -> third and back; models
are fitted on honest candidates only, so the first sample is only ever held out. The
extractor's "genuine after a genuine question" step is left out of the options, so
"shipped gates" there is a little under the extractor's own figure ("current rules").

Result (README, "Rhetorical questions"): no option beats the shipped gates on honest
candidates. Across samples the models rank honest candidates barely better than chance
(ROC AUC 0.49-0.71) and, after the gates, at chance (0.42-0.59); the false alarms left are
answered or quoted questions in text the genre model reads as opinion, which no general
feature here tells from a rhetorical one. Nothing is shipped.
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.extractors import question_evidence as qe  # noqa: E402
from analysis.extractors import question_general as qg  # noqa: E402
from analysis.extractors import question_rhetoric as qr  # noqa: E402
from analysis.extractors import rhetorical_questions as rq  # noqa: E402
from benchmarks.questions import decision_features as qd  # noqa: E402
from benchmarks.questions.dev_errors import dev_questions, predict  # noqa: E402
from benchmarks.questions.find_questions import DEFAULT_DATA  # noqa: E402
from benchmarks.tasks import prf  # noqa: E402
from benchmarks.tasks_questions import third_docs  # noqa: E402

C = 0.5
FIRST_SAMPLE = 241  # the gold file's first records (questions/draw_sample.py)
THRESHOLDS = [x / 20 for x in range(4, 17)]
CUES = ("neg_aux", "loaded_wh", "npi", "tag", "stacked", "person")
OLD = ROOT / "benchmarks" / "questions" / "old_rules"
HONEST = {"second": "5da8a2f", "third": "7e88676"}  # the rules not yet read from each part
Rows = list[dict[str, Any]]
Decider = Callable[[Rows, Rows], list[bool]]  # (training rows, held-out rows) -> flags


def _old_labels() -> dict[str, dict[tuple[str, str, int], dict[str, Any]]]:
    out = {}
    for commit in set(HONEST.values()):
        lines = (OLD / f"{commit}.jsonl").read_text(encoding="utf-8").splitlines()
        out[commit] = {(r["corpus"], r["doc_id"], r["start"]): r for r in map(json.loads, lines)}
    return out


def rows() -> Rows:
    """One row per development question: article, part, gold, the current rules' and the
    honest rules' candidates and decisions, the gates' inputs and the features."""
    third, old = third_docs(), _old_labels()
    found = dev_questions(DEFAULT_DATA)
    preds = predict([(g, doc.text) for g, doc, _, _ in found])
    data: Rows = []
    for i, ((g, doc, hits, faq), pred) in enumerate(zip(found, preds, strict=True)):
        key = (g["corpus"], str(g["doc_id"]))
        part = "first" if i < FIRST_SAMPLE else "third" if key in third else "second"
        r: dict[str, Any] = {"group": "/".join(key), "part": part, "x": None, "cand": False,
                             "y": g["label"] == "rhetorical", "gold": g["label"],
                             "shipped": pred == "rhetorical",
                             "hcand": False, "hship": False}
        if part in HONEST:
            o = old[HONEST[part]][(*key, g["start"])]
            r["hcand"], r["hship"] = o["explained"] is None, o["pred"] == "rhetorical"
        if hits:
            q = hits[-1]
            label = rq.explained_label(doc, q, faq)
            r["cand"] = label is None or (label == "quoted" and qg.writer_aside(doc, q))
            r.update(x=qd.features(doc, q), cues=qe.cues(doc, q),
                     absent=qr.writer_absent_reporting(doc), reporting=qe.reads_as_reporting(doc))
        r["hcand"] = r["hcand"] and r["x"] is not None
        data.append(r)
    return data


class Model:
    """A standardised logistic regression over ``features``, regularised by ``c``."""

    def __init__(self, features: tuple[str, ...], c: float = C) -> None:
        self.features, self.c = features, c

    def _x(self, data: Rows) -> Any:
        import numpy as np
        return np.array([[r["x"][f] for f in self.features] for r in data])

    def fit(self, data: Rows) -> Any:
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline
        from sklearn.preprocessing import StandardScaler
        lr = LogisticRegression(C=self.c, max_iter=2000)
        self.pipe = make_pipeline(StandardScaler(), lr).fit(self._x(data),
                                                            [r["y"] for r in data])
        return self

    def proba(self, data: Rows) -> list[float]:
        return [float(p) for p in self.pipe.predict_proba(self._x(data))[:, 1]] if data else []


def folds(data: Rows, k: int, seed: int) -> list[tuple[Rows, Rows]]:
    """k folds keeping whole articles together, articles shuffled with ``seed``."""
    groups = sorted({r["group"] for r in data})
    random.Random(seed).shuffle(groups)
    fold_of = {g: i % k for i, g in enumerate(groups)}
    return [([r for r in data if fold_of[r["group"]] != i],
             [r for r in data if fold_of[r["group"]] == i]) for i in range(k)]


def honest(data: Rows, gate: bool = False) -> Rows:
    """The honest candidates (those passing the gates, if ``gate``)."""
    return [r for r in data if r["hcand"] and (not gate or gates(set(CUES))(r))]


def cv_threshold(train: Rows, spec: Model, gate: bool) -> float:
    """The threshold with the best F1 over the training part, its honest candidates each
    scored by a model fitted without its article (inner grouped 5-fold CV)."""
    probs: list[tuple[float, bool]] = []
    for inner_train, inner_test in folds(train, 5, 99):
        cand = honest(inner_test, gate)
        if cand and honest(inner_train, gate):
            p = spec.fit(honest(inner_train, gate)).proba(cand)
            probs += [(v, r["y"]) for v, r in zip(p, cand, strict=True)]
    missed = sum(r["y"] for r in train if r["part"] in HONEST) - sum(y for _, y in probs)
    return max((_f1_at(probs, t, missed), t) for t in THRESHOLDS)[1]


def _f1_at(probs: list[tuple[float, bool]], t: float, missed: int) -> float:
    tp = sum(p >= t and y for p, y in probs)
    fp = sum(p >= t and not y for p, y in probs)
    fn = sum(p < t and y for p, y in probs) + missed
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def logistic(spec: Model, tuned: bool, gate: bool = False) -> Callable[[str], Decider]:
    """The model's decision on candidates (on those passing the gates, if ``gate``), at
    0.5 or at the threshold chosen by grouped CV in the training part."""
    def for_key(cand_key: str) -> Decider:
        def decide(train: Rows, test: Rows) -> list[bool]:
            t = cv_threshold(train, spec, gate) if tuned else 0.5
            model = spec.fit(honest(train, gate))
            cand = [r for r in test if r[cand_key] and (not gate or gates(set(CUES))(r))]
            flag = {id(r): v >= t for r, v in zip(cand, model.proba(cand), strict=True)}
            return [flag.get(id(r), False) for r in test]
        return decide
    return for_key


def gates(kept: set[str]) -> Callable[[dict[str, Any]], bool]:
    """The shipped gates on a candidate, with only the ``kept`` cues counting."""
    return lambda r: not r["absent"] and (not r["reporting"] or any(r["cues"][c] for c in kept))


def gated(cand_key: str) -> Decider:
    return lambda train, test: [r[cand_key] and gates(set(CUES))(r) for r in test]


def drop_cues(cand_key: str) -> Decider:
    """Option (c): cues under 0.5 precision among the training part's honest candidates in
    reporting text are dropped from the gates."""
    def decide(train: Rows, test: Rows) -> list[bool]:
        pool = [r for r in honest(train) if r["reporting"] and not r["absent"]]
        kept = set()
        for c in CUES:
            hit = [r["y"] for r in pool if r["cues"][c]]
            if hit and sum(hit) / len(hit) >= 0.5:
                kept.add(c)
        return [r[cand_key] and gates(kept)(r) for r in test]
    return decide


def score(data: Rows, flags: list[bool], parts: tuple[str, ...]) -> str:
    out = []
    for part in ("all", *parts):
        pairs = [(f, r["y"]) for f, r in zip(flags, data, strict=True)
                 if part in ("all", r["part"], "old" if r["part"] != "third" else "")]
        p, r, f = prf([a for a, _ in pairs], [b for _, b in pairs])
        out.append(f"{part} P {p:.3f} R {r:.3f} F1 {f:.3f}")
    return " | ".join(out)


def grouped_cv(data: Rows, decide: Decider, parts: tuple[str, ...]) -> str:
    held: Rows = []
    flags: list[bool] = []
    for seed in (1, 2, 3):
        for train, test in folds(data, 5, seed):
            held += test
            flags += decide(train, test)
    return score(held, flags, parts)


def options(cand_key: str) -> dict[str, Decider]:
    return {"no gate (every candidate)": lambda train, test: [r[cand_key] for r in test],
            "shipped gates": gated(cand_key),
            "(a) logistic, t=0.5": logistic(Model(qd.FEATURES), False)(cand_key),
            "(b) logistic, CV threshold": logistic(Model(qd.FEATURES), True)(cand_key),
            "(b) register only, CV threshold": logistic(Model(qd.REGISTER), True)(cand_key),
            "(b) general + context, C 0.05, CV threshold":
                logistic(Model(qd.FEATURES + qd.CONTEXT, 0.05), True)(cand_key),
            "(b) gates, then register model, CV threshold":
                logistic(Model(qd.REGISTER), True, gate=True)(cand_key),
            "(c) gates, low-precision cues dropped": drop_cues(cand_key)}


def ranking(pool: Rows) -> None:
    """How well each model ranks held-out honest candidates (ROC AUC, 0.5 is chance),
    before and after the gates, fitted on one sample and scored on the other."""
    from sklearn.metrics import roc_auc_score
    specs = {"general": Model(qd.FEATURES), "register": Model(qd.REGISTER),
             "general + context": Model(qd.FEATURES + qd.CONTEXT, 0.05)}
    for gate in (False, True):
        for name, spec in specs.items():
            out = []
            for a, b in (("second", "third"), ("third", "second")):
                test = honest([r for r in pool if r["part"] == b], gate)
                p = spec.fit(honest([r for r in pool if r["part"] == a], gate)).proba(test)
                out.append(f"{a} -> {b} {roc_auc_score([r['y'] for r in test], p):.3f}")
            print(f"  AUC {name}{', after the gates' if gate else ''}: {'; '.join(out)}")


def report(data: Rows) -> None:
    pool = [r for r in data if r["part"] in HONEST]
    print("A. honest candidates (rules not yet read from the part)")
    for name, decide in options("hcand").items():
        by = {p: [r for r in pool if r["part"] == p] for p in HONEST}
        to_third = score(by["third"], decide(by["second"], by["third"]), ())
        to_second = score(by["second"], decide(by["third"], by["second"]), ())
        print(f"  {name}\n    grouped CV: {grouped_cv(pool, decide, tuple(HONEST))}\n"
              f"    second -> third: {to_third}\n    third -> second: {to_second}")
    ranking(pool)
    print("B. as shipped: current rules' candidates, whole development half")
    print(f"  current rules: {score(data, [r['shipped'] for r in data], ('old', 'third'))}")
    for name, decide in options("cand").items():
        old = [r for r in data if r["part"] != "third"]
        third = [r for r in data if r["part"] == "third"]
        print(f"  {name}\n    grouped CV: {grouped_cv(data, decide, ('old', 'third'))}\n"
              f"    old -> third: {score(third, decide(old, third), ())}\n"
              f"    third -> old: {score(old, decide(third, old), ())}")


def main() -> int:
    data = rows()
    for p in ("first", "second", "third"):
        part = [r for r in data if r["part"] == p]
        print(f"{p}: {len(part)} questions, gold rhetorical {sum(r['y'] for r in part)}, "
              f"current candidates {sum(r['cand'] for r in part)} "
              f"({sum(r['cand'] and r['y'] for r in part)} rhetorical), honest candidates "
              f"{sum(r['hcand'] for r in part)} ({sum(r['hcand'] and r['y'] for r in part)})")
    alarms = Counter((r["gold"], "opinion" if not r["reporting"] else "reporting")
                     for r in honest(data, gate=True) if not r["y"])
    print("honest false alarms after the gates (gold label, genre):", dict(alarms))
    report(data)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
