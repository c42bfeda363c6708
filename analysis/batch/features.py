"""``analysis.ArticleFeatures`` and ``analysis.score_frame``: the scores as model features.

    >>> from sklearn.pipeline import make_pipeline                  # doctest: +SKIP
    >>> from sklearn.linear_model import LogisticRegression         # doctest: +SKIP
    >>> model = make_pipeline(ArticleFeatures(), LogisticRegression()).fit(texts, labels)
    >>> score_frame(df, text_column="body")   # df with every score column added

``ArticleFeatures`` turns each text into the numeric score columns of
``credibility batch`` (the same rows: ``analysis.batch.rows.score_record``), so a model
trained on them sees exactly what the command writes. It learns nothing (``fit`` only
fixes the column names), so it fits in a ``Pipeline`` before any estimator. A text that
cannot be scored (empty, not English, too long) gives a row of NaN, or, with
``errors="raise"``, a ``ValueError`` naming it. scikit-learn and pandas are imported only
here, never on the ``credibility score`` path.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import check_is_fitted

from analysis.batch.inputs import Record
from analysis.batch.rows import Options, _probe_cached, score_record
from analysis.intake.pipeline import DEFAULT_MAX_BYTES


def numeric_columns() -> list[str]:
    """Every numeric score column, in the order ``batch`` writes them."""
    return [k for k, v in _probe_cached()
            if isinstance(v, int | float) and not isinstance(v, bool)]


class ArticleFeatures(TransformerMixin, BaseEstimator):
    """Texts -> score columns (rates, shares, indices, readability), one row per text.

    Parameters
    ----------
    columns : list of str or None
        The score columns to keep (default: every numeric one; ``numeric_columns()``).
    clean : bool
        Remove page furniture first, as ``credibility score`` does (default True).
    errors : {"nan", "raise"}
        What a text that cannot be scored gives: a row of NaN, or a ``ValueError``.
    max_bytes : int
        Longer texts cannot be scored (default 5 MB, as ``score``).
    """

    def __init__(self, columns: Sequence[str] | None = None, clean: bool = True,
                 errors: str = "nan", max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.columns = columns
        self.clean = clean
        self.errors = errors
        self.max_bytes = max_bytes

    def fit(self, X: Any, y: Any = None) -> ArticleFeatures:
        """Check the input and fix the output columns; nothing is learnt."""
        if self.errors not in ("nan", "raise"):
            raise ValueError(f"errors={self.errors!r}: use 'nan' or 'raise'")
        known = numeric_columns()
        chosen = known if self.columns is None else list(self.columns)
        unknown = [c for c in chosen if c not in known]
        if unknown:
            raise ValueError(f"unknown score columns: {', '.join(unknown)}")
        self._remember_input(X)
        _texts(X)
        self.feature_names_out_ = np.asarray(chosen, dtype=object)
        return self

    def transform(self, X: Any) -> np.ndarray:
        """One row of floats per text (NaN where a score is undefined)."""
        check_is_fitted(self, "feature_names_out_")
        options = Options(clean=self.clean, max_bytes=self.max_bytes)
        names = list(self.feature_names_out_)
        rows = []
        for i, text in enumerate(_texts(X)):
            row = score_record(Record(id=f"text {i}", text=text), options)
            if row["error"] and self.errors == "raise":
                raise ValueError(row["error"])
            rows.append([_number(row.get(k)) for k in names])
        return np.asarray(rows, dtype=float).reshape(len(rows), len(names))

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        """The score column names (``set_output(transform="pandas")`` uses them)."""
        check_is_fitted(self, "feature_names_out_")
        return self.feature_names_out_.copy()

    def __sklearn_tags__(self) -> Any:
        tags = super().__sklearn_tags__()
        tags.input_tags.two_d_array = False  # one text per sample, not a numeric matrix
        tags.input_tags.string = True
        tags.requires_fit = True
        return tags

    def _remember_input(self, X: Any) -> None:
        self.n_features_in_ = 1
        names = getattr(X, "columns", None)
        if names is not None and len(names) == 1 and isinstance(names[0], str):
            self.feature_names_in_ = np.asarray(list(names), dtype=object)
        elif hasattr(self, "feature_names_in_"):
            del self.feature_names_in_


def score_frame(df: Any, text_column: str = "text", *, clean: bool = True,
                columns: Sequence[str] | None = None) -> Any:
    """A copy of ``df`` with every score column added (``error`` says why a row has none)."""
    import pandas as pd

    if text_column not in df.columns:
        raise KeyError(f"no column {text_column!r} in the frame")
    options = Options(clean=clean)
    rows = [score_record(Record(id=str(ix), text=t if isinstance(t, str) else None,
                                error=None if isinstance(t, str) else f"{ix}: no text"),
                         options) for ix, t in zip(df.index, df[text_column], strict=True)]
    names = list(columns) if columns is not None else [k for k, _ in _probe_cached()]
    added = pd.DataFrame({k: [r.get(k) for r in rows] for k in [*names, "error"]},
                         index=df.index)
    numeric = [k for k in names if k in numeric_columns()]
    added[numeric] = added[numeric].astype(float)
    return pd.concat([df.drop(columns=[k for k in added if k in df.columns]), added], axis=1)


def _texts(X: Any) -> list[str]:
    """The texts of a list, a 1-D array, a Series, or a one-column frame or 2-D array."""
    if isinstance(X, str):
        raise ValueError("expected a list of texts, got a single string: wrap it in a list")
    if hasattr(X, "iloc") and getattr(X, "ndim", 1) == 2:  # a DataFrame
        if X.shape[1] != 1:
            raise ValueError(f"expected one text column, got {X.shape[1]} columns")
        X = X.iloc[:, 0]
    if isinstance(X, np.ndarray) and X.ndim == 2:
        if X.shape[1] != 1:
            raise ValueError(f"expected one text column, got {X.shape[1]} columns")
        X = X[:, 0]
    try:
        texts = list(X)
    except TypeError:
        raise ValueError(f"expected a list of texts, got {type(X).__name__}") from None
    bad = next((t for t in texts if not isinstance(t, str)), None)
    if bad is not None:
        raise ValueError(f"expected texts (str), got {type(bad).__name__}")
    return texts


def _number(v: Any) -> float:
    return float("nan") if v is None or isinstance(v, str) else float(v)
