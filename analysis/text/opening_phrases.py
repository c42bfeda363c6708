"""Where a sentence's opening phrase ends, when the sentence opens with one before its
subject: a participle phrase ("Speaking to reporters on Monday, Ana Ruiz said",
"Recalling that moment, the mayor, who ..., said", "Backed by the board, Ruiz
denounced") is no speaker, and neither is a place named with its state ("In Salem, New
Hampshire, Ruiz said": the subject follows the state). Used by
``analysis.text.source_spans.opening_subject``.
"""

from __future__ import annotations

from analysis.text.document import Token
from analysis.text.sources import DETERMINERS, PREPOSITIONS

OPENING_REACH = 12  # an opening subject is at most 10 tokens; one more says where it ends
# closed-class words that follow a participle opening a sentence, and never a name
# opening one ("Speaking at", "Recalling that", "Making her way"; not "Ebeling said")
PARTICIPLE_FOLLOWERS = DETERMINERS | PREPOSITIONS | frozenset(
    "to that this these those his her their its our my your him them me us".split())
CLOSING = frozenset("”’\"'")


def opening_participle(toks: list[Token]) -> bool:
    """The sentence opens with a participle phrase: a capitalised "-ing" word followed by a
    function word ("Speaking at a rally,", "Facing mounting criticism,"), or a capitalised
    "-ed" word followed by "by" ("Led by the mayor,")."""
    if len(toks) < 3 or not toks[0].is_word:
        return False
    first, nxt = toks[0].text, toks[1].lower
    if not (first[0].isupper() and first[1:].islower()) or not toks[1].text.islower():
        return False  # "McKinsey", "Reading, Pa.": no participle
    low = first.lower()
    if low.endswith("ing") and len(low) > 5:
        return nxt in PARTICIPLE_FOLLOWERS or (nxt.endswith("ing") and len(nxt) > 5)
    return low.endswith("ed") and nxt == "by"


def opening_end(toks: list[Token], reach: int) -> int | None:
    """The index of the comma that ends the opening phrase of ``toks`` (a sentence's
    first tokens), past a state or country after a place ("in Salem, New Hampshire,"),
    or None when no comma ends it among the first ``reach`` tokens."""
    comma = next((k for k, t in enumerate(toks[:reach]) if t.text == ","), None)
    if comma is not None and comma + 1 < len(toks) and toks[comma + 1].text in CLOSING:
        comma += 1  # 'on "MSNBC Live," Marcel Lehel said': the quotation closes first
    if comma is None or comma == 0 or not toks[comma - 1].text[0].isupper():
        return comma
    k = comma + 1
    while k < len(toks) and toks[k].is_word and toks[k].text[0].isupper():
        k += 1
    if k > comma + 1 and k < len(toks) and toks[k].text == "," and k + 1 < len(toks) \
            and (toks[k + 1].text[0].isupper() or toks[k + 1].lower in {"he", "she", "they",
                                                                         "we", "i"}):
        return k  # "in Salem, New Hampshire, Trump": the state is part of the place
    return comma


def participle_end(toks: list[Token]) -> int | None:
    """Where an opening participle phrase of ``toks`` ends (``opening_end``), or None when
    the sentence opens with none or no comma ends it within twice a name's reach."""
    return opening_end(toks, len(toks) - 1) if opening_participle(toks) else None


def opening_comma(toks: list[Token], before: int, clause: bool) -> tuple[bool, int | None]:
    """Whether the sentence of ``toks`` opens with a phrase before its subject (``clause``:
    a preposition or "Asked", found by the caller; or a participle), and the comma that
    ends it (None if none does), looking at the tokens before ``before`` only."""
    first = toks[: min(before, 2 * OPENING_REACH + 1)]  # not the whole prefix: quadratic
    if clause:
        return True, opening_end(first, OPENING_REACH)
    comma = participle_end(first)
    return comma is not None, comma
