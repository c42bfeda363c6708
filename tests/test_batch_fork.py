"""Batch workers forked from a warmed-up batch process (issue 13: two workers ≥ 1.8× one).

Spawned workers each imported the package and built the lexicons' trie searches again
(about a second of CPU each), which two workers on two cores could not hide. On Linux, with
no other thread running, workers are now forked after the batch process warmed up; they
must still exit when the batch dies, end on SIGTERM, and write the same rows.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time

import pytest

from analysis.batch import run as batch_run

linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork only on Linux")


def lexicons_searched_by_trie() -> bool:
    """In a worker: is the hedges lexicon's trie search already built (warmed up)?"""
    from analysis.lexicons import lexicon

    return lexicon("hedges")._search[1] is not None


def sigterm_is_default() -> bool:
    return signal.getsignal(signal.SIGTERM) == signal.SIG_DFL


@linux
def test_fork_only_while_no_other_thread_runs() -> None:
    assert batch_run.start_method() == "fork"
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert batch_run.start_method() == "spawn"
    finally:
        stop.set()
        other.join()


@linux
def test_forked_workers_start_warm_and_end_on_sigterm() -> None:
    previous = signal.signal(signal.SIGTERM, lambda *_: None)  # as the batch command does
    pool = batch_run._Pool(1)
    try:
        assert pool.submit(lexicons_searched_by_trie).result() is True
        assert pool.submit(sigterm_is_default).result() is True
    finally:
        pool.executor.shutdown(wait=True)
        signal.signal(signal.SIGTERM, previous)


@linux
def test_forked_workers_exit_when_the_batch_process_is_killed() -> None:
    script = textwrap.dedent("""
        import os, sys
        from analysis.batch import run
        pool = run._Pool(2)
        pids = {pool.submit(os.getpid).result() for _ in range(8)}
        print("workers", *pids, flush=True)
        os.kill(os.getpid(), 9)
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == -signal.SIGKILL, done.stderr
    pids = [int(p) for p in done.stdout.split()[1:]]
    assert pids
    deadline = time.monotonic() + 10
    while any(_alive(p) for p in pids):
        assert time.monotonic() < deadline, "a worker outlived the batch process"
        time.sleep(0.1)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie (dead, not yet reaped by init) counts as gone
        return open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_the_progress_bar_runs_no_thread(monkeypatch) -> None:
    from analysis.cli.batch import _Progress

    before = threading.active_count()
    with _Progress(10) as bar:
        bar.advance(4)
        assert threading.active_count() == before
