"""The source after an inverted verb of saying: '..., said Ana Ruiz', '..., said the mayor',
'..., he said', as opposed to a new clause after the verb ('said he does not ...') or the
verb's object ('said nothing'); and when such a source speaks although the sentence opens
with a capitalised word ('Fares will rise, said the official'). Used by
``analysis.text.attribution``."""

from __future__ import annotations

from analysis.text.cue_scope import no_one
from analysis.text.cue_sense import speaker_head
from analysis.text.document import Sentence
from analysis.text.source_spans import phrase_after, subject_before
from analysis.text.sources import PREPOSITIONS, PRONOUNS_ANON, PRONOUNS_NAMED
from analysis.text.subject_gaps import TIME_NOUNS, TIME_WORDS

OBJECT_WORDS = frozenset("""nothing little much something everything anything more less so
    otherwise none enough it this how why what whether""".split())  # what is said, not who
CLAUSE_VERBS = frozenset("""would will could should can may might must is are was were has
    have had wants does did""".split())  # after an inverted cue: a clause, not a source
NOT_AFTER = frozenset("about just after before during later earlier last this".split())
NOT_SOURCE_OPENERS = OBJECT_WORDS | PREPOSITIONS | NOT_AFTER
PRONOUNS = PRONOUNS_NAMED | PRONOUNS_ANON


def inverted_source(after: list) -> bool:
    """'..., said Ana Ruiz' or '..., said the mayor' or '..., he said': not a new clause
    ('said he does not ...', "said he's hopeful", 'Says Clinton would ...')."""
    first = after[0].lower.replace("’", "'") if after else ""
    if not after or first in NOT_SOURCE_OPENERS or no_one(after) \
            or any(t.text in CLAUSE_VERBS for t in after) \
            or "'" in first and first.split("'")[0] in PRONOUNS:
        return False  # "..., said nothing", "..., said little": the verb's object
    return len(after) == 1 or after[0].lower not in PRONOUNS


TIMES = TIME_NOUNS | TIME_WORDS


def aside_before(sent: Sentence, idx: int) -> bool:
    """"Mr. Kaplan, a screenwriter, said ...", "Kasich, who ..., said ...": the phrase that
    opens the sentence is set off by a comma, so the cue is its verb after an aside."""
    opening = subject_before(sent, idx)
    if not opening:
        return False
    k = sent.token_index(opening[-1].start)
    return k is not None and k + 1 < idx and sent.tokens[k + 1].text == ","


def closing_inverted(sent: Sentence, idx: int) -> list:
    """The source after "..., said" when it closes the sentence or a parenthesis ("Fares
    will rise, said the official." / ", said the official, ..."): the one who speaks, whatever
    the clause before the comma opens with."""
    after = phrase_after(sent, idx, limit=8)
    if not after or not inverted_source(after) or any(t.lower in TIMES for t in after) \
            or not speaker_head(after):
        return []  # "..., said Tuesday": when, not who; "said dryly": how
    k = sent.token_index(after[-1].start)
    nxt = sent.tokens[k + 1].text if k is not None and k + 1 < len(sent.tokens) else "."
    return after if nxt in {".", ",", ";", "!", "?"} else []
