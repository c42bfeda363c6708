"""A base-form verb of saying after "to" is a verb, not a noun or a set phrase, when the
"to" carries on a clause whose subject speaks ("Pence went on to say", "the email goes on
to say", "she had to tell them"): then ``analysis.text.clause_subjects`` takes the speaker
from that clause. "no way to tell", "have a say", "the report" stay out. Used by
``analysis.text.attribution``.
"""

from __future__ import annotations

from analysis.text.clause_subjects import CARRY_ON
from analysis.text.document import Token


def carried_on(toks: list[Token], idx: int) -> bool:
    """The verb at ``idx`` follows "to" after a verb that carries the clause on ("went on
    to", "continued to", "had to"), over adverbs ("went on to flatly deny")."""
    j = idx - 1
    while j > 0 and toks[j].text.islower() and toks[j].lower.endswith("ly"):
        j -= 1
    return j > 0 and toks[j].lower == "to" and toks[j - 1].lower in CARRY_ON
