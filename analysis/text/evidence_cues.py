"""A named poll, survey or study as a source: "In a new Quinnipiac University poll, 52
percent ...", "... leads by six points in the latest CNN/ORC poll". PARC and PolNeAR count
the preposition as the cue and the poll as the source; it is ``named`` because the
pollster is named, and only then: "in the same poll" or "in polls" hands the figures to no
one the reader can look up, and is left alone.
"""

from __future__ import annotations

import re

from analysis.text.document import Sentence

# "in" + determiner + up to two lowercase modifiers + a run of capitalised words (the
# pollster) + up to two lowercase modifiers + the evidence noun.
NAMED_POLL_RE = re.compile(
    r"\b([Ii]n) ((?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?(?:[A-Z][\w.&/'’-]*\s+)+"
    r"(?:[a-z-]+\s+){0,2}?(?:poll|survey|study)s?)\b")
Span = tuple[int, int]


def named_polls(text: str, sent: Sentence) -> list[tuple[Span, Span]]:
    """(cue, source) for each "in a <Named> poll" of the sentence (none, without trying the
    regex, where the case-sensitive evidence nouns it ends with are absent)."""
    if "poll" not in sent.text and "survey" not in sent.text and "study" not in sent.text:
        return []
    return [(m.span(1), m.span(2)) for m in NAMED_POLL_RE.finditer(text, sent.start, sent.end)]
