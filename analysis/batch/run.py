"""Run a batch: records in, rows out, in input order, on one core, all cores or a cluster.

The records are cut into chunks and handed to the engine a few chunks ahead of the one
being written (``WINDOW`` per worker), so memory holds only those chunks whatever the
corpus size, every worker stays busy, and rows come out in input order. The engines differ
only in where ``score_chunk`` runs: here (one worker), a pool of processes, or Dask (a
``LocalCluster`` or the scheduler at ``--scheduler``); the same function on the same
records gives the same rows, so every engine and worker count writes the same file.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from analysis.batch.inputs import Columns, Record, carried_fields, records
from analysis.batch.outputs import Writer, column_types, output_format
from analysis.batch.rows import META, Options, probe_scores, score_chunk
from analysis.core import warm_up
from analysis.intake.loading import InputError

CHUNK = 8  # records per task: small enough to keep order cheap, big enough to cut overhead
WINDOW = 4  # chunks in flight per worker
# The pool is replaced after this many chunks (4,000 documents): analyze()'s look-up tables
# (syllables, hyphenation patterns) grow with every new word they see, about 0.2 MB per
# 1,000 short news texts, so a worker that lived for a million documents would keep growing.
# (Not max_tasks_per_child: on Python 3.11 its pool can hang at shutdown.)
RECYCLE = 500

Submit = Callable[..., Any]  # submit(fn, *args) -> a future with .result()


@dataclass
class Job:
    """One batch run, as the command line describes it."""

    sources: list[str]
    out: Path
    columns: Columns = field(default_factory=Columns)
    options: Options = field(default_factory=Options)
    workers: int = 1  # processes; 0 scores in this process (for tests and notebooks)
    engine: str = "local"
    scheduler: str | None = None
    resume: bool = False
    dask_processes: bool = True  # a LocalCluster of processes (False: threads, for tests)


@dataclass
class Outcome:
    """How a run ended: documents written in all (with a resumed part), scored, failed."""

    done: int
    scored: int
    failed: int
    resumed: int


def run(job: Job, progress: Callable[[int], None] | None = None,
        started: Callable[[int], None] | None = None) -> Outcome:
    """Score every record of ``job.sources`` into ``job.out``; resumable if interrupted.

    ``progress(n)`` is called after every chunk of ``n`` rows written; ``started(n)`` once,
    with the number of rows an interrupted run had already written."""
    fmt = output_format(job.out)
    if job.options.evidence and fmt != "jsonl":
        raise InputError(f"--evidence: evidence spans go only into JSON Lines output "
                         f"(an --out ending in .jsonl), not {fmt.upper()}")
    carried = carried_fields(job.sources, job.columns)
    scores = probe_scores()
    columns = list(dict.fromkeys(["id", *carried, *META, *scores, "error"]))
    if job.options.evidence:
        columns.append("evidence")
    writer = Writer(job.out, columns, column_types(scores), _fingerprint(job), resume=job.resume)
    resumed = writer.done
    if started:
        started(resumed)
    try:
        todo = itertools.islice(records(job.sources, job.columns), resumed, None)
        with engine(job) as (submit, renew):
            window = WINDOW * max(1, job.workers)
            for rows in ordered(submit, _chunks(todo), job.options, window=window,
                                renew=renew, every=RECYCLE):
                writer.write(rows)
                if progress:
                    progress(len(rows))
    except BaseException:
        writer.close()
        raise
    writer.finish()
    return Outcome(writer.done, writer.scored, writer.failed, resumed)


def ordered(submit: Submit, chunks: Iterable[list[Record]], options: Options, *,
            window: int, renew: Callable[[], None] | None = None,
            every: int = 0) -> Iterator[list[dict[str, Any]]]:
    """Each chunk's rows, in order, with at most ``window`` chunks submitted ahead; every
    ``every`` chunks, once those in flight are done, ``renew()`` (fresh worker processes)."""
    pending: deque[Any] = deque()
    for n, chunk in enumerate(chunks, 1):
        pending.append(submit(score_chunk, chunk, options))
        if len(pending) >= max(1, window):
            yield pending.popleft().result()
        if renew and every and n % every == 0:
            while pending:
                yield pending.popleft().result()
            renew()
    while pending:
        yield pending.popleft().result()


@contextmanager
def engine(job: Job) -> Iterator[tuple[Submit, Callable[[], None] | None]]:
    """Where chunks are scored (here, a process pool, or Dask), and how to renew workers."""
    if job.engine == "dask":
        from analysis.batch.dask_engine import dask_client

        with dask_client(job.workers, job.scheduler, processes=job.dask_processes) as client:
            yield (lambda fn, *args: client.submit(fn, *args, pure=False)), None
    elif job.workers <= 0:
        yield _here, None
    else:
        pool = _Pool(job.workers)
        try:
            yield pool.submit, pool.renew
        finally:
            pool.executor.shutdown(wait=True, cancel_futures=True)


class _Pool:
    """A process pool that can be swapped for a fresh one (when nothing is in flight)."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.executor = self._new()

    def _new(self) -> ProcessPoolExecutor:
        context = start_method()
        if context == "fork":
            warm_up()  # once: every worker forked from now on starts with it done
        return ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context(context),
                                   initializer=_orphan_guard, initargs=(os.getpid(),))

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future:
        return self.executor.submit(fn, *args)

    def renew(self) -> None:
        self.executor.shutdown(wait=True)
        self.executor = self._new()


def start_method() -> str:
    """``fork`` on Linux while this process runs no other thread, else ``spawn``.

    A forked worker starts with the analysis imported and warmed up (``warm_up``) instead
    of spending about a second of CPU on both, which two workers on two cores could not
    hide (``benchmarks/batch_scaling.py``). Forking while another thread may hold a lock
    can deadlock the child, so any other thread (a notebook's, say) means ``spawn``; the
    progress bar draws without a thread for that reason. Not ``forkserver``: it outlives a
    killed run. Either way each worker is this process's child and watches it
    (``_orphan_guard``), and the rows are the same.
    """
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return "fork"
    return "spawn"


def _orphan_guard(parent: int) -> None:
    """In a worker: exit as soon as the batch process is gone (killed with SIGKILL, say),
    instead of waiting for work that will never come. A forked worker drops the batch's
    SIGTERM handler (a spawned one never had it): a SIGTERM ends it as before."""
    import analysis.batch.rows  # noqa: F401 - load the analysis before the first chunk

    signal.signal(signal.SIGTERM, signal.SIG_DFL)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="orphan-guard").start()


def _here(fn: Callable[..., Any], *args: Any) -> Future:
    done: Future = Future()
    done.set_result(fn(*args))
    return done


def _chunks(items: Iterable[Record], size: int = CHUNK) -> Iterator[list[Record]]:
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def _fingerprint(job: Job) -> dict[str, Any]:
    """What must be the same for a run to be resumed (not the worker count or engine)."""
    return {"sources": [str(s) for s in job.sources], "columns": asdict(job.columns),
            "options": asdict(job.options), "format": output_format(job.out)}
