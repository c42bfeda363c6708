"""Article bodies with every evidence span highlighted, overlaps included.

Spans may overlap (a named source inside a quotation inside a question). The body is cut
at every span boundary into non-overlapping segments; each segment carries the classes
of all spans covering it and ``data-ev`` lists their numbers (positions in
``Analysis.evidence``). A small label after each span's end names its extractor and
label, so highlights stay readable without colour.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

from analysis.core import Analysis
from analysis.extractors.base import Evidence


@dataclass(frozen=True, slots=True)
class Style:
    """How one extractor's highlights look: colour plus a pattern that prints in grey."""

    extractor: str
    abbr: str
    name: str
    background: str
    line: str
    css: str  # the pattern, as CSS declarations for ``.x-<extractor>``
    pattern: str  # the pattern in words, for the legend


KNOWN = {
    "rhetorical_questions": ("Q", "Questions", "#d6e9ff", "#1d4f91",
                             "border-top:2px dashed #1d4f91", "dashed line above"),
    "hedging": ("H", "Hedging", "#fff0a6", "#6b4700",
                "border-bottom:2px dotted #6b4700", "dotted underline"),
    "superlatives": ("S", "Superlatives", "#ffd6de", "#8f0f2c",
                     "border-bottom:3px double #8f0f2c", "double underline"),
    "specificity": ("D", "Specific detail", "#d4f2da", "#1b5e2f",
                    "border-bottom:2px solid #1b5e2f", "solid underline"),
    "sourcing": ("A", "Attribution", "#eadcff", "#54288a",
                 "font-style:italic", "italic, with [ ] brackets at the ends"),
    "loaded_language": ("L", "Loaded words", "#f3e0c8", "#6a3d00",
                        "border-bottom:2px dashed #6a3d00", "dashed underline"),
}
SPARE = (("#dcdcdc", "#303030", "border-top:2px dotted #303030", "dotted line above"),)


def style_for(name: str, position: int) -> Style:
    """The style of extractor ``name``; unknown extractors get a spare style."""
    if name in KNOWN:
        return Style(name, *KNOWN[name])
    bg, line, css, words = SPARE[position % len(SPARE)]
    abbr = name[:1].upper() + str(position)
    return Style(name, abbr, name.replace("_", " ").capitalize(), bg, line, css, words)


def styles(names: list[str]) -> dict[str, Style]:
    return {n: style_for(n, i) for i, n in enumerate(names)}


Segment = tuple[int, int, list[int]]


def segments(start: int, end: int, spans: list[tuple[int, int]]) -> list[Segment]:
    """Cut ``[start, end)`` at every span boundary; each piece lists the spans covering it."""
    cuts = {start, end}
    for s, e in spans:
        cuts.update(c for c in (s, e) if start < c < end)
    edges = sorted(cuts)
    out = []
    for a, b in zip(edges, edges[1:], strict=False):
        covering = [i for i, (s, e) in enumerate(spans) if s < b and e > a]
        out.append((a, b, covering))
    return out


def render_body(a: Analysis, look: dict[str, Style], *, focusable: bool = False) -> Markup:
    """The article text as ``<p>`` elements with highlighted, labelled segments.

    ``focusable`` makes every highlight a keyboard stop (``tabindex="0"``, button role),
    for pages that explain a highlight when it is focused or activated.
    """
    marked = [e for e in a.evidence if e.extractor in look]  # data-ev numbers these
    evidence = sorted((e for e in marked if e.end > e.start), key=lambda e: e.start)
    index = {id(e): i for i, e in enumerate(marked)}
    paragraphs = a.document.paragraphs or ([(0, len(a.text))] if a.text.strip() else [])
    parts, nxt, live = [], 0, []  # live: the spans that reach into the current paragraph
    for ps, pe in paragraphs:  # in text order, so each span is looked at a few times only
        while nxt < len(evidence) and evidence[nxt].start < pe:
            live.append(evidence[nxt])
            nxt += 1
        live = [e for e in live if e.end > ps]
        spans = [(e.start, e.end) for e in live]
        inner = [_segment(a.text, s, e, [live[i] for i in cov], index, look, focusable)
                 for s, e, cov in segments(ps, pe, spans)]
        parts.append(Markup('<p class="para">') + Markup("").join(inner) + Markup("</p>"))
    return Markup("\n").join(parts)


def _segment(text: str, s: int, e: int, cover: list[Evidence], index: dict[int, int],
             look: dict[str, Style], focusable: bool = False) -> Markup:
    body = escape(text[s:e])
    if not cover:
        return body
    names = list(dict.fromkeys(ev.extractor for ev in cover))
    classes = ["hl"] + [f"x-{n}" for n in names]
    classes += [f"open-{ev.extractor}" for ev in cover if ev.start == s]
    classes += [f"close-{ev.extractor}" for ev in cover if ev.end == e]
    title = "\n".join(_tip(ev, look) for ev in cover)
    numbers = " ".join(str(index[id(ev)]) for ev in cover)
    keys = Markup(' tabindex="0" role="button"') if focusable else Markup("")
    html = Markup('<mark class="{}" data-ev="{}" title="{}"{}{}>{}</mark>').format(
        " ".join(dict.fromkeys(classes)), numbers, title, _background(names, look), keys, body
    )
    ending = sorted((ev for ev in cover if ev.end == e), key=lambda ev: -ev.start)
    return html + Markup("").join(_tag(ev, index, look) for ev in ending)


def _background(names: list[str], look: dict[str, Style]) -> Markup:
    """Several extractors: stacked bands of their colours (one colour comes from CSS)."""
    if len(names) < 2:
        return Markup("")
    step = 100 / len(names)
    bands = ", ".join(
        f"{look[n].background} {i * step:.0f}% {(i + 1) * step:.0f}%" for i, n in enumerate(names)
    )
    return Markup(' style="background:linear-gradient(to bottom, {})"').format(bands)


def _tag(ev: Evidence, index: dict[int, int], look: dict[str, Style]) -> Markup:
    st = look[ev.extractor]
    return Markup('<sup class="tag t-{}" data-ev="{}" title="{}">{}:{}</sup>').format(
        ev.extractor, index[id(ev)], _tip(ev, look), st.abbr, ev.label
    )


def _tip(ev: Evidence, look: dict[str, Style]) -> str:
    whose = " (in someone else's words)" if ev.voice == "quoted" else ""
    return f"{look[ev.extractor].name}: {ev.label}{whose}. {ev.explanation}"
