"""Write rows as they come, and remember how far a run got so that it can be resumed.

Rows go to ``OUTPUT.partial`` (CSV or JSON Lines; for Parquet, JSON Lines that become the
Parquet file at the end, a row group at a time) and, after each chunk of rows, the number
of rows written and the file's length go to ``OUTPUT.resume.json`` (written whole: a
temporary file renamed over it). A run killed at any moment leaves a state whose rows are
all in the partial file; ``--resume`` cuts the file back to the recorded length (dropping
rows written after the last record of progress) and skips that many documents, so none is
lost or scored twice. When the run ends, the partial file becomes ``OUTPUT``.
"""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path
from typing import Any

from analysis.batch.rows import nan_to_none
from analysis.intake.loading import InputError

FORMATS = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet",
           ".pq": "parquet"}
STATE_VERSION = 1
PARQUET_ROWS = 2_000  # rows per Parquet row group: memory stays flat


def output_format(out: Path) -> str:
    fmt = FORMATS.get(out.suffix.lower())
    if fmt is None:
        raise InputError(f"{out}: unknown output kind (use .csv, .jsonl or .parquet)")
    return fmt


class Writer:
    """Appends rows to the partial file and records progress in the state file."""

    def __init__(self, out: Path, columns: list[str], types: dict[str, str],
                 fingerprint: dict[str, Any], *, resume: bool) -> None:
        self.out, self.columns, self.fingerprint = out, columns, fingerprint
        self.types = types
        self.format = output_format(out)
        self.partial = out.with_name(out.name + ".partial")
        self.state_path = out.with_name(out.name + ".resume.json")
        self.done = self.scored = self.failed = 0
        state = self._load_state() if resume else None
        if not resume and self.state_path.exists():
            raise InputError(f"{out}: an interrupted run can be continued with --resume "
                             f"(or delete {self.partial.name} and {self.state_path.name})")
        try:
            self._open(state)
        except OSError as exc:
            raise InputError(f"{out}: cannot write there ({exc.strerror or exc})") from None

    def _load_state(self) -> dict[str, Any] | None:
        if not self.state_path.exists() or not self.partial.exists():
            return None
        state = json.loads(self.state_path.read_text(encoding="utf-8"))
        if state.get("fingerprint") != self.fingerprint:
            raise InputError(f"{self.out}: the interrupted run had other inputs or options; "
                             "run it with the same ones to resume it")
        return state

    def _open(self, state: dict[str, Any] | None) -> None:
        self.out.parent.mkdir(parents=True, exist_ok=True)
        if state is None:
            self.handle = open(self.partial, "w", encoding="utf-8", newline="")  # noqa: SIM115
            if self.format == "csv":
                self.handle.write(_csv_line(self.columns))
            self._save()
            return
        self.done, self.scored, self.failed = state["done"], state["scored"], state["failed"]
        self.handle = open(self.partial, "r+", encoding="utf-8", newline="")  # noqa: SIM115
        self.handle.truncate(state["offset"])
        self.handle.seek(state["offset"])

    def write(self, rows: list[dict[str, Any]]) -> None:
        """Append a chunk of rows, then record the progress."""
        for row in rows:
            self.handle.write(_csv_row(row, self.columns) if self.format == "csv"
                              else _json_row(row, self.columns))
            self.done += 1
            if row.get("error"):
                self.failed += 1
            else:
                self.scored += 1
        self._save()

    def _save(self) -> None:
        self.handle.flush()
        state = {"version": STATE_VERSION, "fingerprint": self.fingerprint, "done": self.done,
                 "scored": self.scored, "failed": self.failed, "offset": self.handle.tell()}
        tmp = self.state_path.with_name(self.state_path.name + ".tmp")
        tmp.write_text(json.dumps(state), encoding="utf-8")
        os.replace(tmp, self.state_path)

    def close(self) -> None:
        """Keep the partial file and state for ``--resume`` (an interrupted run)."""
        self.handle.close()

    def finish(self) -> None:
        """Make the partial file the output, and forget the state."""
        self.handle.close()
        if self.format == "parquet":
            to_parquet(self.partial, self.out, self.columns, self.types)
            self.partial.unlink()
        else:
            os.replace(self.partial, self.out)
        self.state_path.unlink()


def _json_row(row: dict[str, Any], columns: list[str]) -> str:
    ordered = {k: nan_to_none(row.get(k)) for k in columns}
    ordered.update({k: nan_to_none(v) for k, v in row.items() if k not in ordered})
    return json.dumps(ordered, ensure_ascii=False, default=str) + "\n"  # dates, decimals


def _csv_line(values: list[str]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(values)
    return buffer.getvalue()


def _csv_row(row: dict[str, Any], columns: list[str]) -> str:
    from analysis.report.table import csv_cell

    return _csv_line([csv_cell(_cell(row.get(k))) for k in columns])


def _cell(v: Any) -> Any:
    return json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v


def to_parquet(spool: Path, out: Path, columns: list[str], types: dict[str, str]) -> None:
    """JSON Lines rows -> a Parquet file, a row group at a time (written whole).

    Score columns are int64 or float64 as the scorer gives them; everything else (id,
    carried fields, page details, error) is a string, lists and objects as JSON."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    arrow = {"int": pa.int64(), "float": pa.float64(), "string": pa.string()}
    schema = pa.schema([pa.field(k, arrow[types.get(k, "string")]) for k in columns])
    tmp = out.with_name(out.name + ".tmp")
    with pq.ParquetWriter(tmp, schema) as writer, open(spool, encoding="utf-8") as handle:
        while True:
            lines = [line for _, line in zip(range(PARQUET_ROWS), handle, strict=False)]
            if not lines:
                break
            rows = [json.loads(line) for line in lines]
            writer.write_table(pa.table(
                {k: pa.array([_typed(r.get(k), types.get(k, "string")) for r in rows],
                             type=arrow[types.get(k, "string")]) for k in columns},
                schema=schema))
    os.replace(tmp, out)


def _typed(v: Any, kind: str) -> Any:
    if v is None:
        return None
    if kind == "string":
        if isinstance(v, list | dict):
            return json.dumps(v, ensure_ascii=False)
        return str(v).lower() if isinstance(v, bool) else str(v)
    if kind == "int" and isinstance(v, float):
        return int(v) if v.is_integer() else None
    return float(v) if kind == "float" else v


def column_types(sample: dict[str, object]) -> dict[str, str]:
    """int or float for each numeric score column of a scored row; the rest strings."""
    return {k: ("int" if isinstance(v, int) else "float") for k, v in sample.items()
            if isinstance(v, int | float) and not isinstance(v, bool)}
