"""``credibility batch INPUT... --out OUTPUT``: score a corpus into one table.

One row per document, in input order, written as it is scored (CSV, JSON Lines or Parquet
by the output's extension). A document that cannot be scored gets a row with ``error``
and the run goes on. Exit code as for ``score``: 0 when every document was scored, 1 when
some were, 2 when none was (or the inputs or options are wrong), 130 when interrupted
(continue with ``--resume``).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from analysis.cli.score import byte_size
from analysis.intake.pipeline import DEFAULT_MAX_BYTES

PROG = "credibility"
EXAMPLES = """examples:
  credibility batch corpus.jsonl --out scores.csv          {"id", "text", ...} per line
  credibility batch news.csv --text-column body --id-column url --out scores.parquet
  credibility batch saved_pages/ --out scores.jsonl --evidence
  credibility batch links.urls --out scores.csv            one web address a line
  credibility batch corpus.jsonl --out scores.csv --resume  continue an interrupted run
  credibility batch corpus.parquet --out s.parquet --engine dask --scheduler tcp://host:8786
"""


def register(sub: Any) -> None:
    """Add the ``batch`` subcommand to the ``credibility`` parser."""
    parser = sub.add_parser(
        "batch", help="score a corpus (JSON Lines, CSV, Parquet, a folder) into one table",
        description=__doc__.split("\n\n")[1].replace("\n", " "), epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help=".jsonl, .csv or .parquet files, folders of .txt/.md/.html "
                             "files, such files, web addresses, or .urls lists of addresses")
    parser.add_argument("--out", required=True, type=Path, metavar="OUTPUT",
                        help="the table to write: .csv, .jsonl or .parquet")
    parser.add_argument("--text-column", default="text", metavar="NAME",
                        help="the field holding the text (default: text)")
    parser.add_argument("--id-column", default="id", metavar="NAME",
                        help="the field holding the id (default: id; else the row number)")
    parser.add_argument("--evidence", action="store_true",
                        help="add every evidence span (JSON Lines output only)")
    parser.add_argument("--workers", type=_count, default=_cores(), metavar="N",
                        help="processes (default: all cores, here %(default)s)")
    parser.add_argument("--engine", choices=("local", "dask"), default="local",
                        help="local processes, or Dask (pip install 'credibility[dask]')")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="a running Dask scheduler (default: start a LocalCluster)")
    parser.add_argument("--resume", action="store_true",
                        help="continue an interrupted run with the same inputs and options")
    parser.add_argument("--no-clean", action="store_true",
                        help="analyse all the text as given (no page-furniture removal)")
    parser.add_argument("--max-bytes", type=byte_size, default=DEFAULT_MAX_BYTES,
                        metavar="SIZE", help="longer documents become error rows (default 5MB)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run the batch; return the exit code."""
    from analysis.batch.inputs import Columns, count
    from analysis.batch.rows import Options
    from analysis.batch.run import Job
    from analysis.batch.run import run as run_job

    if args.scheduler and args.engine != "dask":
        raise SystemExit(_usage("--scheduler needs --engine dask"))
    job = Job(list(args.inputs), args.out, Columns(args.text_column, args.id_column),
              Options(not args.no_clean, args.max_bytes, args.evidence),
              args.workers, args.engine, args.scheduler, args.resume)
    import signal  # here, not at the top: `credibility score` builds this parser too

    previous = signal.signal(signal.SIGTERM, _interrupt)  # kill: stop as Ctrl-C does
    try:
        with _Progress(count(job.sources) if _is_tty(sys.stderr) else None) as bar:
            outcome = run_job(job, progress=bar.advance, started=bar.start_at)
    finally:
        signal.signal(signal.SIGTERM, previous)
    note = f" ({outcome.resumed:,} from the interrupted run)" if outcome.resumed else ""
    print(f"{args.out}: {outcome.done:,} documents{note}, {outcome.scored:,} scored, "
          f"{outcome.failed:,} with an error", file=sys.stderr)
    if not outcome.failed:
        return 0
    return 2 if not outcome.scored else 1


class _Progress:
    """A rich progress bar on standard error (documents per second, time left), only on a
    terminal: piped or redirected, nothing is drawn."""

    def __init__(self, total: int | None) -> None:
        self.total, self.bar, self.task = total, None, None

    def __enter__(self) -> _Progress:
        if self.total is None:
            return self
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
        )

        self.bar = Progress(TextColumn("scoring"), BarColumn(), MofNCompleteColumn(),
                            TextColumn("{task.fields[rate]} docs/s"), TimeRemainingColumn(),
                            console=Console(stderr=True), transient=True,
                            auto_refresh=False)  # no drawing thread: workers may be forked
        self.bar.start()
        self.task = self.bar.add_task("batch", total=self.total, rate="–")
        return self

    def start_at(self, done: int) -> None:
        """Resuming: the rows already written count as done, not as speed."""
        if self.bar is not None and done:
            self.bar.reset(self.task, total=max(0, (self.total or 0) - done), rate="–")

    def advance(self, n: int) -> None:
        if self.bar is not None:
            self.bar.advance(self.task, n)
            speed = self.bar.tasks[0].speed
            self.bar.update(self.task, rate=f"{speed:,.1f}" if speed else "–", refresh=True)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _count(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of 1 or more")
    return int(text)


def _usage(message: str) -> int:
    print(f"{PROG} batch: {message}", file=sys.stderr)
    return 2


def _is_tty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False


def _cores() -> int:
    """The cores this process may run on (a container's limit, not the machine's)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):  # not Linux
        return os.cpu_count() or 1
