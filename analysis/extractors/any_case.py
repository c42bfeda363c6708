"""Case-insensitive patterns written with classes, which ``re`` can skip through fast.

Under ``re.IGNORECASE`` a branch that opens with a letter is entered to be rejected, and a
pattern that opens with ``\\b`` is tried at every position. Writing each ASCII letter as the
class of what IGNORECASE matches for it (``[sSſ]``: the long s matches s, as the
lexicons' prefilter knows, ``lexicons.prefilter.FOLDS``) lets ``re`` reject a branch at its
first character, and opening with a class (the character before a word) lets it skip in C
to where a match can start.
"""

from __future__ import annotations

import re

from analysis.lexicons.prefilter import FOLDS


def letter(ch: str) -> str:
    """What IGNORECASE matches for the ASCII letter ``ch``, as the inside of a class."""
    low = ch.lower()
    return low + low.upper() + FOLDS.get(low, "")


def pattern(source: str) -> str:
    """``source`` (a pattern without flags, letters outside escapes ASCII) with each ASCII
    letter made a class of its cases: outside a class ``[xX]``, inside one all its cases."""
    out, i, in_class = [], 0, False
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            out.append(source[i:i + 2])
            i += 2
            continue
        if ch.isascii() and ch.isalpha():
            out.append(letter(ch) if in_class else f"[{letter(ch)}]")
        else:
            out.append(ch)
            in_class = (in_class and ch != "]") or (not in_class and ch == "[")
        i += 1
    return "".join(out)


def word_search(words: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """For ``\\b(?:words)\\b`` under IGNORECASE (``words``: alternatives without groups of
    their own), a pattern to try at the start of a string and one to search for after a
    character that is no word character, the alternatives grouped by their first letter:
    ``bool(at.match(s) or after.search(s))`` says whether the first finds a match in ``s``."""
    groups: dict[str, list[str]] = {}
    for alternative in words.split("|"):
        groups.setdefault(alternative[0].lower(), []).append(alternative[1:])
    body = "|".join(pattern(first) + "(?:" + "|".join(map(pattern, rest)) + ")"
                    for first, rest in groups.items())
    return re.compile(rf"(?:{body})\b"), re.compile(rf"\W(?:{body})\b")
