"""``analysis.ArticleFeatures`` and ``analysis.score_frame``.

scikit-learn's own estimator checks are run where they apply. ``check_estimator`` itself
skips a transformer whose input is text (its ``input_tags.two_d_array`` is False), so the
applicable checks are called one by one (``APPLICABLE``). Not run, because each feeds a
random numeric matrix and expects it to be accepted as features, which a text transformer
must refuse: check_fit_score_takes_y, check_estimators_overwrite_params,
check_dont_overwrite_parameters, check_estimators_fit_returns_self,
check_readonly_memmap_input, check_n_features_in_after_fitting,
check_positive_only_tag_during_fit (the iris matrix), check_fit2d_1sample,
check_fit2d_1feature, check_dict_unchanged, check_fit_idempotent,
check_fit_check_is_fitted, check_n_features_in, check_fit1d, check_fit2d_predict1d,
check_methods_sample_order_invariance, check_methods_subset_invariance, and the
transformer checks (check_transformer_general and the rest). What those check -- fit
returns self, fitting twice gives the same result, order and subset invariance, the
fitted check, set_output -- is tested below on texts instead.
"""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pandas as pd
import pytest
from sklearn.base import clone
from sklearn.exceptions import NotFittedError
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.utils import estimator_checks as ec

from analysis import ArticleFeatures, analyze, score_frame
from analysis.batch.features import numeric_columns
from analysis.batch.rows import flat_scores
from tests.batch_corpus import FRENCH, texts

APPLICABLE = ["check_estimator_cloneable", "check_estimator_tags_renamed",
              "check_valid_tag_types", "check_estimator_repr", "check_no_attributes_set_in_init",
              "check_estimators_unfitted", "check_do_not_raise_errors_in_init_or_set_params",
              "check_mixin_order",
              "check_get_params_invariance", "check_set_params",
              "check_parameters_default_constructible"]


@pytest.mark.parametrize("check", APPLICABLE)
def test_sklearn_estimator_checks_that_apply_to_text(check: str) -> None:
    getattr(ec, check)("ArticleFeatures", ArticleFeatures())


def test_check_estimator_itself_skips_text_input() -> None:
    with pytest.warns(ec.SkipTestWarning, match="requires input"):
        ec.check_estimator(ArticleFeatures(), on_skip="warn")


def test_rows_are_the_scores_of_analyze() -> None:
    docs = texts(4)
    features = ArticleFeatures().fit(docs)
    out = features.transform(docs)
    names = list(features.get_feature_names_out())
    assert names == numeric_columns() and out.shape == (4, len(names))
    assert "words" in names and "sensationalism_index" in names and "genre" not in names
    want = flat_scores(analyze(docs[1]).to_dict())  # scores, genre and frame shares
    assert dict(zip(names, out[1], strict=True)) == pytest.approx(
        {k: want[k] for k in names}, nan_ok=True)


def test_fit_returns_self_and_learns_nothing() -> None:
    features = ArticleFeatures(columns=["words", "hedging_count"])
    assert features.fit(texts(2)) is features
    first = features.transform(texts(3))
    assert np.array_equal(features.fit(texts(5)).transform(texts(3)), first)
    assert np.array_equal(clone(features).fit(["x"]).transform(texts(3)), first)


def test_order_and_subset_invariance() -> None:
    docs = texts(5)
    features = ArticleFeatures(columns=["words", "verifiability_index"]).fit(docs)
    whole = features.transform(docs)
    assert np.array_equal(features.transform(docs[::-1]), whole[::-1])
    assert np.array_equal(features.transform(docs[1:3]), whole[1:3])


def test_unfitted_and_wrong_input() -> None:
    with pytest.raises(NotFittedError):
        ArticleFeatures().transform(texts(1))
    features = ArticleFeatures()
    with pytest.raises(ValueError, match="got a single string"):
        features.fit("one text")
    with pytest.raises(ValueError, match="expected texts \\(str\\), got float"):
        features.fit(np.zeros((3, 1)))
    with pytest.raises(ValueError, match="expected one text column, got 2 columns"):
        features.fit(pd.DataFrame({"a": ["x"], "b": ["y"]}))
    with pytest.raises(ValueError, match="unknown score columns: nope"):
        ArticleFeatures(columns=["nope"]).fit(["x"])


def test_bad_texts_give_nan_rows_or_raise() -> None:
    out = ArticleFeatures(columns=["words"]).fit_transform(["", FRENCH, texts(1)[0]])
    assert np.isnan(out[:2]).all() and out[2, 0] == analyze(texts(1)[0]).scores["words"]
    with pytest.raises(ValueError, match="^text 0: is empty$"):
        ArticleFeatures(errors="raise").fit_transform([""])


def test_set_output_pandas_keeps_the_index_and_names() -> None:
    frame = pd.DataFrame({"body": texts(3)}, index=[7, 8, 9])
    features = ArticleFeatures(columns=["words", "hedging_count"]).set_output(
        transform="pandas")
    out = features.fit_transform(frame)
    assert list(out.columns) == ["words", "hedging_count"] and list(out.index) == [7, 8, 9]
    assert list(features.feature_names_in_) == ["body"]


def test_in_a_pipeline() -> None:
    docs = texts(12)
    labels = [i % 2 for i in range(12)]
    model = make_pipeline(ArticleFeatures(columns=["words", "sentences"]),
                          LogisticRegression()).fit(docs, labels)
    assert model.predict(docs[:3]).shape == (3,)


def test_score_frame_adds_every_score_column() -> None:
    df = pd.DataFrame({"body": [texts(1)[0], "", 3], "year": [2020, 2021, 2022]},
                      index=["a", "b", "c"])
    out = score_frame(df, text_column="body")
    assert list(out.columns[:2]) == ["body", "year"] and out.columns[-1] == "error"
    assert list(out.index) == ["a", "b", "c"]
    assert out.loc["a", "words"] == analyze(texts(1)[0]).scores["words"]
    assert list(out["error"]) == ["", "b: is empty", "c: no text"]
    assert np.isnan(out.loc["b", "words"]) and out["words"].dtype == float
    with pytest.raises(KeyError, match="no column 'text'"):
        score_frame(df)


def test_importing_the_package_loads_neither_sklearn_nor_pandas() -> None:
    code = ("import sys, analysis; from analysis.cli.main import build_parser; build_parser(); "
            "print(sorted(m for m in ('sklearn', 'pandas', 'pyarrow', 'dask', 'rich.progress') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out == "[]\n"
