"""Superlatives held by someone, and rankings that count their set
(analysis/extractors/superlative_scope.py; issue 11, item 3). Sentences written for these
tests, each with every superlative flag it must give: (label, flagged text, source text
or None). A sourced flag with a source is one the scope rules handed to its holder."""

from __future__ import annotations

import pytest

from analysis.extractors import superlatives
from analysis.extractors.superlative_scope import held_by
from analysis.text.document import Document

CASES = [
    # A verb of fearing, believing or saying with a that-clause: the subject holds it ...
    ("The party leadership fears that sweeping plant closures could spark protests.",
     [("sourced", "sweeping", "The party leadership")]),
    ("The governor's aides believe that the new tax is the worst option.",
     [("sourced", "worst", None)]),  # the attribution layer's cue: sourced, no holder
    # ... and a participle after a comma, the sentence's opening subject ...
    ("Campaign aides met on Sunday, fearing that the worst attacks were yet to come.",
     [("sourced", "worst", "Campaign aides")]),
    # ... and a clause without "that" after a verb of believing.
    ("The county leadership feels the biggest danger is a cyberattack.",
     [("sourced", "biggest", "The county leadership")]),
    # A relative clause: the antecedent holds it, and "legal experts" is vague.
    ("The ruling set off alarm among legal experts, who worry that it shows a remarkable "
     "disregard for the courts.", [("unsourced", "remarkable", None)]),
    # A vague holder, the writer's own "we", an evidence verb: still unsourced.
    ("Almost everyone agrees the program was a deeply flawed law.",
     [("unsourced", "deeply", None)]),
    # A stance noun with its holder in a by-phrase or a possessive.
    ("The dispute began with complaints by the finance minister, Ana Ruiz, that the port's "
     "huge surpluses were distorting trade.",
     [("sourced", "huge", "the finance minister, Ana Ruiz")]),
    ("The dispute turned on the union's claim that the cuts were a staggering blow.",
     [("sourced", "staggering", "the union's")]),
    ("The board acted on his belief that the merger was a tremendous opportunity.",
     [("sourced", "tremendous", "his")]),
    # A noun naming a claim with no holder stays unsourced.
    ("There is a widespread belief that the plan is the best in the region.",
     [("unsourced", "the best", None)]),
    # A verb of describing or judging with "as": the describer, or the agent.
    ("Ms. Ruiz, however, paints herself as someone deeply involved in every deal.",
     [("sourced", "deeply", "Ms. Ruiz")]),
    # A poll that measures the claim in the same sentence.
    ("Voters overwhelmingly oppose the toll, a new Harbor Institute poll finds.",
     [("sourced", "overwhelmingly", "a new Harbor Institute poll")]),
    ("After hearing both cases, poll respondents found the most potent arguments were on "
     "taxes.", [("sourced", "most potent", "poll respondents")]),
    # A candidate who "polled at 15 percent" is no poll that measures the claim.
    ("The state was the strongest for Ruiz, who polled at 15 percent.",
     [("unsourced", "strongest", None)]),
    # A name is no verb: "the United States is" hands nothing to anyone.
    ("The United States has some of the most hostile rules in the developed world.",
     [("unsourced", "most hostile", None)]),
    # A ranking that counts its set, a ranking bounded by history ...
    ("Ohio and Florida, the two biggest winner-take-all prizes, vote next month.", []),
    ("He was arrested for one of history's largest frauds.", []),
    # ... but "two of the biggest" picks some out of an uncounted set, history's greatest
    # is no measure, and a record stays (annotators of propaganda count "record-breaking
    # numbers" as exaggeration).
    ("Two of the biggest names in the field clashed on Thursday.",
     [("unsourced", "biggest", None)]),
    ("He was one of history's greatest frauds.", [("unsourced", "greatest", None)]),
    ("Record-breaking crowds watched the parade.", [("unsourced", "Record-breaking", None)]),
    # No predicate at all: the writer's own superlative.
    ("It was the most stunning comeback of the season.", [("unsourced", "most stunning", None)]),
]


def _flags(text: str) -> list[tuple[str, str, str | None]]:
    out = []
    for e in superlatives.extract(Document(text)).evidence:
        src = e.extra.get("source")
        out.append((e.label, e.text, text[src[0]:src[1]] if src else None))
        if src:
            assert e.extra["source_text"] == text[src[0]:src[1]]
    return out


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_superlative_scope(text: str, expected: list) -> None:
    assert _flags(text) == expected


@pytest.mark.parametrize(("text", "word", "holder"), [
    # The holder the rules find, whatever the attribution layer makes of the sentence.
    ("Senior officials think the biggest danger is a cyberattack.", "biggest",
     "Senior officials"),
    ("The governor's aides believe that the new tax is the worst option.", "worst",
     "The governor's aides"),
    ("The mayor, who fears that the storm will be the worst in years, met aides.", "worst",
     "The mayor"),
    # A participle's holder is the opening subject, or the group it includes ...
    ("But many of the people we met, including senior party officials, stayed home, "
     "believing that the vote was the most important in years.", "most important",
     "many of the people we met, including senior party officials"),
    # ... and so is the holder of a stance noun after a preposition.
    ("The mayor delayed the vote on the assumption that the storm would be the worst in "
     "years.", "worst", "The mayor"),
    ("But many of the people we met stayed home, believing that the vote was the most "
     "important in years.", "most important", None),
    ("The rally was reviled by the mayor as the ugliest in memory.", "ugliest",
     "the mayor"),
    # No holder: an evidence verb, an agentless passive, a vague one, nothing reported.
    ("Leaked documents show he took a massive loss that year.", "massive", None),
    ("Ruiz is seen as the candidate with the best chance.", "best", None),
    ("Critics fear that the plan is the worst in years.", "worst", None),
    ("We fear that this is the greatest threat of our lifetimes.", "greatest", None),
    ("The rally was reviled by detractors as the ugliest in memory.", "ugliest", None),
    ("The plan is the worst in years.", "worst", None),
    # A refused or negated predicate hands nothing over; "say why" asks.
    ("The leadership did not fear that the cuts were the deepest in years.", "deepest", None),
    ("Ms. Ruiz refused to say that it was the worst vote in years.", "worst", None),
    ("The mayor explained why it was the worst vote in years.", "worst", None),
])
def test_holder(text: str, word: str, holder: str | None) -> None:
    doc = Document(text)
    start = text.index(word)
    got = held_by(doc, doc.sentences[0], start)
    assert (got["source_text"] if got else None) == holder
