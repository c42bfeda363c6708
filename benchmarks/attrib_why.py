"""Why the rules dropped a missed cue whose word the cue list has, on the *develop* part of
PolNeAR's training half only: for each such miss, the lexicon match inside it (if any) and
the line of the attribution rules that returned no attribution for it.

    python benchmarks/attrib_why.py --summary            # misses counted by reason
    python benchmarks/attrib_why.py --sample 100 --seed 1   # a random sample, with reasons
    python benchmarks/attrib_why.py --sample 40 --reason 'subject_before'
"""

from __future__ import annotations

import argparse
import linecache
import random
import sys
from collections import Counter
from multiprocessing import Pool
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from analysis.lexicons import entries, lexicon  # noqa: E402
from analysis.text import attribution  # noqa: E402
from analysis.text.document import Document  # noqa: E402
from analysis.text.voice import voice_of  # noqa: E402
from benchmarks.attrib_errors import _ctx, classify_miss, develop_rows  # noqa: E402

LISTED = "listed cue word missed (speaker/clause rules)"
WATCHED = {"_verb_attribution", "_attribution"}


def _reason(doc: Document, cue: tuple[int, int]) -> str:
    """The lexicon match overlapping ``cue`` and the line that rejected it."""
    voice = voice_of(doc)
    sent = doc.sentence_at(cue[0])
    if sent is None:
        return "no sentence"
    matches = [(m, e) for m, e in lexicon("attribution_cues").finditer(doc.text, sent.start,
                                                                        sent.end)
               if m.start() < cue[1] and cue[0] < m.end()]
    if not matches:
        return "no lexicon match"
    m, entry = matches[0]
    if voice.in_direct_quote(m.start()):
        return "inside a direct quotation"
    last: list[str] = []

    def tracer(frame, event, arg):  # noqa: ANN001, ANN202
        if frame.f_code.co_name in WATCHED:
            if event == "return" and arg is None and not last:
                last.append(f"{frame.f_code.co_name}:{frame.f_lineno}: "
                            + linecache.getline(frame.f_code.co_filename,
                                                frame.f_lineno).strip()[:70])
            return tracer
        return None

    sys.settrace(tracer)
    try:
        att = attribution._attribution(doc, sent, m.span(), entry.label, m.group().lower(),
                                       voice.in_direct_quote)
    finally:
        sys.settrace(None)
    if att is not None:
        return "attributed alone, dropped later (sharing/context)"
    return (last[0] if last else "?") + f"  [{entry.label}]"


def _work(item: tuple[str, list[tuple[int, int]]]) -> list[str]:
    text, cues = item
    doc = Document(text)
    return [_reason(doc, c) for c in cues]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--summary", action="store_true")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--reason", default="")
    ap.add_argument("--sentence", action="store_true", help="show the whole sentence")
    args = ap.parse_args()
    rows = develop_rows()
    listed = {w.lower() for e in entries("attribution_cues") for w in e.term.split()}
    with Pool(2) as pool:
        found = pool.map(_cues_of, [r["text"] for r in rows], chunksize=8)
    items = []
    for row, pred in zip(rows, found, strict=True):
        text, used, missed = row["text"], set(), []
        gold = [tuple(a["cue"]) for a in row["attributions"]]
        for s, e in pred:
            hit = next((i for i, (gs, ge) in enumerate(gold)
                        if i not in used and s < ge and gs < e), None)
            if hit is not None:
                used.add(hit)
        missed = [g for i, g in enumerate(gold) if i not in used
                  and classify_miss(text, g, listed) == LISTED]
        items.append((text, missed))
    with Pool(2) as pool:
        reasons = pool.map(_work, items, chunksize=8)
    flat = [(r, text, c) for (text, cues), rs in zip(items, reasons, strict=True)
            for c, r in zip(cues, rs, strict=True)]
    if args.summary:
        for r, n in Counter(r for r, _, _ in flat).most_common(60):
            print(f"{n:5d}  {r}")
    pool_ = [f for f in flat if args.reason in f[0]]
    random.Random(args.seed).shuffle(pool_)
    for r, text, (s, e) in pool_[: args.sample]:
        if args.sentence:
            sent = Document(text).sentence_at(s)
            a, b = (sent.start, sent.end) if sent else (s, e)
            print(f"{r}\n    {text[a:s]}[[{text[s:e]}]]{text[e:b]}".replace("\n", " ⏎ "))
        else:
            print(f"{r}\n    …{_ctx(text, s, e)}…")


def _cues_of(text: str) -> list[tuple[int, int]]:
    return [a.cue for a in voice_of(Document(text)).attributions]


if __name__ == "__main__":
    main()
