"""Past its budget the subset dictionary parses every pattern: still the full positions."""

from __future__ import annotations

from pyphen import LANGUAGES, Pyphen

from analysis.extractors.readability import hyphenation
from analysis.extractors.readability.hyphenation import SubsetHyphDict

FULL = Pyphen(lang="en_US")
WORDS = ["hyphenation", "pyongyang", "defectors", "unprecedented", "kim", "thae", "yong-ho",
         "a", "", "co-operation", "zzyzx", "mississippi", "ambassador"]


def test_past_the_budget_every_pattern_is_parsed_and_positions_agree(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(hyphenation, "COVER_BUDGET", 4)
    pyphen = Pyphen.__new__(Pyphen)
    pyphen.left, pyphen.right, pyphen.hd = 2, 2, SubsetHyphDict(LANGUAGES["en_US"])
    seen = []
    for word in WORDS:
        seen.append(word)
        assert pyphen.positions(word) == FULL.positions(word)
        assert pyphen.hd.complete == (len(seen) > 4)
    assert pyphen.hd.patterns == FULL.hd.patterns
    assert all(pyphen.positions(w) == FULL.positions(w) for w in WORDS)
