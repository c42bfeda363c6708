"""The "Now read laterally" panel: what the tool cannot know, and what to check elsewhere.

Fact-checkers read *laterally*: they leave the page and see what other sources say about
the site and its claims. The checks suggested here are built from this article's own
evidence (its outlet, its named sources, its details, its big claims).
"""

from __future__ import annotations

from typing import Any

from analysis.core import Analysis

CANNOT_KNOW = (
    "who is behind the website or the writer, who pays for it, and what they want;",
    "whether the claims are true: the tool reads how the text is written, not the facts;",
    "whether the quotes are real, complete and in context;",
    "what the article leaves out, and whether its pictures or videos are genuine.",
)
DETAIL_LABELS = ("number", "date", "quantity")
MAX_ITEMS = 3


def lateral_panel(a: Analysis) -> dict[str, Any]:
    """The panel's two lists: what the tool cannot know, and checks for this article."""
    checks = [_publisher(a)]
    for build in (_sources, _details, _big_claim, _unnamed):
        check = build(a)
        if check:
            checks.append(check)
    checks.append("Open two or three other reports of the same story from outlets you know, "
                  "and compare what they say and what they leave out.")
    return {"cannot_know": list(CANNOT_KNOW), "checks": checks}


def _publisher(a: Analysis) -> str:
    outlet = str(a.meta.get("outlet") or "").strip()
    if outlet:
        return (f"Search for “{outlet}” on other websites, not on its own pages: who runs "
                "it, and what do others say about it?")
    return ("Find out who published this: look for the name of the site or writer, then "
            "search for that name on other websites.")


def _distinct(items: list[str]) -> list[str]:
    return list(dict.fromkeys(" ".join(t.split()) for t in items if t.strip()))[:MAX_ITEMS]


def _sources(a: Analysis) -> str | None:
    names = []
    for e in a.evidence:
        if e.extractor == "sourcing" and e.label == "named":
            span = e.extra.get("source")
            names.append(a.text[span[0]:span[1]] if span else e.text)
    names = _distinct(names)
    if not names:
        return None
    return f"Look up {_quoted(names)}: who are they, and how would they know?"


def _details(a: Analysis) -> str | None:
    found = _distinct([e.text for e in a.evidence
                       if e.extractor == "specificity" and e.label in DETAIL_LABELS])
    if not found:
        return None
    return (f"Check a detail in another source, for example {_quoted(found)}. "
            "Do other reports give the same figures and dates?")


def _big_claim(a: Analysis) -> str | None:
    e = next((e for e in a.evidence
              if e.extractor == "superlatives" and e.label == "unsourced"), None)
    if e is None:
        return None
    return (f"The article calls something “{' '.join(e.text.split())}” without a source. "
            "Search for the claim itself: do other outlets say so too?")


def _unnamed(a: Analysis) -> str | None:
    e = next((e for e in a.evidence if (e.extractor, e.label) in
              {("hedging", "weasel"), ("sourcing", "vague"), ("sourcing", "anonymous")}), None)
    if e is None:
        return None
    return (f"“{' '.join(e.text.split())}”: can you find out who that is in another report?")


def _quoted(items: list[str]) -> str:
    quoted = [f"“{t}”" for t in items]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]
