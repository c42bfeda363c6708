"""Loaded language: emotionally charged words, and labels pinned on people or groups.

``loaded`` marks a word chosen to stir a feeling ("devastating", "sham", "heroic");
``name_calling`` marks a label that sorts a person or group into a camp ("thugs",
"radical leftists", "so-called"). Where a label is followed by a name, the name is its
``target``. Words inside a quotation are the source's, marked ``voice: quoted``.
"""

from __future__ import annotations

import bisect

from analysis.extractors.base import Evidence, ExtractorResult, tally
from analysis.lexicons import lexicon
from analysis.text.document import Document, Sentence
from analysis.text.voice import voice_of

NAME = "loaded_language"
DESCRIPTION = "Words that push a feeling, and labels stuck on people or groups."
LABELS = {
    "loaded": "a word picked to make you feel something, not just to describe",
    "name_calling": "a label stuck on a person or group that tells you what to think of them",
}


def _target(sent: Sentence, end: int) -> tuple[int, int] | None:
    """The capitalised name right after a label ("crooked Hillary", "so-called experts")."""
    words = []
    start = bisect.bisect_left(sent.tokens, end, key=lambda t: t.start)
    for t in sent.tokens[start : start + 3]:
        if t.is_word and t.text[0].isupper():
            words.append(t)
            if len(words) == 3:
                break
        else:
            break
    if words and words[0].start - end <= 2:
        return (words[0].start, words[-1].end)
    return None


def _explain(label: str, text: str, target: str | None) -> str:
    if label == "name_calling":
        who = f" on {target}" if target else ""
        return (f"“{text}” sticks a label{who}. Labels tell you what to think of someone "
                "before you see any evidence. What did they actually do or say?")
    return (f"“{text}” is a strong, emotional word. It pushes a feeling. Try a neutral "
            "word instead: does the claim still hold up?")


def extract(doc: Document) -> ExtractorResult:
    lex = lexicon("loaded_language")
    evidence = []
    for sent in doc.sentences:
        for m, entry in lex.finditer(doc.text, sent.start, sent.end):
            s, e = m.span()
            extra: dict[str, object] = {}
            target = _target(sent, e)
            target_text = doc.text[target[0] : target[1]] if target else None
            if target:
                extra = {"target": list(target), "target_text": target_text}
            evidence.append(Evidence(NAME, entry.label, s, e, doc.text[s:e],
                                     _explain(entry.label, doc.text[s:e], target_text),
                                     voice_of(doc).voice_at(s, e), extra))
    return ExtractorResult(NAME, evidence, tally(evidence, LABELS))
