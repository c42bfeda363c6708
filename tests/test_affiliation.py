"""A quoted person's party or employer, only where the text says it next to their name."""

import pytest

from analysis.framing.affiliation import affiliation


class Mention:
    def __init__(self, text: str, name: str) -> None:
        self.start = text.index(name)
        self.end = self.start + len(name)


@pytest.mark.parametrize("text, name, expected", [
    ("Sen. Chuck Schumer (D-N.Y.) said the bill was dead.", "Chuck Schumer", "Democrat"),
    ("Democratic Sen. Chuck Schumer said so.", "Chuck Schumer", "Democrat"),
    ("Rep. Raul Labrador, R-Idaho, said no.", "Raul Labrador", "Republican"),
    ("GOP presidential candidate Mitt Romney said.", "Mitt Romney", "Republican"),
    ("Nancy Pelosi, a California Democrat, said.", "Nancy Pelosi", "Democrat"),
    ("White House press secretary Josh Earnest said.", "Josh Earnest",
     "for White House"),
    ("Andrea Saul, a spokeswoman for the Romney campaign, said.", "Andrea Saul",
     "for Romney"),
    ("Republican lawmakers criticised Barack Obama on Monday.", "Barack Obama", ""),
    ("He met a spokesman, Peter Carr, later.", "Peter Carr", ""),
])
def test_affiliation_is_what_the_text_says_beside_the_name(text, name, expected) -> None:
    assert affiliation(text, [(Mention(text, name), "name")]) == expected


def test_mentions_that_disagree_give_no_party() -> None:
    text = "Democratic Sen. Joe Lieberman spoke. Later Joe Lieberman (R-Conn.) spoke."
    first = Mention(text, "Joe Lieberman")
    second = Mention(text[first.end:], "Joe Lieberman")
    second.start += first.end
    second.end += first.end
    assert affiliation(text, [(first, "name"), (second, "name")]) == ""
