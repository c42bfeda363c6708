"""The comparison report: self-contained, deterministic, every span highlighted, golden CSV.

Golden files: ``tests/golden/seed_report.csv`` is the seed comparison CSV. After a
deliberate change, regenerate it with ``.venv/bin/python tests/golden/update.py`` and
review the diff.
"""

from __future__ import annotations

import csv
import html
import io
import math
import re
from pathlib import Path

import pytest

from analysis import analyze
from analysis.extractors import HIGHLIGHTED
from analysis.report import render_html, seed_analyses, seed_report, write_report
from analysis.report.highlight import segments
from analysis.report.table import csv_cell

ROOT = Path(__file__).resolve().parents[1]
GOLDEN_CSV = ROOT / "tests" / "golden" / "seed_report.csv"
COMMITTED_HTML = ROOT / "reports" / "seed_comparison.html"

BLOG = """Shocking news!

Experts say this is the biggest scandal ever. Can anyone trust them now? Some believe \
the worst is yet to come. <script>alert("x")</script> & more.

Many people may have known for years."""
SOBER = """On 3 March 2021, the ministry said 1,047 people had arrived.

"We registered every arrival," said Kim Min-ji, a ministry spokeswoman, in Seoul."""
PLAIN = "The council met on Tuesday. It approved the budget of $2 million."


def small() -> list:
    return [
        analyze(BLOG, meta={"id": "blog", "title": "Shock", "outlet": "Blog <b>X</b>",
                            "comparison_role": "blog"}),
        analyze(SOBER, meta={"id": "sober", "title": "Arrivals", "outlet": "Agency",
                             "comparison_role": "broadcaster"}),
        analyze(PLAIN, meta={"id": "plain", "title": "Budget", "comparison_role": "frontline"}),
    ]


@pytest.fixture(scope="module")
def seeds() -> list:
    return seed_analyses()


@pytest.fixture(scope="module")
def seed_files(seeds, tmp_path_factory) -> list[Path]:
    return write_report(seeds, tmp_path_factory.mktemp("seed"), name="seed_comparison")


def test_writes_three_files(tmp_path: Path) -> None:
    paths = write_report(small(), tmp_path, name="demo")
    assert [p.name for p in paths] == ["demo.html", "demo.md", "demo.csv"]
    assert all(p.is_file() and p.stat().st_size > 0 for p in paths)


def test_html_is_self_contained(seed_files: list[Path]) -> None:
    text = seed_files[0].read_text(encoding="utf-8")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", text, re.I)
    assert not re.search(r"<link\b", text, re.I)
    assert not re.search(r"<script\b[^>]*\bsrc\b", text, re.I)
    assert not re.search(r"url\(\s*['\"]?(?:https?:)?//", text, re.I)
    assert not re.search(r"@import", text)
    assert text.count("<svg") >= 3
    assert text.count("<path d=") > 10 and not re.search(r"<(?:path|use)[a-z]", text)


def test_writing_twice_is_byte_identical(tmp_path: Path) -> None:
    first = write_report(small(), tmp_path / "a")
    second = write_report(small(), tmp_path / "b")
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name


def test_seed_report_is_deterministic(seeds, seed_files: list[Path], tmp_path: Path) -> None:
    again = write_report(seeds, tmp_path, name="seed_comparison")
    for a, b in zip(seed_files, again, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name


def test_chart_ids_are_unique(seed_files: list[Path]) -> None:
    ids = re.findall(r'\bid="([^"]+)"', seed_files[0].read_text(encoding="utf-8"))
    assert len(ids) == len(set(ids))


MARK_RE = re.compile(r'<mark class="([^"]*)" data-ev="([^"]*)" title="[^"]*"[^>]*>(.*?)</mark>',
                     re.S)


def _article_sections(page: str) -> list[str]:
    parts = re.split(r'<section class="article" id="doc-\d+">', page)[1:]
    return [p.split("</section>", 1)[0] for p in parts]


def _check_highlights(analyses: list, page: str) -> None:
    sections = _article_sections(page)
    assert len(sections) == len(analyses)
    for a, section in zip(analyses, sections, strict=True):
        marked = [e for e in a.evidence if e.extractor in HIGHLIGHTED]  # as data-ev numbers
        pieces: dict[int, list[str]] = {}
        for classes, numbers, body in MARK_RE.findall(section):
            for n in numbers.split():
                pieces.setdefault(int(n), []).append(html.unescape(body))
                assert f"x-{marked[int(n)].extractor}" in classes.split()
        for i, e in enumerate(marked):
            if e.end <= e.start:
                continue
            covered = "".join(pieces.get(i, []))
            assert "".join(covered.split()) == "".join(e.text.split()), (i, e)
            tag = re.search(rf'<sup class="tag t-{e.extractor}" data-ev="{i}"[^>]*>([^<]*)</sup>',
                            section)
            assert tag and tag.group(1).endswith(f":{e.label}"), (i, e)


def test_every_evidence_span_is_highlighted_with_its_label(seeds, seed_files) -> None:
    _check_highlights(seeds, seed_files[0].read_text(encoding="utf-8"))


def test_small_texts_highlighted(tmp_path: Path) -> None:
    analyses = small()
    assert any(a.evidence for a in analyses)
    _check_highlights(analyses, render_html(analyses))


def test_segments_split_overlapping_spans() -> None:
    spans = [(0, 10), (5, 15), (7, 8)]
    got = segments(0, 20, spans)
    assert got == [(0, 5, [0]), (5, 7, [0, 1]), (7, 8, [0, 1, 2]), (8, 10, [0, 1]),
                   (10, 15, [1]), (15, 20, [])]


def test_paragraphs_preserved() -> None:
    a = small()[0]
    section = _article_sections(render_html([a]))[0]
    assert section.count('<p class="para">') == len(a.document.paragraphs)


def test_text_and_meta_are_escaped() -> None:
    page = render_html(small())
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page
    assert "<b>X</b>" not in page
    assert "<script" not in page.lower()


def test_csv_one_row_per_document_with_expected_columns(seeds, seed_files) -> None:
    rows = list(csv.DictReader(io.StringIO(seed_files[2].read_text(encoding="utf-8"))))
    assert len(rows) == len(seeds)
    columns = list(rows[0])
    assert columns[:2] == ["id", "title"]
    assert columns.index("comparison_role") < columns.index("words")
    for col in ("words", "sentences", "sensationalism_index", "verifiability_index",
                "rhetorical_questions_rhetorical_per_1k", "superlatives_unsourced_per_1k",
                "hedging_weasel_per_1k", "specificity_document", "sourcing_named_per_1k"):
        assert col in columns
    assert set(seeds[0].scores) <= set(columns)
    assert [r["id"] for r in rows] == [a.meta["id"] for a in seeds]


def test_csv_nan_is_empty_and_floats_stable(tmp_path: Path) -> None:
    empty = analyze("", meta={"id": "empty"})
    path = write_report([empty, small()[2]], tmp_path)[2]
    row = next(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    assert row["hedging_count_per_1k"] == ""
    assert row["words"] == "0"
    assert csv_cell(math.nan) == "" and csv_cell(0.1 + 0.2) == "0.3" and csv_cell(-0.0) == "0"


def test_summary_compares_blog_with_reference_documents(seeds, seed_files) -> None:
    md = seed_files[1].read_text(encoding="utf-8")
    summary = md.split("## Signals")[0]
    assert "The blog post" in summary and "KBS" in summary and "FRONTLINE" in summary
    assert "per 1,000 words" in summary


def test_summary_without_blog_compares_with_mean(tmp_path: Path) -> None:
    analyses = small()
    for a in analyses:
        a.meta.pop("comparison_role")
    md = write_report(analyses, tmp_path)[1].read_text(encoding="utf-8")
    assert "average of the others" in md and "The blog post" not in md


def test_markdown_has_tables_and_lists(seed_files) -> None:
    md = seed_files[1].read_text(encoding="utf-8")
    for heading in ("## Summary", "## Signals", "## Indices", "#### Questions",
                    "#### Superlatives", "#### Attributions", "## Questions for discussion"):
        assert heading in md


def test_html_sections(seed_files) -> None:
    page = seed_files[0].read_text(encoding="utf-8")
    for anchor in ("summary", "signals", "indices", "legend", "method", "discussion"):
        assert f'id="{anchor}"' in page
    assert "not whether it is true" in page
    assert "syllable" in page.lower()
    assert "break-before: page" in page


def test_report_does_not_import_matplotlib_at_package_import() -> None:
    import subprocess
    import sys

    code = "import analysis, sys; assert 'matplotlib' not in sys.modules; " \
           "assert 'analysis.report' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_golden_seed_csv(seed_files) -> None:
    """Regenerate with ``.venv/bin/python tests/golden/update.py`` after a deliberate change."""
    assert GOLDEN_CSV.is_file(), "run tests/golden/update.py to create the golden CSV"
    assert seed_files[2].read_text(encoding="utf-8") == GOLDEN_CSV.read_text(encoding="utf-8")


@pytest.mark.skipif(not COMMITTED_HTML.is_file(),
                    reason="reports/seed_comparison.html not generated yet "
                           "(run `credibility report`)")
def test_committed_seed_report_is_fresh(tmp_path: Path) -> None:
    fresh = seed_report(tmp_path)
    assert fresh[0].read_bytes() == COMMITTED_HTML.read_bytes(), (
        "reports/seed_comparison.html is stale: regenerate it with `credibility report`"
    )
