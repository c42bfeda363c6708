"""Distinctive vocabulary: the words and two-word phrases that set each article apart from
the others in the set, by the weighted log-odds ratio with an informative Dirichlet prior
(Monroe, Colaresi & Quinn 2008, "Fightin' Words", eq. 22).

For article i against the rest of the set, word w with counts y_i and y_r (totals n_i, n_r)
and prior a_w = a0 * (the word's count in the whole set) / (the set's total N), a0 = N / k
for k articles (the prior weighs as much as one average article):

    d = log((y_i + a_w) / (n_i + a0 - y_i - a_w)) - log((y_r + a_w) / (n_r + a0 - y_r - a_w))
    z = d / sqrt(1 / (y_i + a_w) + 1 / (y_r + a_w))

The prior shrinks rare words toward the set's own rates, so one odd word in a short text
does not top the list; |z| >= 1.96 is reported as distinctive. Function words and phrases
that start or end with one are scored but never listed (they set style, not content).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import Any

from analysis.text.document import Document

WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]|\d[\d,.]*\d|\d")
FUNCTION_WORDS = frozenset("""a an the and or but nor so yet for of in on at to from by with
    about as into onto upon over under after before between through during without within
    against among is are was were be been being am has have had do does did will would shall
    should can could may might must it its it's this that these those there here he him his
    she her hers they them their theirs we us our ours you your yours i me my mine who whom
    whose which what when where why how not no than then also just very too only even more
    most some any each all both such own same other s t if because while although though
    said says say told""".split())
Z_MIN = 1.96
TOP = 12
MAX_SPANS = 3


def terms(doc: Document) -> tuple[Counter, dict[str, list[list[int]]]]:
    """Counts of lower-cased words and of two-word phrases within a sentence, and where
    the first few of each are."""
    counts: Counter = Counter()
    spans: dict[str, list[list[int]]] = {}
    for sent in doc.sentences:
        words = [(m.group().lower().replace("’", "'").removesuffix("'s"), m.start(), m.end())
                 for m in WORD_RE.finditer(doc.text, sent.start, sent.end)]
        grams = [(w, s, e) for w, s, e in words]
        grams += [(f"{a[0]} {b[0]}", a[1], b[2]) for a, b in zip(words, words[1:], strict=False)]
        for term, s, e in grams:
            counts[term] += 1
            found = spans.setdefault(term, [])
            if len(found) < MAX_SPANS:
                found.append([s, e])
    return counts, spans


def listed(term: str) -> bool:
    """Whether a term may be shown: no function word at either end, not a bare number."""
    parts = term.split()
    return parts[0] not in FUNCTION_WORDS and parts[-1] not in FUNCTION_WORDS and \
        not all(p[0].isdigit() for p in parts)


def log_odds(counts: list[Counter]) -> list[dict[str, float]]:
    """z-score of every term of each article against all the others (words and phrases
    scored in separate vocabularies, each with its own prior)."""
    out: list[dict[str, float]] = [{} for _ in counts]
    for size in (1, 2):
        part = [Counter({t: c for t, c in cnt.items() if t.count(" ") + 1 == size})
                for cnt in counts]
        total = Counter()
        for cnt in part:
            total.update(cnt)
        n = sum(total.values())
        if not n:
            continue
        a0 = n / len(part)  # the prior weighs as much as one average article
        for i, cnt in enumerate(part):
            n_i = sum(cnt.values())
            n_r = n - n_i
            for term, y_all in total.items():
                a_w = a0 * y_all / n
                y_i = cnt.get(term, 0)
                y_r = y_all - y_i
                delta = (math.log((y_i + a_w) / (n_i + a0 - y_i - a_w))
                         - math.log((y_r + a_w) / (n_r + a0 - y_r - a_w)))
                out[i][term] = delta / math.sqrt(1 / (y_i + a_w) + 1 / (y_r + a_w))
    return out


def vocabulary_table(docs: list[Document], *, top: int = TOP) -> list[dict[str, Any]]:
    """Per document: the terms most over-used against the rest of the set (z >= 1.96),
    with counts here and elsewhere, the z-score and where the first occurrences are."""
    if len(docs) < 2:
        return [{"distinctive": []} for _ in docs]
    found = [terms(d) for d in docs]
    counts = [c for c, _ in found]
    scores = log_odds(counts)
    rows = []
    for i, (cnt, spans) in enumerate(found):
        best = sorted(((z, t) for t, z in scores[i].items() if z >= Z_MIN and cnt.get(t)
                       and listed(t)), key=lambda x: (-x[0], x[1]))
        rows.append({"distinctive": [
            {"term": t, "count": cnt[t], "others": sum(c.get(t, 0) for j, c in
                                                       enumerate(counts) if j != i),
             "z": round(z, 2), "spans": spans[t]}
            for z, t in _no_overlap(best)[:top]]})
    return rows


def _no_overlap(best: list[tuple[float, str]]) -> list[tuple[float, str]]:
    """A word already inside a listed phrase (or a phrase around a listed word) is not
    listed twice: the higher z keeps its place."""
    kept: list[tuple[float, str]] = []
    for z, t in best:
        words = set(t.split())
        if any(words & set(k.split()) for _, k in kept):
            continue
        kept.append((z, t))
    return kept
