"""Look-ups at the end of a sentence or a prefix that read only what they need.

A sentence may be a megabyte long (text without full stops), and the question extractor
asks about it once per question: anything that copies or searches the whole sentence each
time is quadratic. These read a bounded stretch at the end instead.
"""

from __future__ import annotations

import re

TAIL = 200  # characters: more than any match of a pattern anchored at the end of a prefix
CLOSERS_REACH = 64  # closing marks after a final "?" that are read back over


def ends_with(pattern: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """``pattern`` (anchored with ``$``) found in ``text[start:end]``, searched only in its
    last ``TAIL`` characters: searching from the sentence's start for each question of a
    long sentence was quadratic ("what? " 40,000 times took seconds, a megabyte hours)."""
    return pattern.search(text, max(start, end - TAIL), end) is not None


def ends_in_question_mark(text: str) -> bool:
    """``text.rstrip(" ”\"’')").endswith("?")``, read back over at most ``CLOSERS_REACH``
    closing marks instead of copying the text."""
    i = len(text) - 1
    while i >= 0 and text[i] in " ”\"’')" and len(text) - i <= CLOSERS_REACH:
        i -= 1
    return i >= 0 and text[i] == "?"
