"""Print an HTML file to PDF with a locally installed Chromium-family browser (headless).

Nothing is downloaded: the browser must already be installed (Debian: ``apt-get install
chromium``), or named with ``$CREDIBILITY_CHROMIUM``. Network features are switched off.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

ENV_VAR = "CREDIBILITY_CHROMIUM"
CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable",
              "chrome")
QUIET_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run",
               "--no-default-browser-check", "--no-pdf-header-footer")


class PrintError(Exception):
    """The PDF could not be made; the message says why in one line."""


def find_browser() -> str | None:
    """The browser to print with: ``$CREDIBILITY_CHROMIUM``, else the first one on PATH."""
    named = os.environ.get(ENV_VAR)
    if named:
        return named if Path(named).is_file() else shutil.which(named)
    return next((p for p in map(shutil.which, CANDIDATES) if p), None)


def print_pdf(html: Path, pdf: Path, *, timeout: float = 120) -> Path:
    """Print ``html`` to ``pdf`` (page size and margins from the page's own print CSS)."""
    browser = find_browser()
    if browser is None:
        raise PrintError("--pdf needs Chromium or Chrome installed (Debian: apt-get install "
                         f"chromium), or its path in ${ENV_VAR}; the HTML was written, so "
                         "you can also open it in a browser and print it")
    with tempfile.TemporaryDirectory(prefix="credibility-print-") as profile:
        cmd = [browser, *QUIET_FLAGS, f"--user-data-dir={profile}",
               f"--print-to-pdf={pdf.resolve()}", html.resolve().as_uri()]
        try:
            done = subprocess.run(cmd, capture_output=True, timeout=timeout, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise PrintError(f"{browser}: could not print {html.name} ({exc})") from None
    if done.returncode != 0 or not pdf.is_file() or pdf.stat().st_size == 0:
        raise PrintError(f"{browser}: could not print {html.name} (exit code {done.returncode})")
    return pdf
