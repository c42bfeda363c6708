"""Sourcing cues on PolNeAR's training half, split into the part the attribution rules are
developed on and a part kept untouched (40% of the articles, chosen by a hash of the
article id with a fixed seed, so every annotator's copy of an article falls on one side).

    python benchmarks/accuracy.py --task sourcing-train-split
    python benchmarks/accuracy.py --task sourcing-develop   # the develop part only

The dev half (``--task sourcing``) is a second check that was never developed on either.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from benchmarks.tasks import Result, _f, _span_f1, analyse_all, read_jsonl

SEED = "attrib-2026-12"
UNTOUCHED_SHARE = 0.4


def untouched(article_id: str) -> bool:
    """True for the 40% of PolNeAR training articles no rule was written against."""
    digest = hashlib.sha1(f"{SEED}|{article_id}".encode()).hexdigest()
    return int(digest[:8], 16) < UNTOUCHED_SHARE * 16**8


def _counts(rows: list[dict[str, Any]], results: list[dict[str, Any]]) -> tuple[list, list]:
    cue, src = [0, 0, 0], [0, 0, 0]
    for row, res in zip(rows, results, strict=True):
        ev = [e for e in res["evidence"] if e["extractor"] == "sourcing" and e["label"] != "quote"]
        got_cue = _span_f1([(e["start"], e["end"]) for e in ev],
                           [tuple(a["cue"]) for a in row["attributions"]])
        got_src = _span_f1([tuple(e["source"]) for e in ev if "source" in e],
                           [tuple(a["source"]) for a in row["attributions"] if a.get("source")])
        for i in range(3):
            cue[i] += got_cue[i]
            src[i] += got_src[i]
    return cue, src


def sourcing_develop(data: Path) -> list[Result]:
    """The develop part alone (``--task sourcing-develop``): for measuring a rule while it
    is written, without a look at the untouched part."""
    return sourcing_train_split(data, parts=("develop",))


def sourcing_train_split(data: Path, parts: tuple[str, ...] = ("develop", "untouched")
                         ) -> list[Result]:
    rows = read_jsonl(data / "attribution/polnear_train.jsonl")
    if parts == ("develop",):
        rows = [r for r in rows if not untouched(str(r["article_id"]))]
    results = analyse_all([r["text"] for r in rows])
    out = []
    for part in parts:
        keep = [(r, res) for r, res in zip(rows, results, strict=True)
                if untouched(str(r["article_id"])) == (part == "untouched")]
        cue, src = _counts([r for r, _ in keep], [res for _, res in keep])
        p, r, f = _f(*cue)
        sp, sr, sf = _f(*src)
        out += [Result("sourcing", f"polnear_train {part} (cue)", len(keep), "cue F1", f, 0.70,
                       p, r),
                Result("sourcing", f"polnear_train {part} (source)", len(keep),
                       "source-span F1", sf, float("nan"), sp, sr)]
    return out
