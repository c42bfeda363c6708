"""Does the body hold up its headline? Stance: agree, disagree, discuss or unrelated.

The four labels of the Fake News Challenge (Pomerleau & Rao 2017): the body is not about
the headline (``unrelated``), reports it without taking a side (``discuss``), says it is
so (``agree``), or says it is not (``disagree``). A multinomial logistic model over
``stance_features`` (fitted by ``benchmarks/train_stance.py``, read from
``analysis/data/stance_model.json``: no model library at run time) decides; the evidence
is what a reader would check: the body sentences that repeat the headline most, and the
refuting, hedging and confirming words in them.
"""

from __future__ import annotations

import math
from typing import Any

from analysis.extractors import fitted
from analysis.framing.stance_features import (
    NEAR_SENTENCES,
    WORD,
    BodyProfile,
    cue_labels,
    features,
    ranked_sentences,
    read_body,
    words,
)

CUE_EXPLANATIONS = {
    "refuting": "a word that says a claim is untrue, denied or withdrawn",
    "hedging": "a word that reports a claim without vouching for it",
    "confirming": "a word that says a claim was checked or made official",
    "negation": "a negation: it refutes the claim only if it falls on it",
}


def model() -> dict[str, Any]:
    """The fitted weights (written by benchmarks/train_stance.py)."""
    return fitted.load("stance_model.json")


def probabilities(values: dict[str, float]) -> dict[str, float]:
    """Each stance's probability under the model (softmax over its linear scores)."""
    m = model()
    scores = []
    for row, intercept in zip(m["coef"], m["intercept"], strict=True):
        z = float(intercept)
        for name, w, mean, scale in zip(m["features"], row, m["mean"], m["scale"],
                                        strict=True):
            z += w * (values[name] - mean) / scale
        scores.append(z)
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return {c: e / total for c, e in zip(m["classes"], exps, strict=True)}


def decide(probs: dict[str, float]) -> str:
    """The stance with the largest probability times its class weight (the weights make
    the rarer agree and disagree answers reachable; chosen by cross-validation)."""
    m = model()
    weights = dict(zip(m["classes"], m["class_weight"], strict=True))
    return max(m["classes"], key=lambda c: (probs[c] * weights[c], c))


def stance(title: str, body: str | BodyProfile) -> dict[str, Any]:
    """``{"stance", "stance_scores": {label: probability}, "stance_evidence": [...]}``;
    evidence offsets index ``body``, which may be given already read (``read_body``)."""
    prof = body if isinstance(body, BodyProfile) else read_body(title, body)
    probs = probabilities(features(title, prof))
    label = decide(probs)
    return {"stance": label,
            "stance_scores": {c: round(p, 3) for c, p in probs.items()},
            "stance_evidence": [] if label == "unrelated" else evidence(title, prof)}


def evidence(title: str, body: BodyProfile) -> list[dict[str, Any]]:
    """The sentences that repeat the headline most, and the cue words inside them."""
    out: list[dict[str, Any]] = []
    cue_of = cue_labels()
    for score, i in ranked_sentences(words(title), body)[:NEAR_SENTENCES]:
        if score <= 0:
            break
        s, e = body.sentences[i]
        out.append({"start": s, "end": e, "text": body.text[s:e], "label": "match",
                    "explanation": f"repeats {round(100 * score)}% of the headline's "
                                   "content (weighted by how rare each word is)"})
        for m in WORD.finditer(body.text, s, e):
            label = cue_of.get(m.group().lower())
            if label:
                out.append({"start": m.start(), "end": m.end(), "text": m.group(),
                            "label": label, "explanation": CUE_EXPLANATIONS[label]})
    return out
