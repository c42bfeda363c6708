"""Clickbait hooks in a headline, each a span with a plain-words reason.

A hook is a word or phrase that makes the reader click to learn what the headline holds
back or promises: forward reference ("this", "here's", an embedded "what ..."), talking
to the reader ("you"), a count that promises a list, a question or command as the first
word, superlatives and hype, feeling words, chat and slang, ordinary words in capitals.
The word lists are ``analysis/lexicons/headline_hooks.tsv`` and ``headline_style.tsv``
(with the superlatives and hype words of ``superlatives.tsv``); the rules that need a
position (a first word, a count) are here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.lexicons import lexicon

# A word: letters or digits, with inner apostrophes, hyphens, dots ("U.S.", "60,000").
WORD = re.compile(r"[$£€]?\w(?:[\w'’.,-]*\w)?%?")
NUMBER_WORDS = frozenset("""two three four five six seven eight nine ten eleven twelve
    thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty
    fifty hundred""".split())
# A count of people dead, hurt or held is news, not the promise of a list ("Ten dead in ...").
TOLL = frozenset("""dead die died killed kill injured hurt wounded shot arrested held missing
    detained charged jailed hospitalised hospitalized rescued drown drowned feared""".split())
YEAR = re.compile(r"(?:1[89]|20)\d\d(?:s|'s)?")
EMBEDDED = frozenset({"what", "why", "how"})  # after the first word: a withheld answer
# Quoted words are someone else's ("Obama: 'We will not back down'"), not the headline's hook.
QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|‘[^’]*’|(?<!\w)'[^']*'(?!\w)")
START_ONLY = frozenset({"question_opener", "imperative"})
SHOUT_EXCEPTIONS = frozenset({"AIDS", "WHO", "NATO", "NASA", "OPEC", "FIFA", "UEFA", "ISIS",
                              "CEO", "USA", "TV", "DNA", "GOP", "NFL", "NBA", "BBC", "CIA",
                              "FBI", "EU", "UN", "UK", "US"})
SUPERLATIVE_LABELS = {"superlative": "superlative", "peacock": "hyperbole",
                      "intensifier": "hyperbole"}

EXPLANATIONS = {
    "forward_reference": "points ahead to something the headline does not say, so the "
                         "reader must click to find out what it is",
    "second_person": "speaks to the reader directly, as a friend would, not as a report",
    "first_person": "tells the writer's own experience rather than news about others",
    "listicle_number": "a count at the start promises a list, a ready-made reason to click",
    "question": "opens with a question word: a question whose answer is held back for "
                "the click",
    "imperative": "tells the reader what to do (watch, meet, guess) instead of "
                  "reporting",
    "superlative": "a superlative that ranks without saying by what measure",
    "hyperbole": "stretches the claim; news headlines state, they do not oversell",
    "absolute": "a sweeping total (everyone, nothing) that few facts support",
    "emotional": "names or stirs a feeling instead of reporting what happened",
    "informal": "chat or slang, rare in edited news headlines",
    "all_caps": "an ordinary word in capitals, shouting for attention",
}
LABELS = tuple(EXPLANATIONS)


@dataclass(frozen=True, slots=True)
class Hook:
    """One clickbait hook: offsets into the title (end exclusive), its words and label."""

    start: int
    end: int
    text: str
    label: str

    def to_dict(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "text": self.text,
                "label": self.label, "explanation": EXPLANATIONS[self.label]}


def words(title: str) -> list[re.Match[str]]:
    return list(WORD.finditer(title))


def is_count(word: str) -> bool:
    """A number that counts things ("21", "Seven"), not a year, a sum or a share."""
    bare = word.lower()
    if bare in NUMBER_WORDS:
        return True
    return bare.isdecimal() and not YEAR.fullmatch(bare) and int(bare) < 1000  # not "²"


def hooks(title: str) -> list[Hook]:
    """Every hook in ``title`` outside quotation marks, in order of position.

    Where two word hooks overlap the longer one is kept ("Won't Believe" over "Won't");
    capitals are typography, so an ``all_caps`` hook may share its word with another.
    """
    ws = words(title)
    first = ws[0].start() if ws else 0
    quoted = [m.span() for m in QUOTED.finditer(title)]
    found = [h for h in _lexicon_hooks(title, first) + _position_hooks(ws)
             if not any(s <= h.start < e for s, e in quoted)]
    found.sort(key=lambda h: (h.start, -(h.end - h.start), h.label == "all_caps"))
    kept: list[Hook] = []
    for h in found:
        words_only = [k for k in kept if k.label != "all_caps"]
        if h.label == "all_caps" or not words_only or h.start >= words_only[-1].end:
            kept.append(h)
    return kept


def _lexicon_hooks(title: str, first: int) -> list[Hook]:
    out = []
    for m, entry in lexicon("headline_hooks").finditer(title):
        label = entry.label
        if label in START_ONLY and m.start() != first:
            continue
        if label == "first_person" and m.group().isupper() and len(m.group()) > 1:
            continue  # "US" the country, "ME" the state
        if label == "second_person" and m.group() in {"U", "Ya"}:
            continue  # an initial ("U Thant"), not "you"
        out.append(Hook(m.start(), m.end(), m.group(), "question" if
                        label == "question_opener" else label))
    for m, entry in lexicon("headline_style").finditer(title):
        out.append(Hook(m.start(), m.end(), m.group(), entry.label))
    for m, entry in lexicon("superlatives").finditer(title):
        if entry.label in SUPERLATIVE_LABELS:
            out.append(Hook(m.start(), m.end(), m.group(), SUPERLATIVE_LABELS[entry.label]))
    return out


def _position_hooks(ws: list[re.Match[str]]) -> list[Hook]:
    out = []
    if ws and is_count(ws[0].group()) and len(ws) > 2 and not _toll(ws):
        out.append(Hook(ws[0].start(), ws[0].end(), ws[0].group(), "listicle_number"))
    for m in ws[1:]:
        if m.group().lower() in EMBEDDED:
            out.append(Hook(m.start(), m.end(), m.group(), "forward_reference"))
    for m in ws:
        if _shouted(m.group()):
            out.append(Hook(m.start(), m.end(), m.group(), "all_caps"))
    return out


def _toll(ws: list[re.Match[str]]) -> bool:
    """The count is a toll: one of the next three words says dead, hurt or held."""
    return any(m.group().lower() in TOLL for m in ws[1:4])


def _shouted(word: str) -> bool:
    """An ordinary English word written in capitals ("NEVER"), not an acronym ("NATO")."""
    from analysis.extractors.specificity_model import zipf

    if len(word) < 3 or not word.isalpha() or not word.isupper():
        return False
    if word in SHOUT_EXCEPTIONS or zipf(word.lower()) < 4.0:
        return False
    style = lexicon("headline_style")  # OMG, LOL: initialisms are written in capitals
    return not (style.regex.fullmatch(word) and style.lookup(word).label == "informal")
