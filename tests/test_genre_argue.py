"""The genre model's measures of argument and event reporting (``genre_argue``), each on a
text written for it, and the log scale the model may read its rates on."""

from __future__ import annotations

import math

import pytest

from analysis.extractors import fitted, genre
from analysis.extractors.genre_argue import NAMES, argue
from analysis.text.document import Document

ARGUING = ("We must act now, because the plan fails. Therefore the council should vote "
           "against it. That is why I am writing.")  # 21 words, 3 sentences
CONTRASTING = ("The plan is popular. However, it costs too much. Yet nobody asks. The mayor, on "
               "the other hand, is silent.")  # 20 words, 4 sentences
SELF = 'I was there. We saw it. Iceland is cold. "I know," she said. In 2020 I left.'
PAST = "The board voted and decided to wait. It was late, and they said nothing. The red car."
GENERIC = "Taxes are too high. The law is unjust. The vote was close. Nobody cared."
ATTRIBUTED = 'The mayor said the plan would pass. "It is done," she said. Rain fell. Nobody knew.'
HEDGED = 'It may rain, and perhaps it will. "It might," she said. The vote was a crucial moment.'


def measure(text: str) -> dict[str, float]:
    return argue(Document(text))


def test_claim_and_premise_markers() -> None:
    m = measure(ARGUING)
    assert m["argument_per_100"] == pytest.approx(300 / 21)  # because, Therefore, That is why
    assert m["contrast_per_100"] == 0.0
    assert m["generic_present_share"] == pytest.approx(4 / 5)  # must, should, am: (3+1)/(3+2)


def test_contrast_connectives() -> None:
    m = measure(CONTRASTING)
    assert m["contrast_per_100"] == pytest.approx(15.0)  # However, Yet, on the other hand
    assert m["argument_per_100"] == 0.0


def test_sentences_opening_with_i_or_we_outside_quotations() -> None:
    # I, We; not "Iceland", not the quoted "I know", not "In 2020 I"
    assert measure(SELF)["self_initial_per_sentence"] == pytest.approx(2 / 5)


def test_past_tense_by_suffix_and_irregular_forms() -> None:
    # voted, decided, was, said (of 17 words); "red" is no past tense
    assert measure(PAST)["past_per_100"] == pytest.approx(400 / 17)
    # was, saw, said, left (of 17 words): "said" outside the quotation is the writer's
    assert measure(SELF)["past_per_100"] == pytest.approx(400 / 17)


def test_generic_present_sentences() -> None:
    m = measure(GENERIC)
    # two present sentences of four with a verb: (2 + 1) / (4 + 2)
    assert m["generic_present_share"] == pytest.approx(0.5)
    assert m["past_per_100"] == pytest.approx(200 / 14)  # was, cared


def test_attributed_sentences_and_the_first_quotation() -> None:
    m = measure(ATTRIBUTED)
    assert m["attributed_sentence_share"] == pytest.approx(2 / 4)  # "said the plan", the quote
    assert m["first_quote_position"] == pytest.approx(37 / len(ATTRIBUTED))
    unquoted = measure(GENERIC)
    assert unquoted["first_quote_position"] == 1.0
    assert unquoted["attributed_sentence_share"] == 0.0


def test_hedges_and_boosters_in_the_writers_voice() -> None:
    m = measure(HEDGED)
    assert m["hedges_per_100"] == pytest.approx(200 / 17)  # may, perhaps; not the quoted might
    assert m["boosters_per_100"] == pytest.approx(100 / 17)  # crucial, before a noun


def test_measures_are_computed_only_when_asked() -> None:
    doc = Document(ARGUING)
    counts, _ = genre.cues(doc)
    assert set(NAMES) <= set(genre.features(doc, counts))
    assert set(NAMES).isdisjoint(genre.features(doc, counts, arguing=False))


def test_the_log_scale_spreads_small_rates_and_keeps_the_rest() -> None:
    values = {"loaded_per_100": 0.5, "dateline": 1.0, "quote_share": -0.1}
    out = genre.compressed(values, frozenset({"loaded_per_100", "quote_share"}))
    assert out == {"loaded_per_100": math.log1p(5.0), "dateline": 1.0, "quote_share": 0.0}
    assert genre.compressed(values, {"loaded_per_100"}, 100.0)["loaded_per_100"] == math.log1p(50)


def test_the_shipped_model_reads_its_rates_as_they_are() -> None:
    # the log scale gained in nested CV but not on the untouched part, and read the KBS
    # interview as opinion: the shipped model keeps linear rates (README, genre)
    assert not fitted.load(genre.MODEL).get("log_features")
