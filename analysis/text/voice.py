"""Whose words are these? Quotations and reported speech versus the narrator's voice."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from itertools import islice

from analysis.text.attribution import Attribution, find_attributions
from analysis.text.document import Document, Sentence
from analysis.text.quote_marks import pairs

SPEECH_NEAR = re.compile(
    r"\b(?:said|says|say|told|tells|adding|added|asked|wrote|writes|recalled|explained)\b", re.I
)


@dataclass(frozen=True, slots=True)
class Quote:
    """Quoted words (without the marks). ``kind`` is ``direct`` (someone's words) or
    ``scare`` (a single term or title set off in quotation marks)."""

    start: int
    end: int
    kind: str


QUOTE_WORD_RE = re.compile(r"\w[\w'’-]*")


def _kind(text: str, s: int, e: int, sentence: Sentence | None,
          speech: dict[int, tuple[int, int]]) -> str:
    # the first seven words decide (six or fewer, all capitalised, is a title): a long
    # quotation is not read to its end
    words = [m.group() for m in islice(QUOTE_WORD_RE.finditer(text, s, e), 7)]
    if not words:
        return "scare"
    if all(w[0].isupper() for w in words) and len(words) <= 6:
        return "scare"
    if len(words) >= 4:
        return "direct"
    if len(words) >= 2 and sentence is not None and _speech_outside(text, s, e, sentence, speech):
        return "direct"
    return "scare"


def _speech_outside(text: str, s: int, e: int, sentence: Sentence,
                    speech: dict[int, tuple[int, int]]) -> bool:
    """Whether a speech verb is in the sentence outside the quotation ``s:e``. The sentence
    is searched once (``speech`` keeps, per sentence, where its first speech verb ends and
    its last one starts), not once per quotation, which was quadratic in a long sentence of
    many quotations. The quotation's marks are no word characters, so no verb runs into it."""
    if sentence.index not in speech:
        found = [m.span() for m in SPEECH_NEAR.finditer(text, sentence.start, sentence.end)]
        speech[sentence.index] = (found[0][1], found[-1][0]) if found else (-1, -1)
    first_end, last_start = speech[sentence.index]
    return 0 <= first_end <= s or e <= last_start


# a run of characters, each no newline or a newline before no blank line; runs without a
# newline are taken whole and never given back (one step a character took ~0.1 ms a text)
BLOCK_RE = re.compile(r"(?:[^\n]++|\n(?![ \t\xa0]*\n))+")


def find_quotes(doc: Document) -> list[Quote]:
    """Quotations paired within blocks of lines (a quotation may run over several lines,
    never over a blank line); the pairing rules are in analysis.text.quote_marks."""
    quotes = []
    speech: dict[int, tuple[int, int]] = {}
    for block in BLOCK_RE.finditer(doc.text):
        for s, e in pairs(doc.text, block.start(), block.end()):
            quotes.append(Quote(s, e, _kind(doc.text, s, e, doc.sentence_at(s), speech)))
    return sorted(quotes, key=lambda q: q.start)


class Voice:
    """Direct quotes, attributions, and the character ranges that are not the narrator's."""

    def __init__(self, doc: Document) -> None:
        # no reference back to ``doc``, which holds this layer: without that cycle a
        # document is freed as soon as it is dropped, not by the cyclic garbage collector
        self.quotes = find_quotes(doc)
        self.direct = [(q.start, q.end) for q in self.quotes if q.kind == "direct"]
        self._direct_starts = [s for s, _ in self.direct]
        self.attributions: list[Attribution] = find_attributions(doc, self.in_direct_quote)
        spans = list(self.direct)
        spans += [a.content for a in self.attributions
                  if a.content and a.kind != "adverb" and not a.declined]  # said, not unsaid
        self.quoted = _merge(spans)
        self._quoted_starts = [s for s, _ in self.quoted]
        self._quoted_ends = [e for _, e in self.quoted]  # ascending too: the spans are merged
        self._by_sentence: dict[int, list[Attribution]] | None = None
        self._sentence_voices: dict[tuple[int, int], str] = {}

    def in_direct_quote(self, offset: int) -> bool:
        i = bisect.bisect_right(self._direct_starts, offset) - 1
        return i >= 0 and self.direct[i][0] <= offset < self.direct[i][1]

    def voice_at(self, start: int, end: int | None = None) -> str:
        """``quoted`` if the span lies in a quotation or reported speech, else ``narrator``."""
        end = start + 1 if end is None else end
        mid = (start + end - 1) // 2
        i = bisect.bisect_right(self._quoted_starts, mid) - 1
        inside = i >= 0 and self.quoted[i][0] <= mid < self.quoted[i][1]
        return "quoted" if inside else "narrator"

    def sentence_voice(self, sent: Sentence) -> str:
        """``narrator``, ``quoted`` (80%+ of its characters quoted or reported) or ``mixed``
        (remembered per span: the genre model and the JSON's sentences both ask)."""
        key = (sent.start, sent.end)
        voice = self._sentence_voices.get(key)
        if voice is None:
            voice = self._sentence_voices[key] = self._sentence_voice(sent)
        return voice

    def _sentence_voice(self, sent: Sentence) -> str:
        covered = 0
        i = bisect.bisect_right(self._quoted_ends, sent.start)  # not every span before it
        while i < len(self.quoted) and self.quoted[i][0] < sent.end:
            s, e = self.quoted[i]
            i += 1
            covered += min(e, sent.end) - max(s, sent.start)
        length = max(1, sent.end - sent.start)
        if covered == 0:
            return "narrator"
        return "quoted" if covered / length >= 0.8 else "mixed"

    def attributions_in(self, sent: Sentence) -> list[Attribution]:
        if self._by_sentence is None:
            self._by_sentence = {}
            for a in self.attributions:
                self._by_sentence.setdefault(a.sentence, []).append(a)
        return self._by_sentence.get(sent.index, [])


def voice_of(doc: Document) -> Voice:
    """The document's quotations, attributions and voices, computed once per document."""
    voice = doc.layers.get("voice")
    if voice is None:
        voice = doc.layers["voice"] = Voice(doc)
    return voice


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out
