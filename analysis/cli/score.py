"""``credibility score [FILE ...]``: score articles in the terminal or as JSON.

Each FILE (or standard input when there is none) is read, converted (saved web page,
Markdown or text), cleaned of page furniture, checked to be English and analysed. A file
that cannot be used gets one line on standard error and the others go on. Exit code: 0
when every file was scored, 1 when some were, 2 when none was.

``--json`` prints the documented ``credibility/1`` object, with two additions:
``percentiles`` (each comparable score's percentile rank among professional news
articles) and ``reference`` (what they are compared with). With several files it prints a
list of such objects, in the order given. A text under 150 words (after cleaning) is too
short to compare: every percentile is null and ``percentiles_withheld`` says why.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from typing import Any

from analysis.intake.loading import InputError
from analysis.intake.pipeline import DEFAULT_MAX_BYTES, Scored, score_file

PROG = "credibility"
PASTE_HINT = ("Paste the article, then press Ctrl-D on a new line (Ctrl-Z then Enter on "
              "Windows). Ctrl-C cancels.")
_SIZE = re.compile(r"(\d+(?:\.\d+)?)\s*([kmg]?)b?", re.I)
_UNITS = {"": 1, "k": 1_000, "m": 1_000_000, "g": 1_000_000_000}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The ``score`` subcommand's arguments."""
    parser.add_argument("files", nargs="*", metavar="FILE",
                        help="text (.txt), Markdown (.md) or saved web page (.html) files; "
                             "standard input when none is given (or for '-')")
    parser.add_argument("--json", action="store_true",
                        help="print the analysis as JSON (schema credibility/1, with "
                             "percentiles against professional news)")
    parser.add_argument("--explain", action="store_true",
                        help="also say what each signal means and why it matters")
    parser.add_argument("--no-clean", action="store_true",
                        help="analyse all the text as given: no page-furniture removal, no "
                             "article extraction from web pages")
    parser.add_argument("--max-bytes", type=byte_size, default=DEFAULT_MAX_BYTES,
                        metavar="SIZE", help="refuse larger inputs (default: 5MB; e.g. "
                                             "200KB, 20MB, 1000000)")


def byte_size(text: str) -> int:
    """'5MB', '200kb', '1000000' -> bytes (for --max-bytes)."""
    match = _SIZE.fullmatch(text.strip())
    if not match or float(match.group(1)) <= 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size like 5MB, 200KB or 1000000")
    return int(float(match.group(1)) * _UNITS[match.group(2).lower()])


def run(args: argparse.Namespace) -> int:
    """Score every input; return the exit code."""
    files = list(args.files) or ["-"]
    if "-" in files and sys.stdin is not None and _is_tty(sys.stdin):
        if args.explain and not args.files:
            from analysis.cli.terminal import console, explain_only

            explain_only(console())
            return 0
        print(PASTE_HINT, file=sys.stderr)
    scored, failures = [], 0
    for file in files:
        try:
            scored.append(score_file(file, clean_text=not args.no_clean,
                                     max_bytes=args.max_bytes))
        except InputError as exc:
            _error(str(exc))
            failures += 1
            continue
        if not args.json:
            _print_terminal(scored[-1], first=len(scored) == 1)
    if args.json and scored:
        data = [to_json(s) for s in scored]
        print(json.dumps(data[0] if len(files) == 1 else data, ensure_ascii=False, indent=2))
    elif args.explain and scored:
        from analysis.cli.terminal import console, explain_only

        explain_only(console(), limits=False)
    return 0 if not failures else (2 if not scored else 1)


def to_json(scored: Scored) -> dict[str, Any]:
    """The ``credibility/1`` object, with cleaning, percentiles and the reference."""
    from analysis.scoring.reference import SHORT_TEXT, percentiles, reference, too_short_note

    out = scored.analysis.to_dict()
    out["cleaning"] = scored.cleaning_dict()
    out["percentiles"] = percentiles(out["scores"])
    note = too_short_note(out["scores"])
    if note:  # too short to compare: the keys stay, every value is null, and why
        out["percentiles"] = dict.fromkeys(out["percentiles"])
        out["percentiles_withheld"] = {"reason": "too_short", "words": out["scores"]["words"],
                                       "minimum_words": SHORT_TEXT, "message": note}
    ref = reference()
    out["reference"] = {
        "name": ref.name, "n": ref.n,
        "sources": [{"file": s["file"], "n": s["n"], "outlets": s.get("outlets", {})}
                    for s in ref.sources],
        "percentile": ref.raw.get("percentile", ""),
    }
    return out


def _print_terminal(scored: Scored, *, first: bool) -> None:
    from analysis.cli.plain import print_document

    if print_document(scored, first=first):  # no colour: the same characters, without rich
        return
    from analysis.cli.terminal import console, render

    out = console()
    if not first:
        out.rule()
    render(scored, out)


def _is_tty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False


def _error(message: str) -> None:
    print(f"{PROG}: {' '.join(message.split())}", file=sys.stderr)
