"""The voice layer's faster paths give what the plain ones gave: single quotation marks
paired with only opening marks looked for while none is open, a quotation's kind read from
its first seven words, and a source phrase cleaned with each token lowered once."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.extractors.question_rhetoric import FIRST_PERSON_RE, SAY_RE
from analysis.text.document import Document
from analysis.text.quote_marks import ELISION, SINGLE_LIMIT, pair_single
from analysis.text.span_repair import clean
from analysis.text.voice import find_quotes

EVERY_MARK = re.compile("[\n‘’'`]")


def plain_pair_single(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """pair_single as first written: every mark, apostrophe and line break visited."""
    spans, single, i = [], None, start
    while i < end:
        found = EVERY_MARK.search(text, i, end)
        if found is None:
            break
        i = found.start()
        ch = text[i]
        first = text.startswith("'''", i) and i > start and not text[i - 1].isspace()
        if (text.startswith("''", i) and not first) or text.startswith("``", i):
            i += 2
            continue
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        if ch == "\n":
            single = None
        elif ch in "‘'" and single is None and not before.isalnum() and after.isalnum() \
                and not ELISION.match(text, i):
            single = i + 1
        elif ch in "’'" and single is not None and (before.isalnum() or before in ".,!?;:)") \
                and not after.isalnum() and i - single < SINGLE_LIMIT:
            spans.append((single, i))
            single = None
        i += 1
    return spans


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab ’‘'`\n.", max_size=60), st.integers(0, 5))
def test_single_marks_pair_as_when_every_mark_was_visited(text: str, start: int) -> None:
    start = min(start, len(text))
    assert pair_single(text, start, len(text)) == plain_pair_single(text, start, len(text))


def test_apostrophes_inside_a_single_quotation() -> None:
    text = "He called it ‘the Smiths’ party’ and ``don't'' go, it's 'late' now"
    assert [text[s:e] for s, e in pair_single(text, 0, len(text))] == [
        "the Smiths", "late"]


def kinds(text: str) -> list[tuple[str, str]]:
    return [(text[q.start:q.end], q.kind) for q in find_quotes(Document(text))]


def test_a_quotation_is_judged_by_its_first_seven_words() -> None:
    assert kinds('He read "The Art Of The Deal Again Today" twice.') == [
        ("The Art Of The Deal Again Today", "direct")]  # seven capitalised words
    assert kinds('He read "The Art Of The Deal Again" twice.') == [
        ("The Art Of The Deal Again", "scare")]  # six: a title
    assert kinds('It was "fake news" to him.') == [("fake news", "scare")]
    assert kinds('"Fake news," he said.') == [("Fake news,", "direct")]
    long = " ".join(["word"] * 300)
    assert kinds(f'She wrote "{long}" once.') == [(long, "direct")]


def phrase(text: str) -> list[str]:
    return [t.text for t in clean(Document(text).tokens)]


def test_source_phrases_are_cleaned_as_before() -> None:
    assert phrase("Story Continued Below the mayor") == ["the", "mayor"]
    assert phrase("yet Vatican officials") == ["Vatican", "officials"]
    assert phrase("(CNN) Officials") == ["Officials"]
    assert phrase("Arizona -- the state -- officials") == ["officials"]
    assert phrase("said Rep. Ruiz") == ["Rep", ".", "Ruiz"]
    assert phrase("said") == ["said"]  # nothing after the cut: the phrase is kept


WORDS = ["I", "We", "we", "our", "Our", "my", "My", "me", "us", "said", "says", "told",
         "according to", "added", "x", "é", "_", " ", "-", "1", "Isaid", "mus", "usI"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=10))
def test_register_patterns_match_as_their_word_boundary_forms(words: list[str]) -> None:
    text = "".join(words)
    for fast, plain in ((SAY_RE, r"\b(?:said|says|told|according to|added)\b"),
                        (FIRST_PERSON_RE, r"\b(?:I|[Ww]e|[Oo]ur|[Mm]y|me|us)\b")):
        assert [m.span() for m in fast.finditer(text)] == [
            m.span() for m in re.finditer(plain, text)]


def test_register_patterns_on_a_sentence() -> None:
    text = "I said we told us, my friend; Islam says more, according to Ammy."
    assert [m.group() for m in SAY_RE.finditer(text)] == ["said", "told", "says",
                                                          "according to"]
    assert [m.group() for m in FIRST_PERSON_RE.finditer(text)] == ["I", "we", "us", "my"]
