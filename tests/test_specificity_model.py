"""The sentence specificity model: its features, weights file and run-time footprint.

All sentences were written for these tests.
"""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources

import pytest

from analysis.extractors import specificity
from analysis.extractors.specificity_model import (
    FEATURES,
    UNSEEN_ZIPF,
    features,
    model,
    probability,
    zipf,
)
from analysis.text.document import Document


def _features(text: str) -> dict[str, float]:
    doc = Document(text)
    ((values, _),) = specificity.sentence_features(doc)
    return values


def _score(text: str) -> float:
    return probability(_features(text))


def test_weights_file_matches_the_features() -> None:
    path = resources.files("analysis").joinpath("data/specificity_model.json")
    m = json.loads(path.read_text(encoding="utf-8"))
    assert m["features"] == list(FEATURES)
    assert len(m["coef"]) == len(m["mean"]) == len(m["scale"]) == len(FEATURES)
    assert all(s > 0 for s in m["scale"])
    assert model()["features"] == list(FEATURES)


def test_word_frequency_list_is_available_offline() -> None:
    assert zipf("the") > 7.0
    assert zipf("the") > zipf("harbour") > zipf("trawler")
    assert zipf("qzxvbn") == UNSEEN_ZIPF


def test_rare_words_count_as_uncommon_and_stretched_words_do_not() -> None:
    plain = _features("The man went to the shop.")
    rare = _features("The trawler docked at the quay.")
    stretched = _features("The man was sooo tired.")
    assert plain["uncommon"] == 0
    assert rare["uncommon"] >= 2 and rare["rarest"] < plain["rarest"]
    assert stretched["uncommon"] == 0


def test_shouted_words_are_not_names() -> None:
    shouted = _features("PLEASE STOP THE NOISE RIGHT NOW")
    assert shouted["capitals"] == 0
    mixed = _features("PLEASE CALL THE CLINIC today and ask for Mensah")
    assert mixed["capitals"] == 1  # only Mensah is written as a name


def test_title_case_headline_counts_only_unusual_capitalised_words() -> None:
    assert _features("Mayor Opens New Bridge Over River")["capitals"] == 0
    assert _features("Police Arrest Kwabena Mensah After Raid")["capitals"] == 2
    assert _features("The mayor met Ama Boateng in Accra.")["capitals"] == 3


def test_details_make_a_sentence_more_specific() -> None:
    vague = _score("Many people think that things are getting worse these days.")
    detailed = _score("On 4 March 2021 the Accra council spent $2.3 million on 14 new buses.")
    assert 0.0 <= vague < 0.5 < detailed <= 1.0


def test_empty_sentence_has_zero_features() -> None:
    assert features([], []) == dict.fromkeys(FEATURES, 0.0)


def test_stray_closing_quote_goes_with_the_sentence_before() -> None:
    text = "`` We will rebuild the old bridge over the river by June . ''"
    doc = Document(text)
    result = specificity.extract(doc)
    assert len(doc.sentences) == len(result.per_sentence)
    if len(doc.sentences) == 2:  # the splitter cuts the closing quote off
        assert result.per_sentence[0] == result.per_sentence[1]
    assert len(specificity.sentence_features(doc)) == 1


@pytest.mark.parametrize("module", ["wordfreq", "sklearn", "scipy", "pandas", "matplotlib"])
def test_analyze_does_not_import_heavy_modules(module: str) -> None:
    code = ("import sys; from analysis import analyze; "
            "analyze('The council approved 14 buses on Tuesday, Ama Boateng said.'); "
            f"print({module!r} in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"
