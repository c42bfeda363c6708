"""Score ``analysis.framing.corroboration.corroborate`` against our hand alignment.

    python benchmarks/corroboration/score.py [--write-gold]

The gold (``seeds_gold.json``) holds offsets only: per claim its document id, start, end,
the first 16 hex digits of the SHA-256 of the sentence (to notice a seed that changed) and
the label given by hand under GUIDELINES.md; never the text. Printed: precision and recall
per label over the gold claims (a claim the system does not extract counts as missed).
``--write-gold`` rewrites the file from ``LABELS`` below (the hand labels, by document and
start offset; every other check-worthy sentence of the seeds was judged single-source).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from analysis import analyze  # noqa: E402
from analysis.framing.corroboration import corroborate  # noqa: E402
from analysis.intake.seeds import load_seeds  # noqa: E402

GOLD = Path(__file__).resolve().parent / "seeds_gold.json"
LABEL_NAMES = ("corroborated", "conflicting", "single-source")
# Hand labels that are not single-source, (doc, start) -> label; see GUIDELINES.md.
LABELS = {("kbs", 3281): "corroborated", ("kbs", 3356): "corroborated",
          ("aggregator", 1208): "corroborated", ("aggregator", 1070): "corroborated"}


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def seed_result() -> dict:
    return corroborate([analyze(s.text, meta={"id": s.id}) for s in load_seeds()])


def write_gold() -> None:
    rows = [{"doc": c["doc"], "start": c["start"], "end": c["end"], "sha": sha(c["text"]),
             "label": LABELS.get((c["doc"], c["start"]), "single-source")}
            for c in seed_result()["claims"]]
    GOLD.write_text(json.dumps({"about": "hand alignment of the seeds' check-worthy claims "
                                "(benchmarks/corroboration/GUIDELINES.md); offsets index "
                                "the cleaned seed text", "claims": rows}, indent=1) + "\n",
                    encoding="utf-8")


def score() -> int:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))["claims"]
    pred = {(c["doc"], c["start"]): c for c in seed_result()["claims"]}
    stale = [g for g in gold if (g["doc"], g["start"]) in pred
             and sha(pred[(g["doc"], g["start"])]["text"]) != g["sha"]]
    if stale:
        print(f"{len(stale)} gold sentences changed: re-check the gold", file=sys.stderr)
        return 1
    print("| label | gold | found | precision | recall |\n|---|---|---|---|---|")
    for label in LABEL_NAMES:
        g = {(x["doc"], x["start"]) for x in gold if x["label"] == label}
        p = {k for k, c in pred.items() if c["label"] == label}
        tp = len(g & p)
        prec = f"{tp / len(p):.2f}" if p else "–"
        rec = f"{tp / len(g):.2f}" if g else "–"
        print(f"| {label} | {len(g)} | {len(p)} | {prec} | {rec} |")
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write-gold", action="store_true")
    args = parser.parse_args()
    if args.write_gold:
        write_gold()
    sys.exit(score())
