"""The faster patterns of ``Document`` find exactly what the patterns first written found."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.text.document import BOUNDARY_RE, Document

# The sentence boundary as first written: opening with a lookbehind, it was tried at every
# position of the text.
BOUNDARY_PLAIN = re.compile(r"(?:(?<![.!?])[.!?]++|…)[\"'”’)\]]*+(?=\s)")
MARKS = st.text(st.sampled_from(".!?…\"'”’)] \nab"), max_size=40)


def _spans(regex: re.Pattern[str], text: str, pos: int = 0, end: int | None = None
           ) -> list[tuple[int, int]]:
    return [m.span() for m in regex.finditer(text, pos, len(text) if end is None else end)]


@settings(max_examples=500, deadline=None)
@given(MARKS | st.text(max_size=40), st.data())
def test_boundaries_are_those_of_the_plain_pattern(text: str, data: st.DataObject) -> None:
    pos = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(pos, len(text)))
    assert _spans(BOUNDARY_RE, text, pos, end) == _spans(BOUNDARY_PLAIN, text, pos, end)


def test_boundaries_of_runs_of_marks() -> None:
    for text in ("a.. b", "a… b", "…. x", "a …. b", "!? x", "a.\") b", "... ..", "…… a",
                 ". a", "?", "a?\n", "x!…! y", "….… z", "end.”’ Next", ".… a"):
        assert _spans(BOUNDARY_RE, text) == _spans(BOUNDARY_PLAIN, text), text
    assert _spans(BOUNDARY_RE, "Wait... what? Yes.” No") == [(4, 7), (12, 13), (17, 19)]


TOKEN_PLAIN = re.compile(r"\d+(?:[.,:]\d+)*%?|\w+(?:[-’'&]\w+)*|[^\w\s]")
TOKENISH = st.text(st.sampled_from("aZé_1٣２.,:%-’'&! \n\t\xa0\u0300"), max_size=40)


@settings(max_examples=500, deadline=None)
@given(TOKENISH | st.text(max_size=40))
def test_tokens_are_those_of_the_plain_pattern(text: str) -> None:
    from analysis.text.document import TOKEN_RE

    assert _spans(TOKEN_RE, text) == _spans(TOKEN_PLAIN, text)
    assert [t.text for t in Document(text).tokens] == TOKEN_PLAIN.findall(text)
