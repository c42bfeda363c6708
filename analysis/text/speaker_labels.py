"""Attributions made by punctuation: a speaker label ("WALLACE: ...", 'Bernie Sanders:
"..."') and a dash with a name after a quotation ('"..." ― Name'). Kept apart from the
verb rules in ``analysis.text.attribution``, which turns these tuples into attributions.
"""

from __future__ import annotations

import re
from functools import lru_cache

from analysis.text.document import Document, Sentence
from analysis.text.source_spans import phrase_after, span_of

COMMON_STARTERS = frozenset("another note update related editor's the a an one but and so "
                            "also more this that here".split())
Span = tuple[int, int]
Found = tuple[Span, Span | None, Span | None]  # cue, source, content
HEADLINE_WORDS = frozenset("""look watch breaking update exclusive video photos poll report
    live analysis opinion editorial bombshell""".split())
LABEL_WORDS = frozenset("""news note notes update updates email guide summary transcript
    transcripts warning question answer key bottom line lesson lessons takeaway takeaways
    verdict fact facts headline source sources credit photo image part step chapter day
    week round act correction disclosure spoiler contributing online twitter facebook
    notice comment comments reply quote text read related sponsored""".split())


def _name_tokens(tokens: list) -> bool:
    words = [t for t in tokens if t.is_word]
    return 0 < len(words) <= 4 and all(t.text[0].isupper() for t in words) \
        and words[0].lower not in COMMON_STARTERS


def _speaker(tokens: list, following: str) -> bool:
    """A speaker label: a transcript's "WALLACE:", or a name before a quotation
    ("Bernie Sanders: “...”"). A title's "Big News: ..." or a label's "Note:" is not one:
    nor is a title's "Name: claim", since a title-case "Exponential Surge: ..." looks the
    same (tried on PolNeAR's headlines: +0.007 recall, at the cost of such flags)."""
    words = [t for t in tokens if t.is_word]
    if not _name_tokens(tokens):
        return False
    if any(w.lower in HEADLINE_WORDS | LABEL_WORDS for w in words):
        return False
    if all(w.text.isupper() and len(w.text) >= 3 for w in words):
        return True
    return following.lstrip()[:1] in "“\"‘'"


def _colon(sent: Sentence) -> int | None:
    """The index of a colon among the sentence's first six tokens (most sentences hold no
    colon at all: no walk over their tokens)."""
    if ":" not in sent.text:
        return None
    return next((i for i, t in enumerate(sent.tokens[:6]) if t.text == ":"), None)


def punctuation_attributions(doc: Document, sent: Sentence) -> list[Found]:
    """'SPEAKER: words' at the start of a sentence, and '"words" ― Name' after a quote."""
    found = []
    toks = sent.tokens
    colon = _colon(sent)
    if colon and (_speaker(toks[:colon], doc.text[toks[colon].end : toks[colon].end + 3])
                  or colon == 1 and toks[0].text in {"Q", "A"} and _transcript(doc.text)):
        found.append(((toks[colon].start, toks[colon].end), span_of(toks[:colon]),
                      (toks[colon].end, sent.end)))
    elif ":" in sent.text:
        found += _quoted_label(doc, sent)
    dashes = "―" in sent.text or "—" in sent.text  # (a token is one character of them)
    for i, t in enumerate(toks if dashes else ()):
        if t.text not in "―—":
            continue
        name = phrase_after(sent, i, limit=5)
        quoted = doc.text[max(0, t.start - 4) : t.start].rstrip()[-1:] in "”\"’"
        if name and _name_tokens(name) and (quoted or _signed_post(doc.text, name[-1].end)):
            found.append(((t.start, t.end), span_of(name), None))
    return found



DASHES = frozenset("-–—―")


def _quoted_label(doc: Document, sent: Sentence) -> list[Found]:
    """'... - Philip Bump: “Two weeks ago ...”', 'Rep. Trey Gowdy (R-S.C.): "I have ..."': a
    name before a colon and a quotation, after a dash or opening the sentence, past the
    first six tokens that a speaker label is looked for in."""
    toks = sent.tokens
    k = next((i for i, t in enumerate(toks[:40]) if t.text == ":"), None)
    if k is None or doc.text[toks[k].end : toks[k].end + 2].lstrip()[:1] not in "“\"":
        return []
    start = max((i + 1 for i in range(k) if toks[i].text in DASHES), default=0)
    phrase = [t for t in toks[start:k]]
    if "(" in [t.text for t in phrase]:
        phrase = phrase[: [t.text for t in phrase].index("(")]  # "(R-S.C.)"
    if not phrase or not _speaker(phrase, doc.text[toks[k].end : toks[k].end + 3]):
        return []
    return [((toks[k].start, toks[k].end), span_of(phrase), (toks[k].end, sent.end))]


@lru_cache(maxsize=16)  # per text: a transcript asks at each of its Q and A lines
def _transcript(text: str) -> bool:
    """An interview's transcript: lines open with "Q:" and with "A:", the labels of the one
    asking and the one answering, each a speaker label ("Q: Did you know? A: No.")."""
    return bool(_QUESTION_LINE.search(text)) and bool(_ANSWER_LINE.search(text))


_QUESTION_LINE = re.compile(r"(?m)^[ \t]*Q:")
_ANSWER_LINE = re.compile(r"(?m)^[ \t]*A:")


def _signed_post(text: str, end: int) -> bool:
    """"... — Paul Ryan (@SpeakerRyan) July 5, 2016": an embedded post's signature, a name
    and the account's handle, hands the post to that person."""
    return text[end : end + 4].lstrip().startswith("(@")


def colon_headlines(doc: Document, named_sources: list[tuple[Span, int]]
                    ) -> list[tuple[Span, Span, Span, int]]:
    """"Clinton: I will win the nomination": a title's "Name: claim" is an attribution when
    the name is one the article has as a named source in another sentence ("..., Clinton
    said"). A title-case "Exponential Surge: ..." is never anyone's source, so it stays
    unflagged.
    (cue, source, content, sentence index) for each."""
    found: list[tuple[Span, Span, Span, int]] = []
    if ":" not in doc.text:
        return found  # no sentence has a colon to look for
    speakers: dict[str, set[int]] = {}  # a named source's last word: the sentences it is in
    for (s, e), index in named_sources:
        speakers.setdefault(doc.text[s:e].split()[-1].strip(".,").lower(), set()).add(index)
    for sent in doc.sentences:
        toks = sent.tokens
        colon = _colon(sent)
        if not colon or not _name_tokens(toks[:colon]) or not toks[:colon][-1].is_word:
            continue
        words = [t for t in toks[:colon] if t.is_word]
        if any(w.lower in HEADLINE_WORDS | LABEL_WORDS for w in words) \
                or not speakers.get(words[-1].lower, set()) - {sent.index} \
                or _speaker(toks[:colon], doc.text[toks[colon].end : toks[colon].end + 3]):
            continue  # a label, no known speaker, or already a speaker label
        if len(toks) - colon < 4 or toks[colon + 1].lower in {"a", "an", "the"}:
            continue  # "Clinton: yes"; a list's "Bobby Knight: The legendary coach ..."
        found.append(((toks[colon].start, toks[colon].end), span_of(toks[:colon]),
                      (toks[colon].end, sent.end), sent.index))
    return found
