"""Genre: does the text read as opinion, as a news report, or as satire?

Low verifiability is expected of an opinion column: it argues rather than reports. So the
indices of a text that reads as opinion should be compared with opinion, not with news.
The cues (``lexicons/genre_cues.tsv``, from Hyland's self-mentions, engagement and
attitude markers and Biber & Finegan's stance adverbials) count only in the writer's own
voice: an "I" inside a quotation is the source's. Signs of reporting are measured too:
a dateline, attributions per sentence and the share of the text in quotation marks.

A small logistic model (``data/genre_model.json``, fitted by ``benchmarks/train_genre.py``
on the fitting part of the SemEval-2023 articles and mainstream news) weighs the opinion
cues against the reporting ones (a model may read each rate on a log scale, ``compressed``:
the shipped one does not, see the README's genre note). Satire
is told only by an explicit marker ("satire", "The Onion"): style alone cannot tell a
parody from its target. Evidence is the first few cues of each kind; the counts hold them
all. One pass over the text per pattern.
"""

from __future__ import annotations

import math
import re
from typing import Any

from analysis.extractors import fitted
from analysis.extractors.base import Evidence, ExtractorResult
from analysis.extractors.genre_argue import NAMES as ARGUE_NAMES
from analysis.extractors.genre_argue import argue
from analysis.extractors.genre_style import NAMES as STYLE_NAMES
from analysis.extractors.genre_style import style
from analysis.lexicons.trie import trie_lexicon as lexicon
from analysis.text.document import Document
from analysis.text.voice import voice_of

HIGHLIGHT = False  # describes the whole text: listed in the JSON, not marked in it
NAME = "genre"
DESCRIPTION = "Whether the text reads as opinion, as a news report, or as satire."
LABELS = {
    "first_person": "the writer speaks as “I” or “we”",
    "second_person": "the writer talks to you, the reader",
    "stance": "the writer says what they think (“I believe”, “of course”)",
    "evaluative": "a judgement word in the writer's own voice",
    "call_to_act": "the writer tells people what to do",
    "deontic": "“should” or “must” in the writer's own voice",
    "column_marker": "the text is labelled as opinion (op-ed, column, editorial)",
    "satire_marker": "the text says it is satire or parody",
    "dateline": "a dateline: the place a news report was filed from",
}
OPINION_CUES = ("first_person", "second_person", "stance", "evaluative", "call_to_act",
                "deontic")
GENRES = ("opinion", "reporting", "satire")
MODEL = "genre_model.json"
SHOWN = 5  # evidence spans shown per kind of cue
HEAD, TAIL = 300, 600  # where a column label may sit: the first and last characters
SATIRE_PROBABILITY = 0.8
STYLE_NAMES_SET = frozenset(STYLE_NAMES)
ARGUE_NAMES_SET = frozenset(ARGUE_NAMES)
_DATELINE = re.compile(
    r"(?m)^[ \t]*(?:[A-Z][A-Z.'-]{2,}(?:[ ][A-Z][A-Z.'-]+)*(?:,[ ][A-Z][\w.]*(?:[ ][A-Z][\w.]*)*)?"
    r"[ \t]*(?:\([A-Za-z. ]{1,20}\))?|\((?:AP|Reuters|AFP|UPI|Bloomberg)\))[ \t]*(?:—|–|--?)[ \t]")


def _explain(label: str, cue: str) -> str:
    if label == "dateline":
        return (f"“{cue.strip()}” is a dateline, the place a news report was filed from: a "
                "sign of a news report.")
    if label == "satire_marker":
        return (f"“{cue}” says the text is satire: it is meant to be funny, not to report "
                "facts.")
    if label == "column_marker":
        return (f"“{cue}” labels the text as opinion: the writer argues a view. Low "
                "verifiability is expected of opinion; compare it with opinion.")
    return (f"“{cue}”: {LABELS[label]}. News reports mostly keep the writer out of the story; "
            "opinion pieces put the writer's view up front.")


SELF = frozenset({"i", "we"})


def _writers_own(doc: Document, s: int, e: int) -> bool:
    """The span is in the writer's voice: not quoted, or reported only as the writer's own
    view ("I think we must act": the content of an attribution to "I" or "we")."""
    voice = voice_of(doc)
    if voice.voice_at(s, e) == "narrator":
        return True
    sent = doc.sentence_at(s)
    if voice.in_direct_quote(s) or sent is None:
        return False
    return any(a.content and a.source and a.content[0] <= s < a.content[1]
               and doc.text[a.source[0]:a.source[1]].lower() in SELF
               for a in voice.attributions_in(sent))


def cues(doc: Document) -> tuple[dict[str, int], list[Evidence]]:
    """Counts of every cue kind in the writer's own voice, and the first few as evidence."""
    text = doc.text
    counts = dict.fromkeys(LABELS, 0)
    evidence: list[Evidence] = []
    head, tail = HEAD, len(text) - TAIL
    for m, entry in lexicon("genre_cues").finditer(text):
        s, e = m.span()
        if m.group() == "US" or (entry.note == "edge" and head <= s < tail):
            continue  # the country, not "us"; a column label only where papers print one
        if entry.label != "satire_marker" and not _writers_own(doc, s, e):
            continue
        counts[entry.label] += 1
        if counts[entry.label] <= SHOWN:
            evidence.append(Evidence(NAME, entry.label, s, e, m.group(),
                                     _explain(entry.label, m.group())))
    m = _DATELINE.search(text, 0, min(len(text), 400))
    if m:
        counts["dateline"] = 1
        end = m.end() - len(m.group()) + len(m.group().rstrip(" \t—–-"))
        evidence.append(Evidence(NAME, "dateline", m.start(), end, text[m.start():end],
                                 _explain("dateline", text[m.start():end])))
    return counts, sorted(evidence, key=lambda ev: (ev.start, ev.end))


def features(doc: Document, counts: dict[str, int], measures: bool = True,
             arguing: bool = True) -> dict[str, float]:
    """The model's inputs: opinion cues and loaded words (the ``loaded_language`` lexicon)
    in the writer's voice per 100 words; markers as 0/1; the signs of news writing:
    attributions and named attributions per sentence, the share of characters in direct
    quotations, the share of sentences wholly in the writer's voice, paragraphs per sentence
    (news keeps paragraphs short) and words per sentence; questions and exclamations; and
    with ``measures``, the stylistic measures of ``genre_style`` (Biber's involved,
    persuasive and narrative features), and with ``arguing`` the measures of argument and
    event reporting of ``genre_argue``; ``extract`` computes each group only for a model
    that reads it."""
    words, sents = max(1, doc.word_count), max(1, len(doc.sentences))
    voice = voice_of(doc)
    out = {f"{k}_per_100": 100 * counts[k] / words for k in OPINION_CUES}
    loaded = sum(1 for m, _ in lexicon("loaded_language").finditer(doc.text)
                 if voice.voice_at(*m.span()) == "narrator")
    quoted = sum(e - s for s, e in voice.direct)
    narr = [s for s in doc.sentences if voice.sentence_voice(s) == "narrator"]
    out.update({
        "loaded_per_100": 100 * loaded / words,
        "named_attributions_per_sentence": sum(a.label == "named" for a in voice.attributions)
        / sents,
        "narrator_sentence_share": len(narr) / sents,
        "paragraphs_per_sentence": len(doc.paragraphs) / sents,
        "words_per_sentence": words / sents,
        "column_marker": float(counts["column_marker"] > 0),
        "dateline": float(counts["dateline"] > 0),
        "attributions_per_sentence": len(voice.attributions) / sents,
        "quote_share": quoted / max(1, len(doc.text)),
        "questions_per_sentence": sum(doc.text[s.start:s.end].rstrip().endswith("?")
                                      for s in narr) / sents,
        "exclamations_per_sentence": doc.text.count("!") / sents,
        "log_words": math.log1p(doc.word_count),
    })
    if measures:
        out.update(style(doc))
    if arguing:
        out.update(argue(doc))
    return out


LOG_SCALE = 10.0  # rates are mostly under 1 per 100 words or per sentence: spread them first


def compressed(values: dict[str, float], logged: Any, scale: float = LOG_SCALE
               ) -> dict[str, float]:
    """``values`` with each feature named in ``logged`` read as log(1 + scale x): counts of
    cues are skewed (a few texts hold most of them), and on a log scale one rant no longer
    sets the model's scale for every other text."""
    return {k: math.log1p(scale * max(0.0, v)) if k in logged else v
            for k, v in values.items()}


def probabilities(values: dict[str, float], satire: bool) -> dict[str, float]:
    """``{opinion, reporting, satire}`` summing to 1 (rounded to 3 places)."""
    p_satire = SATIRE_PROBABILITY if satire else 0.0
    model = fitted.load(MODEL)
    values = compressed(values, frozenset(model.get("log_features", ())),
                        model.get("log_scale", LOG_SCALE))
    p_opinion = fitted.probability(model, values) * (1 - p_satire)
    return {"opinion": round(p_opinion, 3), "reporting": round(1 - p_satire - p_opinion, 3),
            "satire": round(p_satire, 3)}


def label(scores: dict[str, float]) -> str:
    """The genre with the highest probability (opinion wins a tie with reporting)."""
    return max(("satire", "opinion", "reporting"), key=lambda g: scores[g])


def scored(doc: Document) -> tuple[dict[str, int], list[Evidence], dict[str, float]]:
    """Cue counts, evidence and genre probabilities, computed once a document (the question
    extractor reads the probabilities too)."""
    cache = doc.layers.setdefault(NAME, {})
    if "scored" not in cache:
        counts, evidence = cues(doc)
        read = fitted.load(MODEL)["features"]
        values = features(doc, counts, not STYLE_NAMES_SET.isdisjoint(read),
                          not ARGUE_NAMES_SET.isdisjoint(read))
        cache["scored"] = (counts, evidence, probabilities(values, counts["satire_marker"] > 0))
    return cache["scored"]


def extract(doc: Document) -> ExtractorResult:
    counts, evidence, scores = scored(doc)
    values = {f"p_{g}": scores[g] for g in GENRES}
    result = ExtractorResult(NAME, list(evidence), {"count": sum(counts.values())}, values)
    result.notes["label"] = label(scores)
    return result


def summary(result: ExtractorResult) -> dict[str, Any]:
    """The ``genre`` entry of ``Analysis.to_dict()``: the label and the probabilities."""
    return {"label": result.notes["label"],
            "scores": {g: result.values[f"p_{g}"] for g in GENRES}}


OPINION_NOTE = ("low verifiability is expected of opinion; compare it with opinion, not with "
                "news reports")


def note(genre: dict[str, Any]) -> str:
    """One line on how the text reads, for the terminal, the report and the class page."""
    scores = genre["scores"]
    if genre["label"] == "opinion":
        return f"Reads as opinion ({scores['opinion']:.0%} likely): {OPINION_NOTE}."
    if genre["label"] == "satire":
        return ("Reads as satire (it says so): it is meant to be funny, not to report facts; "
                "do not judge it as news.")
    return f"Reads as a news report ({scores['reporting']:.0%} likely)."
