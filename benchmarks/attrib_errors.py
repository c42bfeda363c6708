"""Attribution-cue errors on the *develop* part of PolNeAR's training half (never the
untouched part, whose errors are not to be read): missed cues and false alarms in context,
and the misses counted by a rough class, to see which kinds of cue the rules lack.

    python benchmarks/attrib_errors.py --summary          # counts per class only
    python benchmarks/attrib_errors.py --misses 40        # 40 misses in context
    python benchmarks/attrib_errors.py --false 40         # 40 false alarms in context
    python benchmarks/attrib_errors.py --misses 40 --cls verb-lacking
    python benchmarks/attrib_errors.py --sample 100 --seed 3   # a seeded random sample of
                                          # all misses, whole sentences, with the rule that
                                          # dropped a listed word (attrib_why)

Runs only the shared attribution rules (``voice_of(doc).attributions``), which is what the
sourcing extractor turns into evidence, so it is quicker than ``analyze``.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from multiprocessing import Pool
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from analysis.lexicons import entries  # noqa: E402
from analysis.text.document import Document  # noqa: E402
from analysis.text.voice import voice_of  # noqa: E402
from benchmarks.tasks import read_jsonl  # noqa: E402
from benchmarks.tasks_attrib import untouched  # noqa: E402

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
NOUN_CUES = re.compile(r"\b(statement|interview|poll|survey|report|speech|remarks|letter|"
                       r"debate|op-ed|tweet|email|memo|release|video|book|post)\b", re.I)


def _cues(text: str) -> list[tuple[int, int]]:
    return [a.cue for a in voice_of(Document(text)).attributions]


def develop_rows() -> list[dict]:
    rows = read_jsonl(DATA / "attribution/polnear_train.jsonl")
    return [r for r in rows if not untouched(str(r["article_id"]))]


def classify_miss(text: str, cue: tuple[int, int], listed: set[str]) -> str:
    """A rough class for a missed gold cue, from its words alone."""
    words = text[cue[0]:cue[1]]
    low = words.lower().strip()
    if "\n" not in text[max(0, cue[0] - 200):cue[0]] and cue[0] < 200:
        return "headline/lead"
    if low.startswith("according"):
        return "according to"
    if NOUN_CUES.search(low):
        return "noun cue (in a statement, poll ...)"
    if low.startswith(("it was", "it is", "is ", "was ", "were ", "are ", "has been")):
        return "passive"
    if any(w in listed for w in re.findall(r"[a-z’']+", low)):
        return "listed cue word missed (speaker/clause rules)"
    if len(low.split()) == 1:
        return "single word not listed"
    return "phrase not listed"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--misses", type=int, default=0)
    ap.add_argument("--false", type=int, default=0)
    ap.add_argument("--summary", action="store_true")
    ap.add_argument("--cls", default="")
    ap.add_argument("--words", action="store_true", help="count missed cue words")
    ap.add_argument("--precision", default="", help="comma-separated cue words: right/flagged")
    ap.add_argument("--sample", type=int, default=0, help="a random sample of all misses")
    ap.add_argument("--seed", type=int, default=3)
    args = ap.parse_args()
    rows = develop_rows()
    with Pool(2) as pool:
        found = pool.map(_cues, [r["text"] for r in rows], chunksize=8)
    listed = {w.lower() for e in entries("attribution_cues") for w in e.term.split()}
    misses, falses, counts, words = [], [], Counter(), Counter()
    tp = 0
    per_word: Counter = Counter()
    for row, pred in zip(rows, found, strict=True):
        text, gold = row["text"], [tuple(a["cue"]) for a in row["attributions"]]
        used: set[int] = set()
        for s, e in pred:
            hit = next((i for i, (gs, ge) in enumerate(gold)
                        if i not in used and s < ge and gs < e), None)
            per_word[(text[s:e].lower(), hit is not None)] += 1
            if hit is None:
                falses.append((text, (s, e)))
            else:
                used.add(hit)
                tp += 1
        for i, g in enumerate(gold):
            if i not in used:
                cls = classify_miss(text, g, listed)
                counts[cls] += 1
                words[text[g[0]:g[1]].lower()] += 1
                misses.append((cls, text, g))
    fn, fp = len(misses), len(falses)
    print(f"develop part: {len(rows)} texts, tp {tp} fp {fp} fn {fn}; "
          f"P {tp / (tp + fp):.3f} R {tp / (tp + fn):.3f}")
    for cls, n in counts.most_common():
        print(f"{n:5d}  {cls}")
    for w in filter(None, args.precision.split(",")):
        right, flagged = per_word[(w, True)], per_word[(w, True)] + per_word[(w, False)]
        print(f"{w}: {right}/{flagged} right")
    if args.words:
        for w, n in words.most_common(80):
            print(f"{n:4d}  {w!r}")
    shown = [m for m in misses if not args.cls or m[0].startswith(args.cls)]
    for cls, text, (s, e) in shown[: args.misses]:
        print(f"MISS [{cls}] …{_ctx(text, s, e)}…")
    for text, (s, e) in falses[: args.false]:
        print(f"FALSE …{_ctx(text, s, e)}…")
    if args.sample:
        _print_sample(misses, args.sample, args.seed)


def _print_sample(misses: list, n: int, seed: int) -> None:
    """``n`` misses drawn with ``seed``, each with its sentence and, for a listed cue word,
    the line of the rules that returned no attribution (benchmarks/attrib_why.py)."""
    from benchmarks.attrib_why import LISTED, _reason  # noqa: PLC0415 (it imports this)
    sample = random.Random(seed).sample(misses, n)
    for i, (cls, text, (s, e)) in enumerate(sample, 1):
        doc = Document(text)
        sent = doc.sentence_at(s)
        a, b = (sent.start, sent.end) if sent else (max(0, s - 150), e + 80)
        why = f"  <- {_reason(doc, (s, e))}" if cls == LISTED else ""
        print(f"{i:3d} [{cls}]{why}\n    " + (text[a:s] + "[[" + text[s:e] + "]]"
                                            + text[e:b]).replace("\n", " ⏎ "))


def _ctx(text: str, s: int, e: int, width: int = 90) -> str:
    return (text[max(0, s - width):s] + "[[" + text[s:e] + "]]" + text[e:e + width // 2]
            ).replace("\n", " ⏎ ")


if __name__ == "__main__":
    main()
