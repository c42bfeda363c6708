"""Context before lexicon: when a word-list match is not the writer's word choice.

A match is set aside when it lies inside a name, a title or a dateline (the names layer in
analysis.text.names), or when the words around it give the word its literal or technical
sense (``rat poison``, ``birds as predators``, ``disaster relief``, listed in the
``literal_senses`` lexicon). Every word-list extractor (hedging, superlatives, loaded
language) asks ``set_aside`` before it reports a match.
"""

from __future__ import annotations

import re
from functools import cache

from analysis.lexicons import entries
from analysis.lexicons.lazy import fold, lazy_re
from analysis.text.document import Document, Sentence
from analysis.text.names import GROUP_WORDS, names_of

NEAR = 4  # words either side


@cache
def _rules() -> tuple[tuple[str, re.Pattern[str], str, frozenset[str]], ...]:
    out = []
    for e in entries("literal_senses"):  # each compiled when a word may match it
        pattern = lazy_re(re.escape(e.term).replace(r"\*", r"[\w-]*"), re.I)
        out.append((e.term.split("*")[0].lower(), pattern, e.label, frozenset(e.note.split())))
    return tuple(out)


@cache
def _rules_by_start() -> tuple[int, dict[str, tuple]]:
    """The rules by the first ``n`` letters of their heads (``n``: the shortest head's
    length), in file order: a word is tried only against the rules whose heads may open it,
    not against every rule."""
    rules = _rules()
    n = min((len(head) for head, *_ in rules), default=0)
    out: dict[str, list] = {}
    for rule in rules:
        out.setdefault(rule[0][:n], []).append(rule)
    return n, {k: tuple(v) for k, v in out.items()}


def literal_sense(sent: Sentence, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` has its literal sense in ``sent``."""
    i = sent.token_index(start)
    if i is None:
        return False
    j = i
    while j + 1 < len(sent.tokens) and sent.tokens[j + 1].start < end:
        j += 1  # the last token of the match
    word = sent.text[start - sent.start : end - sent.start]
    toks = sent.tokens  # only the few words around the match are read: linear in all
    low = fold(word)
    n, by_start = _rules_by_start()
    for head, pattern, where, context in _rules() if low is None else by_start.get(low[:n], ()):
        # a rule's fixed head ("poison" of "poison*") must open the folded word
        if (low is not None and not low.startswith(head)) or not pattern.fullmatch(word):
            continue
        if where == "prev" and i > 0 and toks[i - 1].lower in context:
            return True
        if where == "next" and j + 1 < len(toks) and toks[j + 1].lower in context:
            return True
        near = toks[max(0, i - NEAR) : j + NEAR + 1]
        if where == "near" and any(t.lower in context for t in near):
            return True
        if where == "before" and any(t.lower in context for t in toks[max(0, i - NEAR) : i]):
            return True  # "efforts against extremism", "fighting corruption"
    return False


def _named(doc: Document, start: int, end: int) -> bool:
    """Inside a title, a dateline or a name. A phrase capitalised as a whole ("the Deep
    State", "a Witch Hunt") is the phrase itself written large, not the name of something
    else; a group word before people ("Leftist Catholics") still labels, before a state
    or body ("Nazi Germany") it is part of the name."""
    span = names_of(doc).at(start, end)
    if span is None:
        return False
    if span.kind != "name":
        return True
    word = doc.text[start:end]
    if word.lower() in GROUP_WORDS:
        return _group_word_names(doc, span.end, end)
    return not (span.start == start and span.end == end and len(word.split()) > 1)


def _group_word_names(doc: Document, span_end: int, end: int) -> bool:
    """A group word inside a longer name names a state or body when the name goes on with a
    singular word ("Nazi Germany", "the Communist Party"); before a plural it still labels
    people ("Leftist Catholics")."""
    rest = doc.text[end:span_end].split()
    return bool(rest) and not rest[-1].endswith("s")


def set_aside(doc: Document, sent: Sentence, start: int, end: int) -> bool:
    """Whether a word-list match at ``start:end`` is no choice of words by the writer:
    inside a name, title or dateline, or in its literal sense."""
    return _named(doc, start, end) or literal_sense(sent, start, end)
