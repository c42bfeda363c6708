"""Verify questions_gold.jsonl against the evaluation corpora (stdlib only).

    python benchmarks/questions/check_questions.py                  # data in ../shared/data
    python benchmarks/questions/check_questions.py --data /path/to/data

For every record: the fields and label are valid, the document exists, 0 <= start < end
<= len(text), text[start:end] ends with "?", the first 12 hex digits of sha1 of
text[start:end] (UTF-8) equal `sha`, and no two spans in a document overlap. Prints the
label counts per corpus; exits 1 on any problem. The gold file holds offsets only; the
article text is read from the data directory and never printed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from find_questions import CORPORA, load

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
DEFAULT_DATA = REPO / ".." / "shared" / "data"
GOLD = HERE / "questions_gold.jsonl"
SPLIT = HERE / "split.json"
LABELS = ("rhetorical", "hypophora", "quoted", "headline", "genuine")
REQUIRED = {"corpus", "doc_id", "start", "end", "label", "sha"}
ALLOWED = REQUIRED | {"note"}


def load_texts(data: Path) -> dict[str, dict[str, str]]:
    """Texts as find_questions.py builds them (BASIL's title and sentences joined,
    PolNeAR deduplicated), so offsets mean the same thing in every script."""
    return {corpus: load(data, corpus) for corpus in CORPORA}


def test_docs(path: Path = SPLIT) -> set[tuple[str, str]]:
    """The untouched test half: (corpus, doc_id) of every test article."""
    return {(c, d) for c, d in json.loads(path.read_text(encoding="utf-8"))["test"]}


def check(gold_path: Path, data: Path) -> tuple[list[str], Counter, dict[str, set[str]]]:
    problems: list[str] = []
    counts: Counter = Counter()
    docs_seen: dict[str, set[str]] = defaultdict(set)
    texts = load_texts(data)
    spans: dict[tuple[str, str], list[tuple[int, int, int]]] = defaultdict(list)
    with open(gold_path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            where = f"line {n}"
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(f"{where}: not JSON ({exc})")
                continue
            missing = REQUIRED - rec.keys()
            extra = rec.keys() - ALLOWED
            if missing or extra:
                problems.append(f"{where}: missing {sorted(missing)} / unexpected {sorted(extra)}")
                continue
            corpus, doc_id, start, end = rec["corpus"], str(rec["doc_id"]), rec["start"], rec["end"]
            where = f"line {n} ({corpus} {doc_id} {start}:{end})"
            if corpus not in texts:
                problems.append(f"{where}: unknown corpus")
                continue
            if rec["label"] not in LABELS:
                problems.append(f"{where}: unknown label {rec['label']!r}")
            if not (isinstance(start, int) and isinstance(end, int)):
                problems.append(f"{where}: offsets must be integers")
                continue
            text = texts[corpus].get(doc_id)
            if text is None:
                problems.append(f"{where}: document not found")
                continue
            if not 0 <= start < end <= len(text):
                problems.append(f"{where}: offsets out of range (len {len(text)})")
                continue
            span = text[start:end]
            if not span.endswith("?"):
                problems.append(f"{where}: span does not end with '?'")
            if span != span.strip():
                problems.append(f"{where}: span has leading/trailing whitespace")
            sha = hashlib.sha1(span.encode("utf-8")).hexdigest()[:12]
            if sha != rec["sha"]:
                problems.append(f"{where}: sha mismatch (gold {rec['sha']}, text {sha})")
            spans[(corpus, doc_id)].append((start, end, n))
            counts[(corpus, rec["label"])] += 1
            docs_seen[corpus].add(doc_id)
    for (corpus, doc_id), lst in spans.items():
        lst.sort()
        for (s1, e1, n1), (s2, e2, n2) in zip(lst, lst[1:], strict=False):
            if s2 < e1:
                problems.append(
                    f"lines {n1} and {n2} ({corpus} {doc_id}): "
                    f"spans {s1}:{e1} and {s2}:{e2} overlap"
                )
    return problems, counts, docs_seen


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "--data",
        type=Path,
        default=DEFAULT_DATA,
        help="evaluation data directory (default ../shared/data)",
    )
    ap.add_argument("--gold", type=Path, default=GOLD)
    args = ap.parse_args(argv)
    try:
        problems, counts, docs_seen = check(args.gold, args.data.resolve())
    except OSError as exc:
        print(f"cannot read: {exc}", file=sys.stderr)
        return 2
    corpora = sorted({c for c, _ in counts})
    print(f"{'label':<12}" + "".join(f"{c:>10}" for c in corpora) + f"{'total':>10}")
    for label in LABELS:
        row = [counts[(c, label)] for c in corpora]
        print(f"{label:<12}" + "".join(f"{x:>10}" for x in row) + f"{sum(row):>10}")
    tot = [sum(counts[(c, lab)] for lab in LABELS) for c in corpora]
    print(f"{'total':<12}" + "".join(f"{x:>10}" for x in tot) + f"{sum(tot):>10}")
    print(
        f"{'articles':<12}"
        + "".join(f"{len(docs_seen[c]):>10}" for c in corpora)
        + f"{sum(len(docs_seen[c]) for c in corpora):>10}"
    )
    test = test_docs()
    n_test = sum(1 for c in docs_seen for d in docs_seen[c] if (c, d) in test)
    missing = sorted(t for t in test if t[1] not in docs_seen.get(t[0], set()))
    print(f"\ntest half: {n_test} articles (split.json)", end="")
    print(f"; {len(missing)} listed test article(s) have no record" if missing else "")
    if problems:
        print(f"\n{len(problems)} problem(s):", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        return 1
    print("\nOK: all records verified")
    return 0


if __name__ == "__main__":
    sys.exit(main())
