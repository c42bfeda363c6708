"""Voices: who is quoted or cited in an article, and how many of its words are theirs.

Built on the shared attribution rules: each direct quotation's speaker
(``analysis.extractors.sourcing.quote_speaker``) and each attribution's source
(``voice_of(doc).attributions``). A source phrase that names a person is that person (the
article's actor from ``analysis.framing.naming``, so "Mr. Thae" and "Thae Yong-ho" are one
voice); "he" or "she" is the person last named before it within a few sentences; an
organisation is its name; anything else is an unnamed voice ("officials", "experts").
A quotation or attribution whose speaker no rule finds is the text's, not a guess.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any

from analysis.extractors.sourcing import quote_speaker
from analysis.framing.affiliation import affiliation
from analysis.framing.mentions import Mention, find_mentions
from analysis.framing.naming import Actor, ArticleActors, group_key
from analysis.text.document import Document
from analysis.text.voice import voice_of

WORD_RE = re.compile(r"\w[\w'’-]*")
PRONOUNS = frozenset("he she him her i".split())
PRONOUN_REACH = 3  # sentences back to look for the person "he" or "she" is
MAX_SPANS = 5
NO_SOURCE = "no source given"


@dataclass
class Speaker:
    """Who a quotation or attribution is given to."""

    key: str  # person:<surname>, organisation:<key> or unnamed:<phrase>
    name: str
    kind: str  # person, organisation, unnamed
    label: str  # named, anonymous, vague (the attribution's class)
    tokens: frozenset[str] = frozenset()  # a person's name parts, to match across articles
    affiliation: str = ""  # party or employer, where the article says (framing/affiliation)

    @property
    def shown(self) -> str:
        """The name as tables show it: "Chuck Schumer (Democrat)"."""
        return f"{self.name} ({self.affiliation})" if self.affiliation else self.name


@dataclass
class VoiceRow:
    speaker: Speaker
    quotes: int = 0
    attributions: int = 0
    spans: list[tuple[int, int]] = field(default_factory=list)  # their words
    quote_spans: list[tuple[int, int]] = field(default_factory=list)  # the direct quotations
    cues: list[list[int]] = field(default_factory=list)


class People:
    """The article's person mentions in text order, each with its actor."""

    def __init__(self, doc: Document) -> None:
        mentions = find_mentions(doc)
        actors = ArticleActors(mentions, doc.text)
        owner: dict[int, Actor] = {id(m): a for a in actors.actors for m, _ in a.mentions}
        owner.update(actors.fits)
        self.doc = doc
        self.actors = actors
        quoted = voice_of(doc).in_direct_quote  # "he" is never someone named in a quotation
        self.people = [(m, owner[id(m)]) for m in mentions
                       if id(m) in owner and owner[id(m)].kind == "person" and not quoted(m.start)]
        self.labels = [m for m in mentions if m.kind == "label"]
        self.label_starts = [m.start for m in self.labels]
        self.genders: dict[int, set[str]] = {}  # what "Mr." or "Mrs." says of each actor
        for m, actor in self.people:
            self.genders.setdefault(id(actor), set()).update(
                GENDER_TITLES[w] for w in m.title.lower().replace(".", "").split()
                if w in GENDER_TITLES)
        self.groups = [m for m in mentions if m.kind in ("group", "country")]
        self.group_starts = [m.start for m in self.groups]
        self.starts = [m.start for m, _ in self.people]

    def inside(self, span: tuple[int, int]) -> Actor | None:
        i = bisect.bisect_left(self.starts, span[0])
        if i < len(self.people) and self.people[i][0].start < span[1]:
            return self.people[i][1]
        return None

    def before(self, offset: int, pronoun: str) -> Actor | None:
        """The person "he" or "she" at ``offset`` is: the one person named in the
        ``PRONOUN_REACH`` sentences before it, or the nearest one whose title says "he" or
        "she" ("Mr.", "Mrs."); None when two or more could be meant (no guess)."""
        here = self.doc.sentence_at(offset)
        want = PRONOUN_GENDER.get(pronoun, "")
        i = bisect.bisect_left(self.starts, offset) - 1
        seen: list[Actor] = []
        while i >= 0 and here is not None:
            m, actor = self.people[i]
            i -= 1
            if here.index - m.sentence > PRONOUN_REACH:
                break
            said = self.genders.get(id(actor), set())
            gender = next(iter(said)) if len(said) == 1 else ""
            if want and gender == want and not seen:
                return actor
            if gender in ("", want) and all(a is not actor for a in seen):
                seen.append(actor)
        return seen[0] if len(seen) == 1 else None

    def group_in(self, span: tuple[int, int]) -> Mention | None:
        """A group or country that heads the source ("officials of the Justice Department",
        "Pyongyang"), not one that modifies it ("a Washington-based group")."""
        text = self.doc.text
        return next((g for g in _within(self.groups, self.group_starts, span)
                     if not text[g.end:span[1]].strip(" .,'’s")), None)

    def described(self, span: tuple[int, int]) -> Actor | None:
        """The one person of the article whose title the source's description repeats ("the
        governor" after "Gov. Mike Pence"); None when no one or several fit."""
        label = next(iter(_within(self.labels, self.label_starts, span)), None)
        if label is None:
            return None
        fit = [a for a in self.actors.actors if a.kind == "person"
               and any(r == label.role for _, r in a.roles)]
        return fit[0] if len(fit) == 1 else None


PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
GENDER_TITLES = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "dame": "f",
                 "congressman": "m", "congresswoman": "f", "chairman": "m",
                 "chairwoman": "f", "spokesman": "m", "spokeswoman": "f"}


def _within(mentions: list[Mention], starts: list[int], span: tuple[int, int]
            ) -> list[Mention]:
    """The mentions (in text order, ``starts`` their starts) that lie inside ``span``."""
    i = bisect.bisect_left(starts, span[0])
    out = []
    while i < len(mentions) and mentions[i].start < span[1]:
        if mentions[i].end <= span[1]:
            out.append(mentions[i])
        i += 1
    return out


def person_name(actor: Actor) -> str:
    if actor.names:
        return max(actor.names, key=lambda n: (len(n.split()), actor.names[n], n))
    return " ".join(sorted(actor.tokens)).title()


def surname(actor: Actor) -> str:
    """The last part of the actor's longest name: the key voices are matched by."""
    name = person_name(actor).replace("-", " ").split()
    parts = [p for p in name if p.lower().strip(".") not in {"jr", "sr", "iii", "ii"}]
    return (parts or name)[-1].lower()


def _person(actor: Actor, text: str) -> Speaker:
    return Speaker(f"person:{surname(actor)}", person_name(actor), "person", "named",
                   frozenset(actor.tokens), affiliation(text, actor.mentions))


def speaker_of(people: People, source: tuple[int, int], label: str) -> Speaker | None:
    """The speaker a source span stands for, or None when it cannot be told."""
    text = people.doc.text[source[0]:source[1]]
    words = text.split()
    if len(words) == 1 and words[0].lower() in PRONOUNS:
        actor = people.before(source[0], words[0].lower())
        if actor is None:
            return None
        return _person(actor, people.doc.text)
    actor = people.inside(source)
    if actor is not None and label == "named":
        return _person(actor, people.doc.text)
    actor = people.described(source)
    if actor is not None:
        return _person(actor, people.doc.text)
    group = people.group_in(source)
    if label == "named" and group is not None:
        return Speaker(f"organisation:{group_key(group.name)}", group.text, "organisation",
                       "named")
    if label == "named":
        return None  # named, but not by any name the naming rules know: no guess
    head = " ".join(w.lower() for w in words if w.lower() not in {"the", "a", "an"})
    return Speaker(f"unnamed:{head}", head, "unnamed", label)


def voices(doc: Document) -> tuple[list[VoiceRow], dict[str, int]]:
    """Each voice of the article with its quotations, attributions and words, and the word
    counts: all, the narrator's, and those in quotations or reported speech."""
    people = People(doc)
    voice = voice_of(doc)
    rows: dict[str, VoiceRow] = {}

    def add(speaker: Speaker | None, span: tuple[int, int] | None, cue: tuple[int, int],
            kind: str) -> None:
        if speaker is None:
            return
        if span and kind == "attribution" and span[0] < cue[0] < span[1]:
            span = (span[0], cue[0])  # reported speech before its cue: not the cue itself
        row = rows.setdefault(speaker.key, VoiceRow(speaker))
        row.quotes += kind == "quote"
        row.attributions += kind == "attribution"
        if span:
            row.spans.append(span)
            if kind == "quote":
                row.quote_spans.append(span)
        if len(row.cues) < MAX_SPANS and list(cue) not in row.cues:
            row.cues.append(list(cue))

    for a in voice.attributions:
        if a.source:
            add(speaker_of(people, a.source, a.label), a.content, a.cue, "attribution")
        else:
            add(Speaker("unnamed:", NO_SOURCE, "unnamed", "vague"), a.content, a.cue,
                "attribution")  # "it is said", "reportedly": one voice, nobody's
    last: tuple[Speaker, int, tuple[int, int]] | None = None  # the last quotation's speaker
    for q in voice.quotes:
        if q.kind != "direct":
            continue
        found = quote_speaker(doc, q)
        speaker = speaker_of(people, found.source, found.label) if found and found.source \
            else None
        if speaker is not None and found is not None:
            add(speaker, (q.start, q.end), found.cue, "quote")
            last = (speaker, q.end, found.cue)
        elif found is None and last is not None and _continues(people, last[1], q.start):
            add(last[0], (q.start, q.end), last[2], "quote")
            last = (last[0], q.end, last[2])
    quoted = _words_in(doc.text, voice.quoted)
    totals = {"words": doc.word_count, "quoted_words": quoted,
              "narrator_words": max(0, doc.word_count - quoted)}
    return sorted(rows.values(), key=lambda r: (-_words_in(doc.text, r.spans), r.speaker.key)
                  ), totals


def _continues(people: People, end: int, start: int) -> bool:
    """A quotation with no cue of its own goes on with the one before when it follows
    within one sentence and no one else is named between them."""
    first, second = people.doc.sentence_at(end - 1), people.doc.sentence_at(start)
    if first is None or second is None or second.index - first.index > 1:
        return False
    return people.inside((end, start)) is None and people.group_in((end, start)) is None


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


def _words_in(text: str, spans: list[tuple[int, int]]) -> int:
    return sum(len(WORD_RE.findall(text, s, e)) for s, e in _merge(spans))


def voice_dict(doc: Document, row: VoiceRow) -> dict[str, Any]:
    """A voice as plain data."""
    return {"voice": row.speaker.shown, "key": row.speaker.key, "kind": row.speaker.kind,
            "label": row.speaker.label, "quotes": row.quotes,
            "attributions": row.attributions, "words": _words_in(doc.text, row.spans),
            "spans": [list(s) for s in _merge(row.spans)[:MAX_SPANS]], "cues": row.cues}


def voices_table(docs: list[Document]) -> list[dict[str, Any]]:
    """Per document: its word counts, its voices (most words first) and the named voices
    that no other document of the set carries (``only_here``)."""
    found = [voices(d) for d in docs]
    out = []
    for i, (doc, (rows, totals)) in enumerate(zip(docs, found, strict=True)):
        others = [r.speaker for j, (rs, _) in enumerate(found) if j != i for r in rs]
        out.append({**totals, "voices": [voice_dict(doc, r) for r in rows],
                    "only_here": [r.speaker.shown for r in rows if r.speaker.kind != "unnamed"
                                  and not any(same_voice(r.speaker, o) for o in others)]
                    if len(docs) > 1 else []})
    return out


def same_voice(a: Speaker, b: Speaker) -> bool:
    """One person (one's name parts hold the other's: "Kim" and "Kim Jong Un"), or the
    same organisation key."""
    if a.kind == b.kind == "person" and a.tokens and b.tokens:
        return a.tokens <= b.tokens or b.tokens <= a.tokens
    return a.key == b.key
