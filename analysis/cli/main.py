"""The ``credibility`` command: thin commands over the library.

Exit codes: 0 success; 1 an unexpected internal error (reported in one line) or, for
``report``, some files were skipped; 2 bad input or usage; 130 interrupted.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from analysis.intake.formats import convert
from analysis.intake.loading import InputError, read_document
from analysis.intake.pipeline import analyse_text  # noqa: F401 - part of this module's API

PROG = "credibility"
REPORT_EXAMPLES = """examples:
  credibility report                      compare the four seed texts into reports/
  credibility report a.txt b.txt --out out --name week3
                                          compare your own articles (one per file)
"""
SCORE_EXAMPLES = """examples:
  credibility score                       paste an article, then Ctrl-D
  credibility score article.txt           summary, signals against news, flagged sentences
  credibility score saved_page.html       a saved web page: the article is extracted
  credibility score a.txt b.md --explain  several files, and what each signal means
  credibility score article.txt --json    JSON (schema credibility/1, with percentiles)
  pbpaste | credibility score -           read the article from standard input
  credibility score page.txt --no-clean   keep page furniture (menus, cookie notices...)
"""


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The argument parser with the ``report``, ``score``, ``compare``, ``serve``,
    ``worksheet`` and ``batch`` subcommands; with ``only="score"``, the ``score`` one alone
    (the others' modules are not imported: ``credibility score`` starts sooner, and parses
    and reports errors alike, as no message of it lists the commands)."""
    from analysis import __version__

    parser = argparse.ArgumentParser(
        prog=PROG, formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Flag media-literacy signals (hedging, rhetorical questions, unsourced "
                    "superlatives, specificity, sourcing, readability) in English news text, "
                    "each traced to the words that triggered it.",
        epilog=REPORT_EXAMPLES + "\n" + SCORE_EXAMPLES)
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for add in (_add_score,) if only == "score" else (_add_report, _add_score, _add_compare,
                                                       _add_others):
        add(sub)
    return parser


def _add_compare(sub: Any) -> None:
    from analysis.cli.compare import EXAMPLES as COMPARE_EXAMPLES
    from analysis.cli.compare import add_arguments as compare_arguments

    compare = sub.add_parser(
        "compare", help="compare articles side by side: naming, words, voices, frames, claims",
        description="Put two or more articles side by side: how each names the actors they "
                    "share, the words that set each apart, whose voices each carries, the "
                    "frames each uses, and which of its claims the others back up. "
                    "Inputs are read as for 'score'.",
        epilog=COMPARE_EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    compare_arguments(compare)
    compare.set_defaults(func=cmd_compare)


def _add_others(sub: Any) -> None:
    from analysis.cli.serve import register  # serve, worksheet (no Flask import here)

    register(sub)
    from analysis.cli.batch import register as register_batch  # stdlib only until it runs

    register_batch(sub)


def _add_report(sub: Any) -> None:
    report = sub.add_parser(
        "report", help="compare documents in an HTML, Markdown and CSV report",
        description="Analyse several documents and write a comparison report. With no "
                    "FILES, the four seed texts (seeds/manifest.json) are compared. Files that "
                    "cannot be used are reported and skipped (exit code 1; 2 if none is usable).",
        epilog=REPORT_EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    report.add_argument("files", nargs="*", metavar="FILES",
                        help="articles: plain text, Markdown or saved web pages")
    report.add_argument("--out", default="reports", metavar="DIR",
                        help="output folder (default: reports)")
    report.add_argument("--name", metavar="NAME",
                        help="file name stem (default: seed_comparison for the seeds, "
                             "else comparison)")
    report.set_defaults(func=cmd_report)


def _add_score(sub: Any) -> None:
    score = sub.add_parser(
        "score", help="score articles against professional news and list the flagged evidence",
        description="Score articles: plain text, Markdown or saved web pages (the article "
                    "is extracted), or standard input when no FILE is given. Page furniture "
                    "is removed first unless --no-clean is given. Each signal is shown with "
                    "its percentile among professional news articles and the seeds' values. "
                    "A file that cannot be used is reported and skipped (exit code 1; 2 if "
                    "none is usable).",
        epilog=SCORE_EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    from analysis.cli.score import add_arguments

    add_arguments(score)
    score.set_defaults(func=cmd_score)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code (never raises, never prints a traceback)."""
    try:
        _tolerant_stdout()
        argv = sys.argv[1:] if argv is None else list(argv)
        args = build_parser("score" if argv[:1] == ["score"] else None).parse_args(argv)
        return int(args.func(args))
    except SystemExit as exc:  # argparse: --help, --version, usage errors
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    except InputError as exc:
        _error(str(exc))
        return 2
    except KeyboardInterrupt:
        _error("interrupted")
        return 130
    except BrokenPipeError:
        _silence_stdout()
        return 0
    except Exception as exc:  # the promise: one line, no traceback
        if os.environ.get("CREDIBILITY_DEBUG"):
            raise
        _error(f"internal error: {type(exc).__name__}: {exc} "
               "(set CREDIBILITY_DEBUG=1 for details)")
        return 1


# --- score ---------------------------------------------------------------------------------

def cmd_score(args: argparse.Namespace) -> int:
    from analysis.cli.score import run

    return run(args)


def cmd_compare(args: argparse.Namespace) -> int:
    from analysis.cli.compare import run

    return run(args)


# --- report --------------------------------------------------------------------------------

def cmd_report(args: argparse.Namespace) -> int:
    name = args.name or ("comparison" if args.files else "seed_comparison")
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*", name):
        raise InputError(f"--name {name!r}: use letters, digits, '.', '_' or '-' only")
    analyses, failures = (_analyse_files(args.files) if args.files else (_analyse_seeds(), 0))
    if not analyses:
        raise InputError("none of the files could be used")
    out = Path(args.out)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"{out}: cannot create the output folder ({exc.strerror})") from None
    try:
        paths = _write_report(analyses, out, name)
    except OSError as exc:  # a read-only folder, a full disk, a folder where a file goes
        raise InputError(f"{out}: cannot write there ({exc.strerror or exc})") from None
    for path in paths:
        print(path)
    return 1 if failures else 0


def _analyse_seeds() -> list[Any]:
    from analysis.core import analyze
    from analysis.intake.seeds import load_seeds

    return [analyze(seed.text, meta=seed.meta) for seed in load_seeds()]


def _analyse_files(files: Sequence[str]) -> tuple[list[Any], int]:
    analyses, failures, ids = [], 0, set()
    for file in files:
        try:
            loaded = read_document(file)
            page = convert(loaded.text, loaded.name)  # a saved page or Markdown, as `score`
            analysis, _ = analyse_text(page.text, loaded.name, meta=page.meta,
                                       source=page.source)
        except InputError as exc:
            _error(str(exc))
            failures += 1
            continue
        ident, n = analysis.meta["id"], 2
        while analysis.meta["id"] in ids:
            analysis.meta["id"] = f"{ident}-{n}"
            n += 1
        ids.add(analysis.meta["id"])
        analyses.append(analysis)
    return analyses, failures


def _write_report(analyses: list[Any], out: Path, name: str) -> list[Path]:
    try:  # imported here: pandas and matplotlib stay off the `score` path
        from analysis.report import write_report
    except ImportError as exc:
        raise RuntimeError(f"the report generator is not available ({exc})") from None
    return list(write_report(analyses, out, name=name))


# --- helpers -------------------------------------------------------------------------------

def _error(message: str) -> None:
    print(f"{PROG}: {' '.join(message.split())}", file=sys.stderr)


def _tolerant_stdout() -> None:
    """Never fail on a character the terminal's encoding cannot show."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(AttributeError, ValueError, OSError):
            stream.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]


def _silence_stdout() -> None:
    with contextlib.suppress(OSError, ValueError, AttributeError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


if __name__ == "__main__":
    sys.exit(main())
