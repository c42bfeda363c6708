"""The furniture cleaner: made-up page snippets, article lines that must survive, the seeds."""

from __future__ import annotations

import pytest

from analysis.intake.cleaning import clean
from analysis.intake.seeds import load_seeds

BODY = [
    "Council approves new bus lanes",
    "The city council voted 7-2 on Tuesday to add bus lanes on Main Street, the mayor\u2019s "
    "office said in a statement.",
    "\u201cThis will cut commute times,\u201d said transport chief Ana Ruiz.\xa0",
    "Work is expected to begin in March and last about six months.",
]

PAGE = "\n".join([
    "Skip to content", "Menu", "Search", "",
    BODY[0], "By Jane Roe, City Desk", "Published: March 3, 2021 at 10:15 a.m. EST",
    "- 4 min read", "Share on Facebook", "Share on Twitter Email", "",
    "A bus waits at a stop on Main Street, Tuesday, March 2, 2021. (Jane Roe/Daily Bugle via AP)",
    "", BODY[1], "", "Advertisement", "", BODY[2], "", BODY[3], "", "",
    "Sign up for our newsletter to get city news in your inbox", "Related stories",
    "Council delays budget vote", "Five things to know about the bus plan", "",
    "12 Comments", "Leave a comment",
    "We use cookies to improve your experience. By continuing to use this site you agree to "
    "our cookie policy.", "Accept all", "\u00a9 2021 Daily Bugle. All rights reserved.",
])


def test_page_furniture_is_removed_and_the_body_kept_exactly() -> None:
    assert clean(PAGE).text == "\n\n".join(BODY)


def test_removed_records_kind_and_text() -> None:
    result = clean(PAGE)
    kinds = {k for k, _ in result.removed}
    assert {"menu", "byline", "date", "read-time", "share", "photo-credit", "advertisement",
            "newsletter", "related", "comments", "cookie-notice", "copyright"} <= kinds
    assert ("related", "Council delays budget vote") in result.removed
    assert result.removed_chars == len(PAGE) - len(result.text)


@pytest.mark.parametrize("line", [
    "The bakery\u2019s cookies sold out by noon, and the website that took orders crashed.",
    "Regulators found that the website uses cookies to track children, according to a report.",
    "Comments from readers poured in after the mayor\u2019s speech, many of them angry.",
    "The company said comments that include profanity will be removed under its new rules.",
    "\u201cWe will remove comments that include profanity,\u201d the company said on Monday.",
    "By the end of 2020, the number of defectors had fallen to 229, the ministry said.",
    "On March 3, 2021, the ministry published the figures.",
    "The club finished fourth in the league (the 2019/2020 season) before the pandemic.",
    "Read more than 400 pages of the report and you will find no mention of the budget.",
    "North Korea",
])
def test_article_lines_are_kept(line: str) -> None:
    text = f"A headline\n{line}\nThe last paragraph of the story ends here, as it should do."
    assert line.strip() in clean(text).text.split("\n")


@pytest.mark.parametrize("line", [
    "Menu Content", "Go Top", "Close", "Back to top \u203a", "Share this", "Share on LinkedIn",
    "Comments", "3 Comments", "blog comments powered by Disqus", "Read more: Council delays vote",
    "Editor\u2019s Pick", "You may also like", "Advertisement", "Support Provided By Learn more",
    "\u24d2 KBS", "\u00a9 2024 Example Media Ltd", "Copyright 2019 The Daily", "- 4 min read",
    "5 min read", "- Oct 12, 2024", "November 14, 2017", "2020-10-29", "Updated 10/29/2020",
    "By John Smith", "by Patrice Taddonio Digital Writer & Audience Development Strategist",
    "Photo: Reuters", "Image credit: NASA", "Subscribe", "Accept all cookies",
    "This website uses cookies and other technology to enhance quality of service.",
    "Listen to this article",
])
def test_furniture_lines_are_removed(line: str) -> None:
    text = f"Headline\n\n{line}\n\nThe only paragraph of the story, which is long enough to count."
    assert line.strip() not in clean(text).text.split("\n")


def test_comment_policy_paragraphs_are_removed() -> None:
    policy = ("To keep the discussion civil, our comment policy applies: comments that include "
              "profanity or personal attacks will be removed. You are responsible for your "
              "comments.")
    text = f"Headline\n\nA story paragraph that mentions nothing about readers at all.\n\n{policy}"
    result = clean(text)
    assert policy not in result.text
    assert ("comment-policy", policy) in result.removed


def test_exact_furniture_strings_single_and_multi_line() -> None:
    text = "Title\nNorth Korea\nBody line one.\nPromo start\nPromo end\nBody line two."
    result = clean(text, ["North Korea", "Promo start\nPromo end"])
    assert result.text == "Title\nBody line one.\nBody line two."
    assert [k for k, _ in result.removed] == ["furniture"] * 3


def test_exact_furniture_never_cuts_inside_a_line() -> None:
    text = "Title\nNorth Korea fired a missile on Tuesday, officials said.\n"
    assert clean(text, ["North Korea"]).text == text.strip()


def test_blank_runs_collapse_and_characters_are_preserved() -> None:
    text = "\n\n  Title \u201cquoted\u201d\n\n\n \n\nBody\xa0with no-break space.  \n\n\n"
    assert clean(text).text == "Title \u201cquoted\u201d\n\nBody\xa0with no-break space."


def test_empty_and_furniture_only_text() -> None:
    assert clean("").text == ""
    assert clean("Menu\nClose\n\nComments").text == ""


def test_headline_lists_only_after_the_article() -> None:
    text = ("Title\nRecommended\nA short subhead\nThe first paragraph is long enough to count "
            "as body text here.\nLast paragraph is also long enough to count as body text.")
    result = clean(text)
    assert "A short subhead" in result.text and "Recommended" not in result.text


SEED_ENDS = {
    "cosdream": ("Another defection!", "one of those marks."),
    "kbs": ("Defections of North Korean Elite\n\nFormer", "the communist regime."),
    "aggregator": ("Exponential Surge:", "freedom, and dignity."),
    "frontline": ("What It\u2019s Like To Defect From North Korea\n\nOn Monday,",
                  "she told FRONTLINE."),
}


@pytest.fixture(scope="module")
def seeds():
    return load_seeds()


def test_cleaned_seeds_are_exactly_the_article_body(seeds) -> None:
    for seed in seeds:
        start, end = SEED_ENDS[seed.id]
        assert seed.text.startswith(start) and seed.text.endswith(end), seed.id
        assert seed.text.split("\n")[0] == seed.meta["title"]
        raw_lines = set(seed.raw.split("\n"))
        assert all(line in raw_lines for line in seed.text.split("\n") if line), seed.id
        for bad in ("cookies", "Disqus", "min read", "Menu", "Comments", "via AP", "ⓒ"):
            assert bad not in seed.text, (seed.id, bad)


def test_general_rules_alone_match_the_manifest(seeds) -> None:
    for seed in seeds:
        assert clean(seed.raw).text == seed.text, seed.id


def test_header_labels_beside_the_headline_are_dropped() -> None:
    body = ("The council voted 7-2 on Tuesday to add bus lanes on Main Street, the mayor's "
            "office said in a statement.")
    page = ("Menu\n\nCity Hall\n\nCouncil approves new bus lanes downtown\n\n"
            f"Morning Edition\n\n{body}")
    cleaned = clean(page)
    assert cleaned.text == f"Council approves new bus lanes downtown\n\n{body}"
    assert [k for k, _ in cleaned.removed] == ["menu", "label", "label"]
    # no article line below: nothing is a header, so short lines stay
    assert clean("Bus lanes\n\nMain Street\n\nTuesday vote").text.count("\n") == 4
    # a dek that reads as a sentence stays
    dek = "Riders will save ten minutes a day, officials say."
    assert dek in clean(f"Council approves bus lanes\n\n{dek}\n\n{body}").text


def test_cleaning_is_idempotent(seeds) -> None:
    for seed in seeds:
        assert clean(seed.text).text == seed.text
