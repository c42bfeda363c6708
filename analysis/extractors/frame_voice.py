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
frame reads which). Word lists are written from the codebook and our own reading, not
mined from any annotated data. One pass of each compiled regex over the text.
"""

from __future__ import annotations

import math
import re

from analysis.text.document import Document
from analysis.text.voice import voice_of

# An age given as news gives it: "the 62-year-old", "Ana Ruiz, 34, said".
AGE = re.compile(r"\b\d{1,3}-year-old\b|\b[A-Z][a-z]+(?: [A-Z][a-z]+)?, (?:aged )?\d{1,2},")
# Words that make a source an official or an expert rather than an ordinary person.
OFFICIAL = re.compile(
    r"\b(?:minister|president|secretary|senator|governor|mayor|officials?|spokes\w*|director|"
    r"chief|ceo|chair\w*|professor|prof|dr|scientists?|researchers?|experts?|analysts?|"
    r"economists?|head|leader|executive|commissioner|mp|congress\w*|representative|rep|sen|"
    r"ambassador|general|manager|founder|author|lead|dean|advis[eo]r|officer|agency|"
    r"department|university|institute|council|committee|government|ministry|association|"
    r"group|company|corporation|organi[sz]ation)\b", re.I)
FIRST_PERSON = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Mm]ine|[Ww]e|[Oo]urs?|[Uu]s)\b")  # not "US"
FAMILY = re.compile(r"\b(?:mum|mom|dad|mother|father|son|daughter|wife|husband|children|kids|"
                    r"grand\w+|family|home|house)\b", re.I)
FAITH_VALUES = re.compile(r"\b(?:god|church\w*|faith\w*|pray\w*|relig\w+|bible|christian\w*|"
                          r"pope|moral\w*|ethic\w*|values?|sin|sacred|holy|spiritual\w*)\b", re.I)
DEONTIC = re.compile(r"\b(?:should|ought to|must|need to|needs to|have to|has to)\b", re.I)
WHO_ACTS = re.compile(r"\b(?:calls? on|called on|urg\w+|demand\w*|blam\w+|responsib\w+|"
                      r"accountab\w+|government\w*|should)\b", re.I)
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
        if not OFFICIAL.search(near):
            ordinary += 1
    return ordinary, len(voice.attributions)


def features(doc: Document) -> dict[str, float]:
    """``x_*`` values: log counts, per-100-word rates and shares (see the module's doc)."""
    text, voice = doc.text, voice_of(doc)
    words = max(1, doc.word_count)
    ordinary, attributions = _ordinary_sources(doc)
    narrator_first = sum(voice.voice_at(*m.span()) == "narrator"
                         for m in FIRST_PERSON.finditer(text))
    narrator_deontic = sum(voice.voice_at(*m.span()) == "narrator"
                           for m in DEONTIC.finditer(text))
    quoted_first = sum(len(FIRST_PERSON.findall(text, s, e)) for s, e in voice.direct)
    return {
        "x_age": math.log1p(len(AGE.findall(text))),
        "x_ordinary": math.log1p(ordinary),
        "x_ordinary_share": ordinary / max(1, attributions),
        "x_quoted_first": math.log1p(quoted_first),
        "x_narr_first": 100 * narrator_first / words,
        "x_family": math.log1p(len(FAMILY.findall(text))),
        "x_relig": math.log1p(len(FAITH_VALUES.findall(text))),
        "x_deontic_narr": math.log1p(narrator_deontic),
        "x_deontic": math.log1p(len(DEONTIC.findall(text))),
        "x_calls": math.log1p(len(WHO_ACTS.findall(text))),
        "x_attr": math.log1p(attributions),
    }
