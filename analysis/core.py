"""``analyze(text)``: run every registered extractor over one prepared document."""

from __future__ import annotations

import gc
import math
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Any

from analysis.extractors import REGISTRY, frames, genre
from analysis.extractors.base import Evidence, ExtractorResult
from analysis.scoring.indices import score
from analysis.text.document import Document
from analysis.text.voice import voice_of

SCHEMA = "credibility/1"


@dataclass
class Analysis:
    """Everything found in one text: the document, each extractor's result and the scores."""

    text: str
    document: Document
    results: dict[str, ExtractorResult]
    meta: dict[str, Any] = field(default_factory=dict)

    @cached_property
    def evidence(self) -> list[Evidence]:
        """All evidence spans, in text order (then by extractor order)."""
        order = {name: i for i, name in enumerate(self.results)}
        spans = [e for r in self.results.values() for e in r.evidence]
        return sorted(spans, key=lambda e: (e.start, order[e.extractor], e.end))

    @cached_property
    def scores(self) -> dict[str, float]:
        return score(self.results, self.document.word_count, len(self.document.sentences))

    @cached_property
    def headline(self) -> dict[str, Any] | None:
        """The title's clickbait judgement and hooks (``analysis.headline``), for a text whose
        ``meta`` has a title with at least one word; None otherwise."""
        title = self.meta.get("title")
        if not isinstance(title, str) or not any(c.isalnum() for c in title):
            return None
        from analysis.framing.headline import headline  # only when asked for: `score` to a
        # terminal never is, and the framing modules are a tenth of what importing costs
        return headline(title, self.text)

    def sentence_rows(self) -> list[dict[str, Any]]:
        spec = self.results.get("specificity")
        per_sentence = spec.per_sentence if spec else []
        voice = voice_of(self.document)
        return [
            {
                "start": s.start,
                "end": s.end,
                "voice": voice.sentence_voice(s),
                "specificity": per_sentence[i] if i < len(per_sentence) else None,
            }
            for i, s in enumerate(self.document.sentences)
        ]

    def to_dict(self) -> dict[str, Any]:
        """The documented JSON structure (schema ``credibility/1``); NaN becomes null."""
        out: dict[str, Any] = {
            "schema": SCHEMA,
            "text": self.text,
            "words": self.document.word_count,
            "sentences": self.sentence_rows(),
            "evidence": [e.to_dict() for e in self.evidence],
            "scores": {k: _json_number(v) for k, v in self.scores.items()},
        }
        if "framing" in self.results:
            out["frames"] = frames.summary(self.results["framing"])
        if "genre" in self.results:
            out["genre"] = genre.summary(self.results["genre"])
        if self.meta:
            out["meta"] = dict(self.meta)
        if self.headline is not None:
            out["headline"] = self.headline
        return out


def _json_number(value: float) -> float | None:
    return None if isinstance(value, float) and math.isnan(value) else value


def analyze(text: str, *, meta: dict[str, Any] | None = None) -> Analysis:
    """Analyse exactly ``text`` (no cleaning, no rewriting): offsets index ``text``."""
    if not isinstance(text, str):
        raise TypeError(f"analyze() takes a str, not {type(text).__name__}")
    doc = Document(text)
    results = {m.NAME: m.extract(doc) for m in REGISTRY}
    return Analysis(text, doc, results, dict(meta or {}))


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off for the block, back on after it: for a process
    of ours that runs analyses one after another (a batch worker, a class server's worker),
    never inside ``analyze()``, which leaves a caller's process as it finds it.

    One analysis allocates tens of thousands of small objects that all live until it ends,
    so the collector's young generations would scan them every 700 allocations for nothing
    (an analysis makes no reference cycles; ``tests/test_warm.py``): 4-8% of the time of
    full articles (8% in a loop of them, 4% in batch rows on a loaded machine), nothing
    measurable on 700-word ones. Reference counting still frees
    everything as usual. Left alone when the caller has turned the collector off, and only
    the block that turned it off turns it back on.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


# Warming a process up for many analyses (a batch before it forks its workers, a class
# server's worker before it says it is ready): every word list and regex built before the
# first document, so that none pays for it and no worker builds it again.
HEADLINE = "Council Votes To Close The Old Bridge"
PROBE = ("The city council voted on Tuesday to close the bridge, officials said. Some "
         "residents may oppose the plan. Why would anyone want that?")


@cache
def warm_up() -> None:
    """Analyse a headline and ``PROBE`` (with that title), then the same 180 times over
    (30,000 characters), once per process. The first pass compiles every lexicon an article
    and its title need, which then get their trie searches together
    (``analysis.lexicons.use_tries``: one build of the shared scan, where lexicons crossing
    ``PLAIN_BUDGET`` one by one in the first long articles would rebuild it seven times, 1.4 s
    of CPU in every worker); the second pass builds the rest (about 0.5 s of CPU in all).
    A batch does this before it forks its workers, which then start warm; each server
    worker does it before it says it is ready. Outputs do not depend on it."""
    from analysis.lexicons import use_tries

    text = f"{HEADLINE}\n\n{PROBE}"  # a Title Case headline is searched for places
    analyze(text, meta={"title": HEADLINE}).to_dict()  # compiles the lexicons a text and
    # its title need; then they get one shared trie
    use_tries()
    analyze("\n\n".join([text] * 180)).to_dict()
