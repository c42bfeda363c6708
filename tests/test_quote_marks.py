"""The superlatives' test for an open quotation, counted once a sentence (QuoteMarks),
says what counting the marks in the sentence's text up to a word says, at every offset."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.extractors.superlatives import QuoteMarks


def inside_quote_marks(before: str) -> bool:
    """The plain count: more curly openings than closings, or odd straight marks."""
    straight = before.count('"') + before.count("''")
    return before.count("“") > before.count("”") or straight % 2 == 1


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
