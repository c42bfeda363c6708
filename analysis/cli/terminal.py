"""``credibility score`` in the terminal: summary, signals against the reference, evidence.

Printed with rich. Colour only on a terminal, and never when ``NO_COLOR`` is set; piped
output is plain text in which every flagged span is also marked with ``[brackets]``, so
nothing depends on colour. User text is never read as rich markup.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from typing import Any

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from analysis.cli.explain import INTRO, REFERENCE, explanations
from analysis.extractors.genre import note as genre_note
from analysis.extractors.genre import summary as genre_summary
from analysis.intake.pipeline import Scored
from analysis.scoring.indices import STYLE_NOT_TRUTH
from analysis.scoring.reference import (  # noqa: F401 - SHORT_TEXT: part of this API
    SHORT_TEXT,
    Reference,
    comparable,
    reference,
    too_short_note,
)

STYLES = {"hedging": "yellow", "rhetorical_questions": "magenta", "superlatives": "red",
          "sourcing": "cyan", "specificity": "blue"}
SEED_COLUMNS = {"blog": "Blog", "broadcaster": "KBS", "aggregator": "Aggr.",
                "frontline": "FRONTLINE"}  # short enough for an 80-column table
FLAGGED = {"hedging", "rhetorical_questions", "superlatives", "sourcing"}
WINDOW = 160  # characters shown either side of the evidence in a very long sentence


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


def footnote(ref: Reference, *, percentiles: bool = True) -> str:
    from analysis.report.signals import ROLE_NAMES

    seeds = "; ".join(f"{_seed_column(s)}: {ROLE_NAMES.get(s.get('comparison_role'), s['id'])}"
                      + (f" ({s['outlet']})" if s.get("outlet") else "") for s in ref.seeds)
    if not percentiles:
        return (f"News mid-50%: the range of the middle half of {ref.describe()}. "
                f"Seeds: {seeds}.")
    return (f"vs news: percentile rank among {ref.describe()}. News mid-50%: the range of the "
            f"middle half of them. Seeds: {seeds}.")


def _seed_column(seed: dict[str, Any]) -> str:
    return SEED_COLUMNS.get(seed.get("comparison_role") or "", str(seed["id"])[:9])


def header(scored: Scored, out: Console) -> None:
    meta, scores = scored.meta, scored.analysis.scores
    title = Text(scored.name, style="bold")
    if meta.get("title"):
        title.append(f"  {meta['title']}", style="bold")
    out.print(title)
    about = [str(meta[k]) for k in ("outlet", "byline", "date") if meta.get(k)]
    kind = {"html": "saved web page", "markdown": "Markdown"}.get(scored.kind)
    if kind:
        about.insert(0, kind)
    words, sentences = scores.get("words", 0), scores.get("sentences", 0)
    about.append(f"{_plural(words, 'word')}, {_plural(sentences, 'sentence')}")
    out.print(Text(" · ".join(about)))
    out.print(Text(cleaning_line(scored), style="dim"))


def cleaning_line(scored: Scored) -> str:
    """How much page furniture was removed, in one line."""
    if not scored.clean_applied:
        return "not cleaned (--no-clean): every line was analysed"
    parts = []
    if scored.kind == "html":
        parts.append(f"the article was extracted from the page ({scored.extracted_chars:,} "
                     "characters of menus, ads, comments and other page text left out)")
    removed = scored.cleaned
    if removed.removed:
        kinds = sorted({k for k, _ in removed.removed})
        parts.append(f"page furniture removed: {_plural(len(removed.removed), 'line')} "
                     f"({removed.removed_chars:,} characters: {', '.join(kinds)})")
    return "; ".join(parts) or "no page furniture found"


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
    found = scored.analysis.results.get("genre")  # too short a text cannot tell either
    if comparable(scores) and found is not None and found.notes.get("label") in (
            "opinion", "satire"):
        out.print(Text(f"  {genre_note(genre_summary(found))}", style="yellow"))
    out.print(Text("  Signals, not a verdict: each number traces back to the flagged words "
                   "below (--explain says what each signal means).", style="dim"))
    out.print()


def summary_lines(scores: dict[str, Any], ref: Reference, limit: int = 5) -> list[str]:
    """The signals (and indices) furthest outside the middle 80% of news, most unusual first."""
    from analysis.report.signals import SIGNALS

    found = []
    for signal in SIGNALS:
        value = _number(scores.get(signal.column))
        pct = None if value is None or not signal.chart else ref.percentile(signal.column,
                                                                            value)
        if pct is not None and not 10 < pct < 90:
            found.append((-abs(pct - 50), signal.say(value), pct))
    found.sort(key=lambda item: item[0])
    lines = [f"This text {said}: {_compared(pct)} professional news articles."
             for _, said, pct in found[:limit]]
    if len(found) > limit:
        lines.append(f"{len(found) - limit} more signals lie outside the middle 80% of news: "
                     "see the table.")
    if not lines:
        lines.append("No signal is unusual for professional news: each lies between the "
                     "10th and 90th percentile.")
    return lines


def _compared(pct: float) -> str:
    if pct >= 99:
        return "higher than almost all"
    if pct <= 1:
        return "lower than almost all"
    return f"higher than about {pct:.0f}% of" if pct >= 50 else \
        f"lower than about {100 - pct:.0f}% of"


def signals_table(scores: dict[str, Any], ref: Reference, *, percentiles: bool = True) -> Table:
    """Signal, this text, percentile vs news (unless ``percentiles`` is False: a text too
    short to compare), news middle half, and each seed."""
    from analysis.report.signals import SIGNALS, fmt

    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, padding=(0, 1, 0, 0),
                  title_justify="left", title="Signals (rates per 1,000 words)",
                  title_style="bold")
    table.add_column("signal", no_wrap=True, min_width=22)
    table.add_column("this\ntext", justify="right", style="bold", no_wrap=True)
    if percentiles:
        table.add_column("vs\nnews", justify="right", no_wrap=True)
    table.add_column("news\nmid-50%", justify="right", no_wrap=True)
    for seed in ref.seeds:
        table.add_column(_seed_column(seed), justify="right", style="dim", no_wrap=True)
    for signal in SIGNALS:
        if signal.column not in scores:
            continue
        value = _number(scores.get(signal.column))
        pct = ref.percentile(signal.column, value)
        mid = ref.middle(signal.column)
        middle = f"{fmt(mid[0], signal.kind)}–{fmt(mid[2], signal.kind)}" if mid else ""
        seeds = [fmt(_nan(ref.seed_value(s["id"], signal.column)), signal.kind)
                 for s in ref.seeds]
        shown = [ordinal(pct)] if percentiles else []
        table.add_row(signal.name, fmt(_nan(value), signal.kind), *shown, middle, *seeds)
    return table


def flagged_sentences(analysis: Any, out: Console) -> None:
    """Each sentence with evidence, the evidence styled and bracketed, then its labels."""
    sentences = analysis.document.sentences
    starts = [s.start for s in sentences]
    by_sentence: dict[int, list[Any]] = {}
    for e in analysis.evidence:
        if e.extractor in FLAGGED or (e.extractor == "specificity" and e.label == "vague"):
            i = max(0, bisect_right(starts, e.start) - 1)
            by_sentence.setdefault(i, []).append(e)
    out.print()
    out.print(Text(f"Flagged sentences ({len(by_sentence)} of {len(sentences)})",
                   style="bold"))
    if not by_sentence:
        out.print(Text("  none: no hedge, question, superlative, vague amount or "
                       "attribution was found"))
    for i in sorted(by_sentence):
        sentence = sentences[i]
        spans = by_sentence[i]
        out.print(Text(f"{i + 1:>4}  ", style="dim") + marked(analysis.text, sentence, spans))
        for e in spans:
            quoted = " (quoted)" if e.voice != "narrator" else ""
            label = Text(f"        {e.extractor}/{e.label}{quoted}: ", style=STYLES.get(
                e.extractor, ""))
            out.print(label + Text(f"\u201c{_short(e.text)}\u201d", style="dim"))


def marked(text: str, sentence: Any, spans: list[Any]) -> Text:
    """The sentence with every span in [brackets] and its extractor's colour."""
    lo, hi = sentence.start, sentence.end
    cut = [(max(lo, min(e.start, hi)), max(lo, min(e.end, hi)), e) for e in spans]
    cut = list({(a, b): (a, b, e) for a, b, e in cut if b > a}.values())  # one mark a span
    points = sorted({lo, hi} | {a for a, _, _ in cut} | {b for _, b, _ in cut})
    out = Text()
    for n, at in enumerate(points):
        out.append("]" * sum(1 for a, b, _ in cut if b == at), style="bold")
        out.append("[" * sum(1 for a, b, _ in cut if a == at), style="bold")
        if n + 1 == len(points):
            break
        nxt = points[n + 1]
        active = [e for a, b, e in cut if a <= at and b >= nxt]
        style = f"bold {STYLES.get(active[-1].extractor, '')}" if active else ""
        edge = "start" if n == 0 and not active else "end" if n + 2 == len(points) else ""
        out.append(_window(text[at:nxt], "" if active else edge), style=style)
    return out


def _window(chunk: str, edge: str) -> str:
    """A piece of a sentence, shortened to the words near the evidence when very long."""
    chunk = chunk.replace("\n", " ")
    if len(chunk) <= 2 * WINDOW:
        return chunk
    if edge == "start":
        return "…" + chunk[-WINDOW:]
    if edge == "end":
        return chunk[:WINDOW] + "…"
    return chunk[:WINDOW] + " … " + chunk[-WINDOW:]


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


def ordinal(pct: float | None) -> str:
    if pct is None:
        return "n/a"
    n = int(round(pct))
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return None if math.isnan(value) else float(value)


def _nan(value: float | None) -> float:
    return math.nan if value is None else value


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _plural(n: Any, word: str) -> str:
    return f"{n:,} {word}" + ("" if n == 1 else "s")
