"""The extractor registry: an explicit, ordered tuple of modules.

Each module has ``NAME`` (the extractor name used in evidence and columns), ``LABELS``
(label -> plain-language explanation), ``DESCRIPTION`` and ``extract(doc) -> ExtractorResult``.
``base`` holds the evidence and result types; ``readability/`` keeps its own helpers.
Layer: above ``text``; extractors may import ``text``, ``lexicons`` and each other's
helpers, never ``scoring``, ``core`` or anything above them.
"""

from __future__ import annotations

from types import ModuleType

from analysis.extractors import (
    frames,
    genre,
    hedging,
    loaded_language,
    readability,
    rhetorical_questions,
    sourcing,
    specificity,
    superlatives,
)

REGISTRY: tuple[ModuleType, ...] = (
    hedging,
    rhetorical_questions,
    superlatives,
    specificity,
    sourcing,
    loaded_language,
    readability,
    frames,
    genre,
)
NAMES: tuple[str, ...] = tuple(m.NAME for m in REGISTRY)
# The extractors whose evidence is highlighted in the text (report, class page, worksheet).
# A module with ``HIGHLIGHT = False`` (frames, genre) describes the whole document: its
# evidence stays in ``Analysis.evidence`` and the JSON, but a frame cue is not a flaw to
# mark in the reader's text, and fifty of them would hide the marks that are.
HIGHLIGHTED: tuple[str, ...] = tuple(m.NAME for m in REGISTRY if getattr(m, "HIGHLIGHT", True))


def get(name: str) -> ModuleType:
    """The extractor module called ``name``."""
    for m in REGISTRY:
        if name == m.NAME:
            return m
    raise KeyError(f"no extractor called {name!r}; known: {', '.join(NAMES)}")
