"""What each page shows, as plain data built from analyses (no Flask in this module).

The highlighting, legend, discussion questions and signal descriptions are the report's
own (``analysis.report``); this module arranges them for the class page and adds the
explanation entries, the reading-laterally panel and the percentiles.
"""

from __future__ import annotations

import math
from typing import Any

from analysis.core import Analysis
from analysis.extractors import HIGHLIGHTED, REGISTRY
from analysis.report.context import legend
from analysis.report.discussion import article_questions, discussion_questions
from analysis.report.highlight import Style, render_body, style_for, styles
from analysis.report.signals import SIGNALS, SIZE_SIGNALS, fmt, present, short_name, value
from analysis.scoring.indices import STYLE_NOT_TRUTH
from analysis.web.framing_view import framing_view
from analysis.web.guide import evidence_entry
from analysis.web.lateral import lateral_panel

META_SHOWN = (("outlet", "Outlet"), ("date", "Date"), ("byline", "By"),
              ("source_file", "File"))


def highlight_styles() -> dict[str, Style]:
    """One style per extractor that marks words (the same as the report's)."""
    return styles([m.NAME for m in REGISTRY if getattr(m, "LABELS", None)
                   and m.NAME in HIGHLIGHTED])


def highlight_css(look: dict[str, Style]) -> str:
    """The colour and pattern rules of every highlight style, as a stylesheet."""
    rules = [f".x-{st.extractor} {{ background: {st.background}; {st.css}; }}\n"
             f".t-{st.extractor} {{ color: {st.line}; }}" for st in look.values()]
    return "\n".join(rules) + "\n"


def doc_view(a: Analysis, i: int, look: dict[str, Style]) -> dict[str, Any]:
    """One article: its name, facts, highlighted body and the explanation of every span."""
    names = {name: st.name for name, st in look.items()}
    entries = []
    for e in (e for e in a.evidence if e.extractor in look):  # as numbered by render_body
        name = names.get(e.extractor) or style_for(e.extractor, len(names)).name
        entries.append(evidence_entry(e, name))
    shown = [e for e in a.evidence if e.end > e.start and e.extractor in look]
    return {
        "index": i,
        "name": short_name(a, i),
        "title": str(a.meta.get("title") or short_name(a, i)),
        "meta": [(label, str(a.meta[k])) for k, label in META_SHOWN if a.meta.get(k)],
        "words": a.document.word_count,
        "count": len(shown),
        "body": render_body(a, look, focusable=True),
        "evidence": entries,
    }


def legend_view(analyses: list[Analysis], look: dict[str, Style]) -> list[dict[str, Any]]:
    """The report's legend, with how many highlights of each kind every article has."""
    out = []
    for item in legend(look):
        name = item["style"].extractor
        counts = [sum(1 for e in a.evidence if e.extractor == name and e.end > e.start)
                  for a in analyses]
        out.append({**item, "counts": counts})
    return out


def signal_table(analyses: list[Analysis]) -> list[dict[str, Any]]:
    """One row per signal: its name, meaning, and each article's value and percentile."""
    pcts = [percentiles(a) for a in analyses]
    rows = []
    for sig in present(analyses, SIZE_SIGNALS + SIGNALS):
        cells = []
        for a, pct in zip(analyses, pcts, strict=True):
            p = pct.get(sig.column)
            cells.append({"value": fmt(value(a, sig.column), sig.kind),
                          "pct": None if p is None else round(p)})
        rows.append({"name": sig.name, "meaning": sig.meaning, "column": sig.column,
                     "cells": cells})
    return rows


def percentiles(a: Analysis) -> dict[str, float]:
    """Each score's percentile among professional news (empty without the reference, and
    for a text too short to compare: see ``short_notes``)."""
    try:
        from analysis.scoring.reference import comparable
        from analysis.scoring.reference import percentiles as reference_percentiles

        if not comparable(a.scores):
            return {}
        found = reference_percentiles(a.scores)
    except (ImportError, OSError, ValueError, KeyError):
        return {}
    return {k: float(v) for k, v in found.items()
            if v is not None and not (isinstance(v, float) and math.isnan(v))}


def short_notes(analyses: list[Analysis]) -> list[str]:
    """Why an article has no percentiles: one sentence for each text too short to compare;
    and for a text that reads as opinion or satire, that it should be compared with its
    kind."""
    from analysis.extractors.genre import note as genre_note
    from analysis.extractors.genre import summary as genre_summary
    from analysis.scoring.reference import too_short_note

    notes = []
    for i, a in enumerate(analyses):
        note = too_short_note(a.scores)
        if note:
            notes.append(note if len(analyses) == 1 else f"{short_name(a, i)}: {note}")
        found = a.results.get("genre")  # opinion is not failed news: say so beside the table
        if not note and found is not None and found.notes.get("label") in ("opinion",
                                                                            "satire"):
            note = genre_note(genre_summary(found))
            notes.append(note if len(analyses) == 1 else f"{short_name(a, i)}: {note}")
    return notes


def reference_note() -> str:
    """What the percentiles compare with, in one line (empty without the reference)."""
    try:
        from analysis.scoring.reference import reference

        ref = reference()
    except (ImportError, OSError, ValueError, KeyError):
        return ""
    names = [str(s.get("label") or s.get("file") or "") for s in ref.sources]
    return f"{ref.n:,} {ref.name} articles ({', '.join(n for n in names if n)})"


def article_context(a: Analysis) -> dict[str, Any]:
    """Everything the single-article page shows."""
    look = highlight_styles()
    doc = doc_view(a, 0, look)
    rows = signal_table([a])
    return {
        "doc": doc,
        "docs_evidence": [doc["evidence"]],
        "legend": legend_view([a], look),
        "rows": rows,
        "has_pct": _has_pct(rows),
        "short_notes": short_notes([a]),
        "reference": reference_note(),
        "style_not_truth": STYLE_NOT_TRUTH,
        "questions": article_questions(a),
        "lateral": lateral_panel(a),
    }


def _has_pct(rows: list[dict[str, Any]]) -> bool:
    return any(c["pct"] is not None for r in rows for c in r["cells"])


def compare_context(left: Analysis, right: Analysis) -> dict[str, Any]:
    """Everything the side-by-side page shows: the same signals aligned in one table."""
    look = highlight_styles()
    pair = [left, right]
    docs = [doc_view(a, i, look) for i, a in enumerate(pair)]
    rows = signal_table(pair)
    framing = framing_view(pair, [d["name"] for d in docs])
    return {
        "docs": docs,
        "docs_evidence": [d["evidence"] for d in docs],
        "legend": legend_view(pair, look),
        "rows": rows,
        "has_pct": _has_pct(rows),
        "short_notes": short_notes(pair),
        "reference": reference_note(),
        "style_not_truth": STYLE_NOT_TRUTH,
        "questions": discussion_questions(pair) + framing["questions"],
        "framing": framing,
    }
