"""Worksheets printed by Chromium: at most two pages, body text at least 10 pt, key = evidence."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from analysis.cli.main import main
from analysis.extractors import HIGHLIGHTED
from tests.browser.conftest import CHROMIUM

PT10_PX = 10 * 96 / 72  # 10 pt in CSS pixels
SIZES = """() => [...document.querySelectorAll(
  '.tx, .no, .tasks li, .remember, .meta, .fill, h1, h2')]
  .map(el => [el.className || el.tagName, parseFloat(getComputedStyle(el).fontSize)])"""
LINES = """() => [...document.querySelectorAll('.line')].map(l => {
  const tx = l.querySelector('.tx'); const r = document.createRange(); r.selectNodeContents(tx);
  return [Number(l.dataset.line), tx.textContent, r.getClientRects().length]; })"""
KEY = """() => [...document.querySelectorAll('[data-ev]')].map(el => [Number(el.dataset.ev),
  Number(el.dataset.line), el.dataset.label, el.querySelector('.w').textContent])"""



def marked(a) -> list:
    """The evidence the key lists (frames and genre describe the whole text: not marked)."""
    return [e for e in a.evidence if e.extractor in HIGHLIGHTED]


def pdf_pages(data: bytes) -> int:
    pypdf = pytest.importorskip("pypdf", reason="pypdf counts PDF pages (pip install -e '.[test]')")
    return len(pypdf.PdfReader(io.BytesIO(data)).pages)


@pytest.mark.parametrize("index", range(4))
def test_worksheet_prints_on_two_pages_at_10pt(page, server, seeds, index) -> None:
    sid = seeds[index].meta["id"]
    page.goto(f"{server}/worksheet/seed/{sid}")
    page.emulate_media(media="print")
    sizes = page.evaluate(SIZES)
    assert sizes and all(px >= PT10_PX - 0.01 for _, px in sizes), sizes
    lines = page.evaluate(LINES)
    assert all(rects == 1 for _, _, rects in lines)  # no line wraps: numbers stay true
    pages = pdf_pages(page.pdf(prefer_css_page_size=True))
    assert 1 <= pages <= 2, f"{sid}: {pages} pages"


@pytest.mark.parametrize("index", range(4))
def test_answer_key_matches_the_evidence(page, server, seeds, index) -> None:
    a = seeds[index]
    page.goto(f"{server}/worksheet/seed/{a.meta['id']}")
    printed = {n: " ".join(text.split()) for n, text, _ in page.evaluate(LINES)}
    page.goto(f"{server}/worksheet/seed/{a.meta['id']}?part=key")
    items = page.evaluate(KEY)
    assert sorted(i for i, *_ in items) == [i for i, e in enumerate(a.evidence)
                                            if e.end > e.start and e in marked(a)]
    for i, line, label, words in items:
        e = a.evidence[i]
        assert label == e.label and " ".join(words.split()) == " ".join(e.text.split())
        assert e.text.split()[0] in printed[line]  # the line the handout shows it on
    assert pdf_pages(page.pdf(prefer_css_page_size=True)) <= 4


@pytest.mark.skipif(not Path(CHROMIUM).is_file(), reason=f"no Chromium at {CHROMIUM}")
def test_cli_prints_pdfs_with_the_local_browser(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("CREDIBILITY_CHROMIUM", CHROMIUM)
    assert main(["worksheet", "--seed", "frontline", "--out", str(tmp_path), "--pdf"]) == 0
    written = [Path(p) for p in capsys.readouterr().out.split()]
    pdfs = [p for p in written if p.suffix == ".pdf"]
    assert [p.name for p in pdfs] == ["frontline_worksheet.pdf", "frontline_answers.pdf"]
    assert pdf_pages(pdfs[0].read_bytes()) <= 2
