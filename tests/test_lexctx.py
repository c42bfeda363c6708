"""Context before lexicon (issue 11): every class of false flag found on real pages for the
word-list extractors, and the clear misses, each as sentences written for these tests.

Each case lists every (extractor, label, span text) that hedging, superlatives and loaded
language must report, in text order; an empty list means none of them may flag anything.
"""

from __future__ import annotations

import pytest

from analysis import analyze
from analysis.text.document import Document
from analysis.text.names import names_of

WORD_LISTS = ("hedging", "superlatives", "loaded_language")


def flags(text: str) -> list[tuple[str, str, str]]:
    result = analyze(text)
    found = [(e.start, name, e.label, e.text)
             for name in WORD_LISTS for e in result.results[name].evidence]
    return [(name, label, span) for _, name, label, span in sorted(found)]


CASES = [
    # Titles of works, company and product names, a spell in a game: names, not word choice.
    ("The cast of the film Bombshell walked the red carpet on Sunday.", []),
    ("The cast of “Bombshell” walked the red carpet on Sunday.", []),
    ("Players sued Epic Games over the refund policy.", []),
    ("Epic Games said on Monday that it would appeal.", []),
    ("In the game, the wizard can cast Fury six times before resting.", []),
    ("Shares of Deadly Creatures Ltd rose 4% on Tuesday.", []),
    # ... but a loaded word or hype written in lower case still counts.
    ("The fury of the crowd grew.", [("loaded_language", "loaded", "fury")]),
    ("It was an epic failure.", [("superlatives", "unsourced", "epic")]),
    # A phrase capitalised as a whole is the phrase written large, not a name.
    ("They are the agents of the Deep State.", [("loaded_language", "loaded", "Deep State")]),
    # A group word capitalised as English does is still a label.
    ("He called his rival a Nazi.", [("loaded_language", "name_calling", "Nazi")]),
    # Literal and technical senses.
    ("The dog ate rat poison left in the garage.", []),
    ("Gulls and other birds act as predators of the young turtles.", []),
    ("Congress approved disaster relief for the flooded towns.", []),
    ("She writes horror novels set in Maine.", []),
    ("The regime tried to poison the debate.", [("loaded_language", "loaded", "poison")]),
    ("Online predators target children.", [("loaded_language", "name_calling", "predators")]),
    # "so-called" introducing a name, against "so-called" as a sneer.
    ("Tourists crowd the so-called Latin Quarter every summer.", []),
    ("The so-called experts got it wrong.", [("loaded_language", "name_calling", "so-called")]),
    # A political position placed before the body it describes, in the writer's voice.
    ("The right-wing populist party won 20 seats.", []),
    ("Far-right groups marched through the city.", []),
    ("The far-right thugs attacked the stall.",
     [("loaded_language", "name_calling", "far-right"),
      ("loaded_language", "name_calling", "thugs")]),
    ("The former Iraqi dictator Saddam Hussein was tried in 2006.", []),
    ("The president is a dictator.", [("loaded_language", "name_calling", "dictator")]),
    ("He uses the bully pulpit often, and the tax picks winners and losers.", []),
    # Rankings, counts and measurements are not hype.
    ("Latinos are the largest voting group in the state.", []),
    ("Latinos are the largest group of voters in the state.", []),
    ("Tromsø is the most northern city on the route.", []),
    ("It is the third largest city in the country.", []),
    ("The party took the most seats in Sunday's election.", []),
    ("The uninsured rate is the lowest ever recorded.", []),
    ("Nearly 100 percent of the ballots were counted.", []),
    ("It was the biggest threat to peace.", [("superlatives", "unsourced", "biggest")]),
    # Hedges: ability and "whether" are not hedges (the doubt word is: "unclear whether").
    ("No one could predict the storm's path.", []),
    ("Nobody could have known the bridge was weak.", []),
    ("They moved the vote so that members could attend.", []),
    ("Whether it is a house or a bridge, the rules are the same.", []),
    ("Prices differ depending on whether the buyer pays cash.", []),
    ("Officials are investigating whether the fire was set.", []),
    ("It is unclear whether the fire was set.", [("hedging", "epistemic", "unclear")]),
    ("The storm could reach the coast by Friday.", [("hedging", "epistemic", "could")]),
    ("Palmieri accused Sanders of copying the plan.", []),
    ("The mayor was accused of taking bribes.", [("hedging", "epistemic", "accused")]),
    ("Carson suggested cutting the budget.", []),
    # Clear misses, now caught.
    ("The academy snubbed the director again.", [("loaded_language", "loaded", "snubbed")]),
    ("The company was caught in a death spiral.",
     [("loaded_language", "loaded", "death spiral")]),
    ("It was a historic upset for the home team.",
     [("superlatives", "unsourced", "historic upset")]),
    ("For many people, the change came too late.", [("hedging", "weasel", "For many people")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_word_lists_read_the_context(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert flags(text) == expected


BOOSTERS = [
    ("Teachers played a crucial role in the recovery.", ["crucial role"]),
    ("The result is particularly noteworthy.", ["particularly noteworthy"]),
    ("Even more intriguing is the timing.", ["Even more intriguing"]),
    ("The figures show a stark contrast with last year.", ["stark contrast"]),
    ("The poll is a clear indication of change.", ["clear indication"]),
    # Everyday intensifiers and descriptive uses stay out.
    ("The skies were clear and strong winds blew.", []),
    ("The result was very important.", []),
    ("Striking workers marched on Friday.", []),
    ("Voters in Lake and Stark counties went to the polls.", []),
]


@pytest.mark.parametrize(("text", "spans"), BOOSTERS)
def test_boosters_are_their_own_kind(text: str, spans: list[str]) -> None:
    ev = analyze(text).results["superlatives"].evidence
    assert [e.text for e in ev if e.extra["kind"] == "booster"] == spans
    assert [e.extra["kind"] for e in ev] == ["booster"] * len(spans)


def test_boosters_are_counted_apart_and_sourced_like_the_rest() -> None:
    text = ("The poll is a clear indication of change. “It played a crucial role,” said "
            "Mayor Ana Ruiz. It was the worst storm in history.")
    result = analyze(text).results["superlatives"]
    assert [(e.text, e.label) for e in result.evidence] == [
        ("clear indication", "unsourced"), ("crucial role", "sourced"),
        ("worst", "unsourced"), ("in history", "unsourced")]
    assert result.counts == {"count": 4, "unsourced": 2, "sourced": 0,
                             "booster_unsourced": 1, "booster_sourced": 1,
                             "narrator_count": 3}


def test_a_dateline_is_a_place_not_an_organisation() -> None:
    text = "LOS ANGELES, Nov. 2 (AP) — The studio said on Monday it would appeal."
    spans = names_of(Document(text)).spans
    assert [(text[s.start:s.end], s.kind) for s in spans if s.kind == "dateline"] == [
        ("LOS ANGELES, Nov. 2", "dateline")]
    found = [(e.label, e.text) for e in analyze(text).results["specificity"].evidence
             if e.text == "LOS ANGELES"]
    assert found == [("place", "LOS ANGELES")]


def test_a_headline_in_title_case_is_no_name_but_a_list_of_people_is() -> None:
    doc = Document("Massive Protests Erupt Across The Capital\n"
                   "Guests: Ed Failor, Doug Gross, Phil Noble and Tim Hagle.")
    kinds = [(doc.text[s.start:s.end], s.kind) for s in names_of(doc).spans]
    assert kinds == [("Ed Failor", "name"), ("Doug Gross", "name"), ("Phil Noble", "name"),
                     ("Tim Hagle", "name")]
    assert [e.text for e in analyze(doc.text).results["superlatives"].evidence] == ["Massive"]


def test_fixed_loaded_phrases_are_never_reported() -> None:
    from analysis.lexicons import entries

    for entry in entries("loaded_language"):
        if entry.label == "fixed":
            text = f"They wrote {entry.term} on the board."
            assert analyze(text).results["loaded_language"].evidence == [], entry.term


def test_many_quoted_titles_in_one_sentence_in_bounded_time() -> None:
    # Took 44 s for 5,000 (quadratic) while the names layer was written: each quotation
    # judged its whole sentence's capitals again. Now about 1.5 s.
    import time

    text = "the film “Bombshell” " * 5_000
    start = time.process_time()
    spans = names_of(Document(text)).spans
    assert len(spans) == 5_000 and {s.kind for s in spans} == {"title"}
    assert time.process_time() - start < 30.0


def test_capitalised_runs_join_glue_words_only_between_capitals() -> None:
    from analysis.text.document import Document
    from analysis.text.names import _runs

    doc = Document("Officials at the Bank of America and Wells Fargo of the West met "
                   "NASA staff in Rio de Janeiro and New York.")
    runs = [" ".join(t.text for t in run) for run in _runs(doc.sentences[0])]
    assert runs == ["Officials", "Bank of America and Wells Fargo", "West",
                    "Rio de Janeiro and New York"]


def test_a_literal_sense_is_found_by_the_rules_whose_head_opens_the_word() -> None:
    from analysis.extractors.context import literal_sense
    from analysis.text.document import Document

    def sense(text: str, word: str) -> bool:
        sent = Document(text).sentences[0]
        start = text.index(word)
        return literal_sense(sent, start, start + len(word))

    assert sense("The rat poison killed the dog.", "poison")
    assert not sense("His rhetoric is poison to the debate.", "poison")
    assert sense("Wolves are predators of deer.", "predators") == sense(
        "Wolves are PREDATORS of deer.", "PREDATORS")
