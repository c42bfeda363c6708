"""A lexicon compiled as a trie: the same matches as ``lexicon(name)``, found faster.

Python's ``re`` tries every alternative of ``a|b|c|...`` at every position of the text, so a
word list of 500 terms costs 500 tries a character. Factoring the common prefixes into a
trie (``co(?:st(?:ly|s)?|urt)``) lets the engine drop all but a few terms at the first
letters. Terms keep the lexicon's syntax (``*`` = any word ending, a space = any run of
spaces) and its whole-word, case-insensitive matching; at each position the trie tries
literal continuations before a ``*`` ending and before stopping, so a phrase wins over the
word it starts with, as the longest-term-first order of ``lexicon`` makes it. Used by
the frames and genre extractors, whose lexicons are the largest.
"""

from __future__ import annotations

import re
from functools import cache

from analysis.lexicons import _BUILT, Lexicon, _term_pattern, entries
from analysis.lexicons.lazy import LazyRegex

_END = ""  # the trie key that marks the end of a term


def _pieces(term: str) -> list[str]:
    """The term as regex pieces, one per character (``*`` and a space are one piece each)."""
    out = []
    for ch in term.lower():
        if ch == "*":
            out.append(r"[\w-]*")
        elif ch == " ":
            out.append(r"[\s\xa0]+")
        else:
            out.append(re.escape(ch))
    return out


def _pattern(node: dict) -> str:
    """The regex of a trie node: each literal continuation, then a ``*`` ending, then the
    end of a term (so "European Union" is tried before "euro*" swallows "European")."""
    alts = [piece + _pattern(child) for piece, child in sorted(
        ((k, v) for k, v in node.items() if k != _END),
        key=lambda kv: (kv[0] == r"[\w-]*", kv[0]))]
    if not alts:
        return ""
    ends = _END in node
    if len(alts) == 1 and not ends:
        return alts[0]
    body = "(?:" + "|".join(alts) + ")"
    return body + "?" if ends else body


@cache
def trie_lexicon(name: str) -> Lexicon:
    """Lexicon ``name`` with a trie regex; ``finditer`` and ``lookup`` as for ``lexicon``."""
    es = entries(name)
    regex = LazyRegex([e.term for e in es], _trie)  # compiled when first needed
    starred = tuple((_term_pattern(e.term), e) for e in es if "*" in e.term)
    _BUILT.append(name)  # its terms join the shared prefilter scan once that is on
    return Lexicon(name, regex, {e.term.lower(): e for e in es}, starred)


def _trie(terms: list[str]) -> str:
    """The trie regex of ``terms`` (any order: each node sorts its continuations)."""
    root: dict = {}
    for term in terms:
        node = root
        for piece in _pieces(term):
            node = node.setdefault(piece, {})
        node[_END] = {}
    return _pattern(root)
