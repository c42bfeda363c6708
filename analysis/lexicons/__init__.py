"""Word lists as data files: one entry a line, ``term<TAB>label<TAB>note``.

Each file starts with ``#`` lines saying what it contains, who curated it and which
literature informed it. A term may contain spaces (a phrase) and ``*`` (any word ending,
as in ``shock*``). Each lexicon is compiled once into a single case-insensitive regex,
when first needed (``lazy``: until then each text gets a regex of the terms it can contain).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from analysis.lexicons.lazy import ByFirstCharacter, LazyRegex, fold, may_occur
from analysis.lexicons.prefilter import FOLDED, Windowed, trie_pattern
from analysis.lexicons.shared_scan import SharedCandidates, SharedScan


@dataclass(frozen=True, slots=True)
class Entry:
    term: str
    label: str
    note: str


@cache
def entries(name: str) -> tuple[Entry, ...]:
    """The entries of lexicon ``name`` (the file ``name.tsv`` in this package)."""
    raw = resources.files(__package__).joinpath(f"{name}.tsv").read_text(encoding="utf-8")
    out = []
    for line in raw.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        term = parts[0].strip()
        label = parts[1].strip() if len(parts) > 1 else ""
        note = parts[2].strip() if len(parts) > 2 else ""
        out.append(Entry(term, label, note))
    return tuple(out)


def _term_pattern(term: str) -> str:
    words = [re.escape(w).replace(r"\*", r"[\w-]*") for w in term.split()]
    return r"[\s\xa0]+".join(words)


MEMO_LIMIT = 20_000  # distinct matched spellings remembered per lexicon
PLAIN_BUDGET = 16_000  # characters scanned with the plain regex before the trie is built


@dataclass(frozen=True, slots=True)
class Lexicon:
    """A compiled lexicon. ``starred`` holds the pattern of each starred term, compiled
    together on first use: only a match no plain term explains needs them.

    Matching: the plain regex scans each window at first; once ``PLAIN_BUDGET`` characters
    have been scanned (two long articles: a batch, not one ``credibility score``), the trie
    of ``prefilter`` is compiled (it costs about what the plain scan of one long article
    costs more than the trie's) and the regex is tried only at its candidates. Either way
    the matches are the same."""

    name: str
    regex: LazyRegex  # a compiled pattern's methods; ``for_text``: one text's smaller regex
    labels: dict[str, Entry]
    starred: tuple[tuple[str, Entry], ...] = ()  # "shock*" as a pattern, in file order
    # [characters scanned without the trie, the trie search (None: not yet, False: none),
    #  the starred terms' regex (compiled on first use)]
    _search: list = field(default_factory=lambda: [0, None, None], compare=False, repr=False)
    _memo: dict = field(default_factory=dict, compare=False, repr=False)  # matched -> Entry

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None
                 ) -> list[tuple[re.Match[str], Entry]]:
        """``(match, entry)`` for every non-overlapping, longest-first match: the matches
        of ``regex.finditer(text, pos, endpos)``, as a list (most windows hold none)."""
        end = len(text) if endpos is None else endpos
        windowed = self._search[1] or self.windowed()
        if windowed is None:
            self._search[0] += max(0, end - pos)
            found = list(self.regex.for_text(text).finditer(text, pos, end))
        else:
            found = windowed.matches(text, pos, end)
        if not found:
            return []
        lookup = self.lookup
        return [(m, lookup(m.group())) for m in found]

    def windowed(self) -> Windowed | None:
        """The trie search, once enough text has been scanned without it (else None).
        All lexicons built by then share one scan of each text (``SharedScan``)."""
        scanned, windowed = self._search[0], self._search[1]
        if windowed is None and scanned >= PLAIN_BUDGET:
            terms = _terms(self.name)
            body = trie_pattern(terms, classes=False)
            if body is None:
                windowed = False
            else:
                SHARED.include({n: _terms(n) for n in _BUILT if n not in SHARED.terms
                                and trie_pattern(_terms(n), classes=False)})
                # tried at the shared scan's unsure starts only (prefilter.FOLDED); not
                # needed for single words (SharedScan)
                anchored = None if all(len(t.split()) == 1 for t in terms) else re.compile(
                    body, FOLDED)
                windowed = Windowed(ByFirstCharacter(self.regex),
                                    SharedCandidates(SHARED, anchored, self.name))
            self._search[1] = windowed
        return windowed or None

    def lookup(self, matched: str) -> Entry:
        """The entry for text the regex matched, remembered per matched spelling. A
        starred term is tried against the matched text itself, not its lower case:
        ``str.lower`` may change a string's length ("İ" becomes "i" and a combining dot),
        so "shamİ" lowered is no longer a "sham*" word."""
        found = self._memo.get(matched)
        if found is None:
            key = " ".join(matched.lower().split())
            found = self.labels.get(key) or self._starred_or_folded(matched)
            if len(self._memo) >= MEMO_LIMIT:  # a long batch meets many spellings: stay small
                self._memo.clear()
            self._memo[matched] = found
        return found

    def _starred_or_folded(self, matched: str) -> Entry:
        """The entry of a match that is no plain term as lowered: the first starred term
        in file order that matches it whole ("shock*" for "shocking": one regex of them
        all, each alternative a group), else a term the regex matched by its own case
        folding."""
        low = fold(matched)  # a term none of whose pieces is in it is not compiled
        if self.starred:
            if self._search[2] is None:
                self._search[2] = re.compile(
                    "|".join(f"({pattern})" for pattern, _ in self.starred), re.IGNORECASE)
            m = self._search[2].fullmatch(matched)
            if m:
                return self.starred[m.lastindex - 1][1]
        for term, e in self.labels.items():  # rare: the regex's case folding, not lower()
            if may_occur(term, low) and re.fullmatch(_term_pattern(term), matched, re.I):
                return e  # ("İ" matches "i")
        raise KeyError(matched)


SHARED = SharedScan()
_BUILT: list[str] = []  # the lexicons compiled in this process, in order


def use_tries() -> None:
    """Give every lexicon compiled so far its trie search now, as if each had scanned
    ``PLAIN_BUDGET`` characters: they join the shared scan together, so its regex (about a
    quarter of a second to compile) is built once, where lexicons crossing the budget one
    by one would rebuild it each time. For a process about to analyse many texts (a batch
    before it forks, a server's worker); the matches are the same either way."""
    for name in dict.fromkeys(_BUILT):
        found = lexicon(name)
        found._search[0] = max(found._search[0], PLAIN_BUDGET)
        found.windowed()


def _terms(name: str) -> list[str]:
    return [e.term for e in entries(name)]


@cache
def lexicon(name: str) -> Lexicon:
    """Lexicon ``name`` compiled into one regex (longest terms first, whole words only)."""
    es = entries(name)
    ordered = sorted(es, key=lambda e: (-len(e.term), e.term))
    regex = LazyRegex([e.term for e in ordered], _alternation)
    starred = tuple((_term_pattern(e.term), e) for e in es if "*" in e.term)
    _BUILT.append(name)
    return Lexicon(name, regex, {e.term.lower(): e for e in es}, starred)


def _alternation(terms: list[str]) -> str:
    return "|".join(_term_pattern(term) for term in terms)
