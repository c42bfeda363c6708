"""Characters whose lower case has another length ("İ" lowers to "i" and a combining dot)
must neither crash an extractor nor shift a span: offsets come from matches on the text
itself, never from a lowered copy of it."""

from __future__ import annotations

from analysis import analyze
from analysis.lexicons import lexicon


def _spans(text: str, extractor: str | None = None) -> list[tuple[str, str, int, int, str]]:
    analysis = analyze(text)
    out = []
    for e in analysis.evidence:
        assert text[e.start : e.end] == e.text
        wanted = e.extractor not in {"framing", "genre"} if extractor is None else \
            e.extractor == extractor  # frame and genre cues are not highlighted
        if wanted:
            out.append((e.extractor, e.label, e.start, e.end, e.text))
    return out


def test_dotted_capital_i_after_a_lexicon_word_is_no_crash() -> None:
    # Was "internal error: KeyError: 'shamİ'" (a 500 on the class page): "sham*" matched
    # "shamİ", whose lower case "shami̇" no longer matched "sham*" in the look-up.
    assert _spans("It was a shamİ, officials said.\n") == [
        ("loaded_language", "loaded", 9, 14, "shamİ"),
        ("sourcing", "anonymous", 26, 30, "said"),
    ]


def test_starred_lookup_matches_the_text_as_written() -> None:
    lex = lexicon("loaded_language")
    assert lex.lookup("shamİ").term == "sham*"
    assert lex.lookup("SHAM").term == lex.lookup("sham").term


def test_superlative_after_dotted_capital_i_starts_at_most() -> None:
    # The start was found in the lowered match, one character too far: "ost brutal".
    text = "Critics called it İts most brutal attack yet.\n"
    assert _spans(text, "superlatives") == [
        ("superlatives", "unsourced", 22, 33, "most brutal"),
    ]


def test_ligatures_and_sharp_s_keep_every_span_in_place() -> None:
    text = "The ﬁnest and the most brutal attack, in Straße 5, was a shamİ.\n"
    assert _spans(text) == [
        ("superlatives", "unsourced", 18, 29, "most brutal"),
        ("loaded_language", "loaded", 23, 29, "brutal"),
        ("specificity", "name", 41, 47, "Straße"),
        ("specificity", "number", 48, 49, "5"),
        ("loaded_language", "loaded", 57, 62, "shamİ"),
    ]


def test_a_lone_dotted_capital_i_in_a_headline_is_the_word_i() -> None:
    # Was "KeyError: 'İ'": the hook regex matches "İ" as "i" case-insensitively, but its
    # lower case is "i" and a combining dot, which no entry is keyed by.
    from analysis import headline

    out = headline(",2uo İ–U.S.o30%Y\ne")
    assert out["clickbait"] is False and isinstance(out["clickbait_score"], float)


def test_a_superscript_digit_in_a_headline_is_not_a_count() -> None:
    # Was "ValueError: invalid literal for int()": "²".isdigit() is true but int("²") fails.
    from analysis import headline

    out = headline("Top ² reasons to visit", "The body gives ² reasons.")
    assert out["clickbait"] is False and out["stance"] in {"agree", "disagree", "discuss",
                                                           "unrelated"}
