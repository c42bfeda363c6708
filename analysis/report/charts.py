"""Bar charts as inline SVG, byte-for-byte the same on every run.

matplotlib is imported here only, and only through ``Figure`` (no pyplot, no global
backend switch); settings live in an ``rc_context`` so other code is unaffected. Text is
drawn as paths (fixed DejaVu Sans shapes), the hash salt is fixed per chart and the date
is left out. Each bar has a colour *and* a hatch, and its value is written on it.
"""

from __future__ import annotations

import io
import math
import re

from analysis.scoring.indices import indices, points

COLOURS = ("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00")
HATCHES = ("", "//", "\\\\", "xx", "--", "++")
GREYS = ("#4d4d4d", "#9a9a9a", "#d0d0d0")
RC = {
    "svg.fonttype": "path",
    "font.family": "DejaVu Sans",
    "font.size": 9,
    "hatch.linewidth": 0.8,
    "axes.spines.top": False,
    "axes.spines.right": False,
}
ID_RE = re.compile(r'\bid="([^"]+)"')


def bar_chart(key: str, title: str, names: list[str], values: list[float],
              labels: list[str]) -> str:
    """One bar per document, with its printed value above it."""
    with _rc(key):
        return _bars(key, title, names, values, labels)


def _bars(key: str, title: str, names: list[str], values: list[float],
          labels: list[str]) -> str:
    fig, ax = _figure(len(names))
    xs = range(len(names))
    heights = [0.0 if math.isnan(v) else v for v in values]
    for i, h in enumerate(heights):
        ax.bar(i, h, color=COLOURS[i % len(COLOURS)], hatch=HATCHES[i % len(HATCHES)],
               edgecolor="#000000", linewidth=0.8, width=0.6)
    top = max(heights + [0.0])
    for i, text in enumerate(labels):
        ax.text(i, heights[i] + top * 0.02, text, ha="center", va="bottom", fontsize=9,
                fontweight="bold")
    _finish(ax, title, names, xs, top)
    return _svg(fig, key, f"Bar chart: {title}. " + "; ".join(
        f"{n}: {t}" for n, t in zip(names, labels, strict=True)))


def index_chart(key: str, index: str, title: str, names: list[str],
                rows: list[dict[str, float]]) -> str:
    """Stacked bars: each component's share of the index, one grey and hatch each."""
    with _rc(key):
        return _stacked(key, index, title, names, rows)


def _stacked(key: str, index: str, title: str, names: list[str],
             rows: list[dict[str, float]]) -> str:
    comps = indices()[index]
    fig, ax = _figure(len(names), legend=True)
    bottoms = [0.0] * len(names)
    for c, comp in enumerate(comps):
        parts = [points(row.get(comp.column, math.nan), comp, comps) for row in rows]
        parts = [0.0 if math.isnan(p) else p for p in parts]
        ax.bar(range(len(names)), parts, bottom=bottoms, color=GREYS[c % len(GREYS)],
               hatch=HATCHES[(c + 1) % len(HATCHES)], edgecolor="#000000", linewidth=0.8,
               width=0.6, label=comp.column)
        bottoms = [b + p for b, p in zip(bottoms, parts, strict=True)]
    for i, row in enumerate(rows):
        v = row.get(index, math.nan)
        ax.text(i, bottoms[i] + 2, "n/a" if math.isnan(v) else f"{v:.0f}", ha="center",
                va="bottom", fontsize=9, fontweight="bold")
    ax.set_ylim(0, 110)
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=7, frameon=False)
    _finish(ax, title, names, range(len(names)), None)
    return _svg(fig, key, f"Stacked bar chart: {title}, 0 to 100, split into its components.")


def profile_chart(key: str, title: str, labels: list[str], shares: list[float],
                  colour: int = 0, top: float = 1.0) -> str:
    """One document's frame profile: a horizontal bar per frame, its share of sentences
    written beside it; the frames in a fixed order and the axis up to ``top`` (the largest
    share in the set), so the charts of one report line up and compare."""
    with _rc(key):
        from matplotlib.figure import Figure

        fig = Figure(figsize=(3.6, 0.32 * len(labels) + 1.1), dpi=72)
        ax = fig.add_subplot()
        ys = list(range(len(labels)))[::-1]
        values = [100 * v for v in shares]
        ax.barh(ys, values, color=COLOURS[colour % len(COLOURS)],
                hatch=HATCHES[colour % len(HATCHES)], edgecolor="#000000", linewidth=0.8,
                height=0.6)
        limit = 10 * math.ceil(10 * max(top, 0.1))  # percent, to the next ten
        for y, v in zip(ys, values, strict=True):
            ax.text(v + limit * 0.015, y, f"{v:.0f}%", va="center", fontsize=8)
        ax.set_yticks(ys, labels, fontsize=8)
        ax.set_xlim(0, limit * 1.15)
        ax.set_xlabel("% of sentences", fontsize=8)
        ax.tick_params(axis="x", labelsize=7)
        ax.set_title(title, fontsize=10, loc="left")
        fig.tight_layout()
        return _svg(fig, key, f"Bar chart: {title}. " + "; ".join(
            f"{lab}: {v:.0f}%" for lab, v in zip(labels, values, strict=True)))


def _figure(n: int, legend: bool = False):
    from matplotlib.figure import Figure

    width = max(3.2, 0.8 * n + 1.0) + (2.6 if legend else 0.0)
    fig = Figure(figsize=(width, 2.6), dpi=72)
    ax = fig.add_subplot()
    return fig, ax


def _finish(ax, title: str, names: list[str], xs, top: float | None) -> None:
    ax.set_title(title, fontsize=10, loc="left")
    ax.set_xticks(list(xs), names, fontsize=8)
    if top is not None:
        ax.set_ylim(0, top * 1.2 if top > 0 else 1.0)
    ax.tick_params(axis="y", labelsize=7)
    ax.figure.tight_layout()


def _rc(key: str):
    """Chart settings for the duration of one chart only."""
    import matplotlib

    return matplotlib.rc_context({**RC, "svg.hashsalt": f"credibility-{key}"})


def _svg(fig, key: str, description: str) -> str:
    buf = io.StringIO()
    fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": None})
    return _inline(buf.getvalue(), key, description)


def _inline(svg: str, key: str, description: str) -> str:
    """Ready to paste into HTML: no XML prolog or metadata, ids unique to this chart."""
    svg = svg[svg.index("<svg"):]
    svg = re.sub(r"<metadata>.*?</metadata>\s*", "", svg, flags=re.S)
    svg = re.sub(r'(?<= )d="[^"]*"', lambda m: " ".join(m.group().split()), svg)
    prefix = f"{key}-"
    ids = set(ID_RE.findall(svg))
    svg = ID_RE.sub(lambda m: f'id="{prefix}{m.group(1)}"', svg)
    svg = re.sub(r'(href=")#([^"]+)"',
                 lambda m: f'{m.group(1)}#{prefix if m.group(2) in ids else ""}{m.group(2)}"', svg)
    svg = re.sub(r"url\(#([^)]+)\)",
                 lambda m: f"url(#{prefix if m.group(1) in ids else ''}{m.group(1)})", svg)
    desc = description.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")
    return svg.replace("<svg ", f'<svg role="img" aria-label="{desc}" ', 1)
