"""One scan of a text for where the terms of every compiled lexicon may start (``SharedScan``),
and each lexicon's candidates taken from it (``SharedCandidates``): the lexicons that have
their trie search (``analysis.lexicons.Lexicon.windowed``) share one pass over each text
instead of one each. The trie patterns and the windowed search are in ``prefilter``.
"""

from __future__ import annotations

import re

from analysis.lexicons.prefilter import FOLDED, Candidates, _pieces, trie_pattern


class SharedScan:
    """The word starts of every registered lexicon's terms, found in one scan of a text.

    Each lexicon's trie scan cost about as much as the next (the cost is in trying every
    position, not in the size of the trie), and the extractors use about ten lexicons: one
    scan with a trie of all their terms finds every position where a term of any of them
    may start. Which lexicons may start there is then read from a memo kept per distinct
    run of non-space characters at that position: a lexicon may start there if the trie
    of the first words of its terms matches the run (no piece of a word matches white
    space, so that match never looks past the run). Each lexicon keeps those positions
    where its own anchored trie matches (``SharedCandidates``; not needed when its terms
    are single words, the first-word trie being then its whole trie): exactly the
    positions its own scan would find, since the shared scan checks the same lookbehind
    and its trie matches wherever one of theirs does.

    The memo also tells those positions apart: where a single-word term matches the run,
    the lexicon's anchored trie matches (a word never looks past its run: no piece of it
    matches white space); where none does and no first word of a longer term is the
    whole run (the white space after it must follow at once), no term of the lexicon
    starts there and the position is left out; only where a longer term's first word is
    the whole run ("according", "in") is the anchored trie asked (``unsure``)."""

    MEMO_LIMIT = 50_000  # distinct runs remembered before the memo starts afresh

    def __init__(self) -> None:
        self.terms: dict[str, list[str]] = {}
        self._regex: re.Pattern[str] | None = None
        self._opening: re.Pattern[str] | None = None
        self._first: list[tuple[str, re.Pattern[str]]] = []
        self._single: dict[str, re.Pattern[str] | None] = {}
        self._opening_word: dict[str, re.Pattern[str] | None] = {}
        self._memo: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
        self._last: tuple[str, dict[str, list[int]], dict[str, set[int]]] | None = None

    def include(self, terms: dict[str, list[str]]) -> None:
        """Register lexicons (name -> terms); the shared trie is rebuilt on the next scan."""
        fresh = {name: t for name, t in terms.items() if name not in self.terms}
        if fresh:
            self.terms = {**self.terms, **fresh}
            self._regex = None

    def starts(self, text: str) -> list[int]:
        """Every position where a term of some registered lexicon may start."""
        return sorted({p for found in self.by_lexicon(text).values() for p in found})

    def by_lexicon(self, text: str) -> dict[str, list[int]]:
        """Lexicon name -> the positions (ascending) where one of its terms may start: a
        single-word term matches there, or the first word of a longer one is the whole
        run. A lexicon with none is left out."""
        return self._scanned(text)[1]

    def unsure(self, text: str) -> dict[str, set[int]]:
        """Lexicon name -> those of its positions where no single-word term matches: only
        there may its anchored trie fail."""
        return self._scanned(text)[2]

    def _scanned(self, text: str) -> tuple[str, dict[str, list[int]], dict[str, set[int]]]:
        if self._regex is None:
            self._build()
        last = self._last
        if last is None or last[0] is not text:
            last = (text, *self._scan(text))
            self._last = last
        return last

    def _build(self) -> None:
        every = [term for terms in self.terms.values() for term in terms]
        body = trie_pattern(every)
        # the run of non-space characters at each start, captured at no width; a start
        # after no word character or hyphen is found with the character before it, a class
        # the regex engine skips to in C (a lookbehind first is tried at every position);
        # the text's first position is tried alone
        self._regex = re.compile(rf"[^\w-](?={body})(?=(\S*))") if body else None
        # the rest is tried at a text's first position or once per distinct run only
        folded = trie_pattern(every, classes=False)
        self._opening = re.compile(rf"(?={folded})(?=(\S*))", FOLDED) if body else None
        self._first = [(name, re.compile(first, FOLDED)) for name, terms in self.terms.items()
                       if (first := trie_pattern([t.split()[0] for t in terms], False))]
        self._single = {name: re.compile(single, FOLDED) if (single := trie_pattern(
            [t for t in terms if len(t.split()) == 1], False)) else None
            for name, terms in self.terms.items()}
        self._opening_word = {name: re.compile("|".join(sorted(words))) if (words := {
            "".join(_pieces(t.split()[0])) for t in terms if len(t.split()) > 1}) else None
            for name, terms in self.terms.items()}  # each whole: fullmatch, not a trie
        self._memo = {}
        self._last = None

    def _scan(self, text: str) -> tuple[dict[str, list[int]], dict[str, set[int]]]:
        out: dict[str, list[int]] = {}
        unsure: dict[str, set[int]] = {}
        if self._regex is None:
            return out, unsure
        found = [(m.end(), m[1]) for m in self._regex.finditer(text)]
        first = self._opening.match(text) if self._opening is not None else None
        if first:
            found.insert(0, (0, first[1]))
        memo = self._memo
        for at, run in found:
            known = memo.get(run)
            names, checked = self._starting(run) if known is None else known
            for name in names:
                if name in out:
                    out[name].append(at)
                else:
                    out[name] = [at]
            for name in checked:
                if name in unsure:
                    unsure[name].add(at)
                else:
                    unsure[name] = {at}
        return out, unsure

    def _starting(self, run: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(the lexicons a term of which may start at a run, those of them to ask)."""
        names, checked = [], []
        for name, first in self._first:
            if not first.match(run):
                continue
            single = self._single[name]
            if single is not None and single.match(run):
                names.append(name)
            elif (opening := self._opening_word[name]) is not None and opening.fullmatch(run):
                names.append(name)
                checked.append(name)
        memo = self._memo
        if len(memo) >= self.MEMO_LIMIT:
            memo.clear()
        found = memo[run] = tuple(names), tuple(checked)
        return found


class SharedCandidates(Candidates):
    """One lexicon's candidates, taken from a ``SharedScan``: the shared starts where the
    lexicon's trie, anchored there, matches (``anchored`` None: its terms are single words,
    and every start the scan gave it matches)."""

    __slots__ = ("shared", "anchored", "name")

    def __init__(self, shared: SharedScan, anchored: re.Pattern[str] | None,
                 name: str) -> None:
        super().__init__()
        self.shared = shared
        self.anchored = anchored
        self.name = name

    def starts(self, text: str) -> list[int]:
        last = self._last
        if last is None or last[0] is not text:
            found = self.shared.by_lexicon(text).get(self.name, [])
            checked = self.shared.unsure(text).get(self.name) if self.anchored else None
            if checked:  # elsewhere a single-word term matches: so does the anchored trie
                match = self.anchored.match
                found = [p for p in found if p not in checked or match(text, p)]
            last = (text, found)
            self._last = last
        return last[1]
