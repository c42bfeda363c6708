"""How busy the machine is, from ``/proc/stat``: for timing on a machine shared with others.

``busy()`` is the CPU seconds all programs have used since boot; the difference over a run,
less the run's own CPU, is what other programs took meanwhile. ``wait_quiet(limit)`` waits
until the machine used less than ``limit`` cores over a few seconds, for at most five
minutes (Linux; elsewhere it returns at once and ``busy()`` is None).
"""

from __future__ import annotations

import os
import time

TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def busy() -> float | None:
    """CPU seconds used by every program since boot (None where /proc/stat is missing)."""
    try:
        with open("/proc/stat", encoding="ascii") as f:
            fields = f.readline().split()[1:]
    except OSError:
        return None
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(x) for x in fields[:8])
    return (user + nice + system + irq + softirq + steal) / TICK


def others(before: float | None, wall: float, own_cpu: float) -> float | None:
    """Cores that other programs used on average over a run of ``wall`` seconds that began
    at ``busy() == before`` and used ``own_cpu`` CPU seconds itself."""
    now = busy()
    if before is None or now is None or wall <= 0:
        return None
    return max(0.0, (now - before - own_cpu) / wall)


def wait_quiet(limit: float | None, window: float = 3.0, timeout: float = 300.0) -> float:
    """Seconds waited until the machine used less than ``limit`` cores over ``window``."""
    start = time.monotonic()
    while limit is not None and time.monotonic() - start < timeout:
        before = busy()
        if before is None:
            break
        time.sleep(window)
        if ((busy() or before) - before) / window < limit:
            break
    return time.monotonic() - start
