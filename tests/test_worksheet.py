"""Worksheets: numbered lines that keep every word, tasks, and an answer key that is the evidence.

Printing (pages, font size) is checked in a real browser in ``tests/browser``.
"""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import analyze
from analysis.cli.main import main
from analysis.extractors import HIGHLIGHTED
from analysis.worksheet import (
    LINE_WIDTH,
    build_worksheet,
    line_of,
    number_lines,
    render_answer_key,
    render_worksheet,
)

ARTICLE = ("Council approves bus lanes\n\n"
           "The city council voted 7-2 on Tuesday to add bus lanes on Main Street, the mayor's "
           "office said. Experts say the plan may cut commute times. Is this the best plan "
           "ever? Some believe it is the most important decision in a decade.\n\n"
           "\"We listened to every rider,\" said Ana Ruiz, the transport director.")


@pytest.fixture(scope="module")
def seeds() -> list:
    from analysis.report import seed_analyses

    return seed_analyses()


class Rows(HTMLParser):
    """The key's rows: data-ev, data-line, data-label and the quoted words of each item."""

    def __init__(self) -> None:
        super().__init__()
        self.items: list[dict] = []
        self.in_words = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "data-ev" in a:
            self.items.append({"ev": int(a["data-ev"]), "line": int(a["data-line"]),
                               "label": a["data-label"], "words": ""})
        if "w" in (a.get("class") or "").split():
            self.in_words = True

    def handle_endtag(self, tag):
        if tag in ("span", "td"):
            self.in_words = False

    def handle_data(self, data):
        if self.in_words and self.items:
            self.items[-1]["words"] += data


def key_items(html: str) -> list[dict]:
    parser = Rows()
    parser.feed(html)
    return parser.items


@given(st.lists(st.text(alphabet="ab cd\n\u00e9'", min_size=0, max_size=60), max_size=8),
       st.integers(min_value=8, max_value=40))
@settings(max_examples=150, deadline=None)
def test_numbered_lines_keep_every_word_in_order(parts, width) -> None:
    text = "\n".join(parts)
    a = analyze(text)
    paragraphs = a.document.paragraphs or [(0, len(text))]
    lines = number_lines(text, paragraphs, width)
    expected = [w for ps, pe in paragraphs for w in text[ps:pe].split()]
    assert [w for ln in lines for w in ln.text.split()] == expected
    assert [ln.number for ln in lines] == list(range(1, len(lines) + 1))
    for ln in lines:
        assert len(ln.text) <= width or " " not in ln.text
        assert ln.text == " ".join(text[ln.start:ln.end].split())


def test_lines_start_paragraphs_and_fit_the_width(seeds) -> None:
    for a in seeds:
        ws = build_worksheet(a)
        assert sum(ln.first for ln in ws.lines) == len(a.document.paragraphs)
        assert max(len(ln.text) for ln in ws.lines) <= LINE_WIDTH


def test_answer_key_is_the_evidence_with_line_numbers(seeds) -> None:
    for a in [*seeds, analyze(ARTICLE)]:
        ws = build_worksheet(a)
        items = key_items(render_answer_key(ws))
        shown = [i for i, e in enumerate(a.evidence) if e.end > e.start
                 and e.extractor in HIGHLIGHTED]  # frames and genre are not marked
        assert sorted(it["ev"] for it in items) == shown  # every span exactly once
        for it in items:
            e = a.evidence[it["ev"]]
            assert it["label"] == e.label
            assert it["words"] == " ".join(e.text.split())
            assert it["line"] == line_of(ws.lines, e.start)
            line = ws.lines[it["line"] - 1]
            assert line.start <= e.start <= line.end
            assert e.text.split()[0] in line.text


def test_key_sorts_answers_from_other_labels() -> None:
    a = analyze(ARTICLE)
    ws = build_worksheet(a)
    groups = {g.task.key: g for g in ws.key if g.task}
    assert {it.label for it in groups["superlatives"].answers} <= {"unsourced"}
    questions = groups["questions"]
    assert {it.label for it in questions.answers} <= {"rhetorical"}
    assert "Is this the best plan ever?" in [it.text for it in questions.answers]


def test_handout_has_numbered_text_tasks_and_no_highlights(seeds) -> None:
    a = seeds[0]
    ws = build_worksheet(a)
    html = render_worksheet(ws)
    assert "<mark" not in html and "data-ev" not in html and "<script" not in html
    assert html.count('class="no"') == len(ws.lines)
    for phrase in ("no named source stands behind", "never answers", "could you check"):
        assert phrase in html
    shown = [unescape(t) for t in re.findall(r'<span class="tx">(.*?)</span>', html)]
    assert len(shown) == len(ws.lines)
    assert " ".join(shown).split() == a.text.split()


def test_worksheet_escapes_everything() -> None:
    evil = '<script>alert(1)</script> "><img src=x onerror=alert(2)>'
    a = analyze(f"{evil}\n\n{ARTICLE}", meta={"title": evil, "outlet": evil})
    ws = build_worksheet(a)
    for html in (render_worksheet(ws), render_answer_key(ws)):
        assert "<script" not in html and "<img" not in html
        assert "&lt;script&gt;" in html


def test_empty_article_still_renders() -> None:
    ws = build_worksheet(analyze(""))
    assert ws.lines == [] and "Worksheet" in render_worksheet(ws)
    assert "none" in render_answer_key(ws)


def test_cli_writes_handout_and_key(tmp_path: Path, capsys) -> None:
    src = tmp_path / "my article.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    assert main(["worksheet", str(src), "--out", str(tmp_path / "out")]) == 0
    out = capsys.readouterr().out.split()
    assert [Path(p).name for p in out] == ["my_article_worksheet.html", "my_article_answers.html"]
    assert all(Path(p).is_file() for p in out)


def test_cli_seed_and_usage_errors(tmp_path: Path, capsys) -> None:
    assert main(["worksheet", "--seed", "frontline", "--out", str(tmp_path)]) == 0
    assert (tmp_path / "frontline_worksheet.html").is_file()
    assert main(["worksheet", "--seed", "nope", "--out", str(tmp_path)]) == 2
    assert "no such seed" in capsys.readouterr().err
    assert main(["worksheet", "--out", str(tmp_path)]) == 2
    assert main(["worksheet", str(tmp_path / "missing.txt")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_cli_pdf_without_a_browser_is_a_message(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("CREDIBILITY_CHROMIUM", str(tmp_path / "no-such-browser"))
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    assert main(["worksheet", str(src), "--out", str(tmp_path), "--pdf"]) == 1
    out, err = capsys.readouterr()
    assert "needs Chromium" in err and "Traceback" not in err
    assert (tmp_path / "a_worksheet.html").is_file()
