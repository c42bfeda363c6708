"""A quoted person's party, where the article states it: "Sen. Chuck Schumer (D-N.Y.)",
"Republican Gov. Jan Brewer", "Nancy Pelosi, a Democrat"; and whom a spokesperson speaks
for ("White House press secretary Josh Earnest"). Who speaks for which side is part
of how an article frames a political story, and a voice given as "Chuck Schumer
(Democrat)" can be matched with a source coded as "Democratic lawmakers".

Only what the text says next to one of the person's own mentions counts: the party
abbreviation in brackets after the name, a party adjective directly before the name's titles
("Democratic Sen.", "GOP presidential candidate"), or an apposition ("…, a Republican").
A party word further away ("Republican lawmakers criticised Barack Obama") says nothing of
the person, and when the mentions disagree the person gets no party.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

PARTIES = {"d": "Democrat", "democratic": "Democrat", "democrat": "Democrat",
           "r": "Republican", "republican": "Republican", "gop": "Republican"}
ROLE = (r"(?:[A-Z][\w.'’-]*|presidential|vice|candidate|nominee|hopeful|leader|lawmaker|"
        r"senator|governor|congressman|congresswoman|representative|chairman|chairwoman|"
        r"whip|majority|minority|state|front-?runner|mayor|strategist|operative|pollster|"
        r"consultant|rival|challenger|incumbent)")
BEFORE = re.compile(rf"\b(Democratic|Republican|GOP)(?:\s+{ROLE}){{0,4}}\s+$")
STATE = r"\s*[-–]\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?"
AFTER = re.compile(rf"^\s*(?:\(\s*([DR])(?:{STATE})?\s*\)|,\s*([DR]){STATE}\s*,)")
APPOSITION = re.compile(r"^,\s+(?:a|the)\s+(?:\w+\s+)?(Democrat|Republican)\b")
REACH = 60
SPEAKS_FOR = (r"(?:press secretary|spokes(?:man|woman|person)|communications director|"
              r"campaign manager|aide|adviser|advisor|counsel|lawyer|attorney)")
ORG = r"((?:the\s+)?[A-Z][\w.&'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w.&'’-]*){0,4})"
ORG_BEFORE = re.compile(rf"(?<![\w'’.-]){ORG}(?:'s?|’s?)?\s+(?:\w+\s+)?"
                        rf"{SPEAKS_FOR}\s+$")
ORG_AFTER = re.compile(rf"^,\s+(?:a|an|the)\s+(?:\w+\s+)?{SPEAKS_FOR}\s+(?:for|of|to|at)\s+"
                       rf"{ORG}")


def party_of(text: str, mentions: list[tuple[Any, str]]) -> str:
    """"Democrat", "Republican" or "" for a person whose ``mentions`` (``(mention, form)``
    pairs with ``start`` and ``end``) index ``text``."""
    said: Counter = Counter()
    for m, _ in mentions:
        before = text[max(0, m.start - REACH):m.start]
        after = text[m.end:m.end + REACH]
        for found in (BEFORE.search(before), AFTER.match(after), APPOSITION.match(after)):
            if found:
                party = next(g for g in found.groups() if g)
                said[PARTIES[party.lower()]] += 1
    return next(iter(said)) if len(said) == 1 else ""


def speaks_for(text: str, mentions: list[tuple[Any, str]]) -> str:
    """The organisation or person a spokesperson, aide or lawyer speaks for, where the
    text says so next to one of their mentions ("White House press secretary Josh Earnest",
    "Andrea Saul, a spokeswoman for the Romney campaign"); "" when not said or not agreed."""
    said: Counter = Counter()
    for m, _ in mentions:
        before = text[max(0, m.start - REACH):m.start]
        after = text[m.end:m.end + REACH]
        for found in (ORG_BEFORE.search(before), ORG_AFTER.match(after)):
            if found:
                org = re.sub(r"^the\s+", "", found.group(1).strip(), flags=re.I)
                said[re.sub(r"['’]s?$", "", org)] += 1
    return next(iter(said)) if len(said) == 1 else ""


def affiliation(text: str, mentions: list[tuple[Any, str]]) -> str:
    """What the article says a person speaks for: "Democrat", "for the White House",
    both ("Republican, for Romney"), or ""."""
    org = speaks_for(text, mentions)
    return ", ".join(x for x in (party_of(text, mentions), org and f"for {org}") if x)
