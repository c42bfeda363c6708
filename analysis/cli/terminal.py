"""``credibility score`` in the terminal: summary, signals against the reference, evidence.

Printed with rich. Colour only on a terminal, and never when ``NO_COLOR`` is set; piped
output is plain text in which every flagged span is also marked with ``[brackets]``, so
nothing depends on colour. User text is never read as rich markup. The words are
``wording``'s; ``plain`` prints the same characters without rich where rich would print
no colour (``credibility score`` to a pipe or a file).
"""

from __future__ import annotations

from typing import Any

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from analysis.cli.explain import INTRO, REFERENCE, explanations
from analysis.cli.wording import (  # noqa: F401 - footnote, ordinal...: part of this API
    NO_FLAGS,
    NOT_A_VERDICT,
    STYLES,
    TABLE_TITLE,
    about_text,
    cleaning_line,
    evidence_label,
    flagged,
    flagged_heading,
    footnote,
    genre_line,
    marked_pieces,
    ordinal,
    summary_lines,
    table_cells,
)
from analysis.intake.pipeline import Scored
from analysis.scoring.indices import STYLE_NOT_TRUTH
from analysis.scoring.reference import (  # noqa: F401 - SHORT_TEXT: part of this API
    SHORT_TEXT,
    Reference,
    comparable,
    reference,
    too_short_note,
)


class _PipeConsole(Console):
    """rich's Console, but a closed pipe (``credibility score FILE | head``) is passed on
    as BrokenPipeError, which the command treats as a normal end, instead of rich's
    SystemExit(1)."""

    def on_broken_pipe(self) -> None:
        raise BrokenPipeError


def console(file: Any = None) -> Console:
    """A console that colours only a terminal (rich also honours NO_COLOR)."""
    return _PipeConsole(file=file, highlight=False, emoji=False, soft_wrap=False)


def render(scored: Scored, out: Console, *, explain: bool = False) -> None:
    """Everything ``credibility score`` prints for one document."""
    ref, scores = reference(), scored.analysis.scores
    header(scored, out)
    summary(scored, ref, out)
    out.print(signals_table(scores, ref, percentiles=comparable(scores)))
    out.print(Text(footnote(ref, percentiles=comparable(scores)), style="dim"))
    out.print(Text(STYLE_NOT_TRUTH))
    flagged_sentences(scored.analysis, out)
    if explain:
        explain_signals(out, ref)


def header(scored: Scored, out: Console) -> None:
    title = Text(scored.name, style="bold")
    if scored.meta.get("title"):
        title.append(f"  {scored.meta['title']}", style="bold")
    out.print(title)
    out.print(Text(about_text(scored)))
    out.print(Text(cleaning_line(scored), style="dim"))


def summary(scored: Scored, ref: Reference, out: Console) -> None:
    """A few verdict-free sentences: where this text is unusual for professional news."""
    out.print()
    out.print(Text("In short", style="bold"))
    scores = scored.analysis.scores
    if comparable(scores):
        for line in summary_lines(scores, ref):
            out.print(Text(f"  • {line}"))
    else:  # no percentile for a short text: say why instead
        out.print(Text(f"  {too_short_note(scores)}", style="yellow"))
    note = genre_line(scored)  # too short a text cannot tell either
    if note:
        out.print(Text(note, style="yellow"))
    out.print(Text(NOT_A_VERDICT, style="dim"))
    out.print()


def signals_table(scores: dict[str, Any], ref: Reference, *, percentiles: bool = True) -> Table:
    """Signal, this text, percentile vs news (unless ``percentiles`` is False: a text too
    short to compare), news middle half, and each seed."""
    headers, rows = table_cells(scores, ref, percentiles=percentiles)
    return table_of(headers, rows, seeds=len(ref.seeds))


def table_of(headers: list[str], rows: list[list[str]], *, seeds: int) -> Table:
    """The signal table of these cells (the last ``seeds`` columns are the seeds')."""
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, padding=(0, 1, 0, 0),
                  title_justify="left", title=TABLE_TITLE, title_style="bold")
    table.add_column(headers[0], no_wrap=True, min_width=22)
    table.add_column(headers[1], justify="right", style="bold", no_wrap=True)
    for header_ in headers[2:len(headers) - seeds]:
        table.add_column(header_, justify="right", no_wrap=True)
    for header_ in headers[len(headers) - seeds:]:
        table.add_column(header_, justify="right", style="dim", no_wrap=True)
    for row in rows:
        table.add_row(*row)
    return table


def flagged_sentences(analysis: Any, out: Console) -> None:
    """Each sentence with evidence, the evidence styled and bracketed, then its labels."""
    sentences = analysis.document.sentences
    by_sentence = flagged(analysis)
    out.print()
    out.print(Text(flagged_heading(by_sentence, len(sentences)), style="bold"))
    if not by_sentence:
        out.print(Text(NO_FLAGS))
    for i, spans in by_sentence.items():
        out.print(Text(f"{i + 1:>4}  ", style="dim") + marked(analysis.text, sentences[i],
                                                               spans))
        for e in spans:
            label, quote = evidence_label(e)
            out.print(Text(label, style=STYLES.get(e.extractor, "")) + Text(quote, style="dim"))


def marked(text: str, sentence: Any, spans: list[Any]) -> Text:
    """The sentence with every span in [brackets] and its extractor's colour."""
    out = Text()
    for piece, style in marked_pieces(text, sentence, spans):
        out.append(piece, style=style)
    return out


def explain_signals(out: Console, ref: Reference) -> None:
    out.print()
    out.print(Text("What the signals mean", style="bold"))
    out.print(Text(INTRO))
    for name, meaning, why in explanations():
        out.print()
        out.print(Text(name, style="bold") + Text(f": {meaning}."))
        if why:
            out.print(Text(f"  {why}"))
    sources = ", ".join(f"{s['what'].split(' (')[0]} {s['n']}" for s in ref.sources)
    out.print()
    out.print(Text(REFERENCE.format(n=ref.n, sources=sources)))


def explain_only(out: Console, *, limits: bool = True) -> None:
    """The explanations of ``credibility score --explain``, and what the scores cannot tell
    unless ``limits`` is False (a scored document already printed it under its table)."""
    explain_signals(out, reference())
    if limits:
        out.print()
        out.print(Text(STYLE_NOT_TRUTH))
