"""A cold ``credibility score`` on a text file loads only what it uses."""

from __future__ import annotations

import os
import subprocess
import sys

from analysis.intake.seeds import load_seeds

HEAVY = ("pandas", "numpy", "matplotlib", "sklearn", "scipy", "textstat", "trafilatura",
         "lxml", "rich", "flask", "jinja2", "analysis.cli.compare", "analysis.cli.serve",
         "analysis.cli.batch", "analysis.cli.terminal", "analysis.report.build")
PROBE = ("import sys\nfrom analysis.cli.main import main\ncode = main(sys.argv[1:])\n"
         f"print(sorted(m for m in {HEAVY!r} if m in sys.modules), code, file=sys.stderr)")


def loaded(*argv: str, env: dict[str, str] | None = None) -> tuple[str, str]:
    """(standard output, the heavy modules loaded and the exit code) of ``main(argv)`` in a
    new process whose output is a pipe."""
    proc = subprocess.run([sys.executable, "-c", PROBE, *argv], capture_output=True,
                          text=True, stdin=subprocess.DEVNULL, timeout=120, check=False,
                          env=env)
    return proc.stdout, proc.stderr.strip().splitlines()[-1]


def test_score_on_a_text_file_to_a_pipe_loads_no_heavy_module() -> None:
    seed = max(load_seeds(), key=lambda s: len(s.raw.split())).path
    out, heavy = loaded("score", str(seed))
    assert heavy == "[] 0"
    assert out.startswith(f"{seed}  ") and "Flagged sentences" in out


def test_json_and_several_files_load_no_heavy_module_either() -> None:
    seeds = [str(s.path) for s in load_seeds()]
    assert loaded("score", "--json", seeds[0])[1] == "[] 0"
    assert loaded("score", *seeds)[1] == "[] 0"


def test_rich_prints_what_plain_text_cannot(tmp_path) -> None:
    """Colour asked for, or a character rich measures itself: rich prints, as before."""
    page = tmp_path / "wide.txt"
    page.write_text("東京 officials said the plan may work, some critics say. " * 30,
                    encoding="utf-8")
    assert "'rich'" in loaded("score", str(page))[1]
    env = {**os.environ, "FORCE_COLOR": "1"}
    seed = str(load_seeds()[0].path)
    assert "'rich'" in loaded("score", seed, env=env)[1]
