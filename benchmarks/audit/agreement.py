"""How far two judges of the flag audit agree (see GUIDELINES.md and audit.py).

    python benchmarks/audit/agreement.py --part fresh5                # kappa per label
    python benchmarks/audit/agreement.py --part fresh5 --show 40 [--label sourcing/vague]
    python benchmarks/audit/agreement.py --part fresh5 --add FILE     # second judge's verdicts

The first judge's verdicts are audit.py's books (``judgements*.jsonl``). A second,
independent judge reads the part's sampled flags with ``--show``, which prints them in
context without any verdict (judged by the first judge or not), and stores verdicts
(lines ``id<TAB>right|wrong<TAB>class``) with ``--add`` in
``second/judgements_<part>.jsonl``: keys, hashes and verdicts only, never text. That
folder is below the books' folder, so audit.py's glob never reads it and the precision
table stays the first judge's.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks.audit import audit  # noqa: E402
from benchmarks.tasks import read_jsonl  # noqa: E402

SECOND = Path(__file__).with_name("second")
PARTS = ["develop", "untouched", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6",
         "fresh7", "fresh8", "fresh9"]


def second_book(part: str) -> Path:
    """The second judge's book for ``part``."""
    return SECOND / f"judgements_{part}.jsonl"


def load_second(part: str) -> dict[str, dict[str, Any]]:
    book = second_book(part)
    return {j["id"]: j for j in read_jsonl(book)} if book.exists() else {}


def kappa(pairs: list[tuple[bool, bool]]) -> float:
    """Cohen's kappa of two judges' right/wrong verdicts (nan when chance agreement is 1)."""
    if not pairs:
        return float("nan")
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    pa = sum(a for a, _ in pairs) / n
    pb = sum(b for _, b in pairs) / n
    chance = pa * pb + (1 - pa) * (1 - pb)
    return float("nan") if chance == 1 else (observed - chance) / (1 - chance)


def _row(name: str, pairs: list[tuple[bool, bool]]) -> str:
    n = len(pairs)
    if not n:
        return f"| {name} | 0 | | | | |"
    raw = sum(a == b for a, b in pairs) / n
    p1 = sum(a for a, _ in pairs) / n
    p2 = sum(b for _, b in pairs) / n
    return f"| {name} | {n} | {raw:.3f} | {kappa(pairs):.3f} | {p1:.3f} | {p2:.3f} |"


def pairs_by_label(flags: list[dict[str, Any]], first: dict, second: dict
                   ) -> dict[str, list[tuple[str, bool, bool]]]:
    """(id, first right, second right) of the flags both judges judged, by extractor/label."""
    out: dict[str, list[tuple[str, bool, bool]]] = defaultdict(list)
    for k in flags:
        if k["id"] in first and k["id"] in second:
            out[f"{k['extractor']}/{k['label']}"].append(
                (k["id"], first[k["id"]]["verdict"] == "right",
                 second[k["id"]]["verdict"] == "right"))
    return dict(sorted(out.items()))


def agreement_table(by_label: dict[str, list[tuple[str, bool, bool]]]) -> str:
    """Markdown: per label and pooled, n, raw agreement, kappa, each judge's precision."""
    rows = ["| extractor/label | both judged | raw agreement | kappa | precision (1st) "
            "| precision (2nd) |", "|---|---|---|---|---|---|"]
    pooled: list[tuple[bool, bool]] = []
    for name, triples in by_label.items():
        pairs = [(a, b) for _, a, b in triples]
        pooled += pairs
        rows.append(_row(name, pairs))
    rows.append(_row("pooled", pooled))
    return "\n".join(rows)


def disagreements(by_label: dict[str, list[tuple[str, bool, bool]]]) -> list[str]:
    """``id label 1st/2nd`` of every flag the judges disagree on (ids and labels only)."""
    verdict = {True: "right", False: "wrong"}
    return [f"{fid} {name} {verdict[a]}/{verdict[b]}"
            for name, triples in by_label.items() for fid, a, b in triples if a != b]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--part", choices=PARTS, default="fresh5")
    parser.add_argument("--show", type=int, default=0,
                        help="print N flags the second judge has not judged, without verdicts")
    parser.add_argument("--label", help="with --show: only EXTRACTOR/LABEL")
    parser.add_argument("--add", type=Path, help="store the second judge's verdicts")
    args = parser.parse_args(argv)
    if not (args.data / "attribution").is_dir():
        print(f"no evaluation data in {args.data} (use --data DIR)", file=sys.stderr)
        return 2
    flags, texts = audit.sample(args.data)
    flags = audit.in_part(flags, args.part)
    second = load_second(args.part)
    if args.add:
        SECOND.mkdir(exist_ok=True)
        n = audit.add(args.add, flags, second, second_book(args.part))
        print(f"added {n} second-judge verdicts")
    if args.show:
        wanted = [k for k in flags if not args.label
                  or f"{k['extractor']}/{k['label']}" == args.label]
        audit.show(wanted, texts, second, args.show, args.part)
        return 0
    by_label = pairs_by_label(flags, audit.load_judgements(), second)
    print(agreement_table(by_label))
    split = disagreements(by_label)
    print(f"\n{len(split)} disagreements (id, label, 1st/2nd):")
    print("\n".join(split))
    return 0


if __name__ == "__main__":
    sys.exit(main())
