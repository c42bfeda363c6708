"""credibility: signals of how a news text is written, each traced to words in the text.

    >>> from analysis import analyze
    >>> a = analyze("Experts say the plan may fail.")
    >>> [(e.extractor, e.label, e.text) for e in a.evidence][:2]
    [('hedging', 'epistemic', 'may'), ('hedging', 'weasel', 'Experts say')]
"""

from __future__ import annotations

from analysis.core import SCHEMA, Analysis, analyze
from analysis.framing import headline

__all__ = ["SCHEMA", "Analysis", "analyze", "headline"]
__version__ = "0.1.0"
