"""The precision audit keeps offsets, hashes and verdicts, never article text, and its
parts are fixed by the document id (benchmarks/audit/)."""

from __future__ import annotations

import hashlib
import json

from benchmarks.audit import audit


def test_a_flag_key_holds_offsets_and_a_hash_not_the_text() -> None:
    text = "The mayor said the pier was safe."
    e = {"extractor": "sourcing", "label": "anonymous", "start": 10, "end": 14,
         "source": [0, 9]}
    key = audit.flag_key("polnear", "train:7", text, e)
    assert key["sha"] == hashlib.sha1(b"said|The mayor").hexdigest()
    assert {k: key[k] for k in ("corpus", "doc", "start", "end", "source")} == {
        "corpus": "polnear", "doc": "train:7", "start": 10, "end": 14, "source": [0, 9]}
    assert "said" not in json.dumps(key) and len(key["id"]) == 12


def test_parts_are_fixed_by_the_document() -> None:
    parts = [audit.part("buzzfeed", str(i)) for i in range(200)]
    assert parts == [audit.part("buzzfeed", str(i)) for i in range(200)]
    assert 60 <= parts.count("untouched") <= 100


def test_the_judgements_file_holds_no_text() -> None:
    allowed = {"id", "corpus", "doc", "start", "end", "extractor", "label", "source", "sha",
               "verdict", "class"}
    rows = [json.loads(line) for line in audit.JUDGEMENTS.read_text().splitlines()]
    assert len(rows) >= 300
    books = sorted(audit.JUDGEMENTS.parent.glob(audit.BOOKS))
    assert audit.JUDGEMENTS.with_name("judgements_fresh4.jsonl") in books
    for book in books:
        rows = [json.loads(line) for line in book.read_text().splitlines()]
        assert rows and all(set(r) == allowed and r["verdict"] in {"right", "wrong"}
                            for r in rows), book.name


def test_the_table_counts_judged_and_right_flags_per_part() -> None:
    flags = [{"id": i, "part": p, "extractor": "hedging", "label": "weasel"}
             for i, p in (("a", "fresh4"), ("b", "fresh4"), ("c", "fresh4"), ("d", "fresh3"))]
    judged = {"a": {"verdict": "right"}, "b": {"verdict": "wrong"}}
    assert audit.precision_table(flags, judged).splitlines()[2:] == [
        "| fresh3 | hedging | weasel | 0 | 0 | nan | 0.90 | NO | 1 |",
        "| fresh4 | hedging | weasel | 2 | 1 | 0.500 | 0.90 | NO | 1 |"]
    assert audit.precision_table(audit.in_part(flags, "fresh4"), judged).splitlines()[2:] == [
        "| fresh4 | hedging | weasel | 2 | 1 | 0.500 | 0.90 | NO | 1 |"]
    assert audit.in_part(flags, "all") == flags
