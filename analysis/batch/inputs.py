"""Read batch inputs one record at a time, in order, whatever their size.

An input is a JSON Lines file (``.jsonl``/``.ndjson``), a CSV file, a Parquet file, a
folder of ``.txt``/``.md``/``.html`` files (read through the same intake as ``score``),
one such file, a web address, or a ``.urls`` file listing web addresses one a line. Every
record has an ``id`` (the id column, else its row number; a file's path inside the
folder; the address), its text or where to find it, and the other fields of its row,
carried through to the output unchanged. Nothing is read whole: JSON Lines and CSV line
by line, Parquet a batch of rows at a time, folders as a sorted walk.

A problem with one record (a line that is not JSON, a missing text) becomes a record
with ``error`` set; a problem with an input as a whole (no such file, no text column)
is an ``InputError`` that stops the run before anything is scored.
"""

from __future__ import annotations

import csv
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from analysis.intake.fetch import is_url
from analysis.intake.loading import InputError

PAGE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
PARQUET_SUFFIXES = (".parquet", ".pq")


@dataclass(frozen=True)
class Columns:
    """Which fields of a table hold the text and the id."""

    text: str = "text"
    id: str = "id"


@dataclass
class Record:
    """One document to score: its text, or the file or address that holds it."""

    id: str
    text: str | None = None
    path: str | None = None
    url: str | None = None
    carried: dict[str, Any] = field(default_factory=dict)
    error: str | None = None


def kind_of(source: str) -> str:
    """jsonl, csv, parquet, folder, page (one file), url or urls."""
    if is_url(source):
        return "url"
    path = Path(source)
    suffix = path.suffix.lower()
    if path.is_dir():
        return "folder"
    if not path.exists():
        raise InputError(f"{source}: no such file or folder")
    kinds = {**dict.fromkeys(JSONL_SUFFIXES, "jsonl"), ".csv": "csv", ".urls": "urls",
             **dict.fromkeys(PARQUET_SUFFIXES, "parquet"), **dict.fromkeys(PAGE_SUFFIXES, "page")}
    if suffix not in kinds:
        raise InputError(f"{source}: unknown kind of input (use .jsonl, .csv, .parquet, a "
                         "folder, .txt/.md/.html files, web addresses or a .urls list)")
    return kinds[suffix]


def carried_fields(sources: list[str], columns: Columns) -> list[str]:
    """The carried field names of every input, in order: a CSV's header, a Parquet file's
    schema, the keys of a JSON Lines file's first object. Checks the text column exists."""
    names: dict[str, None] = {}
    for source in sources:
        kind = kind_of(source)
        if kind in ("csv", "parquet"):
            found = _csv_header(source) if kind == "csv" else _parquet_names(source)
            if columns.text not in found:
                shown = ", ".join(found[:8]) + (", ..." if len(found) > 8 else "")
                raise InputError(f"{source}: no column {columns.text!r} (columns: "
                                 f"{shown or 'none'}); name it with --text-column")
            names.update(dict.fromkeys(f for f in found if f not in (columns.text, columns.id)))
        elif kind == "jsonl":
            first = next((r for r in _jsonl_objects(source) if isinstance(r, dict)), {})
            names.update(dict.fromkeys(k for k in first if k not in (columns.text, columns.id)))
    return list(names)


def records(sources: list[str], columns: Columns) -> Iterator[Record]:
    """Every record of every input, in order."""
    for source in sources:
        kind = kind_of(source)
        if kind == "url":
            yield Record(id=source, url=source)
        elif kind == "page":
            yield Record(id=Path(source).name, path=source)
        elif kind == "folder":
            yield from _folder(Path(source))
        elif kind == "urls":
            yield from _url_list(source)
        else:
            rows = {"jsonl": _jsonl_objects, "csv": _csv_rows, "parquet": _parquet_rows}[kind]
            for number, row in enumerate(rows(source), 1):
                yield _from_row(row, number, columns)


def count(sources: list[str]) -> int | None:
    """How many records there are (for time left), counted cheaply; None if unknown."""
    total = 0
    for source in sources:
        kind = kind_of(source)
        if kind in ("url", "page"):
            total += 1
        elif kind == "folder":
            total += sum(1 for _ in _folder_files(Path(source)))
        elif kind == "parquet":
            total += _parquet_file(source).metadata.num_rows
        elif kind == "csv":
            total += sum(1 for _ in _csv_rows(source))
        else:
            with open(source, "rb") as handle:
                total += sum(1 for line in handle if line.strip())
    return total


def _from_row(row: Any, number: int, columns: Columns) -> Record:
    if isinstance(row, _BadLine):
        return Record(id=str(number), error=f"line {row.line}: {row.reason}")
    if not isinstance(row, dict):
        return Record(id=str(number), error=f"record {number}: not an object with a text")
    ident = row.get(columns.id)
    ident = str(number) if ident is None or ident == "" else str(ident)
    carried = {k: v for k, v in row.items() if k not in (columns.text, columns.id)}
    text = row.get(columns.text)
    if not isinstance(text, str):
        return Record(id=ident, carried=carried,
                      error=f"{ident}: no text in {columns.text!r}")
    return Record(id=ident, text=text, carried=carried)


@dataclass(frozen=True)
class _BadLine:
    line: int
    reason: str


def _jsonl_objects(source: str) -> Iterator[Any]:
    with open(source, encoding="utf-8-sig", errors="replace") as handle:
        for line_number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as exc:
                yield _BadLine(line_number, f"not valid JSON ({exc.msg})")


def _csv_header(source: str) -> list[str]:
    with open(source, encoding="utf-8-sig", errors="replace", newline="") as handle:
        return next(csv.reader(handle), [])


def _csv_rows(source: str) -> Iterator[dict[str, Any]]:
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # article texts are long cells
    with open(source, encoding="utf-8-sig", errors="replace", newline="") as handle:
        yield from csv.DictReader(handle)


def _parquet_file(source: str) -> Any:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise InputError(f"{source}: reading Parquet needs pyarrow "
                         "(pip install 'credibility[parquet]')") from None
    try:
        return pq.ParquetFile(source)
    except Exception as exc:  # pyarrow's own errors: not a Parquet file, cut short
        raise InputError(f"{source}: cannot be read as Parquet ({exc})") from None


def _parquet_names(source: str) -> list[str]:
    return list(_parquet_file(source).schema_arrow.names)


def _parquet_rows(source: str) -> Iterator[dict[str, Any]]:
    for batch in _parquet_file(source).iter_batches(batch_size=256):
        yield from batch.to_pylist()


def _folder_files(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            if name.lower().endswith(PAGE_SUFFIXES) and not name.startswith("."):
                yield Path(root) / name


def _folder(folder: Path) -> Iterator[Record]:
    for path in _folder_files(folder):
        yield Record(id=path.relative_to(folder).as_posix(), path=str(path))


def _url_list(source: str) -> Iterator[Record]:
    with open(source, encoding="utf-8-sig", errors="replace") as handle:
        for number, line in enumerate(handle, 1):
            url = line.strip()
            if not url or url.startswith("#"):
                continue
            if is_url(url):
                yield Record(id=url, url=url)
            else:
                yield Record(id=url, error=f"{source} line {number}: not a web address")
