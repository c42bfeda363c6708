"""Loaded language: emotionally charged words, and labels pinned on people or groups.

``loaded`` marks a word chosen to stir a feeling ("devastating", "sham", "heroic");
``name_calling`` marks a label that sorts a person or group into a camp ("thugs",
"radical leftists", "so-called"). Where a label is followed by a name, the name is its
``target``. Words inside a quotation are the source's, marked ``voice: quoted``.

Context comes before the list (analysis.extractors.context): a word inside a name or a
title, or in its literal sense, is not reported. Two labels are descriptions, not name-
calling: *so-called* introducing a name or a coined term ("the so-called Latin Quarter",
"the so-called surge"; it sneers only at people, "so-called experts"), and a political or
religious term used to describe ("a right-wing populist party", "far-left groups",
"Islamists", "white supremacists"), unless someone is called one or a loaded word stands
beside it (analysis.extractors.sense_rules).
"""

from __future__ import annotations

import bisect

from analysis.extractors.base import Evidence, ExtractorResult, tally
from analysis.extractors.context import set_aside
from analysis.extractors.sense_rules import (
    DESCRIPTIVE,
    described,
    mentioned_or_verb,
    so_called_naming,
)
from analysis.lexicons import lexicon
from analysis.text.document import Document, Sentence, Token
from analysis.text.sentence_matches import sentence_matches
from analysis.text.voice import voice_of

NAME = "loaded_language"
DESCRIPTION = "Words that push a feeling, and labels stuck on people or groups."
LABELS = {
    "loaded": "a word picked to make you feel something, not just to describe",
    "name_calling": "a label stuck on a person or group that tells you what to think of them",
}


# A title before a name or an office of a place, as news writes it: "former Iraqi
# dictator Saddam Hussein", "the dictator of the Philippines".
TITLE_LABELS = frozenset({"dictator", "dictators"})
DETERMINERS = frozenset("the a an this that his her their its our".split())
TITLE_BEFORE = frozenset("former late military longtime onetime ousted deposed".split())
QUOTE_OPENERS = frozenset("“\"‘'")


def _description(sent: Sentence, start: int, end: int, term: str) -> bool:
    """``so-called`` before a name or a coined term; a title before a name; a descriptive
    political or religious term used to describe; a label mentioned or used as a verb
    (analysis.extractors.sense_rules)."""
    if term in TITLE_LABELS:
        return _as_title(sent, start, sent.token_after(end))
    if term == "so-called":
        return so_called_naming(sent, end)
    if mentioned_or_verb(sent, start, end) or _denied(sent, start):
        return True
    return term in DESCRIPTIVE and described(sent, start, end, term, lexicon("loaded_language"))


DENIALS = frozenset("not n't never nowhere".split())
BEFORE_LABEL = frozenset("""a an the really at all even remotely any kind of sort somehow
    near more anywhere be been being""".split()) | frozenset(  # "weren't trying to be"
    """to seen as called try trying tried want wants wanted meant going intend intended
    pretend pretending""".split())


def _denied(sent: Sentence, start: int) -> bool:
    """A label that the sentence denies ("I'm not a racist", "nowhere near racist", "no
    more racist than ...") pins nothing on anyone; a question ("Isn't he a thug?") and
    "not only" still do."""
    if sent.text.rstrip().endswith("?"):
        return False
    toks = sent.tokens
    i = sent.index_at(start) - 1
    while i >= 0 and toks[i].lower in BEFORE_LABEL:
        i -= 1
    if i < 0:
        return False
    word = toks[i].lower
    if word == "no" and i + 1 < len(toks) and toks[i + 1].lower == "more":
        return True
    return word in DENIALS or word.endswith(("n't", "n’t"))


def _as_title(sent: Sentence, start: int, nxt: Token | None) -> bool:
    prev = sent.token_before(start)
    if prev is not None and (prev.lower in TITLE_BEFORE or (
            prev.text[0].isupper() and prev.lower not in DETERMINERS)):
        return True  # "former dictator", "Italian dictator"
    return nxt is not None and nxt.lower == "of"


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
    loaded_in = sentence_matches(lexicon("loaded_language"), doc)
    evidence = []
    for sent in doc.sentences:
        for m, entry in loaded_in(sent):
            s, e = m.span()
            if entry.label == "fixed" or set_aside(doc, sent, s, e) or (
                    entry.label == "name_calling" and _description(sent, s, e, entry.term)):
                continue
            extra: dict[str, object] = {}
            target = _target(sent, e)
            target_text = doc.text[target[0] : target[1]] if target else None
            if target:
                extra = {"target": list(target), "target_text": target_text}
            evidence.append(Evidence(NAME, entry.label, s, e, doc.text[s:e],
                                     _explain(entry.label, doc.text[s:e], target_text),
                                     voice_of(doc).voice_at(s, e), extra))
    return ExtractorResult(NAME, evidence, tally(evidence, LABELS))
