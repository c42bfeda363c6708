"""Wherever the indices are shown, one sentence says what style cannot tell (issue 11, item 6).

A made-up story written in news style scores like news, so the terminal, the comparison
report (HTML and Markdown) and the class page (article and side-by-side views) each say so
exactly once, in the same words, and point to lateral reading; ``--json`` stays as it was.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analysis.cli.main import main
from analysis.report.context import build_context
from analysis.report.markdown import render_markdown
from analysis.scoring.indices import STYLE_NOT_TRUTH

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "kbs_defections_elite_2020.txt"
SENTENCE = ("These scores describe how the text is written, not whether it is true: a made-up "
            "story written like news scores like news, so check its claims in other sources "
            "(read laterally) and see whether other outlets report the same facts.")


def flat(text: str) -> str:
    """The text on one line: the terminal wraps at its width."""
    return " ".join(text.split())


@pytest.fixture(scope="module")
def seeds() -> list:
    from analysis.report import seed_analyses

    return seed_analyses()


def test_the_sentence_is_defined_once_in_these_words() -> None:
    assert STYLE_NOT_TRUTH == SENTENCE


def test_terminal_says_it_once_under_the_table(capsys) -> None:
    assert len(SEED.read_text(encoding="utf-8").split()) >= 200
    assert main(["score", str(SEED)]) == 0
    out = flat(capsys.readouterr().out)
    assert out.count(SENTENCE) == 1
    assert out.index("Seeds:") < out.index(SENTENCE) < out.index("Flagged sentences")


def test_explain_with_a_document_still_says_it_once(capsys) -> None:
    assert main(["score", str(SEED), "--explain"]) == 0
    assert flat(capsys.readouterr().out).count(SENTENCE) == 1


def test_explain_alone_says_it(capsys) -> None:
    from analysis.cli.terminal import console, explain_only

    explain_only(console())
    assert flat(capsys.readouterr().out).count(SENTENCE) == 1


def test_json_is_unchanged(capsys) -> None:
    assert main(["score", "--json", str(SEED)]) == 0
    out = capsys.readouterr().out
    assert "made-up" not in out and "note" not in json.loads(out)


def test_report_says_it_once_in_the_indices_section(seeds) -> None:
    page = (ROOT / "reports" / "seed_comparison.html").read_text(encoding="utf-8")
    assert page.count(SENTENCE) == 1
    section = page.split('<section id="indices">')[1].split("</section>")[0]
    assert f'<p class="warning">{SENTENCE}</p>' in section
    for md in (render_markdown(build_context(seeds, charts_on=False), "Seeds"),
               (ROOT / "reports" / "seed_comparison.md").read_text(encoding="utf-8")):
        assert md.count(SENTENCE) == 1
        assert f"## Indices\n\n{SENTENCE}\n\n### " in md


def test_class_page_says_it_once_and_points_to_lateral_reading(seeds) -> None:
    pytest.importorskip("flask", reason="the class page needs Flask (pip install -e .)")
    from analysis.web.app import create_app

    client = create_app(seeds=seeds, max_bytes=1_000_000).test_client()
    text = SEED.read_text(encoding="utf-8")
    article = client.post("/article", data={"text": text}).get_data(as_text=True)
    assert article.count(SENTENCE) == 1
    numbers = article.split('id="numbers"')[1].split("</section>")[0]
    assert f'{SENTENCE} <a href="#lateral">Now read laterally</a> (below)' in numbers
    assert 'id="lateral"' in article
    a, b = seeds[0].meta["id"], seeds[3].meta["id"]
    compare = client.get(f"/compare?a={a}&b={b}").get_data(as_text=True)
    assert compare.count(SENTENCE) == 1
    assert f'<p class="warning">{SENTENCE}</p>' in compare.split('id="numbers"')[1]
