"""The sentence specificity model: interpretable features and a logistic weighting.

Features are counted from a sentence's words and its specificity evidence; the weights
are fitted by ``benchmarks/train_specificity.py`` (scikit-learn logistic regression on
the Louis & Nenkova news sentences, cross-validated) and stored in
``analysis/data/specificity_model.json``, so no model library is needed at run time.

Word rarity (as in Li & Nenkova's Speciteller, which uses IDF) comes from wordfreq's
English frequency list: a word that is rare in everyday English usually names something
particular ("Shostakovich", "automation", "lightning"), a common one rarely does.
"""

from __future__ import annotations

import math
import re
from functools import cache
from typing import Any

from analysis.extractors import fitted
from analysis.text.document import Token

FEATURES = (
    "log_words",  # how many words, on a log scale: longer sentences carry more detail
    "log_content",  # how many content words (not "the", "of", "is" ...), on a log scale
    "numbers",  # numbers, dates and quantities
    "names",  # named people, places, organisations, other names
    "vague",  # vague quantifiers and stand-ins ("many", "various")
    "capitalised",  # share of capitalised words after the first
    "capitals",  # number of capitalised words after the first
    "digits",  # share of words with a digit
    "uncommon",  # how many words are uncommon in everyday English (Zipf below 3.5)
    "rarest",  # everyday frequency of the rarest word (Zipf): one unusual word pins it down
    "familiar",  # mean everyday frequency of the content words: plain words say little
    "rare",  # share of words not on the Dale-Chall list of 3,000 easy words
    "personal",  # share of I, you, we...: talking about oneself or to the reader
    "pronouns",  # share of he, she, it, this, that ...: pointing back instead of naming
)
FUNCTION = frozenset("""the a an of to in and or but is are was were be been it this that
    these those he she they we i you his her their its our on at for with as by from not
    no so if""".split())
POINTING = frozenset("he she it they this that these those there".split())
PERSONAL = frozenset("i me my mine we us our ours you your yours".split())
NUMBER_LABELS = frozenset({"number", "date", "quantity"})
NAME_LABELS = frozenset({"person", "place", "organisation", "name"})
UNSEEN_ZIPF = 2.5  # words missing from the list are rarer than one per million words
UNCOMMON_ZIPF = 3.5  # under about three per million words
COMMON_ZIPF = 7.0
NAME_ZIPF = 4.0  # a sentence with no word to look up counts as all common words
STRETCHED = re.compile(r"(\w)\1\1")  # "sooo", "yesss": stretched for emphasis, not rare


@cache
def _zipf() -> dict[str, float]:
    """Word -> Zipf frequency (log10 per billion words) from wordfreq's small English list.

    The list is read straight from the package's data file (msgpack, about 20 ms) rather
    than through ``import wordfreq``, whose import alone takes a quarter of a second.
    """
    import gzip
    import importlib.util

    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:  # a broken install: say so
        raise RuntimeError("the wordfreq package is not installed (pip install wordfreq)")
    import msgpack

    path = f"{spec.submodule_search_locations[0]}/data/small_en.msgpack.gz"
    with gzip.open(path) as f:
        buckets = msgpack.load(f, raw=False)[1:]  # bucket i: frequency 10^(-i/100)
    return {w: 9.0 - i / 100 for i, words in enumerate(buckets) for w in words}


@cache
def _easy_words() -> frozenset[str]:
    """The Dale-Chall easy words shipped with textstat (read as a file, no import)."""
    import importlib.util

    spec = importlib.util.find_spec("textstat")
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    path = f"{spec.submodule_search_locations[0]}/resources/en/easy_words.txt"
    with open(path, encoding="utf-8") as f:
        return frozenset(line.strip() for line in f if line.strip())


def zipf(word: str) -> float:
    """How common a lower-case word is in everyday English (Zipf: 7 "the", 3 rare)."""
    return _zipf().get(word, UNSEEN_ZIPF)


def features(tokens: list[Token], labels: list[str]) -> dict[str, float]:
    """The feature values of one sentence from its tokens and its evidence labels."""
    return word_features([t for t in tokens if t.is_word], labels)


def word_features(words: list[Token], labels: list[str]) -> dict[str, float]:
    """``features`` of a sentence's word tokens."""
    return column_features(word_columns(words), labels)


# What each word contributes to a sentence's features, looked up once per distinct token
# text (``_word_facts``), as one column per fact: the features are then sums, minima and
# counts of columns (``zip(*facts)`` and ``sum``, in C) instead of a Python pass over the
# words for each. The sums run over the same values in the same order, with 0 or 0.0 for
# the words a feature skips (adding zero changes no float), so the floats are the same.
# Columns: has a digit; content word; not an easy word; personal; pointing; rarity counts
# the word (alphabetic, not stretched); its Zipf if counted else infinity (for the
# minimum); its Zipf if counted and a content word else 0.0; counted and content; counted
# and uncommon; longer than 3 letters; capitalised; long and not capitalised; long and all
# capitals; capitalised and rare as a lower-case word (Zipf under NAME_ZIPF); capitalised
# and not all capitals.
Facts = tuple[int, int, int, int, int, int, float, float, int, int, int, int, int, int, int,
              int]
(_DIGIT, _CONTENT, _RARE, _PERSONAL, _POINTING, _KEPT, _KEPT_ZIPF, _CONTENT_ZIPF,
 _CONTENT_KEPT, _UNCOMMON, _LONG, _CAP, _LONG_LOWER, _LONG_UPPER, _CAP_RARE,
 _CAP_MIXED) = range(16)
_facts: dict[str, Facts] = {}
FACTS_LIMIT = 200_000  # distinct words remembered before the table starts afresh
INFINITY = float("inf")


def word_columns(words: list[Token]) -> list[tuple[Any, ...]]:
    """The facts of ``words`` (word tokens) as columns, one tuple per fact, in word order."""
    get = _facts.get
    facts = [get(t.text) or _word_facts(t.text) for t in words]
    return list(zip(*facts, strict=True))


def sentence_columns(tokens: list[Token]) -> list[tuple[Any, ...]]:
    """``word_columns`` of the word tokens among ``tokens``, without listing them first."""
    get = _facts.get
    facts = [get(t.text) or _word_facts(t.text) for t in tokens if t.is_word]
    return list(zip(*facts, strict=True))


def column_features(cols: list[tuple[Any, ...]], labels: list[str]) -> dict[str, float]:
    """``features`` from a sentence's ``word_columns``."""
    return dict(zip(FEATURES, feature_values(cols, labels), strict=True))


def feature_values(cols: list[tuple[Any, ...]], labels: list[str]) -> tuple[float, ...]:
    """The values of ``FEATURES``, in that order, from a sentence's ``word_columns`` and its
    evidence labels."""
    if not cols:
        return (0.0,) * len(FEATURES)
    n = len(cols[0])
    caps = _column_capitals(cols)
    content = sum(cols[_CONTENT_KEPT])
    return (
        math.log1p(n),
        math.log1p(sum(cols[_CONTENT])),
        float(min(4, sum(map(NUMBER_LABELS.__contains__, labels)))),
        float(min(4, sum(map(NAME_LABELS.__contains__, labels)))),
        float(min(3, labels.count("vague"))),
        caps / n,
        float(min(6, caps)),
        sum(cols[_DIGIT]) / n,
        float(min(6, sum(cols[_UNCOMMON]))),
        min(cols[_KEPT_ZIPF]) if sum(cols[_KEPT]) else COMMON_ZIPF,
        sum(cols[_CONTENT_ZIPF]) / content if content else COMMON_ZIPF,
        sum(cols[_RARE]) / n,
        sum(cols[_PERSONAL]) / n,
        sum(cols[_POINTING]) / n,
    )


def title_case(cols: list[tuple[Any, ...]]) -> bool:
    """Whether at least 3 words are longer than 3 letters and 80% of those are capitalised
    (a headline), from a sentence's ``word_columns``."""
    if not cols:
        return False
    long_words = sum(cols[_LONG])
    return long_words >= 3 and (long_words - sum(cols[_LONG_LOWER])) / long_words >= 0.8


def _column_capitals(cols: list[tuple[Any, ...]]) -> int:
    """``_capitals`` from the columns: the words after the first are the columns' sums less
    their first value."""
    long_words = sum(cols[_LONG])
    if long_words >= 3 and not sum(cols[_LONG_LOWER]):
        column = cols[_CAP_RARE]
    elif sum(cols[_LONG_UPPER]) * 2 > long_words:
        column = cols[_CAP_MIXED]
    else:
        column = cols[_CAP]
    return sum(column) - column[0]


def _word_facts(text: str) -> Facts:
    """The facts of a word new to the process (the same values as written first, with
    each look-up made once: a text's new words are most of specificity's cost on it)."""
    w = text.lower()
    alpha = w.isalpha()
    kept = alpha and not STRETCHED.search(w)
    frequency = _zipf().get(w, UNSEEN_ZIPF)  # zipf(w)
    content = w not in FUNCTION
    counted_content = kept and content
    long, cap, upper = len(text) > 3, text[0].isupper(), text.isupper()
    found: Facts = (  # counts as 0 or 1 (sum() adds ints in C, bools through a call each)
        1 if any(map(str.isdigit, text)) else 0, 1 if content else 0,
        1 if alpha and w not in _easy_words() else 0, 1 if w in PERSONAL else 0,
        1 if w in POINTING else 0, 1 if kept else 0, frequency if kept else INFINITY,
        frequency if counted_content else 0.0, 1 if counted_content else 0,
        1 if kept and frequency < UNCOMMON_ZIPF else 0, 1 if long else 0, 1 if cap else 0,
        1 if long and not cap else 0, 1 if long and upper else 0,
        1 if cap and frequency < NAME_ZIPF else 0, 1 if cap and not upper else 0,
    )
    if len(_facts) >= FACTS_LIMIT:
        _facts.clear()
    _facts[text] = found
    return found


def _capitals(words: list[Token]) -> int:
    """Capitalised words after the first, the usual mark of a name.

    In a Title Case headline every word is capitalised, so only words that are unusual
    as ordinary words (Zipf below 4: "Mensah", not "Bridge") count; in shouted text
    (most words in capitals) only the normally written Capitalised words can be names.
    """
    long_words = [t.text for t in words if len(t.text) > 3]
    later = [t.text for t in words[1:] if t.text[0].isupper()]
    if len(long_words) >= 3 and all(w[0].isupper() for w in long_words):
        return sum(1 for w in later if zipf(w.lower()) < NAME_ZIPF)
    if sum(1 for w in long_words if w.isupper()) * 2 > len(long_words):
        return sum(1 for w in later if not w.isupper())
    return len(later)


def model() -> dict[str, Any]:
    """The fitted weights (written by benchmarks/train_specificity.py)."""
    return fitted.load("specificity_model.json")


def probability(values: dict[str, float]) -> float:
    """The fitted logistic model's probability that the sentence is specific."""
    return round(fitted.probability(model(), values, FEATURES), 3)


def values_probability(values: tuple[float, ...]) -> float:
    """``probability`` of the ``feature_values`` of a sentence: the same sum, term by term
    in the same order, over the values in ``FEATURES`` order (no dict to build and read)."""
    intercept, terms = _weights()
    z = intercept
    for value, (weight, mean, scale) in zip(values, terms, strict=True):
        z += weight * (value - mean) / scale
    return round(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))), 3)


@cache
def _weights() -> tuple[float, tuple[tuple[float, float, float], ...]]:
    """The model's intercept and (weight, mean, scale) of each feature, in ``FEATURES``
    order, as ``fitted.probability`` reads them."""
    m = model()
    if m["features"] != list(FEATURES):
        raise ValueError("the specificity model's features are not FEATURES")
    return float(m["intercept"]), tuple(zip(m["coef"], m["mean"], m["scale"], strict=True))
