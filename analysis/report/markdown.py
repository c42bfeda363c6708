"""The Markdown report: summary, signal table, index tables and the evidence lists."""

from __future__ import annotations

from typing import Any

from analysis.report.checks import checks_markdown
from analysis.report.framing import framing_markdown


def render_markdown(ctx: dict[str, Any], title: str) -> str:
    lines = [f"# {title}", "", "_This shows how a text is written, not whether it is true._", ""]
    lines += ["## Summary", "", _cell(ctx["intro"]), ""]
    lines += [f"- **{f.signal}.** {_cell(f.text)}" for f in ctx["findings"]]
    names = ctx["names"]
    lines += ["", "## Signals", "", "Rates are per 1,000 words; n/a means undefined. Last "
              f"column: the middle half of {_cell(ctx['reference'])}.", ""]
    lines += [line for note in ctx.get("short_notes", []) for line in (_cell(note), "")]
    lines += [line for note in ctx.get("genre_notes", []) for line in (_cell(note), "")]
    lines += _table(["Signal", *names, "News (middle half)"],
                    [[r["name"], *r["cells"], r["news"]] for r in ctx["signal_rows"]])
    lines += ["", "## Indices", "", _cell(ctx["style_not_truth"]), ""]
    for ix in ctx["indices"]:
        lines += [f"### {ix['title']}", "", f"`{ix['formula']}`", ""]
        body = [[f"{c['column']} (cap {c['cap']}, weight {c['weight']})", *c["cells"]]
                for c in ix["components"]]
        body.append([f"**{ix['title']}**", *[f"**{t}**" for t in ix["totals"]]])
        lines += _table(["Component: value → points", *names], body) + [""]
    lines += framing_markdown(ctx["framing"], _cell, _table)
    fr = ctx["framing"]
    lines += checks_markdown(fr["headlines"], fr["corroboration"], names, _cell, _table)
    lines += ["## Questions, superlatives and attributions", ""]
    for d in ctx["docs"]:
        lines += [f"### {_cell(d['name'])}", ""]
        for lst in d["lists"]:
            lines += [f"#### {lst['title']}", ""]
            lines += _items(lst) + [""]
    lines += ["## Questions for discussion", ""]
    lines += [f"{i}. {_cell(q)}" for i, q in enumerate(ctx["questions"], 1)]
    return "\n".join(lines).rstrip("\n") + "\n"


def _items(lst: dict[str, Any]) -> list[str]:
    if not lst["items"]:
        return ["None found."]
    head = ["Words", "Kind", "Whose words"]
    if lst["key"] == "attributions":
        head.append("Source")
    rows = []
    for it in lst["items"]:
        row = [it["text"], it["label"], it["voice"]]
        if lst["key"] == "attributions":
            row.append(it["source"] or "—")
        rows.append(row)
    return _table(head, rows, numbers=False)


def _table(head: list[str], rows: list[list[str]], numbers: bool = True) -> list[str]:
    align = "---:" if numbers else "---"
    out = ["| " + " | ".join(_cell(h) for h in head) + " |",
           "|" + "|".join(["---"] + [align] * (len(head) - 1)) + "|"]
    out += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return out


def _cell(text: str) -> str:
    """One line, with the characters that would break a table or inject HTML escaped."""
    text = " ".join(str(text).split())
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")


def framing_excerpt(ctx: dict[str, Any]) -> str:
    """The summary's framing findings and the framing, headline and corroboration sections
    of the Markdown report: what ``tests/golden/seed_framing.md`` holds for the seeds."""
    from analysis.report.framing_summary import TITLES

    md = render_markdown(ctx, "")
    start, end = md.index("## Framing:"), md.index("## Questions, superlatives")
    findings = [f"- **{f.signal}.** {_cell(f.text)}" for f in ctx["findings"]
                if f.signal in TITLES]
    return "\n".join(["## Summary (framing findings)", "", *findings, "", md[start:end]]
                     ).rstrip("\n") + "\n"
