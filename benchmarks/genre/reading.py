"""How far SemEval-2023's genre labels follow the style of the text: a ceiling for any genre
signal that reads style.

    python benchmarks/genre/reading.py [--data DIR]

``benchmarks/genre/reading.tsv`` records how each SemEval fitting-part article reads to a
person judging the style alone (the writer argues, or the writer relays). Printed, on the
fitting part only: the macro-F1 (opinion versus reporting) of that reading against the
SemEval labels, its confusion counts, and the shipped genre signal's macro-F1 on the
articles where the reading and the label agree and where they differ. The untouched part
is not read.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.frames_data import semeval  # noqa: E402
from benchmarks.train_genre import macro_f1  # noqa: E402

READING = Path(__file__).with_name("reading.tsv")


def reading() -> dict[str, str]:
    """``{id: "opinion" | "reporting"}`` for the listed articles."""
    out = {}
    for line in READING.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            doc_id, reads_as, _ = line.split("\t", 2)
            out[doc_id] = reads_as
    return out


def main(argv: list[str] | None = None) -> int:
    from analysis.core import analyze

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args(argv)
    if not (args.data / "framing").is_dir():
        print(f"no data: {args.data / 'framing'} is missing (--data DIR)", file=sys.stderr)
        return 2
    rows = [r for r in semeval(args.data)
            if r["part"] == "fit" and r["genre"] in ("opinion", "reporting")]
    read = reading()
    style = [read.get(str(r["id"]), "opinion") for r in rows]
    gold = [r["genre"] for r in rows]
    counts = Counter(zip(gold, style, strict=True))
    print(f"fitting part: {len(rows)} articles; the reading against SemEval's labels: "
          f"macro-F1 {macro_f1(style, gold):.3f}")
    print("  " + "  ".join(f"{g} read as {s}: {counts[g, s]}" for g in ("opinion", "reporting")
                           for s in ("opinion", "reporting")))
    model = [analyze(r["text"]).to_dict()["genre"]["label"] for r in rows]
    for agree in (True, False):
        idx = [i for i in range(len(rows)) if (style[i] == gold[i]) is agree]
        print(f"  genre signal, where the reading {'agrees' if agree else 'disagrees'} with "
              f"the label ({len(idx)}): macro-F1 "
              f"{macro_f1([model[i] for i in idx], [gold[i] for i in idx]):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
