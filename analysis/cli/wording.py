"""What ``credibility score`` says about a document, as strings: no printing library.

``terminal`` prints these with rich (colour on a terminal), ``plain`` as plain text (a pipe
or a file, without importing rich); both take every word from here.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from typing import Any

from analysis.extractors.genre import note as genre_note
from analysis.extractors.genre import summary as genre_summary
from analysis.intake.pipeline import Scored
from analysis.scoring.reference import Reference, comparable

STYLES = {"hedging": "yellow", "rhetorical_questions": "magenta", "superlatives": "red",
          "sourcing": "cyan", "specificity": "blue"}
SEED_COLUMNS = {"blog": "Blog", "broadcaster": "KBS", "aggregator": "Aggr.",
                "frontline": "FRONTLINE"}  # short enough for an 80-column table
FLAGGED = {"hedging", "rhetorical_questions", "superlatives", "sourcing"}
WINDOW = 160  # characters shown either side of the evidence in a very long sentence
TABLE_TITLE = "Signals (rates per 1,000 words)"
IN_SHORT = "In short"
NOT_A_VERDICT = ("  Signals, not a verdict: each number traces back to the flagged words "
                 "below (--explain says what each signal means).")
NO_FLAGS = ("  none: no hedge, question, superlative, vague amount or attribution was "
            "found")


def title_text(scored: Scored) -> str:
    """The file name, and the title when there is one."""
    title = scored.meta.get("title")
    return scored.name + (f"  {title}" if title else "")


def about_text(scored: Scored) -> str:
    """Kind, outlet, byline, date, words and sentences, in one line."""
    meta, scores = scored.meta, scored.analysis.scores
    about = [str(meta[k]) for k in ("outlet", "byline", "date") if meta.get(k)]
    kind = {"html": "saved web page", "markdown": "Markdown"}.get(scored.kind)
    if kind:
        about.insert(0, kind)
    words, sentences = scores.get("words", 0), scores.get("sentences", 0)
    about.append(f"{plural(words, 'word')}, {plural(sentences, 'sentence')}")
    return " · ".join(about)


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
        parts.append(f"page furniture removed: {plural(len(removed.removed), 'line')} "
                     f"({removed.removed_chars:,} characters: {', '.join(kinds)})")
    return "; ".join(parts) or "no page furniture found"


def genre_line(scored: Scored) -> str | None:
    """The note on an opinion piece or satire (a text too short to compare gets none)."""
    found = scored.analysis.results.get("genre")
    if comparable(scored.analysis.scores) and found is not None and found.notes.get(
            "label") in ("opinion", "satire"):
        return f"  {genre_note(genre_summary(found))}"
    return None


def footnote(ref: Reference, *, percentiles: bool = True) -> str:
    from analysis.report.signals import ROLE_NAMES

    seeds = "; ".join(f"{seed_column(s)}: {ROLE_NAMES.get(s.get('comparison_role'), s['id'])}"
                      + (f" ({s['outlet']})" if s.get("outlet") else "") for s in ref.seeds)
    if not percentiles:
        return (f"News mid-50%: the range of the middle half of {ref.describe()}. "
                f"Seeds: {seeds}.")
    return (f"vs news: percentile rank among {ref.describe()}. News mid-50%: the range of the "
            f"middle half of them. Seeds: {seeds}.")


def seed_column(seed: dict[str, Any]) -> str:
    return SEED_COLUMNS.get(seed.get("comparison_role") or "", str(seed["id"])[:9])


def summary_lines(scores: dict[str, Any], ref: Reference, limit: int = 5) -> list[str]:
    """The signals (and indices) furthest outside the middle 80% of news, most unusual first."""
    from analysis.report.signals import SIGNALS

    found = []
    for signal in SIGNALS:
        value = number(scores.get(signal.column))
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


def table_cells(scores: dict[str, Any], ref: Reference, *, percentiles: bool = True
                ) -> tuple[list[str], list[list[str]]]:
    """The signal table's headers and rows: signal, this text, percentile vs news (unless
    ``percentiles`` is False: a text too short to compare), news middle half, each seed."""
    from analysis.report.signals import SIGNALS, fmt

    headers = ["signal", "this\ntext", *(["vs\nnews"] if percentiles else []),
               "news\nmid-50%", *(seed_column(seed) for seed in ref.seeds)]
    rows = []
    for signal in SIGNALS:
        if signal.column not in scores:
            continue
        value = number(scores.get(signal.column))
        pct = ref.percentile(signal.column, value)
        mid = ref.middle(signal.column)
        middle = f"{fmt(mid[0], signal.kind)}–{fmt(mid[2], signal.kind)}" if mid else ""
        seeds = [fmt(nan(ref.seed_value(s["id"], signal.column)), signal.kind)
                 for s in ref.seeds]
        shown = [ordinal(pct)] if percentiles else []
        rows.append([signal.name, fmt(nan(value), signal.kind), *shown, middle, *seeds])
    return headers, rows


def flagged(analysis: Any) -> dict[int, list[Any]]:
    """The flagged evidence by sentence number (0-based), sentences in text order."""
    starts = [s.start for s in analysis.document.sentences]
    by_sentence: dict[int, list[Any]] = {}
    for e in analysis.evidence:
        if e.extractor in FLAGGED or (e.extractor == "specificity" and e.label == "vague"):
            i = max(0, bisect_right(starts, e.start) - 1)
            by_sentence.setdefault(i, []).append(e)
    return dict(sorted(by_sentence.items()))


def flagged_heading(by_sentence: dict[int, list[Any]], sentences: int) -> str:
    return f"Flagged sentences ({len(by_sentence)} of {sentences})"


def evidence_label(e: Any) -> tuple[str, str]:
    """The line under a flagged sentence: its label, and the evidence quoted."""
    quoted = " (quoted)" if e.voice != "narrator" else ""
    return f"        {e.extractor}/{e.label}{quoted}: ", f"\u201c{short(e.text)}\u201d"


def marked_pieces(text: str, sentence: Any, spans: list[Any]) -> list[tuple[str, str]]:
    """The sentence with every span in [brackets], as (text, style) pieces: the brackets
    bold, each span in its extractor's colour."""
    lo, hi = sentence.start, sentence.end
    cut = [(max(lo, min(e.start, hi)), max(lo, min(e.end, hi)), e) for e in spans]
    cut = list({(a, b): (a, b, e) for a, b, e in cut if b > a}.values())  # one mark a span
    points = sorted({lo, hi} | {a for a, _, _ in cut} | {b for _, b, _ in cut})
    out = []
    for n, at in enumerate(points):
        out.append(("]" * sum(1 for a, b, _ in cut if b == at), "bold"))
        out.append(("[" * sum(1 for a, b, _ in cut if a == at), "bold"))
        if n + 1 == len(points):
            break
        nxt = points[n + 1]
        active = [e for a, b, e in cut if a <= at and b >= nxt]
        style = f"bold {STYLES.get(active[-1].extractor, '')}" if active else ""
        edge = "start" if n == 0 and not active else "end" if n + 2 == len(points) else ""
        out.append((window(text[at:nxt], "" if active else edge), style))
    return out


def window(chunk: str, edge: str) -> str:
    """A piece of a sentence, shortened to the words near the evidence when very long."""
    chunk = chunk.replace("\n", " ")
    if len(chunk) <= 2 * WINDOW:
        return chunk
    if edge == "start":
        return "…" + chunk[-WINDOW:]
    if edge == "end":
        return chunk[:WINDOW] + "…"
    return chunk[:WINDOW] + " … " + chunk[-WINDOW:]


def ordinal(pct: float | None) -> str:
    if pct is None:
        return "n/a"
    n = int(round(pct))
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return None if math.isnan(value) else float(value)


def nan(value: float | None) -> float:
    return math.nan if value is None else value


def short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def plural(n: Any, word: str) -> str:
    return f"{n:,} {word}" + ("" if n == 1 else "s")
