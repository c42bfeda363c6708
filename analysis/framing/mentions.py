"""Who a text names, one sentence at a time: runs of capitalised words split into title and
name ("U.S. President Donald Trump"), countries and their seats ("Pyongyang"), groups
(acronyms, parties, organisations), and labelling noun phrases ("the North Korean dictator",
"the president") that stand for someone without naming them.

Rules written from reading news style (AP-style titles before names, "Mr." on second
reference, descriptions in apposition), not mined from any annotated set. Linear: a few
compiled regexes per sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from analysis.lexicons import entries
from analysis.text.document import Document

ABBREV_TITLES = "Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Adm|Sgt|Prof|Rev|Jr|Sr|St"
CAP = (rf"(?:(?:{ABBREV_TITLES})\.|(?:[A-Z]\.){{2,}}|[A-Z](?:[a-z]+|[a-z]?[A-Z][a-z]+)"
       r"(?:[-'’][A-Za-z]+)*|[A-Z]{2,}s?|[A-Z]\.)")
GLUE = r"(?:of the|of|de|da|van|von|bin|al|la|du|del)"
GLUE_WORDS = frozenset("of the de da van von bin al la du del".split())
RUN_RE = re.compile(rf"(?<![\w.]){CAP}(?:[ \t]+(?:{GLUE}[ \t]+)?{CAP})*(?![\w])")
TITLES = frozenset("""mr. mrs. ms. dr. sen. rep. gov. gen. lt. col. adm. sgt. prof. rev. president
    vice premier chancellor secretary senator governor congressman congresswoman
    representative judge justice attorney general director chairman chairwoman chair speaker
    leader king queen prince princess pope ambassador minister mayor admiral counsel special
    commissioner sheriff chief deputy former prime state acting first lady sir dame""".split())
PERSON_ROLES = ("leader|dictator|despot|tyrant|strongman|autocrat|president|vice president|"
                "prime minister|premier|chancellor|king|monarch|secretary of state|secretary|"
                "senator|governor|nominee|candidate|chairman|chairwoman|director|chief|"
                "special counsel|prosecutor|spokesman|spokeswoman|billionaire|businessman|"
                "mogul|commander|minister|ruler|founder|envoy|attorney general|mayor|lawmaker|"
                "congressman|congresswoman|speaker|host")
COUNTRY_ROLES = "regime|government|administration|military|officials|authorities|leadership"
STOP = frozenset("""the a an and but or if when while as at in on of for to by with from after
    before since because though although yet so then there here this that these those it its
    he she his her they their we our you your i my me us them who what which where why how
    not no yes all any some many most more much each every both either neither one two three
    first last next old also just only even still now today yesterday tomorrow monday
    tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december during under over about against between
    into through across per via like unlike despite according asked said says meanwhile
    however indeed instead moreover still earlier later afterward afterwards again
    another""".split())
NOT_NAMES = frozenset({"korean", "koreans", "tv"})  # "Korean" alone: North or South?
ORG_HEADS = frozenset("""committee party department agency council university institute court
    house senate congress administration ministry bureau office service commission times post
    news network corporation inc company group association foundation center centre campaign
    bank fund union organization organisation forces army navy police parliament assembly
    board authority journal press review club league school college hospital program
    programme project coalition alliance society tv radio channel broadcaster""".split())
OTHER_HEADS = frozenset("""partnership war studies agreement treaty summit accord pact act bill
    plan initiative conference forum games olympics cup day weekend""".split())
PLACE_HEADS = frozenset("""beach island islands street avenue county city river lake mountain
    park airport hotel resort tower sea ocean bay peninsula valley square bridge asia europe
    africa east west north south""".split())
PARTY = {"democrat": "Democrats", "democrats": "Democrats", "democratic party": "Democrats",
         "republican": "Republicans", "republicans": "Republicans", "gop": "Republicans",
         "republican party": "Republicans", "labour": "Labour", "tories": "Conservatives",
         "conservative party": "Conservatives", "labour party": "Labour"}
NOT_MODIFIERS = STOP | {"s", "said", "says", "was", "is", "has"}
DETERMINERS = frozenset("the a an his her its their this that".split())
ROLE_RE = re.compile(rf"\b(?:{PERSON_ROLES}|{COUNTRY_ROLES})(?![\w-])")
BACK_WORD_RE = re.compile(r"([A-Za-z][\w.'’-]*)\s+$")
LOOK_BACK = 80  # characters before a role word searched for its determiner and modifiers


ROLE_SET = frozenset(PERSON_ROLES.split("|"))
ABBREVIATED = {"gov": "governor", "sen": "senator", "rep": "representative", "gen": "general",
               "pres": "president", "adm": "admiral", "lt": "lieutenant", "col": "colonel"}


def title_role(title: str) -> str:
    """The role a title gives ("Gov." -> governor, "House Judiciary Committee Chairman" ->
    chairman), as the descriptions that refer back to it say it ("the governor")."""
    words = [ABBREVIATED.get(w, w) for w in title.lower().replace(".", "").split()]
    for n in (3, 2, 1):
        if " ".join(words[-n:]) in ROLE_SET:
            return " ".join(words[-n:])
    return words[-1] if words else ""


@dataclass(frozen=True, slots=True)
class Mention:
    """One reference to an actor. ``kind``: ``person``, ``country``, ``group``, ``label`` (a
    noun phrase with no name) or ``name`` (a lone capitalised word, a person only if the
    article names someone with it). ``title`` and ``country`` carry what the words say."""

    start: int
    end: int
    text: str
    kind: str
    name: str
    sentence: int
    title: str = ""
    country: str = ""
    role: str = ""


@cache
def countries() -> dict[str, tuple[str, str]]:
    """Lower-cased country term -> (code, name / adjective / people / seat)."""
    table: dict[str, tuple[str, str]] = {}
    for e in entries("countries"):
        table.setdefault(e.term.lower(), (e.label, e.note))
    return table


@cache
def country_names() -> dict[str, str]:
    """Country code -> its first name in the lexicon ("PRK" -> "North Korea")."""
    out: dict[str, str] = {}
    for e in entries("countries"):
        if e.note == "name":
            out.setdefault(e.label, e.term)
    return out


@cache
def _places() -> frozenset[str]:
    return frozenset(e.term.lower() for e in entries("places"))


def _country_prefix(words: list[str]) -> tuple[int, str]:
    """How many leading words name a country (as name or adjective), and its code."""
    table = countries()
    for n in (4, 3, 2, 1):
        if len(words) >= n and " ".join(words[:n]).lower() in table:
            return n, table[" ".join(words[:n]).lower()][0]
    return 0, ""


def _country_in(words: list[str]) -> str:
    """The country a label's modifiers name anywhere ("the outgoing North Korean leader")."""
    for i in range(len(words)):
        n, code = _country_prefix(words[i:])
        if n:
            return code
    return ""


def _split_run(words: list[str]) -> tuple[str, str, list[str]]:
    """(country code, title, name words) of a capitalised run: the title is everything up
    to the last title word before the name ("House Judiciary Committee Chairman Bob
    Goodlatte", "French President Emmanuel Macron"); its country is any it names."""
    last = max((i for i, w in enumerate(words[:-1]) if w.lower().split("-")[0] in TITLES
                and words[i + 1].lower() not in TITLES | GLUE_WORDS), default=-1)
    if last < 0:
        if words[0].lower() in TITLES and len(words) == 1:
            return "", words[0], []
        return "", "", words  # "Washington Post" is no title before a name
    title = words[:last + 1]
    return _country_in(title), " ".join(title), words[last + 1:]


def _classify(words: list[str], title: str, lower: frozenset[str]) -> str:
    lowers = [w.lower().strip(".") for w in words]
    joined = " ".join(lowers)
    if joined in NOT_NAMES:
        return "other"
    if joined in PARTY or (lowers and lowers[-1] in ORG_HEADS) or (
            "of" in lowers and lowers[0] in ORG_HEADS):  # "Ministry of Unification"
        return "group"
    if len(words) == 1 and len(words[0]) <= 8 and lowers[0] not in lower and (
            re.fullmatch(r"[A-Z]{2,5}|(?:[A-Z]\.){2,5}", words[0])):
        return "group"
    if joined in _places() or joined in countries() or lowers[-1] in PLACE_HEADS | OTHER_HEADS \
            or "-a-" in joined or lowers[0] in GLUE_WORDS or joined in NOT_NAMES:
        return "other"
    if len(words) >= 2 and (lowers[-1] in lower or 2 * sum(w in lower for w in lowers)
                            >= len(words)):  # "Trump Tower", "Comey Memos", "Civil Rights"
        return "other"
    if words[0].isupper() and len(words[0]) > 2:  # "COLLUSION": a shouted word
        return "other"
    if title or len(words) >= 2:
        return "person"
    return "name"


def _person_like(words: list[tuple[str, int, int]]) -> bool:
    """Two or more name words and no organisation: "Elijah E. Cummings" (of Maryland)."""
    return len(words) >= 2 and not any(w.lower() in ORG_HEADS | TITLES for w, _, _ in words)


def _segments(text: str, m: re.Match, headline: bool, lower: frozenset[str]
              ) -> list[list[tuple[str, int, int]]]:
    """A capitalised run cut where it cannot be one name: at a function word ("Met With" in
    a title-case headline, a sentence's opening "But"), before "of" + a country ("Shinzo Abe
    of Japan"), and in a title-case line at any word the text also writes in lower case."""
    words = [(w.group(), m.start() + w.start(), m.start() + w.end())
             for w in re.finditer(r"\S+", m.group())]
    out: list[list[tuple[str, int, int]]] = [[]]
    for i, (w, s, e) in enumerate(words):
        low = w.lower().strip(".")
        rest = " ".join(x for x, _, _ in words[i + 1:]).lower().removeprefix("the ")
        breaks = (low in STOP and w[0].isupper()) or (low == "of" and (
            rest in countries() or rest in _places() or _person_like(out[-1])))
        if headline and (low in lower or low.endswith("ly")) and low not in TITLES \
                and low not in countries():
            breaks = True
        if breaks:
            out.append([])
            if low == "of":
                out.append([])
            continue
        out[-1].append((w, s, e))
    return [seg for seg in out if seg and seg[-1][0].lower() not in GLUE_WORDS]


def _run_mentions(text: str, start: int, end: int, index: int,
                  lower: frozenset[str]) -> list[Mention]:
    out = []
    words_in = re.findall(r"[A-Za-z][\w'’-]*", text[start:end])
    caps = sum(1 for w in words_in if w[0].isupper() and len(w) > 3)
    headline = len(words_in) >= 4 and caps >= 0.7 * sum(1 for w in words_in if len(w) > 3)
    for m in RUN_RE.finditer(text, start, end):
        for seg in _segments(text, m, headline, lower):
            out += _mention(text, seg, index, lower)
    return out


def _mention(text: str, seg: list[tuple[str, int, int]], index: int,
             lower: frozenset[str]) -> list[Mention]:
    words = [w for w, _, _ in seg]
    s, e = seg[0][1], seg[-1][2]
    if words[-1].endswith(("'s", "’s")):
        words[-1] = words[-1][:-2]
        e -= 2
    whole = " ".join(words).lower()
    if whole in countries():
        code, kind = countries()[whole]
        if kind == "adjective":
            return []
        return [Mention(s, e, text[s:e], "country", whole, index, country=code)]
    n, code = _country_prefix(words)
    if n and n < len(words) and countries()[" ".join(words[:n]).lower()][1] == "name" \
            and _classify(words[n:], "", lower) == "person":  # "to Britain Thae Yong-ho"
        return _mention(text, seg[:n], index, lower) + _mention(text, seg[n:], index, lower)
    code, title, name = _split_run(words)
    if not name:
        if title:  # "North Korean Leader": a title-case label
            return [Mention(s, e, text[s:e], "label", "", index, title, code, title.lower())]
        return []
    kind = _classify(name, title, lower)
    if kind == "other":
        return []
    return [Mention(s, e, text[s:e], kind, " ".join(name), index, title, code)]


def _label_mentions(text: str, start: int, end: int, index: int) -> list[Mention]:
    """"the (up to three modifiers) ROLE": "the North Korean dictator", "the president";
    without a determiner only when a country is named ("North Korean leader Kim")."""
    out = []
    for m in ROLE_RE.finditer(text, start, end):
        pos, mods, det = m.start(), [], None
        while len(mods) < 3:
            back = BACK_WORD_RE.search(text, max(start, pos - LOOK_BACK), pos)
            if back is None:
                break
            word = back.group(1)
            if word.lower() in DETERMINERS:
                det = back.start(1)
                break
            if word.lower() in NOT_MODIFIERS:
                break
            mods.insert(0, (word, back.start(1)))
            pos = back.start(1)
        if det is None:  # no determiner: start at the first capitalised modifier
            while mods and not mods[0][0][0].isupper():
                mods.pop(0)
        code = _country_in([w for w, _ in mods])
        if det is None and not code:
            continue  # "leader" alone is no reference; "North Korean leader" is
        s = det if det is not None else mods[0][1]
        out.append(Mention(s, m.end(), text[s:m.end()], "label", "", index,
                           country=code, role=m.group().lower()))
    return out


def find_mentions(doc: Document) -> list[Mention]:
    """Every candidate mention in the document, in text order; labels inside a name run
    (the "Leader" of "North Korean Leader Kim") are left to the run."""
    if "mentions" in doc.layers:
        return doc.layers["mentions"]
    found: list[Mention] = []
    lower = frozenset(re.findall(r"\b[a-z][a-z'’-]*", doc.text))
    for sent in doc.sentences:
        runs = _run_mentions(doc.text, sent.start, sent.end, sent.index, lower)
        taken = [(r.start, r.end) for r in runs]
        for lab in _label_mentions(doc.text, sent.start, sent.end, sent.index):
            if not any(s < lab.end and lab.start < e for s, e in taken):
                found.append(lab)
        found += runs
    doc.layers["mentions"] = sorted(found, key=lambda m: (m.start, m.end))
    return doc.layers["mentions"]
