"""A passive verb of asking with no agent reports a question put to its subject by someone
the sentence does not name ("Ana Ruiz was asked whether the pier was safe", "voters were
asked about the plan"): a report with a vague source, as the audit guidelines count
agentless passives. Not a request ("was asked to leave"), and not with an agent, which
``analysis.text.attribution._agent`` takes ("was asked by reporters whether").
"""

from __future__ import annotations

from analysis.text.document import Token

QUESTION_WORDS = frozenset("whether if about what how why who whom which when where".split())


def asked_passive(toks: list[Token], idx: int, word: str) -> tuple[str, None] | None:
    """("vague", None) for "was asked whether ..." at token ``idx``, else None."""
    if word != "asked" or idx + 1 >= len(toks):
        return None
    k = idx + 1
    while k + 1 < len(toks) and toks[k].text.islower() and toks[k].lower.endswith("ly"):
        k += 1  # "was asked repeatedly whether"
    return ("vague", None) if toks[k].lower in QUESTION_WORDS else None
