"""``credibility score`` to a pipe or a file: rich's characters, without importing rich.

Importing rich and laying out with it took about a sixth of a cold ``credibility score``.
Where rich would print no colour code (standard output is not a terminal, and neither
``FORCE_COLOR`` nor ``TTY_COMPATIBLE`` is set), this module prints the same characters as
``terminal.render``, with the same words (``wording``), wrapped the way rich wraps them:

- a paragraph is cut into words with the white space after them; a word goes to the next
  line when it does not fit (a word longer than a line is cut into line-long pieces), and
  white space past the width at the end of a line is dropped;
- the signal table is rich's ``SIMPLE_HEAD`` table without edges: each column as wide as
  its widest cell (the first at least 22), one space of padding and one of divider, the
  headers at the bottom of a two-line header row, a rule of ``─`` under it, the title
  padded to the table's width;
- the width is rich's: ``COLUMNS``, else the first terminal among standard input, output and
  error, else 80.

Only where that is all rich would do: every character of the output is one terminal cell
wide (no control character, no white space but a space or a no-break space), no table cell
looks like markup (``[``), the output encoding is UTF-8 and the table fits the width. Otherwise
``print_document`` returns False and ``terminal`` prints. ``tests/test_plain.py`` checks
that both print the same bytes.
"""

from __future__ import annotations

import builtins
import os
import re
import sys
from typing import Any

from analysis.cli.wording import (
    NO_FLAGS,
    NOT_A_VERDICT,
    TABLE_TITLE,
    about_text,
    cleaning_line,
    evidence_label,
    flagged,
    flagged_heading,
    footnote,
    genre_line,
    marked_pieces,
    summary_lines,
    table_cells,
    title_text,
)
from analysis.intake.pipeline import Scored
from analysis.scoring.indices import STYLE_NOT_TRUTH
from analysis.scoring.reference import comparable, reference, too_short_note

# One terminal cell each, for rich as for a terminal: printable ASCII, the no-break space,
# Latin, Greek and Cyrillic letters, box drawing (rich's own list of single-cell ranges,
# rich.cells) and the punctuation this output uses. The only white space: " " and "\xa0".
SINGLE = frozenset(
    ch for lo, hi in ((0x20, 0x7E), (0xA0, 0xAC), (0xAE, 0x2FF), (0x370, 0x482),
                      (0x2500, 0x25FC))
    for ch in map(chr, range(lo, hi + 1))
) | frozenset("\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026")
_WORD = re.compile(r"\s*\S+\s*")
_TRAILING = re.compile(r"\s+$")
RULE = "─"


class NeedsRich(Exception):
    """Something in the output that this module does not lay out as rich would."""


def width(stream: Any = None, environ: Any = None) -> int | None:
    """The width rich wraps at, when rich would print ``stream`` without colour or any
    other terminal code; None when only rich can tell what it would print."""
    stream = sys.stdout if stream is None else stream
    env = os.environ if environ is None else environ
    if (sys.platform == "win32" or hasattr(builtins, "get_ipython")
            or "TTY_COMPATIBLE" in env or "FORCE_COLOR" in env
            or not (getattr(stream, "encoding", None) or "utf-8").lower().startswith("utf")
            or _isatty(stream)):
        return None
    columns = env.get("COLUMNS")
    if columns is not None and columns.isdigit():
        return int(columns) if columns.isascii() and int(columns) > 0 else None
    for fd in (0, 1, 2):
        try:
            return os.get_terminal_size(fd)[0] or 80
        except (AttributeError, ValueError, OSError):  # not a terminal
            continue
    return 80


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        return True  # cannot tell: leave it to rich


def print_document(scored: Scored, *, first: bool, stream: Any = None) -> bool:
    """Print what ``terminal.render`` prints for ``scored`` (after a rule unless ``first``)
    and return True; False, having printed nothing, where rich must print it."""
    stream = sys.stdout if stream is None else stream
    size = width(stream)
    if size is None:
        return False
    try:
        lines = ([] if first else [RULE * size]) + document(scored, size)
    except NeedsRich:
        return False
    stream.write("\n".join(lines) + "\n")
    stream.flush()
    return True


def document(scored: Scored, size: int) -> list[str]:
    """The lines ``terminal.render`` prints for ``scored`` at ``size`` columns."""
    ref, scores = reference(), scored.analysis.scores
    percentiles = comparable(scores)
    out: list[str] = []

    def say(text: str = "") -> None:
        out.extend(wrap(text, size))

    say(title_text(scored))
    say(about_text(scored))
    say(cleaning_line(scored))
    say()
    say("In short")
    if percentiles:
        for line in summary_lines(scores, ref):
            say(f"  • {line}")
    else:
        say(f"  {too_short_note(scores)}")
    note = genre_line(scored)
    if note:
        say(note)
    say(NOT_A_VERDICT)
    say()
    out.extend(table(*table_cells(scores, ref, percentiles=percentiles), size))
    say(footnote(ref, percentiles=percentiles))
    say(STYLE_NOT_TRUTH)
    sentences = scored.analysis.document.sentences
    by_sentence = flagged(scored.analysis)
    say()
    say(flagged_heading(by_sentence, len(sentences)))
    if not by_sentence:
        say(NO_FLAGS)
    for i, spans in by_sentence.items():
        pieces = marked_pieces(scored.analysis.text, sentences[i], spans)
        say(f"{i + 1:>4}  " + "".join(piece for piece, _ in pieces))
        for e in spans:
            say("".join(evidence_label(e)))
    return out


def wrap(text: str, size: int) -> list[str]:
    """``text`` in lines of at most ``size`` cells, as rich's ``Text.wrap`` cuts them."""
    if not SINGLE.issuperset(text):
        raise NeedsRich(text)
    breaks, offset = [], 0
    for m in _WORD.finditer(text):  # a word and the white space after it
        start, word = m.start(), m.group()
        length = len(word.rstrip())
        if size - offset >= length:
            offset += len(word)
        elif length > size:  # longer than a line: cut into pieces of a line
            pieces = [word[i:i + size] for i in range(0, len(word), size)]
            for n, piece in enumerate(pieces):
                if start:
                    breaks.append(start)
                if n + 1 == len(pieces):
                    offset = len(piece)
                else:
                    start += len(piece)
        elif offset and start:
            breaks.append(start)
            offset = len(word)
    edges = [0, *breaks, len(text)]
    return [_fit(text[a:b], size) for a, b in zip(edges, edges[1:], strict=False)]


def _fit(line: str, size: int) -> str:
    """Drop white space past ``size`` at the end, then cut at ``size``."""
    if len(line) > size:
        trailing = _TRAILING.search(line)
        if trailing:
            line = line[: len(line) - min(len(trailing.group()), len(line) - size)]
    return line[:size]


def table(headers: list[str], rows: list[list[str]], size: int) -> list[str]:
    """rich's ``SIMPLE_HEAD`` table without edges (``terminal.signals_table``): the title,
    the header row, a rule, the rows. The first column is left-aligned (at least 22
    wide), the others right-aligned."""
    cells = [headers, *rows]
    if any(not SINGLE.issuperset(c.replace("\n", "") if r is headers else c) or "[" in c
           for r in cells for c in r):
        raise NeedsRich("a table cell")  # or a line break in a row: rich aligns those
    last = len(headers) - 1
    widths = [max(len(line) for row in cells for line in row[k].split("\n"))
              + (k != last) or 1 for k in range(len(headers))]  # an empty column: 1
    widths[0] = max(widths[0], 22 + (last != 0))
    total = sum(widths) + last
    if total > size:
        raise NeedsRich("the table does not fit")
    height = max(h.count("\n") + 1 for h in headers)
    out = [line.ljust(total) for line in wrap(TABLE_TITLE, total)]
    for row, head in ((headers, True), *((r, False) for r in rows)):
        shaped = [_cell(text, w - (k != last), k == 0, height if head else 1)
                  for k, (text, w) in enumerate(zip(row, widths, strict=True))]
        for n in range(height if head else 1):
            out.append(" ".join(
                shaped[k][n] + " " * (k != last) for k in range(len(headers))))
        if head:
            out.append(RULE * total)
    return out


def _cell(text: str, size: int, left: bool, height: int) -> list[str]:
    """A cell's lines, aligned in ``size`` columns, at the bottom of ``height`` lines."""
    lines = [line.ljust(size) if left else line.rstrip().rjust(size)
             for line in text.split("\n")]
    return [" " * size] * (height - len(lines)) + lines
