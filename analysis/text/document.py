"""The shared preparation step: paragraphs, sentences and tokens, all with offsets.

``Document(text)`` never rewrites ``text``: every offset indexes the string it was given.
Splitting is rule-based and linear in the length of the text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property
from operator import attrgetter
from typing import Any

# A number (1,000.5%), a word (well-known, O'Neill, AT&T) or any other character but white
# space, written as one non-space character and what follows it by its kind: a pattern that
# opens with a class is skipped through white space in C, one whose alternatives open with
# classes is tried at every position (as r"\d+(?:[.,:]\d+)*%?|\w+(?:[-’'&]\w+)*|[^\w\s]",
# first written, was: the same tokens, tests/test_document_speed.py).
TOKEN_RE = re.compile(r"\S(?:(?<=\d)\d*(?:[.,:]\d+)*%?|(?<=\w)\w*(?:[-’'&]\w+)*|)")
WORD_RE = re.compile(r"\w")
LINE_RE = re.compile(r"[^\n]+")
# A sentence ends at . ! ? (or an ellipsis), perhaps followed by closing quotes or
# brackets, then white space. A run of marks is matched only from its first mark and never
# given back (possessive): otherwise a run of n marks with no space after it is tried from
# each of its n positions, each time to its end (100,000 full stops took two minutes).
# The pattern opens with the class of its first character, which the regex engine skips
# to in C; opening with the lookbehind, it was tried at every position of the text (five
# times slower). A mark is preceded by no mark: (?<![.!?]{2}) after it (the same matches
# as the pattern first written: tests/test_document_speed.py).
BOUNDARY_RE = re.compile(r"[.!?…](?:(?<=…)|(?<=[.!?])(?<![.!?]{2})[.!?]*+)[\"'”’)\]]*+(?=\s)")
SPACE_RE = re.compile(r"\s*")
LONGEST_ABBREVIATION = 8  # letters and dots: "approx", "A.B.C.D"
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st sr jr gen col lt sgt capt sen rep gov pres rev fr jan feb mar apr
    jun jul aug sep sept oct nov dec no vs etc inc ltd co corp e.g i.e u.s u.k u.n a.m p.m
    approx dept est fig mt ft""".split()
)
OPEN_QUOTES = "“\"‘'"
INITIALS_RE = re.compile(r"(?:[A-Z]\.){0,3}[A-Z]")
_TEXT, _IS_WORD = attrgetter("text"), attrgetter("is_word")


@dataclass(slots=True, unsafe_hash=True, init=False)
class Token:
    """One token. ``is_word`` (it has a word character) is worked out once, when the token
    is made: every extractor asks it of most tokens, and a regex search each time cost a
    tenth of the analysis; it takes no part in equality, hashing or the repr. Not frozen,
    though never changed: setting four fields through ``object.__setattr__``, as a frozen
    dataclass does, made the tokens the costliest part of a ``Document``."""

    start: int
    end: int
    text: str
    is_word: bool = field(repr=False, compare=False)

    def __init__(self, start: int, end: int, text: str, is_word: bool | None = None) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.is_word = WORD_RE.search(text) is not None if is_word is None else is_word

    @property
    def lower(self) -> str:
        return self.text.lower()


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    text: str
    index: int
    paragraph: int
    tokens: list[Token] = field(default_factory=list)
    _starts: list[int] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def words(self) -> list[Token]:
        return [t for t in self.tokens if t.is_word]

    def index_at(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset`` (bisect_left among the
        tokens' starts, kept once computed: a binary search with a key calls it in Python
        at every step)."""
        if self._starts is None:
            self._starts = [t.start for t in self.tokens]
        return bisect.bisect_left(self._starts, offset)

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """Indices ``i, j`` such that ``tokens[i:j]`` are the tokens inside ``start``-``end``."""
        i = j = self.index_at(start)
        while j < len(self.tokens) and self.tokens[j].end <= end:
            j += 1
        return i, j

    def token_index(self, offset: int) -> int | None:
        """Index of the token starting exactly at ``offset``, if any (binary search)."""
        i = self.index_at(offset)
        return i if i < len(self.tokens) and self.tokens[i].start == offset else None

    def token_after(self, offset: int) -> Token | None:
        """The first token starting at or after ``offset``."""
        i = self.index_at(offset)
        return self.tokens[i] if i < len(self.tokens) else None

    def token_before(self, offset: int) -> Token | None:
        """The last token starting before ``offset``."""
        i = self.index_at(offset)
        return self.tokens[i - 1] if i > 0 else None


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the period at ``dot`` closes an abbreviation or an initial, not a sentence."""
    j = dot
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
        if dot - j > LONGEST_ABBREVIATION:
            return False  # longer than any abbreviation or initials: stop walking back
    word = text[j:dot].lower()
    if not word:
        return False
    if word in ABBREVIATIONS:
        return True
    return bool(INITIALS_RE.fullmatch(text, j, dot))  # "C." or "H.W." before a surname


def _next_starts_sentence(text: str, pos: int) -> bool:
    """Whether the text after white space at ``pos`` looks like the start of a sentence."""
    nxt = SPACE_RE.match(text, pos).end()  # \s* always matches
    if nxt >= len(text):
        return True
    ch = text[nxt]
    if ch in OPEN_QUOTES or ch in "([":
        ch = text[nxt + 1] if nxt + 1 < len(text) else ""
    return ch.isupper() or ch.isdigit() or ch in "“\"‘'"


def split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` (one paragraph) into sentence spans, trimmed of white space."""
    spans: list[tuple[int, int]] = []
    cur = start
    for m in BOUNDARY_RE.finditer(text, start, end):
        stop = m.end()
        single_dot = text[m.start()] == "." and m.end() - m.start() == 1
        if single_dot and _is_abbreviation(text, m.start()):
            continue
        if not _next_starts_sentence(text, stop):
            continue
        spans.append((cur, stop))
        cur = stop
    spans.append((cur, end))
    out = []
    for s, e in spans:
        seg = text[s:e]
        s += len(seg) - len(seg.lstrip())
        e -= len(seg) - len(seg.rstrip())
        if e > s:
            out.append((s, e))
    return out


def find_paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans: each line is a paragraph, except that a line that does not end a
    sentence joins the next when that one starts in lower case (hard-wrapped text)."""
    paragraphs: list[tuple[int, int]] = []
    joinable = False
    for m in LINE_RE.finditer(text):
        s, e = m.span()
        line = text[s:e].strip()
        if not line:
            continue
        s += len(text[s:e]) - len(text[s:e].lstrip())
        e -= len(text[s:e]) - len(text[s:e].rstrip())
        if paragraphs and joinable and line[0].islower():
            paragraphs[-1] = (paragraphs[-1][0], e)
        else:
            paragraphs.append((s, e))
        joinable = line[-1] not in ".!?:;\"”’)…"
    return paragraphs


class Document:
    """A text prepared once for every extractor."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.paragraphs: list[tuple[int, int]] = find_paragraphs(text)
        # A token of TOKEN_RE is a word exactly when its first character is one (\w is
        # what str.isalnum() accepts, and "_"): the first two alternatives start with one,
        # the third is a single other character.
        self.tokens: list[Token] = [
            Token(m.start(), m.end(), g, g[0].isalnum() or g[0] == "_")
            for m in TOKEN_RE.finditer(text) for g in (m.group(),)
        ]
        self._token_starts = [t.start for t in self.tokens]
        self.sentences: list[Sentence] = self._split_sentences()
        self._sentence_starts = [s.start for s in self.sentences]
        # Layers computed from the finished document by the modules above it (voice,
        # attribution), each kept here under its module's name the first time it is asked for.
        self.layers: dict[str, Any] = {}

    def _split_sentences(self) -> list[Sentence]:
        sentences: list[Sentence] = []
        for p_index, (ps, pe) in enumerate(self.paragraphs):
            for s, e in split_line(self.text, ps, pe):
                    lo = bisect.bisect_left(self._token_starts, s)
                    hi = bisect.bisect_left(self._token_starts, e)
                    sentences.append(
                        Sentence(s, e, self.text[s:e], len(sentences), p_index, self.tokens[lo:hi])
                    )
        return sentences

    @cached_property
    def lowercase_words(self) -> frozenset[str]:
        """The words the text writes in lower case somewhere: a capitalised one of them
        opening a sentence is a common word, not a name ("Security fears grew")."""
        return frozenset(filter(str.islower, map(_TEXT, self.tokens)))

    @cached_property
    def capitals_mid_sentence(self) -> frozenset[str]:
        """Capitalised words the text writes in a run of capitals that follows a lower-case
        word or a comma ("met Konya", "the pilot Mara Quint"): names it uses mid-sentence,
        so that one of them opening a sentence is a name there too ("Quint and others")."""
        found: set[str] = set()
        in_run = False
        for prev, t in zip(self.tokens, self.tokens[1:], strict=False):
            capital = t.text[:1].isupper()
            in_run = capital and (prev.text == "," or prev.text.islower() or in_run)
            if in_run:
                found.add(t.text)
        return frozenset(found)

    @cached_property
    def word_count(self) -> int:
        return sum(map(_IS_WORD, self.tokens))  # True counts 1

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence containing ``offset``, if any."""
        return sentence_at(self.sentences, self._sentence_starts, offset)


def sentence_at(sentences: list[Sentence], starts: list[int], offset: int) -> Sentence | None:
    """The sentence of ``sentences`` (with their ``starts``) containing ``offset``, if any:
    for a layer kept in ``Document.layers``, which holds no reference back to the document
    (a cycle would leave every document to the cyclic garbage collector)."""
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and sentences[i].start <= offset < sentences[i].end:
        return sentences[i]
    return None
