"""The trie-compiled lexicon finds exactly what the plain one finds."""

from __future__ import annotations

from importlib import resources

import pytest

from analysis.lexicons import entries, lexicon
from analysis.lexicons.trie import trie_lexicon

NAMES = sorted(p.name.removesuffix(".tsv") for p in resources.files("analysis.lexicons").iterdir()
               if p.name.endswith(".tsv") and not p.name.startswith("paywall"))
SENTENCES = [
    "The European Union and Europeans argued over costly trade deals in Brussels.",
    "Critics say the so-called reform is a shameful, absurd waste of taxpayers' money!",
    "I think we must act now; the court ruled that the police broke the law.",
    "Officials reportedly said the   plan\xa0may cost billions, according to the minister.",
]


def matches(lex, text: str) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), lex.lookup(m.group()).label) for m in lex.regex.finditer(text)]


@pytest.mark.parametrize("name", NAMES)
def test_trie_matches_the_plain_lexicon(name: str) -> None:
    plain, trie = lexicon(name), trie_lexicon(name)
    every_term = " ; ".join(e.term.replace("*", "ed") for e in entries(name))
    for text in [*SENTENCES, every_term, every_term.upper()]:
        assert matches(trie, text) == matches(plain, text)


def test_a_phrase_wins_over_the_starred_word_it_starts_with() -> None:
    lex = trie_lexicon("frames_policy")
    assert [m.group() for m in lex.regex.finditer("the European Union and Europeans")] == [
        "European Union", "Europeans"]
