"""The framing section's frames: per document, the share of its sentences carrying each of
the five generic news frames (Semetko & Valkenburg 2000) as a chart and a table, and the
generic and policy frames found present, from ``compare()``'s ``frames`` (each document's
``analyze(text).to_dict()["frames"]``). Nothing is shown when no document has frames."""

from __future__ import annotations

from typing import Any

from analysis.extractors.frames import GENERIC  # the five generic frames, in order
from analysis.report import charts


def frames_context(frames: list[dict[str, Any] | None] | None, names: list[str],
                   charts_on: bool = True) -> dict[str, Any] | None:
    """Rows (one per generic frame, a share per document), frames present and charts."""
    if not frames or not any(frames):
        return None
    per = [f or {"generic": [], "policy": [], "profile": {}} for f in frames]
    rows = [{"frame": _label(g), "cells": [_pct(p["profile"].get(g)) for p in per]}
            for g in GENERIC]
    out = {"rows": rows,
           "generic": [", ".join(map(_label, p["generic"])) or "none" for p in per],
           "policy": [", ".join(map(_label, p["policy"])) or "none" for p in per],
           "charts": []}
    if charts_on:
        top = max((p["profile"].get(g) or 0.0) for p in per for g in GENERIC)
        out["charts"] = [charts.profile_chart(f"f{i + 1}", name, [_label(g) for g in GENERIC],
                                              [p["profile"].get(g) or 0.0 for g in GENERIC],
                                              colour=i, top=top)
                         for i, (name, p) in enumerate(zip(names, per, strict=True))]
    return out


def frames_markdown(fr: dict[str, Any] | None, names: list[str], table: Any) -> list[str]:
    """The frames table in Markdown (the charts are the HTML report's)."""
    if fr is None:
        return []
    lines = ["", "Frames: the share of each text's sentences that carry each generic news "
             "frame, and the frames judged present:", ""]
    return lines + table(["Frame", *names], [
        *[[r["frame"], *r["cells"]] for r in fr["rows"]],
        ["generic frames present", *fr["generic"]],
        ["policy frames present", *fr["policy"]]], numbers=False)


def _label(frame: str) -> str:
    return frame.replace("_", " ")


def _pct(share: float | None) -> str:
    return "n/a" if share is None else f"{100 * share:.0f}%"
