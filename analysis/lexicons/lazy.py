"""A lexicon's regex, compiled when first needed; until then, a text's own smaller regex.

Compiling a lexicon's regex of hundreds of terms costs more than scanning an article with
it, and a cold ``credibility score`` compiled a dozen of them (4,759 terms; about 500 can
occur in the longest seed). ``LazyRegex.for_text`` keeps only the terms that may occur in
the text (``needs``: each run of word characters of a term is a word of the text, or the
start or end of one, or at least in it) and compiles those, in the lexicon's order, with
the same writer. A regex tries its alternatives in order at each position and the first
that matches wins; dropping alternatives that match nowhere in the text changes no match
(for a trie, every branch dropped spells only dropped terms). ``full`` is the regex of
every term, compiled on first use (``fullmatch`` of any word, the trie search of a batch).

Case: the lexicon regexes are IGNORECASE. Outside ``SUSPECT``, ``re`` matches two
characters in any case exactly when their ``str.lower()`` are equal, and lowering keeps
every character one character, and a word character a word character
(``tests/test_lexicon_lazy.py`` checks every character). A text with a ``SUSPECT``
character gets the full regex; a term with one is always kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from functools import cache
from typing import Any

# Characters that IGNORECASE matches with another whose lower case differs ("ſ" and "s",
# "ı" and "i": re._casefix), "İ" (lowered to two characters) and "Σ" (lowered by context).
SUSPECT = frozenset(
    "\xb5\u0130\u0131\u017f\u0345\u0390\u03a3\u03b0\u03b2\u03b5\u03b8\u03b9\u03ba\u03bc"
    "\u03c0\u03c1\u03c2\u03c3\u03c6\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u0432\u0434"
    "\u043e\u0441\u0442\u044a\u0463\u1c80\u1c81\u1c82\u1c83\u1c84\u1c85\u1c86\u1c87\u1c88"
    "\u1e61\u1e9b\u1fbe\u1fd3\u1fe3\ua64b\ufb05\ufb06")
NEVER = re.compile(r"(?!)")  # the regex of no term: matches nothing
TEXTS_KEPT = 8  # the regexes of this many texts are kept (a document, its title, ...)
FLAGS = re.IGNORECASE


@cache
def pieces(term: str) -> tuple[str, ...] | None:
    """The lowered literal pieces every match of ``term`` contains (None: a SUSPECT
    character, keep the term)."""
    low = term.lower()
    if not SUSPECT.isdisjoint(low) or not SUSPECT.isdisjoint(term):
        return None
    return tuple(p for word in low.split() for p in word.split("*") if p)


def fold(text: str) -> str | None:
    """``text.lower()``, or None when ``text`` has a SUSPECT character."""
    return text.lower() if SUSPECT.isdisjoint(text) else None


_RUN = re.compile(r"\w+")
WORD, START, END, IN = range(4)  # a whole word of the text, its start, its end, anywhere


@cache
def needs(term: str) -> tuple[tuple[int, str], ...] | None:
    """What the lowered text must contain wherever ``term`` matches: each run of word
    characters of the lowered term, as a whole word of the text where the term puts a
    non-word character or white space on both sides of it (a term starts after a
    non-word character, ``(?<![\\w-])``, which ``re`` looks for before a search's start
    too); as the start of a word before a ``*`` or at the term's end (a search's end may
    cut the text's word short); as the end of a word after a ``*``. None: a SUSPECT
    character, keep the term."""
    low = term.lower()
    if not SUSPECT.isdisjoint(low) or not SUSPECT.isdisjoint(term):
        return None
    if low.isalnum():  # one word of letters and digits (most terms)
        return ((START, low),)
    words, out = low.split(), []
    for k, word in enumerate(words):
        for m in _RUN.finditer(word):
            a, b = m.span()
            before = a > 0 and word[a - 1] == "*"
            after = b == len(word) and k + 1 == len(words) or word[b:b + 1] == "*"
            out.append((IN if before and after else END if before else START if after
                        else WORD, m.group()))
    return tuple(out)


class Vocabulary:
    """The words (runs of word characters) of a lowered text, their starts and their ends,
    to tell which terms may occur in it."""

    __slots__ = ("low", "kinds")

    def __init__(self, low: str) -> None:
        words = set(_RUN.findall(low))
        starts = {w[:n] for w in words for n in range(1, len(w) + 1)}
        ends = {w[-n:] for w in words for n in range(1, len(w) + 1)}
        self.low, self.kinds = low, (words, starts, ends)

    def has(self, kind: int, run: str) -> bool:
        return run in self.low if kind == IN else run in self.kinds[kind]

    def keep(self, terms: Sequence[str]) -> list[str]:
        """The terms that may match in the text, in their order."""
        has, out = self.has, []
        for term in terms:
            need = needs(term)
            if need is None or all(has(kind, run) for kind, run in need):
                out.append(term)
        return out


_last: list[tuple[str, Vocabulary | None]] = [("", None)]


def vocabulary(text: str) -> Vocabulary | None:
    """The vocabulary of ``text`` (None when it has a SUSPECT character), kept for the last
    text: the lexicons of one analysis share it."""
    last = _last[0]  # one read and one write: threads may share it
    if last[0] is not text:
        low = fold(text)
        last = _last[0] = (text, None if low is None else Vocabulary(low))
    return last[1]


def may_occur(term: str, low: str | None) -> bool:
    """False only if ``term`` matches nowhere in ``low``, a lowered text (or None)."""
    found = pieces(term)
    return low is None or found is None or all(p in low for p in found)


OWN_REGEX_TEXTS = 4  # the first texts of a process get a regex of their own terms


class LazyRegex:
    """``(?<![\\w-])(?:BODY)(?![\\w-])``, IGNORECASE, with ``BODY = write(terms)``; the
    methods of a compiled pattern apply to the full regex."""

    __slots__ = ("terms", "write", "_full", "_texts", "_made")

    def __init__(self, terms: Sequence[str], write: Callable[[Sequence[str]], str]) -> None:
        self.terms = tuple(terms)
        self.write = write
        self._full: re.Pattern[str] | None = None
        self._texts: dict[str, re.Pattern[str]] = {}
        self._made = 0  # texts given a regex of their own so far

    def _compile(self, terms: Sequence[str]) -> re.Pattern[str]:
        if not terms:
            return NEVER
        return re.compile(rf"(?<![\w-])(?:{self.write(terms)})(?![\w-])", FLAGS)

    @property
    def full(self) -> re.Pattern[str]:
        """The regex of every term (compiled once)."""
        if self._full is None:
            self._full = self._compile(self.terms)
            self._texts = {}
        return self._full

    def for_text(self, text: str) -> re.Pattern[str]:
        """A regex with the same matches as ``full`` anywhere in ``text`` (``full`` itself
        once compiled, or once a process has analysed a few texts: a batch or a server
        pays for the whole regex once rather than a small one for every text)."""
        if self._full is not None or self._made >= OWN_REGEX_TEXTS:
            return self.full
        found = self._texts.get(text)
        if found is None:
            words = vocabulary(text)
            if words is None:
                return self.full
            if len(self._texts) >= TEXTS_KEPT:
                self._texts.clear()
            found = self._texts[text] = self._compile(words.keep(self.terms))
            self._made += 1
        return found

    @property
    def pattern(self) -> str:
        return self.full.pattern

    def finditer(self, text: str, *window: int) -> Iterator[re.Match[str]]:
        return self.full.finditer(text, *window)

    def fullmatch(self, text: str, *window: int) -> re.Match[str] | None:
        return self.full.fullmatch(text, *window)

    def match(self, text: str, *window: int) -> re.Match[str] | None:
        return self.full.match(text, *window)

    def search(self, text: str, *window: int) -> re.Match[str] | None:
        return self.full.search(text, *window)


class ByFirstCharacter:
    """``full.match(text, at, end)``, from a regex of only the terms that can start with the
    character at ``at``. The full regex of an IGNORECASE alternation enters every one of its
    hundreds of alternatives at a position (``re`` rejects an alternative without entering
    it only when it starts with a case-sensitive literal or class); a term whose first
    character cannot match the text's is never the one that matches there, so dropping it
    keeps the same match, the remaining terms keeping their order. Outside ``SUSPECT``,
    two characters match in any case exactly when their lower cases are equal: a SUSPECT
    character in the text is matched with the full regex, a term that starts with one is
    kept for every character. One regex is compiled per character met, on first use."""

    __slots__ = ("lazy", "_by")

    def __init__(self, lazy: LazyRegex) -> None:
        self.lazy = lazy
        self._by: dict[str, re.Pattern[str]] = {}

    def match(self, text: str, at: int, end: int) -> re.Match[str] | None:
        found = self._by.get(text[at:at + 1])
        if found is None:
            found = self._regex(text[at:at + 1])
        return found.match(text, at, end)

    def _regex(self, ch: str) -> re.Pattern[str]:
        if not ch or ch in SUSPECT:
            return self.lazy.full  # not kept: any number of such characters may come
        low = ch.lower()
        terms = [t for t in self.lazy.terms if t[:1] in SUSPECT or t[:1].lower() == low]
        found = self._by[ch] = self.lazy._compile(terms)
        return found


class LazyPattern:
    """``re.compile(pattern, flags)``, compiled on first use: a module-level regex that an
    analysis may never need (a rule for a rare construction) costs nothing until then.
    Once compiled, the pattern's methods and attributes are kept on the instance, so a
    call costs what a call of the compiled pattern does."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._args = (pattern, flags)

    def __getattr__(self, name: str) -> Any:  # only for what is not on the instance yet
        if name == "_args":
            raise AttributeError(name)
        compiled = re.compile(*self._args)
        for attr in dir(compiled):
            if not attr.startswith("_"):
                setattr(self, attr, getattr(compiled, attr))
        return getattr(compiled, name)


def lazy_re(pattern: str, flags: int = 0) -> Any:
    """A ``LazyPattern``: use it as the ``re.Pattern`` it stands for."""
    return LazyPattern(pattern, flags)
