"""Measures of argument against event reporting, for the genre model.

Each is a closed class or a position, taken from the literature, never mined from data:

- ``argument_per_100``: the discourse markers that announce a claim or give a premise
  ("therefore", "because", "that is why"), after Alhindi, Muresan & Preotiuc-Pietro (2020,
  "Fact vs. opinion: the role of argumentation features in news classification"), whose
  argumentation features carried across publishers where words did not, and the indicator
  lists of Stab & Gurevych (2014, "Identifying argumentative discourse structures in
  persuasive essays");
- ``contrast_per_100``: contrastive and concessive connectives ("however", "yet",
  "nevertheless"), a connective class Krüger et al. (2017, "Classifying news versus opinions
  in newspapers") found to carry across topics;
- ``self_initial_per_sentence``: sentences opening with "I" or "We" (the writer as the
  subject of the claim: Hyland 2005's self-mention in theme position);
- ``past_per_100``: past-tense verbs by suffix rule (a word in "-ed" that is not a known
  adjective or noun) and the common irregular pasts; Biber (1988)'s narrative dimension:
  a report tells what happened, an argument says what is;
- ``generic_present_share``: the share of the writer's sentences with a present-tense
  finite verb ("is", "are", "has", "does") and no past one: generic statements;
- ``attributed_sentence_share``: the share of sentences that hold a quotation or an
  attribution ("Reporting means relaying what others said", Bell 1991);
- ``first_quote_position``: where the first quotation starts, as a share of the text (1.0
  when there is none): news reports quote early, columns late if at all;
- ``hedges_per_100`` and ``boosters_per_100``: the epistemic hedges of ``lexicons/hedges.tsv``
  and the boosters of ``lexicons/boosters.tsv`` in the writer's voice (Hyland 2005: both
  mark the writer's stance, the writer's commitment to a claim).

Everything but the attribution measures is counted in the writer's own voice (direct
quotations blanked out, as in ``genre_style``). One pass of each pattern.
"""

from __future__ import annotations

from typing import Any

from analysis.extractors.genre_style import narrator_text
from analysis.lexicons.lazy import lazy_re
from analysis.lexicons.trie import trie_lexicon
from analysis.text.document import Document
from analysis.text.voice import voice_of


def _words(*terms: str) -> Any:
    """A pattern of whole words, compiled when first used (nothing at import)."""
    return lazy_re(r"(?i)(?<![\w'’-])(?:" + "|".join(terms) + r")(?![\w'’-])")


# Stab & Gurevych (2014) claim and premise indicators, Alhindi et al. (2020); forms that
# seldom mean anything else ("since" and "so" are left out: they are often temporal or
# degree words).
ARGUMENT = _words("because", "therefore", "thus", "hence", "consequently", "accordingly",
                  "for this reason", "for that reason", "that is why", "this is why",
                  "which is why", "that's why", "this means", "which means", "it follows",
                  "in conclusion", "after all", "in other words", "given that",
                  "the reason is", "the point is", "the fact is", "the truth is",
                  "the problem is", "the question is", "let us", "let's")
CONTRAST = _words("however", "nevertheless", "nonetheless", "yet", "instead", "rather",
                  "on the other hand", "even so", "in fact", "admittedly", "granted")
SELF_INITIAL = lazy_re(r"(?:I|We)(?:[’'](?:m|ve|d|ll|re))?(?![\w'’])")
# Biber (1988): past tense. "-ed" words less those that are mostly adjectives or nouns.
ED = lazy_re(r"(?i)(?<![\w'’-])[a-z]{2,}ed(?![\w'’-])")
NOT_PAST = frozenset({
    "need", "feed", "seed", "speed", "bed", "red", "shed", "bleed", "breed", "greed", "weed",
    "creed", "deed", "indeed", "hundred", "sacred", "naked", "wicked", "wretched", "beloved",
    "rugged", "ragged", "learned", "aged", "blessed", "dogged", "jagged", "crooked", "ted",
    "fred", "ned", "ed", "proceed", "succeed", "exceed", "unprecedented", "alleged", "so-called",
    "supposed", "concerned", "interested", "tired", "worried", "excited", "based",
    "limited", "united", "related", "advanced", "detailed", "experienced", "qualified",
    "sophisticated", "complicated", "dedicated", "talented", "educated", "armed", "skilled"})
IRREGULAR_PAST = _words("was", "were", "had", "did", "said", "told", "went", "came", "took",
                        "made", "gave", "got", "saw", "knew", "found", "began", "left",
                        "met", "became", "held", "brought", "wrote", "spoke", "sent", "won",
                        "lost", "fell", "rose", "led", "paid", "sought", "fought", "struck",
                        "ran", "chose", "drove", "flew", "grew", "threw", "wasn’t",
                        "wasn't", "weren’t", "weren't", "didn’t", "didn't", "hadn’t",
                        "hadn't")
PRESENT = _words("is", "are", "am", "has", "have", "does", "do", "isn’t", "isn't",
                 "aren’t", "aren't", "doesn’t", "doesn't", "don’t", "don't", "hasn’t",
                 "hasn't", "haven’t", "haven't", r"\w+[’']s (?:not|a|an|the|no)", "must",
                 "should", "can", "cannot", "can’t", "can't", "need to", "needs to")

NAMES = ("argument_per_100", "contrast_per_100", "self_initial_per_sentence", "past_per_100",
         "generic_present_share", "attributed_sentence_share", "first_quote_position",
         "hedges_per_100", "boosters_per_100")


def _count(pattern: Any, text: str) -> int:
    return sum(1 for _ in pattern.finditer(text))


def _past(text: str) -> int:
    return (sum(1 for m in ED.finditer(text) if m.group().lower() not in NOT_PAST)
            + _count(IRREGULAR_PAST, text))


def _sentence_shares(doc: Document, narr: str) -> tuple[float, float, float]:
    """Sentences opening with I/We, generic present sentences and attributed sentences,
    each as a share of all sentences (present: of the writer's sentences with a verb)."""
    voice = voice_of(doc)
    quoted = {a.sentence for a in voice.attributions}
    starts = generic = finite = attributed = 0
    for s in doc.sentences:
        piece = narr[s.start:s.end]
        starts += SELF_INITIAL.match(piece.lstrip(" \t\n\"“‘'(-—–•*")) is not None
        attributed += s.index in quoted or any(a < s.end and b > s.start
                                                for a, b in voice.direct)
        present, past = PRESENT.search(piece) is not None, _past(piece) > 0
        finite += present or past
        generic += present and not past
    sents = max(1, len(doc.sentences))
    return starts / sents, (generic + 1) / (finite + 2), attributed / sents


def argue(doc: Document) -> dict[str, float]:
    """The measures of ``NAMES`` (rates per 100 words of the whole text, shares of sentences,
    the first quotation's position as a share of the text's characters)."""
    words = max(1, doc.word_count)
    narr = narrator_text(doc)
    direct = voice_of(doc).direct
    initial, generic, attributed = _sentence_shares(doc, narr)
    return {
        "argument_per_100": 100 * _count(ARGUMENT, narr) / words,
        "contrast_per_100": 100 * _count(CONTRAST, narr) / words,
        "self_initial_per_sentence": initial,
        "past_per_100": 100 * _past(narr) / words,
        "generic_present_share": generic,
        "attributed_sentence_share": attributed,
        "first_quote_position": direct[0][0] / max(1, len(doc.text)) if direct else 1.0,
        "hedges_per_100": 100 * sum(1 for _, e in trie_lexicon("hedges").finditer(narr)
                                    if e.label == "epistemic") / words,
        "boosters_per_100": 100 * sum(1 for _ in trie_lexicon("boosters").finditer(narr))
        / words,
    }
