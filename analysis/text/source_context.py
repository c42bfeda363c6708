"""What an attribution's surroundings say about it, once its cue and source are found.

- A negated or refused cue reports nothing ("they didn't mention the plea", "would not say
  if", "declined to comment"): there is no claim to hand to anyone, so the attribution is
  marked ``declined`` (the sourcing extractor's label of that name; no weasel, no quote
  speaker). Verbs of belief and expectation keep their sense when negated ("I don't think
  he will win" is a belief), and so does a denial refused ("did not deny that ...").
- A source joined to a name is named ("Konya and another former classmate said", "Sanders
  and his supporters argue", "Proponents, including the Conference of Mayors, urged"):
  someone the reader can look up stands behind the claim.
- A group the text ties to someone is in view, so unnamed but not vague ("Mrs. Clinton's
  strategists", "most of the vulnerable Senate Republicans", "some of Clinton's allies");
  so are exit polls, which poll a named contest ("according to exit polls").
- A participle after a comma shares the speaker of the cue before it in its sentence when
  its own subject is the start of that speaker's phrase ("People familiar with the offer
  said ..., noting that ...": the people familiar with the offer, not "People").
"""

from __future__ import annotations

from dataclasses import replace

from analysis.text.attribution_types import Attribution
from analysis.text.document import Document, Sentence, Token
from analysis.text.sources import BELIEF, classify_source

NEGATORS = frozenset("not n't never nt".split())
REFUSALS = frozenset("""declined declines decline declining refused refuses refuse refusing
    wouldn't won't wouldn’t won’t""".split())
BETWEEN = frozenset("""immediately yet publicly specifically explicitly directly initially
    even ever really actually always also then""".split())
KEEP_NEGATED = BELIEF | frozenset("""expect expects expected deny denies denied dispute disputes
    disputed rule ruled doubt doubts doubted""".split())
ONLY = frozenset("only just merely simply".split())
JOINERS = frozenset({"and", "&"})


def negated(sent: Sentence, idx: int, word: str) -> bool:
    """The cue at token ``idx`` is negated or refused, so it reports nothing."""
    first = word.split()[0]
    if first in REFUSALS:
        return True  # "declined to comment" as one cue
    if first in KEEP_NEGATED:
        return False
    toks = sent.tokens
    if idx + 1 < len(toks) and toks[idx + 1].lower in ONLY:
        return False  # "did not say only that ...": something is said
    j = negation_before(toks, idx)
    if j < 0:
        return False
    return toks[j].lower in REFUSALS or j == 0 or toks[j - 1].lower not in ONLY


def negation_before(toks: list[Token], idx: int) -> int:
    """The index of a negator ("not", "never", "-n't") or of a refusal before "to"
    ("declined to") just before token ``idx``, past adverbs such as "publicly", or -1."""
    j = idx - 1
    while j >= 0 and toks[j].lower in BETWEEN:
        j -= 1
    if j < 0:
        return -1
    if toks[j].lower in NEGATORS or toks[j].lower.endswith(("n't", "n’t")):
        return j
    return j - 1 if toks[j].lower == "to" and j > 0 and toks[j - 1].lower in REFUSALS else -1


def joined_to_name(doc: Document, sent: Sentence, source: tuple[int, int]) -> bool:
    """The source phrase, or a phrase joined to it by "and" or "including", names someone."""
    toks = sent.tokens
    first, end = sent.token_range(*source)
    inside, last = toks[first:end], end - 1
    if not inside:
        return False
    conjuncts = _split(inside) if any(t.lower in JOINERS for t in inside) else []
    if first >= 2 and toks[first - 1].lower in JOINERS:
        conjuncts.append(_name_before(doc, toks, first - 1))
    if last + 3 < len(toks) and toks[last + 1].text == "," \
            and toks[last + 2].lower == "including":
        conjuncts.append(_phrase_until_comma(toks, last + 3))
    return any(c and classify_source(c, sent.start) == "named" for c in conjuncts)


def _split(tokens: list[Token]) -> list[list[Token]]:
    parts: list[list[Token]] = [[]]
    for t in tokens:
        if t.lower in JOINERS or t.text == ",":
            parts.append([])
        else:
            parts[-1].append(t)
    return parts[:-1]  # the last conjunct is the source's own head, classed already


def _name_before(doc: Document, toks: list[Token], joiner: int) -> list[Token]:
    """The capitalised words just before "and" ("Konya and ...", "But Ward and ..."), when
    they open a clause: not the object of a preposition ("in Virginia and ...") or of a
    verb ("themselves Democrats and ..."). A sentence's first word alone must be met as a
    name elsewhere in the text ("Current and former officials" is no name)."""
    j = joiner - 1
    while j >= 0 and toks[j].is_word and toks[j].text[0].isupper():
        j -= 1
    run = toks[j + 1 : joiner]
    if j >= 0 and toks[j].is_word and toks[j].lower not in CLAUSE_OPENERS:
        return []
    if len(run) == 1 and (j < 0 or toks[j].lower in CLAUSE_OPENERS) \
            and run[0].text not in doc.capitals_mid_sentence:
        return []
    return run


CLAUSE_OPENERS = frozenset("""but and or so yet where when while as because though although
    that since then also""".split())


def _phrase_until_comma(toks: list[Token], start: int) -> list[Token]:
    end = start
    while end < len(toks) and toks[end].text not in {",", ";", ")"} and end - start < 10:
        end += 1
    return toks[start:end]


def in_context(doc: Document, sent: Sentence, att: Attribution, found: list[Attribution]
               ) -> Attribution:
    """``att`` relabelled by what surrounds it (joined names, a shared participle speaker)."""
    previous = found[-1] if found and found[-1].sentence == sent.index else None
    if previous and previous.source and att.source and previous.source != att.source \
            and att.source[0] == previous.source[0] and _participle_after_comma(sent, att):
        return replace(att, label=previous.label, source=previous.source)
    if att.label != "named" and att.source and joined_to_name(doc, sent, att.source):
        return replace(att, label="named")
    if att.label == "vague" and att.source and in_view(sent, att.source):
        return replace(att, label="anonymous")
    return att


PARTITIVES = frozenset("most many some all several few none half both each majority".split())
DEFINITE = frozenset("the his her their its our these those".split())
STANCE_KINDS = frozenset("""supporters critics opponents detractors backers fans defenders foes
    skeptics sceptics proponents advocates admirers""".split())


def in_view(sent: Sentence, source: tuple[int, int]) -> bool:
    """A vague-looking source tied to someone: owned by a name, a part of a definite group,
    or exit polls."""
    i, j = sent.token_range(*source)  # by binary search: a scan per attribution was quadratic
    words = [t for t in sent.tokens[i:j] if t.is_word]
    lowers = [t.lower for t in words]
    if any(t.text[0].isupper() and t.lower.endswith(("'s", "’s", "s'", "s’")) for t in words):
        return lowers[-1] not in STANCE_KINDS  # "Mrs. Clinton's strategists", not "Obamacare's
        # supporters": anyone may be a supporter or a critic
    if len(lowers) >= 3 and lowers[0] in PARTITIVES and lowers[1] == "of" \
            and (lowers[2] in DEFINITE or lowers[2].endswith(("'s", "’s"))):
        return True  # "most of the vulnerable Senate Republicans"
    return "exit" in lowers[:-1] and lowers[-1] in {"polls", "poll"}


def _participle_after_comma(sent: Sentence, att: Attribution) -> bool:
    idx = sent.token_index(att.cue[0])
    return bool(idx) and sent.tokens[idx].lower.endswith("ing") \
        and sent.tokens[idx - 1].text == ","
