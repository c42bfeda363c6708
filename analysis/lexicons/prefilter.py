"""Where in a text a lexicon's regex could match, found fast (a trie of its terms).

``Windowed`` does the same for any regex given a cheap regex of where it may start: the
candidates are found once per text and each window (a sentence) tries only those.

A lexicon's regex is one alternation of hundreds of terms, longest first. Python's ``re``
tries those alternatives one after another at every character of the text, so matching a
500-term list cost about as much as everything else an extractor does. A regex of the
same terms arranged as a trie (shared beginnings written once: ``a(?:bc|d)``) rejects a
position after a character or two, but it would pick a different term where several
match at one position, so it is used only to find *candidates*: the positions where some
term, as the lexicon's regex spells it, starts after no word character or hyphen.
``Lexicon.finditer`` runs the lexicon's own regex at those positions only; every position
where the lexicon's regex can match is a candidate (the trie has every term, with the
same case folding, and does not look past the term, so a window that ends sooner cannot
make a match the whole text lacks), so the matches, and which term wins, are unchanged.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from typing import Protocol

SPACE = r"[\s\xa0]+"  # as ``_term_pattern`` joins the words of a phrase
STAR = r"[\w-]*"  # as ``_term_pattern`` spells ``*``
FOLDED = re.IGNORECASE  # the flag of a regex from ``trie_pattern(..., classes=False)``


# What IGNORECASE matches for an ASCII letter beyond its two cases (tests/
# test_lexicon_prefilter.py checks every letter against every character).
FOLDS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def _char(ch: str) -> str:
    """``ch`` as a case-sensitive pattern matching exactly what IGNORECASE matches for it:
    a class for an ASCII letter (``re`` can reject a branch that starts with a class
    without entering it, not one that starts with a case-insensitive letter, and the trie
    ran at half the speed), ``(?i:...)`` for another cased character."""
    if ch.isascii() and ch.isalpha():
        low = ch.lower()
        return f"[{low}{low.upper()}{FOLDS.get(low, '')}]"
    if ch.lower() != ch.upper():
        return f"(?i:{re.escape(ch)})"
    return re.escape(ch)


def _pieces(term: str, classes: bool = True) -> list[str]:
    """The regex pieces of ``term`` in order, as ``_term_pattern`` writes them: with every
    letter matched in any case, as the lexicon's IGNORECASE regex matches it (``classes``),
    or as written, for a regex compiled with IGNORECASE itself."""
    char = _char if classes else re.escape
    out: list[str] = []
    for k, word in enumerate(term.split()):
        if k:
            out.append(SPACE)
        out += [STAR if ch == "*" else char(ch) for ch in word]
    return out


def trie_pattern(terms: list[str], classes: bool = True) -> str | None:
    """A regex matching where any of ``terms`` starts (prefix test; longer continuations
    of a term that already matched are dropped). None if a term could match nothing.

    With ``classes`` it matches in any case as written (``_char``): the form a regex run
    over whole texts needs. Without, it is to be compiled with ``re.IGNORECASE``, with the
    same matches: such a regex scans at about half the speed but compiles four to five
    times faster, which suits one tried only at a few positions (``FOLDED``)."""
    if not terms:
        return None
    root: dict[str | None, dict] = {}
    for term in terms:
        pieces = _pieces(term, classes)
        if not pieces or pieces[0] == STAR:
            return None  # an empty match: leave such a lexicon to the plain regex
        node = root
        for piece in pieces:
            if None in node:
                break  # a shorter term already ends here: any continuation is covered
            node = node.setdefault(piece, {})
        else:
            node.clear()
            node[None] = {}
    return _emit(root)


def _emit(node: dict[str | None, dict]) -> str:
    if None in node:
        return ""
    alternatives = [str(piece) + _emit(child) for piece, child in node.items()]
    return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"


def compile_candidates(terms: list[str]) -> re.Pattern[str] | None:
    """The zero-width candidate regex: a term starts here (in any case) after no word
    character or hyphen (the lexicon regex's own lookbehind)."""
    body = trie_pattern(terms)
    return None if body is None else re.compile(rf"(?<![\w-])(?={body})")


class Candidates:
    """The positions where any of ``regexes`` matches in a text, found once per text and
    kept for the last one (several ``Windowed`` searches may share one). Several regexes
    when one would be slower: a pattern that starts with a character class is scanned in
    C from one such character to the next, one that starts with anything else is tried at
    every position."""

    __slots__ = ("regexes", "_last")

    def __init__(self, *regexes: re.Pattern[str]) -> None:
        self.regexes = regexes
        self._last: tuple[str, list[int]] | None = None

    def starts(self, text: str) -> list[int]:
        """Every candidate position in ``text``, ascending."""
        last = self._last  # one read and one write: threads may share this object
        if last is None or last[0] is not text:
            found = [m.start() for regex in self.regexes for m in regex.finditer(text)]
            last = (text, sorted(set(found)) if len(self.regexes) > 1 else found)
            self._last = last
        return last[1]


class Matcher(Protocol):
    def match(self, text: str, pos: int, endpos: int) -> re.Match[str] | None: ...


class Windowed:
    """``regex.finditer(text, pos, endpos)``, with ``regex`` tried only at the positions
    of ``candidates`` in the whole text.

    The same matches, provided every position where ``regex`` can match (in any window)
    is a candidate and ``regex`` never matches the empty string: a search from ``pos``
    returns the first position where a match is made, and after a match the next search
    starts at its end; lookbehinds and ``\\b`` see the text before ``pos`` either way,
    and ``endpos`` bounds both alike.
    """

    __slots__ = ("regex", "candidates")

    def __init__(self, regex: Matcher, candidates: Candidates) -> None:
        self.regex = regex
        self.candidates = candidates

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None
                 ) -> Iterator[re.Match[str]]:
        return iter(self.matches(text, pos, len(text) if endpos is None else endpos))

    def matches(self, text: str, pos: int, end: int) -> list[re.Match[str]]:
        """``list(regex.finditer(text, pos, end))``. Most windows (sentences) hold no
        candidate of a given lexicon: that costs one binary search, no generator."""
        starts = self.candidates.starts(text)
        i, n = bisect_left(starts, pos), len(starts)
        if i == n or starts[i] >= end:
            return []
        found: list[re.Match[str]] = []
        match, after = self.regex.match, pos
        while i < n:
            at = starts[i]
            if at >= end:
                break
            if at >= after:
                m = match(text, at, end)
                if m:
                    after = m.end()
                    found.append(m)
            i += 1
        return found
