"""Discussion questions for a class, each built from evidence found in the texts."""

from __future__ import annotations

from collections.abc import Callable

from analysis.core import Analysis
from analysis.extractors.base import Evidence
from analysis.report.signals import REFERENCE_ROLES, fmt, role, short_name, value

MAX_QUOTE = 220


def discussion_questions(analyses: list[Analysis]) -> list[str]:
    """Questions that quote the texts; general ones close the list."""
    if not analyses:
        return []
    focus = _focus(analyses)
    refs = [i for i, a in enumerate(analyses) if role(a) in REFERENCE_ROLES and i != focus]
    refs = refs or [i for i in range(len(analyses)) if i != focus]
    out: list[str] = []
    for build in (_rhetorical, _superlative, _weasel):
        q = build(analyses, focus)
        if q:
            out.append(q)
    by_sources = sorted(refs, key=lambda j: -value(analyses[j], "sourcing_named"))
    for i in by_sources:
        q = _named_source(analyses, i)
        if q:
            out.append(q)
            break
    out += _general(analyses, focus, refs)
    return out


def article_questions(a: Analysis) -> list[str]:
    """Questions about one article read on its own, quoting its evidence first."""
    out = [q for build in (_rhetorical, _superlative, _weasel, _named_source)
           if (q := build([a], 0))]
    return out + _general([a], 0, [])


def _focus(analyses: list[Analysis]) -> int:
    """The blog post, or else the document with the highest sensationalism index."""
    for i, a in enumerate(analyses):
        if role(a) == "blog":
            return i
    best, best_value = 0, -1.0
    for i, a in enumerate(analyses):
        v = value(a, "sensationalism_index")
        if v == v and v > best_value:  # v == v is False for NaN
            best, best_value = i, v
    return best


def _first(a: Analysis, pick: Callable[[Evidence], bool]) -> Evidence | None:
    return next((e for e in a.evidence if pick(e)), None)


def _rhetorical(analyses: list[Analysis], i: int) -> str | None:
    e = _first(analyses[i], lambda e: e.extractor == "rhetorical_questions"
               and e.label == "rhetorical")
    if e is None:
        return None
    return (f"{short_name(analyses[i], i)} asks: “{_clip(e.text)}” What answer does the "
            "writer want you to assume? Does the article give you any evidence for that answer?")


def _superlative(analyses: list[Analysis], i: int) -> str | None:
    e = _first(analyses[i], lambda e: e.extractor == "superlatives" and e.label == "unsourced")
    if e is None:
        return None
    sentence = analyses[i].document.sentence_at(e.start)
    context = _clip(sentence.text) if sentence else _clip(e.text)
    return (f"{short_name(analyses[i], i)} writes: “{context}” The words “{e.text}” make a "
            "big claim. Who says so? Is a source named? How could you check it?")


def _weasel(analyses: list[Analysis], i: int) -> str | None:
    e = _first(analyses[i], lambda e: (e.extractor, e.label) in
               {("hedging", "weasel"), ("sourcing", "vague"), ("sourcing", "anonymous")})
    if e is None:
        return None
    return (f"{short_name(analyses[i], i)} says “{_clip(e.text)}”. Who exactly are these "
            "people? Why might a writer leave them unnamed, and how would you find out?")


def _named_source(analyses: list[Analysis], i: int) -> str | None:
    a = analyses[i]
    e = _first(a, lambda e: e.extractor == "sourcing" and e.label == "named")
    if e is None:
        return None
    span = e.extra.get("source")
    who = a.text[span[0]:span[1]] if span else e.text
    return (f"{short_name(a, i)} names its source: “{_clip(who)}”. How does naming a source "
            "help you check a claim? What could you look up about this source?")


def _general(analyses: list[Analysis], focus: int, refs: list[int]) -> list[str]:
    name = short_name(analyses[focus], focus)
    out = []
    col = "verifiability_index"
    if any(col in a.scores for a in analyses) and refs:
        ref = refs[-1]
        out.append(
            f"{name} scores {fmt(value(analyses[focus], col), 'index')} on the verifiability "
            f"index and {short_name(analyses[ref], ref)} scores "
            f"{fmt(value(analyses[ref], col), 'index')}. Find one highlighted detail in each "
            "text that you could check yourself. How would you check it?"
        )
    out.append(f"Pick a sentence in {name} that made you feel something strongly. Rewrite it so "
               "that it says only what can be checked. What changed?")
    out.append("These numbers show how the texts are written, not whether they are true. Can a "
               "calmly written article still be wrong? Can an excited one be right? "
               "What else would you need to know?")
    return out


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_QUOTE else text[: MAX_QUOTE - 1].rstrip() + "…"
