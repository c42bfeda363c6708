"""analysis.headline(): clickbait judgement and hook evidence, on headlines written here."""

from __future__ import annotations

import subprocess
import sys

import pytest

from analysis import headline
from analysis.framing.cues import EXPLANATIONS
from analysis.framing.features import FEATURES
from analysis.framing.headline import model


def spans(title: str) -> list[tuple[str, str]]:
    return [(e["label"], e["text"]) for e in headline(title)["evidence"]]


def test_classic_clickbait_has_its_hooks_marked() -> None:
    title = "You Won't Believe What This Dog Did Next"
    result = headline(title)
    assert result["clickbait"] is True
    assert result["clickbait_score"] > 0.9
    assert result["evidence"][0] == {
        "start": 0, "end": 3, "text": "You", "label": "second_person",
        "explanation": EXPLANATIONS["second_person"]}
    assert spans(title) == [("second_person", "You"), ("forward_reference", "Won't Believe"),
                            ("forward_reference", "What"), ("forward_reference", "This")]
    for e in result["evidence"]:
        assert title[e["start"]:e["end"]] == e["text"]


def test_news_headline_is_not_clickbait_and_has_no_hooks() -> None:
    result = headline("Senate Passes Budget Bill After Overnight Session")
    assert result == {"clickbait": False, "clickbait_score": result["clickbait_score"],
                      "stance": None, "claims": [], "evidence": []}
    assert result["clickbait_score"] < 0.2


@pytest.mark.parametrize("title", [
    "UN warns of famine in Yemen as fighting spreads",
    "Police arrest 3 after $2 million bank robbery in Chicago",
    "Ten dead in Alabama shooting",  # a toll, not a list
    "Obama: 'We will not back down'",  # the quoted words are Obama's, not a hook
])
def test_news_headlines(title: str) -> None:
    assert headline(title)["clickbait"] is False
    assert headline(title)["evidence"] == []


@pytest.mark.parametrize(("title", "expected"), [
    ("17 Things Only Cat Owners Will Understand", [("listicle_number", "17")]),
    ("Why Everyone Is Obsessed With This Adorable Puppy",
     [("question", "Why"), ("absolute", "Everyone"), ("emotional", "Obsessed"),
      ("forward_reference", "This"), ("emotional", "Adorable")]),
    ("Here's How To Make The Best Pancakes Ever",
     [("forward_reference", "Here's"), ("forward_reference", "How"),
      ("superlative", "The Best"), ("hyperbole", "Ever")]),
    ("This Is The Most SHOCKING Photo You'll See Today",
     [("forward_reference", "This"), ("superlative", "Most"), ("emotional", "SHOCKING"),
      ("all_caps", "SHOCKING"), ("second_person", "You'll")]),
    ("Meet The Man Who Hugged 1,000 Strangers", [("imperative", "Meet")]),
    ("I Tried Eating Like A Pro Athlete And OMG", [("first_person", "I"),
                                                    ("informal", "OMG")]),
])
def test_clickbait_hooks(title: str, expected: list[tuple[str, str]]) -> None:
    assert spans(title) == expected
    assert headline(title)["clickbait"] is True


def test_question_and_imperative_words_count_only_first() -> None:
    assert spans("Is this the end of the euro") == [("question", "Is"),
                                                     ("forward_reference", "this")]
    assert spans("Officials watch as river floods town") == []
    assert spans("Fed says rates will stay low") == []


def test_acronyms_and_the_country_are_not_hooks() -> None:
    assert spans("US and NATO agree new plan") == []
    assert spans("NEVER Buy These Shoes") == [("imperative", "NEVER"), ("all_caps", "NEVER"),
                                              ("forward_reference", "These")]


def test_result_is_deterministic_and_body_is_accepted() -> None:
    title = "21 Dogs Who Will Make You Believe In Happiness"
    assert headline(title) == headline(title)
    with_body = headline(title, body="A long body.")
    assert {k: with_body[k] for k in ("clickbait", "clickbait_score", "evidence")} == {
        k: headline(title)[k] for k in ("clickbait", "clickbait_score", "evidence")}
    assert headline(title, body=" ... ")["stance"] is None  # a body with no word: no stance


@pytest.mark.parametrize(("title", "error", "message"), [
    ("", ValueError, "headline() needs a title with at least one word; got an empty title"),
    ("   ", ValueError, "headline() needs a title with at least one word; got an empty title"),
    ("?!", ValueError, "headline() needs a title with at least one word; got '?!'"),
    (None, TypeError, "headline() needs the title as a str, not NoneType"),
    (42, TypeError, "headline() needs the title as a str, not int"),
    (b"Title", TypeError, "headline() needs the title as a str, not bytes"),
])
def test_bad_titles(title: object, error: type[Exception], message: str) -> None:
    with pytest.raises(error) as raised:
        headline(title)  # type: ignore[arg-type]
    assert str(raised.value) == message


def test_bad_body() -> None:
    with pytest.raises(TypeError) as raised:
        headline("A title", body=["a", "list"])  # type: ignore[arg-type]
    assert str(raised.value) == "headline() needs the body as a str or None, not list"


def test_model_file_matches_the_features() -> None:
    m = model()
    assert m["features"] == list(FEATURES)
    assert len(m["coef"]) == len(m["mean"]) == len(m["scale"]) == len(FEATURES)
    assert m["figures"]["model_untouched"]["accuracy"] >= 0.90


def test_scikit_learn_is_not_imported_at_run_time() -> None:
    code = ("import sys, analysis; analysis.headline('You Will Love This'); "
            "print(any(m.split('.')[0] in {'sklearn', 'numpy'} for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"


def test_analyze_carries_the_headline_of_a_titled_text() -> None:
    from analysis import analyze

    body = "The council voted on Tuesday to close the library, officials said."
    title = "You Won't Believe What This Council Just Did"
    out = analyze(body, meta={"title": title}).to_dict()
    assert out["headline"] == headline(title, body)
    assert [(e["text"], e["label"]) for e in out["headline"]["evidence"]][:2] == [
        ("You", "second_person"), ("Won't Believe", "forward_reference")]
    assert "headline" not in analyze(body).to_dict()
    assert "headline" not in analyze(body, meta={"title": " ?! "}).to_dict()
