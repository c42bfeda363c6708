"""Features of a headline against its body, for the headline-body stance model.

Two questions, after the Fake News Challenge baseline (Pomerleau & Rao 2017) and the
feature-based entries that followed it (Riedel et al. 2017; Hanselowski et al. 2018):

- is the body about the headline at all? How much of the headline's content, weighted by
  how rare each word is in everyday English (wordfreq's list stands in for IDF, so no
  corpus statistics are stored), the body repeats: anywhere, in its first sentences, in
  its single best-matching sentence, as word pairs, as names and numbers;
- and if so, does it vouch for it, refute it or only report it? Refuting, hedging and
  confirming cue words (``lexicons/stance_cues.tsv``, from Ferreira & Vlachos 2016 and the
  FNC-1 baseline) in the body, in its opening, and in the sentences that match the
  headline best, where a "not" or "denied" is about the headline's claim.

Everything is one pass over the body's words; a ``BodyProfile`` is built once per body and
reused for every headline measured against it.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import pairwise

from analysis.lexicons import entries

WORD = re.compile(r"[A-Za-z][A-Za-z'’]*|\d+(?:[.,]\d+)*")
# Number words meet their digits ("three-breasted", "3 breasts"); "triple" meets "3".
NUMBER_WORDS = dict(zip("""one two three four five six seven eight nine ten eleven twelve
    """.split(), map(str, range(1, 13)), strict=True)) | dict(zip("""first second third
    fourth fifth sixth seventh eighth ninth tenth""".split(), map(str, range(1, 11)),
    strict=True)) | {"twice": "2", "double": "2", "doubled": "2", "triple": "3",
                     "tripled": "3", "quadruple": "4", "dozen": "12", "hundred": "100",
                     "thousand": "1000", "million": "1000000"}
STOP = frozenset("""a an the and or but nor so yet of to in on at by for with from into
    onto over under about after before as than then that this these those there here it
    its he him his she her they them their we us our i me my you your is are was were be
    been being am do does did have has had will would can should must what which who whom
    whose why how when where all any some if just only up out off more most very too also
    said says say new one two after s t""".split())
LEAD_SENTENCES = 3
NEAR_SENTENCES = 3
CUE_LABELS = ("refuting", "hedging", "confirming", "negation")
FEATURES = (
    "cover",  # rarity-weighted share of the headline's content words found in the body
    "cover_plain",  # the same share, every word counted alike
    "cover_lead",  # ... found in the body's first three sentences
    "best_sentence",  # ... found in the one body sentence that matches best
    "second_sentence",  # ... in the second-best sentence: the body keeps returning to it
    "pairs",  # share of the headline's adjacent content-word pairs found as pairs
    "cosine",  # cosine of the rarity-weighted word counts of headline and body
    "names",  # share of the headline's capitalised later words found in the body
    "numbers_found",  # headline numbers the body gives too
    "numbers_missing",  # headline numbers the body does not give
    "rarest_missing",  # rarity of the rarest headline word the body never uses
    "log_body_words",
    "head_refuting", "head_hedging", "head_question",
    "body_refuting", "body_hedging", "body_confirming",  # per 100 words
    "lead_refuting", "lead_hedging", "lead_confirming",
    "near_refuting", "near_hedging", "near_confirming",  # in the best-matching sentences
    "body_negation", "lead_negation", "near_negation", "head_negation",
    # the cue counts again, times the best sentence's match: a "not" counts for more in a
    # body that is plainly about the headline (the logistic model cannot multiply itself)
    "near_refuting_x_match", "near_hedging_x_match", "near_confirming_x_match",
    "body_refuting_x_match", "body_hedging_x_match", "head_refuting_x_match",
    "sqrt_cover",
)


@lru_cache(maxsize=1 << 16)  # bounded: a hostile text of unique words cannot grow it
def stem(word: str) -> str:
    """A light suffix stripper: "defectors" and "defector", "denied" and "denies" meet."""
    w = word.lower().replace("’", "'")
    if w in NUMBER_WORDS:
        return NUMBER_WORDS[w]
    if w.endswith("'s"):
        w = w[:-2]
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("s", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: len(w) - len(suffix)] + repl
            break
    # a final "e" goes too, so that close, closes, closed and closing meet
    return w[:-1] if w.endswith("e") and len(w) > 3 else w


@lru_cache(maxsize=1 << 16)
def weight(word: str) -> float:
    """How much a shared word says: rare words (Zipf 2) weigh 5, everyday ones (Zipf 6) 1."""
    from analysis.extractors.specificity_model import zipf

    return max(0.5, 7.0 - zipf(word.lower()))


@dataclass(frozen=True, slots=True)
class Word:
    start: int
    end: int
    text: str
    stem: str

    @property
    def content(self) -> bool:
        return self.text.lower() not in STOP and not self.text.isdigit() or self.is_number

    @property
    def is_number(self) -> bool:
        return self.text[0].isdigit()


@lru_cache(maxsize=1 << 16)
def content_stem(word: str) -> str:
    """The stem of a content word or number; "" for a function word."""
    return stem(word) if word[0].isdigit() or word.lower() not in STOP else ""


def words(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    stop = len(text) if end is None else end
    return [Word(m.start(), m.end(), m.group(), stem(m.group()))
            for m in WORD.finditer(text, start, stop)]


@dataclass
class BodyProfile:
    """A body read once: its sentences' content stems and where its cue words are."""

    text: str
    sentences: list[tuple[int, int]]
    sentence_stems: list[frozenset[str]]
    stems: Counter[str]
    pairs: frozenset[tuple[str, str]]
    numbers: frozenset[str]
    words: int
    norm: float  # length of the body's rarity-weighted word-count vector
    cues: list[Counter[str]] = field(default_factory=list)  # per sentence, by label
    tokens: list[list[str]] = field(default_factory=list)  # per sentence, its words


@cache
def cue_labels() -> dict[str, str]:
    """Lower-case cue word -> refuting, hedging or confirming."""
    return {e.term: e.label for e in entries("stance_cues")}


def profile(body: str, sentences: list[tuple[int, int]] | None = None) -> BodyProfile:
    """Read ``body`` once. ``sentences`` (start, end) may come from a ``Document``; without
    them the body is cut at sentence punctuation followed by a space and a capital."""
    spans = sentences if sentences is not None else split_sentences(body)
    cue_of = cue_labels()
    sent_stems, cues, stems, pairs, numbers, count = [], [], Counter(), set(), set(), 0
    tokens: list[list[str]] = []
    for s, e in spans:
        ws = WORD.findall(body, s, e)  # strings, not objects: this runs on every word
        tokens.append(ws)
        count += len(ws)
        content = [c for c in map(content_stem, ws) if c]
        sent_stems.append(frozenset(content))
        stems.update(content)
        pairs.update(pairwise(content))
        numbers.update(normal_number(w) for w in ws if w[0].isdigit())
        lowered = [w.lower() for w in ws]
        cues.append(Counter(cue_of[w] for w in lowered if w in cue_of))
    norm = math.sqrt(sum((math.log1p(c) * weight(s)) ** 2 for s, c in stems.items()))
    return BodyProfile(body, list(spans), sent_stems, stems, frozenset(pairs),
                       frozenset(numbers), count, norm, cues, tokens)


SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])|\n+")


def body_start(title: str, body: str) -> int:
    """Where the body proper starts: after its first line when that line is the title
    itself (a saved article often repeats it), else 0. The title must not vouch for
    itself."""
    first = body.lstrip()
    line_end = first.find("\n")
    line = first if line_end < 0 else first[:line_end]
    if " ".join(line.split()) == " ".join(title.split()):
        return len(body) - len(first) + len(line)
    return 0


def read_body(title: str, body: str) -> BodyProfile:
    """The body read once for its headline: from after a first line that repeats the title."""
    return profile(body, split_sentences(body, body_start(title, body)))


def split_sentences(text: str, begin: int = 0) -> list[tuple[int, int]]:
    """Sentences of ``text[begin:]`` as (start, end): cut at sentence punctuation before a
    capital or digit, and at line breaks."""
    out, start = [], begin
    for m in SENTENCE_END.finditer(text, begin):
        if text[start:m.start()].strip():
            out.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        out.append((start, len(text)))
    return out


def normal_number(text: str) -> str:
    return text.replace(",", "").rstrip(".")


def ranked_sentences(head: list[Word], body: BodyProfile) -> list[tuple[float, int]]:
    """(weighted share of the headline a sentence covers, its index), best first."""
    content = [w for w in head if w.content]
    total = sum(weight(w.text) for w in content) or 1.0
    scored = [(sum(weight(w.text) for w in content if w.stem in stems) / total, i)
              for i, stems in enumerate(body.sentence_stems)]
    return sorted(scored, key=lambda x: (-x[0], x[1]))


def features(title: str, body: BodyProfile) -> dict[str, float]:
    """The model's feature values for ``title`` against ``body`` (names in ``FEATURES``)."""
    head = words(title)
    content = [w for w in head if w.content]
    weights = [weight(w.text) for w in content]
    total = sum(weights) or 1.0
    found = [w.stem in body.stems for w in content]
    ranked = ranked_sentences(head, body)
    lead = frozenset().union(*body.sentence_stems[:LEAD_SENTENCES])
    pairs = list(pairwise(w.stem for w in content))
    names = [w for w in head[1:] if w.text[0].isupper() and w.text.lower() not in STOP]
    nums = [normal_number(w.text) for w in head if w.is_number]
    missing = [wt for w, wt, f in zip(content, weights, found, strict=True) if not f]
    values = {
        "cover": sum(wt for wt, f in zip(weights, found, strict=True) if f) / total,
        "cover_plain": sum(found) / len(found) if found else 0.0,
        "cover_lead": sum(wt for w, wt in zip(content, weights, strict=True)
                          if w.stem in lead) / total,
        "best_sentence": ranked[0][0] if ranked else 0.0,
        "second_sentence": ranked[1][0] if len(ranked) > 1 else 0.0,
        "pairs": sum(p in body.pairs for p in pairs) / len(pairs) if pairs else 0.0,
        "cosine": _cosine(content, weights, body),
        "names": sum(w.stem in body.stems for w in names) / len(names) if names else 0.5,
        "numbers_found": float(sum(n in body.numbers for n in nums)),
        "numbers_missing": float(sum(n not in body.numbers for n in nums)),
        "rarest_missing": max(missing, default=0.0),
        "log_body_words": math.log1p(body.words),
        "head_question": float("?" in title),
    }
    cue_of = cue_labels()
    head_cues = Counter(cue_of[w.text.lower()] for w in head if w.text.lower() in cue_of)
    near = [i for score, i in ranked[:NEAR_SENTENCES] if score > 0]
    per100 = 100.0 / max(body.words, 1)
    for label in CUE_LABELS:
        values[f"body_{label}"] = sum(c[label] for c in body.cues) * per100
        values[f"lead_{label}"] = float(sum(c[label] for c in body.cues[:LEAD_SENTENCES]))
        values[f"near_{label}"] = float(sum(body.cues[i][label] for i in near))
    values["head_refuting"] = float(head_cues["refuting"])
    values["head_hedging"] = float(head_cues["hedging"])
    values["head_negation"] = float(head_cues["negation"])
    for name in ("near_refuting", "near_hedging", "near_confirming", "body_refuting",
                 "body_hedging", "head_refuting"):
        values[f"{name}_x_match"] = values[name] * values["best_sentence"]
    values["sqrt_cover"] = math.sqrt(values["cover"])
    return values


def _cosine(content: list[Word], weights: list[float], body: BodyProfile) -> float:
    head: dict[str, float] = {}
    for w, wt in zip(content, weights, strict=True):
        head[w.stem] = max(head.get(w.stem, 0.0), wt)
    dot = sum(wt * math.log1p(body.stems[s]) * weight(s) for s, wt in head.items()
              if s in body.stems)
    norm_h = math.sqrt(sum(wt * wt for wt in head.values()))
    return dot / (norm_h * body.norm) if norm_h and body.norm else 0.0
