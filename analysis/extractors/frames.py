"""Frames: which angles a story is told from, sentence by sentence, with the cue words.

Two label sets, each with cue words written from a published codebook
(``lexicons/frames_generic.tsv``, ``lexicons/frames_policy.tsv``):

- the five generic news frames of Semetko & Valkenburg (2000): ``conflict``,
  ``human_interest``, ``economic``, ``morality``, ``responsibility`` (with its resolution
  side: what would solve the problem and who should act);
- the fourteen policy frames of the Media Frames Corpus codebook (Boydstun et al. 2014),
  named as in SemEval-2023 Task 3 (``Economic``, ``Crime_and_punishment``, ...).

A sentence carries a frame when it holds one of the frame's cues; the document's profile is
the share of its sentences that carry each frame. Whether the article *uses* a frame is
decided from that profile (and, for human interest, morality and responsibility, from the
document-level signs of ``frame_voice``: ordinary people's voices, ages, the writer's own
prescriptions) by a small logistic model per frame (``data/frames_model.json``,
fitted by ``benchmarks/train_frames.py`` on one part of the development data), and only for
a frame with at least one cue sentence, so every frame said to be present has evidence.
Evidence is the first cue of each frame in each sentence. The text is read in one pass per
lexicon (two compiled regexes over the whole text), so the cost is linear.
"""

from __future__ import annotations

import bisect
import math
import re
from typing import Any

from analysis.extractors import fitted, frame_voice
from analysis.extractors.base import Evidence, ExtractorResult
from analysis.lexicons.trie import trie_lexicon as lexicon
from analysis.text.document import Document
from analysis.text.voice import voice_of

HIGHLIGHT = False  # describes the whole text: listed in the JSON, not marked in it
NAME = "framing"
DESCRIPTION = ("The angles a story is told from: a fight between sides, people's lives, money, "
               "right and wrong, who should fix it, and the policy angles of news on issues.")
GENERIC = {
    "conflict": "a fight between sides: who disagrees, who blames whom, who wins or loses",
    "human_interest": "a person's or family's story and feelings, a human face on the issue",
    "economic": "money: costs, jobs, profits or losses",
    "morality": "right and wrong, religion, or how people ought to behave",
    "responsibility": "who caused the problem, who should act, and what would solve it",
}
POLICY = {
    "Economic": "money: costs, benefits and who pays",
    "Capacity_and_resources": "whether there is enough: staff, money, space, supplies",
    "Morality": "right and wrong, duty or religion",
    "Fairness_and_equality": "whether people are treated equally or unfairly",
    "Legality_Constitutionality_and_jurisprudence": "laws, courts, rights and the constitution",
    "Policy_prescription_and_evaluation": "which policy to choose and whether it works",
    "Crime_and_punishment": "crime, police, courts' punishments",
    "Security_and_defense": "threats, war, defence and borders",
    "Health_and_safety": "health, disease, injuries and safety",
    "Quality_of_life": "how people's daily lives, homes and communities are affected",
    "Cultural_identity": "traditions, values and who a group feels it is",
    "Public_opinion": "what the public thinks: polls, protests, popularity",
    "Political": "politicians, parties, elections and political fights",
    "External_regulation_and_reputation": "relations between countries and their reputation",
}
LABELS = {**{k: f"the {k.replace('_', ' ')} frame: {v}" for k, v in GENERIC.items()},
          **{k: f"policy frame {k.replace('_', ' ')}: {v}" for k, v in POLICY.items()}}
SETS = {"generic": ("frames_generic", GENERIC), "policy": ("frames_policy", POLICY)}
MODEL = "frames_model.json"
# Cues a word list cannot hold: (frame, pattern, codebook question, only in quoted speech).
_AGE = re.compile(r"\b\d{1,3}-year-old\b")
_MONEY = re.compile(r"[$£€]\s?\d[\d,.]*(?:\s?(?:bn|m|billion|million|trillion)\b)?")
PATTERNS: tuple[tuple[str, re.Pattern[str], str, bool], ...] = (
    ("human_interest", _AGE, "HI1 a human example or face", False),
    ("economic", _MONEY, "EC2 costs and expense", False),
    ("Economic", _MONEY, "costs, benefits, monetary and financial implications", False),
)


QUESTIONS = ("CO1", "CO2", "CO3", "CO4", "HI1", "HI2", "HI3", "HI4", "EC1", "EC2", "EC3",
             "MO1", "MO2", "MO3", "RE1", "RE2", "RE3", "RE4", "RE5")
Cues = dict[str, dict[int, tuple[int, int, str]]]
_questions: dict[str, str] = {}  # a note -> its codebook question (the notes of two lists)


def cue_sentences(doc: Document) -> tuple[Cues, dict[str, int]]:
    """For each frame, its first cue in each sentence that carries it:
    ``{frame: {sentence index: (start, end, codebook question)}}``, sentences in order; and
    for each generic codebook question ("CO1"), the number of sentences with a cue for it."""
    sentences = doc.sentences
    starts = [s.start for s in sentences]
    ends = [s.end for s in sentences]
    found: Cues = {}
    asked: dict[str, set[int]] = {}

    def add(frame: str, at: int, end: int, note: str) -> None:
        # about 90 cues a news article: one call each, the note's question read from a
        # table (a generic frame's question is the note's first word)
        i = bisect.bisect_right(starts, at) - 1
        if i >= 0 and at < ends[i]:
            if frame in GENERIC:
                question = _questions.get(note) or _questions.setdefault(note, note.split()[0])
                asked.setdefault(question, set()).add(i)
            spans = found.get(frame)
            if spans is None:
                spans = found[frame] = {}
            if i not in spans or at < spans[i][0]:
                spans[i] = (at, end, note)

    for lex_name, _ in SETS.values():
        for m, entry in lexicon(lex_name).finditer(doc.text):
            add(entry.label, *m.span(), entry.note)
    voice = voice_of(doc)
    scanned: dict[re.Pattern[str], list[re.Match[str]]] = {}  # a pattern two frames share
    for frame, pattern, note, quoted_only in PATTERNS:
        if pattern is _AGE and "-year-old" not in doc.text:
            continue  # the regex tries every position of the text for nothing
        if pattern not in scanned:
            scanned[pattern] = list(pattern.finditer(doc.text))
        for m in scanned[pattern]:
            if not quoted_only or voice.voice_at(*m.span()) == "quoted":
                add(frame, *m.span(), note)
    cues = {f: dict(sorted(spans.items())) for f, spans in found.items()}
    return cues, {q: len(sents) for q, sents in asked.items()}


def profile(doc: Document, cues: Cues) -> dict[str, float]:
    """Share of the document's sentences that carry each frame (0 for a frame without cues)."""
    n = len(doc.sentences)
    names = [*GENERIC, *POLICY]
    return {f: len(cues.get(f, {})) / n if n else 0.0 for f in names}


def features(doc: Document, shares: dict[str, float], asked: dict[str, int]) -> dict[str, float]:
    """The values the fitted models read: each frame's share of sentences, the log of its
    number of cue sentences (a long article may give a frame a small share but many
    sentences), the log number of sentences per generic codebook question (``q_CO1``), the
    log word count, and the document-level signs of ``frame_voice`` (``x_*``: ordinary
    people's voices, ages, the writer's first person and prescriptions, who should act)."""
    n = len(doc.sentences)
    out = {f"share_{f}": v for f, v in shares.items()}
    out.update({f"log_sentences_{f}": math.log1p(round(v * n)) for f, v in shares.items()})
    out.update({f"q_{q}": math.log1p(asked.get(q, 0)) for q in QUESTIONS})
    out["log_words"] = math.log1p(doc.word_count)
    out.update(frame_voice.features(doc))
    return out


def present(set_name: str, values: dict[str, float], cues: Cues) -> list[str]:
    """The frames of ``set_name`` the fitted models call present, in codebook order."""
    models = fitted.load(MODEL)[set_name]
    out = []
    for frame in SETS[set_name][1]:
        model = models.get(frame)
        if model and cues.get(frame) and fitted.probability(model, values) >= model["threshold"]:
            out.append(frame)
    return out


def _explain(frame: str, cue: str) -> str:
    return f"“{cue}”{_TAILS[frame]}"


# What follows the quoted cue in each frame's explanation, written once (about 60 cues an
# article, each explanation was formatted from four pieces).
_TAILS = {
    **{frame: (f" is a sign of the {frame.replace('_', ' ')} frame: {description}. Every "
               "story picks its angles; ask what another angle would show.")
       for frame, description in GENERIC.items()},
    **{frame: (f" treats the issue as a matter of {description} (the "
               f"{frame.replace('_', ' ')} frame). Ask which other sides of the issue the "
               "article leaves out.") for frame, description in POLICY.items()},
}


def extract(doc: Document) -> ExtractorResult:
    cues, asked = cue_sentences(doc)
    voice = voice_of(doc)
    evidence = []
    for frame, spans in cues.items():
        set_name = "generic" if frame in GENERIC else "policy"
        for s, e, note in spans.values():
            cue = doc.text[s:e]
            evidence.append(Evidence(NAME, frame, s, e, cue, _explain(frame, cue),
                                     voice.voice_at(s, e),
                                     {"frame_set": set_name, "question": note}))
    evidence.sort(key=lambda ev: (ev.start, ev.end, ev.label))
    shares = profile(doc, cues)
    values = features(doc, shares, asked)
    notes = {name: " ".join(present(name, values, cues)) for name in SETS}
    return ExtractorResult(NAME, evidence, {"count": len(evidence)},
                           {f"share_{f}": v for f, v in shares.items()}, notes)


def summary(result: ExtractorResult) -> dict[str, Any]:
    """The ``frames`` entry of ``Analysis.to_dict()``: frames present and the profile."""
    return {"generic": result.notes.get("generic", "").split(),
            "policy": result.notes.get("policy", "").split(),
            "profile": {k.removeprefix("share_"): round(v, 4) for k, v in result.values.items()}}
