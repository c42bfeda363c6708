"""The question extractor's errors on the development half only (stdout only).

For developing rules without looking at the untouched test half: the test articles
named in ``split.json`` are dropped *before* anything is analysed, so no test text,
label or error can be printed by this script. Prints the confusion of gold against
predicted kinds, rhetorical precision/recall/F1 on the development half and on its
mainstream-news part, and, with ``--show``, each development error in its context.

    python benchmarks/questions/dev_errors.py [--show fp|fn|all] [--mainstream] [--third|--rest]
        [--context 300]

The summary also splits the development half into the third sample (``third.json``,
drawn and labelled blind after the older rules were written) and the rest, so that a rule
can be checked on both; ``--third`` or ``--rest`` shows the errors of one part only.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from analysis.extractors import rhetorical_questions
from analysis.extractors.question_kinds import faq_headings
from analysis.text.document import Document
from benchmarks.questions.find_questions import DEFAULT_DATA, load
from benchmarks.tasks import prf, read_jsonl
from benchmarks.tasks_questions import GOLD, _mainstream, test_docs, third_docs


def dev_records(data: Path) -> list[tuple[dict, str]]:
    """(gold record, article text) for every development-half question; test articles
    are filtered out before their texts are looked at."""
    test = test_docs()
    gold = [g for g in read_jsonl(GOLD) if (g["corpus"], str(g["doc_id"])) not in test]
    texts = {c: load(data, c) for c in sorted({g["corpus"] for g in gold})}
    return [(g, texts[g["corpus"]][str(g["doc_id"])]) for g in gold]


def dev_questions(data: Path) -> list[tuple[dict, Document, list, set[int]]]:
    """(gold record, its document, the extractor's questions overlapping it, the document's
    FAQ headings) for every development-half question, each document built once."""
    docs: dict[int, tuple[Document, list, set[int]]] = {}
    out = []
    for g, text in dev_records(data):
        if id(text) not in docs:
            doc = Document(text)
            found = rhetorical_questions.questions(doc)
            docs[id(text)] = (doc, found, faq_headings(doc, found))
        doc, found, faq = docs[id(text)]
        out.append((g, doc, [q for q in found if q.start < g["end"] and g["start"] < q.end],
                    faq))
    return out


def predict(records: list[tuple[dict, str]]) -> list[str | None]:
    """The extractor's label for each gold question (matched by overlap, last wins)."""
    docs: dict[int, list] = {}
    out: list[str | None] = []
    for g, text in records:
        key = id(text)
        if key not in docs:
            docs[key] = rhetorical_questions.extract(Document(text)).evidence
        ev = [e for e in docs[key] if e.start < g["end"] and g["start"] < e.end]
        out.append(ev[-1].label if ev else None)
    return out


def summary(name: str, golds: list[str], preds: list[str | None]) -> None:
    p, r, f = prf([x == "rhetorical" for x in preds], [g == "rhetorical" for g in golds])
    print(f"{name}: n {len(golds)}, rhetorical gold {golds.count('rhetorical')}, "
          f"flagged {preds.count('rhetorical')}, P {p:.3f} R {r:.3f} F1 {f:.3f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", choices=["fp", "fn", "all"])
    ap.add_argument("--mainstream", action="store_true", help="show only mainstream articles")
    ap.add_argument("--context", type=int, default=300)
    part = ap.add_mutually_exclusive_group()
    part.add_argument("--third", action="store_true", help="show only the third sample")
    part.add_argument("--rest", action="store_true", help="show only the rest (not third)")
    args = ap.parse_args(argv)
    records = dev_records(DEFAULT_DATA)
    preds = predict(records)
    golds = [g["label"] for g, _ in records]
    main_test = _mainstream(DEFAULT_DATA)
    is_main = [main_test(g) for g, _ in records]
    summary("dev", golds, preds)
    third = third_docs()
    in_third = [(g["corpus"], str(g["doc_id"])) in third for g, _ in records]
    for name, keep in (("dev third sample", True), ("dev rest", False)):
        summary(name, [g for g, t in zip(golds, in_third, strict=True) if t == keep],
                [p for p, t in zip(preds, in_third, strict=True) if t == keep])
    summary("dev mainstream", [g for g, m in zip(golds, is_main, strict=True) if m],
            [p for p, m in zip(preds, is_main, strict=True) if m])
    print("confusion (gold -> predicted):")
    for (g, p), n in sorted(Counter(zip(golds, preds, strict=True)).items(), key=str):
        print(f"  {g:>10} -> {p!s:<10} {n}")
    for (g, text), pred, m, t in zip(records, preds, is_main, in_third, strict=True):
        if (args.third and not t) or (args.rest and t):
            continue
        fp = pred == "rhetorical" and g["label"] != "rhetorical"
        fn = g["label"] == "rhetorical" and pred != "rhetorical"
        wanted = {"fp": fp, "fn": fn, "all": fp or fn}.get(args.show or "", False)
        if wanted and (m or not args.mainstream):
            s, e = g["start"], g["end"]
            print(f"\n=== {g['corpus']} {g['doc_id']} {s}-{e} gold {g['label']} pred {pred}"
                  f"{' [mainstream]' if m else ''} {g.get('note', '')}")
            print(text[max(0, s - args.context) : s] + " [[" + text[s:e] + "]] "
                  + text[e : e + args.context])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
