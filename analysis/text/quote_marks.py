"""Pairing quotation marks into quoted spans, one block of lines (no blank line) at a time.

Double marks come in three styles: curly (“ ”), straight (") and doubled apostrophes
(`` '', the Penn-Treebank and New York Times spelling). The rules:

* A mark's shape says whether it may open or close: “ and `` open, ” closes; a straight
  mark after a space and before a word opens, one before a space or a line break closes.
* A quotation opened but not closed ends at the end of its line, or before the next
  opening mark if that comes first on the line (a new opening mark means the previous
  quotation was never closed). A line that starts with an opening mark reopens the
  quotation (the convention for a quotation of several paragraphs): the unclosed one runs
  to the line before, if that is within ``NEAR`` characters. An unclosed quotation that
  does not end at a line break (text without line breaks) and would run over ``NEAR``
  characters is dropped rather than guessed.
* Marks of different styles (straight open, curly close or the reverse) pair only within
  ``NEAR`` characters; a far closing mark of another style is a stray and closes nothing.
  A quotation of the other style opened on the same line, close by, nests inside
  ("He said, “no” to me." ); one of the same style means the first was never closed.
* A doubled '' between spaces with no quotation open is a stray closing mark: it opens
  nothing (''The pier will close, '' the mayor said.'' has no quotation after it).
* In a triple mark ''' after a word or punctuation ("..., 'no,''' she said") the single
  mark closes first and the doubled one after it; elsewhere (''' before a word) the
  doubled mark opens first and the single one after it.
* Single marks pair within one line and ``SINGLE_LIMIT`` characters; an apostrophe that
  elides ('90s, 'em, Treebank 's 're 'll) opens nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NEAR = 800
SINGLE_LIMIT = 300
ELISION = re.compile(r"['‘](?:\d|(?:s|m|d|re|ve|ll|em|tis|til|cause|n|bout)\b)", re.I)
OPENING_CONTEXT = "([{—–-/"
Span = tuple[int, int]
# The characters the scans below act on; every other character only moves them on by one,
# so they jump from one of these to the next (a regex search runs in C) instead of
# stepping through the text in Python.
DOUBLE_CANDIDATE = re.compile("[“”\"`']")
SINGLE_CANDIDATE = re.compile("[\n‘’'`]")
SINGLE_OPENING = re.compile("[‘']")  # what may open a quotation


@dataclass(frozen=True, slots=True)
class Mark:
    """A double quotation mark: where it is, how wide, its style and its role
    (``open``, ``close`` or ``either``, decided by the state)."""

    pos: int
    width: int
    style: str
    role: str

    @property
    def end(self) -> int:
        return self.pos + self.width


def _width_and_style(text: str, i: int) -> tuple[int, str]:
    ch = text[i]
    if ch in "“”":
        return 1, "curly"
    if ch == '"':
        return 1, "straight"
    if text.startswith("``", i) or text.startswith("''", i):
        return 2, "doubled"
    return 0, ""


def _role(text: str, i: int, width: int, start: int, end: int) -> str:
    """``open``, ``close`` or ``either`` from the glyph and the characters either side."""
    before = text[i - 1] if i > start else " "
    after = text[i + width] if i + width < end else "\n"
    if text.startswith("``", i):
        return "open"
    if text[i] == "”" or after == "\n":
        return "close"
    if text[i] == "“":
        return "either" if after.isspace() else "open"
    if before.isalnum():
        return "close"
    if (before.isspace() or before in OPENING_CONTEXT) and not after.isspace():
        return "open"
    return "close" if after.isspace() and not before.isspace() else "either"


def _single_first(text: str, i: int, start: int) -> bool:
    """A closing triple mark: ''' after a word or punctuation is ' then ''."""
    return text.startswith("'''", i) and i > start and not text[i - 1].isspace()


def double_marks(text: str, start: int, end: int) -> list[Mark]:
    marks = []
    i = start
    while i < end:
        found = DOUBLE_CANDIDATE.search(text, i, end)
        if found is None:
            break
        i = found.start()
        if _single_first(text, i, start):
            i += 1  # the single closing mark; the doubled one follows
            continue
        width, style = _width_and_style(text, i)
        if width:
            marks.append(Mark(i, width, style, _role(text, i, width, start, end)))
            i += width
        else:
            i += 1
    return marks


def _starts_line(text: str, pos: int) -> bool:
    """Only white space between the line's start and ``pos``; read back from ``pos`` only
    over that white space (taking the whole line was quadratic in a line of many marks)."""
    i = pos - 1
    while i >= 0 and text[i] != "\n" and text[i].isspace():
        i -= 1
    return i < 0 or text[i] == "\n"


def _unclosed(text: str, opened: Mark, stop: int, reopened: bool = False) -> list[Span]:
    """An unclosed quotation, ended before ``stop`` (where the next one opens or the block
    ends) or at its line's end; when a line reopens the quotation, at the line before."""
    line_end = text.find("\n", opened.end, stop)
    if line_end >= 0 and not (reopened and stop - opened.end <= NEAR):
        stop = line_end
    at_break = reopened or text.startswith("\n", stop)
    while stop > opened.end and text[stop - 1].isspace():
        stop -= 1
    length = stop - opened.end
    return [(opened.end, stop)] if length > 0 and (at_break or length <= NEAR) else []


def _closes(opened: Mark, mark: Mark) -> bool:
    return mark.style == opened.style or mark.pos - opened.end <= NEAR


def _nests(text: str, outer: Mark, mark: Mark) -> bool:
    """A quotation of another style opened on the outer one's line, close by, nests in it."""
    return (mark.style != outer.style and mark.pos - outer.end <= NEAR
            and "\n" not in text[outer.end : mark.pos])


class _Pairing:
    """The open quotations (an outer one and at most one nested) and the spans so far."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.stack: list[Mark] = []
        self.spans: list[Span] = []

    def abandon(self, stop: int, keep: int = 0, reopened: bool = False) -> None:
        """Open quotations above ``keep`` were never closed: end them before ``stop``."""
        while len(self.stack) > keep:
            self.spans += _unclosed(self.text, self.stack.pop(), stop, reopened)

    def opening(self, mark: Mark) -> None:
        if self.stack and not (len(self.stack) == 1 and _nests(self.text, self.stack[0], mark)):
            self.abandon(mark.pos, reopened=_starts_line(self.text, mark.pos))
        self.stack.append(mark)

    def closing(self, mark: Mark) -> None:
        for depth in range(len(self.stack) - 1, -1, -1):
            if _closes(self.stack[depth], mark):
                self.abandon(mark.pos, depth + 1)
                self.spans.append((self.stack.pop().end, mark.pos))
                return
        if not self.stack and mark.role == "either" and mark.style != "doubled":
            self.stack.append(mark)  # a lone '' closes: it never opens what it cannot close


def pair_double(text: str, start: int, end: int) -> list[Span]:
    pairing = _Pairing(text)
    for mark in double_marks(text, start, end):
        if mark.role == "open":
            pairing.opening(mark)
        else:
            pairing.closing(mark)
    pairing.abandon(end)
    return pairing.spans


def _single_opens(text: str, i: int, before: str, after: str) -> bool:
    return not before.isalnum() and after.isalnum() and not ELISION.match(text, i)


def _single_closes(before: str, after: str) -> bool:
    return (before.isalnum() or before in ".,!?;:)") and not after.isalnum()


def pair_single(text: str, start: int, end: int) -> list[Span]:
    """Spans between single marks on one line (a doubled '' is a double mark, skipped)."""
    spans: list[Span] = []
    single: int | None = None
    i = start
    while i < end:
        # with no quotation open, only a mark that may open one matters (an apostrophe, a
        # line break or a lone backtick changes nothing then; "``" is passed over either way)
        found = (SINGLE_CANDIDATE if single is not None else SINGLE_OPENING).search(text, i, end)
        if found is None:
            break
        i = found.start()
        ch = text[i]
        doubled = text.startswith("''", i) and not _single_first(text, i, start)
        if doubled or text.startswith("``", i):
            i += 2
            continue
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        if ch == "\n":
            single = None
        elif ch in "‘'" and single is None and _single_opens(text, i, before, after):
            single = i + 1
        elif (ch in "’'" and single is not None and _single_closes(before, after)
              and i - single < SINGLE_LIMIT):
            spans.append((single, i))
            single = None
        i += 1
    return spans


def pairs(text: str, start: int, end: int) -> list[Span]:
    """Quoted spans (without the marks) in ``text[start:end]``, one block of lines."""
    return sorted(pair_double(text, start, end) + pair_single(text, start, end))
