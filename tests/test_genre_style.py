"""The genre model's style measures (Biber's involved, persuasive and narrative features)
count the writer's words only, and are computed only for a model that reads them."""

from __future__ import annotations

import pytest

from analysis.core import analyze
from analysis.extractors import genre
from analysis.extractors.genre_style import NAMES, style
from analysis.text.document import Document

COLUMN = ("I have to say it plainly: this plan is a terrible idea. We should not accept it. "
          "Imagine what it would really cost you if it were to pass. Don't you agree? "
          "Nobody who has read it can honestly think it is fair.")
WIRE = ("WASHINGTON (AP) — The Senate voted 62-38 on Tuesday to approve a $1.2 billion bill "
        "for road repairs, sending it to the House. \"The roads are in terrible shape,\" "
        "Sen. Jane Doe said after the vote. The bill was announced in March, officials said.")


def test_quoted_words_are_the_sources() -> None:
    quoted = style(Document('"I really don\'t think so, and I never will," she said.'))
    assert quoted["emphatics_per_100"] == 0.0
    assert quoted["negation_per_100"] == 0.0
    assert quoted["contractions_per_100"] == 0.0
    assert quoted["public_verbs_per_100"] == pytest.approx(100 / 11)


def test_a_column_and_a_wire_story_measure_as_expected() -> None:
    col, wire = style(Document(COLUMN)), style(Document(WIRE))
    assert col["imperatives_per_sentence"] == pytest.approx(1 / 5)  # "Imagine", not "Don't you"
    assert col["negation_per_100"] > 0 and wire["negation_per_100"] == 0.0
    assert col["subjective_per_100"] > 0 and wire["subjective_per_100"] == 0.0  # quoted
    assert wire["weekdays_per_sentence"] == pytest.approx(1 / 3)
    assert wire["present_share"] < 0.5 < col["present_share"]
    assert wire["numbers_per_100"] > col["numbers_per_100"] == 0.0


def test_measures_are_left_out_when_asked() -> None:
    doc = Document(COLUMN)
    counts, _ = genre.cues(doc)
    assert set(NAMES) <= set(genre.features(doc, counts))
    assert set(NAMES).isdisjoint(genre.features(doc, counts, measures=False))


def test_a_column_reads_as_opinion_and_a_wire_story_as_reporting() -> None:
    assert analyze(COLUMN).to_dict()["genre"]["label"] == "opinion"
    assert analyze(WIRE).to_dict()["genre"]["label"] == "reporting"
