"""Precision of the word lists on news (issue 11): each class of false flag found in the
flag audit's develop part (benchmarks/audit), as sentences written for these tests, with
the flags that must stay beside them.

Each case lists every (extractor, label, span text) that hedging, superlatives and loaded
language must report, in text order; an empty list means none of them may flag anything.
"""

from __future__ import annotations

import pytest

from tests.test_lexctx import flags

CASES = [
    # Hedging: "whether" opening a reported question is no hedge ...
    ("The reporter asked whether the plant would close.", []),
    ("There are questions about whether the mayor will run again.", []),
    ("She wanted to know whether the council had voted.", []),
    # ... think/believe of ability, independence, trust or faith ...
    ("I can't think for my neighbours.", []),
    ("When we think of the harbour, we think of boats.", []),
    ("There is no reason to believe them now.", []),
    ("Many villagers believe in ghosts.", []),
    ("I believe them to be honest.", [("hedging", "epistemic", "I believe")]),
    ("I think the bridge will hold.", [("hedging", "epistemic", "I think")]),
    # ... "whether" in a list of alternatives, "possibly" stretching an ability ...
    ("It is done for every group, whether it's the Irish, whether it's the Poles.", []),
    ("Asked by a host whether she had practised, she laughed.", []),
    ("The question is whether it will pay off.", []),
    ("They are to blame whether they did it or not.", []),
    ("I train as much as I possibly can.", []),
    ("He was asked what he thought the mayor would say.", []),
    ("Whether he knew is unclear.", [("hedging", "epistemic", "unclear")]),
    # ... "accused" in the active, and nouns that name a claim.
    ("She had also publicly accused the mayor of lying.", []),
    ("Stein, a doctor and longtime activist, accused the committee of sabotage.", []),
    ("A professor, accused by the government of plotting, fled.",
     [("hedging", "epistemic", "accused")]),
    ("The inspector determined that the allegation was false.", []),
    ("He never spread the birther rumors.", []),
    ("There were rumors that the mayor would resign.", [("hedging", "epistemic", "rumors")]),
    ("The firm faces allegations of fraud.", [("hedging", "epistemic", "allegations")]),
    # Superlatives: rankings bounded in time or place, and plain quantities ...
    ("The final drew 80 million viewers, the largest audience for a final since 1990.", []),
    ("Tuesday drew the largest crowd of the campaign yet.", []),
    ("The Courier is the state's largest newspaper.", []),
    ("The match was the most-watched game in the league.", []),
    ("She most recently ran the port, and most-recently the board.", []),
    ("The storm left virtually no trace, and a handful of roofs fell.", []),
    ("It was one of the year's largest deals.", []),
    ("His biggest hit so far was a spy film.", [("superlatives", "unsourced", "biggest")]),
    ("The bank advised on the eight largest deals of the year.", []),
    ("The final was the most watched broadcast of the season.", []),
    ("They are two of the least liked candidates in history.", []),
    ("She had the most at risk, and he drew the most attention.", []),
    ("It was the worst deal in history.",
     [("superlatives", "unsourced", "worst"), ("superlatives", "unsourced", "in history")]),
    # ... a subgroup, a denial, a question, an idiom, an adverb ...
    ("The speech won over some of the most loyal supporters of the governor.", []),
    ("Cutting taxes is not the best way to fix the roads.", []),
    ("Voters ask which candidate is the best advocate for farmers.", []),
    ("Everyone in the village wishes them the best.", []),
    ("Those who lose the most are the poor.", []),
    # ... and quoted words are someone's, even with no speaker found.
    ("The mayor pledged help for a flood \"of epic proportions,\" despite the cost.",
     [("superlatives", "sourced", "of epic proportions")]),
    # Hype still counts.
    ("It was the biggest threat to the harbour.", [("superlatives", "unsourced", "biggest")]),
    ("It is the most questionable plan I have seen.",
     [("superlatives", "unsourced", "most questionable")]),
    # Loaded language: standard terms and literal senses.
    ("A terror attack hit the city, and the terror debate went on.", []),
    ("Towns devastated by the hurricane got aid.", []),
    ("Gross domestic product rose 2 percent.", []),
    ("He took it as a personal insult, and his hostility to the plan grew.", []),
    ("Millions were displaced by conflict or persecution last year.", []),
    ("The report charged the group with mass atrocities.", []),
    ("The owner built a cult of personality.", []),
    ("The pilot was found guilty of gross negligence.", []),
    ("Officials found a militant training camp near the border.", []),
    ("Fans at the race waited for wrecks.", []),
    ("The museum tells the history of slavery, and he lobbed insults at the crowd.", []),
    ("Terror gripped the town.", [("loaded_language", "loaded", "Terror")]),
    # Name-calling: names, descriptive political and religious terms ...
    ("Jews fled Nazi Germany in 1938.", []),
    ("Radicalized Islamists joined jihadist groups, and white supremacists marched.", []),
    ("She joined the right-wing crusade against communism.",
     [("loaded_language", "loaded", "crusade")]),
    ("They vowed to defeat the scourge of radical Islamic terrorism.",
     [("loaded_language", "loaded", "scourge")]),
    ("The plan needs radical changes.", []),
    ("Criminal gangs run the port.", []),
    # ... a label mentioned or used as a verb, and "so-called" before a coined term ...
    ("She avoided the charged term, \"radical Islam,\" in the debate.", []),
    ("Rivals try and demagogue this issue.", []),
    ("He was an architect of the so-called surge.", []),
    # ... against labels pinned on people.
    ("He called them radical extremists.",
     [("loaded_language", "name_calling", "radical"),
      ("loaded_language", "name_calling", "extremists")]),
    ("Radical leftists took over the party.",
     [("loaded_language", "name_calling", "Radical"),
      ("loaded_language", "name_calling", "leftists")]),
    ("The voters were appalled by the hateful extremists.",
     [("loaded_language", "loaded", "appalled"), ("loaded_language", "loaded", "hateful"),
      ("loaded_language", "name_calling", "extremists")]),
    ("The so-called \"establishment\" lost again.",
     [("loaded_language", "name_calling", "so-called")]),
    ("He blasted the bully and demagogue in his speech.",
     [("loaded_language", "loaded", "bully"), ("loaded_language", "name_calling", "demagogue")]),
    ("He called his rival a Nazi.", [("loaded_language", "name_calling", "Nazi")]),
    # a superlative handed to those who judge it is sourced, and so is its frame
    ("The two ex-mayors are reviled by their critics as the worst to run the port.",
     [("superlatives", "sourced", "worst")]),
    ("The old mayor is often rated one of the worst in history.",
     [("superlatives", "sourced", "worst"), ("superlatives", "sourced", "in history")]),
    ("Town leaders see her as a truly invaluable asset.",
     [("superlatives", "sourced", "invaluable asset")]),
    ("She is the worst mayor in history.",
     [("superlatives", "unsourced", "worst"), ("superlatives", "unsourced", "in history")]),
    # a measured superlative given with its count is a measurement
    ("The union is the largest in the port with 900 members.", []),
    ("The union is the greatest in the port, with 900 proud members.",
     [("superlatives", "unsourced", "greatest")]),
    # technical senses: legal, electoral, emergency relief
    ("The paper acted with reckless disregard for the facts, the judge found.", []),
    ("She needs 300 more votes to win the seat outright.", []),
    ("Flood survivors and other disaster victims were housed in the school.", []),
    ("The plan was reckless and its launch a disaster.",
     [("loaded_language", "loaded", "reckless"), ("loaded_language", "loaded", "disaster")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_word_lists_read_the_sense(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert flags(text) == expected
