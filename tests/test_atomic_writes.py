"""Output files are replaced whole, never written through a symbolic link, and a folder that
cannot be written is a one-line message (exit 2).

Before: killing ``credibility report`` as ``comparison.html`` appeared left it 0 bytes long
in 4 runs of 5 (worksheets too), a link in the output folder was written through, and a
read-only folder gave ``report`` "internal error" (exit 1).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.cli.main import main
from analysis.report import files
from analysis.report.files import replacing, write_atomic

ARTICLE = ("Council approves bus lanes\n\n"
           "The city council voted 7-2 on Tuesday to add bus lanes on Main Street, the mayor's "
           "office said. Experts say the plan may cut commute times. Is this the best plan ever?"
           "\n")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
def article(tmp_path: Path) -> str:
    path = tmp_path / "lanes.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return str(path)


# --- the helper ----------------------------------------------------------------------------

def test_write_atomic_writes_and_replaces(tmp_path) -> None:
    target = tmp_path / "a.html"
    assert write_atomic(target, "one\n") == target
    write_atomic(target, "two\r\n\u00e9\n")
    assert target.read_bytes() == "two\r\n\u00e9\n".encode()
    assert listing(tmp_path) == ["a.html"]


def test_a_symlink_at_the_target_is_replaced_not_written_through(tmp_path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me\n")
    link = tmp_path / "out.html"
    link.symlink_to(victim)
    write_atomic(link, "report\n")
    assert victim.read_text() == "keep me\n"
    assert not link.is_symlink() and link.read_text() == "report\n"


def test_a_planted_file_under_the_temporary_name_is_never_opened(tmp_path, monkeypatch) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me\n")
    (tmp_path / ".out.html.aaaa.tmp").symlink_to(victim)
    tokens = iter(["aaaa", "bbbb"])
    monkeypatch.setattr(files.secrets, "token_hex", lambda _n: next(tokens))
    write_atomic(tmp_path / "out.html", "report\n")
    assert victim.read_text() == "keep me\n" and (tmp_path / "out.html").read_text() == "report\n"
    assert listing(tmp_path) == [".out.html.aaaa.tmp", "out.html", "victim.txt"]


@pytest.mark.parametrize("error", [OSError(28, "No space left on device"), KeyboardInterrupt()])
@pytest.mark.parametrize("old", [None, "old report\n"])
def test_a_crash_mid_write_leaves_the_old_file_or_nothing(tmp_path, monkeypatch, error,
                                                          old) -> None:
    target = tmp_path / "comparison.html"
    if old is not None:
        target.write_text(old)

    def crash(_fd: int) -> None:
        raise error

    monkeypatch.setattr(files.os, "fsync", crash)  # after the bytes are written, before the move
    with pytest.raises(type(error)):
        write_atomic(target, "new report\n" * 1000)
    assert listing(tmp_path) == ([] if old is None else ["comparison.html"])
    if old is not None:
        assert target.read_text() == old


def test_replacing_moves_a_file_another_program_wrote(tmp_path) -> None:
    target = tmp_path / "sheet.pdf"
    with replacing(target) as temp:
        assert temp.parent == tmp_path and temp.name.startswith(".sheet.pdf.")
        temp.write_bytes(b"%PDF")
    assert target.read_bytes() == b"%PDF" and listing(tmp_path) == ["sheet.pdf"]
    with pytest.raises(RuntimeError), replacing(target) as temp:
        temp.write_bytes(b"half")
        raise RuntimeError("the browser failed")
    assert target.read_bytes() == b"%PDF" and listing(tmp_path) == ["sheet.pdf"]


# --- the commands --------------------------------------------------------------------------

def test_report_does_not_write_through_a_symlink(capsys, tmp_path, article) -> None:
    out, victim = tmp_path / "out", tmp_path / "victim.html"
    out.mkdir()
    victim.write_text("keep me\n")
    (out / "comparison.html").symlink_to(victim)
    code, printed, err = run(capsys, "report", article, "--out", str(out))
    assert (code, err) == (0, "")
    assert victim.read_text() == "keep me\n" and not (out / "comparison.html").is_symlink()
    assert listing(out) == ["comparison.csv", "comparison.html", "comparison.md"]


def test_worksheet_does_not_write_through_a_symlink(capsys, tmp_path, article) -> None:
    victim = tmp_path / "victim.html"
    victim.write_text("keep me\n")
    (tmp_path / "lanes_answers.html").symlink_to(victim)
    code, _, err = run(capsys, "worksheet", article, "--out", str(tmp_path))
    assert (code, err) == (0, "")
    assert victim.read_text() == "keep me\n"
    assert "Council approves bus lanes" in (tmp_path / "lanes_answers.html").read_text()


def test_report_that_crashes_mid_write_keeps_the_old_file(capsys, tmp_path, monkeypatch,
                                                          article) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "comparison.html").write_text("old report\n")

    def crash(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", crash)
    code, printed, err = run(capsys, "report", article, "--out", str(out))
    assert (code, printed) == (2, "")
    assert err == f"credibility: {out}: cannot write there (No space left on device)\n"
    assert listing(out) == ["comparison.html"]
    assert (out / "comparison.html").read_text() == "old report\n"


@pytest.mark.parametrize("command", ["report", "worksheet"])
def test_a_folder_where_the_file_should_be(capsys, tmp_path, article, command) -> None:
    """Works as root too, unlike a read-only folder: the target name is taken by a folder."""
    out = tmp_path / "out"
    (out / ("comparison.html" if command == "report" else "lanes_worksheet.html")).mkdir(
        parents=True)
    code, printed, err = run(capsys, command, article, "--out", str(out))
    assert (code, printed) == (2, "")
    assert err == f"credibility: {out}: cannot write there (Is a directory)\n"
    assert not [name for name in listing(out) if name.startswith(".")]


@pytest.mark.parametrize("command", ["report", "worksheet"])
def test_an_output_folder_under_a_file(capsys, tmp_path, article, command) -> None:
    out = Path(article) / "out"
    code, printed, err = run(capsys, command, article, "--out", str(out))
    assert (code, printed) == (2, "")
    message = "cannot create the output folder" if command == "report" else "cannot write there"
    assert err == f"credibility: {out}: {message} (Not a directory)\n"


@pytest.fixture
def read_only(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A folder nobody may write in, or a skip where permissions are not enforced."""
    out = tmp_path / "out"
    out.mkdir()
    out.chmod(0o555)
    try:
        (out / "probe").touch()
    except PermissionError:
        yield out
    else:
        pytest.skip("permissions are not enforced here (root, or CAP_DAC_OVERRIDE), so chmod "
                    "cannot make a read-only folder; test_a_folder_where_the_file_should_be "
                    "covers the same message")
    finally:
        out.chmod(0o755)


@pytest.mark.parametrize("command", ["report", "worksheet"])
def test_a_read_only_output_folder(capsys, read_only, article, command) -> None:
    code, printed, err = run(capsys, command, article, "--out", str(read_only))
    assert (code, printed) == (2, "")
    assert err == f"credibility: {read_only}: cannot write there (Permission denied)\n"
    assert listing(read_only) == []


def test_a_failed_pdf_print_keeps_the_old_pdf(tmp_path, monkeypatch) -> None:
    from analysis import printing
    from analysis.worksheet import print_copy

    html, pdf = tmp_path / "a_worksheet.html", tmp_path / "a_worksheet.pdf"
    html.write_text("<p>x</p>")
    pdf.write_bytes(b"%PDF old")

    def half_print(_html: Path, target: Path) -> Path:
        target.write_bytes(b"%PDF half")
        raise printing.PrintError("chromium: could not print a_worksheet.html (exit code 1)")

    monkeypatch.setattr(printing, "print_pdf", half_print)
    with pytest.raises(printing.PrintError):
        print_copy(html)
    assert pdf.read_bytes() == b"%PDF old" and listing(tmp_path) == [html.name, pdf.name]
