"""Evidence's own __init__ (fields set through their slots) keeps the dataclass's contract."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from analysis.extractors.base import Evidence


def test_evidence_is_made_compared_and_frozen_as_the_dataclass_says() -> None:
    made = Evidence("specificity", "date", 3, 9, "May 4", "a date", "quoted", {"kind": "x"})
    assert dataclasses.astuple(made) == ("specificity", "date", 3, 9, "May 4", "a date",
                                         "quoted", {"kind": "x"})
    plain = Evidence("hedging", "vague", 0, 4, "some", "why")
    assert plain.voice == "narrator" and plain.extra == {}
    assert plain.extra is not Evidence("hedging", "vague", 0, 4, "some", "why").extra
    assert plain == Evidence(extractor="hedging", label="vague", start=0, end=4, text="some",
                             explanation="why", voice="narrator", extra={})
    assert plain != dataclasses.replace(plain, end=5)
    assert pickle.loads(pickle.dumps(made)) == made
    with pytest.raises(dataclasses.FrozenInstanceError):
        plain.start = 1  # type: ignore[misc]
    assert repr(plain) == ("Evidence(extractor='hedging', label='vague', start=0, end=4, "
                           "text='some', explanation='why', voice='narrator', extra={})")
