"""Regenerate the golden files of tests/test_report.py.

Run from the repository root after a deliberate change to an extractor, a lexicon, the
scoring or the CSV layout, then review the diff before committing:

    .venv/bin/python tests/golden/update.py
    git diff tests/golden/

It rewrites ``tests/golden/seed_report.csv`` (the seed comparison CSV),
``tests/golden/seed_framing.json`` (the framing, corroboration and headline data) and
``tests/golden/seed_framing.md`` (the summary's framing findings and the framing, headline
and corroboration sections of the Markdown report). The committed
example report ``reports/seed_comparison.*`` is regenerated with ``credibility report``
(or ``--reports`` here, which calls the same ``analysis.report.seed_report``).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = Path(__file__).resolve().parent / "seed_report.csv"
GOLDEN_FRAMING = Path(__file__).resolve().parent / "seed_framing.json"
GOLDEN_FRAMING_MD = Path(__file__).resolve().parent / "seed_framing.md"


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT))
    from analysis.report import seed_report

    with tempfile.TemporaryDirectory() as tmp:
        paths = seed_report(Path(tmp))
        shutil.copyfile(paths[2], GOLDEN)
        print(f"wrote {GOLDEN.relative_to(ROOT)}")
    from analysis.report import seed_analyses
    from analysis.report.context import build_context
    from analysis.report.framing import framing_json
    from analysis.report.markdown import framing_excerpt

    analyses = seed_analyses()
    GOLDEN_FRAMING.write_text(framing_json(analyses), encoding="utf-8")
    print(f"wrote {GOLDEN_FRAMING.relative_to(ROOT)}")
    excerpt = framing_excerpt(build_context(analyses, charts_on=False))
    GOLDEN_FRAMING_MD.write_text(excerpt, encoding="utf-8")
    print(f"wrote {GOLDEN_FRAMING_MD.relative_to(ROOT)}")
    if "--reports" in argv:
        for path in seed_report(ROOT / "reports"):
            print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
