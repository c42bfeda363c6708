"""Word lists as data files: one entry a line, ``term<TAB>label<TAB>note``.

Each file starts with ``#`` lines saying what it contains, who curated it and which
literature informed it. A term may contain spaces (a phrase) and ``*`` (any word ending,
as in ``shock*``). Each lexicon is compiled once into a single case-insensitive regex.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from analysis.lexicons.prefilter import Candidates, Windowed, compile_candidates


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


@dataclass(frozen=True, slots=True)
class Lexicon:
    name: str
    regex: re.Pattern[str]
    labels: dict[str, Entry]
    starred: tuple[tuple[re.Pattern[str], Entry], ...] = ()  # "shock*", in file order
    windowed: Windowed | None = field(default=None, compare=False, repr=False)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        """Yield ``(match, entry)`` for every non-overlapping, longest-first match: the
        matches of ``regex.finditer(text, pos, endpos)``, sought only where a term may
        start (``prefilter``: extractors ask sentence by sentence, and the candidates of
        the whole text are found once)."""
        end = len(text) if endpos is None else endpos
        found = (self.regex.finditer(text, pos, end) if self.windowed is None
                 else self.windowed.finditer(text, pos, end))
        for m in found:
            yield m, self.lookup(m.group())

    def lookup(self, matched: str) -> Entry:
        """The entry for text the regex matched. A starred term is tried against the matched
        text itself, not its lower case: ``str.lower`` may change a string's length ("İ"
        becomes "i" and a combining dot), so "shamİ" lowered is no longer a "sham*" word."""
        key = " ".join(matched.lower().split())
        if key in self.labels:
            return self.labels[key]
        for pattern, e in self.starred:
            if pattern.fullmatch(matched):
                return e
        raise KeyError(matched)


@cache
def lexicon(name: str) -> Lexicon:
    """Lexicon ``name`` compiled into one regex (longest terms first, whole words only)."""
    es = entries(name)
    ordered = sorted(es, key=lambda e: (-len(e.term), e.term))
    body = "|".join(_term_pattern(e.term) for e in ordered)
    regex = re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)
    starred = tuple((re.compile(_term_pattern(e.term), re.I), e) for e in es if "*" in e.term)
    candidates = compile_candidates([e.term for e in es], re.IGNORECASE)
    windowed = None if candidates is None else Windowed(regex, Candidates(candidates))
    return Lexicon(name, regex, {e.term.lower(): e for e in es}, starred, windowed)
