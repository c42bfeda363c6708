"""The report's framing section: how each document names the actors they share, the words
that set each apart, and whose voices each carries, from ``analysis.framing.compare``.
Plain data for the HTML partial (``templates/framing.html.j2``) and the Markdown report,
in a fixed order (same input, same bytes).
"""

from __future__ import annotations

import json
from typing import Any

from analysis.core import Analysis
from analysis.framing.compare import compare
from analysis.report.checks import corroboration_context, headline_rows
from analysis.report.frames import frames_context, frames_markdown

FORMS_SHOWN = 6
TERMS_SHOWN = 10
VOICES_SHOWN = 6


def framing_context(analyses: list[Analysis], names: list[str], *,
                    charts_on: bool = True) -> dict[str, Any]:
    """Rows ready to print: one per shared actor, one cell per document; the headline
    checks and corroboration (``checks.py``); ``data``, what ``compare()`` measured."""
    data = compare(analyses, names=names)
    naming = [{"actor": r["actor"], "kind": r["kind"],
               "cells": [_forms(p) for p in r["per_document"]]} for r in data["naming"]]
    vocabulary = [[f"{t['term']} ({t['count']}; z {t['z']:.1f})"
                   for t in d["distinctive"][:TERMS_SHOWN]] for d in data["vocabulary"]]
    voices = [{"words": v["words"], "narrator_words": v["narrator_words"],
               "quoted_words": v["quoted_words"],
               "narrator_share": _share(v["narrator_words"], v["words"]),
               "voices": [_voice(x) for x in v["voices"][:VOICES_SHOWN]],
               "more": max(0, len(v["voices"]) - VOICES_SHOWN),
               "only_here": v["only_here"]} for v in data["voices"]]
    return {"names": names, "naming": naming, "vocabulary": vocabulary, "voices": voices,
            "frames": frames_context(data.get("frames"), names, charts_on),
            "headlines": headline_rows(analyses, names),
            "corroboration": corroboration_context(data["corroboration"], names),
            "data": data}


def _forms(per: dict[str, Any]) -> list[str]:
    shown = [f"{f['text']} ×{f['count']} ({f['form']})" for f in per["forms"][:FORMS_SHOWN]]
    more = len(per["forms"]) - FORMS_SHOWN
    return shown + ([f"+{more} more"] if more > 0 else [])


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "n/a"


def _voice(v: dict[str, Any]) -> str:
    quotes = f"{v['quotes']} quotation{'s' * (v['quotes'] != 1)}, " if v["quotes"] else ""
    return f"{v['voice']} ({v['kind']}): {quotes}{v['words']} words"


def framing_markdown(fr: dict[str, Any], cell: Any, table: Any) -> list[str]:
    """The section in Markdown; ``cell`` and ``table`` are the Markdown report's own."""
    names = fr["names"]
    lines = ["## Framing: naming, distinctive words and voices"]
    lines += frames_markdown(fr["frames"], names, table)
    lines += ["", "How each text names the actors two or more of them mention:", ""]
    if fr["naming"]:
        lines += table(["Actor", *names], [[f"{r['actor']} ({r['kind']})",
                                            *["; ".join(c) or "—" for c in r["cells"]]]
                                           for r in fr["naming"]], numbers=False)
    else:
        lines += ["No actor is named by two or more of the texts."]
    lines += ["", "Distinctive words and phrases (weighted log-odds against the other texts, "
              "z ≥ 1.96; count here, z):", ""]
    lines += table(["", *names], [["words", *["; ".join(v) or "none" for v in fr["vocabulary"]]]],
                   numbers=False)
    lines += ["", "Voices (who is quoted or cited, and how many words are theirs):", ""]
    rows = [["words: narrator / quoted or reported",
             *[f"{v['narrator_words']} / {v['quoted_words']} ({v['narrator_share']} narrator)"
               for v in fr["voices"]]],
            ["voices", *["; ".join(v["voices"]) or "none" for v in fr["voices"]]],
            ["only in this text", *["; ".join(v["only_here"]) or "—" for v in fr["voices"]]]]
    lines += table(["", *names], rows, numbers=False)
    return [cell(line) if line and not line.startswith("|") else line for line in lines] + [""]


def framing_json(analyses: list[Analysis]) -> str:
    """The framing tables as JSON, named as the report names the documents, with each
    document's ``headline`` checks; for the seeds, what ``tests/golden/seed_framing.json``
    holds."""
    from analysis.report.signals import short_name

    names = [short_name(a, i) for i, a in enumerate(analyses)]
    data = compare(analyses, names=names)
    data["headlines"] = {n: a.headline for n, a in zip(names, analyses, strict=True)}
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
