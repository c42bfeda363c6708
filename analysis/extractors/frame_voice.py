"""Document-level signs of three generic frames that a list of cue words cannot hold.

Semetko & Valkenburg's (2000) human-interest frame gives the issue "a human face or an
example": an ordinary person (not an official) speaks, often with an age ("Ana Ruiz, 34,"
or "the 62-year-old"), about their family and private life, in the first person. Their
morality frame carries a moral message or a prescription of how to behave, often in the
writer's own voice ("we must", "our values", God and faith); their responsibility frame
says who should act ("the government should", "calls on", "blame"). These are measured
per document, over the voices layer (``analysis.text.voice``: direct quotations and
attributions), as plain counts, so the frame models of ``frames.py`` can weigh them
(``benchmarks/train_frames.py`` chooses, by cross-validation on the fitting part, which
frame reads which). The words (``lexicons/frame_signs.tsv``) are written from the codebook
and our own reading, not mined from any annotated data. One pass of the lexicon's trie
regex and one of the age pattern over the text.
"""

from __future__ import annotations

import math
import re

from analysis.extractors import any_case
from analysis.lexicons.trie import trie_lexicon as lexicon
from analysis.text.document import Document
from analysis.text.voice import voice_of

# An age given as news gives it: "the 62-year-old", "Ana Ruiz, 34, said".
AGE = re.compile(r"\b\d{1,3}-year-old\b|\b[A-Z][a-z]+(?: [A-Z][a-z]+)?, (?:aged )?\d{1,2},")
# Words that make a source an official or an expert rather than an ordinary person.
OFFICIAL_WORDS = (
    r"minister|president|secretary|senator|governor|mayor|officials?|spokes\w*|director|"
    r"chief|ceo|chair\w*|professor|prof|dr|scientists?|researchers?|experts?|analysts?|"
    r"economists?|head|leader|executive|commissioner|mp|congress\w*|representative|rep|sen|"
    r"ambassador|general|manager|founder|author|lead|dean|advis[eo]r|officer|agency|"
    r"department|university|institute|council|committee|government|ministry|association|"
    r"group|company|corporation|organi[sz]ation")
OFFICIAL = re.compile(rf"\b(?:{OFFICIAL_WORDS})\b", re.I)
# The same, found fast: its words grouped by first letter, letters as classes, looked for
# after a character that is no word character (not at every position, as \b made it).
# Compiling it takes about 16 ms and saves about 0.09 ms a document, so the plain pattern
# serves the first PLAIN_CALLS look-ups of a process (a cold `credibility score`) and the
# fast one is built after that (a batch, the class server).
PLAIN_CALLS = 200
_fast: list[tuple[re.Pattern[str], re.Pattern[str]]] = []
_plain_calls = [0]


def official_near(near: str) -> bool:
    """An official's or expert's title in ``near``: ``OFFICIAL.search``, found fast once
    the process has asked often enough to repay building the fast search."""
    if not _fast:
        _plain_calls[0] += 1
        if _plain_calls[0] <= PLAIN_CALLS:
            return OFFICIAL.search(near) is not None
        _fast.append(any_case.word_search(OFFICIAL_WORDS))
    at, after = _fast[0]
    return bool(at.match(near) or after.search(near))
# What an age needs besides its name, found without trying every position (AGE starts
# with \b, which the regex engine cannot skip to): "-year-old" or ", 34,".
AGE_HINT = re.compile(r", (?:aged )?\d{1,2},")
NEAR = 60  # characters either side of a source searched for an official's title


def _ordinary_sources(doc: Document) -> tuple[int, int]:
    """Named attributions whose source has no official's or expert's title near it, and
    the number of attributions of any kind."""
    voice = voice_of(doc)
    text, ordinary = doc.text, 0
    for a in voice.attributions:
        if a.label != "named" or a.source is None:
            continue
        sent = doc.sentences[a.sentence]
        near = text[max(sent.start, a.source[0] - NEAR):min(sent.end, a.source[1] + NEAR)]
        if not official_near(near):
            ordinary += 1
    return ordinary, len(voice.attributions)


def _signs(doc: Document) -> dict[str, int]:
    """Counts of each label of ``frame_signs``; of first person and prescriptions in the
    writer's own voice (``narrator_first_person``, ``narrator_deontic``); of first person
    inside direct quotations (``quoted_first_person``). "should" counts as a prescription
    and as a sign of who should act; "US" is the country."""
    voice = voice_of(doc)
    counts = dict.fromkeys(("first_person", "family", "faith_values", "deontic", "who_acts",
                            "narrator_first_person", "narrator_deontic",
                            "quoted_first_person"), 0)
    for m, entry in lexicon("frame_signs").finditer(doc.text):
        word = m.group()
        if entry.label == "first_person" and (word == "US" or word == "i"):
            continue
        counts[entry.label] += 1
        if word.lower() == "should":
            counts["who_acts"] += 1
        if entry.label in ("first_person", "deontic") and voice.voice_at(*m.span()) == "narrator":
            counts[f"narrator_{entry.label}"] += 1
        if entry.label == "first_person" and voice.in_direct_quote(m.start()):
            counts["quoted_first_person"] += 1
    return counts


def _ages(text: str) -> int:
    """``len(AGE.findall(text))``, not tried in a text that holds neither alternative's
    fixed part."""
    if "-year-old" not in text and not AGE_HINT.search(text):
        return 0
    return len(AGE.findall(text))


def features(doc: Document) -> dict[str, float]:
    """``x_*`` values: log counts, per-100-word rates and shares (see the module's doc)."""
    ordinary, attributions = _ordinary_sources(doc)
    signs = _signs(doc)
    return {
        "x_age": math.log1p(_ages(doc.text)),
        "x_ordinary": math.log1p(ordinary),
        "x_ordinary_share": ordinary / max(1, attributions),
        "x_quoted_first": math.log1p(signs["quoted_first_person"]),
        "x_narr_first": 100 * signs["narrator_first_person"] / max(1, doc.word_count),
        "x_family": math.log1p(signs["family"]),
        "x_relig": math.log1p(signs["faith_values"]),
        "x_deontic_narr": math.log1p(signs["narrator_deontic"]),
        "x_deontic": math.log1p(signs["deontic"]),
        "x_calls": math.log1p(signs["who_acts"]),
        "x_attr": math.log1p(attributions),
    }
