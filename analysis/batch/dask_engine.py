"""The Dask engine (``--engine dask``, extra ``credibility[dask]``): a client on the
scheduler at ``--scheduler ADDRESS``, or on a ``LocalCluster`` of ``--workers`` single-
threaded worker processes started for the run and stopped after it. Every worker must
have this package installed (the same version), since it runs ``score_chunk`` there.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from analysis.intake.loading import InputError

CONNECT_TIMEOUT = "10s"


@contextmanager
def dask_client(workers: int, scheduler: str | None, *, processes: bool = True) -> Iterator[Any]:
    """A ``distributed.Client``; closed (and its LocalCluster stopped) afterwards."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise InputError("--engine dask needs Dask: pip install 'credibility[dask]'") from None
    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT)
        else:
            loopback = {"host": "127.0.0.1"} if processes else {}  # nothing off this machine
            cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1,
                                   processes=processes, dashboard_address=None, **loopback)
            client = Client(cluster)
    except (OSError, TimeoutError) as exc:
        if cluster is not None:
            cluster.close()
        where = scheduler or "a local cluster"
        raise InputError(f"--scheduler {where}: cannot connect ({exc})") from None
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
