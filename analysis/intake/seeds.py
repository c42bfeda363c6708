"""The four seed documents: find the ``seeds/`` folder, read its manifest, clean each text.

    >>> from analysis.intake.seeds import load_seeds
    >>> [s.id for s in load_seeds()]
    ['cosdream', 'kbs', 'aggregator', 'frontline']
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from analysis.intake.cleaning import Cleaned, clean
from analysis.intake.loading import InputError, read_document

MANIFEST = "manifest.json"
ENV_VAR = "CREDIBILITY_SEEDS"
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
    """$CREDIBILITY_SEEDS, else ./seeds (if it has a manifest), else the repository's seeds/."""
    env = os.environ.get(ENV_VAR)
    if env:
        path = Path(env)
        if (path / MANIFEST).is_file():
            return path
        raise InputError(f"{ENV_VAR}={env}: no {MANIFEST} there")
    here = Path.cwd() / "seeds"
    if (here / MANIFEST).is_file():
        return here
    import analysis

    beside = Path(analysis.__file__).resolve().parent.parent / "seeds"
    if (beside / MANIFEST).is_file():
        return beside
    raise InputError(f"cannot find the seeds folder (seeds/{MANIFEST}); run from the "
                     f"repository or set {ENV_VAR}")


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
