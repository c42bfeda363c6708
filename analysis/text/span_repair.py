"""Repairs to the source phrase found before a cue, and clauses where the phrase before a
cue is no subject at all. Written from the bad source spans of the precision audit's
develop part and PolNeAR's training articles kept for development:

- an aside between dashes ("The justice -- who has ... -- said") hides the subject;
- a relative clause ("sources who reviewed them told") is part of the subject, whose head
  is before "who";
- quotation marks and page furniture ("Story Continued Below") are no part of a name;
- negation and modals ("he did not say", "legislatures might insist", "he is not saying")
  stand between the subject and the cue;
- a participle after an object ("released a statement saying", "established a policy
  urging") reports the sentence's subject, not the words before it;
- a capitalised cue inside a sentence is a name ("shows State sent ...").
"""

from __future__ import annotations

from analysis.text.document import Sentence, Token

DASHES = frozenset("—–")
NEGATION_AND_MODALS = frozenset("""not n't did does do might may can could should must
    cannot only just together""".split())
BE_PROGRESSIVE = frozenset("is are was were am".split())
FURNITURE = ("story continued below", "continue reading", "advertisement")
FURNITURE_OPENINGS = tuple(f"{stock} " for stock in FURNITURE)
POSSESSIVES = frozenset("his her their its".split())
PLACE_PREPOSITIONS = frozenset("in at from across".split())
PHRASAL = frozenset({("adds", "to"), ("added", "to"), ("add", "to"), ("write", "off"),
                     ("wrote", "off"), ("writes", "off"), ("charged", "with"),
                     ("write", "down"), ("told", "apart")})
COPULAS_OF_SEEMING = frozenset("look looks looked seem seems seemed sound sounds".split())
BEFORE_ADJECTIVE = frozenset("""the a an enough about of for with his her their its our
    allegedly""".split())  # not "some", "many": "Some believed he ..." is a report
CUT_AFTER = frozenset("said says told —".split())
LEADING = frozenset("yet but and so now then also later afterwards meanwhile".split())
DETERMINERS = frozenset("a an the his her their its this that these those".split())
VERB_ENDS = ("ed", "un", "out", "ent", "de")  # released, begun, sent out, sent, made


def dash_before(toks: list[Token], j: int) -> bool:
    """A dash at ``j`` ("—", "–" or the second "-" of "--")."""
    t = toks[j]
    return t.text in DASHES or (t.text == "-" and j > 0 and toks[j - 1].text == "-"
                                and toks[j - 1].end == t.start)


def skip_aside(toks: list[Token], j: int) -> int:
    """The index before an aside that closes with a dash at ``j`` ("The justice -- who has
    been ... -- said"): the token before the opening dash, or ``j`` when there is none."""
    if j < 1 or not dash_before(toks, j):
        return j
    k = j - 2 if toks[j].text == "-" else j - 1
    for m in range(k, max(-1, k - 40), -1):
        if dash_before(toks, m):
            return m - 2 if toks[m].text == "-" else m - 1
    return j


def skip_paren(toks: list[Token], j: int) -> int:
    """The index before a parenthesis that closes at ``j`` ("Sen. Ana Ruiz (a Democrat so
    boyish he has been mistaken for a junior staffer) says"): the subject is before it. A
    ")" with no "(" in reach leaves ``j``."""
    if j < 1 or toks[j].text != ")":
        return j
    for m in range(j - 1, max(-1, j - 40), -1):
        if toks[m].text == "(" and not any(t.text.islower() for t in toks[m:j]):
            return j  # "Rep. Ana Ruiz (D-Ore.) said": a party label stays with the name
        if toks[m].text == "(":
            return m - 1 if m - 1 >= 0 and toks[m - 1].is_word else j
    return j


def skippable(toks: list[Token], j: int, cue: Token) -> bool:
    """Negation and modals between a subject and its cue, and "is" before an -ing cue."""
    low = toks[j].lower
    return low in NEGATION_AND_MODALS or (low in BE_PROGRESSIVE and cue.lower.endswith("ing"))


def clean(phrase: list[Token]) -> list[Token]:
    """Drop leading quotation marks, a dateline's "(CNN)", a conjunction ("yet Vatican
    officials") and page furniture from a source phrase."""
    if phrase and phrase[0].text == "(" and any(t.text == ")" for t in phrase[:6]):
        phrase = phrase[next(k for k, t in enumerate(phrase) if t.text == ")") + 1 :]
    while phrase and (not phrase[0].is_word or phrase[0].lower in LEADING) and len(phrase) > 1:
        phrase = phrase[1:]
    lows = [t.text.lower() for t in phrase]  # each token's lower case once
    if "-" in lows or not CUT_AFTER.isdisjoint(lows):  # most phrases hold neither
        cut = next((k for k in range(len(phrase) - 1, -1, -1) if lows[k] in CUT_AFTER or (
            lows[k] == "-" and k and phrase[k - 1].text == "-")), -1)  # the last one
        if phrase[cut + 1 :]:  # "said Rep. X (R-S.C.), who", "Arizona -- ... --"
            phrase, lows = phrase[cut + 1 :], lows[cut + 1 :]
    text = " ".join(lows)
    if text.startswith(FURNITURE_OPENINGS):  # one test, not one a stock phrase
        for stock in FURNITURE:
            if text.startswith(stock + " "):
                phrase = phrase[len(stock.split()) :]
    return phrase


def strip_paren(phrase: list[Token]) -> list[Token]:
    """The phrase without a closing parenthesis ("Rep. Jim Jordan (R-Ohio)")."""
    if phrase and phrase[-1].text == ")":
        opening = [k for k, t in enumerate(phrase) if t.text == "("]
        return phrase[: opening[-1]] if opening else phrase
    return phrase


def name_run(phrase: list[Token]) -> bool:
    """One to four capitalised words (with initials' full stops): a person's name."""
    words = [t for t in phrase if t.is_word]
    return 0 < len(words) <= 4 and all(t.text[0].isupper() for t in words) \
        and all(t.is_word or t.text == "." for t in phrase)


def coordinated_name(toks: list[Token], start: int) -> int:
    """"Trump and his attorneys said": a name joined by "and" to the phrase before a cue
    belongs to the subject when it opens the clause. The index before the name, or
    ``start``."""
    if start < 1 or toks[start].lower != "and" or start + 1 >= len(toks) \
            or toks[start + 1].lower not in POSSESSIVES:
        return start
    k = start - 1
    while k >= 0 and toks[k].is_word and toks[k].text[0].isupper():
        k -= 1
    if k == start - 1 or (k >= 0 and toks[k].text not in ",;:" and toks[k].lower not in
                          {"but", "and", "while", "as", "because", "when"}):
        return start
    return k


def joined_places(toks: list[Token], start: int) -> bool:
    """"Pilots in Maine and in Ohio say": the phrase before the cue starts just after an
    "and" that joins two places, so the subject runs back over both."""
    return start > 0 and toks[start].lower in {"and", "or"} and start + 1 < len(toks) \
        and toks[start + 1].lower in PLACE_PREPOSITIONS


def relative_start(toks: list[Token], start: int) -> bool:
    """The phrase before a cue starts just after "who" that follows a noun ("sources who
    reviewed them told"): the subject runs back over the relative clause to that noun."""
    return start > 0 and toks[start].lower == "who" and toks[start - 1].is_word \
        and toks[start - 1].text.islower() and toks[start - 1].lower.endswith("s")


def misread(sent: Sentence, idx: int, word: str, subject: list[Token]) -> bool:
    """Clauses in which the cue at ``idx`` reports nothing from the phrase before it."""
    toks = sent.tokens
    tok = toks[idx]
    if idx > 0 and tok.text[0].isupper() and toks[idx - 1].text.islower() \
            and toks[idx - 1].is_word:
        return True  # "an email shows State sent ...": a capitalised word is a name
    nxt = toks[idx + 1].lower if idx + 1 < len(toks) else ""
    prev = toks[idx - 1].lower if idx > 0 else ""
    if (word.split()[0], nxt) in PHRASAL:
        return True  # "the latest hiccup adds to the drama", "write off", "charged with"
    if prev in COPULAS_OF_SEEMING or prev in {"help", "helps", "helped"}:
        return True  # "does not look promising", "which helps explain"
    if word.endswith("ed") and (prev in BEFORE_ADJECTIVE or prev[:1].isdigit()) \
            and toks[idx + 1:idx + 2] \
            and toks[idx + 1].is_word and toks[idx + 1].text.islower() \
            and toks[idx + 1].lower not in {"he", "she", "it", "they", "that", "we", "i"}:
        return True  # "384 pledged delegates", "about alleged fraud": an adjective
    if word.endswith("ing") and subject and (_object_before(subject) or _verb_before(
            toks, sent.token_index(subject[0].start), subject)):
        return True  # "established a policy urging": the policy, not a speaker
    return bool(subject) and subject[-1].text.islower() and subject[-1].lower.endswith("ed") \
        and len(subject) == 1  # "a comment Trump had made warning": a verb, not a subject


def _verb_before(toks: list[Token], first: int | None, subject: list[Token]) -> bool:
    """The subject found opens with a determiner right after a lowercase verb ("released
    an open letter Tuesday sharply criticizing"): an object, not a subject."""
    if not first or subject[0].lower not in DETERMINERS:
        return False
    before = toks[first - 1]
    return before.is_word and before.text.islower() and before.lower.endswith(VERB_ENDS)


def _object_before(subject: list[Token]) -> bool:
    """A phrase "verb + determiner + noun" ("released a statement", "sent out a fundraising
    email", "begun the debate"): the noun is an object, the -ing cue after it a modifier."""
    for k in range(1, len(subject) - 1):
        before = subject[k - 1]
        if subject[k].lower in DETERMINERS and before.is_word and before.text.islower() \
                and before.lower not in DETERMINERS and before.lower.endswith(VERB_ENDS):
            return True
    return False


def closing_name(sent: Sentence, idx: int) -> list[Token]:
    """'..., Reveals South Korea': in a title-case headline, a name that follows the cue
    after a comma and ends the title is its source, whatever stands before the comma."""
    toks = sent.tokens
    if idx < 1 or toks[idx - 1].text != "," or not toks[idx].text[0].isupper():
        return []  # only a title-case headline's cue: "..., told Vatican Radio" is no source
    rest = toks[idx + 1 :]
    while rest and rest[-1].text in ".!?":
        rest = rest[:-1]
    return rest if name_run(rest) else []
