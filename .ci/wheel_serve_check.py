"""Smoke test of an installed ``credibility serve`` (run by .ci/wheel_check, with the fresh
virtual environment's Python): the home page offers every seed of the installed manifest,
and each seed's page and worksheet answer 200 with its title. Loopback only.

Usage: wheel_serve_check.py URL SEEDS_DIR; prints one line per check, exits 1 on a failure.
"""

from __future__ import annotations

import json
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from markupsafe import escape  # Jinja's own escaping, so titles match the page byte for byte

WAIT_S = 60  # the first page analyses the four seeds: a few seconds on a loaded machine


def fetch(url: str) -> tuple[int, str]:
    """Status and body of a GET, retrying while the server is not yet listening."""
    deadline = time.monotonic() + WAIT_S
    while True:
        try:
            with urllib.request.urlopen(url, timeout=WAIT_S) as response:
                return response.status, response.read().decode("utf-8")
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read().decode("utf-8", "replace")
        except (ConnectionError, urllib.error.URLError):
            if time.monotonic() > deadline:
                raise
            time.sleep(0.25)


def check(label: str, ok: bool) -> bool:
    print(f"  {'ok  ' if ok else 'FAIL'} {label}")
    return ok


def main(base: str, seeds: Path) -> int:
    if not base.startswith("http://127.0.0.1:"):
        print(f"not a loopback address: {base}", file=sys.stderr)
        return 2
    manifest = json.loads((seeds / "manifest.json").read_text(encoding="utf-8"))
    status, home = fetch(base)
    results = [check(f"GET / -> {status}", status == 200)]
    for entry in manifest:
        seed_id, title = entry["id"], str(escape(entry["title"]))
        results.append(check(f"/ links /seed/{seed_id} with its title",
                             f'href="/seed/{seed_id}">{title}</a>' in home))
        for path in (f"/seed/{seed_id}", f"/worksheet/seed/{seed_id}"):
            status, page = fetch(base.rstrip("/") + path)
            results.append(check(f"GET {path} -> {status}, with the title",
                                 status == 200 and title in page))
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], Path(sys.argv[2])))
