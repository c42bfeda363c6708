"""The attribution record shared by the attribution rules: the cue, its kind, the source's
label and span, the reported content and the sentence."""

from __future__ import annotations

from dataclasses import dataclass

from analysis.text.document import Sentence


@dataclass(frozen=True, slots=True)
class Attribution:
    cue: tuple[int, int]
    kind: str  # verb, prep, passive or adverb (the cue lexicon's label)
    label: str  # named, anonymous or vague
    source: tuple[int, int] | None
    content: tuple[int, int] | None
    sentence: int
    declined: bool = False  # negated or refused ("would not say if", "declined to comment")


def content_of(sent: Sentence, cue_end: int, src: tuple[int, int] | None) -> tuple[int, int] | None:
    """Reported content: after the cue, or before it when the cue closes the sentence."""
    after = max(cue_end, src[1] if src else cue_end)
    rest = sent.text[after - sent.start : after - sent.start + 80].strip(" ,.;:\"”’")
    if len(rest.split()) >= 3:
        return (after, sent.end)
    head_end = min(cue_end, src[0] if src else cue_end)
    end = head_end - sent.start
    while end > 0 and sent.text[end - 1] in " ,“\"":
        end -= 1
    begin = _after_label(sent.text[:end])
    return (sent.start + begin, sent.start + end) if end > begin else None


def _after_label(head: str) -> int:
    """Where the content starts after a title's "Exponential Surge: " label, which is the
    writer's, not the source's; 0 when the sentence has none."""
    colon = head.find(":", 0, 60)
    if colon > 0 and all(w[:1].isupper() for w in head[:colon].split()):
        return colon + 1 + len(head[colon + 1 :]) - len(head[colon + 1 :].lstrip())
    return 0

