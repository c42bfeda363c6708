"""Everything the HTML and Markdown reports show, as plain data, in a fixed order."""

from __future__ import annotations

import math
from typing import Any

from analysis.core import Analysis
from analysis.extractors import HIGHLIGHTED, REGISTRY
from analysis.report import charts
from analysis.report.checks import CORROBORATION_NOTE
from analysis.report.discussion import discussion_questions
from analysis.report.framing import framing_context
from analysis.report.framing_summary import framing_findings
from analysis.report.highlight import render_body, styles
from analysis.report.signals import (
    SIGNALS,
    SIZE_SIGNALS,
    describe,
    fmt,
    meta_text,
    present,
    short_name,
    value,
)
from analysis.report.summary import summarize
from analysis.scoring.indices import STYLE_NOT_TRUTH, formula, indices, points
from analysis.scoring.reference import reference, too_short_note

LISTS = (
    ("questions", "Questions", "rhetorical_questions"),
    ("superlatives", "Superlatives", "superlatives"),
    ("attributions", "Attributions (who a claim comes from)", "sourcing"),
)
INDEX_TITLES = {"sensationalism_index": "Sensationalism index",
                "verifiability_index": "Verifiability index"}
META_SHOWN = (("title", "Title"), ("outlet", "Outlet"), ("kind", "Kind"), ("date", "Date"),
              ("byline", "By"))


def build_context(analyses: list[Analysis], *, charts_on: bool = True) -> dict[str, Any]:
    names = [short_name(a, i) for i, a in enumerate(analyses)]
    look = styles([m.NAME for m in REGISTRY if m.LABELS and m.NAME in HIGHLIGHTED])
    intro, findings = summarize(analyses)
    framing = framing_context(analyses, names, charts_on=charts_on)
    findings += framing_findings(analyses, names, framing["data"])
    return {
        "names": names,
        "intro": intro,
        "findings": findings,
        "signal_rows": signal_rows(analyses),
        "short_notes": short_notes(analyses, names),
        "genre_notes": genre_notes(analyses, names),
        "reference": reference().describe(),
        "charts": signal_charts(analyses, names) if charts_on else [],
        "indices": index_tables(analyses, names, charts_on),
        "style_not_truth": STYLE_NOT_TRUTH,
        "framing": framing,
        "corroboration_note": CORROBORATION_NOTE.format(
            threshold=framing["corroboration"]["threshold"]),
        "docs": [document(a, i, look) for i, a in enumerate(analyses)],
        "styles": list(look.values()),
        "legend": legend(look),
        "method": method(),
        "syllable_sources": syllable_sources(analyses),
        "questions": discussion_questions(analyses),
    }


def signal_rows(analyses: list[Analysis]) -> list[dict[str, Any]]:
    rows, ref = [], reference()
    for sig in present(analyses, SIZE_SIGNALS + SIGNALS):
        cells = [fmt(value(a, sig.column), sig.kind) for a in analyses]
        mid = ref.middle(sig.column)  # professional news: 25th to 75th percentile
        news = f"{fmt(mid[0], sig.kind)}–{fmt(mid[2], sig.kind)}" if mid else ""
        rows.append({"name": sig.name, "meaning": sig.meaning, "column": sig.column,
                     "cells": cells, "news": news})
    return rows


def short_notes(analyses: list[Analysis], names: list[str]) -> list[str]:
    """For each text too short to compare with news articles, the sentence saying so (the
    news column's range is no yardstick for rates that jump around on a short text)."""
    notes = [(name, too_short_note(a.scores)) for a, name in zip(analyses, names, strict=True)]
    return [f"{name}: {note}" for name, note in notes if note]


def genre_notes(analyses: list[Analysis], names: list[str]) -> list[str]:
    """One line per document: whether it reads as opinion, a news report or satire."""
    from analysis.extractors.genre import note, summary

    return [f"{name}: {note(summary(a.results['genre']))}"
            for a, name in zip(analyses, names, strict=True) if "genre" in a.results]


def signal_charts(analyses: list[Analysis], names: list[str]) -> list[str]:
    out: list[str] = []
    for sig in present(analyses, SIGNALS):
        if not sig.chart or sig.kind == "index":
            continue
        vals = [value(a, sig.column) for a in analyses]
        unit = " per 1,000 words" if sig.kind == "rate" else ""
        labels = [fmt(v, sig.kind) for v in vals]
        if sig.kind == "share":
            vals = [100 * v for v in vals]
        out.append(charts.bar_chart(f"c{len(out) + 1}", sig.name + unit, names, vals, labels))
    return out


def index_tables(analyses: list[Analysis], names: list[str], charts_on: bool) -> list[dict]:
    out = []
    for index, comps in indices().items():
        if not any(index in a.scores for a in analyses):
            continue
        rows = []
        for comp in comps:
            vals = [value(a, comp.column) for a in analyses]
            parts = [points(v, comp, comps) for v in vals]
            rows.append({
                "column": comp.column, "cap": f"{comp.cap:g}", "weight": f"{comp.weight:g}",
                "meaning": comp.meaning,
                "cells": [f"{_num(v)} → {fmt(p, 'rate')}"
                          for v, p in zip(vals, parts, strict=True)],
            })
        title = INDEX_TITLES.get(index, index.replace("_", " ").capitalize())
        chart = ""
        if charts_on:
            chart = charts.index_chart(f"i{len(out) + 1}", index, title, names,
                                       [a.scores for a in analyses])
        out.append({
            "name": index, "title": title, "components": rows, "chart": chart,
            "totals": [fmt(value(a, index), "rate") for a in analyses],
            "formula": formula(index),
        })
    return out


def document(a: Analysis, i: int, look: dict) -> dict[str, Any]:
    return {
        "anchor": f"doc-{i + 1}",
        "name": short_name(a, i),
        "describe": describe(a, i),
        "meta": [(label, meta_text(a.meta, key)) for key, label in META_SHOWN
                 if meta_text(a.meta, key)],
        "words": a.document.word_count,
        "evidence_count": sum(e.extractor in look for e in a.evidence),
        "body": render_body(a, look),
        "lists": evidence_lists(a),
    }


def evidence_lists(a: Analysis) -> list[dict[str, Any]]:
    out = []
    for key, title, extractor in LISTS:
        if extractor not in a.results:
            continue
        items = [evidence_item(a, e) for e in a.evidence if e.extractor == extractor]
        out.append({"key": key, "title": title, "items": items})
    return out


def evidence_item(a: Analysis, e) -> dict[str, str]:
    span = e.extra.get("source") if isinstance(e.extra, dict) else None
    source = a.text[span[0]:span[1]] if span else ""
    return {
        "text": " ".join(e.text.split()), "label": e.label, "explanation": e.explanation,
        "voice": "quoted" if e.voice == "quoted" else "the writer", "source": source,
    }


def legend(look: dict) -> list[dict[str, Any]]:
    mods = {m.NAME: m for m in REGISTRY}
    return [{"style": st, "description": mods[n].DESCRIPTION,
             "labels": list(mods[n].LABELS.items())} for n, st in look.items()]


def method() -> list[dict[str, Any]]:
    return [{"name": m.NAME.replace("_", " ").capitalize(), "description": m.DESCRIPTION,
             "labels": list(m.LABELS.items())} for m in REGISTRY]


def syllable_sources(analyses: list[Analysis]) -> list[str]:
    found: dict[str, None] = {}
    for a in analyses:
        res = a.results.get("readability")
        if res is not None and res.notes.get("syllable_source"):
            found[res.notes["syllable_source"]] = None
    return list(found)


def _num(v: float) -> str:
    if v is None or math.isnan(v):
        return "n/a"
    return f"{v:.3g}" if 0 < abs(v) < 1 else f"{v:.1f}"
