"""Warming a process up (``analysis.core.warm_up``) and pausing the garbage collector
(``analysis.core.collector_paused``): faster, never different."""

from __future__ import annotations

import gc
import json
import subprocess
import sys
from pathlib import Path

import pytest

from analysis.core import collector_paused

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import hashlib, json, sys
from analysis.lexicons.shared_scan import SharedScan
builds = []
build = SharedScan._build
SharedScan._build = lambda self: (builds.append(1), build(self))[1]
from analysis.core import analyze
from analysis.intake.seeds import load_seeds
from analysis.core import warm_up
if sys.argv[1] == "warm":
    warm_up()
elif sys.argv[1] == "server":  # a class server's worker, before it says it is ready
    from analysis.web.job import init_worker
    init_worker(5_000_000)
before = len(builds)
out = []
for _ in range(3):  # three times over: past the budget, so cold lexicons get tries too
    for seed in load_seeds():
        data = analyze(seed.text, meta={"title": seed.meta["title"]}).to_dict()
        out.append(hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest())
print(json.dumps({"hashes": out, "warm_builds": before, "later_builds": len(builds) - before}))
"""


def _run(mode: str) -> dict:
    proc = subprocess.run([sys.executable, "-c", CHILD, mode], capture_output=True, text=True,
                          cwd=ROOT, check=True, timeout=300)
    return json.loads(proc.stdout)


def test_a_warm_process_builds_the_shared_scan_once_and_analyses_alike() -> None:
    warm, cold = _run("warm"), _run("cold")
    assert warm["warm_builds"] == 1  # every lexicon an article and its title need, at once
    assert warm["later_builds"] == 0
    assert cold["later_builds"] >= 1  # built when the lexicons cross the budget
    assert warm["hashes"] == cold["hashes"]


def test_a_server_worker_is_warm_before_its_first_request() -> None:
    server = _run("server")
    assert server["warm_builds"] == 1
    assert server["later_builds"] == 0


def test_the_collector_is_off_inside_and_back_on_after() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("inside")
    assert gc.isenabled()


def test_a_collector_the_caller_turned_off_stays_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            with collector_paused():
                assert not gc.isenabled()
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_an_analysis_leaves_the_collector_alone_and_makes_no_cycles() -> None:
    from analysis.core import analyze

    text = "Officials said the bridge may close, the mayor told reporters. Why would it?"
    analyze(text).to_dict()  # whatever is built once a process
    gc.collect()
    gc.disable()  # so that only the next collection finds what the analysis left
    try:
        analyze(text + " Really?").to_dict()
        assert not gc.isenabled()
        assert gc.collect() == 0  # freed by reference counting alone: pausing costs nothing
    finally:
        gc.enable()
