"""A label the sentence denies pins nothing on anyone (analysis/extractors/loaded_language.py):
six of fresh6's nine wrong name-calling flags were "racist" in a denial. Sentences made up,
with the same label asserted beside each."""

from __future__ import annotations

import pytest

from analysis.extractors import loaded_language
from analysis.text.document import Document


def labels(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in loaded_language.extract(Document(text)).evidence]


@pytest.mark.parametrize(("text", "expected"), [
    ("I am not a racist, the mayor said.", []),
    ("The mayor is nowhere near racist.", []),
    ("The mayor is no more racist than her rivals.", []),
    ("The mayor isn't a racist.", []),
    ("The mayor has never been a racist.", []),
    # denied through a verb of trying or wanting ("weren't trying to be traitors")
    ("The strikers weren't trying to be traitors.", []),
    ("The mayor never wanted to be seen as a racist.", []),
    ("The strikers were trying to be traitors, the mayor said.", [("traitors", "name_calling")]),
    # asserted, asked or "not only": still a label pinned on someone
    ("The mayor called her rival a racist.", [("racist", "name_calling")]),
    ("Isn't the mayor a thug?", [("thug", "name_calling")]),
    ("The mayor is not only a liar.", [("liar", "name_calling")]),
])
def test_a_denied_label_is_not_name_calling(text: str, expected: list) -> None:
    assert labels(text) == expected
