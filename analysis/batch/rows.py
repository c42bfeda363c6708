"""Score one record into one flat row; runs in the worker processes.

A row is: ``id``, the carried fields, the page details (``title``, ``byline``, ``date``,
``outlet``, ``format``), every score of ``Analysis.to_dict()["scores"]`` under its own
name (as in the report's CSV), the genre and frames when the analysis has them, and
``error``: empty for a scored document, else the one-line reason it could not be scored
(empty, binary, not English, too long, a page with no article...). A record never raises:
even an unexpected failure becomes an error row, so one document cannot stop a run.
"""

from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass
from typing import Any

from analysis.batch.inputs import Record
from analysis.core import PROBE, collector_paused
from analysis.intake.formats import convert
from analysis.intake.loading import InputError, decode_bytes
from analysis.intake.pipeline import DEFAULT_MAX_BYTES, analyse_text, score_file

META = ("title", "byline", "date", "outlet", "format")


@dataclass(frozen=True)
class Options:
    """How each document is scored (the same in every worker)."""

    clean: bool = True
    max_bytes: int = DEFAULT_MAX_BYTES
    evidence: bool = False


def score_chunk(chunk: list[Record], options: Options) -> list[dict[str, Any]]:
    """Score a chunk of records in order (one task for a worker)."""
    return [score_record(record, options) for record in chunk]


def score_record(record: Record, options: Options) -> dict[str, Any]:
    """One row for one record; never raises."""
    row: dict[str, Any] = {"id": record.id, **record.carried}
    if record.error:
        return {**row, "error": record.error}
    try:
        with collector_paused():
            data = _analyse(record, options)
    except InputError as exc:
        return {**row, "error": " ".join(str(exc).split())}
    except Exception as exc:  # a bug must not stop a million-document run
        return {**row, "error": f"internal error: {type(exc).__name__}: {exc}"}
    meta = data.get("meta", {})
    row.update({k: meta.get(k) for k in META})
    row.update(flat_scores(data))
    row["error"] = ""
    if options.evidence:
        row["evidence"] = data["evidence"]
    return row


def flat_scores(data: dict[str, Any]) -> dict[str, Any]:
    """The score columns of one ``to_dict()``: scores, then genre and frames if present."""
    out: dict[str, Any] = dict(data["scores"])
    genre = data.get("genre")
    if isinstance(genre, dict):
        out["genre"] = genre.get("label")
        out.update({f"genre_{k}": v for k, v in (genre.get("scores") or {}).items()})
    frames = data.get("frames")
    if isinstance(frames, dict):
        for key in ("generic", "policy"):
            out[f"frames_{key}"] = ";".join(_frame_name(f) for f in frames.get(key) or [])
        for k, v in (frames.get("profile") or {}).items():
            out[f"frames_profile_{k}"] = v if _is_scalar(v) else json.dumps(v, sort_keys=True)
    return out


def probe_scores() -> dict[str, Any]:
    """The score columns every scored row has (with example values, for their types), from
    analysing a short fixed text: the output's columns are known before the first row."""
    from analysis.core import analyze

    return flat_scores(analyze(PROBE, meta={"title": "Probe"}).to_dict())


@functools.cache
def _probe_cached() -> tuple[tuple[str, Any], ...]:
    return tuple(probe_scores().items())


def _analyse(record: Record, options: Options) -> dict[str, Any]:
    if record.text is None:  # a file or a web address: exactly as `credibility score`
        scored = score_file(record.path or record.url or "", clean_text=options.clean,
                            max_bytes=options.max_bytes)
        return scored.analysis.to_dict()
    text = check_text(record.text, record.id, options.max_bytes)
    page = convert(text, record.id, extract=options.clean)
    analysis, _ = analyse_text(page.text, record.id, clean_text=options.clean,
                               meta={"format": page.kind, **page.meta}, source=page.source)
    analysis.meta["id"] = record.id
    return analysis.to_dict()


def check_text(text: str, name: str, max_bytes: int) -> str:
    """The checks ``read_document`` makes on a file, made on a text from a table cell."""
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        raise InputError(f"{name}: is longer than the limit of {max_bytes:,} bytes")
    if not text.strip():
        raise InputError(f"{name}: is empty" if not text else
                         f"{name}: contains only whitespace, no text to analyse")
    decode_bytes(text.encode("utf-8", "replace"), name)  # NUL bytes, control characters
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    if controls > 0.05 * len(text):
        raise InputError(f"{name}: looks like a binary file, not text")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _frame_name(frame: Any) -> str:
    if isinstance(frame, dict):
        for key in ("frame", "label", "name", "id"):
            if key in frame:
                return str(frame[key])
        return json.dumps(frame, sort_keys=True)
    return str(frame)


def _is_scalar(v: Any) -> bool:
    return v is None or isinstance(v, str | int | float | bool)


def nan_to_none(v: Any) -> Any:
    """NaN as null (JSON) or an empty cell."""
    return None if isinstance(v, float) and math.isnan(v) else v
