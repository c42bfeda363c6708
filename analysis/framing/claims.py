"""The headline's checkable claims, each looked up in the body.

A headline makes promises a reader can check against the article under it: numbers
("20,000 troops", "Triple in 2023"), names and places. For each one this says whether the
body gives the same figure or name (``supported``), a different figure for the same thing
(``contradicted``), only repeats the headline's word for a change ("tripled") without any
figure that would let a reader check it (``repeated_without_figure``), or never mentions it
(``not_mentioned``), with the body's words that decide it as evidence.

Caution over cleverness: a contradiction needs a different figure next to the same noun in
the body; years, and names the body does not use, are never called contradicted.
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass
from functools import cache
from typing import Any

from analysis.framing.stance_features import (
    NUMBER_WORDS,
    STOP,
    WORD,
    BodyProfile,
    read_body,
    stem,
    words,
)
from analysis.lexicons import entries

TOKEN = re.compile(r"[$£€]?\d+(?:[.,]\d+)*(?:%| percent\b)?|[A-Za-z][A-Za-z'’.-]*[A-Za-z]|"
                   r"[A-Za-z]")
YEAR = re.compile(r"(?:1[89]|20)\d\d")
# A change stated as a multiple: "triple", "doubled", "halved", "surge by 40%".
MULTIPLE = {"double": 2, "doubled": 2, "doubles": 2, "doubling": 2, "twice": 2,
            "triple": 3, "tripled": 3, "triples": 3, "tripling": 3, "threefold": 3,
            "quadruple": 4, "quadrupled": 4, "quadruples": 4, "fourfold": 4,
            "halve": 0.5, "halved": 0.5, "halves": 0.5}
FIGURE = re.compile(r"\d|\b(?:hundred|thousand|million|billion|dozen)s?\b", re.I)
ACRONYM = re.compile(r"[A-Z]{2,6}")
EXPLAIN = {
    "supported": "the body gives the same {kind}",
    "contradicted": "the body gives a different figure for the same thing",
    "repeated_without_figure": "the body repeats the word but gives no figure that would "
                               "let a reader check it",
    "not_mentioned": "the body never mentions it",
}


@dataclass(frozen=True, slots=True)
class Claim:
    start: int
    end: int
    text: str
    kind: str  # number, year, multiple, name, place
    value: str  # normalised: "20000", "3", "2023", stems of the name
    thing: str  # the stem of the noun the number counts ("troop"), or ""


@cache
def _places() -> frozenset[str]:
    return frozenset(e.term.lower() for e in entries("places"))


CARDINALS = frozenset("""two three four five six seven eight nine ten eleven twelve dozen
    hundred thousand million""".split())


@cache
def _place_phrases() -> re.Pattern[str]:
    """The known places of more than one word ("South Korea"), as written with capitals."""
    phrases = sorted((e.term for e in entries("places") if " " in e.term), key=len,
                     reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, phrases)) + r")\b")


def _number(token: str) -> str | None:
    t = token.lower().lstrip("$£€").replace(" percent", "%").rstrip("%")
    if t[:1].isdigit():
        return t.replace(",", "").rstrip(".")
    return NUMBER_WORDS.get(t) if t in CARDINALS else None


def title_case(tokens: list[re.Match[str]]) -> bool:
    """Most later words capitalised: then capitals do not tell names from words."""
    later = [m.group() for m in tokens[1:] if m.group()[0].isalpha()
             and m.group().lower() not in STOP]
    return bool(later) and sum(w[0].isupper() for w in later) > 0.6 * len(later)


def extract(title: str, body_capitals: Container[str] = frozenset()) -> list[Claim]:
    """The numbers, multiples, years, names and places of a title. In a Title Case headline
    a capitalised word counts as a name only if it is a known place, an acronym, or the
    body writes it capitalised inside a sentence (``body_capitals``: stems)."""
    tokens = list(TOKEN.finditer(title))
    titled = title_case(tokens)
    places = _places()
    in_place = {i for m in _place_phrases().finditer(title)
                for i, t in enumerate(tokens) if m.start() <= t.start() < m.end()}
    out: list[Claim] = []
    run: list[re.Match[str]] = []
    for i, m in enumerate(tokens):
        word, low = m.group(), m.group().lower()
        after = _noun_after(tokens, i)
        if YEAR.fullmatch(word):
            out.append(Claim(m.start(), m.end(), word, "year", word, ""))
        elif low in MULTIPLE:
            before = _noun_before(tokens, i)
            out.append(Claim(m.start(), m.end(), word, "multiple", str(MULTIPLE[low]), before))
        elif _number(word) is not None and (word[0] in "$£€" or word[0].isdigit() or after):
            out.append(Claim(m.start(), m.end(), word, "number", _number(word) or "", after))
        if i in in_place or _is_name(word, i, titled, places, body_capitals):
            run.append(m)
            continue
        _flush(title, run, places, out)
        run = []
    _flush(title, run, places, out)
    return sorted(out, key=lambda c: c.start)


def _is_name(word: str, i: int, titled: bool, places: frozenset[str],
             body_capitals: Container[str]) -> bool:
    if not word[0].isupper() or word.lower() in STOP or _number(word) is not None:
        return False
    if word.lower() in places or ACRONYM.fullmatch(word):
        return True
    if titled or i == 0:
        return stem(word) in body_capitals
    return True


def _flush(title: str, run: list[re.Match[str]], places: frozenset[str], out: list[Claim]) -> None:
    if not run:
        return
    start, end = run[0].start(), run[-1].end()
    text = title[start:end]
    kind = "place" if text.lower() in places or run[-1].group().lower() in places else "name"
    value = " ".join(w.stem for w in words(text))
    out.append(Claim(start, end, text, kind, value, ""))


def _noun_after(tokens: list[re.Match[str]], i: int) -> str:
    for m in tokens[i + 1:i + 3]:
        w = m.group().lower()
        if w.isalpha() and w not in STOP:
            return stem(w)
    return ""


def _noun_before(tokens: list[re.Match[str]], i: int) -> str:
    for m in reversed(tokens[max(0, i - 2):i]):
        w = m.group().lower()
        if w.isalpha() and w not in STOP:
            return stem(w)
    return ""


@dataclass(frozen=True, slots=True)
class BodyWord:
    start: int
    end: int
    text: str
    stem: str
    number: str | None
    sentence: tuple[int, int]


FIGURE_OR_MULTIPLE = re.compile(
    r"\d|\b(?:" + "|".join(sorted(MULTIPLE)) + "|" + "|".join(sorted(CARDINALS)) + r")\b", re.I)


def body_words(body: BodyProfile) -> list[BodyWord]:
    """The words, with offsets, of the body sentences that give a number or a multiple:
    the only ones a number, year or multiple claim is decided by."""
    out = []
    for s, e in body.sentences:
        if not FIGURE_OR_MULTIPLE.search(body.text, s, e):
            continue
        for m in WORD.finditer(body.text, s, e):
            w = m.group()
            out.append(BodyWord(m.start(), m.end(), w, stem(w), _number(w), (s, e)))
    return out


class BodyCapitals:
    """``stem in BodyCapitals(body)``: does the body write this word capitalised inside a
    sentence and never in lower case? Read from the body only when first asked (a title in
    sentence case never asks)."""

    def __init__(self, body: BodyProfile) -> None:
        self.body = body
        self.names: frozenset[str] | None = None

    def __contains__(self, word_stem: object) -> bool:
        if self.names is None:
            toks = self.body.tokens
            lower = {stem(t) for ts in toks for t in ts if t[0].islower()}
            self.names = frozenset(stem(t) for ts in toks for t in ts[1:]
                                   if t[0].isupper() and stem(t) not in lower)
        return word_stem in self.names


def _name_hits(claim: Claim, body: BodyProfile) -> list[BodyWord]:
    """Up to three body sentences that use every word of the name ("South Korea" is not
    "North Korea"); for a person's name, failing that, its last word (the surname)."""
    parts = claim.value.split()
    if not parts:
        return []
    hits = _sentences_with(parts, body)
    if not hits and claim.kind == "name" and len(parts) > 1:
        hits = _sentences_with(parts[-1:], body)
    return hits


def _sentences_with(parts: list[str], body: BodyProfile) -> list[BodyWord]:
    out: list[BodyWord] = []
    for (s, e), stems, toks in zip(body.sentences, body.sentence_stems, body.tokens,
                                   strict=True):
        if all(p in stems for p in parts) or (
                not stems.issuperset(parts) and set(parts) <= {stem(t) for t in toks}):
            start, end = _span(parts, body.text, s, e)
            out.append(BodyWord(start, end, body.text[start:end], parts[-1], None, (s, e)))
            if len(out) == 3:
                break
    return out


def _span(parts: list[str], text: str, s: int, e: int) -> tuple[int, int]:
    """The name as written in ``text[s:e]``: its words together if they stand together,
    else its last word."""
    found = [(m.start(), m.end(), stem(m.group())) for m in WORD.finditer(text, s, e)]
    n = len(parts)
    for i in range(len(found) - n + 1):
        if [f[2] for f in found[i:i + n]] == parts:
            return found[i][0], found[i + n - 1][1]
    return next((a, b) for a, b, st in found if st == parts[-1])


def check(claim: Claim, body: BodyProfile, words: list[BodyWord]) -> dict[str, Any]:
    """The claim as plain data, with its ``status`` in the body and the deciding evidence."""
    if claim.kind in ("name", "place"):
        hits = _name_hits(claim, body)
        status, found = ("supported", hits) if hits else ("not_mentioned", [])
    else:
        status, found = _status(claim, words)
    kind = {"year": "year", "number": "number", "multiple": "figure"}.get(claim.kind, "name")
    return {"text": claim.text, "start": claim.start, "end": claim.end, "kind": claim.kind,
            "status": status, "explanation": EXPLAIN[status].format(kind=kind),
            "evidence": [{"start": w.start, "end": w.end, "text": body.text[w.start:w.end],
                          "sentence": list(w.sentence)} for w in found[:3]]}


def _status(claim: Claim, words: list[BodyWord]) -> tuple[str, list[BodyWord]]:
    if claim.kind == "year":
        same = [w for w in words if w.text == claim.value]
        return ("supported", same) if same else ("not_mentioned", [])
    if claim.kind == "number":
        return _number_status(claim, words)
    return _multiple_status(claim, words)


def _counted(words: list[BodyWord], thing: str) -> list[tuple[BodyWord, BodyWord]]:
    """(number, noun) pairs: a number at most two words before the noun ``thing``."""
    out = []
    for i, w in enumerate(words):
        if w.stem != thing:
            continue
        for n in words[max(0, i - 3):i]:
            if n.number is not None and not YEAR.fullmatch(n.text) and n.sentence == w.sentence:
                out.append((n, w))
    return out


def _number_status(claim: Claim, words: list[BodyWord]) -> tuple[str, list[BodyWord]]:
    same = [w for w in words if w.number == claim.value]
    if claim.thing:
        counted = _counted(words, claim.thing)
        matching = [n for n, _ in counted if n.number == claim.value]
        if matching:
            return "supported", matching
        if counted:
            return "contradicted", [n for n, _ in counted]
    return ("supported", same) if same else ("not_mentioned", [])


def _multiple_status(claim: Claim, words: list[BodyWord]) -> tuple[str, list[BodyWord]]:
    said = [w for w in words if w.text.lower() in MULTIPLE]
    same = [w for w in said if str(MULTIPLE[w.text.lower()]) == claim.value]
    if not same:
        return ("contradicted", said) if said and claim.thing and _near(said, claim.thing,
                                                                        words) else (
            "not_mentioned", [])
    counts = _counted(words, claim.thing) if claim.thing else []
    if counts:
        return "supported", same + [n for n, _ in counts]
    return "repeated_without_figure", same


def _near(said: list[BodyWord], thing: str, words: list[BodyWord]) -> bool:
    sentences = {w.sentence for w in said}
    return any(w.stem == thing and w.sentence in sentences for w in words)


def claims(title: str, body: str | BodyProfile) -> list[dict[str, Any]]:
    """Every checkable claim of ``title`` with its status in ``body`` (module docstring);
    ``body`` may be given already read (``stance_features.profile``)."""
    prof = body if isinstance(body, BodyProfile) else read_body(title, body)
    found = extract(title, BodyCapitals(prof))
    words = body_words(prof) if any(c.kind not in ("name", "place") for c in found) else []
    return [check(c, prof, words) for c in found]
