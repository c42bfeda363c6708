#!/usr/bin/env python3
"""Validate the hand-made gold annotations in seeds_gold.json (stdlib only).

Every annotation is resolved to (start, end) character offsets in its raw seed file:
``context`` must occur exactly once in the file, ``text`` exactly once in ``context``,
and ``source`` (when given) exactly once in ``context`` as a whole word/phrase.
Spans must also lie inside the article body (not page furniture) of the known seeds.

Usage:
    python tests/gold/check_gold.py [--gold PATH] [--seeds-dir DIR] [-v]

Exit status 0 when every annotation resolves; 1 (with a list of problems) otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
SCHEMA = "credibility-gold/1"
LABELS = {
    "hedging": {"epistemic", "weasel"},
    "rhetorical_questions": {"rhetorical", "hypophora", "quoted", "headline"},
    "superlatives": {"sourced", "unsourced"},
    "sourcing": {"named", "anonymous", "vague", "quote"},
}
KEYS = {"extractor", "label", "text", "context", "source", "note"}

# Article-body regions of the four seeds, as (first characters, last characters) pairs.
# Everything outside these regions is page furniture (see SEEDS.md).
BODY = {
    "000_ec6de22657aba936.txt": [
        ("Another defection!", "to South Korea."),
        ("The story of Lee Il-gu", "one of those marks."),
    ],
    "001_1c404a581dc00697.txt": [
        ("Defections of North Korean Elite", "Defections of North Korean Elite"),
        ("Former North Korean acting ambassador", "in the communist regime."),
    ],
    "002_eb5c8a2503e60701.txt": [
        ("Exponential Surge", "peace, freedom, and dignity."),
    ],
    "003_c49444f24c5b51cf.txt": [
        ("What It\u2019s Like To Defect", "From North Korea"),
        ("On Monday, a North Korean soldier", "she told FRONTLINE."),
    ],
}


def find_seed(name: str, seeds_dir: str | None) -> Path | None:
    candidates = []
    if seeds_dir:
        candidates.append(Path(seeds_dir))
    if os.environ.get("CREDIBILITY_SEEDS_DIR"):
        candidates.append(Path(os.environ["CREDIBILITY_SEEDS_DIR"]))
    candidates += [REPO / "seeds", REPO.parent / "shared" / "seeds"]
    for d in candidates:
        if (d / name).is_file():
            return d / name
    return None


def body_regions(name: str, raw: str) -> list[tuple[int, int]] | None:
    spec = BODY.get(name)
    if spec is None:
        return None
    regions = []
    for first, last in spec:
        s = raw.find(first)
        e = raw.find(last, s)
        if s < 0 or e < 0:
            return None  # a different version of the file: skip the body check
        regions.append((s, e + len(last)))
    return regions


def count(hay: str, needle: str) -> int:
    """Number of (possibly overlapping) occurrences of needle in hay."""
    n, i = 0, hay.find(needle)
    while i >= 0:
        n += 1
        i = hay.find(needle, i + 1)
    return n


def check(gold: dict, seeds_dir: str | None, verbose: bool) -> list[str]:
    errors: list[str] = []
    if gold.get("schema") != SCHEMA:
        errors.append(f"schema is {gold.get('schema')!r}, expected {SCHEMA!r}")
    seeds = gold.get("seeds")
    if not isinstance(seeds, dict) or not seeds:
        return errors + ["no 'seeds' object"]
    for seed, entry in seeds.items():
        name = entry.get("file", "")
        path = find_seed(name, seeds_dir)
        if path is None:
            errors.append(f"{seed}: seed file {name!r} not found")
            continue
        raw = path.read_text(encoding="utf-8")
        regions = body_regions(name, raw)
        seen: set[tuple] = set()
        tally: Counter = Counter()
        for i, ann in enumerate(entry.get("annotations", [])):
            where = f"{seed}[{i}] {ann.get('extractor')}/{ann.get('label')} {ann.get('text')!r}"
            extra = set(ann) - KEYS
            if extra:
                errors.append(f"{where}: unknown keys {sorted(extra)}")
            ex, label = ann.get("extractor"), ann.get("label")
            if ex not in LABELS:
                errors.append(f"{where}: unknown extractor")
            elif label not in LABELS[ex]:
                errors.append(f"{where}: label not allowed for {ex}")
            text, ctx = ann.get("text"), ann.get("context")
            if not isinstance(text, str) or not text or not isinstance(ctx, str) or not ctx:
                errors.append(f"{where}: text and context must be non-empty strings")
                continue
            n_ctx = count(raw, ctx)
            if n_ctx != 1:
                kind = "missing" if n_ctx == 0 else f"ambiguous ({n_ctx} matches)"
                errors.append(f"{where}: context {kind} in {name}: {ctx!r}")
                continue
            n_txt = count(ctx, text)
            if n_txt != 1:
                kind = "missing" if n_txt == 0 else f"ambiguous ({n_txt} matches)"
                errors.append(f"{where}: text {kind} in context {ctx!r}")
                continue
            start = raw.find(ctx) + ctx.find(text)
            end = start + len(text)
            assert raw[start:end] == text
            if "source" in ann:
                src = ann["source"]
                pat = r"(?<!\w)" + re.escape(src) + r"(?!\w)"
                n_src = len(re.findall(pat, ctx)) if isinstance(src, str) and src else 0
                if n_src != 1:
                    kind = "missing" if n_src == 0 else f"ambiguous ({n_src} matches)"
                    errors.append(f"{where}: source {src!r} {kind} in context {ctx!r}")
            if regions is not None and not any(s <= start and end <= e for s, e in regions):
                errors.append(f"{where}: span {start}-{end} lies outside the article body")
            key = (ex, label, start, end)
            if key in seen:
                errors.append(f"{where}: duplicate annotation")
            seen.add(key)
            tally[(ex, label)] += 1
            if verbose:
                print(f"  {seed:<10} {start:>5}-{end:<5} {ex}/{label}: {text!r}")
        summary = ", ".join(f"{ex}/{lab}={n}" for (ex, lab), n in sorted(tally.items()))
        print(f"{seed} ({name}): {sum(tally.values())} annotations: {summary}")
    return errors


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default=str(HERE / "seeds_gold.json"))
    ap.add_argument("--seeds-dir", default=None, help="folder holding the raw seed files")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every resolved span")
    args = ap.parse_args(argv)
    with open(args.gold, encoding="utf-8") as fh:
        gold = json.load(fh)
    errors = check(gold, args.seeds_dir, args.verbose)
    if errors:
        print(f"FAIL: {len(errors)} problem(s)", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("OK: every annotation resolves to a unique span in the article body")
    return 0


if __name__ == "__main__":
    sys.exit(main())
