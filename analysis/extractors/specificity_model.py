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
from operator import itemgetter
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
    """``features`` of a sentence's word tokens. What each word contributes is looked up
    once per distinct word (``_facts``), not worked out again in every sentence; the sums
    run over the same values in the same order, so the floats are the same."""
    n = len(words)
    if n == 0:
        return dict.fromkeys(FEATURES, 0.0)
    facts = [_facts.get(t.text) or _word_facts(t.text) for t in words]
    caps = _capitals(words)
    freqs = [f[2] for f in facts if f[2] is not None]
    content = [f[2] for f in facts if f[2] is not None and f[3]]
    return {
        "log_words": math.log1p(n),
        "log_content": math.log1p(sum(map(_CONTENT, facts))),
        "numbers": float(min(4, sum(1 for x in labels if x in NUMBER_LABELS))),
        "names": float(min(4, sum(1 for x in labels if x in NAME_LABELS))),
        "vague": float(min(3, labels.count("vague"))),
        "capitalised": caps / n,
        "capitals": float(min(6, caps)),
        "digits": sum(map(_DIGIT, facts)) / n,
        "uncommon": float(min(6, sum(1 for f in freqs if f < UNCOMMON_ZIPF))),
        "rarest": min(freqs, default=COMMON_ZIPF),
        "familiar": sum(content) / len(content) if content else COMMON_ZIPF,
        "rare": sum(map(_RARE, facts)) / n,
        "personal": sum(map(_PERSONAL, facts)) / n,
        "pronouns": sum(map(_POINTING, facts)) / n,
    }


# token text -> (lower case, has a digit, Zipf frequency if the rarity features count the
# word else None, content word, not an easy word, personal, pointing)
_facts: dict[str, tuple[str, bool, float | None, bool, bool, bool, bool]] = {}
FACTS_LIMIT = 200_000  # distinct words remembered before the table starts afresh
_DIGIT, _CONTENT, _RARE, _PERSONAL, _POINTING = map(itemgetter, (1, 3, 4, 5, 6))


def _word_facts(text: str) -> tuple[str, bool, float | None, bool, bool, bool, bool]:
    w = text.lower()
    kept = w.isalpha() and not STRETCHED.search(w)
    found = (w, any(c.isdigit() for c in text), zipf(w) if kept else None,
             w not in FUNCTION, w.isalpha() and w not in _easy_words(), w in PERSONAL,
             w in POINTING)
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
