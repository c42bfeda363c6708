"""The four seed documents: find the seeds folder, read its manifest, clean each text.

    >>> from analysis.intake.seeds import load_seeds
    >>> [s.id for s in load_seeds()]
    ['cosdream', 'kbs', 'aggregator', 'frontline']

Where the seeds are read from, first found wins (``seeds_dir()``):

1. ``$CREDIBILITY_SEEDS``, a folder with a ``manifest.json``: a teacher's own set;
2. the copy inside the installed package, ``analysis/_seeds/``, read through
   ``importlib.resources``: the wheel carries the repository's ``seeds/`` folder there
   (``setup.py`` maps it), so an installed ``credibility`` works from any folder;
3. the repository's ``seeds/`` beside the ``analysis/`` package: a source checkout or an
   editable install, where ``seeds/`` is not copied anywhere.

A ``seeds/`` folder in the current directory is *not* looked at: what ``credibility
report`` compares must not depend on which folder it happens to run in (an unrelated
``seeds/`` there would silently replace the four articles). Run inside the repository, 3
finds that same folder anyway; to use another set, say so with ``$CREDIBILITY_SEEDS``.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from analysis.intake.cleaning import Cleaned, clean
from analysis.intake.loading import InputError, read_document

MANIFEST = "manifest.json"
ENV_VAR = "CREDIBILITY_SEEDS"
PACKAGE, FOLDER = "analysis", "_seeds"  # where a wheel carries seeds/ (see setup.py)
META_FIELDS = ("id", "title", "outlet", "kind", "date", "byline", "role", "comparison_role",
               "url")


@dataclass
class Seed:
    """One seed: its manifest entry as ``meta``, the raw file text and the cleaned body."""

    id: str
    meta: dict[str, Any]
    raw: str
    text: str
    cleaning: Cleaned = field(repr=False, default_factory=lambda: Cleaned(""))
    path: Path | None = None


def seeds_dir() -> Path:
    """$CREDIBILITY_SEEDS, else the package's own copy, else the repository's ``seeds/``."""
    env = os.environ.get(ENV_VAR)
    if env:
        path = Path(env)
        if (path / MANIFEST).is_file():
            return path
        raise InputError(f"{ENV_VAR}={env}: no {MANIFEST} there")
    for folder in (packaged_dir(), repository_dir()):
        if folder is not None and (folder / MANIFEST).is_file():
            return folder
    raise InputError(f"the seed texts are missing from this installation (no {PACKAGE}/"
                     f"{FOLDER}/{MANIFEST}); reinstall credibility or set {ENV_VAR}")


def packaged_dir() -> Path | None:
    """The seeds inside the installed package, or None when it has none on disk.

    Only a real folder will do (the seeds are read as files); an installation imported from
    a zip file has none, and the other places are tried.
    """
    try:
        folder = resources.files(PACKAGE).joinpath(FOLDER)
    except ModuleNotFoundError:
        return None
    return folder if isinstance(folder, Path) else None


def repository_dir() -> Path:
    """``seeds/`` beside the ``analysis/`` package: where it is in a source checkout."""
    return Path(__file__).resolve().parents[2] / "seeds"


def load_manifest(directory: str | Path | None = None) -> list[dict[str, Any]]:
    """The manifest entries of the seeds folder, checked for the fields we rely on."""
    folder = Path(directory) if directory is not None else seeds_dir()
    path = folder / MANIFEST
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{path}: cannot be read as JSON ({exc})") from None
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise InputError(f"{path}: expected a list of objects")
    for n, entry in enumerate(entries):
        missing = [k for k in ("id", "file") if not isinstance(entry.get(k), str)]
        if missing:
            raise InputError(f"{path}: entry {n} lacks {', '.join(missing)}")
    return entries


def load_seeds(directory: str | Path | None = None) -> list[Seed]:
    """Every seed in manifest order, cleaned with its manifest ``furniture``."""
    folder = Path(directory) if directory is not None else seeds_dir()
    seeds = []
    for entry in load_manifest(folder):
        path = folder / entry["file"]
        raw = read_document(path).text
        cleaned = clean(raw, entry.get("furniture") or ())
        meta = {k: entry.get(k) for k in META_FIELDS}
        seeds.append(Seed(entry["id"], meta, raw, cleaned.text, cleaned, path))
    return seeds
