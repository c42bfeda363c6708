"""Naming: how each article refers to the same actor. Within an article, mentions join an
actor by shared name parts ("Mr. Kim" -> "Kim Jong Un"), a country by its names, adjective
and seat ("Pyongyang"), a group by its name or acronym ("the Democratic National Committee"
-> "DNC"), and a labelling noun phrase ("the North Korean dictator") by apposition to a
name or, failing that, by what the whole set says of that label elsewhere ("North Korean
leader Kim Jong Un"). Across articles, actors join by the same rules.

The rules are written from news style (see ``analysis.framing.mentions``); precision is
favoured over recall: a label that no rule ties to one actor is left out.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from analysis.framing.mentions import PARTY, Mention, countries, find_mentions, title_role
from analysis.text.document import Document

GLUE_WORDS = frozenset("of the de da van von bin al la du del and".split())
COUNTRY_ROLES = frozenset("regime government administration military officials authorities "
                          "leadership".split())


@dataclass
class Actor:
    """One actor in one article (or, merged, across the set)."""

    kind: str  # person, country, group
    key: str
    tokens: set[str] = field(default_factory=set)
    names: Counter = field(default_factory=Counter)
    mentions: list[tuple[Mention, str]] = field(default_factory=list)  # (mention, form)
    roles: set[tuple[str, str]] = field(default_factory=set)  # (country, role)


def name_tokens(name: str) -> set[str]:
    """Lower-cased name parts; hyphens split ("Jong-un" = "Jong Un"); no "Mr." or glue."""
    parts = re.split(r"[\s\-‐]+", name.lower().replace("’", "'"))
    return {p.strip(".'") for p in parts if p and p.strip(".'") not in GLUE_WORDS}


def group_key(name: str) -> str:
    """"the Democratic National Committee", "DNC" and "D.N.C." share the key ``DNC``."""
    low = name.lower()
    if low in PARTY:
        return PARTY[low].upper()
    compact = name.replace(".", "")
    if re.fullmatch(r"[A-Z]{2,}s?", compact):
        return compact.rstrip("s") if compact.endswith("s") and len(compact) > 3 else compact
    words = [w for w in name.split() if w.lower() not in GLUE_WORDS]
    if len(words) >= 2:
        return "".join(w[0] for w in words).upper()
    return low.upper()


def form_of(m: Mention, kind: str) -> str:
    """How a mention names its actor: full name, short name, title and name, description,
    a country's name, adjective, people or seat, a group's name or acronym."""
    if m.kind == "label":
        return "description"
    if kind == "country":
        return countries().get(m.name, ("", "name"))[1] if m.name in countries() else "name"
    if kind == "group":
        return "acronym" if re.fullmatch(r"[A-Z.]{2,}s?", m.name) else "name"
    if m.title:
        return "title and name"
    return "full name" if len(m.name.split()) >= 2 else "short name"


class ArticleActors:
    """The actors of one article, built from its mentions in text order."""

    def __init__(self, mentions: list[Mention], text: str) -> None:
        self.text = text
        self.actors: list[Actor] = []
        self.pending: list[Mention] = []  # labels no apposition ties to a name
        self.loose: list[Mention] = []  # lone names no full name in the article explains
        self.by_key: dict[tuple[str, str], Actor] = {}
        self.fits: dict[int, Actor] = {}  # a loose short name -> the article's actor it fits
        persons = [m for m in mentions if m.kind == "person" and len(m.name.split()) >= 2]
        for m in persons:  # full names first, so "Trump" in a headline finds "Donald Trump"
            self._person(m, add=False)
        previous: Mention | None = None
        for m in mentions:
            self._add(m, previous)
            previous = m

    def _new(self, kind: str, key: str, tokens: set[str]) -> Actor:
        actor = Actor(kind, key, set(tokens))
        self.actors.append(actor)
        self.by_key[(kind, key)] = actor
        return actor

    def _person(self, m: Mention, *, add: bool = True) -> Actor | None:
        tokens = name_tokens(m.name)
        actor = find_person(self.actors, tokens)
        if add and actor is not None and len(tokens) == 1:
            # a short name that fits: which of the set's actors of that surname it is (Donald
            # or Melania Trump) is decided across the set, by who is mentioned most
            self.loose.append(m)
            self.fits[id(m)] = actor
            return actor
        if actor is None and (len(tokens) >= 2 or m.title):
            actor = self._new("person", " ".join(sorted(tokens)), tokens)
        if actor is not None and len(tokens) >= 2:
            actor.tokens |= tokens
            actor.names[m.name] += add
        if actor is not None and add:
            actor.mentions.append((m, form_of(m, "person")))
            if m.title:
                actor.roles.add((m.country, title_role(m.title)))
        return actor

    def _add(self, m: Mention, previous: Mention | None) -> None:
        if m.kind in ("person", "name"):
            actor = self._person(m)
            if actor is None:
                self.loose.append(m)
            if actor and previous and previous.kind == "label" \
                    and _adjacent(self.text, previous, m, ""):
                self._attach(previous, actor)
            return
        if m.kind == "country":
            actor = (self.by_key.get(("country", m.country))
                     or self._new("country", m.country, set()))
            actor.mentions.append((m, form_of(m, "country")))
            actor.names[m.text] += 1
            return
        if m.kind == "group":
            key = group_key(m.name)
            actor = self.by_key.get(("group", key)) or self._new("group", key, set())
            actor.mentions.append((m, form_of(m, "group")))
            actor.names[m.name] += 1
            return
        if m.kind == "label":
            if previous and previous.kind in ("person", "name") \
                    and _adjacent(self.text, previous, m, ","):
                actor = self._person_at(previous)
                if actor is not None:
                    self._attach(m, actor)
                    return
            self.pending.append(m)

    def _person_at(self, m: Mention) -> Actor | None:
        if id(m) in self.fits:
            return self.fits[id(m)]
        return next((a for a in self.actors for x, _ in a.mentions if x is m), None)

    def _attach(self, label: Mention, actor: Actor) -> None:
        if any(x is label for x, _ in actor.mentions):
            return
        if label in self.pending:
            self.pending.remove(label)
        actor.mentions.append((label, "description"))
        actor.roles.add((label.country, label.role))


def find_person(actors: list[Actor], tokens: set[str]) -> Actor | None:
    """The person whose name parts hold ``tokens`` (all of a short name, or the surname of
    a full one), the one mentioned most when several do."""
    if not tokens:
        return None
    fits = [a for a in actors if a.kind == "person" and a.tokens and (
        tokens <= a.tokens or a.tokens <= tokens)
        and ("jr" in tokens) == ("jr" in a.tokens)]
    return max(fits, key=lambda a: len(a.mentions), default=None)


def _adjacent(text: str, first: Mention, second: Mention, comma: str) -> bool:
    """Apposition: "North Korean leader Kim Jong Un" (a space between), "Kim Jong Un, the
    North Korean leader" (a comma); a country's regime or government is never a person."""
    if first.sentence != second.sentence or COUNTRY_ROLES & {first.role, second.role}:
        return False
    gap = text[first.end:second.start] if 0 <= second.start - first.end <= 3 else "x"
    return "".join(gap.split()) == comma


def article_actors(doc: Document) -> ArticleActors:
    """The actors of one article."""
    return ArticleActors(find_mentions(doc), doc.text)
