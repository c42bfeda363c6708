"""The sentence specificity model: interpretable features and a logistic weighting.

Features are counted from a sentence's words and its specificity evidence; the weights
are fitted by ``benchmarks/train_specificity.py`` (scikit-learn logistic regression on
the Louis & Nenkova news sentences, cross-validated) and stored in
``analysis/data/specificity_model.json``, so no model library is needed at run time.
"""

from __future__ import annotations

import json
import math
from functools import cache
from importlib import resources

from analysis.document import Token
from analysis.lexicons import entries

FEATURES = (
    "log_words",  # longer sentences carry more detail
    "numbers",  # numbers, dates and quantities
    "names",  # named people, places, organisations, other names
    "quotes",  # direct quotations
    "vague",  # vague quantifiers and stand-ins
    "capitalised",  # share of capitalised words after the first
    "word_length",  # mean letters per word
    "personal",  # share of I, you, we...
    "evaluative",  # share of opinion words (great, terrible, best)
    "capitals",  # number of capitalised words after the first
    "symbols",  # $ % ( ) - and similar
    "rare",  # share of words not on the Dale-Chall list of 3,000 easy words
    "commas",  # clauses and lists
    "content",  # share of content words (not "the", "of", "is" ...)
    "pronouns",  # share of he, she, it, this, that ...: pointing back instead of naming
    "plurals",  # share of plural nouns (generalising over a class)
    "digits",  # share of words with a digit
    "log_content",  # how many content words, on a log scale
)
FUNCTION = frozenset("""the a an of to in and or but is are was were be been it this that
    these those he she they we i you his her their its our on at for with as by from not
    no so if""".split())
POINTING = frozenset("he she it they this that these those there".split())
PERSONAL = frozenset("i me my mine we us our ours you your yours".split())
SYMBOLS = frozenset("$ % ( ) - – — / & # € £ ¥ +".split())
NUMBER_LABELS = frozenset({"number", "date", "quantity"})
NAME_LABELS = frozenset({"person", "place", "organisation", "name"})


@cache
def _evaluative() -> frozenset[str]:
    return frozenset(e.term for e in entries("evaluative"))


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


def features(tokens: list[Token], labels: list[str]) -> dict[str, float]:
    """The feature values of one sentence from its tokens and its evidence labels."""
    words = [t for t in tokens if t.is_word]
    n = len(words)
    if n == 0:
        return dict.fromkeys(FEATURES, 0.0)
    lowers = [t.lower for t in words]
    long_words = [t for t in words if len(t.text) > 3]
    title_case = len(long_words) >= 3 and all(t.text[0].isupper() for t in long_words)
    caps = 0 if title_case else sum(1 for t in words[1:] if t.text[0].isupper())
    return {
        "log_words": math.log1p(n),
        "numbers": float(min(4, sum(1 for x in labels if x in NUMBER_LABELS))),
        "names": float(min(4, sum(1 for x in labels if x in NAME_LABELS))),
        "quotes": float(min(2, labels.count("quote"))),
        "vague": float(min(3, labels.count("vague"))),
        "capitalised": caps / n,  # in a Title Case headline capitals say nothing
        "word_length": sum(len(t.text) for t in words) / n,
        "personal": sum(1 for w in lowers if w in PERSONAL) / n,
        "evaluative": sum(1 for w in lowers if w in _evaluative()) / n,
        "capitals": float(min(6, caps)),
        "symbols": float(min(4, sum(1 for t in tokens if t.text in SYMBOLS))),
        "rare": sum(1 for w in lowers if w.isalpha() and w not in _easy_words()) / n,
        "commas": float(min(4, sum(1 for t in tokens if t.text == ","))),
        **_word_shares(words, lowers, n),
    }


def _word_shares(words: list[Token], lowers: list[str], n: int) -> dict[str, float]:
    content = [w for w in lowers if w not in FUNCTION]
    return {
        "content": len(content) / n,
        "pronouns": sum(1 for w in lowers if w in POINTING) / n,
        "plurals": sum(1 for w in content if w.endswith("s") and len(w) > 3) / n,
        "digits": sum(1 for t in words if any(c.isdigit() for c in t.text)) / n,
        "log_content": math.log1p(len(content)),
    }


@cache
def model() -> dict[str, object]:
    path = resources.files("analysis").joinpath("data/specificity_model.json")
    return json.loads(path.read_text(encoding="utf-8"))


def probability(values: dict[str, float]) -> float:
    """The fitted logistic model's probability that the sentence is specific."""
    m = model()
    z = float(m["intercept"])  # type: ignore[arg-type]
    for name, weight, mean, scale in zip(FEATURES, m["coef"], m["mean"], m["scale"],  # type: ignore[call-overload]
                                         strict=True):
        z += weight * (values[name] - mean) / scale
    return round(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))), 3)
