"""The framing half of the side-by-side page: how each article names the people and places
both mention, whose words fill it, which frames it leans on and which of its claims the
other article backs up, with discussion questions built from what was found.

Everything comes from ``analysis.framing.compare.compare`` (the same tables as
``credibility compare`` and the report) and ``Analysis.to_dict()["frames"]``; this module
only chooses what a class can read at a glance and words it for a 15-year-old.
"""

from __future__ import annotations

from typing import Any

from analysis.core import Analysis
from analysis.extractors.frames import GENERIC
from analysis.framing.compare import compare

MAX_ACTORS = 6
MAX_FORMS = 3
MAX_VOICES = 4
MAX_CLAIMS = 6
FRAME_WORDS = {name: f"{name.replace('_', ' ')} ({words})" for name, words in GENERIC.items()}


def framing_view(pair: list[Analysis], names: list[str]) -> dict[str, Any]:
    """What the side-by-side page shows under "How each one frames the story"."""
    data = compare(pair, names=names)
    view = {
        "naming": _naming(data["naming"]),
        "voices": [_voices(v) for v in data["voices"]],
        "frames": _frames(pair),
        "claims": _claims(data["corroboration"]),
    }
    view["questions"] = framing_questions(view, names)
    return view


def _naming(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Actors both articles mention, each with the commonest ways each article names them."""
    out = []
    for row in rows:
        if row["articles"] < 2:
            continue
        cells = [[f"{f['text']} ×{f['count']}" for f in doc["forms"][:MAX_FORMS]]
                 for doc in row["per_document"]]
        labels = [sorted({f["text"] for f in doc["forms"] if f["form"] == "description"})
                  for doc in row["per_document"]]
        out.append({"actor": row["actor"], "kind": row["kind"], "cells": cells,
                    "labels": labels})
    return out[:MAX_ACTORS]


def _voices(table: dict[str, Any]) -> dict[str, Any]:
    """One article's voices: the share of its words that are someone else's, and who."""
    words = max(int(table["words"]), 1)
    named = [v["voice"] for v in table["voices"] if v["label"] == "named"]
    unnamed = sum(1 for v in table["voices"] if v["label"] != "named")
    return {"share": round(100 * table["quoted_words"] / words),
            "named": named[:MAX_VOICES], "more": max(len(named) - MAX_VOICES, 0),
            "unnamed": unnamed, "only_here": table["only_here"][:MAX_VOICES]}


def _frames(pair: list[Analysis]) -> list[dict[str, Any]]:
    """Per article: the generic frames present, in words, and the dominant one."""
    out = []
    for a in pair:
        frames = a.to_dict().get("frames") or {}
        profile = frames.get("profile") or {}
        generic = [f for f in frames.get("generic", []) if f in FRAME_WORDS]
        top = max(generic, key=lambda f: profile.get(f, 0.0), default=None)
        out.append({"present": [FRAME_WORDS[f] for f in generic],
                    "policy": [p.replace("_", " ").lower() for p in frames.get("policy", [])],
                    "dominant": FRAME_WORDS.get(top or "", "")})
    return out


def _claims(table: dict[str, Any]) -> list[dict[str, Any]]:
    """Per article: how many of its checkable claims the other backs up."""
    return [{"total": d["claims"],
             "counts": {"corroborated": d["corroborated"], "conflicting": d["conflicting"],
                        "single-source": d["single_source"]}}
            for d in table["documents"]]


def framing_questions(view: dict[str, Any], names: list[str]) -> list[str]:
    """Discussion questions that quote what the framing tables found."""
    out: list[str] = []
    for row in view["naming"]:
        left, right = (", ".join(x) for x in row["labels"])
        if left and right and left != right:
            out.append(f"{names[0]} calls {row['actor']} “{left}”; {names[1]} calls it "
                       f"“{right}”. What does each choice of words make you think?")
            break
    shares = [v["share"] for v in view["voices"]]
    if len(shares) == 2 and abs(shares[0] - shares[1]) >= 5:
        more = 0 if shares[0] > shares[1] else 1
        out.append(f"{shares[more]}% of {names[more]} is other people's words, against "
                   f"{shares[1 - more]}% of {names[1 - more]}. Whose voice do you hear "
                   "most in each, and who is missing?")
    frames = view["frames"]
    if len(frames) == 2 and frames[0]["dominant"] != frames[1]["dominant"] and all(
            f["dominant"] for f in frames):
        out.append(f"{names[0]} tells the story mostly as {frames[0]['dominant']}; "
                   f"{names[1]} mostly as {frames[1]['dominant']}. How does that change "
                   "what a reader takes away?")
    for name, claims in zip(names, view["claims"], strict=False):
        if claims["total"] and not claims["counts"]["corroborated"]:
            out.append(f"None of the {claims['total']} checkable claims in {name} is backed "
                       "up by the other article. Where could you check them?")
            break
    return out
