"""What a worker process of the class page does: answer one posted request in full.

The server process (``analysis.web.app``) sends the request's plain environment and body;
the worker runs the same Flask app, without a pool, on a copy of that request and sends
back the status, headers and page. So a page made in a worker is byte for byte the page
the app makes in one process, error pages included.
"""

from __future__ import annotations

import io
import sys
from typing import Any

_APP: Any = None


def init_worker(max_bytes: int, seeds: Any = None) -> None:
    """Build this worker's app, warm it up (``analysis.core.warm_up``) and analyse the
    seeds now, so no request waits for them."""
    global _APP
    from analysis.core import warm_up
    from analysis.web.app import create_app
    from analysis.web.routes import seed_list

    warm_up()
    _APP = create_app(max_bytes=max_bytes, seeds=seeds)
    with _APP.app_context():
        seed_list()


def respond(environ: dict[str, str], body: bytes) -> tuple[int, list[tuple[str, str]], bytes]:
    """The app's answer to one request: status code, headers and body."""
    from werkzeug.test import run_wsgi_app

    from analysis.core import collector_paused

    env: dict[str, Any] = dict(environ)
    env.update({"wsgi.input": io.BytesIO(body), "CONTENT_LENGTH": str(len(body)),
                "wsgi.errors": sys.stderr, "wsgi.version": (1, 0), "wsgi.multithread": False,
                "wsgi.multiprocess": True, "wsgi.run_once": False})
    with collector_paused():  # this worker process is ours (analysis.core)
        app_iter, status, headers = run_wsgi_app(_APP.wsgi_app, env, buffered=True)
        try:
            data = b"".join(app_iter)
        finally:
            close = getattr(app_iter, "close", None)
            if close is not None:
                close()
    return int(status.split()[0]), list(headers.items()), data
