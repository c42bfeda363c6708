"""Specificity's dates, quantities and numbers, sought only where one can start.

``detail_matches(text, start, end)`` returns what ``finditer(text, start, end)`` of each
of ``DETAIL_PATTERNS`` finds, from one walk over the text's candidate positions (found once
per text): each pattern is tried at each candidate from where its last match ended, which
finds the same matches provided every position where a pattern can match is a candidate
(``tests/test_specificity_speed.py``).
"""

from __future__ import annotations

import bisect
import re

from analysis.extractors.any_case import letter

MONTHS = ("January|February|March|April|June|July|August|September|October|November|"
          "December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.")
DATE_RE = re.compile(
    rf"\b(?:(?:{MONTHS}|May)\s+\d{{1,2}}(?:,\s*\d{{4}})?|\d{{1,2}}\s+(?:{MONTHS}|May)"
    rf"(?:\s+\d{{4}})?|(?:{MONTHS})(?:\s+\d{{4}})?|May\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}"
    r"|(?:the\s+)?(?:early|mid|late)[\s-]+(?:19|20)\d0s|(?:19|20)\d\d(?:s)?"
    r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|(?:last|next)\s+(?:week|month|year)|yesterday)(?![\w-])"
)
NUMBER_WORDS = ("two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
                "thirty|forty|fifty|hundred|thousand|million|billion|dozen|half")
UNITS = ("%|percent|per cent|dollars?|won|yuan|euros?|pounds|yen|people|persons|km"
         "|kilomet(?:er|re)s?"
         "|miles?|feet|foot|met(?:er|re)s?|years?|months?|weeks?|days?|hours?|minutes?|tons?"
         "|tonnes?|cents?|soldiers|defectors|diplomats|times|words")
# A number is read from its first digit and never given back ([\d,.]*+): no unit starts
# with a digit, comma or full stop, so a shorter number never matches where the whole one
# failed, and trying one from each digit of a long run was quadratic (10,000 digits: 18 s).
QUANTITY_RE = re.compile(
    rf"(?:[$€£¥]\s?\d[\d,.]*+(?:\s+(?:million|billion))?"
    rf"|(?:(?<!\d)\d[\d,.]*+|\b(?:{NUMBER_WORDS}))"
    rf"(?:\s+(?:million|billion|thousand|hundred))?\s*(?:US\s+)?(?:(?:{UNITS})\b"
    r"|(?!(?:is|was|has|as|this|its|his|us|yes)\b)[a-z]+s\b))",
    re.I,
)
NUMBER_RE = re.compile(rf"\b\d[\d,.]*\b|\b(?:{NUMBER_WORDS})\b", re.I)
DETAIL_PATTERNS = ((DATE_RE, "date"), (QUANTITY_RE, "quantity"), (NUMBER_RE, "number"))

# Where any of the three can start: DATE_RE after \b at a month, a weekday, "(the)
# early/mid/late", "last", "next", "yesterday" or a digit; NUMBER_RE after \b at a digit or
# a number word; QUANTITY_RE at a currency sign, a digit after no digit, or a number word
# after \b (any case, as there). Two scans: signs and digits (a character class, fast), and
# words: a character that is no word character, then (at no width) the class of the words'
# first letters in every case that IGNORECASE matches (the "long s" matches s) and the
# words as a trie whose letters in any case are classes (re rejects a branch that opens
# with a class without entering it). Opening with a lookbehind, the word scan was tried at
# every position of the text, and the number words in any case were entered one by one.
DETAIL_WORD_FIRST = "ADFJMNOSTWelmnty" + "tfsenhmbd" + "tfsenhmbd".upper() + "\u017f"
_CASED_WORDS = ("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec Mon Tue Wed Thu Fri Sat Sun "
                "early mid late last next yesterday").split()


def _trie(words: list[list[str]]) -> str:
    """An alternation of ``words`` (each a list of regex pieces) with shared openings."""
    heads: dict[str, list[list[str]]] = {}
    for pieces in words:
        heads.setdefault(pieces[0], []).append(pieces[1:])
    alternatives = []
    for head, rests in heads.items():
        tails = [rest for rest in rests if rest]
        tail = _trie(tails) if tails else ""
        optional = tails and len(tails) < len(rests)  # a word ends here, a longer goes on
        alternatives.append(head + (f"(?:{tail})?" if optional else tail))
    return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"


_WORD_TRIE = _trie([[*map(re.escape, w)] for w in _CASED_WORDS]
                   + [["t", "h", "e", r"\s+(?:early|mid|late)"]]
                   + [[f"[{letter(ch)}]" for ch in w] for w in NUMBER_WORDS.split("|")])
# a digit right after a digit starts none of the three (\b and (?<!\d) see no start
# there): only a run's first digit is a candidate (the lookbehind checks the character
# matched and the one before it, after the class has been found in C)
_SIGN_OR_DIGIT = re.compile(r"[$€£¥\d](?<!\d\d)")
_WORD = re.compile(rf"\W(?=[{DETAIL_WORD_FIRST}])(?={_WORD_TRIE})")  # one character wide
_OPENING_WORD = re.compile(rf"(?=[{DETAIL_WORD_FIRST}])(?={_WORD_TRIE})")
_last: tuple[str, list[int]] | None = None  # the last text's candidates


def detail_starts(text: str) -> list[int]:
    """Every position of ``text`` where a date, quantity or number may start, ascending
    (kept for the last text: every sentence of a document asks)."""
    global _last
    last = _last  # one read and one write: threads may share it
    if last is None or last[0] is not text:
        words = [m.start() + 1 for m in _WORD.finditer(text)]
        if _OPENING_WORD.match(text):
            words.insert(0, 0)
        last = (text, sorted({*words, *(m.start() for m in _SIGN_OR_DIGIT.finditer(text))}))
        _last = last
    return last[1]


def detail_matches(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The dates, then the quantities, then the numbers in ``text[start:end]``: what
    ``finditer(text, start, end)`` of each pattern finds."""
    starts = detail_starts(text)
    found: tuple[list[tuple[int, int, str]], ...] = ([], [], [])
    after = [start, start, start]
    i = bisect.bisect_left(starts, start)
    while i < len(starts) and starts[i] < end:
        at = starts[i]
        for k, (regex, label) in enumerate(DETAIL_PATTERNS):
            if at >= after[k]:
                m = regex.match(text, at, end)
                if m:
                    after[k] = m.end()
                    found[k].append((at, m.end(), label))
        i += 1
    return found[0] + found[1] + found[2]


Details = list[tuple[int, int, str]]


def windows_details(text: str, windows: list[tuple[int, int]]) -> list[Details]:
    """``detail_matches(text, s, e)`` for each window ``(s, e)`` (ascending, none
    overlapping the next), in order: one walk over the text's candidates, each tried in the
    window holding it, up to that window's end, from where each pattern last matched in
    that window (a window without a candidate gets an empty list of its own)."""
    out: list[Details] = [[] for _ in windows]
    lefts = [s for s, _ in windows]
    k, right, found, after = -1, -1, ([], [], []), [0, 0, 0]
    for at in detail_starts(text):
        if at >= right:  # the window holding ``at``, if any
            if found[0] or found[1] or found[2]:
                out[k] = found[0] + found[1] + found[2]
            k = bisect.bisect_right(lefts, at) - 1
            if k < 0 or at >= windows[k][1]:
                right, found = -1, ([], [], [])  # between windows: look again at the next
                continue
            right, found = windows[k][1], ([], [], [])
            after = [lefts[k]] * 3
        for i, (regex, label) in enumerate(DETAIL_PATTERNS):
            if at >= after[i]:
                m = regex.match(text, at, right)
                if m:
                    after[i] = m.end()
                    found[i].append((at, m.end(), label))
    if found[0] or found[1] or found[2]:
        out[k] = found[0] + found[1] + found[2]
    return out
