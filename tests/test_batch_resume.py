"""``--resume``: a run killed mid-way (SIGTERM or SIGKILL) and resumed writes exactly the
file an uninterrupted run writes: no document lost, none scored twice. Also: the progress
bar draws only on a terminal."""

from __future__ import annotations

import json
import os
import pty
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from analysis.cli.main import main
from tests.batch_corpus import write_jsonl

N = 300


def start(src: Path, out: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "analysis", "batch", str(src), "--out",
                             str(out), "--workers", "1", *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_for_progress(out: Path, proc: subprocess.Popen, rows: int) -> int:
    """Until the state file records at least ``rows`` rows (the run is mid-way)."""
    state = out.with_name(out.name + ".resume.json")
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if state.exists():
            done = json.loads(state.read_text())["done"]
            if done >= rows:
                return done
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.02)
    raise AssertionError("the run made no progress")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    """The corpus and the output of one uninterrupted run (JSON Lines)."""
    folder = tmp_path_factory.mktemp("resume")
    src = write_jsonl(folder / "c.jsonl", N, bad=True)
    out = folder / "whole.jsonl"
    assert main(["batch", str(src), "--out", str(out), "--workers", "1"]) == 1
    return src, out.read_bytes()


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL])
@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_a_killed_run_resumes_without_loss_or_repeat(corpus, tmp_path: Path, sig: int,
                                                     suffix: str) -> None:
    src, whole = corpus
    out = tmp_path / f"o{suffix}"
    proc = start(src, out)
    done = wait_for_progress(out, proc, 40)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    if sig == signal.SIGTERM:
        assert (proc.returncode, err) == (130, "credibility: interrupted\n")
    else:
        assert proc.returncode == -signal.SIGKILL
    assert not out.exists() and done < N
    again = start(src, out)
    _, err = again.communicate(timeout=60)
    assert again.returncode == 2 and err.startswith(f"credibility: {out}: an interrupted run "
                                                    "can be continued with --resume")
    resumed = start(src, out, "--resume", "--workers", "2")
    _, err = resumed.communicate(timeout=300)
    assert resumed.returncode == 1, err
    assert " from the interrupted run), " in err and f": {N + 4:,} documents (" in err
    if suffix == ".jsonl":
        assert out.read_bytes() == whole
    else:
        ids = [line.split(",", 1)[0] for line in out.read_text().splitlines()[1:]]
        assert ids == [f"doc{i}" for i in range(N)] + ["empty", "binary", "french", "long"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [out.name]


def test_resume_refuses_other_options(corpus, tmp_path: Path, capsys) -> None:
    src, _ = corpus
    out = tmp_path / "o.jsonl"
    proc = start(src, out)
    wait_for_progress(out, proc, 8)
    proc.kill()
    proc.communicate()
    assert main(["batch", str(src), "--out", str(out), "--resume", "--no-clean"]) == 2
    assert capsys.readouterr().err == (f"credibility: {out}: the interrupted run had other "
                                       "inputs or options; run it with the same ones to "
                                       "resume it\n")


def test_no_progress_bar_when_not_a_terminal(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "c.jsonl", 3)
    proc = start(src, tmp_path / "o.csv")
    _, err = proc.communicate(timeout=60)
    assert err == f"{tmp_path / 'o.csv'}: 3 documents, 3 scored, 0 with an error\n"


def test_progress_bar_on_a_terminal(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "c.jsonl", 40)
    leader, follower = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "analysis", "batch", str(src), "--out",
                             str(tmp_path / "o.csv"), "--workers", "1"],
                            stdout=subprocess.DEVNULL, stderr=follower)
    os.close(follower)
    seen = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        seen += chunk
    proc.wait(timeout=60)
    os.close(leader)
    text = seen.decode("utf-8", "replace")
    assert proc.returncode == 0
    assert "docs/s" in text and "/40" in text
    assert "o.csv: 40 documents, 40 scored, 0 with an error" in text
