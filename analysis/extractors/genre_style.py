"""Stylistic measures of opinion against reporting, for the genre model.

Biber (1988, "Variation across speech and writing", appendix II) found that registers
differ along a few dimensions: "involved" writing (contractions, present tense, negation,
amplifiers and emphatics, causative and concessive subordination, possibility modals),
"overt persuasion" (necessity and prediction modals, conditionals) and "narrative"
(past tense, public verbs such as "said"). Krüger, Lukowiak, Sonntag, Warzecha & Stede
(2017, "Classifying news versus opinions in newspapers: linguistic features for domain
independence") found the same kinds of measures (tense, modals, negation, connectives,
pronouns) carry across topics where topic words do not. News writing also anchors events
in time ("on Tuesday") and in figures. Imperatives in the writer's voice ("Imagine...",
"Remember when...") address the reader, as Hyland's (2005) engagement markers do.

Every word list below is a closed class taken from those sources (Biber's lists, trimmed
to unambiguous forms), never mined from annotated data. Everything is counted in the
writer's own voice only: text inside direct quotations is left out, since a quoted "I
think" is the source's. Wiebe et al.'s (2004, "Learning subjective language") finding that
subjective words are denser in opinion pieces than in news adds the strongly subjective
adjectives of ``lexicons/evaluative.tsv``. One pass of each compiled pattern over the
narrator's text.
"""

from __future__ import annotations

import re

from analysis.lexicons.lazy import lazy_re
from analysis.lexicons.trie import trie_lexicon
from analysis.text.document import Document
from analysis.text.voice import voice_of


def _words(*terms: str) -> re.Pattern[str]:
    return re.compile(r"(?i)(?<![\w'’])(?:" + "|".join(terms) + r")(?![\w'’])")


# Biber (1988) appendix II; each list trimmed to forms that seldom mean anything else.
AMPLIFIERS = _words("absolutely", "altogether", "completely", "enormously", "entirely",
                    "extremely", "fully", "greatly", "highly", "intensely", "perfectly",
                    "strongly", "thoroughly", "totally", "utterly", "very")
EMPHATICS = _words("really", "just", "for sure", "a lot", "such an?", "so much",
                   "indeed", "literally", "simply")
NEGATION = _words("not", "no", "never", "neither", "nor", "nothing", "nobody", "none",
                  r"\w+n[’']t")
CONTRACTIONS = re.compile(r"(?i)(?<=\w)[’'](?:t|re|ve|ll|m|d)(?![\w'’])")
SUBORDINATION = _words("because", "although", "though", "unless", "if", "whereas")
NECESSITY = _words("must", "should", "ought to", "have to", "has to", "need to")
PREDICTION = _words("will", "would", "shall", r"\w+[’']ll")
POSSIBILITY = _words("can", "could", "may", "might", r"can[’']t", "cannot")
PRESENT = _words("am", "is", "are", "has", "have", "does", "do", r"isn[’']t", r"aren[’']t",
                 r"hasn[’']t", r"haven[’']t", r"doesn[’']t", r"don[’']t")
PAST = _words("was", "were", "had", "did", r"wasn[’']t", r"weren[’']t", r"hadn[’']t",
              r"didn[’']t")
PUBLIC = _words("said", "says", "told", "stated", "announced", "added", "according to",
                "reported", "confirmed", "declared")
WEEKDAY = re.compile(r"(?<![\w])(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?![\w])")
NUMBER = re.compile(r"(?<![\w.,])\d[\d,.]*(?![\w])")
# An imperative opening a sentence: a verb of Hyland's engagement markers and common
# directives, in the base form, followed by a word (not "Look," as a name or a noun).
IMPERATIVE = lazy_re(
    r"(?:^|(?<=[\s\"“(]))(?:Imagine|Remember|Consider|Think|Note|Notice|Look at|Let[’']s|Let|"
    r"Don[’']t|Do not|Stop|Ask|Read|Watch|Share|Call|Tell|Join|Sign|Vote|Demand|Contact|"
    r"Keep|Make sure|Never forget|Forget|Wake up|Take a look|See)\b(?=[ ,])")

FEATURES = ("amplifiers", "emphatics", "negation", "contractions", "subordination",
            "necessity", "prediction", "possibility", "public_verbs", "numbers")
PATTERNS = dict(zip(FEATURES, (AMPLIFIERS, EMPHATICS, NEGATION, CONTRACTIONS,
                               SUBORDINATION, NECESSITY, PREDICTION, POSSIBILITY, PUBLIC,
                               NUMBER), strict=True))
NAMES = (*(f"{k}_per_100" for k in FEATURES), "subjective_per_100", "present_share",
         "weekdays_per_sentence", "imperatives_per_sentence")


def narrator_text(doc: Document) -> str:
    """The text with every direct quotation blanked out (offsets kept: a quotation becomes
    spaces), so that a pattern counts the writer's words only."""
    text, pieces, last = doc.text, [], 0
    for s, e in voice_of(doc).direct:
        if s >= last:
            pieces += [text[last:s], " " * (e - s)]
            last = e
    pieces.append(text[last:])
    return "".join(pieces)


def style(doc: Document) -> dict[str, float]:
    """Per 100 words of the whole text: each measure of ``FEATURES`` and the judgement words
    of ``lexicons/evaluative.tsv`` in the writer's voice;
    ``present_share`` (present against past auxiliaries, 0.5 when there are none);
    ``weekdays_per_sentence`` and ``imperatives_per_sentence`` (sentence openings)."""
    words, sents = max(1, doc.word_count), max(1, len(doc.sentences))
    narr = narrator_text(doc)
    out = {f"{k}_per_100": 100 * sum(1 for _ in p.finditer(narr)) / words
           for k, p in PATTERNS.items()}
    # judgement words (``lexicons/evaluative.tsv``: MPQA's strongly subjective adjectives)
    out["subjective_per_100"] = 100 * sum(1 for _ in trie_lexicon("evaluative").finditer(narr)
                                          ) / words
    present = sum(1 for _ in PRESENT.finditer(narr))
    past = sum(1 for _ in PAST.finditer(narr))
    out["present_share"] = (present + 1) / (present + past + 2)
    out["weekdays_per_sentence"] = sum(1 for _ in WEEKDAY.finditer(narr)) / sents
    starts = 0
    for s in doc.sentences:
        head = narr[s.start:min(s.end, s.start + 40)].lstrip(" \t\"“‘'(-—–•*")
        starts += IMPERATIVE.match(head) is not None and not narr[s.start:s.end].rstrip(
            " \t\"”’'").endswith("?")  # "Don't you agree?" asks
    out["imperatives_per_sentence"] = starts / sents
    return out
