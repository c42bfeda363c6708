"""``headline(title, body=None)``: is the title clickbait, and which words make it so.

The clickbait score is a logistic model over the headline's hooks and shape
(``features.py``), with weights fitted by ``benchmarks/train_clickbait.py`` and read from
``analysis/data/clickbait_model.json``: no model library at run time. Every hook is
returned as evidence with offsets into the title and a plain-words reason, so a reader
can see why a headline scores as it does; the shape features (length, names, places,
dates) move the score but are not spans.

With a body, title–body consistency too: the body's ``stance`` towards the headline
(``stance.py``: agree, disagree, discuss, unrelated, with the body sentences that decide
it) and each checkable ``claim`` of the headline (``claims.py``: numbers, names, places,
years) looked up in the body: supported, contradicted, repeated without a figure, or not
mentioned.
"""

from __future__ import annotations

from typing import Any

from analysis.extractors import fitted
from analysis.framing.claims import claims
from analysis.framing.cues import hooks
from analysis.framing.features import features
from analysis.framing.stance import stance
from analysis.framing.stance_features import read_body


def model() -> dict[str, Any]:
    """The fitted weights (written by benchmarks/train_clickbait.py)."""
    return fitted.load("clickbait_model.json")


def clickbait_probability(values: dict[str, float]) -> float:
    """The fitted model's probability that a headline with these features is clickbait."""
    return fitted.probability(model(), values)


def headline(title: str, body: str | None = None) -> dict[str, Any]:
    """Clickbait judgement and hook evidence for a headline.

    Returns ``{"clickbait": bool, "clickbait_score": float (0-1, 3 decimals),
    "stance": None, "claims": [], "evidence": [{start, end, text, label, explanation}]}``;
    offsets index ``title``. With a ``body`` (at least one word): ``stance`` is agree,
    disagree, discuss or unrelated, ``stance_scores`` the model's probability of each,
    ``stance_evidence`` the body sentences that match the headline best and the cue words
    in them (``label`` match, refuting, hedging, confirming; offsets index ``body``), and
    ``claims`` the headline's numbers, years, names and places, each ``{text, start, end
    (in the title), kind, status: supported / contradicted / repeated_without_figure /
    not_mentioned, explanation, evidence: [{start, end, text, sentence}] (in the body)}``.
    Raises TypeError for a title (or body) that is not a str and
    ValueError for a title with no words.
    """
    _check(title, body)
    found = hooks(title)
    score = round(clickbait_probability(features(title, found)), 3)
    out: dict[str, Any] = {
        "clickbait": score >= float(model()["threshold"]),
        "clickbait_score": score,
        "stance": None,
        "claims": [],
        "evidence": [h.to_dict() for h in found],
    }
    if body is not None and any(c.isalnum() for c in body):
        read = read_body(title, body)
        out.update(stance(title, read))
        out["claims"] = claims(title, read)
    return out


def _check(title: object, body: object) -> None:
    if not isinstance(title, str):
        raise TypeError(f"headline() needs the title as a str, not {type(title).__name__}")
    if body is not None and not isinstance(body, str):
        raise TypeError(f"headline() needs the body as a str or None, not "
                        f"{type(body).__name__}")
    if not any(c.isalnum() for c in title):
        raise ValueError("headline() needs a title with at least one word; got "
                         + ("an empty title" if not title.strip() else repr(title[:40])))
