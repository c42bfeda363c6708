"""Attributions whose source is borrowed from elsewhere in the sentence: a speech
participle after a comma reports the sentence's opening subject ("Ana Ruiz defended the
pier, saying ..."), an earlier cue's source is shared ("He told us ..., adding ...",
"... and said ..."), and an opening "Asked ..." the later speaker ("Asked if ..., Ruiz
said"). Used by ``analysis.text.attribution``."""

from __future__ import annotations

from collections.abc import Callable

from analysis.text.attribution_types import Attribution, content_of
from analysis.text.clause_subjects import participle_of_clause
from analysis.text.cue_scope import relative_cue
from analysis.text.cue_sense import LINKS, ordinary_sense, speech_verb
from analysis.text.document import Sentence
from analysis.text.source_spans import opening_subject, span_of
from analysis.text.sources import classify_source
from analysis.text.subject_gaps import opening_noun_phrase


def ordinary(sent: Sentence, cue: tuple[int, int], word: str) -> bool:
    idx = sent.token_index(cue[0])
    return idx is not None and ordinary_sense(sent, idx, word.lower(), [])


def participle_of_opening(sent: Sentence, cue: tuple[int, int], kind: str, word: str,
                          before: int | None = None) -> Attribution | None:
    """"Trump defended the city's values, saying ...": a speech participle after a comma
    reports the sentence's opening subject, when that is a name or a pronoun; one opening
    the sentence ("Conceding that ..., he warned"), the subject after its phrase (looked
    for before token ``before``)."""
    idx = sent.token_index(cue[0])
    if idx is None or not speech_verb(word) or ordinary_sense(sent, idx, word, []):
        return None
    before = idx - 1 if before is None else before
    opening = opening_subject(sent, before) or (idx and opening_noun_phrase(sent.tokens, before))
    if not opening or opening[0].start == cue[0]:  # not the participle itself
        return None
    return Attribution(cue, kind, classify_source(opening, sent.start), span_of(opening),
                       content_of(sent, cue[1], None), sent.index)


def asked(sent: Sentence, found: list[Attribution]) -> list[Attribution]:
    """"Asked if ..., Ryan said ...": the one asked is the later speaker of the sentence."""
    toks = sent.tokens
    k = 1 if toks and toks[0].lower == "when" else 0
    if len(toks) <= k or toks[k].lower != "asked" or any(a.cue[0] == toks[k].start
                                                          for a in found[-3:]):
        return []
    later = next((a for a in reversed(found) if a.sentence == sent.index and a.source
                  and a.label == "named" and a.cue[0] > toks[k].end), None)
    if later is None:
        return []
    return [Attribution((toks[k].start, toks[k].end), "verb", later.label, later.source,
                        None, sent.index)]


def borrowed(text: str, sent: Sentence, cue: tuple[int, int], kind: str, matched: str,
              found: list[Attribution], quoted: Callable[[int], bool]) -> Attribution | None:
    """A cue that is no attribution on its own takes its source from elsewhere in the
    sentence: the earlier cue's ("He told us ..., adding ...", "... and said ..."), the
    opening subject's after a comma ("Ruiz defended the pier, saying ..."), or the subject
    of the clause before the comma ("is suing Trump for $40 million, claiming ...";
    ``quoted`` says whether an offset lies inside a direct quotation)."""
    before = text[max(sent.start, cue[0] - 5) : cue[0]].split()
    participle = matched.lower().split()[0].endswith("ing")  # "referring to"
    previous = found[-1] if found and found[-1].sentence == sent.index and not (
        participle and relative_cue(text, found[-1].cue[0])) else None
    shares = participle or before[-1:] in (["and"], ["but"])
    if previous and shares and not ordinary(sent, cue, matched):
        return Attribution(cue, kind, previous.label, previous.source,
                           content_of(sent, cue[1], None), sent.index)
    if participle and cue[0] == sent.start:  # "Conceding that ..., he warned"
        return participle_of_opening(sent, cue, kind, matched.lower(), len(sent.tokens))
    if participle and ("".join(before).rstrip("”\"’'")[-1:] == ","
                       or before[-1:] and before[-1].lower() in LINKS):
        return participle_of_opening(sent, cue, kind, matched.lower()) or \
            participle_of_clause(sent, cue, kind, matched.lower(), quoted)
    return None
