"""The superlatives' test for an open quotation, counted once a sentence (sense_rules.
QuoteMarks), says what the prefix count (inside_quote_marks) says at every offset."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.extractors.sense_rules import QuoteMarks, inside_quote_marks


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="“”\"'a ", max_size=40), st.integers(0, 50))
def test_counted_once_equals_the_prefix_count(text: str, start: int) -> None:
    marks = QuoteMarks(text, start)
    for k in range(len(text) + 1):
        assert marks.open_at(start + k) == inside_quote_marks(text[:k])


def test_an_open_curly_quote_and_a_doubled_apostrophe() -> None:
    text = "He said “the best ever” and ''the worst'' then"
    marks = QuoteMarks(text, 100)
    assert marks.open_at(100 + text.index("best"))
    assert not marks.open_at(100 + text.index("and"))
    assert marks.open_at(100 + text.index("worst"))
    assert not marks.open_at(100 + text.index("then"))
