"""Draw the second question sample, its untouched test half and the kappa sample.

    python benchmarks/questions/draw_sample.py            # prints what it would write
    python benchmarks/questions/draw_sample.py --write    # writes split.json, kappa_sample.jsonl
    python benchmarks/questions/draw_sample.py --third --write  # writes third.json

Why a script: the sample, the split and the agreement sample must be reproducible and
fixed before any label or rule is written. Everything is drawn with fixed seeds from the
candidate questions of `find_questions.py`; nothing but offsets and hashes is written.

* **New articles** (seed 11): per corpus, the articles with 1 to 12 candidates that are
  not in the first gold sample are shuffled, and taken in order until the corpus quota of
  candidates is reached (QUOTAS).
* **Untouched test half** (seed 12, by document): the first gold sample (241 questions)
  was used to write the existing extractor, so it cannot be untouched and stays in the
  development half. The new articles are shuffled and moved to the test half in that
  order until it holds at least 40% of all questions. `split.json` lists the test
  articles; every other article in the gold set is development.
* **Kappa sample** (seed 13): 160 of the new questions, drawn at random, written without
  labels for a second annotator (`kappa_sample.jsonl`). Do not change it afterwards.
* **Third sample** (seed 14, ``--third``): per corpus, the articles with 1 to 12
  candidates that are in neither earlier sample (no record among the gold file's first
  829 records) are shuffled and taken in order until the corpus quota (THIRD_QUOTAS,
  weighted towards mainstream and news-analysis text) is reached. ``--third --write``
  writes ``third.json``; the third sample belongs to the development half (split.json
  does not change).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from pathlib import Path

from find_questions import DEFAULT_DATA, find_questions, load

HERE = Path(__file__).resolve().parent
GOLD = HERE / "questions_gold.jsonl"
SPLIT = HERE / "split.json"
KAPPA = HERE / "kappa_sample.jsonl"
THIRD = HERE / "third.json"
QUOTAS = {"ptc": 75, "buzzfeed": 75, "polnear": 170, "semeval": 100, "basil": 70, "narrative": 90}
MAX_PER_DOC = 12
TEST_SHARE = 0.40
KAPPA_N = 160
THIRD_QUOTAS = {"polnear": 90, "buzzfeed": 50, "basil": 50, "semeval": 50, "narrative": 35,
                "ptc": 25}
THIRD_SEED = 14


def sha(span: str) -> str:
    return hashlib.sha1(span.encode("utf-8")).hexdigest()[:12]


FIRST_SAMPLE = 241  # the first sample: the gold file's first 241 records
SECOND_SAMPLE_END = 829  # the first and second samples: the gold file's first 829 records


def old_gold(n_records: int = FIRST_SAMPLE) -> tuple[set[tuple[str, str]], int]:
    """Articles and size of the gold file's first ``n_records`` records (the first
    sample by default; later samples were appended after them), so that draws reproduce."""
    docs, n = set(), 0
    with open(GOLD, encoding="utf-8") as fh:
        for line in fh:
            if n == n_records:
                break
            rec = json.loads(line)
            docs.add((rec["corpus"], str(rec["doc_id"])))
            n += 1
    return docs, n


def draw(data: Path) -> tuple[list[dict], list[list[str]]]:
    """The new candidate records (offsets and sha) and the test-half articles."""
    old_docs, n_old = old_gold()
    new: list[dict] = []
    doc_order: list[tuple[str, str]] = []
    for corpus, quota in QUOTAS.items():
        texts = load(data, corpus)
        cands = {d: find_questions(t) for d, t in texts.items()}
        pool = sorted(
            d for d in texts if 0 < len(cands[d]) <= MAX_PER_DOC and (corpus, d) not in old_docs
        )
        random.Random(11).shuffle(pool)
        taken = 0
        for d in pool:
            if taken >= quota:
                break
            doc_order.append((corpus, d))
            for s, e in cands[d]:
                new.append({"corpus": corpus, "doc_id": d, "start": s, "end": e,
                            "sha": sha(texts[d][s:e])})
            taken += len(cands[d])
    per_doc: dict[tuple[str, str], int] = {}
    for r in new:
        key = (r["corpus"], r["doc_id"])
        per_doc[key] = per_doc.get(key, 0) + 1
    order = sorted(per_doc)
    random.Random(12).shuffle(order)
    total = n_old + len(new)
    test, n_test = [], 0
    for key in order:
        if n_test >= TEST_SHARE * total:
            break
        test.append(list(key))
        n_test += per_doc[key]
    return new, sorted(test)


def draw_third(data: Path) -> list[dict]:
    """The third sample's candidate records (offsets and sha), in draw order."""
    earlier, _ = old_gold(SECOND_SAMPLE_END)
    out: list[dict] = []
    for corpus, quota in THIRD_QUOTAS.items():
        texts = load(data, corpus)
        cands = {d: find_questions(t) for d, t in texts.items()}
        pool = sorted(
            d for d in texts if 0 < len(cands[d]) <= MAX_PER_DOC and (corpus, d) not in earlier
        )
        random.Random(THIRD_SEED).shuffle(pool)
        taken = 0
        for d in pool:
            if taken >= quota:
                break
            out.extend({"corpus": corpus, "doc_id": d, "start": s, "end": e,
                        "sha": sha(texts[d][s:e])} for s, e in cands[d])
            taken += len(cands[d])
    return out


def third_articles(cands: list[dict]) -> list[list[str]]:
    """[corpus, doc_id] of the drawn articles, in draw order."""
    seen: dict[tuple[str, str], None] = {}
    for r in cands:
        seen.setdefault((r["corpus"], r["doc_id"]), None)
    return [list(k) for k in seen]


def main_third(data: Path, write: bool) -> int:
    """Print the third sample's candidates (offsets and sha); write third.json."""
    cands = draw_third(data)
    docs = third_articles(cands)
    for r in cands:
        print(json.dumps(r))
    print(f"third sample: {len(cands)} candidates in {len(docs)} articles", file=sys.stderr)
    if write:
        body = {"seed": THIRD_SEED, "quotas": THIRD_QUOTAS, "max_per_doc": MAX_PER_DOC,
                "candidates": len(cands), "articles": docs}
        THIRD.write_text(json.dumps(body, indent=0) + "\n", encoding="utf-8")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--candidates", type=Path, help="also write the new candidates (offsets)")
    ap.add_argument("--third", action="store_true",
                    help="draw the third sample (seed 14); with --write, write third.json")
    args = ap.parse_args(argv)
    if args.third:
        return main_third(args.data, args.write)
    new, test = draw(args.data)
    kappa = random.Random(13).sample(new, KAPPA_N)
    kappa.sort(key=lambda r: (r["corpus"], r["doc_id"], r["start"]))
    test_keys = {tuple(t) for t in test}
    n_test = sum((r["corpus"], r["doc_id"]) in test_keys for r in new)
    print(f"new candidates {len(new)} in {len({(r['corpus'], r['doc_id']) for r in new})} "
          f"articles; test half {len(test)} articles, {n_test} candidates; kappa {len(kappa)}")
    if args.candidates:
        with open(args.candidates, "w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(r) + "\n" for r in new)
    if args.write:
        SPLIT.write_text(json.dumps({"seed": 12, "share": TEST_SHARE, "test": test}, indent=0)
                         + "\n", encoding="utf-8")
        with open(KAPPA, "w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(r) + "\n" for r in kappa)
    return 0


if __name__ == "__main__":
    sys.exit(main())
