"""Which claims of one article do the others back up? ``corroborate(docs)``.

A check-worthy claim is a statement with specifics (a number, a date, a year, or a name
written inside the sentence), in the narrator's voice or attributed to someone (``voice``
from ``analysis.text.voice``), not a question. For each claim the closest statement in every
other document is found by the words they share (weighted Jaccard), each weighted by how
rare it is in everyday English (wordfreq's list stands in for IDF, as in
``stance_features``), with extra weight for names and numbers, and, with three documents or
more, discounted when every document uses it (the story's topic says nothing about one
claim). No model library is needed. The claim is then

- ``corroborated``: another document says much the same (score at least ``CORROBORATED``,
  with at least ``MIN_SHARED`` words in common) about the same fact: the two share a
  specific that is not the set's topic (a number, a date, a name: ``anchors.py``), or
  neither has one. Articles on one story share its topic words in every sentence; without
  this, "a diplomat fled from Cuba" was "backed up" by a story about another diplomat;
- ``conflicting``: another document talks about the same thing (similarity at least
  ``RELATED`` before words common to the whole set are discounted) but gives a different
  number for the same counted noun;
- ``single-source``: nothing close enough. When unsure, this: no match is better than a
  false "backed up".

Plain data out, JSON-serialisable, for ``analysis.compare()`` and the reports.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from analysis.framing.anchors import Run, anchored, key, runs, specific, topic_keys
from analysis.framing.stance_features import STOP, stem, weight
from analysis.text.document import Document, Sentence
from analysis.text.voice import voice_of

CORROBORATED = 0.11  # similarity at which another sentence says much the same ...
MIN_SHARED = 2  # ... with at least this many words in common that not every document uses
RELATED = 0.35  # similarity (before the set's discount) at which two sentences are about
# the same thing: words every document uses count here, since they name the thing
MIN_WORDS = 6
TOKEN = re.compile(r"\d+(?:[.,]\d+)*%?|[A-Za-z][A-Za-z'’]*")
YEAR = re.compile(r"(?:1[89]|20)\d\d")
MONTHS = frozenset("""january february march april may june july august september october
    november december""".split())
TOPIC_WEIGHT = math.log(4 / 3.5) / math.log(4 / 1.5)  # about 0.14
NAME_BONUS = 1.5  # a shared name or number counts this much more than its rarity alone


@dataclass
class Statement:
    doc: int
    sentence: Sentence
    voice: str
    weights: dict[str, float]  # content stem -> weight (names and numbers boosted)
    norm: float
    counts: dict[str, str]  # counted noun stem -> number ("troop" -> "20000")
    years: frozenset[str]
    specific: bool
    raw: dict[str, float] | None = None  # the weights before the set's discount
    raw_norm: float = 0.0
    runs: tuple[Run, ...] = ()  # its numbers, dates and names (``anchors.py``) ...
    anchors: frozenset[str] = frozenset()  # ... and their keys, less the set's topic
    first: frozenset[str] = frozenset()  # a capitalised first word, maybe a name


def _statement(doc_index: int, sent: Sentence, voice: str, lower: frozenset[str],
               inner: frozenset[str]) -> Statement:
    tokens = list(TOKEN.finditer(sent.text))
    weights: dict[str, float] = {}
    counts: dict[str, str] = {}
    years: set[str] = set()
    marked: list[tuple[str, str]] = []
    names = 0
    for i, m in enumerate(tokens):
        word = m.group()
        low = word.lower()
        if low in STOP:
            marked.append((word, ""))
            continue
        is_number = word[0].isdigit()
        is_name = word[0].isupper() and i > 0 and word not in lower and low not in MONTHS
        names += is_name
        month = low in MONTHS and word[0].isupper() and i > 0  # "May", not "may"
        marked.append((word, "number" if is_number or month or stem(low)[0].isdigit()
                       else "name" if is_name or (i == 0 and word in inner)
                       else "first" if i == 0 and word[0].isupper() else ""))
        if YEAR.fullmatch(word):
            years.add(word)
        elif is_number:
            noun = next((stem(t.group()) for t in tokens[i + 1:i + 3]
                         if t.group()[0].isalpha() and t.group().lower() not in STOP), "")
            if noun:
                counts[noun] = word.replace(",", "").rstrip("%")
        s = word.replace(",", "") if is_number else stem(word)
        w = weight(low) * (NAME_BONUS if is_name or is_number else 1.0)
        weights[s] = max(weights.get(s, 0.0), w)
    specific = bool(years or counts or names or any(t.group()[0].isdigit() for t in tokens)
                    or any(t.group().lower() in MONTHS for t in tokens))
    words = len(tokens)
    norm = math.sqrt(sum(w * w for w in weights.values()))
    return Statement(doc_index, sent, voice, weights, norm, counts, frozenset(years),
                     specific and words >= MIN_WORDS and not sent.text.rstrip().endswith("?"),
                     runs=runs(marked), first=frozenset(
                         key(w) for w, kind in marked[:1] if kind == "first"))


def _spread(every: list[list[Statement]]) -> None:
    """Discount what every document says: a word in all of the compared documents (the
    story's topic, "North Korea") tells nothing about one claim, so each weight is
    multiplied by log((N + 1) / (documents using it + 0.5)), an inverse document frequency
    within the set; norms are recomputed."""
    n = len(every)
    if n < 3:
        _spread_two(every)
        return
    df: dict[str, int] = {}
    for group in every:
        for s in {s for st in group for s in st.weights}:
            df[s] = df.get(s, 0) + 1
    for group in every:
        for st in group:
            st.raw, st.raw_norm = st.weights, st.norm
            st.weights = {s: w * math.log((n + 1) / (df[s] + 0.5))
                          for s, w in st.weights.items()}
            st.norm = math.sqrt(sum(w * w for w in st.weights.values()))


def _spread_two(every: list[list[Statement]]) -> None:
    """With two documents a word is shared or not, so the topic is told by how often it
    comes back: a word both use in at least ``TOPIC_SENTENCES`` of their sentences ("North
    Korean" in a third of both) counts ``TOPIC_WEIGHT`` of its weight, as a word in every
    document of three does (log(4 / 3.5) against log(4 / 1.5))."""
    for st in (st for group in every for st in group):
        st.raw, st.raw_norm = st.weights, st.norm
    if len(every) < 2:
        return
    topic = topic_keys([[tuple((s,) for s in st.weights) for st in group]
                        for group in every])  # the same test as for names, on words
    for st in (st for group in every for st in group):
        st.weights = {s: w * (TOPIC_WEIGHT if s in topic else 1.0)
                      for s, w in st.weights.items()}
        st.norm = math.sqrt(sum(w * w for w in st.weights.values()))


def _similarity(a: Statement, b: Statement) -> float:
    """Weighted Jaccard: the weight the two sentences share over the weight of their union.
    Unlike a cosine, a long sentence that shares a few topic words with a short one scores
    low, so "backed up" needs most of both to match (chosen on the tuning parts of our
    hand alignment, benchmarks/corroboration/)."""
    if not a.norm or not b.norm:
        return 0.0
    shared = sum(min(w, b.weights[s]) for s, w in a.weights.items() if s in b.weights)
    union = sum(a.weights.values()) + sum(b.weights.values()) - shared
    return shared / union if union else 0.0


def _raw_similarity(a: Statement, b: Statement) -> float:
    """Cosine of the weights before the set's discount: are the two about the same thing?"""
    if not a.raw or not b.raw or not a.raw_norm or not b.raw_norm:
        return 0.0
    dot = sum(w * b.raw[s] for s, w in a.raw.items() if s in b.raw)
    return dot / (a.raw_norm * b.raw_norm)


def _shared(a: Statement, b: Statement) -> bool:
    """At least MIN_SHARED words in common that carry weight (not used by every document)."""
    return sum(1 for s, w in a.weights.items() if w > 0 and b.weights.get(s, 0) > 0) >= MIN_SHARED


def _backs(claim: Statement, other: Statement, documents: int) -> bool:
    """Says much the same (similar enough, with words in common) about the same fact (an
    anchor in common, or, with three documents or more, neither has one: ``anchors.py``).
    Two documents cannot tell the story's topic from a general statement about it, so
    there a shared specific is needed."""
    return (_similarity(claim, other) >= CORROBORATED and _shared(claim, other)
            and anchored(claim.anchors, other.anchors, claim.first, other.first,
                         general=documents >= 3))


def _conflict(a: Statement, b: Statement) -> dict[str, str] | None:
    for noun, value in a.counts.items():
        other = b.counts.get(noun)
        if other is not None and other != value:
            return {"kind": "number", "thing": noun, "this": value, "other": other}
    return None


def _document(item: Any) -> tuple[Document, str, dict[str, Any]]:
    if isinstance(item, str):
        return Document(item), item, {}
    doc = getattr(item, "document", None)
    if not isinstance(doc, Document):
        raise TypeError("corroborate() needs texts (str) or Analyses, not "
                        f"{type(item).__name__}")
    return doc, doc.text, dict(getattr(item, "meta", {}) or {})


def statements(doc: Document, index: int) -> list[Statement]:
    """Every sentence of ``doc`` as a Statement (``specific`` marks the check-worthy)."""
    voice = voice_of(doc)
    lower = doc.lowercase_words
    inner = _inner_names(doc, lower)
    return [_statement(index, s, voice.sentence_voice(s), lower, inner) for s in doc.sentences]


def _inner_names(doc: Document, lower: frozenset[str]) -> frozenset[str]:
    """Capitalised words the document also writes inside a sentence and never in lower
    case: a name that opens a sentence ("Pompeo made the trip") is still a name."""
    return frozenset(m.group() for s in doc.sentences for i, m in enumerate(TOKEN.finditer(s.text))
                     if i > 0 and m.group()[0].isupper() and m.group() not in lower)


def _drop_topic(every: list[list[Statement]]) -> None:
    """Anchors the documents all use (or, with two, keep using) are the story's topic, not
    one fact's."""
    topic = topic_keys([[st.runs for st in group] for group in every])
    for st in (st for group in every for st in group):
        st.anchors = specific(st.runs, topic)
        st.first = st.first - topic


def corroborate(docs: Sequence[Any], ids: Sequence[str] | None = None) -> dict[str, Any]:
    """Check-worthy claims of each document, matched against the others.

    ``docs``: texts (str) or Analyses (anything with ``.document`` and ``.meta``), at least
    one. Returns plain data::

        {"thresholds": {"corroborated": float, "related": float},
         "documents": [{"id": str, "claims": int, "corroborated": int, "conflicting": int,
                        "single_source": int, "share_corroborated": float | None}],
         "claims": [{"doc": str, "start": int, "end": int, "text": str,
                     "voice": "narrator" | "quoted" | "mixed",
                     "label": "corroborated" | "conflicting" | "single-source",
                     "score": float (best similarity, 0-1),
                     "matches": [{"doc": str, "start": int, "end": int, "text": str,
                                  "score": float}],  # the closest sentence per other doc
                     "conflict": {"kind": "number", "thing": str, "this": str,
                                  "other": str, "doc": str} | None}]}

    A document's id is ``ids[i]`` when given, else its ``meta["id"]`` when it has one, else
    ``doc1``, ``doc2`` ...;
    offsets index that document's text. ``share_corroborated`` is None for a document
    with no claims.
    """
    read = [_document(d) for d in docs]
    if ids is None:
        ids = [str(meta.get("id") or f"doc{i + 1}") for i, (_, _, meta) in enumerate(read)]
    ids = [str(i) for i in ids]
    every = [statements(doc, i) for i, (doc, _, _) in enumerate(read)]
    _spread(every)
    _drop_topic(every)
    indexes = [_index(group) for group in every]
    claims = [_judge(st, every, indexes, ids) for group in every for st in group
              if st.specific]
    return {"thresholds": {"corroborated": CORROBORATED, "related": RELATED},
            "documents": [_summary(ids[i], [c for c in claims if c["doc"] == ids[i]])
                          for i in range(len(read))],
            "claims": claims}


Index = dict[str, list[int]]  # stem -> positions of the sentences that use it


def _index(group: list[Statement]) -> Index:
    out: Index = {}
    for i, st in enumerate(group):
        for s in st.raw or st.weights:
            out.setdefault(s, []).append(i)
    return out


def _judge(claim: Statement, every: list[list[Statement]], indexes: list[Index],
           ids: list[str]) -> dict[str, Any]:
    """Only sentences that share a word with the claim are compared (an inverted index),
    so a long set costs the shared words, not every pair of sentences. From each other
    document the sentence that backs the claim up (``_backs``) is taken where there is one,
    else the closest."""
    matches: list[tuple[float, Statement]] = []
    for j, group in enumerate(every):
        if j == claim.doc:
            continue
        near = {i for s in (claim.raw or claim.weights) for i in indexes[j].get(s, ())}
        if not near:
            continue
        best = max((group[i] for i in near), key=lambda s: (
            _backs(claim, s, len(every)), _similarity(claim, s), -s.sentence.start))
        matches.append((_similarity(claim, best), best))
    matches.sort(key=lambda m: (-m[0], m[1].doc))
    score = matches[0][0] if matches else 0.0
    label, conflict = "single-source", None
    for _, other in matches:
        found = _conflict(claim, other) if _raw_similarity(claim, other) >= RELATED else None
        if found:
            label, conflict = "conflicting", {**found, "doc": ids[other.doc]}
            break
    if label == "single-source" and any(_backs(claim, other, len(every)) for _, other in matches):
        label = "corroborated"
    s = claim.sentence
    return {"doc": ids[claim.doc], "start": s.start, "end": s.end, "text": s.text,
            "voice": claim.voice, "label": label, "score": round(score, 3),
            "matches": [{"doc": ids[o.doc], "start": o.sentence.start, "end": o.sentence.end,
                         "text": o.sentence.text, "score": round(sim, 3)}
                        for sim, o in matches if sim > 0],
            "conflict": conflict}


def _summary(doc_id: str, claims: list[dict[str, Any]]) -> dict[str, Any]:
    n = len(claims)
    count = {label: sum(c["label"] == label for c in claims)
             for label in ("corroborated", "conflicting", "single-source")}
    return {"id": doc_id, "claims": n, "corroborated": count["corroborated"],
            "conflicting": count["conflicting"], "single_source": count["single-source"],
            "share_corroborated": round(count["corroborated"] / n, 3) if n else None}
