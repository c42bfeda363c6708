"""One row per document: meta columns first, then every score column in a stable order."""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING, Any

from analysis.core import Analysis
from analysis.report.files import write_atomic

if TYPE_CHECKING:
    import pandas as pd

META_COLUMNS = ("id", "title", "outlet", "kind", "date", "byline", "role", "comparison_role")


def meta_columns(analyses: list[Analysis]) -> list[str]:
    """The known meta keys in a fixed order, then any other scalar keys alphabetically."""
    seen = {k for a in analyses for k, v in a.meta.items() if _is_scalar(v)}
    known = [k for k in META_COLUMNS if k in seen]
    return known + sorted(seen - set(known))


def score_columns(analyses: list[Analysis]) -> list[str]:
    """Score columns in the order the scorer emits them (first seen first)."""
    out: dict[str, None] = {}
    for a in analyses:
        out.update(dict.fromkeys(a.scores))
    return list(out)


def rows(analyses: list[Analysis]) -> tuple[list[str], list[dict[str, Any]]]:
    metas, scores = meta_columns(analyses), score_columns(analyses)
    data = []
    for a in analyses:
        row: dict[str, Any] = {k: a.meta.get(k) for k in metas}
        row.update({k: a.scores.get(k, math.nan) for k in scores})
        data.append(row)
    return metas + scores, data


def frame(analyses: list[Analysis]) -> pd.DataFrame:
    """A DataFrame with one row per document (numbers as numbers, NaN where undefined)."""
    import pandas as pd

    columns, data = rows(analyses)
    return pd.DataFrame(data, columns=columns)


def write_csv(analyses: list[Analysis], path: Path) -> Path:
    """The CSV: NaN and missing values empty, floats printed the same way every time."""
    import pandas as pd

    columns, data = rows(analyses)
    text_rows = [{k: csv_cell(row[k]) for k in columns} for row in data]
    df = pd.DataFrame(text_rows, columns=columns, dtype=object)
    return write_atomic(path, df.to_csv(index=False, lineterminator="\n"))


def csv_cell(v: Any) -> str:
    """A value as one CSV cell: ints plainly, floats to at most 4 decimals, NaN empty."""
    if v is None:
        return ""
    if isinstance(v, bool):
        return str(v).lower()
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if math.isnan(v):
            return ""
        if math.isinf(v):
            return "inf" if v > 0 else "-inf"
        text = f"{v:.4f}".rstrip("0").rstrip(".")
        return "0" if text == "-0" else text
    return str(v)


def _is_scalar(v: Any) -> bool:
    return v is None or isinstance(v, str | int | float | bool)
