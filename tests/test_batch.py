"""``credibility batch``: every input and output format, error rows, order, worker counts,
exit codes, --evidence, and the genre/frames columns when ``to_dict()`` has them."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from analysis.batch.rows import META, Options, flat_scores, probe_scores
from analysis.batch.run import Job, run
from analysis.cli.main import main
from analysis.core import analyze
from analysis.intake.seeds import seeds_dir
from tests.batch_corpus import texts, write_jsonl

pq = pytest.importorskip("pyarrow.parquet")


def batch(*args: str) -> int:
    return main(["batch", *args, "--workers", "1"] if "--workers" not in args
                else ["batch", *args])


def jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_jsonl_to_csv_rows_in_order_with_carried_fields_and_every_score(tmp_path: Path,
                                                                         capsys) -> None:
    src = write_jsonl(tmp_path / "c.jsonl", 5)
    assert batch(str(src), "--out", str(tmp_path / "o.csv")) == 0
    assert capsys.readouterr().err == (f"{tmp_path / 'o.csv'}: 5 documents, 5 scored, "
                                       "0 with an error\n")
    with (tmp_path / "o.csv").open(newline="") as handle:
        rows = list(csv.DictReader(handle))
    scores = list(probe_scores())
    assert list(rows[0]) == ["id", "source", "n", *META, *scores, "error"]
    assert [r["id"] for r in rows] == [f"doc{i}" for i in range(5)]
    assert [r["n"] for r in rows] == ["0", "1", "2", "3", "4"]
    want = analyze(texts(5)[2]).scores
    assert rows[2]["words"] == str(want["words"])
    assert float(rows[2]["sensationalism_index"]) == pytest.approx(want["sensationalism_index"],
                                                                   abs=1e-4)
    assert {r["error"] for r in rows} == {""} and {r["format"] for r in rows} == {"text"}
    assert not list(tmp_path.glob("o.csv.*"))  # no partial or state file left behind


def test_bad_documents_become_error_rows_and_the_run_goes_on(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "c.jsonl", 2, bad=True)
    with src.open("a") as handle:
        handle.write("{not json\n" + json.dumps({"id": "x", "body": "no text field"}) + "\n")
    out = tmp_path / "o.jsonl"
    assert batch(str(src), "--out", str(out), "--max-bytes", "5KB") == 1
    errors = {r["id"]: r["error"] for r in jsonl(out)}
    assert errors == {
        "doc0": "", "doc1": "",
        "empty": "empty: is empty",
        "binary": "binary: looks like a binary file, not text",
        "french": "french: the text looks like French, only English is supported",
        "long": "long: is longer than the limit of 5,000 bytes",
        "7": "line 7: not valid JSON (Expecting property name enclosed in double quotes)",
        "x": "x: no text in 'text'",
    }
    bad = next(r for r in jsonl(out) if r["id"] == "french")
    assert bad["words"] is None and bad["source"] == "bad" and bad["n"] == -1


def test_exit_codes_as_for_score(tmp_path: Path, capsys) -> None:
    empty = tmp_path / "e.jsonl"
    empty.write_text(json.dumps({"id": "a", "text": ""}) + "\n")
    assert batch(str(empty), "--out", str(tmp_path / "o.csv")) == 2
    assert batch(str(tmp_path / "missing.jsonl"), "--out", str(tmp_path / "p.csv")) == 2
    assert batch(str(empty), "--out", str(tmp_path / "o.xlsx")) == 2
    assert batch(str(empty), "--out", str(tmp_path / "o.csv"), "--evidence") == 2
    err = capsys.readouterr().err.splitlines()
    assert err[1:] == [
        f"credibility: {tmp_path / 'missing.jsonl'}: no such file or folder",
        f"credibility: {tmp_path / 'o.xlsx'}: unknown output kind (use .csv, .jsonl or "
        ".parquet)",
        "credibility: --evidence: evidence spans go only into JSON Lines output (an --out "
        "ending in .jsonl), not CSV",
    ]


def test_csv_in_with_named_columns_and_parquet_out(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    with src.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["url", "body", "outlet_name"])
        for i, text in enumerate(texts(4)):
            writer.writerow([f"https://example.org/{i}", text, "Gazette"])
    out = tmp_path / "o.parquet"
    assert batch(str(src), "--text-column", "body", "--id-column", "url", "--out", str(out)) == 0
    table = pq.read_table(out)
    assert table.column_names[:2] == ["id", "outlet_name"]
    assert table.column("id").to_pylist() == [f"https://example.org/{i}" for i in range(4)]
    assert str(table.schema.field("words").type) == "int64"
    assert str(table.schema.field("verifiability_index").type) == "double"
    assert table.column("words").to_pylist() == [analyze(t).scores["words"] for t in texts(4)]


def test_a_missing_text_column_stops_before_anything_is_scored(tmp_path: Path, capsys) -> None:
    src = tmp_path / "in.csv"
    src.write_text("id,body\n1,Some text.\n")
    assert batch(str(src), "--out", str(tmp_path / "o.csv")) == 2
    assert capsys.readouterr().err == (f"credibility: {src}: no column 'text' (columns: id, "
                                       "body); name it with --text-column\n")
    assert not (tmp_path / "o.csv").exists()


def test_parquet_in_and_a_folder_through_the_score_intake(tmp_path: Path) -> None:
    import pyarrow as pa

    pq.write_table(pa.table({"id": ["a", "b"], "text": texts(2), "year": [2020, 2021]}),
                   tmp_path / "in.parquet")
    assert batch(str(tmp_path / "in.parquet"), "--out", str(tmp_path / "p.jsonl")) == 0
    assert [(r["id"], r["year"]) for r in jsonl(tmp_path / "p.jsonl")] == [("a", 2020),
                                                                           ("b", 2021)]
    folder = tmp_path / "pages"
    (folder / "sub").mkdir(parents=True)
    (folder / "b.txt").write_text(texts(1)[0])
    (folder / "a.html").write_text(f"<html><head><title>Bridge vote</title></head><body>"
                                   f"<article><p>{texts(3)[2]}</p></article></body></html>")
    (folder / "sub" / "c.md").write_text("# Heading\n\n" + texts(2)[1])
    (folder / "notes.csv").write_text("ignored")
    assert batch(str(folder), "--out", str(tmp_path / "f.jsonl")) == 0
    rows = jsonl(tmp_path / "f.jsonl")
    assert [(r["id"], r["format"]) for r in rows] == [("a.html", "html"), ("b.txt", "text"),
                                                       ("sub/c.md", "markdown")]
    assert rows[0]["title"] == "Bridge vote"


def test_two_workers_write_the_same_bytes_as_one(tmp_path: Path, monkeypatch) -> None:
    from analysis.batch import run as batch_run

    monkeypatch.setattr(batch_run, "RECYCLE", 2)  # workers replaced every 2 chunks too
    src = write_jsonl(tmp_path / "c.jsonl", 40, bad=True)
    for workers in ("1", "2"):
        assert main(["batch", str(src), "--out", str(tmp_path / f"w{workers}.csv"),
                     "--workers", workers, "--max-bytes", "5KB"]) == 1
    here = batch_run.Job([str(src)], tmp_path / "w0.csv", options=Options(max_bytes=5_000),
                         workers=0)
    assert batch_run.run(here).done == 44
    assert (tmp_path / "w1.csv").read_bytes() == (tmp_path / "w2.csv").read_bytes()
    assert (tmp_path / "w0.csv").read_bytes() == (tmp_path / "w1.csv").read_bytes()


def test_evidence_spans_in_json_lines(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "c.jsonl", 2)
    assert batch(str(src), "--out", str(tmp_path / "o.jsonl"), "--evidence") == 0
    row = jsonl(tmp_path / "o.jsonl")[1]
    assert row["evidence"] == analyze(texts(2)[1], meta={"id": "doc1"}).to_dict()["evidence"]


STUB = {"genre": {"label": "opinion", "scores": {"news": 0.2, "opinion": 0.8}},
        "frames": {"generic": ["conflict", {"frame": "economic", "evidence": []}],
                   "policy": [], "profile": {"conflict": 0.5, "economic": 0.25,
                                             "top": ["conflict"]}}}


def test_genre_and_frames_are_flattened_when_present() -> None:
    flat = flat_scores({"scores": {"words": 3}, **STUB})
    assert flat == {"words": 3, "genre": "opinion", "genre_news": 0.2, "genre_opinion": 0.8,
                    "frames_generic": "conflict;economic", "frames_policy": "",
                    "frames_profile_conflict": 0.5, "frames_profile_economic": 0.25,
                    "frames_profile_top": '["conflict"]'}


def test_batch_writes_genre_and_frames_columns_from_to_dict(tmp_path: Path,
                                                            monkeypatch) -> None:
    from analysis.core import Analysis

    real = Analysis.to_dict
    monkeypatch.setattr(Analysis, "to_dict", lambda self: {**real(self), **STUB})
    src = write_jsonl(tmp_path / "c.jsonl", 1)
    run(Job([str(src)], tmp_path / "o.csv", workers=0))  # in this process: the stub applies
    with (tmp_path / "o.csv").open(newline="") as handle:
        row = next(csv.DictReader(handle))
    assert list(row)[-10:] == ["verifiability_index", "genre", "genre_news", "genre_opinion",
                               "frames_generic", "frames_policy", "frames_profile_conflict",
                               "frames_profile_economic", "frames_profile_top", "error"]
    assert (row["genre"], row["frames_generic"], row["frames_profile_top"]) == (
        "opinion", "conflict;economic", '["conflict"]')


def test_seed_folder_scores_match_score(tmp_path: Path) -> None:
    from analysis.intake.pipeline import score_file

    assert batch(str(seeds_dir()), "--out", str(tmp_path / "s.jsonl")) == 0
    for row in jsonl(tmp_path / "s.jsonl"):
        want = score_file(seeds_dir() / row["id"]).analysis.to_dict()["scores"]
        assert {k: row[k] for k in want} == want


def test_parquet_dates_and_decimals_are_carried_as_text(tmp_path: Path) -> None:
    import datetime
    import decimal

    import pyarrow as pa

    pq.write_table(pa.table({"text": texts(1), "day": [datetime.date(2024, 5, 1)],
                             "price": [decimal.Decimal("1.50")]}), tmp_path / "in.parquet")
    for suffix in (".jsonl", ".csv", ".parquet"):
        assert batch(str(tmp_path / "in.parquet"), "--out", str(tmp_path / f"o{suffix}")) == 0
    assert [(r["id"], r["day"], r["price"]) for r in jsonl(tmp_path / "o.jsonl")] == [
        ("1", "2024-05-01", "1.50")]
    assert pq.read_table(tmp_path / "o.parquet").select(["day", "price"]).to_pylist() == [
        {"day": "2024-05-01", "price": "1.50"}]
