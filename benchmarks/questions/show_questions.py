"""Print each question of the inter-annotator sample in its article context, for a
second annotator to read (stdout only; nothing from the data is written anywhere).

The second annotator labels without the gold labels, the extractor or its output, so
this reader is separate from find_questions.py: it only resolves the sample's offsets
against ../shared/data, checks each span's sha1 and shows the surrounding text.

    python benchmarks/questions/show_questions.py SAMPLE.jsonl [--from N] [--to M] [--context 600]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from find_questions import DEFAULT_DATA, load  # noqa: E402  (the gold set's own documents)


def show(records: list[dict], lo: int, hi: int, ctx: int) -> int:
    """Print records lo..hi-1 with context; return how many failed the sha check."""
    texts: dict[str, dict[str, str]] = {}
    bad = 0
    for i, rec in enumerate(records[lo:hi], start=lo):
        corpus = rec["corpus"]
        if corpus not in texts:
            texts[corpus] = load(DEFAULT_DATA, corpus)
        text = texts[corpus][str(rec["doc_id"])]
        s, e = rec["start"], rec["end"]
        ok = hashlib.sha1(text[s:e].encode("utf-8")).hexdigest()[:12] == rec["sha"]
        bad += not ok
        print(f"=== #{i} {corpus} {rec['doc_id']} {s}-{e} sha {'ok' if ok else 'MISMATCH'}")
        print(text[max(0, s - ctx) : s] + " [[" + text[s:e] + "]] " + text[e : e + ctx])
        print()
    return bad


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: sample path, optional index range and context width."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sample", type=Path)
    ap.add_argument("--from", dest="lo", type=int, default=0)
    ap.add_argument("--to", dest="hi", type=int, default=None)
    ap.add_argument("--context", type=int, default=600)
    args = ap.parse_args(argv)
    with open(args.sample, encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    bad = show(records, args.lo, args.hi if args.hi is not None else len(records), args.context)
    print(f"{len(records)} records, {bad} sha mismatches", file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
