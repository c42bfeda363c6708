"""The fuzz targets: each takes raw bytes and raises only for a bug.

Shared by ``benchmarks/fuzz.py`` (atheris, coverage-guided) and by the regression tests,
which replay every saved crash input through the same function. A target may raise
``InputError`` (the documented input error: it is caught here and is not a bug); anything
else, including a span that does not index the text, escapes as a crash.

- ``document``: the bytes as UTF-8 text into ``Document`` and ``analyze``, with the span,
  count and repeatability promises of ``tests/test_properties.py`` checked.
- ``html``: the bytes as a saved page through the article extractor (``from_html``), the
  page's visible text (``page_text``) and the web page's fallback stripper (``html_to_text``).
- ``decode``: the bytes as a file on disk through the whole ``score`` pipeline: the byte
  decoder (``read_document``), format detection and conversion, cleaning, language check,
  analysis.
"""

from __future__ import annotations

import math
import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

from analysis.core import analyze
from analysis.intake.loading import InputError
from analysis.text.document import Document

# Defects known and being fixed, each a name and a test on (exception, last traceback line):
# hitting one is reported once and not counted as a new crash, so that a run can find others.
# Empty: the three found so far (İ after a lexicon word, control characters in a page, many
# '?' in one sentence) are fixed and have regression tests in tests/test_prop_regressions.py.
KNOWN: dict[str, Callable[[BaseException, str], bool]] = {}
_reported: set[str] = set()


def _known(exc: BaseException) -> bool:
    where = "".join(traceback.format_tb(exc.__traceback__)[-1:])
    for name, test in KNOWN.items():
        if test(exc, where):
            if name not in _reported:
                _reported.add(name)
                print(f"fuzz: known defect hit (not counted): {name}", file=sys.stderr)
            return True
    return False


def _text(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")


def check_analysis(text: str) -> None:
    """The promises of ``analyze``: spans index the text, sane numbers, repeatable."""
    a = analyze(text)
    for e in a.evidence:
        assert 0 <= e.start <= e.end <= len(text), e
        assert text[e.start:e.end] == e.text, e
    for res in a.results.values():
        assert all(v >= 0 for v in res.counts.values()), res.counts
    assert not any(math.isinf(v) for v in a.scores.values()), a.scores
    assert [e.to_dict() for e in analyze(text).evidence] == [e.to_dict() for e in a.evidence]


def document(data: bytes) -> None:
    text = _text(data)
    doc = Document(text)
    for s in doc.sentences:
        assert text[s.start:s.end] == s.text, s
    check_analysis(text)


def html(data: bytes) -> None:
    from analysis.intake.formats import from_html, html_to_text, page_text

    page = _text(data)
    page_text(page)
    html_to_text(page)
    from_html(page, "page.html")


_SCRATCH = Path(tempfile.gettempdir()) / f"credibility-fuzz-{os.getpid()}.bin"


def decode(data: bytes) -> None:
    from analysis.intake.pipeline import score_file

    _SCRATCH.write_bytes(data)
    try:
        scored = score_file(_SCRATCH, max_bytes=100_000)
    finally:
        _SCRATCH.unlink(missing_ok=True)
    check_analysis(scored.analysis.text)


TARGETS: dict[str, Callable[[bytes], None]] = {"document": document, "html": html,
                                               "decode": decode}


def run(target: str, data: bytes) -> None:
    """Run one target on ``data``; InputError and known defects are not crashes."""
    try:
        TARGETS[target](data)
    except InputError:
        pass
    except Exception as exc:  # noqa: BLE001 - anything else is a crash, unless known
        if not _known(exc):
            raise
