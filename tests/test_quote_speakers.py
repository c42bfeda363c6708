"""Who speaks each direct quotation (sourcing evidence ``speaker``), and the count of
quotations with a named speaker. All sentences were written for these tests."""

from __future__ import annotations

import pytest

from analysis import analyze


def speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    """(quoted words, speaker, speaker label) for every direct quotation in ``text``."""
    out = analyze(text).to_dict()
    return [(e["text"], e.get("speaker"), e.get("speaker_label"))
            for e in out["evidence"] if e["extractor"] == "sourcing" and e["label"] == "quote"]


CASES = [
    # the attribution in the quotation's own sentence
    ("“We will rebuild the pier,” Ana Ruiz said.",
     [("We will rebuild the pier,", "Ana Ruiz", "named")]),
    ("Ana Ruiz said: “We will rebuild the pier.”",
     [("We will rebuild the pier.", "Ana Ruiz", "named")]),
    ("“We will rebuild the pier,” the harbour master said.",
     [("We will rebuild the pier,", "the harbour master", "anonymous")]),
    # a quotation that goes on in the next sentence keeps its speaker
    ("“We will rebuild the pier,” Ana Ruiz said. “It will take a year.”",
     [("We will rebuild the pier,", "Ana Ruiz", "named"),
      ("It will take a year.", "Ana Ruiz", "named")]),
    # the nearest attribution wins when a sentence has two
    ("“The pier is safe,” Ana Ruiz said, but Kofi Mensah said “it is not.”",
     [("The pier is safe,", "Ana Ruiz", "named"), ("it is not.", "Kofi Mensah", "named")]),
    # no speaker nearby, only in another paragraph, or the quotation is inside a sentence
    # of the narrator's (the sentence before is not its speaker)
    ("A sign on the gate read “Closed until further notice.”",
     [("Closed until further notice.", None, None)]),
    ("Ana Ruiz said the pier was safe.\n\nA sign on the gate read “Closed until further notice.”",
     [("Closed until further notice.", None, None)]),
    ("Ana Ruiz said the pier was safe. A sign read “Closed until the repairs are done.”",
     [("Closed until the repairs are done.", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotation_speaker(text: str, expected: list) -> None:
    assert speakers(text) == expected


def test_named_quotes_are_counted_and_explained() -> None:
    text = ("“We will rebuild the pier,” Ana Ruiz said. A sign on the gate read “Closed "
            "until further notice.” “Nobody told us,” one fisherman said.")
    out = analyze(text).to_dict()
    assert out["scores"]["sourcing_quote"] == 3
    assert out["scores"]["sourcing_named_quote"] == 1
    quotes = [e for e in out["evidence"]
              if e["extractor"] == "sourcing" and e["label"] == "quote"]
    assert "Ana Ruiz, a named source" in quotes[0]["explanation"]
    assert "does not say nearby who said them" in quotes[1]["explanation"]
    assert "given to one fisherman, who is not named" in quotes[2]["explanation"]
