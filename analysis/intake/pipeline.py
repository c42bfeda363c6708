"""From a file (or standard input) to an analysis: read, convert, clean, check, analyse.

    >>> from analysis.intake.pipeline import score_file
    >>> scored = score_file("article.html")            # doctest: +SKIP
    >>> scored.kind, scored.meta["title"], scored.analysis.scores["words"]  # doctest: +SKIP

Every problem the user can cause becomes an ``InputError`` whose one-line message starts
with the input's name: unreadable, empty, binary or oversized files (``analysis.intake.loading``),
a web page with no article in it, nothing left once page furniture is removed, a paywall
or teaser page (a headline and "subscribe to read", ``analysis.intake.teaser``), a text in
another language, a run of thousands of words with no sentence end.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from analysis.intake.cleaning import Cleaned, clean
from analysis.intake.formats import convert
from analysis.intake.loading import InputError, check_english, read_document
from analysis.intake.teaser import check_teaser

DEFAULT_MAX_BYTES = 5_000_000


@dataclass
class Scored:
    """One analysed input, with what was done to it on the way."""

    name: str
    kind: str  # text, markdown or html
    encoding: str
    analysis: Any  # analysis.core.Analysis (imported lazily)
    cleaned: Cleaned
    meta: dict[str, Any] = field(default_factory=dict)
    extracted_chars: int = 0  # page text the HTML extractor left out
    clean_applied: bool = True

    def cleaning_dict(self) -> dict[str, Any]:
        """The ``cleaning`` object of the JSON output."""
        out: dict[str, Any] = {"applied": self.clean_applied, **self.cleaned.to_dict()}
        if self.kind == "html":
            out["html_extracted"] = self.clean_applied
            out["html_removed_chars"] = self.extracted_chars
        return out


def score_file(path: str | Path, *, clean_text: bool = True,
               max_bytes: int = DEFAULT_MAX_BYTES) -> Scored:
    """Read ``path`` (``"-"`` for standard input, or a web address) and analyse it."""
    if isinstance(path, str) and path[:8].lower().startswith(("http://", "https://")):
        from analysis.intake.fetch import fetch_url  # the network only when asked

        loaded = fetch_url(path, max_bytes=max_bytes)
    else:
        loaded = read_document(path, max_bytes=max_bytes)
    converted = convert(loaded.text, loaded.name, extract=clean_text)
    analysis, cleaned = analyse_text(converted.text, loaded.name, clean_text=clean_text,
                                     meta={"format": converted.kind, **converted.meta},
                                     source=converted.source)
    return Scored(loaded.name, converted.kind, loaded.encoding, analysis, cleaned,
                  dict(analysis.meta), converted.dropped_chars, clean_text)


def analyse_text(text: str, name: str, *, clean_text: bool = True,
                 meta: dict[str, Any] | None = None,
                 source: str | None = None) -> tuple[Any, Cleaned]:
    """Clean (unless told not to), check the language, analyse; InputErrors name the file.

    ``source`` is everything the input showed (a web page's visible text, before the
    article was extracted), where a paywall prompt is looked for; by default ``text``.
    """
    from analysis.core import analyze

    cleaned = clean(text) if clean_text else Cleaned(text)
    if not cleaned.text.strip():
        raise InputError(f"{name}: nothing is left once page furniture is removed "
                         "(try --no-clean)" if clean_text else f"{name}: no text to analyse")
    if clean_text:
        check_teaser(text if source is None else source, cleaned.text, name)
    try:
        check_english(cleaned.text)
    except InputError as exc:
        raise InputError(f"{name}: {exc}") from None
    first = cleaned.text.strip().split("\n", 1)[0].strip()
    info = {"id": _stem(name), "title": first[:200], "source_file": name}
    return analyze(cleaned.text, meta={**info, **(meta or {})}), cleaned


def _stem(name: str) -> str:
    return "stdin" if name == "<stdin>" else (Path(name).stem or "document")
