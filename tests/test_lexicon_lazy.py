"""A text's own lexicon regex (only the terms it can contain) finds what the full one finds."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.intake.seeds import load_seeds
from analysis.lexicons import Lexicon, entries, lexicon
from analysis.lexicons.lazy import (
    END,
    IN,
    NEVER,
    START,
    SUSPECT,
    WORD,
    LazyRegex,
    Vocabulary,
    fold,
    lazy_re,
    needs,
)
from analysis.lexicons.trie import trie_lexicon

NAMES = sorted(p.stem for p in (Path(__file__).parents[1] / "analysis/lexicons").glob("*.tsv"))


def fresh(lex: Lexicon) -> LazyRegex:
    """The lexicon's regex as a new process has it: nothing compiled yet."""
    return LazyRegex(lex.regex.terms, lex.regex.write)


def same(lex: Lexicon, text: str, *window: int) -> None:
    full = [(m.span(), m.group()) for m in lex.regex.full.finditer(text, *window)]
    own = [(m.span(), m.group()) for m in fresh(lex).for_text(text).finditer(text, *window)]
    assert own == full


def _every_term(name: str) -> str:
    return " ; ".join(e.term.replace("*", "ed") for e in entries(name))


def test_a_text_gets_the_full_regexs_matches_from_its_own_regex() -> None:
    texts = [s.text for s in load_seeds()]
    for name in NAMES:
        every = _every_term(name)
        for lex in (lexicon(name), trie_lexicon(name)):
            for text in [*texts, every, every.upper(), every.title()]:
                same(lex, text)
                same(lex, text, len(text) // 3, 2 * len(text) // 3)


def test_a_search_that_ends_inside_a_word_matches_alike() -> None:
    """A search's end is the end of the text for ``re``: "said" matches in "saidxq" cut
    after "said", so a term's last word may be only the start of a word of the text."""
    for name in NAMES:
        spelled = [e.term.replace("*", "ed") for e in entries(name)]
        text = " ; ".join(term + "xq" for term in spelled)
        for lex in (lexicon(name), trie_lexicon(name)):
            own, pos = fresh(lex).for_text(text), 0
            for term in spelled:
                window = (pos, pos + len(term))
                assert [m.span() for m in own.finditer(text, *window)] == [
                    m.span() for m in lex.regex.full.finditer(text, *window)], term
                pos += len(term) + len("xq ; ")


def test_only_the_terms_a_text_can_contain_are_compiled() -> None:
    lex = lexicon("hedges")
    regex = fresh(lex)
    own = regex.for_text("Officials MAY resign, reportedly.")
    assert regex._full is None  # the full regex is not compiled
    assert own.pattern == r"(?<![\w-])(?:reportedly|may)(?![\w-])"  # longest first
    assert [m.group() for m in own.finditer("Officials MAY resign, reportedly.")] == [
        "MAY", "reportedly"]
    assert regex.for_text("Officials MAY resign, reportedly.") is own  # kept for the text
    assert len(own.pattern) < len(regex.full.pattern) // 20
    assert regex.for_text("anything") is regex.full  # once compiled, the full one


def test_a_text_with_no_term_gets_a_regex_that_matches_nothing() -> None:
    regex = fresh(lexicon("hedges"))
    assert regex.for_text("Zebras graze.") is NEVER
    assert list(NEVER.finditer("")) == [] and list(NEVER.finditer("Zebras graze.")) == []


def test_a_suspect_character_gets_the_full_regex() -> None:
    regex = fresh(trie_lexicon("frames_policy"))
    assert fold("Kiſſ THE İ") is None and fold("Kiss") == "kiss"
    assert regex.for_text("the \u0130stanbul talks") is regex.full


def test_lowering_tells_what_ignorecase_matches_for_every_letter_of_every_term() -> None:
    """Outside SUSPECT, ``re`` (IGNORECASE) matches a character of a term with a character
    of a text exactly when their ``str.lower()`` are equal, and lowering keeps a character
    one character: the ground of dropping a term whose lowered pieces are not in the
    lowered text. Every character Python knows is checked."""
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    assert all(len(ch.lower()) == 1 for ch in every if ch not in SUSPECT)
    by_lower: dict[str, set[str]] = {}
    for ch in every:
        by_lower.setdefault(ch.lower(), set()).add(ch)
    letters = {ch for name in NAMES for e in entries(name) for ch in e.term + e.term.lower()
               if not ch.isspace() and ch != "*" and ch not in SUSPECT}
    for ch in sorted(letters):
        matched = set(re.findall(re.escape(ch), every, re.IGNORECASE)) - SUSPECT
        assert matched == by_lower[ch.lower()] - SUSPECT, ch
    word = re.compile(r"\w")
    assert all(bool(word.match(ch)) == bool(word.match(ch.lower()))
               for ch in every if ch not in SUSPECT)  # a word character stays one


def test_what_a_term_needs_of_the_text() -> None:
    assert needs("reportedly") == ((START, "reportedly"),)  # a search may end mid-word
    assert needs("it is said") == ((WORD, "it"), (WORD, "is"), (START, "said"))
    assert needs("shock*") == ((START, "shock"),)
    assert needs("*gate") == ((IN, "gate"),)  # its end may be cut short too
    assert needs("*gate affair") == ((END, "gate"), (START, "affair"))
    assert needs("arch-* foe") == ((WORD, "arch"), (START, "foe"))
    assert needs("U.S. officials") == ((WORD, "u"), (WORD, "s"), (START, "officials"))
    assert needs("*mid*") == ((IN, "mid"),) and needs("ſo") is None
    words = Vocabulary("the u.s. officials, shocking!")
    assert words.has(WORD, "u") and not words.has(WORD, "shock")
    assert words.has(START, "shock") and words.has(END, "ing") and words.has(IN, "s. of")
    assert words.keep(["shock*", "U.S. officials", "it is said", "*gate", "offic*"]) == [
        "shock*", "U.S. officials", "offic*"]


def test_starred_lookups_compile_one_regex_once(monkeypatch) -> None:
    lex = lexicon("loaded_language")
    compiled: list[str] = []
    real = re.compile
    monkeypatch.setattr(re, "compile", lambda p, f=0: compiled.append(p) or real(p, f))
    lex._memo.clear()
    lex._search[2] = None
    starred = [e for e in entries("loaded_language") if e.term.endswith("*")]
    assert len(starred) > 30 and starred[-2].term == "sham*"
    assert lex.lookup("Shamming") == starred[-2]
    assert lex.lookup("Disgustedly") == next(e for e in starred if e.term == "disgust*")
    assert len(compiled) == 1  # all starred terms in one regex, compiled on first use


WORDS = sorted({w.replace("*", "ing") for n in ("hedges", "frames_policy", "superlatives")
                for e in entries(n) for w in e.term.split()})


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(sorted(SUSPECT)),
                          st.sampled_from([" ", "-", ", ", "\xa0", "K", "İ", "ſ"])),
                max_size=40),
       st.sampled_from(["hedges", "frames_policy", "superlatives"]))
def test_random_texts_of_terms_match_alike(parts: list[str], name: str) -> None:
    text = "".join(parts)
    for lex in (lexicon(name), trie_lexicon(name)):
        same(lex, text)
        same(lex, text.upper())


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=30),
       st.sampled_from(["hedges", "frames_policy", "superlatives", "attribution_cues"]),
       st.integers(min_value=0, max_value=400), st.integers(min_value=0, max_value=400))
def test_any_window_of_a_text_matches_alike(words: list[str], name: str, a: int,
                                            b: int) -> None:
    """A search from or to the middle of a word ("shocking" cut to "shock") too."""
    text = " ".join(words)
    for lex in (lexicon(name), trie_lexicon(name)):
        same(lex, text, min(a, b), max(a, b))


def test_a_lazy_pattern_is_compiled_on_first_use_and_is_then_the_pattern() -> None:
    pattern = lazy_re(r"(\w+) (?P<last>\w+)", re.I)
    assert "search" not in vars(pattern)  # not compiled yet
    assert pattern.search("say Hello World").group("last") == "Hello"
    compiled = re.compile(r"(\w+) (?P<last>\w+)", re.I)
    assert vars(pattern)["search"] == compiled.search  # the compiled pattern's own method
    assert (pattern.pattern, pattern.flags, pattern.groups) == (
        compiled.pattern, compiled.flags, compiled.groups)
    assert [m.span() for m in pattern.finditer("a b c d")] == [(0, 3), (4, 7)]
    assert pattern.sub(r"\2 \1", "one two") == "two one"


def test_after_a_few_texts_the_whole_regex_serves_every_text() -> None:
    from analysis.lexicons.lazy import OWN_REGEX_TEXTS, LazyRegex

    lazy = LazyRegex(["harbour", "pier"], lambda terms: "|".join(terms))
    whole = lazy._compile(lazy.terms).pattern
    texts = [f"The pier number {k} is old." for k in range(OWN_REGEX_TEXTS)]
    assert all(lazy.for_text(t).pattern != whole for t in texts)  # only "pier" in each
    assert lazy._full is None
    assert lazy.for_text("The pier is new.").pattern == whole  # then the whole regex
    assert lazy._full is not None
