"""Corroboration needs a shared specific that is not the set's topic (analysis/framing/
anchors.py). Sentences written for these tests."""

from __future__ import annotations

from analysis.framing.anchors import anchored, key, runs, specific, topic_keys
from analysis.framing.corroboration import corroborate

# Three articles on one story (the Vessmark dam); every one names the river Ardle.
A = ("Engineers at the Vessmark dam on the river Ardle found a crack in the spillway on "
     "Monday. The inspector, Hanna Oduya, said the crack was 40 centimetres long.")
B = ("A crack was found in the spillway of the Vessmark dam on the river Ardle this week. "
     "Residents near the river Ardle remember the dam failure in Tollen in 1987 vividly. "
     "The engineer Piet Laan said the inspector found the spillway crack on Monday.")
C = ("The river Ardle rose by half a metre at the Vessmark dam after heavy rain. Hanna "
     "Oduya, the inspector, measured the spillway crack at 40 centimetres.")


def labels(out: dict, doc: str) -> dict[str, str]:
    return {c["text"][:24]: c["label"] for c in out["claims"] if c["doc"] == doc}


def test_keys_meet_across_forms() -> None:
    assert [key(w) for w in ("Korea's", "Korean", "Japanese", "five", "1,200", "Asian")] == [
        "korea", "korea", "japan", "5", "1200", "asia"]


def test_runs_split_at_titles_and_drop_initials() -> None:
    words = [("President", "name"), ("Moon", "name"), ("Jae", "name"), ("met", ""),
             ("U", "name"), ("officials", ""), ("in", ""), ("April", "number"),
             ("Central", "first"), ("Intelligence", "name"), ("Agency", "name")]
    assert runs(words) == (("moon", "jae"), ("april",), ("centr", "intel", "agenc"))
    assert specific(runs(words), frozenset()) == frozenset({"jae", "april", "agenc", "cia"})
    assert specific([("pyong", "unive")], frozenset()) == frozenset({"unive"})
    assert specific([("kim", "jong", "un")], frozenset({"kim"})) == frozenset()


def test_topic_is_what_every_document_names() -> None:
    assert topic_keys([[[("ardle",), ("vessm",)]], [[("ardle",)]], [[("ardle",), ("oduya",)]]]
                      ) == frozenset({"ardle"})
    # with two, what both come back to: a fifth of their sentences or more, two at least
    assert topic_keys([[[("ardle",)], [("ardle",), ("oduya",)], [], [], []],
                       [[("ardle",), ("oduya",)], [("ardle",)], [], [], [], []]]
                      ) == frozenset({"ardle"})


def test_anchored_needs_a_shared_specific_unless_neither_has_one() -> None:
    assert anchored(frozenset({"oduya"}), frozenset({"oduya", "40"}))
    assert not anchored(frozenset({"tolle"}), frozenset())
    assert not anchored(frozenset({"tolle"}), frozenset({"oduya"}))
    assert anchored(frozenset(), frozenset())
    assert anchored(frozenset(), frozenset({"apple"}), a_first=frozenset({"apple"}))


def test_same_fact_is_corroborated_and_a_topic_match_is_not() -> None:
    out = corroborate([A, B, C])
    assert labels(out, "doc1") == {"Engineers at the Vessmar": "corroborated",
                                   "The inspector, Hanna Odu": "corroborated"}
    # the same words about the crack, said by someone else
    assert labels(out, "doc2") == {"A crack was found in the": "corroborated",
                                   "Residents near the river": "single-source",
                                   "The engineer Piet Laan s": "single-source"}
    assert labels(out, "doc3")["Hanna Oduya, the inspect"] == "corroborated"


def test_two_documents_on_one_topic_do_not_back_each_other_up() -> None:
    """The blog post and the broadcaster tell different defections; with only the two of
    them, "North Korea" in most sentences of both once made 20 of the blog's 31 claims
    "backed up" (and "may" the month, and "third" the count in "Triple")."""
    from analysis.intake.seeds import load_seeds

    seeds = {s.id: s.text for s in load_seeds()}
    for pair in (("cosdream", "kbs"), ("aggregator", "kbs")):
        out = corroborate([seeds[k] for k in pair])
        assert [d["corroborated"] for d in out["documents"]] == [0, 0], pair
    assert key("third") == "third" and key("Triple") == "tripl" and key("three") == "3"
