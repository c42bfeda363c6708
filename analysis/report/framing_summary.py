"""The summary's framing findings, generated from what ``compare()`` and ``headline()``
measured (never written by hand): the blog post's frames, voices, headline and claims
against the broadcaster's and FRONTLINE's (or every other text's), as ``summary.py`` does
for the signals. Without a blog post, one finding per measure lists every text.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from analysis.core import Analysis
from analysis.extractors.frames import GENERIC  # the five generic frames, in order
from analysis.report.checks import STANCE_WORDS, STATUS_WORDS
from analysis.report.signals import REFERENCE_ROLES, role
from analysis.report.summary import Finding, _join

TITLES = ("Frames", "Voices", "Headlines", "Claims backed up elsewhere")
FLAGS = {"repeated_without_figure": "repeats it without a figure",
         "contradicted": "gives another figure"}
Measure = Callable[[int], tuple[float, str]]  # document -> (value to compare, words)


def framing_findings(analyses: list[Analysis], names: list[str],
                     data: dict[str, Any]) -> list[Finding]:
    """Frames (when measured), voices, headlines and corroboration, one finding each."""
    if len(analyses) < 2:
        return []
    blog = next((i for i, a in enumerate(analyses) if role(a) == "blog"), None)
    others = [i for i, a in enumerate(analyses) if role(a) in REFERENCE_ROLES and i != blog]
    if blog is not None:
        others = others or [i for i in range(len(analyses)) if i != blog]
    measures: list[tuple[str, str, Measure, str]] = []
    frames = _frames(data.get("frames"))
    if frames:
        measures.append(("Frames", "The frame most sentences carry:", frames, ""))
    measures += [
        ("Voices", "Whose words:", _voices(data), " share of narrator's words"),
        ("Claims backed up elsewhere", "Check-worthy claims that another text in this set "
         "backs up:", _claims(data), " share"),
    ]
    out = [_finding(title, lead, m, names, blog, others, what)
           for title, lead, m, what in measures]
    if frames and blog is not None:
        out[0] = Finding(out[0].signal, out[0].text + _frames_apart(
            data["frames"], blog, others, [names[i] for i in others]))
    out[-1] = Finding(out[-1].signal, out[-1].text + " A claim no other text here repeats "
                      "is unconfirmed, not shown false.")
    out.insert(len(out) - 1, _headlines(analyses, names, blog, others))
    return [f for f in out if f is not None]


def _finding(title: str, lead: str, measure: Measure, names: list[str], blog: int | None,
             others: list[int], what: str) -> Finding:
    if blog is None:
        return Finding(title, f"{lead} " + "; ".join(f"{names[i]} {measure(i)[1]}"
                                                     for i in range(len(names))) + ".")
    mine, text = measure(blog)
    rest = "; ".join(f"{names[i]} {measure(i)[1]}" for i in others)
    verdict = ""
    if what:
        verdict = " " + _verdict(mine, [measure(i)[0] for i in others],
                                 [names[i] for i in others], what)
    return Finding(title, f"{lead} the blog post {text}; {rest}.{verdict}".rstrip())


def _verdict(mine: float, theirs: list[float], names: list[str], what: str) -> str:
    groups: dict[str, list[str]] = {"higher than": [], "lower than": [], "the same as": []}
    for name, v in zip(names, theirs, strict=True):
        if math.isnan(mine) or math.isnan(v):
            continue
        a, b = round(100 * mine), round(100 * v)
        groups["the same as" if a == b else "higher than" if a > b else "lower than"].append(
            f"{name}'s")
    parts = [f"{k} {_join(v)}" for k, v in groups.items() if v]
    return f"The blog post's{what} is " + ", and ".join(parts) + "." if parts else ""


def _frames(profiles: list[dict[str, Any] | None] | None) -> Measure | None:
    if not profiles or not all(isinstance(p, dict) and p.get("profile") is not None
                               for p in profiles):
        return None

    def measure(i: int) -> tuple[float, str]:
        p = profiles[i]
        generic = {k: v for k, v in p["profile"].items() if k in GENERIC}
        if not generic or max(generic.values()) == 0:
            return math.nan, "no generic frame found"
        top = max(sorted(generic), key=lambda k: generic[k])
        present = ", ".join(f.replace("_", " ") for f in p.get("generic", [])) or "none"
        return math.nan, (f"{top.replace('_', ' ')} ({100 * generic[top]:.0f}% of its "
                          f"sentences; frames present: {present})")
    return measure


def _frames_apart(profiles: list[dict[str, Any]], blog: int, others: list[int],
                  names: list[str]) -> str:
    """The generic frames the blog post carries and none of the others does, and back."""
    mine = set(profiles[blog]["generic"])
    theirs = {f for i in others for f in profiles[i]["generic"]}
    out = ""
    if mine - theirs:
        nobody = f"{names[0]} does not" if len(names) == 1 else (
            "neither " + " nor ".join(names) + " does" if len(names) == 2 else
            "none of the others does")
        out += f" The blog post carries {_frame_list(mine - theirs)}; {nobody}."
    if theirs - mine:
        carriers = [n for n, i in zip(names, others, strict=True)
                    if set(profiles[i]["generic"]) & (theirs - mine)]
        verb = "carries" if len(carriers) == 1 else "carry"
        out += f" It lacks {_frame_list(theirs - mine)}, which {_join(carriers)} {verb}."
    return out


def _frame_list(frames: set[str]) -> str:
    ordered = [f.replace("_", " ") for f in GENERIC if f in frames]
    return f"the {_join(ordered)} frame{'s' * (len(ordered) > 1)}"




def _voices(data: dict[str, Any]) -> Measure:
    def measure(i: int) -> tuple[float, str]:
        v = data["voices"][i]
        share = v["narrator_words"] / v["words"] if v["words"] else math.nan
        n = len(v["voices"])
        quoted = f"{n} voice{'s' * (n != 1)} quoted or cited"
        if math.isnan(share):
            return share, quoted
        return share, f"{100 * share:.0f}% the narrator's, {quoted}"
    return measure


def _claims(data: dict[str, Any]) -> Measure:
    docs = data["corroboration"]["documents"]

    def measure(i: int) -> tuple[float, str]:
        d = docs[i]
        share = d["share_corroborated"]
        if share is None:
            return math.nan, "no check-worthy claim"
        return share, f"{d['corroborated']} of {d['claims']} ({100 * share:.0f}%)"
    return measure


def _headlines(analyses: list[Analysis], names: list[str], blog: int | None,
               others: list[int]) -> Finding | None:
    shown = [blog, *others] if blog is not None else list(range(len(analyses)))
    parts = [f"{'the blog post' if i == blog else names[i]} {_headline(analyses[i].headline)}"
             for i in shown if analyses[i].headline is not None]
    flagged = [f"{names[i]}'s title says “{c['text']}” and its body {FLAGS[c['status']]}"
               for i, a in enumerate(analyses) if i not in shown and a.headline
               for c in a.headline["claims"] if c["status"] in FLAGS]
    if not parts and not flagged:
        return None
    text = "The title: " + "; ".join(parts) + "." if parts else ""
    if flagged:
        text += f" Elsewhere in the set, {_join(flagged)}."
    return Finding("Headlines", text.strip())


def _headline(h: dict[str, Any]) -> str:
    hooks = ", ".join(f"“{e['text']}”" for e in h["evidence"])
    out = (f"scores {h['clickbait_score']:.2f} as clickbait "
           f"({'hooks: ' + hooks if hooks else 'no hook'})")
    if h["stance"]:
        out += f", the body {STANCE_WORDS[h['stance']]}"
    counts: dict[str, int] = {}
    for c in h["claims"]:
        counts[c["status"]] = counts.get(c["status"], 0) + 1
    if counts:
        out += ", title claims: " + ", ".join(f"{n} {STATUS_WORDS[s]}"
                                              for s, n in sorted(counts.items()))
    return out
