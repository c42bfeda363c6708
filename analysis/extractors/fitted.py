"""Small fitted models read as plain JSON: no model library at run time.

A model file (written by a script in ``benchmarks/``) holds ``features``, ``coef``,
``intercept`` and the standardisation (``mean``, ``scale``) of a scikit-learn logistic
regression; ``probability`` recomputes its prediction with the standard library.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from functools import cache
from importlib import resources
from typing import Any


@cache
def load(name: str) -> dict[str, Any]:
    """The model stored as ``analysis/data/NAME``, read once a process."""
    path = resources.files("analysis").joinpath("data", name)
    return json.loads(path.read_text(encoding="utf-8"))


def probability(model: Mapping[str, Any], values: Mapping[str, float],
                features: Sequence[str] | None = None) -> float:
    """The logistic model's probability for ``values`` (``features``: the model's own)."""
    z = float(model["intercept"])
    names = model["features"] if features is None else features
    for name, weight, mean, scale in zip(names, model["coef"], model["mean"], model["scale"],
                                         strict=True):
        z += weight * (values[name] - mean) / scale
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
