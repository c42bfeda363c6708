"""FNC-1 as a proxy for corroboration: does ``corroborate([headline, body])`` call the
headline's claim corroborated when the body agrees with it, and not when it disagrees?

    python benchmarks/corroboration/fnc_proxy.py [--data DIR]

Only pairs labelled agree or disagree whose body is in the file, and only headlines that
are a check-worthy claim (specifics, not a question). A disagreeing body often repeats the
claim to deny it, so "corroborated" there is the expected error of word matching: the
figure shows how far shared words are from shared assertions. Aggregates only.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from analysis.framing.corroboration import corroborate  # noqa: E402
from benchmarks.train_stance import load  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args()
    if not (args.data / "framing/fnc1_stances_dev.jsonl").is_file():
        print(f"no data under {args.data} (--data DIR)", file=sys.stderr)
        return 2
    pairs, _ = load(args.data)
    counts: dict[str, Counter[str]] = {"agree": Counter(), "disagree": Counter()}
    for p in pairs:
        if p["stance"] not in counts:
            continue
        out = corroborate([p["headline"].rstrip(".") + ".", p["body"]])
        head = [c for c in out["claims"] if c["doc"] == "doc1"]
        counts[p["stance"]][head[0]["label"] if head else "no claim"] += 1
    print("| FNC-1 stance | pairs | headline a claim | corroborated | conflicting | "
          "single-source |\n|---|---|---|---|---|---|")
    for stance, c in counts.items():
        n, claims = sum(c.values()), sum(c.values()) - c["no claim"]
        share = {k: f"{c[k] / claims:.2f}" if claims else "–"
                 for k in ("corroborated", "conflicting", "single-source")}
        print(f"| {stance} | {n} | {claims} | {share['corroborated']} | "
              f"{share['conflicting']} | {share['single-source']} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
