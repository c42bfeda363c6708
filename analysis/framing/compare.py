"""``compare(items)``: the framing tables of a set of articles as plain, JSON-ready data.

Each table is one entry of ``TABLES``: a name and a function from the list of prepared
articles to the table, whose per-document parts follow the order of ``documents``. Another
table is one more line.

An item is a text or an ``Analysis`` (anything with ``text``, ``document`` and ``meta``);
``analysis.compare`` (the package face) turns texts into analyses first, so tables that
need an analysis (frames) find one in ``item.analysis``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from analysis.extractors import frames
from analysis.framing.corroboration import corroborate
from analysis.framing.naming_table import naming_table
from analysis.framing.vocabulary import vocabulary_table
from analysis.framing.voices import voices_table
from analysis.text.document import Document


@dataclass(frozen=True)
class Item:
    """One compared article: its name, text, prepared document and, where given, analysis."""

    name: str
    text: str
    document: Document
    analysis: Any = None


TABLES: dict[str, Callable[[list[Item]], Any]] = {
    "naming": lambda items: naming_table([i.document for i in items]),
    "vocabulary": lambda items: vocabulary_table([i.document for i in items]),
    "voices": lambda items: voices_table([i.document for i in items]),
    "corroboration": lambda items: corroborate([i.analysis or i.text for i in items],
                                                [i.name for i in items]),
    "frames": lambda items: [_frames(i.analysis) for i in items],
}


def _frames(analysis: Any) -> dict[str, Any] | None:
    """An analysis's ``frames`` entry (``analyze(text).to_dict()["frames"]``); None for a
    bare text or an analysis without the framing extractor."""
    result = getattr(analysis, "results", {}).get("framing")
    return None if result is None else frames.summary(result)


def prepare(items: Sequence[Any], names: Sequence[str] | None = None) -> list[Item]:
    """Texts and analyses as ``Item``s, named by ``names``, else by their meta's ``id``, else
    "document 1", "document 2", ..."""
    if isinstance(items, str) or not isinstance(items, Sequence):
        raise TypeError("compare() takes a list of texts or analyses")
    if names is not None and len(names) != len(items):
        raise ValueError(f"compare() got {len(items)} items but {len(names)} names")
    out = []
    for i, item in enumerate(items):
        if isinstance(item, str):
            text, doc, analysis, meta = item, Document(item), None, {}
        elif hasattr(item, "document") and hasattr(item, "text"):
            text, doc, analysis = item.text, item.document, item
            meta = getattr(item, "meta", None) or {}
        else:
            raise TypeError(f"compare() item {i + 1} is a {type(item).__name__}, not a text "
                            "or an analysis")
        name = names[i] if names is not None else str(meta.get("id") or f"document {i + 1}")
        out.append(Item(name, text, doc, analysis))
    return out


def compare(items: Sequence[Any], *, names: Sequence[str] | None = None) -> dict[str, Any]:
    """``{"documents": [{"name", "words"}], "naming": [...], "vocabulary": [...], "voices":
    [...], "corroboration": {...}, "frames": [each document's frames or None]}``: every
    table of ``TABLES`` over the prepared items, in the items' order."""
    prepared = prepare(items, names)
    out: dict[str, Any] = {"documents": [{"name": i.name, "words": i.document.word_count}
                                         for i in prepared]}
    for name, table in TABLES.items():
        out[name] = table(prepared)
    return out
