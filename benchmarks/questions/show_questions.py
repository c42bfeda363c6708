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

REPO = Path(__file__).resolve().parents[2]
DATA = (REPO / ".." / "shared" / "data").resolve()
FILES = {
    "ptc": ("propaganda/ptc_dev.jsonl", "article_id"),
    "buzzfeed": ("reliability/buzzfeed_webis_dev.jsonl", "id"),
    "polnear": ("attribution/polnear_train.jsonl", "article_id"),
    "semeval": ("framing/semeval2023_frames_dev.jsonl", "id"),
    "basil": ("framing/basil_dev.jsonl", "id"),
    "narrative": ("framing/narrative_frames_dev.jsonl", "id"),
}


def _text(corpus: str, row: dict) -> str:
    """BASIL has a title and sentences, not a text: title, blank line, sentences joined by
    single spaces (the convention of the gold set's documents)."""
    if corpus == "basil":
        return row["title"] + "\n\n" + " ".join(row["sentences"])
    return row["text"]


def load(corpus: str) -> dict[str, str]:
    """doc_id -> text; the first row wins when an article appears more than once."""
    rel, key = FILES[corpus]
    out: dict[str, str] = {}
    with open(DATA / rel, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                row = json.loads(line)
                out.setdefault(str(row[key]), _text(corpus, row))
    return out


def show(records: list[dict], lo: int, hi: int, ctx: int) -> int:
    """Print records lo..hi-1 with context; return how many failed the sha check."""
    texts: dict[str, dict[str, str]] = {}
    bad = 0
    for i, rec in enumerate(records[lo:hi], start=lo):
        corpus = rec["corpus"]
        if corpus not in texts:
            texts[corpus] = load(corpus)
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
