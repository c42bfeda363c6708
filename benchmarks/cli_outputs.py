"""Prove that the ``credibility score`` output did not change: this tree against a commit.

    .venv/bin/python benchmarks/cli_outputs.py --against main
    .venv/bin/python benchmarks/cli_outputs.py --against main --texts 40   # + data texts

Runs ``credibility score`` in new processes in both trees (the other unpacked with ``git
archive`` into a temporary folder) on the seeds, the test fixtures (a saved web page,
hostile text and HTML), texts written here (short, Markdown, long sentences, wide and
combining characters, tabs, markup-like brackets, a long file name) and ``--texts`` N
texts from the development data in ``../shared/data``, each with the table output to a
pipe, with ``FORCE_COLOR=1`` (rich's colour codes, as on a terminal), at 60, 79, 120 and
200 columns (``COLUMNS``), with ``--explain``, with ``--json`` and with several files at
once, and ``--help`` and usage errors; standard output, standard error and the exit code
must be the same bytes. Prints
the cases that differ and exits 1 if any does.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.cold_start import LAUNCH, ROOT, unpack  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
SENTENCE = ("Officials said the plan may cost many millions, some critics say, and it is "
            "reportedly the biggest change ever. ")
WRITTEN = {
    "short.txt": "Officials said the plan may work. Is it the best plan ever?",
    "article.md": "# Bus lanes\n\n*By A. Writer*\n\n" + SENTENCE * 30,
    "long_sentence.txt": ("Experts say " + "the council, which met again on Tuesday, "
                          * 40 + "may vote. ") * 3 + SENTENCE * 20,
    "wide.txt": "東京の会議で officials said 会議 may end. Ｆｕｌｌｗｉｄｔｈ text here. "
                "Café owners in Zürich reportedly agree, some say. 😀 " * 20,
    "tabs_marks.txt": "Officials\tsaid [bold]it[/bold] may\u00a0work, e\u0301 reportedly. "
                      "Soft\u00adhyphen, zero\u200bwidth, right\u200fto left. " * 25,
    "a_rather_long_file_name_that_goes_on_and_on_and_on_beyond_the_width_of_most_"
    "terminals_and_then_some_more.txt": SENTENCE * 25,
}


def cases(folder: Path, texts: int) -> list[list[str]]:
    """The argument lists to run (files written into ``folder``)."""
    files = [str(p) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    files += [str(FIXTURES / "frontline_saved_page.html"),
              str(FIXTURES / "injection" / "hostile_article.txt"),
              str(FIXTURES / "injection" / "hostile_page.html")]
    for name, text in WRITTEN.items():
        (folder / name).write_text(text, encoding="utf-8")
        files.append(str(folder / name))
    for n, text in enumerate(data_texts(texts)):
        (folder / f"data_{n}.txt").write_text(text, encoding="utf-8")
        files.append(str(folder / f"data_{n}.txt"))
    out = [["score", f] for f in files]
    out += [["score", "--explain", files[0]], ["score", "--json", files[0]],
            ["score", *files[:4]], ["score", files[0], str(folder / "missing.txt")],
            ["score", "--no-clean", str(FIXTURES / "frontline_saved_page.html")],
            ["score", "--help"], ["score", "--bogus", files[0]], ["score", "--max-bytes", "x"],
            ["--help"], ["compare", "--help"], ["bogus"], ["--version"]]
    return out


def data_texts(count: int) -> list[str]:
    """The first ``count`` texts of at least 150 words in the development data."""
    found: list[str] = []
    for path in sorted((ROOT.parent / "shared" / "data").glob("*/*.jsonl")):
        with path.open(encoding="utf-8") as rows:
            for line in rows:
                text = json.loads(line).get("text")
                if len(found) < count and isinstance(text, str) and len(text.split()) >= 150:
                    found.append(text)
    return found


ENVIRONMENTS = {"pipe": {}, "colour": {"FORCE_COLOR": "1"}, "60 columns": {"COLUMNS": "60"},
                "79 columns": {"COLUMNS": "79"}, "120 columns": {"COLUMNS": "120"},
                "200 columns": {"COLUMNS": "200"}}


def run(tree: Path, args: list[str], env: dict[str, str]) -> tuple[int, bytes, bytes]:
    base = {k: v for k, v in os.environ.items()
            if k not in ("COLUMNS", "FORCE_COLOR", "NO_COLOR", "TTY_COMPATIBLE", "LINES")}
    proc = subprocess.run([sys.executable, "-c", LAUNCH, str(tree), *args],
                          stdin=subprocess.DEVNULL, capture_output=True, cwd=ROOT,
                          env={**base, "PYTHONDONTWRITEBYTECODE": "1", **env}, check=False)
    return proc.returncode, proc.stdout, proc.stderr


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--against", default="main", metavar="REV")
    parser.add_argument("--texts", type=int, default=0, help="also N development texts")
    args = parser.parse_args(argv)
    differ = total = 0
    with tempfile.TemporaryDirectory() as tmp:
        other, folder = Path(tmp) / "tree", Path(tmp) / "inputs"
        other.mkdir()
        folder.mkdir()
        unpack(args.against, other)
        for argv_ in cases(folder, args.texts):
            envs = ENVIRONMENTS if len(argv_) == 2 else {"pipe": {}}
            for label, env in envs.items():
                total += 1
                if run(ROOT, argv_, env) != run(other, argv_, env):
                    differ += 1
                    print(f"DIFFERS ({label}): {' '.join(argv_)}")
    print(f"{total} runs compared with {args.against}: {differ} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
