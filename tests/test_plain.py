"""The plain printer prints rich's characters: ``plain`` against ``terminal``, byte for byte."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console
from rich.text import Text

from analysis.cli import plain, terminal
from analysis.intake.pipeline import score_file
from analysis.intake.seeds import load_seeds

WIDTHS = (80, 90, 101, 200)
SENTENCE = ("Officials said the plan may cost many millions, some critics say, and it is "
            "reportedly the biggest change ever. ")
TEXTS = {
    "short": "Officials said the plan may work. Is it the best plan ever?",
    "long sentence": ("Experts say " + "the council, which met again on Tuesday, " * 40
                      + "may vote. ") * 3 + SENTENCE * 20,
    "long word": "Officials said " + "x" * 230 + " may happen. " + SENTENCE * 25,
    "brackets": "The [bold]council[/bold] voted, officials said. Is it [red]the best[/]? " * 30,
    "accents and dashes": "Café owners in Zürich — some say — reportedly agree… " * 40,
}


def rich_console(file: io.StringIO, width: int) -> Console:
    """``terminal.console()`` as it is to a pipe, at ``width`` columns."""
    return terminal._PipeConsole(file=file, width=width, highlight=False, emoji=False,
                                 soft_wrap=False, _environ={})


def by_rich(scored, width: int) -> str:
    out = io.StringIO()
    terminal.render(scored, rich_console(out, width))
    return out.getvalue()


@pytest.fixture(scope="module")
def documents(tmp_path_factory) -> dict:
    """The seeds, a saved web page and the TEXTS, scored as ``credibility score`` does."""
    docs = {s.id: score_file(str(s.path)) for s in load_seeds()}
    docs["saved page"] = score_file(Path(__file__).parent / "fixtures" /
                                    "frontline_saved_page.html")
    folder = tmp_path_factory.mktemp("texts")
    for name, text in TEXTS.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        docs[name] = score_file(folder / f"{name}.txt")
    return docs


@pytest.mark.parametrize("width", WIDTHS)
def test_a_document_is_printed_as_rich_prints_it(documents, width: int) -> None:
    for name, scored in documents.items():
        assert "\n".join(plain.document(scored, width)) + "\n" == by_rich(scored, width), name


def test_a_table_wider_than_the_terminal_is_left_to_rich(documents) -> None:
    with pytest.raises(plain.NeedsRich, match="does not fit"):
        plain.document(documents["saved page"], 60)


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from("ab  -.\u2019\u2013é\xa0"), max_size=300),
       st.integers(min_value=1, max_value=90))
def test_a_paragraph_wraps_where_rich_wraps_it(text: str, width: int) -> None:
    out = io.StringIO()
    rich_console(out, width).print(Text(text))
    assert "\n".join(plain.wrap(text, width)) + "\n" == out.getvalue()


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(st.sampled_from("ab9.–%"), max_size=12), min_size=3, max_size=7),
       st.lists(st.lists(st.text(st.sampled_from("ab9.–%"), max_size=12), min_size=7,
                         max_size=7), max_size=4),
       st.booleans(), st.integers(min_value=40, max_value=120))
def test_a_table_is_laid_out_as_rich_lays_it_out(headers: list[str], rows, two_lines: bool,
                                                 width: int) -> None:
    if two_lines:
        headers = [headers[0], *(f"{h}\n{h[::-1]}x" for h in headers[1:])]
    rows = [row[:len(headers)] for row in rows]
    out = io.StringIO()
    rich_console(out, width).print(terminal.table_of(headers, rows, seeds=1))
    try:
        mine = "\n".join(plain.table(headers, rows, width)) + "\n"
    except plain.NeedsRich:
        assert max(map(len, out.getvalue().splitlines())) <= width  # rich squeezed it
        return
    assert mine == out.getvalue()


@pytest.mark.parametrize("text", ["東京 officials said", "a\ttab", "emoji 😀", "line\nbreak",
                                  "soft\u00adhyphen", "zero\u200bwidth", "em\u2003space"])
def test_characters_rich_measures_or_changes_are_left_to_rich(text: str) -> None:
    with pytest.raises(plain.NeedsRich):
        plain.wrap(text, 80)


class Stream(io.StringIO):
    def __init__(self, tty: bool = False, encoding: str = "utf-8") -> None:
        super().__init__()
        self.tty, self._encoding = tty, encoding

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return self._encoding

    def isatty(self) -> bool:
        return self.tty


def test_plain_only_where_rich_prints_no_colour_nor_other_terminal_code(monkeypatch) -> None:
    def no_terminal(fd: int) -> os.terminal_size:
        raise OSError(fd)

    monkeypatch.setattr(os, "get_terminal_size", no_terminal)
    assert plain.width(Stream(), {}) == 80
    assert plain.width(Stream(), {"COLUMNS": "120", "NO_COLOR": "1"}) == 120
    assert plain.width(Stream(tty=True), {}) is None
    assert plain.width(Stream(), {"FORCE_COLOR": "1"}) is None
    assert plain.width(Stream(), {"TTY_COMPATIBLE": "0"}) is None
    assert plain.width(Stream(encoding="ascii"), {}) is None  # rich draws an ASCII table
    assert plain.width(Stream(), {"COLUMNS": "0"}) is None
    monkeypatch.setattr(os, "get_terminal_size", lambda fd: os.terminal_size((132, 40)))
    assert plain.width(Stream(), {}) == 132  # standard input or error is a terminal


def test_a_second_document_follows_a_rule(documents, monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "90")
    out = Stream()
    assert plain.print_document(documents["short"], first=False, stream=out)
    expected = io.StringIO()
    console = rich_console(expected, 90)
    console.rule()
    terminal.render(documents["short"], console)
    assert out.getvalue() == expected.getvalue()
    assert not plain.print_document(documents["short"], first=True, stream=Stream(tty=True))
