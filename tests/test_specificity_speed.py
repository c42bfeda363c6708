"""The faster specificity paths give exactly what the plain ones gave.

Dates, quantities and numbers are sought only at their candidate positions
(``detail_matches``); the model's features are summed from per-word facts.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.extractors import specificity_model
from analysis.extractors.specificity import DETAIL_PATTERNS, NAME_RE, detail_matches
from analysis.extractors.specificity_details import NUMBER_WORDS, detail_starts
from analysis.intake.seeds import load_seeds
from analysis.text.document import Document

PIECES = ["May 4", "4 May 2020", "Sept. 3", "the mid-1990s", "late 90s", "2019", "1980s",
          "Monday", "last week", "yesterday", "$5 million", "€3", "£ 40", "12,000 people",
          "three dozen", "Two", "TWENTY", "half", "5%", "40 percent", "ſeven", "ſix",
          "x5", "a5", "1.5", "Fifty soldiers", "ten times", "is", "this", "word", "-", " ",
          "  ", "\n", ".", ",", "Ⅻ", "٣", "２", "Kelvin", "İ"]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=25).map(" ".join) | st.text(max_size=60)


def _plain(text: str, pos: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), label) for regex, label in DETAIL_PATTERNS
            for m in regex.finditer(text, pos, end)]


def _fast(text: str, pos: int, end: int) -> list[tuple[int, int, str]]:
    return detail_matches(text, pos, end)


@settings(max_examples=400, deadline=None)
@given(TEXTS, st.data())
def test_dates_quantities_and_numbers_match_as_with_the_plain_regex(text: str,
                                                                      data: st.DataObject) -> None:
    pos = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(pos, len(text)))
    assert _fast(text, pos, end) == _plain(text, pos, end)


def test_every_seed_sentence_matches_as_with_the_plain_regex() -> None:
    for seed in load_seeds():
        doc = Document(seed.text)
        for s in doc.sentences:
            assert _fast(doc.text, s.start, s.end) == _plain(doc.text, s.start, s.end)


def _features_as_before(words: list, labels: list[str]) -> dict[str, float]:
    """The feature code as it was before the per-word facts (kept here as the oracle)."""
    import math

    m = specificity_model
    n = len(words)
    if n == 0:
        return dict.fromkeys(m.FEATURES, 0.0)
    lowers = [t.lower for t in words]
    caps = m._capitals(words)
    kept = [w for w in lowers if w.isalpha() and not m.STRETCHED.search(w)]
    freqs = [m.zipf(w) for w in kept]
    content = [f for w, f in zip(kept, freqs, strict=True) if w not in m.FUNCTION]
    return {
        "log_words": math.log1p(n),
        "log_content": math.log1p(sum(1 for w in lowers if w not in m.FUNCTION)),
        "numbers": float(min(4, sum(1 for x in labels if x in m.NUMBER_LABELS))),
        "names": float(min(4, sum(1 for x in labels if x in m.NAME_LABELS))),
        "vague": float(min(3, labels.count("vague"))),
        "capitalised": caps / n,
        "capitals": float(min(6, caps)),
        "digits": sum(1 for t in words if any(c.isdigit() for c in t.text)) / n,
        "uncommon": float(min(6, sum(1 for f in freqs if f < m.UNCOMMON_ZIPF))),
        "rarest": min(freqs, default=m.COMMON_ZIPF),
        "familiar": sum(content) / len(content) if content else m.COMMON_ZIPF,
        "rare": sum(1 for w in lowers if w.isalpha() and w not in m._easy_words()) / n,
        "personal": sum(1 for w in lowers if w in m.PERSONAL) / n,
        "pronouns": sum(1 for w in lowers if w in m.POINTING) / n,
    }


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["I", "we", "He", "the", "Sooo", "yesss", "Mensah", "2020",
                                 "x9", "BRIDGE", "Bridge", "Shostakovich", "we", "It",
                                 "İstanbul", "ſo", "co-operation", "many"]), max_size=20)
       .map(" ".join) | st.text(max_size=40))
def test_features_are_those_of_the_plain_code(text: str) -> None:
    tokens = Document(text).tokens
    words = [t for t in tokens if t.is_word]
    labels = ["number", "vague", "person"][: len(words) % 4]
    expected = _features_as_before(words, labels)
    got = specificity_model.features(tokens, labels)
    assert list(got.items()) == list(expected.items())


def test_the_first_letter_class_holds_every_case_of_the_number_words_first_letters() -> None:
    import sys

    from analysis.extractors.specificity import DETAIL_WORD_FIRST

    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    assert set(re.findall("(?i:[tfsenhmbd])", every)) <= set(DETAIL_WORD_FIRST)


# The candidate scan and the name pattern as first written (kept here as oracles).
_PLAIN_WORDS = re.compile(
    r"(?=[ADFJMNOSTWelmntytfsenhmbdTFSENHMBD\u017f])(?<!\w)(?=Jan|Feb|Mar|Apr|May|Jun|Jul|Aug"
    r"|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|the\s+(?:early|mid|late)|early|mid|late"
    rf"|last|next|yesterday|(?i:{NUMBER_WORDS}))")
_PLAIN_NAME = re.compile(
    r"(?:[A-Z][\w’'.-]*|[A-Z]{2,})(?:\s+(?:(?:of|the|for|and|de|al)\s+)*(?:[A-Z][\w’'-]*))*")
CASED = st.lists(st.sampled_from(PIECES + ["the early", "mid", "Thursday", "SEPT", "yes",
                                           "thIRty", "ﬁfty", "ſixty", "The Ministry of Health",
                                           "U.S.", "O'Neill", "al Qaeda", "NATO's"])
                 .map(lambda p: p.swapcase() if len(p) % 3 == 0 else p), max_size=25)


@settings(max_examples=400, deadline=None)
@given(CASED.map(" ".join) | CASED.map("-".join) | st.text(max_size=60))
def test_candidates_and_names_are_those_of_the_plain_patterns(text: str) -> None:
    plain = sorted({*(m.start() for m in _PLAIN_WORDS.finditer(text)),
                    *(m.start() for m in re.finditer(r"[$€£¥]|(?<!\d)\d", text))})
    assert detail_starts(text) == plain
    assert [m.span() for m in NAME_RE.finditer(text)] == [
        m.span() for m in _PLAIN_NAME.finditer(text)]


def test_number_words_are_candidates_in_every_case_ignorecase_matches() -> None:
    for word in NUMBER_WORDS.split("|"):
        for i, letter in enumerate(word):
            for other in set(re.findall(f"(?i:{letter})", "".join(map(chr, range(0x10000))))):
                text = f"x {word[:i]}{other}{word[i + 1:]}"
                assert detail_starts(text) == [2], text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.floats(-1e3, 1e3) | st.integers(0, 40), min_size=14, max_size=14))
def test_the_probability_of_the_values_in_order_is_that_of_the_dict(numbers: list) -> None:
    values = dict(zip(specificity_model.FEATURES, numbers, strict=True))
    assert specificity_model.values_probability(tuple(numbers)) == (
        specificity_model.probability(values))


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.data())
def test_windows_at_once_match_as_each_window_with_the_plain_regex(
        text: str, data: st.DataObject) -> None:
    """Windows cut anywhere (inside a number, a date running past the end, gaps, windows
    touching): each gets the plain regexes' matches in its own window."""
    from analysis.extractors.specificity_details import windows_details

    cuts = sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=8)))
    windows = list(zip(cuts[::2], cuts[1::2], strict=False))
    assert windows_details(text, windows) == [_plain(text, s, e) for s, e in windows]


def test_windows_at_once_give_each_sentence_its_dates_and_numbers() -> None:
    from analysis.extractors.specificity_details import windows_details

    text = "On May 4 2020 we met. It cost $5 million. Nothing."
    windows = [(0, 9), (9, 21), (22, 42), (43, 51)]  # "On May 4 ", "2020 we met.", ...
    found = windows_details(text, windows)
    assert found == [
        [(3, 8, "date"), (7, 8, "number")], [(9, 13, "date"), (9, 13, "number")],
        [(30, 40, "quantity"), (31, 32, "number"), (33, 40, "number")], []]
    assert found == [_plain(text, s, e) for s, e in windows]
