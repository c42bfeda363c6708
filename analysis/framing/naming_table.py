"""The naming table of a set of articles: each actor that several of them mention, and how
each one refers to it (name forms, titles, descriptions), with counts and evidence spans.

Articles' actors are merged across the set by the rules of ``analysis.framing.naming``; a
description no apposition explained ("the North Korean dictator") is then given to the actor
the set ties that description to: the same country and role ("North Korean leader Kim Jong
Un" elsewhere), a country's regime or government to the country, a bare role ("the
president") to the one actor of that article with that title. No tie, no assignment.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from analysis.framing.mentions import Mention, country_names, title_role
from analysis.framing.naming import (
    COUNTRY_ROLES,
    Actor,
    ArticleActors,
    article_actors,
    find_person,
    form_of,
    name_tokens,
)
from analysis.text.document import Document

MAX_SPANS = 5  # evidence spans kept per form and article


class SetActor:
    """One actor across the set: per article, its (mention, form) pairs."""

    def __init__(self, kind: str, key: str, n: int) -> None:
        self.kind, self.key = kind, key
        self.tokens: set[str] = set()
        self.names: Counter = Counter()
        self.per_article: list[list[tuple[Mention, str]]] = [[] for _ in range(n)]
        self.roles: Counter = Counter()

    @property
    def mentions(self) -> list[tuple[Mention, str]]:  # for find_person's "most mentioned"
        return [x for article in self.per_article for x in article]


def merge(articles: list[ArticleActors]) -> list[SetActor]:
    """Join the articles' actors: persons by name parts, countries and groups by key."""
    merged: list[SetActor] = []
    keyed: dict[tuple[str, str], SetActor] = {}
    # the most mentioned first: a later lone "Trump" then joins Donald, not Melania, Trump
    order = sorted(((len(a.mentions), len(a.tokens), i, j, a) for i, art in enumerate(articles)
                    for j, a in enumerate(art.actors)), key=lambda t: (-t[0], -t[1], t[2], t[3]))
    for _, _, i, _, actor in order:
        target = _target(actor, merged, keyed, len(articles))
        target.tokens |= actor.tokens
        target.names.update(actor.names)
        target.per_article[i] += actor.mentions
        target.roles.update(actor.roles)
    for i, art in enumerate(articles):
        for m in art.loose:
            tokens = name_tokens(m.name)
            if id(m) not in art.fits and not m.title:
                found = _by_surname(merged, tokens)  # a lone "Trump": the one Trump, if one
            else:
                found = find_person(merged, tokens)  # type: ignore[assignment]
            if found is not None:
                found.per_article[i].append((m, form_of(m, "person")))
                if m.title:
                    found.roles[(m.country, title_role(m.title))] += 1
    return merged


def _by_surname(merged: list[SetActor], tokens: set[str]) -> SetActor | None:
    """The one person of the set whose surname (the last part of a longest name) this is;
    none when several share it or when it is a given name ("Lee" of "Lee Il-gu")."""
    fits = [a for a in merged if a.kind == "person" and a.names
            and max(a.names, key=lambda n: len(n.split())).lower().split()[-1] in tokens]
    return fits[0] if len(fits) == 1 and len(tokens) == 1 else None


def _target(actor: Actor, merged: list[SetActor], keyed: dict[tuple[str, str], SetActor],
            n: int) -> SetActor:
    if actor.kind == "person":
        found = find_person(merged, actor.tokens)  # type: ignore[arg-type]
        if found is not None:
            return found  # type: ignore[return-value]
    elif (actor.kind, actor.key) in keyed:
        return keyed[(actor.kind, actor.key)]
    new = SetActor(actor.kind, actor.key, n)
    merged.append(new)
    keyed[(actor.kind, actor.key)] = new
    return new


def resolve_labels(articles: list[ArticleActors], merged: list[SetActor]) -> None:
    """Give each description left over to the one actor the set ties it to."""
    countries = {a.key: a for a in merged if a.kind == "country"}
    for i, art in enumerate(articles):
        for label in art.pending:
            actor = _label_actor(label, i, merged, countries)
            if actor is not None:
                actor.per_article[i].append((label, "description"))
        for actor in merged:
            actor.per_article[i].sort(key=lambda x: x[0].start)


def _label_actor(label: Mention, i: int, merged: list[SetActor],
                 countries: dict[str, SetActor]) -> SetActor | None:
    if label.role in COUNTRY_ROLES:
        return countries.get(label.country) if label.country else None
    persons = [a for a in merged if a.kind == "person"]
    if label.country:
        exact = [a for a in persons if a.roles[(label.country, label.role)]]
        if len(exact) == 1:
            return exact[0]
        same = [a for a in persons if any(c == label.country and r not in ("mr", "mrs", "ms")
                                           for c, r in a.roles)]
        return same[0] if len(same) == 1 else None
    here = [a for a in persons if a.per_article[i]
            and any(r == label.role for _, r in a.roles)]
    return here[0] if len(here) == 1 else None


def display_name(actor: SetActor) -> str:
    """The longest of the most used full names; a country's or group's commonest name."""
    if actor.kind == "country" and actor.key in country_names():
        return country_names()[actor.key]
    if not actor.names:
        return actor.key
    if actor.kind == "person":
        return max(actor.names, key=lambda n: (len(n.split()), actor.names[n], n))
    return max(actor.names, key=lambda n: (actor.names[n], len(n), n))


def naming_table(docs: list[Document], *, min_articles: int = 2) -> list[dict[str, Any]]:
    """Actors that at least ``min_articles`` of the documents mention (all of them for a
    single document), most mentioned first, with each document's forms."""
    articles = [article_actors(d) for d in docs]
    merged = merge(articles)
    resolve_labels(articles, merged)
    need = min(min_articles, len(docs))
    rows = []
    for actor in merged:
        present = sum(1 for p in actor.per_article if p)
        if present >= need and actor.per_article:
            rows.append(_row(actor, docs))
    rows.sort(key=lambda r: (-r["articles"], -r["mentions"], r["actor"]))
    return rows


def _row(actor: SetActor, docs: list[Document]) -> dict[str, Any]:
    per = []
    for doc, found in zip(docs, actor.per_article, strict=True):
        forms: dict[tuple[str, str], list[list[int]]] = {}
        for m, form in found:
            text = " ".join(doc.text[m.start:m.end].split())
            if form == "description" and text.split()[0].lower() in ("the", "a", "an"):
                text = text.split(" ", 1)[1] if " " in text else text
            forms.setdefault((text, form), []).append([m.start, m.end])
        per.append({"mentions": len(found), "forms": [
            {"text": t, "form": f, "count": len(spans), "spans": spans[:MAX_SPANS]}
            for (t, f), spans in sorted(forms.items(), key=lambda kv: (-len(kv[1]), kv[0]))]})
    return {"actor": display_name(actor), "kind": actor.kind,
            "articles": sum(1 for p in per if p["mentions"]),
            "mentions": sum(p["mentions"] for p in per), "per_document": per}
