"""Crafted input that used to take minutes: the same answers, now in bounded time.

Each hang test guards with a generous wall-clock limit (the machine may be loaded); the
old time is in its comment. ``benchmarks/linearity.py`` measures the growth properly.
"""

from __future__ import annotations

import time

from analysis import analyze
from analysis.text.document import Document
from analysis.text.voice import voice_of

GUARD = 30.0  # seconds: an order of magnitude above the time now, far below the old one


def _timed_analysis(text: str):
    start = time.process_time()
    analysis = analyze(text)
    return analysis, time.process_time() - start


def _evidence(analysis) -> list[tuple[str, str, int, int]]:
    return [(e.extractor, e.label, e.start, e.end) for e in analysis.evidence]


def test_a_run_of_full_stops_is_one_sentence_in_bounded_time() -> None:
    # Took about 116 s (10 KB: 1.1 s): each full stop tried the run to its end.
    analysis, seconds = _timed_analysis("." * 100_000)
    assert [(s.start, s.end) for s in analysis.document.sentences] == [(0, 100_000)]
    assert _evidence(analysis) == []
    assert seconds < GUARD


def test_a_run_of_question_marks_is_one_question_in_bounded_time() -> None:
    # As slow as the full stops (about two minutes).
    analysis, seconds = _timed_analysis("?" * 100_000)
    assert [(s.start, s.end) for s in analysis.document.sentences] == [(0, 100_000)]
    assert _evidence(analysis) == [("rhetorical_questions", "rhetorical", 99_999, 100_000)]
    assert seconds < GUARD


def test_a_run_of_digits_is_one_number_in_bounded_time() -> None:
    # Specificity took about 70 s (10,000 digits: 18 s): a quantity was tried from each digit.
    analysis, seconds = _timed_analysis("7" * 20_000)
    assert _evidence(analysis) == [("specificity", "number", 0, 20_000)]
    assert seconds < GUARD


def test_sentence_ends_are_unchanged_by_the_possessive_boundary() -> None:
    text = ('Wait..... Next one?!?! Yes. "Really?!" he said. Mr. Smith and Dr. J.R.R. Tolkien '
            "met at 5 p.m. Then… left. Is it?… No!!! Ok?.. A.B.C.D.E.F.G.H. Next. approx. 5 km")
    assert [text[s.start : s.end] for s in Document(text).sentences] == [
        "Wait.....", "Next one?!?!", "Yes.", '"Really?!" he said.',
        "Mr. Smith and Dr. J.R.R. Tolkien met at 5 p.m. Then… left.", "Is it?…", "No!!!",
        "Ok?..", "A.B.C.D.E.F.G.H.", "Next. approx. 5 km",
    ]


def test_many_quotations_in_one_sentence_find_their_speakers() -> None:
    # A sentence of many quotations and attributions: each quotation's speaker was chosen
    # by trying every attribution of the sentence (quadratic); now by binary search.
    text = '"We will rebuild it," he said "and soon enough," the mayor said "for all of us," ' * 3
    analysis = analyze(text)
    quotes = [(e.start, e.end, e.extra.get("speaker")) for e in analysis.evidence
              if e.extractor == "sourcing" and e.label == "quote"]
    assert quotes == [  # as before the change: the nearest attribution with a source
        (1, 20, "he"), (31, 47, "he"), (65, 79, "the mayor"), (82, 101, "he"),
        (112, 128, "he"), (146, 160, "the mayor"), (163, 182, "he"), (193, 209, "he"),
        (227, 241, "the mayor"),
    ]
    assert len(voice_of(analysis.document).attributions) == 6


def test_many_questions_in_one_sentence_in_bounded_time() -> None:
    # "what? " without a capital after it never ends the sentence: every question searched
    # the sentence from its start, several times (40,000 characters: 7.5 s; this about 50 s).
    analysis, seconds = _timed_analysis("what? " * 16_667)
    questions = [e for e in _evidence(analysis) if e[0] == "rhetorical_questions"]
    assert len(questions) == 16_667
    assert {label for _, label, _, _ in questions} == {"rhetorical"}
    assert questions[:2] == [("rhetorical_questions", "rhetorical", 0, 5),
                             ("rhetorical_questions", "rhetorical", 6, 11)]
    assert seconds < GUARD


def test_a_sentence_of_many_attributions_in_bounded_time() -> None:
    # Was quadratic (coreference scanned the whole sentence for every source): 8,000 repeats
    # took 8 s, so 20,000 would take about 50 s; now under 2 s.
    doc = Document("according to " * 20_000)
    start = time.process_time()
    found = voice_of(doc).attributions
    assert time.process_time() - start < 20
    assert len(found) == 20_000 and {a.label for a in found} <= {"named", "anonymous", "vague"}
