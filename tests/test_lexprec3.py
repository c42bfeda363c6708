"""Word-list sense rules of round lexprec3 (issue 11, item 3): each class of false flag read
from the precision audit's read parts (fresh3 to fresh5), as sentences written for these
tests, with the flags that must stay beside them.

Each case lists every (extractor, label, span text) that hedging, superlatives and loaded
language must report, in text order; an empty list means none of them may flag anything.
"""

from __future__ import annotations

import pytest

from tests.test_lexctx import flags

CASES = [
    # Loaded: legal and procedural terms ...
    ("The board passed a contempt resolution against the clerk.", []),
    ("Poll workers were trained to spot voter intimidation.", []),
    ("He treated the clerk with contempt.", [("loaded_language", "loaded", "contempt")]),
    # ... a military invasion of a named country, destruction by arms or by disaster ...
    ("The 1990 invasion of Kuwait led to war.", []),
    ("The army said the rebel base was destroyed by airstrikes.", []),
    ("The revolt was crushed by the army within a week.", []),
    ("He said the new tax would destroy the town.", [("loaded_language", "loaded", "destroy")]),
    # ... movement and rivalry collocations, set phrases ...
    ("Prices swung wildly over the winter.", []),
    ("The two firms have been fierce competitors for years.", []),
    ("The plan covers what to do if the unthinkable happens.", []),
    ("Such a cut would be unthinkable.", [("loaded_language", "loaded", "unthinkable")]),
    ("The town is hostile to new housing, and the bid was a hostile takeover.", []),
    ("A late storm could doom the harvest.", [("hedging", "epistemic", "could")]),
    ("The aid fell short of the suffering of civilians in Yemen.", []),
    # ... a problem named as the object of a policy.
    ("The ministers agreed on new efforts against extremism and to fight corruption.", []),
    ("Corruption rots the council.", [("loaded_language", "loaded", "Corruption")]),
    # Name-calling: ordinary words, historical categories, "denounce" of a group ...
    ("The mayor called for radical reform, and the plan was radical enough.", []),
    ("The losers in the vote went home, and the winner and the loser shook hands.", []),
    ("He compared the plan to the methods of 20th century dictators.", []),
    ("The senator urged the mayor to denounce white supremacist groups.", []),
    ("He denounced them as white supremacists.",
     [("loaded_language", "name_calling", "supremacists")]),
    ("He called his rival a loser.", [("loaded_language", "name_calling", "loser")]),
    # Superlatives: a hype word that is a verb ...
    ("He is close to sweeping the three primaries next week.", []),
    ("She could not bring herself to utter his name.", []),
    ("The vote was an utter disaster for the party, a sweeping defeat.",
     [("superlatives", "unsourced", "utter"), ("loaded_language", "loaded", "disaster"),
      ("superlatives", "unsourced", "sweeping")]),
    # ... a survey scale, a physical size, a rounded figure ...
    ("Forty percent were extremely or very satisfied with the service.", []),
    ("The band played under an enormous honey locust tree.", []),
    ("The fund had a little more than $12 million in cash.", []),
    ("It was an enormous mistake, little more than a stunt.",
     [("superlatives", "unsourced", "enormous"),
      ("superlatives", "unsourced", "little more than"), ("loaded_language", "loaded", "stunt")]),
    # ... a ranking by audience, rating or donation; a subgroup; an idiom ...
    ("The final drew one of the biggest audiences yet for the league.", []),
    ("It was the highest rated broadcast of the season.", []),
    ("The firm is owned partly by the senator's biggest super PAC donor.", []),
    ("Some of the biggest critics of the plan were farmers.", []),
    ("The most leftward wing of the party walked out.", []),
    ("The coastal counties loom largest in the race.", []),
    # ... the field "in history"; electoral and funding terms.
    ("The town's customs, rooted in history, remain.", []),
    ("She won a decisive victory in the primary, and the group can raise unlimited sums.",
     []),
    ("It played a decisive role.", [("superlatives", "unsourced", "decisive role")]),
    ("It was the best speech in history.",
     [("superlatives", "unsourced", "the best"), ("superlatives", "unsourced", "in history")]),
    # Hedging: "whether" after a verb or adjective of finding out ...
    ("Investigators are trying to determine whether a crime was committed.", []),
    ("It remains unclear whether the vote will be held.",
     [("hedging", "epistemic", "unclear")]),
    ("One of the biggest questions on the floor was whether he would force a vote.",
     [("superlatives", "unsourced", "biggest")]),
    # ... "could" of means or ability, "might" the noun, "assumed" of taking on, "think"
    # giving an example ...
    ("They changed the list so Clinton could email the office.", []),
    ("The host asked how she could run that far in a day.", []),
    ("They do not turn their military might against the threat.", []),
    ("The speaker had assumed the office of acting president.", []),
    ("A politician's slip (think Anthony Weiner) can spread fast.", []),
    # ... while the hedges stay.
    ("Clinton could win the state, and the rain might stop.",
     [("hedging", "epistemic", "could"), ("hedging", "epistemic", "might")]),
    ("We assumed the plan would fail.", [("hedging", "epistemic", "assumed")]),
    ("I think Anthony Weiner will run.", [("hedging", "epistemic", "I think")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_word_lists_read_the_sense(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert flags(text) == expected
