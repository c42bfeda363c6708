"""Specificity: how much checkable detail each sentence carries, on a 0–1 scale.

Evidence marks specific details (numbers, dates, quantities with units, named people,
places and organisations, direct quotes) and vague quantifiers ("many", "various").
Each sentence's score is a logistic model over interpretable features (length, these
counts, capitalisation, word rarity, personal and pointing words; see
``specificity_model``); 0.5 is the boundary between general and specific. The document
score is the word-weighted mean.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Callable
from functools import cache

from analysis.extractors.base import Evidence, ExtractorResult, tally
from analysis.extractors.specificity_details import (  # noqa: F401 (DETAIL_*: for tests)
    DETAIL_PATTERNS,
    DETAIL_WORD_FIRST,
    detail_matches,
    windows_details,
)
from analysis.extractors.specificity_model import (
    feature_values,
    features,
    sentence_columns,
    title_case,
    values_probability,
    word_columns,
)
from analysis.lexicons import entries, lexicon
from analysis.text.document import Document, Sentence, Token
from analysis.text.names import names_of
from analysis.text.sentence_matches import sentence_matches
from analysis.text.voice import voice_of

NAME = "specificity"
DESCRIPTION = "Checkable details (numbers, dates, names, places, quotes) versus vague words."
LABELS = {
    "number": "a number",
    "date": "a date or time",
    "quantity": "an amount with a unit (money, distance, people)",
    "person": "a named person",
    "place": "a named place",
    "organisation": "a named organisation",
    "name": "a name of something specific",
    "quote": "someone's exact words",
    "vague": "a vague amount or stand-in ('many', 'various') instead of a detail",
}
DETAIL_LABELS = tuple(k for k in LABELS if k != "vague")
# A capitalised word and what follows it. First written with a second alternative,
# [A-Z]{2,}, which never matched (the first matches whatever it does, and what follows may
# be empty): a pattern whose alternatives open with classes is tried at every position of
# the sentence, one opening with a class is skipped to in C (half the time).
NAME_RE = re.compile(r"[A-Z][\w’'.-]*(?:\s+(?:(?:of|the|for|and|de|al)\s+)*(?:[A-Z][\w’'-]*))*")
NATIONALITY = frozenset(
    """Korean Koreans American Americans Cuban Chinese Japanese British Egyptian African
    Asian European Russian French German Italian Western Eastern Communist Christian
    Muslim Southeast Sino-North""".split()
)
NAME_GLUE = frozenset("North South East West Northern Southern Eastern of the and for".split())
NOT_NAMING = NATIONALITY | NAME_GLUE  # a name's last word is none of these
CLAUSE_MARKS = frozenset((":", ";", "“", "\"", "(", "-", "–", "—"))  # a clause opens after
ORG_WORDS = frozenset(
    """Ministry Department Embassy Agency Institute University Service Assembly Times Post
    News Party Council Committee Commission Bank Corp Inc Company Association Foundation
    Government Army Navy Police Court Congress Parliament Senate Office Bureau
    Representative Nations Union Organization Organisation Network Broadcasting Press
    Reuters""".split()
)
PERSON_BEFORE = frozenset(
    """mr mrs ms dr president ambassador lawyer minister leader brother sister wife husband
    secretary official inmate woman man soldier spokesman diplomat director chairman
    professor son daughter father mother named mayor governor senator judge chief general
    principal captain king queen pope reverend firefighter officer sergeant colonel
    commander chancellor premier councillor councilor editor reporter""".split()
)
SENTENCE_STARTERS = frozenset(
    """the a an this that these those it he she they we i in on at but and however after
    before when while as despite although though every some many more most his her their
    its our your lately previously also another there here so yet if because what why how
    who where which even instead rather therefore furthermore still then you one young
    watch meet considering""".split()
)


@cache
def _places() -> frozenset[str]:
    return frozenset(e.term for e in entries("places"))


@cache
def _phrase_places() -> tuple[str, ...]:
    """The places of more than one word, looked for inside a name."""
    return tuple(p for p in _places() if " " in p)


# a name -> its kind from the name alone, and whether a word after its first has a hyphen
_name_kinds: dict[str, tuple[str | None, bool]] = {}  # a plain dict: lru_cache's links are
# GC-tracked


def _kind_of_name(name: str) -> tuple[str | None, bool]:
    """``organisation`` or ``place`` from the name alone, and whether a word after the
    first has a hyphen (names recur: worked out once)."""
    found = _name_kinds.get(name)
    if found is not None:
        return found
    words = name.replace("’s", "").split()
    kind = None
    if any(w in ORG_WORDS for w in words) or (name.isupper() and len(name) > 1):
        kind = "organisation"
    elif name in _places() or any(p in name for p in _phrase_places()) or words[-1] in _places():
        kind = "place"
    if len(_name_kinds) >= 1 << 16:
        _name_kinds.clear()
    found = _name_kinds[name] = kind, any("-" in w for w in words[1:])
    return found


def _label(text: str, in_dateline: Callable[[int, int], bool], start: int, name: str
           ) -> str:
    if in_dateline(start, start + len(name)):
        return "place"  # "GENEVA (Reuters) -": a place, however it is capitalised
    kind, hyphenated = _name_kinds.get(name) or _kind_of_name(name)
    if kind is not None:
        return kind
    if hyphenated:
        return "person"
    before = text[max(0, start - 25) : start].lower().split()
    if before and before[-1].strip(",") in PERSON_BEFORE:
        return "person"
    return "name"


def _is_title_case(sent: Sentence) -> bool:
    return title_case(word_columns([t for t in sent.tokens if t.is_word]))


def _names(doc: Document, sent: Sentence, titled: bool | None = None
           ) -> list[tuple[int, int, str]]:
    """The names of the sentence (``titled``: whether it is in Title Case, if known)."""
    if _is_title_case(sent) if titled is None else titled:
        # a headline: capitals say nothing, so only known places count
        return [(m.start(), m.end(), "place")
                for m, _ in lexicon("places").finditer(doc.text, sent.start, sent.end)]
    out: list[tuple[int, int, str]] = []
    whole, first, in_dateline = doc.text, sent.start, None
    for m in NAME_RE.finditer(whole, first, sent.end):
        s, text = m.start(), m.group().rstrip(".")
        words = text.split()
        clause_start = s == first or whole[max(first, s - 8) : s].rstrip()[-1:] in CLAUSE_MARKS
        if clause_start and words[0].lower() in SENTENCE_STARTERS:
            if len(words) == 1:
                continue
            s += len(words[0]) + 1  # the first of text.split() is words[0]
            text = text.split(None, 1)[1]
            words = words[1:]
        if len(words) > 1 and words[0].lower() in PERSON_BEFORE:
            s += len(words[0]) + 1
            text = text.split(None, 1)[1]
            out.append((s, s + len(text), "person"))
            continue
        if words[-1] in NOT_NAMING:
            while words and words[-1] in NOT_NAMING:
                words = words[:-1]
            if not words:
                continue
            joined = " ".join(words)
            text = joined if joined in text else text
        if NOT_NAMING.issuperset(words):  # none but those
            continue
        if len(text) < 2 or (clause_start and len(words) == 1):
            continue
        if in_dateline is None:
            in_dateline = names_of(doc).in_dateline
        out.append((s, s + len(text), _label(whole, in_dateline, s, text)))
    return out


def _details(doc: Document, sent: Sentence, titled: bool | None = None
             ) -> list[tuple[int, int, str]]:
    found = list(_sentence_details(doc)[sent.index])
    found += _names(doc, sent, titled)
    found += _direct_quotes_in(doc, sent)
    found += _vague_amounts(doc).get(sent.index, [])
    return _no_overlap(found)


def _vague_amounts(doc: Document) -> dict[int, list[tuple[int, int, str]]]:
    """The vague amounts of each sentence that has any, from one search of the whole text
    (``sentence_matches``), kept as spans (a match object cannot be pickled, and the web
    server sends analysed seeds to its workers)."""
    found = doc.layers.get("specificity_vague")
    if found is None:
        matches = sentence_matches(lexicon("vague_quantifiers"), doc)
        found = doc.layers["specificity_vague"] = {
            sent.index: [(m.start(), m.end(), "vague") for m, _ in got]
            for sent in doc.sentences if (got := matches(sent))}
    return found


def _sentence_details(doc: Document) -> list[list[tuple[int, int, str]]]:
    """The dates, quantities and numbers of each sentence, found once per document."""
    found = doc.layers.get("specificity_details")
    if found is None:
        found = doc.layers["specificity_details"] = windows_details(
            doc.text, [(s.start, s.end) for s in doc.sentences])
    return found


def _direct_quotes_in(doc: Document, sent: Sentence) -> list[tuple[int, int, str]]:
    """The spans of the direct quotations that start in the sentence, by binary search over
    their starts, listed once per document (every sentence trying every quotation was
    quadratic: 1 MB of quoted sentences, 31 s; a search with a key called it in Python)."""
    quotes = doc.layers.get(NAME)
    if quotes is None:
        direct = [q for q in voice_of(doc).quotes if q.kind == "direct"]
        quotes = doc.layers[NAME] = ([q.start for q in direct],
                                     [(q.start, q.end, "quote") for q in direct])
    starts, spans = quotes
    lo = bisect.bisect_left(starts, sent.start)
    return spans[lo:bisect.bisect_left(starts, sent.end, lo)]


def _no_overlap(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Keep the earliest, then longest, span where spans overlap (quotes always win)."""
    if len(spans) < 2:
        return spans
    spans.sort(key=lambda c: (c[2] != "quote", c[0], -(c[1] - c[0])))
    kept: list[tuple[int, int, str]] = []
    starts: list[int] = []
    for s, e, label in spans:
        i = bisect.bisect_right(starts, s)
        if (i > 0 and kept[i - 1][1] > s) or (i < len(kept) and kept[i][0] < e):
            continue
        kept.insert(i, (s, e, label))
        starts.insert(i, s)
    return kept


def text_features(doc: Document) -> dict[str, float]:
    """Model features of a whole text taken as one unit (used to fit the model)."""
    labels = [label for sent in doc.sentences for *_, label in _details(doc, sent)]
    return features(doc.tokens, labels)


def sentence_features(doc: Document) -> list[tuple[dict[str, float], int]]:
    """Each sentence's model features and its length in space-separated pieces, as the
    benchmark weighs it (to fit and check the model). A fragment without words (a
    closing quote mark split off) is counted with the sentence before it, as in
    ``extract``."""
    out: list[tuple[dict[str, float], int]] = []
    for sent in doc.sentences:
        pieces = len(doc.text[sent.start : sent.end].split())
        if out and not _word_count(sent.tokens):
            out[-1] = (out[-1][0], out[-1][1] + pieces)
            continue
        labels = [label for *_, label in _details(doc, sent)]
        out.append((features(sent.tokens, labels), pieces))
    return out


def _word_count(tokens: list[Token]) -> int:
    return sum(1 for t in tokens if t.is_word)


def extract(doc: Document) -> ExtractorResult:
    evidence: list[Evidence] = []
    per_sentence: list[float] = []
    weighted = 0.0
    voice = voice_of(doc)
    for sent in doc.sentences:
        columns = sentence_columns(sent.tokens)
        spans = _details(doc, sent, title_case(columns))
        words = len(columns[0]) if columns else 0
        if not words and per_sentence:  # a stray fragment (a closing quote mark) says
            score = per_sentence[-1]  # nothing itself: it goes with the sentence before
        else:
            score = values_probability(feature_values(columns, [lab for *_, lab in spans]))
        per_sentence.append(score)
        weighted += score * words
        for s, e, label in spans:
            text = doc.text[s:e]
            evidence.append(Evidence(NAME, label, s, e, text, _explain(label, text),
                                     voice.voice_at(s, e)))
    result = ExtractorResult(NAME, evidence, tally(evidence, LABELS), per_sentence=per_sentence)
    details = sum(1 for ev in evidence if ev.label != "vague")
    result.counts["details"] = details
    words = doc.word_count
    result.values["document"] = round(weighted / words, 3) if words else math.nan
    result.values["specific_share"] = (
        round(sum(1 for x in per_sentence if x >= 0.5) / len(per_sentence), 3)
        if per_sentence else math.nan
    )
    return result


def _explain(label: str, text: str) -> str:
    if label == "vague":
        return (f"“{text}” stands in for a detail. How many, which ones, when? Vague words "
                "make a claim hard to check.")
    return f"“{text}” is {LABELS[label]}: a detail a reader could check."
