"""The document-level signs of the human-interest, morality and responsibility frames
(analysis.extractors.frame_voice), on sentences written for these tests."""

from __future__ import annotations

import math

from analysis.extractors.frame_voice import features
from analysis.text.document import Document

FACE = ("Maria Lopez, 34, lost her home in the flood. \"My children cried all night,\" "
        "said Lopez, a nurse. The 62-year-old neighbour, Tom Baker, said his family had "
        "nowhere to go.")
OFFICIAL = ("\"The levees held where we repaired them,\" said the city's director of public "
            "works, Ann Cole. Senator Bill Hart said the agency would review the plan.")
SERMON = ("We must protect creation for our children. Our faith and our values demand it, and "
          "God asks no less of us. The government should act and we ought to hold it "
          "accountable.")


def test_ages_ordinary_voices_and_their_first_person_are_counted() -> None:
    f = features(Document(FACE))
    assert f["x_age"] == math.log1p(2)  # "Maria Lopez, 34," and "62-year-old"
    assert f["x_ordinary"] == math.log1p(2)  # Lopez and Baker: no official's title
    assert f["x_ordinary_share"] == 1.0
    assert f["x_quoted_first"] == math.log1p(1)  # "My" inside the quotation
    assert f["x_narr_first"] == 0.0  # the writer never says "I" or "we"


def test_officials_and_experts_are_not_ordinary_voices() -> None:
    f = features(Document(OFFICIAL))
    assert f["x_ordinary"] == 0.0 and f["x_ordinary_share"] == 0.0
    assert f["x_attr"] == math.log1p(2)
    assert f["x_age"] == 0.0


def test_the_writers_prescriptions_faith_and_who_should_act() -> None:
    doc = Document(SERMON)
    f = features(doc)
    assert f["x_deontic_narr"] == math.log1p(3)  # must, should, ought to
    assert f["x_deontic"] == f["x_deontic_narr"]
    assert f["x_relig"] == math.log1p(3)  # faith, values, God
    assert f["x_calls"] == math.log1p(4)  # demand, government, should, accountable
    # We, our, Our, our, we; "us" is inside what God "asks": reported, not the writer's
    assert f["x_narr_first"] == 100 * 5 / doc.word_count
    assert f["x_family"] == math.log1p(1)  # children


def test_the_cross_validation_scripts_say_when_the_data_is_missing(tmp_path, capsys) -> None:
    from benchmarks import cv_frames, cv_genre

    for script in (cv_frames, cv_genre):
        assert script.main(["--data", str(tmp_path)]) == 2
        assert capsys.readouterr().err == (
            f"no data: {tmp_path / 'framing'} is missing (--data DIR)\n")
