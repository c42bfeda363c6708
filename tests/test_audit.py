"""The precision audit keeps offsets, hashes and verdicts, never article text, and its
parts are fixed by the document id (benchmarks/audit/)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

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


def _write_jsonl(path: Path, rows: list[dict[str, str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def test_no_article_is_in_two_parts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(audit, "ARTICLES", 5)
    monkeypatch.setattr(audit, "FRESH_ARTICLES", 3)
    text = "The mayor said the pier was safe. " * 10
    for split in ("train", "dev"):
        _write_jsonl(tmp_path / f"attribution/polnear_{split}.jsonl",
                     [{"publisher": "nyt", "article_id": str(i), "text": text}
                      for i in range(14)])
    _write_jsonl(tmp_path / "reliability/buzzfeed_webis_dev.jsonl",
                 [{"id": str(i), "orientation": "mainstream", "text": text} for i in range(33)])
    arts = audit.articles(tmp_path)
    keys = [(corpus, doc) for corpus, doc, _, _ in arts]
    assert len(keys) == len(set(keys)) == 2 * (5 + 7 * 3)
    for corpus in ("polnear", "buzzfeed"):
        parts = [p for c, _, _, p in arts if c == corpus]
        assert parts.count("develop") + parts.count("untouched") == 5
        assert [parts.count(f) for f in ("fresh", "fresh2", "fresh3", "fresh4", "fresh5",
                                         "fresh6", "fresh7")] == [3, 3, 3, 3, 3, 3, 3]


def test_fresh8_is_basil_events_the_speaker_rules_never_read(tmp_path: Path) -> None:
    from benchmarks.tasks_naming import basil_part
    rows = [{"id": f"{t}_{k}", "triplet": t, "sentences": ["The mayor said so.", "It rained."]}
            for t in ("t0", "t1", "t2", "t3", "t4", "t5") for k in range(3)]
    _write_jsonl(tmp_path / "framing/basil_dev.jsonl", rows)
    arts = audit.basil_articles(tmp_path)
    held = {r["triplet"] for r in rows if basil_part(r["triplet"]) == "held-out"}
    assert held and held != {r["triplet"] for r in rows}  # both parts occur in this sample
    assert [doc for _, doc, _, _ in arts] == [r["id"] for r in rows if r["triplet"] in held]
    assert {(c, t, p) for c, _, t, p in arts} == {
        ("basil", "The mayor said so. It rained.", "fresh8")}


def test_adding_verdicts_prints_no_other_part(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    """A judge adding verdicts sees the count, not every part's precision."""
    (tmp_path / "attribution").mkdir()
    flag = {"id": "a", "part": "fresh7", "corpus": "polnear", "doc": "7", "start": 0,
            "end": 4, "source": None, "extractor": "sourcing", "label": "vague"}
    monkeypatch.setattr(audit, "sample", lambda data: ([flag], {}))
    monkeypatch.setattr(audit, "load_judgements", dict)
    monkeypatch.setattr(audit, "add", lambda *args: 1)
    verdicts = tmp_path / "v.tsv"
    assert audit.main(["--data", str(tmp_path), "--add", str(verdicts), "--book", "x"]) == 0
    assert capsys.readouterr().out == "added 1 judgements\n"
    audit.main(["--data", str(tmp_path), "--add", str(verdicts), "--part", "fresh7"])
    assert "| fresh7 | sourcing | vague |" in capsys.readouterr().out


def test_show_prints_unjudged_flags_or_only_the_judged_wrong(
        capsys: pytest.CaptureFixture[str]) -> None:
    text = "Officials said the pier was safe. Critics called it reckless."
    texts = {"polnear/7": ("polnear", "7", text)}
    flags = [{"id": i, "part": "fresh5", "corpus": "polnear", "doc": "7", "start": s,
              "end": e, "source": None, "extractor": "sourcing", "label": "vague"}
             for i, s, e in (("a", 10, 14), ("b", 42, 48), ("c", 52, 60))]
    judged = {"a": {"verdict": "right"}, "b": {"verdict": "wrong", "class": "not a cue"}}
    audit.show(flags, texts, judged, 10, "fresh5")
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "## c sourcing/vague (fresh5)"
    assert out[2] == "-- 1 unjudged in 'fresh5'"
    audit.show(flags, texts, judged, 10, "fresh5", wrong=True)
    out = capsys.readouterr().out.splitlines()
    assert out[:2] == ["## b sourcing/vague (fresh5) WRONG: not a cue",
                       "Officials said the pier was safe. Critics [[called]] it reckless."]
    assert out[2] == "-- 1 judged wrong in 'fresh5'"


def test_fresh9_is_mainstream_outlets_of_two_more_corpora(tmp_path: Path) -> None:
    from benchmarks.audit import other_corpora
    _write_jsonl(tmp_path / "framing/newswcl50_dev.jsonl", [
        {"id": f"0_{lean}", "outlet": outlet, "sentences": ["A said so.", "It rained."]}
        for lean, outlet in (("LL", "HuffPost"), ("L", "NYT"), ("M", "USA Today"),
                             ("R", "Fox News"), ("RR", "Breitbart"))])
    _write_jsonl(tmp_path / "framing/narrative_frames_dev.jsonl", [
        {"id": 7, "source": "The Guardian", "text": "G."},
        {"id": 8, "source": "theguardian", "text": "H."},
        {"id": 9, "source": "CBS News", "text": "C."},
        {"id": 10, "source": "breitbart", "text": "B."},
        {"id": 11, "source": "thehill", "text": "T."}])
    arts = other_corpora.fresh9_articles(tmp_path)
    assert [(c, d, p) for c, d, _, p in arts] == [
        ("newswcl50", "0_LL", "fresh9"), ("newswcl50", "0_L", "fresh9"),
        ("newswcl50", "0_M", "fresh9"), ("newswcl50", "0_R", "fresh9"),
        ("narrative", "7", "fresh9"), ("narrative", "8", "fresh9"),
        ("narrative", "9", "fresh9"), ("narrative", "11", "fresh9")]
    assert arts[0][2] == "A said so. It rained."
    assert other_corpora.outlet_key("The Huffington Post") == "huffingtonpost"
