"""Score ``analysis.framing.corroboration.corroborate`` against our hand alignment.

    python benchmarks/corroboration/score.py [--data DIR] [--corroborated X --related Y
                                              --min-shared N] [--tune-only]

Two compared sets, aligned by hand under GUIDELINES.md: the four seeds (``seeds_gold.json``)
and the NewsWCL50 North Korea event, five outlets (``newswcl50_event0_gold.json``; the
articles are read from ``../shared/data/framing/newswcl50_dev.jsonl``, their sentences
joined by line breaks, never copied). The gold holds offsets only: per check-worthy
sentence its document id, start and end, the first 16 hex digits of the SHA-256 of the
sentence, the label and, for NewsWCL50, its part: ``tune`` (about 60%, by a hash of document
id and start) or ``untouched`` (set aside before any threshold was chosen). Printed:
precision and recall per label for each set and part. A gold sentence is matched to the
first claim the system extracts inside it; one with no claim counts as missed, and claims
on sentences the guidelines leave out are counted apart. The threshold options try other
values without editing the module (for choosing them on the tuning parts only).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from analysis import analyze  # noqa: E402
from analysis.framing import corroboration  # noqa: E402
from analysis.intake.seeds import load_seeds  # noqa: E402
from benchmarks.tasks import read_jsonl  # noqa: E402

HERE = Path(__file__).resolve().parent
LABELS = ("corroborated", "conflicting", "single-source")
TUNE_SHARE = 60


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def part(doc: str, start: int) -> str:
    digest = hashlib.sha256(f"{doc}:{start}".encode()).digest()
    return "tune" if int.from_bytes(digest[:4], "big") % 100 < TUNE_SHARE else "untouched"


def seed_docs() -> list[tuple[str, str]]:
    return [(s.id, s.text) for s in load_seeds()]


def newswcl_docs(data: Path) -> list[tuple[str, str]]:
    rows = read_jsonl(data / "framing" / "newswcl50_dev.jsonl")
    return [(r["id"], "\n".join(r["sentences"])) for r in rows if r["event"] == 0]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Line spans of a NewsWCL50 article (one annotated sentence a line)."""
    out, start = [], 0
    for line in text.split("\n"):
        out.append((start, start + len(line)))
        start += len(line) + 1
    return out


def evaluate(docs: list[tuple[str, str]], gold: list[dict[str, Any]]) -> dict[str, Any]:
    texts = dict(docs)
    result = corroboration.corroborate([analyze(t, meta={"id": d}) for d, t in docs])
    stale = [g for g in gold if sha(texts[g["doc"]][g["start"]:g["end"]]) != g["sha"]]
    if stale:
        raise SystemExit(f"{len(stale)} gold sentences changed: re-check the gold")
    found: dict[tuple[str, int], str] = {}
    outside = 0
    for c in result["claims"]:
        hit = next((g for g in gold if g["doc"] == c["doc"]
                    and g["start"] <= c["start"] < g["end"]), None)
        if hit is None:
            outside += 1
        else:
            found.setdefault((hit["doc"], hit["start"]), c["label"])
    return {"found": found, "outside": outside}


def table(name: str, gold: list[dict[str, Any]], found: dict[tuple[str, int], str]) -> None:
    for label in LABELS:
        g = [x for x in gold if x["label"] == label]
        p = [x for x in gold if found.get((x["doc"], x["start"])) == label]
        tp = sum(x["label"] == label for x in p)
        prec = f"{tp / len(p):.2f}" if p else "–"
        rec = f"{tp / len(g):.2f}" if g else "–"
        print(f"| {name} | {label} | {len(g)} | {len(p)} | {prec} | {rec} |")
    missed = sum((x["doc"], x["start"]) not in found for x in gold)
    print(f"| {name} | (no claim extracted) | {missed} | | | |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--corroborated", type=float)
    parser.add_argument("--related", type=float)
    parser.add_argument("--min-shared", type=int)
    parser.add_argument("--tune-only", action="store_true",
                        help="leave the untouched part out (while changing the rule)")
    args = parser.parse_args(argv)
    for option, constant in (("corroborated", "CORROBORATED"), ("related", "RELATED"),
                             ("min_shared", "MIN_SHARED")):
        if getattr(args, option) is not None:
            setattr(corroboration, constant, getattr(args, option))
    print("| set | label | gold | found | precision | recall |\n|---|---|---|---|---|---|")
    seeds = json.loads((HERE / "seeds_gold.json").read_text(encoding="utf-8"))["claims"]
    out = evaluate(seed_docs(), seeds)
    table("seeds", seeds, out["found"])
    print(f"seeds: {out['outside']} claims extracted from sentences outside the gold")
    path = args.data / "framing" / "newswcl50_dev.jsonl"
    if not path.is_file():
        print(f"no NewsWCL50 data at {path} (--data DIR): that set is skipped",
              file=sys.stderr)
        return 0
    gold = json.loads((HERE / "newswcl50_event0_gold.json").read_text(encoding="utf-8"))
    out = evaluate(newswcl_docs(args.data), gold["claims"])
    for name in ("tune",) if args.tune_only else ("tune", "untouched"):
        table(f"NewsWCL50 event 0, {name}", [g for g in gold["claims"] if g["part"] == name],
              out["found"])
    if not args.tune_only:
        print(f"NewsWCL50: {out['outside']} claims extracted from sentences outside the gold")
    return 0


if __name__ == "__main__":
    sys.exit(main())
