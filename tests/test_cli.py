"""The ``credibility`` command through its real entry points: messages and exit codes."""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.cli import main as cli
from analysis.cli.main import main
from analysis.intake import pipeline as intake

ARTICLE = ("Council approves bus lanes\n\n"
           "The city council voted 7-2 on Tuesday to add bus lanes on Main Street, the mayor's "
           "office said. Experts say the plan may cut commute times. Is this the best plan ever?\n"
           "\nShare on Facebook\nComments\n")
FRENCH = ("Le gouvernement a annonc\u00e9 mardi une nouvelle r\u00e9forme des retraites, qui "
          "sera pr\u00e9sent\u00e9e au Parlement dans les prochaines semaines. Les syndicats "
          "ont d\u00e9j\u00e0 appel\u00e9 \u00e0 une gr\u00e8ve nationale pour protester.")
GERMAN = ("Die Regierung hat am Dienstag eine neue Reform angek\u00fcndigt, die in den "
          "kommenden Wochen dem Parlament vorgelegt werden soll. Die Gewerkschaften haben "
          "bereits zu einem Streik aufgerufen, weil sie nicht einverstanden sind.")
REPO = Path(__file__).resolve().parent.parent


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def write(tmp_path: Path, data: bytes | str, name: str = "article.txt") -> str:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return str(path)


BAD_INPUTS = [
    ("empty", b"", "is empty"),
    ("whitespace", b" \n\n\t  \n", "only whitespace"),
    ("binary", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
    ("french", FRENCH.encode("utf-8"), "looks like French, only English is supported"),
    ("german", GERMAN.encode("cp1252"), "looks like German, only English is supported"),
    ("furniture-only", b"Menu\nClose\n\nComments\n", "nothing is left"),
]


@pytest.mark.parametrize(("label", "data", "message"), BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_bad_input_gives_one_line_and_exit_2(capsys, tmp_path, label, data, message) -> None:
    path = write(tmp_path, data)
    code, out, err = run(capsys, "score", path)
    assert code == 2 and out == ""
    assert err.startswith(f"credibility: {path}: ") and message in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_missing_path_and_directory(capsys, tmp_path) -> None:
    code, _, err = run(capsys, "score", str(tmp_path / "nope.txt"))
    assert code == 2 and "no such file" in err and "Traceback" not in err
    code, _, err = run(capsys, "score", str(tmp_path))
    assert code == 2 and "is a directory" in err


@pytest.mark.parametrize(("data", "encoding"), [
    (b"caf\xe9 \x93quoted\x94 and the owner said nothing more.", "cp1252"),
    ("\ufeffThe caf\u00e9 owner said \u201cno\u201d on Tuesday.".encode("utf-16-le"), "utf-16"),
    (b"\xef\xbb\xbfThe caf\xc3\xa9 owner said no on Tuesday.", "utf-8-sig"),
])
def test_encodings_are_decoded(capsys, tmp_path, data, encoding) -> None:
    code, out, err = run(capsys, "score", write(tmp_path, data), "--json")
    assert code == 0, err
    text = json.loads(out)["text"]
    assert "caf\u00e9" in text and "\ufeff" not in text
    if encoding == "cp1252":
        assert "\u201cquoted\u201d" in text


def test_score_json_schema_and_cleaning(capsys, tmp_path) -> None:
    code, out, _ = run(capsys, "score", write(tmp_path, ARTICLE), "--json")
    assert code == 0
    data = json.loads(out)
    assert data["schema"] == "credibility/1"
    assert "Share on Facebook" not in data["text"] and data["text"].startswith("Council")
    assert data["cleaning"]["applied"] is True and data["cleaning"]["removed_chars"] > 0
    assert {"kind": "share", "text": "Share on Facebook"} in data["cleaning"]["removed"]
    assert data["meta"]["title"] == "Council approves bus lanes"
    assert {"sensationalism_index", "verifiability_index", "words"} <= set(data["scores"])


def test_score_no_clean_keeps_the_text(capsys, tmp_path) -> None:
    code, out, _ = run(capsys, "score", write(tmp_path, ARTICLE), "--json", "--no-clean")
    data = json.loads(out)
    assert code == 0 and data["text"] == ARTICLE
    assert data["cleaning"] == {"applied": False, "removed_chars": 0, "removed": []}


def test_score_plain_summary(capsys, tmp_path) -> None:
    code, out, _ = run(capsys, "score", write(tmp_path, ARTICLE))
    assert code == 0
    for part in ("words", "In short", "per 1,000 words", "Sensationalism index",
                 "Verifiability index", "Flagged sentences (", "hedging/weasel"):
        assert part in out


def test_text_without_punctuation_still_analyses(capsys, tmp_path) -> None:
    text = "officials say the plan may be the best ever and some believe it could fail " * 3
    code, out, err = run(capsys, "score", write(tmp_path, text), "--json")
    assert code == 0, err
    assert json.loads(out)["words"] > 0


def test_stdin_and_python_dash_m(tmp_path) -> None:
    for module in ("analysis", "analysis.cli.main"):
        proc = subprocess.run([sys.executable, "-m", module, "score", "-", "--json"],
                              input=ARTICLE.encode("utf-8"), capture_output=True, cwd=tmp_path,
                              timeout=120, check=False)
        assert proc.returncode == 0, proc.stderr
        assert json.loads(proc.stdout)["meta"]["source_file"] == "<stdin>"


def test_score_path_does_not_import_heavy_packages(tmp_path) -> None:
    path = write(tmp_path, ARTICLE)
    code = ("import sys\nfrom analysis.cli.main import main\nmain(['score', sys.argv[1]])\n"
            "print(sorted(m for m in ('pandas', 'matplotlib', 'sklearn') if m in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", code, path], capture_output=True, text=True,
                          timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().splitlines()[-1] == "[]"


def test_usage_errors_exit_2(capsys) -> None:
    assert run(capsys, "bogus")[0] == 2
    assert run(capsys, "score", "--max-bytes", "lots")[0] == 2
    code, _, err = run(capsys)
    assert code == 2 and "usage:" in err


def test_every_command_is_documented_with_examples(capsys) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0 and "examples:" in out
    parser = cli.build_parser()
    commands = parser._subparsers._group_actions[0].choices  # noqa: SLF001
    assert set(commands) == {"batch", "compare", "report", "score", "serve", "worksheet"}
    for name in commands:
        code, out, _ = run(capsys, name, "--help")
        assert code == 0 and "examples:" in out and f"credibility {name}" in out


def test_keyboard_interrupt_exits_130(capsys, monkeypatch, tmp_path) -> None:
    def interrupted(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(intake, "read_document", interrupted)
    code, _, err = run(capsys, "score", write(tmp_path, ARTICLE))
    assert code == 130 and "Traceback" not in err


def test_unexpected_error_is_one_line_exit_1(capsys, monkeypatch, tmp_path) -> None:
    def broken(*_args, **_kwargs):
        raise ValueError("boom")

    monkeypatch.delenv("CREDIBILITY_DEBUG", raising=False)
    monkeypatch.setattr(intake, "clean", broken)
    code, _, err = run(capsys, "score", write(tmp_path, ARTICLE))
    assert code == 1 and err.startswith("credibility: internal error: ValueError: boom")
    assert err.count("\n") == 1


def fake_writer(calls: list):
    def write_report(analyses, out_dir, name):
        calls.append((analyses, Path(out_dir), name))
        return [Path(out_dir) / f"{name}.html"]
    return write_report


def test_report_files_skips_bad_ones(capsys, monkeypatch, tmp_path) -> None:
    calls: list = []
    monkeypatch.setattr(cli, "_write_report", fake_writer(calls))
    good = write(tmp_path, ARTICLE, "good.txt")
    bad = write(tmp_path, b"", "bad.txt")
    code, out, err = run(capsys, "report", good, bad, str(tmp_path / "missing.txt"),
                         "--out", str(tmp_path / "out"))
    assert code == 1
    assert f"credibility: {bad}: is empty" in err and "missing.txt: no such file" in err
    (analyses, out_dir, name), = calls
    assert name == "comparison" and out_dir == tmp_path / "out" and out_dir.is_dir()
    assert [a.meta["title"] for a in analyses] == ["Council approves bus lanes"]
    assert out.strip() == str(tmp_path / "out" / "comparison.html")


def test_report_with_no_usable_file_exits_2(capsys, tmp_path) -> None:
    code, out, err = run(capsys, "report", write(tmp_path, b"", "a.txt"),
                         str(tmp_path / "b.txt"), "--out", str(tmp_path / "out"))
    assert code == 2 and out == "" and "none of the files could be used" in err


def test_report_seeds_meta(capsys, monkeypatch, tmp_path) -> None:
    calls: list = []
    monkeypatch.setattr(cli, "_write_report", fake_writer(calls))
    code, _, _ = run(capsys, "report", "--out", str(tmp_path))
    (analyses, _, name), = calls
    assert code == 0 and name == "seed_comparison"
    assert [a.meta["comparison_role"] for a in analyses] == [
        "blog", "broadcaster", "aggregator", "frontline"]
    assert analyses[0].text.startswith("Another defection!")


def test_report_bad_name(capsys, tmp_path) -> None:
    code, _, err = run(capsys, "report", "--out", str(tmp_path), "--name", "../x")
    assert code == 2 and "--name" in err


def test_report_writes_the_real_report(capsys, tmp_path) -> None:
    report = pytest.importorskip("analysis.report")
    if not hasattr(report, "write_report"):
        pytest.skip("analysis.report.write_report is not written yet")
    code, out, err = run(capsys, "report", "--out", str(tmp_path))
    assert code == 0, err
    paths = [Path(line) for line in out.splitlines()]
    assert paths and all(p.is_file() for p in paths)
    assert {p.suffix for p in paths} >= {".html", ".md", ".csv"}


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_never_crash(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "input.txt")
        with open(path, "wb") as handle:
            handle.write(data)
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(["score", path, "--json"])
    assert code in (0, 2), err.getvalue()
    assert "Traceback" not in err.getvalue()
    if code == 2:
        assert err.getvalue().startswith("credibility: ") and err.getvalue().count("\n") == 1
    else:
        assert json.loads(out.getvalue())["schema"] == "credibility/1"
