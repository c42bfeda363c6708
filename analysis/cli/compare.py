"""``credibility compare A B [C ...]``: several articles side by side, in the terminal or as
JSON: how each names the actors they share, the words that set each apart, whose voices
each carries and which of its claims the others back up (``analysis.compare``).

Inputs are read exactly as ``score`` reads them (text, Markdown, saved web pages, ``-`` for
standard input, page furniture removed unless ``--no-clean``). A file that cannot be used
gets one line on standard error and the others go on. Exit code: 0 when every input was
compared, 1 when some were left out, 2 when fewer than two could be used.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from analysis.cli.score import byte_size
from analysis.extractors.frames import GENERIC  # the five generic frames, in order
from analysis.intake.loading import InputError
from analysis.intake.pipeline import DEFAULT_MAX_BYTES, score_file

PROG = "credibility"
FORMS_SHOWN = 4
TERMS_SHOWN = 8
VOICES_SHOWN = 5
EXAMPLES = """examples:
  credibility compare a.txt b.txt          naming, distinctive words and voices, side by side
  credibility compare a.txt b.html c.md    saved web pages and Markdown too
  credibility compare a.txt b.txt --json   the same tables as JSON
  cat a.txt | credibility compare - b.txt  one article from standard input
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The ``compare`` subcommand's arguments."""
    parser.add_argument("files", nargs="+", metavar="FILE",
                        help="two or more articles: text (.txt), Markdown (.md) or saved web "
                             "pages (.html); '-' for standard input (once)")
    parser.add_argument("--json", action="store_true", help="print the tables as JSON")
    parser.add_argument("--no-clean", action="store_true",
                        help="compare all the text as given: no page-furniture removal")
    parser.add_argument("--max-bytes", type=byte_size, default=DEFAULT_MAX_BYTES,
                        metavar="SIZE", help="refuse larger inputs (default: 5MB)")


def run(args: argparse.Namespace) -> int:
    """Compare every usable input; return the exit code."""
    if args.files.count("-") > 1:
        raise InputError("standard input ('-') can be read only once")
    analyses, names, failures = [], [], 0
    for file in args.files:
        try:
            scored = score_file(file, clean_text=not args.no_clean, max_bytes=args.max_bytes)
        except InputError as exc:
            _error(str(exc))
            failures += 1
            continue
        analyses.append(scored.analysis)
        names.append(_unique(Path(scored.name).name or scored.name, names))
    if len(analyses) < 2:
        raise InputError(f"compare needs at least two usable articles; got {len(analyses)}")
    from analysis import compare

    data = compare(analyses, names=names)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        from analysis.cli.terminal import console

        render(data, console())
    return 1 if failures else 0


def _unique(name: str, taken: list[str]) -> str:
    out, n = name, 2
    while out in taken:
        out, n = f"{name} ({n})", n + 1
    return out


def render(data: dict[str, Any], out: Any) -> None:
    """The three tables, one column per document."""
    from rich import box
    from rich.table import Table

    names = [d["name"] for d in data["documents"]]

    def table(title: str, first: str) -> Table:
        t = Table(title=title, box=box.SIMPLE_HEAD, title_justify="left", show_lines=True)
        t.add_column(first, style="bold", overflow="fold")
        for name in names:
            t.add_column(name, overflow="fold")
        return t

    naming = table("How each names the actors they share", "actor")
    for row in data["naming"]:
        naming.add_row(f"{row['actor']} ({row['kind']})", *[_forms(p) for p in row["per_document"]])
    if not data["naming"]:
        naming.add_row("(no actor is named by two or more of them)", *[""] * len(names))
    out.print(naming)
    vocab = table("Distinctive words (weighted log-odds, z >= 1.96)", "")
    vocab.add_row("", *["\n".join(f"{t['term']} ({t['count']}; z {t['z']:.1f})"
                                  for t in d["distinctive"][:TERMS_SHOWN]) or "(none)"
                        for d in data["vocabulary"]])
    out.print(vocab)
    voices = table("Voices: who is quoted or cited", "")
    voices.add_row("words", *[f"{v['words']}: {v['narrator_words']} narrator, "
                              f"{v['quoted_words']} quoted or reported" for v in data["voices"]])
    voices.add_row("voices", *["\n".join(_voice(x) for x in v["voices"][:VOICES_SHOWN])
                               or "(none)" for v in data["voices"]])
    voices.add_row("only here", *["; ".join(v["only_here"]) or "-" for v in data["voices"]])
    out.print(voices)
    if any(data.get("frames") or []):
        _frames(data["frames"], table, out)
    _corroboration(data["corroboration"], names, table, out)




def _frames(frames: list[dict[str, Any] | None], table: Any, out: Any) -> None:
    """Share of sentences per generic frame, and the frames judged present."""
    per = [f or {"generic": [], "policy": [], "profile": {}} for f in frames]
    t = table("Frames: share of sentences (generic news frames)", "frame")
    for g in GENERIC:
        t.add_row(g.replace("_", " "), *[_share(p["profile"].get(g)) for p in per])
    for key in ("generic", "policy"):
        t.add_row(f"{key} frames present", *["\n".join(x.replace("_", " ") for x in p[key])
                                             or "-" for p in per])
    out.print(t)


def _corroboration(corr: dict[str, Any], names: list[str], table: Any, out: Any) -> None:
    """Counts per document, then every claim another text backs up or contradicts, with
    the sentence that does (single-source claims are only counted: the report lists them)."""
    docs = {d["id"]: d for d in corr["documents"]}
    counts = table("Claims another text backs up (check-worthy: a number, date or name)", "")
    for key, label in (("claims", "claims"), ("corroborated", "backed up"),
                       ("conflicting", "conflicting"), ("single_source", "single source")):
        counts.add_row(label, *[str(docs[n][key]) for n in names])
    counts.add_row("share backed up", *[_share(docs[n]["share_corroborated"]) for n in names])
    out.print(counts)
    shown = [c for c in corr["claims"] if c["label"] != "single-source"]
    if not shown:
        out.print("No claim is backed up or contradicted by another text.", markup=False)
    for c in shown:
        top = c["matches"][0] if c["matches"] else None
        out.print(f"{c['doc']}, {c['label']} ({c['score']:.2f}): {c['text']}", markup=False)
        if c.get("conflict"):
            k = c["conflict"]
            out.print(f"  {k['doc']} gives {k['other']} where this gives {k['this']}",
                      markup=False)
        elif top:
            out.print(f"  {top['doc']}: {top['text']}", markup=False)


def _share(share: float | None) -> str:
    return "n/a" if share is None else f"{100 * share:.0f}%"


def _forms(per: dict[str, Any]) -> str:
    if not per["mentions"]:
        return "-"
    shown = [f"{f['text']} ×{f['count']}" for f in per["forms"][:FORMS_SHOWN]]
    more = len(per["forms"]) - FORMS_SHOWN
    return "\n".join(shown + ([f"(+{more} more)"] if more > 0 else []))


def _voice(v: dict[str, Any]) -> str:
    quotes = f"{v['quotes']} quote{'s' * (v['quotes'] != 1)}, " if v["quotes"] else ""
    return f"{v['voice']} ({v['kind']}): {quotes}{v['words']} words"


def _error(message: str) -> None:
    print(f"{PROG}: {' '.join(message.split())}", file=sys.stderr)
