"""corroborate(): claims of each document matched against the others. Sentences written
for these tests."""

from __future__ import annotations

import json

import pytest

from analysis import analyze
from analysis.framing.corroboration import corroborate

A = ("The harbour authority in Kestrel Bay closed the northern pier on 4 March after storm "
     "damage to 120 metres of decking. Repairs will cost 2.4 million pounds, the council "
     "said. Local fishermen were angry about the closure.")
B = ("Kestrel Bay's northern pier was closed by the harbour authority on 4 March after storm "
     "damage to 120 metres of decking. The council said nobody was hurt.")
C = ("The harbour authority in Kestrel Bay said the storm damaged 300 metres of decking on "
     "the northern pier. A new ferry route opened in Dunmore on Friday.")


def by_start(result: dict, doc: str) -> dict[str, dict]:
    return {c["text"][:31]: c for c in result["claims"] if c["doc"] == doc}


def test_labels_and_shape() -> None:
    out = corroborate([A, B, C])
    json.dumps(out)  # plain data
    a = by_start(out, "doc1")
    first = a["The harbour authority in Kestre"]
    assert first["label"] == "conflicting"
    assert first["conflict"] == {"kind": "number", "thing": "metr", "this": "120",
                                 "other": "300", "doc": "doc3"}
    assert [m["doc"] for m in first["matches"]][:1] == ["doc2"]
    assert a["Repairs will cost 2.4 million p"]["label"] == "single-source"
    b = by_start(out, "doc2")
    assert b["Kestrel Bay's northern pier was"]["label"] in {"corroborated", "conflicting"}
    c = by_start(out, "doc3")
    assert c["A new ferry route opened in Dun"]["label"] == "single-source"
    assert "Local fishermen were angry abou" not in a  # no specifics: not a claim
    summary = {d["id"]: d for d in out["documents"]}
    assert summary["doc1"]["claims"] == 2
    assert summary["doc3"]["share_corroborated"] == 0.0


def test_offsets_index_each_text_and_ids_come_from_meta() -> None:
    analyses = [analyze(A, meta={"id": "one"}), analyze(B, meta={"id": "two"})]
    out = corroborate(analyses)
    for c in out["claims"]:
        text = A if c["doc"] == "one" else B
        assert text[c["start"]:c["end"]] == c["text"]
        for m in c["matches"]:
            assert (B if m["doc"] == "two" else A)[m["start"]:m["end"]] == m["text"]
    assert {d["id"] for d in out["documents"]} == {"one", "two"}


def test_corroborated_when_two_say_the_same() -> None:
    out = corroborate([A, B])
    assert by_start(out, "doc2")["Kestrel Bay's northern pier was"]["label"] == "corroborated"


def test_single_document_and_bad_input() -> None:
    out = corroborate([A])
    assert {c["label"] for c in out["claims"]} == {"single-source"}
    with pytest.raises(TypeError, match="corroborate\\(\\) needs texts \\(str\\) or Analyses, "
                                        "not int"):
        corroborate([3])
