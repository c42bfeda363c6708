"""Pyphen's hyphenation for textstat, parsing only the patterns the words need (same answers).

textstat counts a word the CMU dictionary lacks as ``len(pyphen.positions(word)) + 1``
syllables, with ``Pyphen(lang="en_US")``, whose ``HyphDict`` parses all ~11,000 pattern
lines of ``hyph_en_US.dic`` (about 0.15 s) to hyphenate the few such words of a text.

``HyphDict.positions(word)`` only reads ``patterns.get(s)`` for the substrings ``s`` of
``"." + word.lower() + "."``. So a ``HyphDict`` holding just the patterns whose letters
(the pattern line without its digits) are such substrings gives the same positions.
``SubsetHyphDict`` indexes the file's lines by those letters once (about 5 ms), and,
before hyphenating a word it has not seen, has pyphen's own ``HyphDict`` parse the lines
for the word's substrings (from a small in-memory stand-in for the file) and adds them.
Lines for one key are parsed together, in file order, so duplicate keys resolve as in
the full dictionary. A word counts as covered only once its patterns are in, under a lock
(the web server analyses in threads). A dictionary this cannot key by bytes (``^^`` hex
escapes, ``/`` nonstandard hyphenation, non-UTF-8: none in en_US) is ``Unsupported`` and
the real ``Pyphen`` is used. ``install()`` hands textstat a ``Pyphen`` on the subset, for
en_US only. ``tests/test_hyphenation.py`` checks the positions against the full one.
"""

from __future__ import annotations

import codecs
import re
import threading
from collections.abc import Iterable
from functools import cache
from typing import Any

from pyphen import LANGUAGES, HyphDict, Pyphen, ignored, language_fallback

_DIGITS = re.compile(r"\d")  # what pyphen's parser treats as a digit (any Unicode \d)
_ASCII_SPACES = [bytes([c]) for c in range(128) if chr(c).isspace() and c != 10]
LANG = "en_US"
COVER_BUDGET = 400  # words covered one by one before all the patterns are parsed


class Unsupported(ValueError):
    """The dictionary has lines this subset reader does not split (use the full one)."""


class _Lines:
    """The slice of a ``hyph_*.dic`` that ``HyphDict.__init__`` reads, from memory."""

    def __init__(self, header: bytes, lines: list[str]) -> None:
        self._header = header
        self._text = "\n".join(["", *lines])  # HyphDict skips the first (encoding) line

    def open(self, mode: str = "rb") -> Any:
        import io

        return io.BytesIO(self._header)

    def read_text(self, encoding: str | None = None) -> str:
        return self._text


def _index(raw: bytes, encoding: str) -> tuple[dict[str, int], dict[str, list[int]]]:
    """Pattern letters -> number of the line (after the first) with those letters, and
    letters -> all their line numbers for letters on several lines.

    The letters ``HyphDict`` keys a line by are the stripped line without its digits. For a
    UTF-8 file whose only digits are ASCII, with no ``\\r``, no whitespace at the edges of
    a line and no ``^^`` or ``/``, that is the line with the digit bytes deleted, which
    ``bytes.translate`` does for the whole file at once; other files are ``Unsupported``.
    """
    _check(raw, encoding)
    keys = raw.translate(None, b"0123456789").decode("utf-8").split("\n")[1:]
    index = dict(zip(keys, range(len(keys)), strict=True))
    several: dict[str, list[int]] = {}
    if len(index) < len(keys):
        for number, key in enumerate(keys):
            several.setdefault(key, []).append(number)
        several = {key: numbers for key, numbers in several.items() if len(numbers) > 1}
    return index, several


def _check(raw: bytes, encoding: str) -> None:
    """Raise ``Unsupported`` unless ``_index`` can key the file's lines by bytes."""
    if codecs.lookup(encoding.strip()).name != "utf-8" or b"\r" in raw:
        raise Unsupported(encoding)
    if b"^^" in raw or b"/" in raw:  # hex escapes or nonstandard hyphenation
        raise Unsupported("^^ or /")
    unusual = raw.translate(None, bytes(range(128))).decode("utf-8")
    if any(c.isdecimal() or c.isspace() for c in unusual):
        raise Unsupported("non-ASCII digits or spaces")
    framed = b"\n" + raw + b"\n"
    for space in (w for w in _ASCII_SPACES if w in raw):
        if b"\n" + space in framed or space + b"\n" in framed:
            raise Unsupported("spaces at the edge of a line")


class SubsetHyphDict(HyphDict):
    """A ``HyphDict`` that parses the pattern lines of a word before hyphenating it."""

    def __init__(self, path: Any) -> None:  # a pathlib.Path or importlib Traversable
        with path.open("rb") as fd:  # read as HyphDict.__init__ reads it
            self._header = fd.readline()
        self._lines = path.read_text(self._header.decode()).split("\n")[1:]
        self._index, self._several = _index(path.read_bytes(), self._header.decode())
        self._longest = max(map(len, self._index), default=0)
        self.patterns: dict[str, Any] = {}
        self.cache: dict[str, Any] = {}
        self.maxlen = 0
        self._covered: set[str] = set()
        self.complete = False  # every line parsed: nothing left to cover
        self._lock = threading.Lock()

    def cover(self, words: Iterable[str]) -> None:
        """Parse the pattern lines needed to hyphenate ``words`` (lowered or not). A word
        counts as covered only once its patterns are in (threads may hyphenate meanwhile).
        Past ``COVER_BUDGET`` words (a batch of documents: finding a word's keys costs more
        than parsing its lines) every line left is parsed at once."""
        with self._lock:
            if self.complete:
                return
            fresh = {word.lower() for word in words} - self._covered
            if len(self._covered) + len(fresh) > COVER_BUDGET:
                keys = set(self._index)
            else:
                keys = {key for word in fresh for key in self._keys(f".{word}.")}
            self._add([n for key in keys for n in self._several.get(key, (self._index[key],))])
            for key in keys:  # each line is parsed only once
                del self._index[key]
            self._covered |= fresh
            self.complete = not self._index

    def _keys(self, pointed: str) -> Iterable[str]:
        """The indexed pattern letters that are substrings of ``pointed``."""
        index, longest = self._index, self._longest
        for i in range(len(pointed)):
            for j in range(i + 1, min(i + longest, len(pointed)) + 1):
                if pointed[i:j] in index:
                    yield pointed[i:j]

    def _add(self, numbers: list[int]) -> None:
        lines = [self._lines[n] for n in sorted(numbers)]
        lines = [line for line in lines if not line.strip().startswith(ignored)]
        try:
            part = HyphDict(_Lines(self._header, lines))
        except ValueError:  # max() of no patterns: HyphDict skips patterns of only zeros
            if any(int(d) for line in lines for d in _DIGITS.findall(line)):
                raise
            return
        self.patterns.update(part.patterns)
        self.maxlen = max(self.maxlen, part.maxlen)

    def positions(self, word: str) -> Any:
        lowered = word.lower()
        if not self.complete and lowered not in self._covered:
            self.cover((lowered,))
        return super().positions(word)


_prefixes: dict[int, tuple[int, dict[str, Any]]] = {}  # id(dict) -> (patterns, prefixes)
_NONE = object()  # a piece that begins no pattern


def count_positions(pyphen: Pyphen, word: str) -> int:
    """``len(pyphen.positions(word))``, faster once the dictionary is complete: for each
    start, the substrings are tried only while they begin some pattern (every longer one
    is then no pattern either), and no ``DataInt`` is made. Otherwise Pyphen's own. Every
    beginning of a pattern is one key of a table giving the pattern or None (one look-up
    a piece: about 9 words of a news article are not in the CMU dictionary)."""
    hd = pyphen.hd
    if not (isinstance(hd, SubsetHyphDict) and hd.complete):
        return len(pyphen.positions(word))
    kept = _prefixes.get(id(hd))
    if kept is None or kept[0] != len(hd.patterns):
        patterns = hd.patterns
        every = dict.fromkeys(key[:n] for key in patterns for n in range(1, len(key) + 1))
        every.update((key, value or None) for key, value in patterns.items())
        kept = _prefixes[id(hd)] = (len(patterns), every)
    get = kept[1].get
    pointed = f".{word.lower()}."
    size = len(pointed)
    longest = hd.maxlen
    references = [0] * (size + 1)
    for i in range(size - 1):
        for j in range(i + 1, min(i + longest, size) + 1):
            pattern = get(pointed[i:j], _NONE)
            if pattern is _NONE:
                break
            if pattern is not None:  # as HyphDict.positions
                offset, values = pattern
                cut = slice(i + offset, i + offset + len(values))
                references[cut] = map(max, values, references[cut])
    # HyphDict's points are i - 1 for each odd reference; Pyphen keeps left..len - right
    low, high = pyphen.left + 1, len(word) - pyphen.right + 1
    return sum(1 for i, r in enumerate(references) if r % 2 and low <= i <= high)


@cache
def subset_dict(lang: str) -> SubsetHyphDict:
    """The process-wide subset dictionary of ``lang`` (it only grows)."""
    return SubsetHyphDict(LANGUAGES[language_fallback(lang)])


@cache
def subset_pyphen(lang: str) -> Pyphen:
    """What ``Pyphen(lang=lang)`` is (left=2, right=2), on the subset dictionary; the real
    ``Pyphen`` if the dictionary has lines the subset reader does not handle."""
    try:
        hd = subset_dict(lang)
    except Unsupported:
        return Pyphen(lang=lang)
    obj = Pyphen.__new__(Pyphen)
    obj.left, obj.right, obj.hd = 2, 2, hd
    return obj


def install() -> None:
    """Have textstat's syllable counter use ``subset_pyphen`` for en_US (once)."""
    from textstat.backend.counts import _count_syllables

    if not getattr(_count_syllables.get_pyphen, "credibility", False):
        _count_syllables.get_pyphen = _make_getter(_count_syllables.get_pyphen)


def _make_getter(original):  # type: ignore[no-untyped-def]
    def get_pyphen(lang: str) -> Pyphen:
        return subset_pyphen(lang) if lang == LANG else original(lang)

    get_pyphen.credibility = True  # type: ignore[attr-defined]
    return get_pyphen
