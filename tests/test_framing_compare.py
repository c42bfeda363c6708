"""Comparing articles: naming (who is called what), distinctive vocabulary, voices, the
``analysis.compare`` data, ``credibility compare`` and the report's framing golden data.
Sentences written for these tests."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

import analysis
from analysis.cli.main import main
from analysis.framing.naming_table import naming_table
from analysis.framing.vocabulary import vocabulary_table
from analysis.framing.voices import voices_table
from analysis.text.document import Document

ROOT = Path(__file__).resolve().parents[1]
GOLDEN_FRAMING = ROOT / "tests" / "golden" / "seed_framing.json"

A = ("North Korean leader Kim Jong Un visited Beijing on Monday. Mr. Kim met officials of the "
     "Democratic National Committee. Pyongyang said the talks went well. President Donald Trump "
     "and Melania Trump watched. Trump said nothing.")
B = ("The North Korean dictator fired a missile on Tuesday. Kim Jong-un watched from a hill. "
     "The North Korean regime denied it. The DNC said it was alarmed. President Trump was silent.")


def forms(row: dict) -> list[list[tuple[str, str, int]]]:
    return [[(f["text"], f["form"], f["count"]) for f in p["forms"]] for p in row["per_document"]]


def test_naming_groups_names_titles_and_descriptions_per_actor() -> None:
    rows = {r["actor"]: r for r in naming_table([Document(A), Document(B)])}
    assert list(rows) == ["Kim Jong Un", "Donald Trump", "Democratic National Committee",
                          "North Korea"]
    assert forms(rows["Kim Jong Un"]) == [
        [("Kim Jong Un", "full name", 1), ("Mr. Kim", "title and name", 1),
         ("North Korean leader", "description", 1)],
        # no apposition here: the set ties "North Korean" + a leader's role to Kim
        [("Kim Jong-un", "full name", 1), ("North Korean dictator", "description", 1)]]
    # the lone "Trump" is Donald (mentioned most), not Melania, who is in one text only
    assert forms(rows["Donald Trump"]) == [
        [("President Donald Trump", "title and name", 1), ("Trump", "short name", 1)],
        [("President Trump", "title and name", 1)]]
    assert forms(rows["Democratic National Committee"]) == [
        [("Democratic National Committee", "name", 1)], [("DNC", "acronym", 1)]]
    assert forms(rows["North Korea"]) == [[("Pyongyang", "seat", 1)],
                                          [("North Korean regime", "description", 1)]]
    span = rows["Kim Jong Un"]["per_document"][0]["forms"][1]["spans"][0]
    assert A[span[0]:span[1]] == "Mr. Kim"


def test_naming_leaves_out_what_it_cannot_tie_to_one_actor() -> None:
    one = "Ana Ruiz spoke. Tom Ruiz listened. The mayor left."
    two = "Ruiz was absent. The mayor stayed."
    # "Ruiz" alone could be either; "the mayor" has no title to tie it to: no row at all
    assert naming_table([Document(one), Document(two)]) == []


def test_title_case_headline_is_cut_into_names() -> None:
    head = "Official Secretly Met With North Korean Leader Kim Jong Un"
    body = "Kim Jong Un smiled. Mr. Kim spoke."
    rows = naming_table([Document(head), Document(body)])
    assert [r["actor"] for r in rows] == ["Kim Jong Un"]
    # "Official", "Secretly", "Met", "With" are cut off; "North Korean Leader" is a title
    assert forms(rows[0])[0] == [("North Korean Leader Kim Jong Un", "title and name", 1)]


def fightin_words_z(y_i: int, n_i: int, y_r: int, n_r: int, k: int) -> float:
    """Monroe et al. (2008) eq. 22 with the prior a_w = a0 * y_w / N, a0 = N / k."""
    n = n_i + n_r
    a0, a_w = n / k, (n / k) * (y_i + y_r) / n
    delta = (math.log((y_i + a_w) / (n_i + a0 - y_i - a_w))
             - math.log((y_r + a_w) / (n_r + a0 - y_r - a_w)))
    return delta / math.sqrt(1 / (y_i + a_w) + 1 / (y_r + a_w))


def test_distinctive_vocabulary_is_the_weighted_log_odds() -> None:
    one, two = "The apple pie was good. " * 12, "The cherry cake was good. " * 12
    table = vocabulary_table([Document(one), Document(two)])
    # four two-word phrases a sentence, twelve sentences a text; "apple" and "pie" are inside
    # the listed phrase and "the", "was" are function words: never listed
    expected = round(fightin_words_z(12, 48, 0, 48, 2), 2)
    assert table[0]["distinctive"] == [{"term": "apple pie", "count": 12, "others": 0,
                                        "z": expected, "spans": [[4, 13], [28, 37], [52, 61]]}]
    assert expected == 2.63
    assert [t["term"] for t in table[1]["distinctive"]] == ["cherry cake"]
    assert vocabulary_table([Document(one)]) == [{"distinctive": []}]


VOICES_A = ('"We will rebuild the port," said Mayor Ana Ruiz. Officials said the cost was '
            "unknown. It is said that the port is old.")
VOICES_B = ('Tom Lee met Mrs. Ruiz. "It is done," she said. Sam Park met Jo Kim. "It is late," '
            "he said.")


def test_voices_words_and_who_speaks() -> None:
    a, b = voices_table([Document(VOICES_A), Document(VOICES_B)])
    assert [(v["voice"], v["kind"], v["label"], v["quotes"], v["words"]) for v in a["voices"]] == [
        ("Ana Ruiz", "person", "named", 1, 5),
        ("no source given", "unnamed", "vague", 0, 5),
        ("officials", "unnamed", "anonymous", 0, 4)]
    assert (a["words"], a["narrator_words"], a["quoted_words"]) == (23, 8, 15)
    # "she" after "Mrs. Ruiz": Ruiz; "he" after two people no title tells apart: no one
    assert [(v["voice"], v["quotes"], v["words"]) for v in b["voices"]] == [("Ruiz", 1, 3)]
    assert a["only_here"] == [] and b["only_here"] == []  # Ruiz speaks in both


def test_only_here_lists_named_voices_no_other_text_has() -> None:
    one = '"The bridge is safe," said Mayor Ana Ruiz.'
    two = '"The bridge is not safe," said engineer Tom Okafor. Officials said nothing more.'
    a, b = voices_table([Document(one), Document(two)])
    assert a["only_here"] == ["Ana Ruiz"]
    assert b["only_here"] == ["Tom Okafor"]


def test_compare_returns_plain_data_in_the_given_order() -> None:
    data = analysis.compare([A, B], names=["first", "second"])
    assert list(data) == ["documents", "naming", "vocabulary", "voices", "corroboration",
                          "frames"]
    assert [sorted(f) for f in data["frames"]] == [["generic", "policy", "profile"]] * 2
    assert [d["id"] for d in data["corroboration"]["documents"]] == ["first", "second"]
    assert data["documents"] == [{"name": "first", "words": 35}, {"name": "second", "words": 31}]
    assert json.loads(json.dumps(data)) == data
    assert analysis.compare([analysis.analyze(A), B])["documents"][0]["name"] == "document 1"


def test_compare_refuses_what_it_cannot_use() -> None:
    with pytest.raises(TypeError, match=r"^compare\(\) takes a list of texts or analyses$"):
        analysis.compare(A)
    with pytest.raises(ValueError, match=r"^compare\(\) got 2 items but 1 names$"):
        analysis.compare([A, B], names=["x"])
    with pytest.raises(TypeError, match=r"^compare\(\) item 2 is a int, not a text or an "):
        analysis.compare([A, 3])


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def texts(tmp_path: Path) -> tuple[str, str]:
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    one.write_text(A + "\n", encoding="utf-8")
    two.write_text(B + "\n", encoding="utf-8")
    return str(one), str(two)


def test_cli_compare_prints_the_tables(capsys, tmp_path) -> None:
    code, out, err = run(capsys, "compare", *texts(tmp_path))
    assert (code, err) == (0, "")
    for title in ("How each names the actors they share", "Distinctive words",
                  "Voices: who is quoted or cited"):
        assert title in out
    assert "Mr. Kim" in out and "Kim Jong Un (person)" in out


def test_cli_compare_json(capsys, tmp_path) -> None:
    code, out, _ = run(capsys, "compare", *texts(tmp_path), "--json")
    data = json.loads(out)
    assert code == 0
    assert [d["name"] for d in data["documents"]] == ["one.txt", "two.txt"]
    assert data["naming"][0]["actor"] == "Kim Jong Un"


def test_cli_compare_errors_and_exit_codes(capsys, tmp_path) -> None:
    one, two = texts(tmp_path)
    missing = str(tmp_path / "nope.txt")
    code, out, err = run(capsys, "compare", one, two, missing)
    assert code == 1 and "How each names" in out
    assert err.count("\n") == 1 and err.startswith("credibility: ") and "nope.txt" in err
    code, out, err = run(capsys, "compare", one, missing)
    assert (code, out) == (2, "")
    assert err.splitlines()[-1] == ("credibility: compare needs at least two usable articles; "
                                    "got 1")
    code, out, err = run(capsys, "compare", "-", "-")
    assert (code, out, err) == (2, "", "credibility: standard input ('-') can be read only once\n")


def test_seed_framing_matches_the_golden_data() -> None:
    """Regenerate with ``.venv/bin/python tests/golden/update.py`` after a deliberate change."""
    from analysis.report import seed_analyses
    from analysis.report.framing import framing_json

    assert framing_json(seed_analyses()) == GOLDEN_FRAMING.read_text(encoding="utf-8")
