"""Accuracy of every extractor against human annotation (the development halves).

    python benchmarks/accuracy.py                    # every task, the table
    python benchmarks/accuracy.py --task hedging     # one task
    python benchmarks/accuracy.py --task sourcing-train   # PolNeAR's train half (not run
                                                     #   by default)
    python benchmarks/accuracy.py --check            # exit 1 if a figure drops > 0.02
                                                     #   below benchmarks/accuracy_baseline.json
    python benchmarks/accuracy.py --data DIR         # your own copy of shared/data

The data is read from ../shared/data (beside the repository) unless --data is given,
and never copied into the project. Without it, one line says so and the exit code is 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# Each tasks_* module registers its rows in TASKS / EXTRA_TASKS when imported.
import benchmarks.tasks_lexctx  # noqa: E402, F401
import benchmarks.tasks_questions  # noqa: E402, F401
from benchmarks import tasks_frames  # noqa: E402, F401
from benchmarks.tasks import EXTRA_TASKS, TASKS, Result  # noqa: E402
from benchmarks.tasks_attrib import sourcing_develop, sourcing_train_split  # noqa: E402
from benchmarks.tasks_stance import TASKS as STANCE_TASKS  # noqa: E402

TASKS.update(STANCE_TASKS)
EXTRA_TASKS["sourcing-train-split"] = sourcing_train_split
EXTRA_TASKS["sourcing-develop"] = sourcing_develop

DEFAULT_DATA = ROOT.parent / "shared" / "data"
BASELINE = Path(__file__).resolve().parent / "accuracy_baseline.json"
TOLERANCE = 0.02


def table(results: list[Result]) -> str:
    head = f"| task | data set | n | metric | P | R | value | bar | met |\n|{'---|' * 9}"
    rows = [
        f"| {r.task} | {r.dataset} | {r.n} | {r.metric} | {_fmt(r.precision)} | "
        f"{_fmt(r.recall)} | {_fmt(r.value)} | {_bar(r)} |"
        for r in results
    ]
    return "\n".join([head, *rows])


def _bar(r: Result) -> str:
    """The bar and whether it is met; '– | –' for a figure printed without a bar."""
    if r.bar != r.bar:
        return "– | –"
    return f"{r.bar:.2f} | {'yes' if r.passed else 'NO'}"


def _fmt(x: float) -> str:
    return "–" if x != x else f"{x:.3f}"


def _key(r: Result) -> str:
    return f"{r.task} / {r.dataset} / {r.metric}"


def check(results: list[Result], baseline_path: Path = BASELINE) -> list[str]:
    """Figures more than TOLERANCE below the committed baseline."""
    if not baseline_path.exists():
        return [f"no baseline file {baseline_path.name}"]
    base = json.loads(baseline_path.read_text(encoding="utf-8"))
    return [f"{_key(r)}: {r.value:.3f} < committed {base[_key(r)]:.3f} - {TOLERANCE}"
            for r in results if _key(r) in base and r.value < base[_key(r)] - TOLERANCE]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared/data folder")
    parser.add_argument("--task", choices=sorted(TASKS | EXTRA_TASKS),
                        action="append", help="run only these")
    parser.add_argument("--check", action="store_true", help="fail on a regression")
    parser.add_argument("--write-baseline", action="store_true",
                        help="store these figures as the committed baseline")
    args = parser.parse_args(argv)
    if not (args.data / "README.md").is_file():
        print(f"accuracy: no evaluation data at {args.data} (give --data DIR)", file=sys.stderr)
        return 2
    every = TASKS | EXTRA_TASKS
    results = [r for name in (args.task or TASKS) for r in every[name](args.data)]
    print(table(results))
    if args.write_baseline:
        # A full run replaces the file (no row outlives its task); --task updates its rows.
        # Three decimals, as the README's table prints them.
        old = json.loads(BASELINE.read_text()) if BASELINE.exists() and args.task else {}
        old.update({_key(r): round(r.value, 3) for r in results})
        BASELINE.write_text(json.dumps(old, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    if args.check:
        drops = check(results)
        for d in drops:
            print(f"REGRESSION {d}", file=sys.stderr)
        return 1 if drops else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
