"""Build ``analysis/data/reference_quantiles.json``: where professional news falls on each signal.

    .venv/bin/python benchmarks/build_reference.py            # rewrite the table (~1 min)
    .venv/bin/python benchmarks/build_reference.py --check    # exit 1 if it is stale

The reference is ordinary professional news, read from ``../shared/data`` (never copied:
only quantiles leave this script):

- ``reliability/buzzfeed_webis_dev.jsonl``: the articles of mainstream outlets (ABC, CNN,
  Politico) rated "mostly true", the title put above the text as a pasted article has it,
  with UTF-8-read-as-Latin-1 mojibake repaired;
- ``attribution/polnear_{train,dev}.jsonl``: the New York Times, Washington Post, USA Today
  and Politico articles, one per ``article_id`` (some appear once per annotator), without
  the corpus's section markers (``ABSTRACT.``, ``FULL TEXT.``).

An article seen in both corpora is kept once. Every article goes through the same path as
``credibility score`` (page-furniture cleaning, then ``analyze``) and is kept when it has at
least 50 words. For every score column the table stores n and 101 quantiles (0th to
100th percentile, linear interpolation). It also stores the four seeds' scores (so that
``credibility score`` can show them without analysing the seeds each time) and a
fingerprint of the code and word lists that produce the scores; a test fails when either
no longer matches, and this script is the fix. Output is deterministic: no timestamps,
same inputs give the same bytes.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
OUT = ROOT / "analysis" / "data" / "reference_quantiles.json"
POINTS = 101
MIN_WORDS = 50
POLNEAR_OUTLETS = {"nyt": "New York Times", "wash-post": "Washington Post",
                   "usa-today": "USA Today", "politico": "Politico"}
OUTLET_NAMES = {"abc": "ABC News", "cnn": "CNN", "politico": "Politico", **POLNEAR_OUTLETS}
CORPUS_MARKERS = frozenset({"ABSTRACT.", "FULL TEXT.", "CORRECTION APPENDED."})
# What the scores depend on: the modules analyze() imports, the cleaner, the word lists and
# the data files (models) beside this table; a change in any of them makes the table stale.
_IMPORTED = ("import json, sys, analysis, analysis.intake.cleaning\n"
             "analysis.analyze('The council may vote on Tuesday, officials said. Why not?')\n"
             "print(json.dumps(sorted({getattr(m, '__file__', None) or '' "
             "for m in list(sys.modules.values())})))")


def fingerprint(root: Path = ROOT) -> str:
    """sha256 over the sources that produce the scores (line endings normalised)."""
    digest = hashlib.sha256()
    for path in scoring_files(root):
        digest.update(path.relative_to(root.resolve()).as_posix().encode() + b"\0")
        digest.update(path.read_bytes().replace(b"\r\n", b"\n") + b"\0")
    return "sha256:" + digest.hexdigest()


def scoring_files(root: Path = ROOT) -> list[Path]:
    """The files the scores depend on (found by running analyze() in a fresh process)."""
    proc = subprocess.run([sys.executable, "-c", _IMPORTED], cwd=root, capture_output=True,
                          text=True, timeout=120, check=True)
    package = (root / "analysis").resolve()
    files = {Path(f).resolve() for f in json.loads(proc.stdout) if f}
    files = {f for f in files if f.is_relative_to(package)}
    files |= {p.resolve() for p in (package / "lexicons").iterdir() if p.is_file()}
    data = package / "data"
    if data.is_dir():
        files |= {p.resolve() for p in data.iterdir() if p.is_file() and p.name != OUT.name}
    return sorted(files)


def commit_date(root: Path = ROOT) -> str | None:
    """The date of the latest commit that touched the scoring sources (None without git)."""
    paths = [p.relative_to(root.resolve()).as_posix() for p in scoring_files(root)]
    try:
        out = subprocess.run(["git", "log", "-1", "--format=%cs", "--", *paths], cwd=root,
                             capture_output=True, text=True, timeout=30, check=True)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() or None


# --- the articles ---------------------------------------------------------------------

_MOJIBAKE = re.compile(r"[\u00c2-\u00f4][\u0080-\u00bf]{1,3}")


def fix_mojibake(text: str) -> str:
    """Undo UTF-8 bytes that were decoded as Latin-1 ('â\\x80\\x99' -> '\u2019')."""
    def repair(match: re.Match[str]) -> str:
        try:
            return match.group(0).encode("latin-1").decode("utf-8")
        except UnicodeError:
            return match.group(0)
    return _MOJIBAKE.sub(repair, text)


def _rows(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def buzzfeed() -> list[tuple[str, str, str]]:
    """(source, outlet, text) for the mainstream 'mostly true' articles."""
    out = []
    for row in _rows(DATA / "reliability" / "buzzfeed_webis_dev.jsonl"):
        if row.get("orientation") == "mainstream" and row.get("veracity") == "mostly true":
            title = fix_mojibake(str(row.get("title") or "")).strip()
            body = fix_mojibake(str(row.get("text") or "")).strip()
            out.append(("buzzfeed_webis", str(row["portal"]), f"{title}\n\n{body}".strip()))
    return out


def polnear() -> list[tuple[str, str, str]]:
    """(source, outlet, text) for the NYT, Washington Post, USA Today and Politico articles."""
    out, seen = [], set()
    for split in ("train", "dev"):
        for row in _rows(DATA / "attribution" / f"polnear_{split}.jsonl"):
            if row.get("publisher") in POLNEAR_OUTLETS and row["article_id"] not in seen:
                seen.add(row["article_id"])
                lines = [ln for ln in row["text"].split("\n") if ln.strip() not in CORPUS_MARKERS]
                out.append(("polnear", str(row["publisher"]), "\n".join(lines)))
    return out


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower())[:60])


def articles() -> list[tuple[str, str, str]]:
    """Both corpora, an article present in both kept once (the first seen)."""
    out, seen = [], set()
    for item in buzzfeed() + polnear():
        key = _key(item[2])
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def _score(text: str) -> dict[str, float] | None:
    from analysis import analyze
    from analysis.intake.cleaning import clean
    from analysis.intake.loading import guess_non_english

    body = clean(text).text
    if not body.strip() or guess_non_english(body):
        return None
    scores = analyze(body).scores
    return dict(scores) if scores.get("words", 0) >= MIN_WORDS else None


# --- the table ------------------------------------------------------------------------

def comparable(column: str) -> bool:
    """Columns comparable across articles of any length: rates, shares, indices, grades."""
    return (column.endswith(("_per_1k", "_index", "_document", "_share"))
            or column.startswith("readability_") or column in ("words", "sentences"))


def quantiles(values: list[float], points: int = POINTS) -> list[float]:
    """``points`` evenly spaced quantiles (linear interpolation, numpy's default)."""
    data = sorted(values)
    out = []
    for i in range(points):
        pos = (len(data) - 1) * i / (points - 1)
        lo = math.floor(pos)
        hi = min(lo + 1, len(data) - 1)
        out.append(round(data[lo] + (data[hi] - data[lo]) * (pos - lo), 4))
    return out


def seed_rows() -> list[dict]:
    from analysis import analyze
    from analysis.intake.seeds import load_seeds

    return [{"id": s.id, "comparison_role": s.meta.get("comparison_role"),
             "outlet": s.meta.get("outlet"), "scores": _clean_numbers(analyze(s.text, meta=s.meta)
                                                                     .scores)}
            for s in load_seeds()]


def _clean_numbers(scores: dict[str, float]) -> dict[str, float | None]:
    return {k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in scores.items()}


def build(workers: int = 2) -> dict:
    items = articles()
    with Pool(workers) as pool:
        scored = pool.map(_score, [text for _, _, text in items], chunksize=8)
    kept = [(item, s) for item, s in zip(items, scored, strict=True) if s is not None]
    columns: dict[str, list[float]] = {}
    for _, scores in kept:
        for key, value in scores.items():
            if comparable(key) and isinstance(value, (int, float)) and not math.isnan(value):
                columns.setdefault(key, []).append(float(value))
    return {
        "schema": "credibility-reference/1",
        "name": "professional news",
        "built_by": "benchmarks/build_reference.py",
        "extractors": {"last_commit": commit_date(), "fingerprint": fingerprint()},
        "percentile": "percentile rank: the share of reference articles with a lower value "
                      "plus half the share with the same value, in %, interpolated between "
                      "the stored quantiles (analysis.scoring.reference.percentile_in)",
        "n": len(kept),
        "sources": _sources(kept),
        "min_words": MIN_WORDS,
        "points": POINTS,
        "quantiles": {k: {"n": len(v), "q": quantiles(v)} for k, v in sorted(columns.items())},
        "seeds": seed_rows(),
    }


def _sources(kept: list) -> list[dict]:
    by_source: dict[str, Counter] = {}
    for (source, outlet, _), _ in kept:
        by_source.setdefault(source, Counter())[outlet] += 1
    described = {
        "buzzfeed_webis": ("reliability/buzzfeed_webis_dev.jsonl", "BuzzFeed-Webis",
                           "BuzzFeed-Webis Fake News Corpus 2016 (Potthast et al. 2018): "
                           "mainstream outlets, articles rated 'mostly true'"),
        "polnear": ("attribution/polnear_{train,dev}.jsonl", "PolNeAR",
                    "PolNeAR v1.0.0 (Newell, Margolin & Ruths 2018): New York Times, "
                    "Washington Post, USA Today and Politico articles, 2016"),
    }
    return [{"file": described[s][0], "label": described[s][1], "what": described[s][2],
             "n": sum(c.values()), "outlets": {OUTLET_NAMES.get(k, k): v
                                               for k, v in sorted(c.items())}}
            for s, c in sorted(by_source.items())]


def render(table: dict) -> str:
    """Indented JSON with each column's quantiles on one line (readable diffs)."""
    compact = {k: json.dumps(v, ensure_ascii=False) for k, v in table["quantiles"].items()}
    text = json.dumps({**table, "quantiles": dict.fromkeys(compact, "@")}, ensure_ascii=False,
                      indent=1)
    for key, value in compact.items():
        text = text.replace(f'{json.dumps(key)}: "@"', f"{json.dumps(key)}: {value}", 1)
    return text + "\n"


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT))
    if "--check" in argv:
        stored = json.loads(OUT.read_text(encoding="utf-8"))
        fresh = fingerprint()
        ok = stored["extractors"]["fingerprint"] == fresh
        print("up to date" if ok else f"stale: run {Path(__file__).relative_to(ROOT)}")
        return 0 if ok else 1
    if not DATA.is_dir():
        print(f"{DATA}: not found (the shared evaluation data)", file=sys.stderr)
        return 2
    table = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(render(table), encoding="utf-8", newline="\n")
    print(f"wrote {OUT.relative_to(ROOT)}: n={table['n']} articles, "
          f"{len(table['quantiles'])} columns")
    for source in table["sources"]:
        print(f"  {source['file']}: n={source['n']} {source['outlets']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
