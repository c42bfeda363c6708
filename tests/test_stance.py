"""Title-body consistency: the body's stance towards its headline and the headline's
checkable claims looked up in the body. Sentences written for these tests."""

from __future__ import annotations

from analysis import headline
from analysis.framing.claims import claims, extract
from analysis.framing.stance_features import body_start, features, profile, stem

BODY = ("The city council voted on Tuesday to close the Elm Street library. "
        "Council members said the library had lost half of its readers since 2019. "
        "The mayor, Ana Ruiz, said 40 staff would move to other branches.")


def statuses(title: str, body: str) -> list[tuple[str, str, str]]:
    return [(c["text"], c["kind"], c["status"]) for c in claims(title, body)]


def test_claims_supported_contradicted_and_missing() -> None:
    # "Council" opens the title and the body writes it in lower case: a word, not a name.
    assert statuses("Council to move 40 staff as Elm Street library closes", BODY) == [
        ("40", "number", "supported"), ("Elm Street", "name", "supported")]
    assert statuses("Council to move 60 staff as library closes", BODY) == [
        ("60", "number", "contradicted")]
    assert statuses("Library closes in Paris in 2024", BODY) == [
        ("Paris", "place", "not_mentioned"), ("2024", "year", "not_mentioned")]
    assert statuses("Ana Ruiz closes library", BODY) == [("Ana Ruiz", "name", "supported")]


def test_contradiction_points_at_the_other_figure() -> None:
    body = "The army sent 12,000 troops to the border on Monday."
    [claim] = claims("Army sends 20,000 troops to border", body)
    assert claim["status"] == "contradicted"
    assert claim["explanation"] == "the body gives a different figure for the same thing"
    assert [(e["text"], body[e["start"]:e["end"]]) for e in claim["evidence"]] == [
        ("12,000", "12,000")]


def test_a_multiple_repeated_without_any_figure_is_shown() -> None:
    title = "Visitors Triple in 2023, Says Museum"
    body = ("Visitors have nearly tripled this year, the museum says. "
            "Staff were delighted by the crowds.")
    found = {c["text"]: c for c in claims(title, body)}
    assert found["Triple"]["status"] == "repeated_without_figure"
    assert found["Triple"]["explanation"] == ("the body repeats the word but gives no figure "
                                              "that would let a reader check it")
    assert [e["text"] for e in found["Triple"]["evidence"]] == ["tripled"]
    with_figures = body + " The museum counted 3,000 visitors in 2022 and 9,000 visitors in 2023."
    assert {c["text"]: c["status"] for c in claims(title, with_figures)}["Triple"] == "supported"
    doubled = "Visitors have doubled this year, the museum says."
    assert {c["text"]: c["status"] for c in claims(title, doubled)}["Triple"] == "contradicted"


def test_title_case_words_are_names_only_when_the_body_says_so() -> None:
    # "Surge" and "Shocking" are ordinary words in Title Case; "Korea" is a known place.
    assert [c.text for c in extract("Shocking Surge In Korea Visitors")] == ["Korea"]


def test_the_title_repeated_as_the_first_line_does_not_vouch_for_itself() -> None:
    title = "Mayor Quits Over Budget"
    body = "Mayor Quits Over Budget\nThe council met on Monday."
    assert body_start(title, body) == len("Mayor Quits Over Budget")
    assert body_start(title, "The council met.") == 0


def test_stems_and_number_words_meet() -> None:
    assert stem("defectors") == stem("defector") == "defector"
    assert stem("Three") == stem("third") == "3"


def test_unrelated_and_related_bodies() -> None:
    title = "Council votes to close Elm Street library"
    related = headline(title, BODY)
    assert related["stance"] in {"agree", "discuss"}
    assert related["stance_evidence"][0]["label"] == "match"
    first = related["stance_evidence"][0]
    assert BODY[first["start"]:first["end"]] == first["text"]
    other = "Heavy rain flooded the harbour overnight and fishing boats stayed in port."
    unrelated = headline(title, other)
    assert unrelated["stance"] == "unrelated"
    assert unrelated["stance_evidence"] == []
    assert set(unrelated["stance_scores"]) == {"agree", "disagree", "discuss", "unrelated"}


def test_denial_pushes_towards_disagree() -> None:
    title = "Singer Jo Vance arrested in Miami"
    agree = "Singer Jo Vance was arrested in Miami on Friday, police confirmed."
    deny = ("Reports that singer Jo Vance was arrested in Miami are false. Police denied "
            "the story and called it a hoax; Vance was not arrested.")
    a = headline(title, agree)["stance_scores"]
    d = headline(title, deny)["stance_scores"]
    assert d["disagree"] > a["disagree"]
    assert headline(title, deny)["stance"] == "disagree"


def test_features_are_finite_and_named() -> None:
    from analysis.framing.stance_features import FEATURES

    values = features("Council closes library", profile(BODY))
    assert sorted(values) == sorted(FEATURES)
    assert values["cover_plain"] == 1.0


def test_names_need_all_their_words_but_a_person_may_be_named_by_surname() -> None:
    assert statuses("Talks with South Korea stall", "North Korea said the talks had stalled.") == [
        ("South Korea", "place", "not_mentioned")]
    [claim] = claims("Police question Ana Ruiz over fire",
                     "Officers questioned Ruiz on Monday about the fire.")
    assert (claim["text"], claim["status"]) == ("Ana Ruiz", "supported")
    assert [(e["text"], e["start"], e["sentence"]) for e in claim["evidence"]] == [
        ("Ruiz", 20, [0, 50])]
