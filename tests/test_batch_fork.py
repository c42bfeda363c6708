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


def in_a_fresh_process(script: str) -> subprocess.CompletedProcess:
    """Run ``script`` in a new Python: no thread left by other tests, so the fork path."""
    return subprocess.run([sys.executable, "-c", textwrap.dedent(script)], capture_output=True,
                          text=True, timeout=120, check=False)


@linux
def test_fork_only_while_no_other_thread_runs(monkeypatch) -> None:
    monkeypatch.setattr(batch_run.threading, "active_count", lambda: 1)
    assert batch_run.start_method() == "fork"
    monkeypatch.setattr(batch_run.threading, "active_count", lambda: 2)
    assert batch_run.start_method() == "spawn"
    monkeypatch.undo()
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
    done = in_a_fresh_process("""
        import signal
        from analysis.batch import run

        def warm():  # is the hedges lexicon's trie search built already?
            from analysis.lexicons import lexicon
            return lexicon("hedges")._search[1] is not None

        def sigterm_default():
            return signal.getsignal(signal.SIGTERM) == signal.SIG_DFL

        signal.signal(signal.SIGTERM, lambda *_: None)  # as the batch command does
        method = run.start_method()
        pool = run._Pool(1)
        print(method, pool.submit(warm).result(),
              pool.submit(sigterm_default).result())
        pool.executor.shutdown(wait=True)
    """)
    assert done.stdout.split() == ["fork", "True", "True"], done.stderr


@linux
def test_forked_workers_exit_when_the_batch_process_is_killed() -> None:
    done = in_a_fresh_process("""
        import os
        from analysis.batch import run
        method = run.start_method()
        pool = run._Pool(2)
        pids = {pool.submit(os.getpid).result() for _ in range(8)}
        print(method, *pids, flush=True)
        os.kill(os.getpid(), 9)
    """)
    assert done.returncode == -signal.SIGKILL, done.stderr
    method, *pids = done.stdout.split()
    assert method == "fork" and pids
    deadline = time.monotonic() + 10
    while any(_alive(int(p)) for p in pids):
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
