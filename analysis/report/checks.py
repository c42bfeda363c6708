"""The report's headline checks and corroboration sections, as plain data and Markdown.

Headlines: per document, the title's clickbait score and its hooks, the body's stance
towards the title and each checkable claim of the title looked up in the body
(``analysis.headline``). Corroboration: each document's check-worthy claims, the label and
score ``corroborate`` gave them and the closest sentence elsewhere, and per document the
share of its claims another text backs up. Everything is read from data computed once
(``Analysis.headline`` and ``compare()``'s ``corroboration``), in document order.
"""

from __future__ import annotations

from typing import Any

from analysis.core import Analysis

STATUS_WORDS = {"supported": "supported", "contradicted": "contradicted",
                "repeated_without_figure": "repeated without a figure",
                "not_mentioned": "not mentioned"}
STANCE_WORDS = {"agree": "agrees with it", "disagree": "disagrees with it",
                "discuss": "discusses it without taking a side",
                "unrelated": "is about something else"}
LABEL_WORDS = {"corroborated": "backed up", "conflicting": "conflicting",
               "single-source": "single source"}


def headline_rows(analyses: list[Analysis], names: list[str]) -> list[dict[str, Any]]:
    """One row per document: title, clickbait score and hooks, stance, claims."""
    rows = []
    for a, name in zip(analyses, names, strict=True):
        h = a.headline
        if h is None:
            rows.append({"name": name, "title": "", "clickbait": "", "hooks": [],
                         "stance": "", "claims": []})
            continue
        hooks = [f"“{e['text']}” ({e['label'].replace('_', ' ')})" for e in h["evidence"]]
        rows.append({
            "name": name, "title": str(a.meta["title"]),
            "clickbait": f"{h['clickbait_score']:.2f} "
                         f"({'reads as clickbait' if h['clickbait'] else 'not clickbait'})",
            "hooks": hooks,
            "stance": f"the body {STANCE_WORDS[h['stance']]}" if h["stance"] else "no body",
            "claims": [{"text": c["text"], "kind": c["kind"], "status": c["status"],
                        "words": STATUS_WORDS[c["status"]], "explanation": c["explanation"]}
                       for c in h["claims"]],
        })
    return rows


def corroboration_context(data: dict[str, Any], names: list[str]) -> dict[str, Any]:
    """Per-document counts and the claims, grouped by document, from ``corroborate``."""
    docs = {d["id"]: d for d in data["documents"]}
    per = [docs[n] for n in names]
    groups = [{"name": n, "claims": [_claim(c) for c in data["claims"] if c["doc"] == n]}
              for n in names]
    return {
        "counts": [{"claims": d["claims"], "corroborated": d["corroborated"],
                    "conflicting": d["conflicting"], "single_source": d["single_source"],
                    "share": _share(d["share_corroborated"])} for d in per],
        "groups": groups,
        "threshold": f"{data['thresholds']['corroborated']:g}",
    }


def _claim(c: dict[str, Any]) -> dict[str, Any]:
    top = c["matches"][0] if c["matches"] else None
    match = f"{top['doc']}: “{top['text']}” ({top['score']:.2f})" if top else "—"
    conflict = c.get("conflict")
    if conflict:
        match += (f" — {conflict['doc']} gives {conflict['other']} where this text gives "
                  f"{conflict['this']}")
    return {"text": c["text"], "voice": c["voice"], "label": c["label"],
            "words": LABEL_WORDS[c["label"]], "score": f"{c['score']:.2f}", "match": match}


def _share(share: float | None) -> str:
    return "n/a" if share is None else f"{100 * share:.0f}%"


def checks_markdown(headlines: list[dict[str, Any]], corr: dict[str, Any],
                    names: list[str], cell: Any, table: Any) -> list[str]:
    """Both sections in Markdown; ``cell`` and ``table`` are the Markdown report's own."""
    lines = ["## Headlines: does the body bear the title out?", "",
             "Clickbait score 0 to 1 (a model over the title's hooks and shape); the "
             "body's stance towards the title; and each number, name or place of the title "
             "looked up in the body.", ""]
    rows = []
    for h in headlines:
        claims = "; ".join(f"“{c['text']}” ({c['kind']}): {c['words']}" for c in h["claims"])
        rows.append([h["name"], h["title"] or "(no title)", h["clickbait"] or "—",
                     "; ".join(h["hooks"]) or "none", h["stance"] or "—", claims or "—"])
    lines += table(["Text", "Title", "Clickbait", "Hooks", "Body", "Title claims"], rows,
                   numbers=False)
    lines += ["", "## Corroboration: which claims do the other texts back up?", "",
              CORROBORATION_NOTE.format(threshold=corr["threshold"]), ""]
    counts = corr["counts"]
    lines += table(["", *names], [
        ["check-worthy claims", *[str(c["claims"]) for c in counts]],
        ["backed up elsewhere", *[str(c["corroborated"]) for c in counts]],
        ["conflicting", *[str(c["conflicting"]) for c in counts]],
        ["single source", *[str(c["single_source"]) for c in counts]],
        ["share backed up", *[c["share"] for c in counts]]])
    for g in corr["groups"]:
        lines += ["", f"### Claims in {g['name']}", ""]
        if not g["claims"]:
            lines += ["No check-worthy claim (a sentence with a number, date or name)."]
            continue
        lines += table(["Claim", "Whose words", "Label", "Score", "Closest elsewhere"],
                       [[c["text"], c["voice"], c["words"], c["score"], c["match"]]
                        for c in g["claims"]], numbers=False)
    return [cell(line) if line and not line.startswith("|") else line for line in lines] + [""]


CORROBORATION_NOTE = (
    "A check-worthy claim is a sentence with a number, a date or a name. For each, the "
    "closest sentence in the other texts (shared words weighted by rarity; score 0 to 1). "
    "Backed up: score at least {threshold}, and the two share a specific that is not the "
    "whole set's topic, or neither has one. Conflicting: the same counted thing with "
    "another number. Otherwise single source, the answer when unsure. Texts that tell "
    "different stories back each other up rarely; a single-source claim is not a false "
    "one, only one no other text here repeats.")
