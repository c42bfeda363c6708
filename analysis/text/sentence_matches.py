"""A word list's matches in each sentence, from one search of the whole text.

The voice layer and four extractors read a word list sentence by sentence
(``Lexicon.finditer(text, sentence.start, sentence.end)``): about 34 calls a news article
for each list, nearly all of which find nothing. One call over the whole text, its matches
put into their sentences by binary search, gives exactly the same matches when

(a) every match of the whole text lies inside one sentence, and
(b) no sentence ends right before a word character or a hyphen.

A word list's regex is ``(?<![\\w-])(?:terms)(?![\\w-])`` (``analysis.lexicons``), and a
search that stops at a sentence's end differs from one that does not only in what it reads
at or past that end: a match (or a longer alternative, or a longer ``*`` ending) running
past it, which (a) rules out, or the closing lookahead at the end itself, which sees the
end of the window where the whole text has the next character, and (b) makes both succeed
there. The lookbehind sees the text before a sentence either way. When (a) or (b) fails
(on none of every 10th development text, 3,493 texts: sentences end before white space),
each sentence is searched on its own, as before.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from typing import Any

from analysis.text.document import Document, Sentence

WORD_OR_HYPHEN = re.compile(r"[\w-]")  # what the lists' closing lookahead refuses
Found = list[tuple[re.Match[str], Any]]  # (match, entry), as Lexicon.finditer gives them
Matches = Callable[[Sentence], Found]  # a sentence's matches of one word list
LAYER = "sentence_bounds"


def _bounds(doc: Document) -> tuple[list[int], list[int], bool]:
    """The sentences' starts and ends, and whether no sentence ends before a word character
    or a hyphen (b); worked out once a document."""
    got = doc.layers.get(LAYER)
    if got is None:
        text = doc.text
        ends = [s.end for s in doc.sentences]
        clean = not any(WORD_OR_HYPHEN.match(text, e) for e in ends)  # at len(text): None
        got = doc.layers[LAYER] = ([s.start for s in doc.sentences], ends, clean)
    return got


def by_sentence(lex: Any, doc: Document) -> dict[int, Found] | None:
    """Sentence index -> the matches of word list ``lex`` in that sentence (in text order),
    for the sentences that have any; None when the whole text's matches cannot stand for
    the sentences' (see the module's doc)."""
    starts, ends, clean = _bounds(doc)
    if not clean:
        return None
    out: dict[int, Found] = {}
    matches = lex.finditer(doc.text)
    # a list asks whether to build its trie search at each call, before counting the text:
    # asked again now, a text that took it past its budget builds it here, as the next
    # sentence did when each was searched alone (a batch's one warm-up text relies on it)
    lex.windowed()
    for found in matches:
        m = found[0]
        i = bisect.bisect_right(starts, m.start()) - 1
        if i < 0 or m.end() > ends[i]:
            return None  # before the first sentence, between two or across an end
        if i in out:
            out[i].append(found)
        else:
            out[i] = [found]
    return out


def sentence_matches(lex: Any, doc: Document) -> Matches:
    """``lex.finditer(doc.text, sent.start, sent.end)`` for any sentence of ``doc``, read
    from one search of the whole text where that gives the same matches."""
    found = by_sentence(lex, doc)
    if found is None:
        text = doc.text
        return lambda sent: lex.finditer(text, sent.start, sent.end)
    return lambda sent: found.get(sent.index, [])
