"""The side-by-side page's framing questions quote what the tables found, and stay quiet
when there is nothing to contrast."""

from analysis.web.framing_view import framing_questions


def view(labels, shares, dominant=("", ""), claims=()):
    return {"naming": [{"actor": "Kim Jong-un", "labels": labels}],
            "voices": [{"share": s} for s in shares],
            "frames": [{"dominant": d} for d in dominant],
            "claims": list(claims)}


def test_questions_quote_the_naming_voices_and_frames() -> None:
    v = view([["the dictator"], ["Mr. Kim"]], [30, 10],
             ("conflict (sides, fights, winners and losers)",
              "human interest (one person's story and feelings)"),
             [{"total": 4, "counts": {"corroborated": 0}}, {"total": 2,
                                                           "counts": {"corroborated": 1}}])
    assert framing_questions(v, ["Blog", "KBS"]) == [
        "Blog calls Kim Jong-un “the dictator”; KBS calls it “Mr. Kim”. What does each "
        "choice of words make you think?",
        "30% of Blog is other people's words, against 10% of KBS. Whose voice do you hear "
        "most in each, and who is missing?",
        "Blog tells the story mostly as conflict (sides, fights, winners and losers); KBS "
        "mostly as human interest (one person's story and feelings). How does that change "
        "what a reader takes away?",
        "None of the 4 checkable claims in Blog is backed up by the other article. Where "
        "could you check them?",
    ]


def test_no_question_without_a_contrast() -> None:
    v = view([["the dictator"], ["the dictator"]], [12, 10], ("same", "same"))
    assert framing_questions(v, ["A", "B"]) == []
    assert framing_questions(view([[], ["Mr. Kim"]], [0, 0]), ["A", "B"]) == []
