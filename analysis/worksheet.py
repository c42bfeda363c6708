"""Printable worksheets: the article with numbered lines and tasks, and a separate answer key.

    >>> from analysis import analyze
    >>> from analysis.worksheet import build_worksheet, render_worksheet, render_answer_key
    >>> ws = build_worksheet(analyze("Some say it is the worst crisis ever. Is it?"))
    >>> html = render_worksheet(ws)      # the handout: no highlights, numbered lines
    >>> key = render_answer_key(ws)      # every evidence span, with its line number

Lines are wrapped here (not by the browser) so that the line numbers on the handout and in
the key are the same wherever it is printed. The answer key lists every evidence span of
the analysis exactly once, under the task it answers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from analysis.core import Analysis
from analysis.extractors import HIGHLIGHTED
from analysis.report.discussion import article_questions
from analysis.report.files import replacing, write_atomic
from analysis.report.highlight import style_for
from analysis.report.signals import short_name

LINE_WIDTH = 110  # characters per printed line: fits the A4 text width at 10 pt
WORD_RE = re.compile(r"\S+")


@dataclass(frozen=True, slots=True)
class Line:
    number: int
    start: int
    end: int
    text: str
    first: bool  # the first line of a paragraph


@dataclass(frozen=True, slots=True)
class Task:
    key: str
    extractor: str
    instruction: str
    answer: tuple[str, ...]  # the labels that answer the task; the other labels are listed too
    compact: bool = False


TASKS: tuple[Task, ...] = (
    Task("superlatives", "superlatives",
         "Underline every big or dramatic word (best, worst, shocking, unprecedented) that "
         "no named source stands behind.", ("unsourced",)),
    Task("questions", "rhetorical_questions",
         "Circle the questions the writer asks and never answers. What answer does each one "
         "want you to assume?", ("rhetorical",)),
    Task("hedging", "hedging",
         "Draw a wavy line under words that soften a claim (may, might, reportedly). Put a "
         "box round claims handed to people nobody names (some say, critics believe).",
         ("epistemic", "weasel")),
    Task("sourcing", "sourcing",
         "Who says so? In the margin write N beside a named source, U beside an unnamed one, "
         "? where no real source is given, and Q beside someone's exact words.",
         ("named", "anonymous", "vague", "quote")),
    Task("loaded", "loaded_language",
         "Put a zigzag under words chosen to make you feel something (devastating, heroic) "
         "and labels stuck on people (thugs, so-called experts).", ("loaded", "name_calling")),
    Task("specificity", "specificity",
         "Which claims could you check, and how? Pick three details (a number, a date, a "
         "name, a place) and write where you would check each. Then find one vague word "
         "(many, various) that hides a detail.",
         ("number", "date", "quantity", "person", "place", "organisation", "name", "quote"),
         compact=True),
)


@dataclass
class KeyItem:
    index: int  # position in Analysis.evidence
    lines: str  # "12" or "12–13"
    line: int
    text: str
    label: str
    voice: str
    explanation: str


@dataclass
class KeyGroup:
    task: Task | None
    title: str
    answers: list[KeyItem] = field(default_factory=list)
    others: list[KeyItem] = field(default_factory=list)


@dataclass
class Worksheet:
    title: str
    meta: list[tuple[str, str]]
    lines: list[Line]
    tasks: list[Task]
    questions: list[str]
    key: list[KeyGroup]
    words: int


def number_lines(text: str, paragraphs: list[tuple[int, int]],
                 width: int = LINE_WIDTH) -> list[Line]:
    """Wrap each paragraph into lines of at most ``width`` characters, keeping offsets."""
    out: list[Line] = []
    for ps, pe in paragraphs:
        words = [(m.start() + ps, m.end() + ps) for m in WORD_RE.finditer(text[ps:pe])]
        current: list[tuple[int, int]] = []
        size = 0
        for ws, we in words:
            extra = (we - ws) + (1 if current else 0)
            if current and size + extra > width:
                out.append(_line(text, current, len(out) + 1, not _started(out, ps)))
                current, size, extra = [], 0, we - ws
            current.append((ws, we))
            size += extra
        if current:
            out.append(_line(text, current, len(out) + 1, not _started(out, ps)))
    return out


def _started(lines: list[Line], paragraph_start: int) -> bool:
    return bool(lines) and lines[-1].start >= paragraph_start


def _line(text: str, words: list[tuple[int, int]], number: int, first: bool) -> Line:
    shown = " ".join(text[s:e] for s, e in words)
    return Line(number, words[0][0], words[-1][1], shown, first)


def line_of(lines: list[Line], offset: int) -> int:
    """The number of the line holding ``offset`` (the nearest line before it, else 1)."""
    best = lines[0].number if lines else 1
    for ln in lines:
        if ln.start <= offset:
            best = ln.number
        else:
            break
    return best


def build_worksheet(a: Analysis, *, width: int = LINE_WIDTH) -> Worksheet:
    """The handout and its answer key for one analysed article."""
    paragraphs = a.document.paragraphs or ([(0, len(a.text))] if a.text.strip() else [])
    lines = number_lines(a.text, paragraphs, width)
    present = {e.extractor for e in a.evidence} | set(a.results)
    tasks = [t for t in TASKS if t.extractor in present]
    key = [_group(a, lines, t, t.extractor) for t in tasks]
    covered = {t.extractor for t in tasks}
    for name in dict.fromkeys(e.extractor for e in a.evidence):
        if name not in covered and name in HIGHLIGHTED:  # no task asks: still in the key
            key.append(_group(a, lines, None, name))
    return Worksheet(
        title=str(a.meta.get("title") or short_name(a, 0)),
        meta=[(k.capitalize(), str(a.meta[k])) for k in ("outlet", "date", "byline")
              if a.meta.get(k)],
        lines=lines, tasks=tasks, questions=article_questions(a)[:1], key=key,
        words=a.document.word_count,
    )


def _group(a: Analysis, lines: list[Line], task: Task | None, extractor: str) -> KeyGroup:
    title = style_for(extractor, 0).name if task is None else task.instruction
    group = KeyGroup(task, title)
    for i, e in enumerate(a.evidence):
        if e.extractor != extractor or e.end <= e.start:
            continue
        first, last = line_of(lines, e.start), line_of(lines, e.end - 1)
        item = KeyItem(i, str(first) if first == last else f"{first}–{last}", first,
                       " ".join(e.text.split()), e.label,
                       "quoted" if e.voice == "quoted" else "writer", e.explanation)
        answer = task is None or e.label in task.answer
        (group.answers if answer else group.others).append(item)
    return group


def _env() -> Any:
    from jinja2 import Environment, PackageLoader, StrictUndefined

    return Environment(loader=PackageLoader("analysis", "templates"), autoescape=True,
                       undefined=StrictUndefined, keep_trailing_newline=True)


def render_worksheet(ws: Worksheet) -> str:
    """The handout as one self-contained HTML page with print CSS."""
    return _env().get_template("worksheet.html.j2").render(ws=ws, page="worksheet")


def render_answer_key(ws: Worksheet) -> str:
    """The answer key as one self-contained HTML page with print CSS."""
    return _env().get_template("answer_key.html.j2").render(ws=ws, page="key")


def write_worksheet(a: Analysis, out_dir: Path, stem: str, *, pdf: bool = False) -> list[Path]:
    """Write ``<stem>_worksheet.html`` and ``<stem>_answers.html`` (and PDFs when asked).

    Each file is replaced all at once (``analysis.report.files``): never left empty or
    half-written, never written through a symbolic link.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    ws = build_worksheet(a)
    paths = [write_atomic(out_dir / f"{stem}_{suffix}.html", html) for suffix, html in
             (("worksheet", render_worksheet(ws)), ("answers", render_answer_key(ws)))]
    if pdf:
        paths += [print_copy(p) for p in list(paths)]
    return paths


def print_copy(html: Path) -> Path:
    """Print ``html`` to the PDF beside it; the browser writes a temporary file, moved in whole."""
    from analysis.printing import print_pdf

    pdf = html.with_suffix(".pdf")
    with replacing(pdf) as temp:
        print_pdf(html, temp)
    return pdf
