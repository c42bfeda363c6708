"""Boosters: puffery that raises the weight of what follows, for the superlatives extractor.

Hyland (2005) calls boosters the words by which a writer closes down alternatives and
presses a claim ("clearly", "demonstrate"); attitude markers and emphasisers inflate
what they touch ("a crucial role", "particularly noteworthy"). Most of them are everyday
words whose weight depends on their place, so each is reported only where it boosts:

- an evaluative adjective before a noun: "a crucial role", "a stark contrast" (the span
  holds the pair);
- "clear"-type adjectives only before a noun of evidence: "a clear indication", "strong
  evidence" (not "clear skies", "strong winds");
- a degree adverb before an evaluative adjective: "particularly noteworthy", "even more
  intriguing", reported as the pair.

The words come from the ``boosters`` lexicon. Whether a booster is sourced is decided by
the superlatives extractor, as for every other kind.
"""

from __future__ import annotations

from functools import cache

from analysis.lexicons import entries, lexicon
from analysis.text.document import Sentence, Token

NOT_NOUN = frozenset(
    """and or but to that than as of in on at for with by from is are was were be been
    the a an this these those it its which who whom whose when where while if so not
    enough too also indeed then now yet still here there down up out off""".split()
)


@cache
def _words(label: str) -> frozenset[str]:
    return frozenset(e.term for e in entries("boosters") if e.label == label)


def _noun_after(sent: Sentence, end: int) -> Token | None:
    """The word right after ``end`` if it can be the noun an adjective modifies."""
    nxt = sent.token_after(end)
    if nxt is None or not nxt.text.isalpha() or not nxt.text.islower() or nxt.lower in NOT_NOUN:
        return None  # a lower-case word: "crucial Rust Belt states" is a name's business
    return nxt


def boosters(text: str, sent: Sentence, matches: list | None = None
             ) -> list[tuple[int, int, str]]:
    """Booster spans in ``sent`` as ``(start, end, "booster")``; ``matches``: the word list's
    matches in the sentence, if already found."""
    out = []
    if matches is None:
        matches = lexicon("boosters").finditer(text, sent.start, sent.end)
    for m, entry in matches:
        start, end = m.span()
        if start > sent.start and text[start].isupper():
            continue  # capitalised in mid-sentence: a name ("Lake and Stark counties")
        if entry.label == "degree":
            nxt = sent.token_after(end)
            if nxt is not None and nxt.lower in _words("evaluative"):
                out.append((start, nxt.end, "booster"))
            continue
        noun = _noun_after(sent, end)
        if noun is None:
            continue
        adjective = entry.label in {"adjective", "evaluative"} and entry.term in _words(
            "adjective")
        if adjective or (entry.label == "clear" and noun.lower in _words("evidence")):
            out.append((start, noun.end, "booster"))  # the pair: "a crucial role"
    return out
