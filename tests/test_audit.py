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
    assert all(set(r) == allowed and r["verdict"] in {"right", "wrong"} for r in rows)
