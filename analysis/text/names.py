"""Names, titles and datelines: stretches of text whose words are not the writer's choice.

A word list cannot tell *Epic Games* (a company), *Bombshell* (a film), *Fury* (a spell in a
game) or *the Latin Quarter* from the words epic, bombshell, fury or quarter chosen to
stir a feeling. The writer did not pick those words to describe anything: they are the
thing's name. This layer marks, once per document:

- ``name``: a capitalised run in the middle of a sentence ("the Epic Games store",
  "cast Fury", "Bank of America"), or two or more capitalised words opening a sentence
  whose first word the text never writes in lower case ("Epic Games said");
- ``title``: a title in quotation marks, every word capitalised ("the film “Bombshell”",
  "“The Hunger Games”"); plain text keeps no italics, so a title in italics is found only
  as a capitalised run;
- ``dateline``: the place (and date) opening a news story ("GENEVA (Reuters) -",
  "Geneva -", "LOS ANGELES, Nov. 2 (AP) —"), a place, never an organisation.

Headlines written in Title Case are skipped (there capitals say nothing), and so are
all-capital words, which shout rather than name. Words English capitalises for a whole
group or creed ("Nazi", "Marxist") are no name when they stand alone. Word-list extractors
(hedging, superlatives, loaded language) skip any match inside a span of this layer.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from analysis.text.document import Document, Sentence, Token, sentence_at
from analysis.text.voice import voice_of

# Closed-class words that open sentences; capitalised there, never part of a name after.
OPENERS = frozenset(
    """the a an this that these those whether if when while although though because since
    as in on at for with by from of but and or so yet it he she they we i you my his her
    their our its there here what which who how why where despite after before during
    according perhaps maybe possibly probably apparently reportedly allegedly some many
    most all every each no not""".split()
)
GLUE = frozenset("of the and for de du la le von van al on in & y".split())
CLAUSE_OPENERS = frozenset(":;“\"‘'(—–-[•*)")
# Capitalised for a whole group, creed or movement, not as the name of one thing.
GROUP_WORDS = frozenset(
    """nazi nazis marxist marxists islamist islamists jihadist jihadists fascist fascists
    communist communists satanic leftist leftists""".split()
)
DATELINE_RE = re.compile(
    r"((?:[A-Z][A-Z.'’-]+(?:[ ]+[A-Z][A-Z.'’-]+){0,3}|[A-Z][a-z.'’-]+(?:[ ]+[A-Z][a-z.'’-]+){0,2})"
    r"(?:,[ ]+[A-Z][A-Za-z.]+(?:[ ]+[A-Z][A-Za-z.]+)?)?"  # ", Calif." / ", N.Y."
    r"(?:,?[ ]+[A-Z][a-z]{2,8}\.?[ ]+\d{1,2})?)"  # ", Nov. 2"; the place ends here
    r"(?:[ ]*\([A-Za-z .&-]{1,40}\))?"  # "(Reuters)"
    r"(?=[ ]*(?:-{1,2}|–|—)[ ])"
)
DATELINE_PARAGRAPHS = 4  # a dateline opens one of the first paragraphs


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    kind: str  # "name", "title" or "dateline"


def _capitalised(t: Token) -> bool:
    """A capitalised word, not an all-capital shout ("SHAME") and not a bare number."""
    text = t.text
    return text[0].isupper() and not (text.isupper() and len(text) > 1)


def _title_case(sent: Sentence) -> bool:
    words = [t.text for t in sent.words if len(t.text) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) >= 0.8


def _runs(sent: Sentence) -> list[list[Token]]:
    """Maximal runs of capitalised words, joined by glue words between two of them."""
    runs: list[list[Token]] = []
    cur: list[Token] = []
    toks = sent.tokens
    for i, t in enumerate(toks):
        glue = (cur and t.lower in GLUE and i + 1 < len(toks) and toks[i + 1].is_word
                and _capitalised(toks[i + 1]))
        if (t.is_word and _capitalised(t)) or glue:
            cur.append(t)
        else:
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    return runs


def _opens_clause(sent: Sentence, tok: Token) -> bool:
    prev = sent.token_before(tok.start)
    return prev is None or prev.text in CLAUSE_OPENERS


def _sentence_names(lowercase_words: frozenset[str], sent: Sentence) -> list[Span]:
    out = []
    for run in _runs(sent):
        # "Epic Games said": a name at a clause's opening if its first word is never
        # written in lower case.
        first = run[0].text.lower()
        if _opens_clause(sent, run[0]) and (
                len(run) < 2 or first in lowercase_words or first in OPENERS):
            run = run[1:]
            while run and not _capitalised(run[0]):
                run = run[1:]
        if not run:
            continue
        if len(run) == 1 and run[0].lower in GROUP_WORDS:
            continue
        out.append(Span(run[0].start, run[-1].end, "name"))
    return out


def _titles(doc: Document) -> list[Span]:
    """Quoted titles: every word capitalised (glue words aside), not a quoted exclamation
    opening the sentence ("“Disgusting,” he said"). Each sentence is judged Title Case
    once, however many quotations it holds (once per quotation was quadratic)."""
    out = []
    headline: dict[int, bool] = {}
    for q in voice_of(doc).quotes:
        words = re.findall(r"\w[\w'’-]*", doc.text[q.start : q.end])
        content = [w for w in words if w.lower() not in GLUE]
        if not content or not all(w[0].isupper() for w in content) or len(words) > 10:
            continue
        sent = doc.sentence_at(q.start)
        if sent is not None and sent.index not in headline:
            headline[sent.index] = _title_case(sent)
        if sent is not None and headline[sent.index]:
            continue  # a headline capitalises its quotations too
        opening = sent is None or (q.start - sent.start <= 3 and doc.text[
            sent.start : q.start].strip(" “\"‘'") == "")
        if len(words) == 1 and opening:
            continue
        out.append(Span(q.start, q.end, "title"))
    return out


def _datelines(doc: Document) -> list[Span]:
    out = []
    for start, _ in doc.paragraphs[:DATELINE_PARAGRAPHS]:
        m = DATELINE_RE.match(doc.text, start)
        if m:  # the place and date, not the agency after them
            out.append(Span(m.start(1), m.end(1), "dateline"))
    return out


def _listed_names(sent: Sentence) -> list[Span]:
    """In a Title Case line, only short runs set off by commas are names: a list of people
    ("Doug Gross, Phil Noble, Tim Hagle"), never the headline as a whole."""
    out = []
    items = [item for run in _runs(sent) for item in _split_at_and(run)]
    for run in items:
        before = sent.token_before(run[0].start)
        after = sent.token_after(run[-1].end)
        left = before.text if before else ""  # "" at the line's start or end
        right = after.text if after else ""
        if 2 <= len(run) <= 4 and left and ("," in (left, right) or left.lower() == "and"):
            out.append(Span(run[0].start, run[-1].end, "name"))
    return out


def _split_at_and(run: list[Token]) -> list[list[Token]]:
    """"Phil Noble and Tim Hagle" is two names in a list."""
    out: list[list[Token]] = [[]]
    for t in run:
        if t.lower == "and":
            out.append([])
        else:
            out[-1].append(t)
    return [r for r in out if r]


class Names:
    """The document's names, titles and datelines, asked by offset in O(log n).

    Titles and datelines are found for the whole document at once; the names of a
    sentence only when a word-list match in it is asked about (most sentences hold none),
    which keeps the layer's share of ``analyze`` small."""

    def __init__(self, doc: Document) -> None:
        # what it reads of ``doc``, not ``doc`` itself, which holds this layer (a cycle
        # would leave every document to the cyclic garbage collector)
        self._sentences, self._starts = doc.sentences, doc._sentence_starts
        self._lowercase_words = doc.lowercase_words
        self._fixed = _merge(_datelines(doc) + _titles(doc))  # titles and datelines
        self._fixed_starts = [s.start for s in self._fixed]
        self._by_sentence: dict[int, tuple[list[Span], list[int]]] = {}

    @property
    def spans(self) -> list[Span]:
        """Every span of the layer, in text order (computes every sentence's names)."""
        names = [n for sent in self._sentences for n in self._names_in(sent)[0]]
        return _merge(self._fixed + names)

    def _names_in(self, sent: Sentence) -> tuple[list[Span], list[int]]:
        """The sentence's names and their starts, computed on the first question."""
        found = self._by_sentence.get(sent.index)
        if found is None:
            names = _merge(_listed_names(sent) if _title_case(sent)
                           else _sentence_names(self._lowercase_words, sent))
            found = self._by_sentence[sent.index] = (names, [n.start for n in names])
        return found

    def at(self, start: int, end: int) -> Span | None:
        """The span of this layer that holds ``start:end`` whole, if any (a title or a
        dateline before a name)."""
        found = _holding(self._fixed, self._fixed_starts, start, end)
        if found is not None:
            return found
        sent = sentence_at(self._sentences, self._starts, start)
        if sent is None:
            return None
        return _holding(*self._names_in(sent), start, end)

    def covers(self, start: int, end: int) -> bool:
        return self.at(start, end) is not None

    def in_dateline(self, start: int, end: int) -> bool:
        """Whether ``start:end`` lies in a dateline (no sentence's names are computed)."""
        found = _holding(self._fixed, self._fixed_starts, start, end)
        return found is not None and found.kind == "dateline"


def _holding(spans: list[Span], starts: list[int], start: int, end: int) -> Span | None:
    i = bisect.bisect_right(starts, start) - 1
    if i >= 0 and spans[i].start <= start and end <= spans[i].end:
        return spans[i]
    return None


def _merge(spans: list[Span]) -> list[Span]:
    """Sorted, overlapping spans joined; a dateline wins over a name inside it."""
    out: list[Span] = []
    for s in sorted(spans, key=lambda x: (x.start, -x.end)):
        if out and s.start < out[-1].end:
            last = out[-1]
            kind = "dateline" if "dateline" in (last.kind, s.kind) else last.kind
            out[-1] = Span(last.start, max(last.end, s.end), kind)
        else:
            out.append(s)
    return out


def names_of(doc: Document) -> Names:
    """The names layer of ``doc``, computed once per document."""
    names = doc.layers.get("names")
    if names is None:
        names = doc.layers["names"] = Names(doc)
    return names
