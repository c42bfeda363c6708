"""List candidate questions (spans ending in "?") in the evaluation corpora.

    python benchmarks/questions/find_questions.py --corpus ptc --doc 111111111
    python benchmarks/questions/find_questions.py --corpus buzzfeed --sample 60 --seed 7
    python benchmarks/questions/find_questions.py --corpus both --stats
    python benchmarks/questions/find_questions.py --corpus all --stats   # all six corpora

Corpora: ptc, buzzfeed, polnear (PolNeAR train, one row per article), semeval (SemEval-2023
articles that are not also PTC articles), basil (title, blank line, sentences joined by
spaces: BASIL stores no article text) and narrative (narrative frames).

Reads ../shared/data (see its README) and prints to stdout only; it never writes
article text anywhere. A candidate is a maximal span ending in "?":

* end   = index just after the last "?" of a run such as "??" or "?!?";
* start = after the previous sentence end (. ! ? followed by space, optionally after a
  closing quote/bracket; common abbreviations and initials do not end a sentence, and an
  ellipsis only does when a capital letter or a quote mark follows), or
  after a line break / paragraph gap (newline or 3+ spaces), whichever is later;
  then moved to just after an opening quote mark or an opening parenthesis if the question
  sits inside a quotation
  that opens within that sentence, or just after an introducing colon (": ") or dash
  (" - ", " -- ", "—", "–") when what follows starts like a question ("The question
  is: why now?", "Ask yourself -- who benefits?"); leading spaces and quote marks are
  skipped.

"?" directly followed by a letter or digit ("?id=3", mojibake "don?t") is not a question
and is skipped. Offsets are Python str indices into the stored `text`, end exclusive.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEFAULT_DATA = (REPO / ".." / "shared" / "data").resolve()
FILES = {
    "ptc": ("propaganda/ptc_dev.jsonl", "article_id"),
    "buzzfeed": ("reliability/buzzfeed_webis_dev.jsonl", "id"),
    "polnear": ("attribution/polnear_train.jsonl", "article_id"),
    "semeval": ("framing/semeval2023_frames_dev.jsonl", "id"),
    "basil": ("framing/basil_dev.jsonl", "id"),
    "narrative": ("framing/narrative_frames_dev.jsonl", "id"),
}
CORPORA = tuple(FILES)

OPEN_Q = "“‘«"
CLOSE_Q = "”’»"
ALL_Q = OPEN_Q + CLOSE_Q + "\"'"
ABBREV = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "jr",
    "sr",
    "prof",
    "gen",
    "sen",
    "rep",
    "gov",
    "lt",
    "col",
    "sgt",
    "capt",
    "vs",
    "v",
    "no",
    "inc",
    "corp",
    "co",
    "ltd",
    "jan",
    "feb",
    "aug",
    "sept",
    "sep",
    "oct",
    "nov",
    "dec",
    "mt",
    "ft",
    "rev",
    "pres",
    "u.s",
    "u.k",
    "u.n",
    "d.c",
    "e.g",
    "i.e",
    "a.m",
    "p.m",
    "al",
    "fr",
    "msgr",
    "sens",
    "reps",
}
TITLES = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "fr",
    "msgr",
    "rev",
    "gen",
    "sen",
    "rep",
    "gov",
    "prof",
    "lt",
    "col",
    "sgt",
    "capt",
}
QWORDS = (
    "why|what|how|who|whom|whose|where|when|which|is|are|was|were|am|do|does|did|can|"
    "could|will|would|should|shall|may|might|must|have|has|had|isn't|aren't|wasn't|"
    "weren't|don't|doesn't|didn't|can't|couldn't|won't|wouldn't|shouldn't|haven't|hasn't"
)
Q_START = re.compile(r"[\s\"'“‘«]*((and|but|so|then)\s+)?(" + QWORDS + r")\b", re.I)
INTRO = re.compile(r"(:\s)|(;\s)|(\s[-–—]{1,2}\s)|([–—]{1,2})|(\s--)")
# page furniture that runs into a question (PTC poll widgets, Politico "Story Continued Below")
FURNITURE = re.compile(r"story continue[sd] below\s+", re.I)
QMARK_RUN = re.compile(r"[?!]*\?")


def basil_text(row: dict) -> str:
    """BASIL stores a title and a list of sentences, not an article text: the document
    text is the title, a blank line, then the sentences joined by single spaces (the
    paragraph breaks are not stored, so none are invented)."""
    return row["title"] + "\n\n" + " ".join(row["sentences"])


def _read(data: Path, rel: str) -> list[dict]:
    with open(data / rel, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def load(data: Path, corpus: str) -> dict[str, str]:
    """doc_id -> text. PolNeAR has one row per article and annotator: the first row of
    each article is kept. SemEval-2023 articles whose id is also a PTC article_id are
    left out (the corpora overlap; those texts are PTC's)."""
    rel, key = FILES[corpus]
    out: dict[str, str] = {}
    for row in _read(data, rel):
        doc_id = str(row[key])
        if doc_id in out:
            continue
        out[doc_id] = basil_text(row) if corpus == "basil" else row["text"]
    if corpus == "semeval":
        ptc = {str(r["article_id"]) for r in _read(data, FILES["ptc"][0])}
        out = {d: t for d, t in out.items() if d not in ptc}
    return out


def _is_sentence_end(text: str, i: int) -> bool:
    """Does the punctuation at text[i] end a sentence?"""
    ch = text[i]
    if ch not in ".!?…":
        return False
    j = i + 1
    while j < len(text) and text[j] in CLOSE_Q + "\"')]\u200b":
        j += 1
    if j < len(text) and not text[j].isspace():
        return False
    if ch == "…" or text[max(0, i - 2) : i + 1] == "...":
        # an ellipsis ends a sentence only if a capital letter or quote mark follows
        while j < len(text) and (text[j].isspace() or text[j] == "\u200b"):
            j += 1
        return j >= len(text) or text[j].isupper() or text[j].isdigit() or text[j] in ALL_Q
    if ch == ".":
        m = re.search(r"([A-Za-z.]+)$", text[max(0, i - 12) : i])
        if m:
            tok = m.group(1).lower().strip(".")
            if tok in ABBREV or re.fullmatch(r"([a-z]\.)*[a-z]", tok):
                return False
    return True


def _after_boundary(text: str, q: int) -> int:
    """Index just after the sentence/line boundary preceding position q."""
    i = q - 1
    while i >= 0:
        ch = text[i]
        if ch == "\n":
            # PTC breaks lines after abbreviations ("Fr.\nSmith"): not a boundary
            k = i - 1
            while k >= 0 and text[k] in " \t":
                k -= 1
            m = re.search(r"\b([A-Za-z]+)\.$", text[max(0, k - 8) : k + 1]) if k >= 0 else None
            if not (m and m.group(1).lower() in TITLES):
                return i + 1
        if ch == " " and i >= 2 and text[i - 2 : i + 1] == "   ":
            return i + 1
        if ch in ".!?…" and _is_sentence_end(text, i):
            j = i + 1
            while j < q and text[j] in CLOSE_Q + "\"')]\u200b":
                j += 1
            return j
        i -= 1
    return 0


def _open_quote_inside(seg: str) -> int | None:
    """Offset (in seg) just after the quote mark that opens the quotation still open at
    the end of seg, if it opened within seg."""
    stack: list[int] = []
    straight_open: int | None = None
    for k, ch in enumerate(seg):
        if ch in OPEN_Q:
            stack.append(k)
        elif ch in CLOSE_Q:
            # a ’ inside a word is an apostrophe
            if ch == "’" and 0 < k < len(seg) - 1 and seg[k - 1].isalpha() and seg[k + 1].isalpha():
                continue
            if ch == "’" and not any(seg[s] == "‘" for s in stack):
                continue
            if stack:
                stack.pop()
        elif ch == '"':
            straight_open = None if straight_open is not None else k
    cands = []
    if stack:
        cands.append(stack[-1])
    if straight_open is not None:
        cands.append(straight_open)
    return max(cands) + 1 if cands else None


def _open_paren_inside(seg: str) -> int | None:
    """Offset just after a "(" that is still open at the end of seg (a parenthetical
    question such as "(do you even know?)")."""
    depth_at: list[int] = []
    for k, ch in enumerate(seg):
        if ch == "(":
            depth_at.append(k)
        elif ch == ")" and depth_at:
            depth_at.pop()
    return depth_at[-1] + 1 if depth_at else None


def _skip_lead(text: str, s: int, e: int) -> int:
    while s < e and (text[s].isspace() or text[s] == "\u200b"):
        s += 1
    return s


MOJIBAKE = {  # UTF-8 punctuation read as Latin-1, mapped to a same-length stand-in
    "\u00e2\u0080\u009c": "\u201c\x00\x00",
    "\u00e2\u0080\u009d": "\u201d\x00\x00",
    "\u00e2\u0080\u0098": "\u2018\x00\x00",
    "\u00e2\u0080\u0099": "\u2019\x00\x00",
    "\u00e2\u0080\u0094": "\u2014\x00\x00",
    "\u00e2\u0080\u0093": "\u2013\x00\x00",
    "\u00e2\u0080\u00a6": "\u2026\x00\x00",
    "\u00c2\u00a0": " \x00",
}


def _demojibake_same_length(text: str) -> str:
    """A working copy with mojibake punctuation replaced so offsets stay identical."""
    for bad, good in MOJIBAKE.items():
        text = text.replace(bad, good)
    return text.replace("\x00", "\u200b")  # zero-width filler, skipped like space


def _not_a_question(text: str, q0: int, end: int) -> bool:
    """'?' inside a URL query string, or a '?' standing for a lost character."""
    if end >= len(text) or not text[end].isalnum():
        return False
    tok = re.search(r"\S*$", text[:q0]).group()
    if "://" in tok or "www." in tok or "/" in tok:
        return True
    return not text.startswith("http", end)


def find_questions(text: str) -> list[tuple[int, int]]:
    text = _demojibake_same_length(text)
    spans = []
    for m in QMARK_RUN.finditer(text):
        q0, end = m.start(), m.end()
        if _not_a_question(text, q0, end):
            continue
        start = _after_boundary(text, q0)
        seg = text[start:q0]
        oq = _open_quote_inside(seg)
        if oq is not None:
            start += oq
            seg = text[start:q0]
        paren = _open_paren_inside(seg)
        if paren is not None:
            start += paren
            seg = text[start:q0]
        intro = None
        for im in INTRO.finditer(seg):
            rest = seg[im.end() :]
            if im.group(1) or Q_START.match(rest):
                intro = im.end()
        for fm in FURNITURE.finditer(seg):
            intro = max(intro or 0, fm.end())
        if intro is not None and seg[intro:].strip():
            start += intro
        start = _skip_lead(text, start, q0)
        if spans and start < spans[-1][1]:
            start = spans[-1][1]
            start = _skip_lead(text, start, q0)
        spans.append((start, end))
    return spans


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--corpus", choices=[*CORPORA, "both", "all"], default="both")
    ap.add_argument("--doc", action="append", help="only these doc ids (repeatable)")
    ap.add_argument(
        "--sample", type=int, help="random sample of N articles that contain candidates"
    )
    ap.add_argument(
        "--max-per-doc",
        type=int,
        default=0,
        help="with --sample: skip articles with more candidates",
    )
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--before", type=int, default=400, help="context characters before")
    ap.add_argument("--after", type=int, default=250, help="context characters after")
    ap.add_argument("--stats", action="store_true", help="only counts")
    ap.add_argument("--offsets", action="store_true", help="JSON lines of offsets only (no text)")
    args = ap.parse_args(argv)

    if args.corpus == "both":
        corpora = ["ptc", "buzzfeed"]
    elif args.corpus == "all":
        corpora = list(CORPORA)
    else:
        corpora = [args.corpus]
    for corpus in corpora:
        docs = load(args.data, corpus)
        cands = {d: find_questions(t) for d, t in docs.items()}
        ids = [d for d in sorted(docs) if cands[d]]
        if args.doc:
            ids = [d for d in args.doc if d in docs]
        elif args.sample:
            rng = random.Random(args.seed)
            pool = sorted(ids)
            rng.shuffle(pool)
            if args.max_per_doc:
                pool = [d for d in pool if len(cands[d]) <= args.max_per_doc]
            ids = pool[: args.sample]
        if args.stats:
            n = sum(len(cands[d]) for d in ids)
            print(f"{corpus}: {len(docs)} docs, {len(ids)} with candidates, {n} candidates")
            continue
        for d in ids:
            text = docs[d]
            if args.offsets:
                for s, e in cands[d]:
                    print(json.dumps({"corpus": corpus, "doc_id": d, "start": s, "end": e}))
                continue
            print(f"===== {corpus} {d}  ({len(cands[d])} candidates, {len(text)} chars)")
            for k, (s, e) in enumerate(cands[d]):
                ctx_b = text[max(0, s - args.before) : s].replace("\n", " ⏎ ")
                ctx_a = text[e : e + args.after].replace("\n", " ⏎ ")
                print(f"--- #{k} [{s}:{e}] line_start={s == 0 or text[s - 1] == chr(10)}")
                print(f"    ...{ctx_b}")
                print(f"    >>> {text[s:e]} <<<".replace("\n", " ⏎ "))
                print(f"    {ctx_a}...")
    return 0


if __name__ == "__main__":
    sys.exit(main())
