"""Headless Chromium (Debian's package, never a downloaded browser) driving the real page.

The app runs as `credibility serve` runs it (waitress, one worker process for the analyses)
in a thread on 127.0.0.1 with a free port. Without Playwright or Chromium the
browser tests skip and say why; `.ci/run` installs Chromium when it is missing.
Set CREDIBILITY_SCREENSHOTS=DIR to keep the screenshots (reports/screenshots is committed).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = os.environ.get("CREDIBILITY_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
UPLOAD_LIMIT = 1_000_000


@pytest.fixture(scope="session")
def seeds() -> list:
    from analysis.report import seed_analyses

    return seed_analyses()


@pytest.fixture(scope="session")
def server(seeds) -> Iterator[str]:
    pytest.importorskip("flask", reason="the class page needs Flask (pip install -e .)")
    pytest.importorskip("waitress", reason="the class page needs waitress (pip install -e .)")
    from analysis.web.app import create_app
    from analysis.web.server import Settings, make_pool, serve_in_thread

    settings = Settings(workers=1)
    pool = make_pool(settings, max_bytes=UPLOAD_LIMIT, seeds=seeds)
    pool.start()
    app = create_app(seeds=seeds, max_bytes=UPLOAD_LIMIT, pool=pool)
    srv, stop = serve_in_thread(app, settings)
    yield f"http://127.0.0.1:{srv.effective_port}"
    stop()
    pool.close()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="Playwright is not installed (pip install -e '.[test]')")
    if not Path(CHROMIUM).is_file():
        pytest.skip(f"no Chromium at {CHROMIUM} (Debian: apt-get install chromium, or set "
                    "CREDIBILITY_CHROMIUM)")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, server) -> Iterator[Any]:
    """A fresh page; dialogs (alert, confirm) are recorded in ``page.dialogs`` and dismissed."""
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    pg = context.new_page()
    pg.dialogs = []
    pg.errors = []
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.set_default_timeout(15_000)
    yield pg
    context.close()


@pytest.fixture(scope="session")
def shots(tmp_path_factory) -> Path:
    where = os.environ.get("CREDIBILITY_SCREENSHOTS")
    folder = Path(where) if where else tmp_path_factory.mktemp("screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder
