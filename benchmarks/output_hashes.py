"""Prove that a speed-up changed no output: hash ``analyze(text).to_dict()`` for many texts.

    .venv/bin/python benchmarks/output_hashes.py --out /tmp/speed-before.json
    .venv/bin/python benchmarks/output_hashes.py --compare /tmp/speed-before.json
    .venv/bin/python benchmarks/output_hashes.py --compare /tmp/speed-before.json --every 10
    .venv/bin/python benchmarks/output_hashes.py --compare /tmp/speed-before.json --cold

The texts are the seeds (cleaned, each also with its manifest ``meta`` so the headline
judgement is covered) and every text in the development data in ``../shared/data``: each
JSON Lines row's ``text``, ``body``, ``headline`` and ``title`` strings and its
``sentences`` joined by newlines, each distinct text once (about 35,000 texts, 2.8 million
words). The data is only read, never copied: the hashes are written where ``--out`` says,
which should be outside the repository. ``--every N`` takes every Nth data text (and all
seeds) for a quicker check between steps. Each hash is the SHA-256 of
``json.dumps(to_dict(), sort_keys=True)``; an exception is recorded as its type and message.
``--compare`` prints the keys that differ and exits 1 if any does. ``--cold`` analyses each
text with the lexicons as a new process has them (nothing compiled, no scan counted), as a
cold ``credibility score`` does: each text then gets regexes of only the terms it can contain
(``analysis/lexicons/lazy.py``), where a long run soon compiles every lexicon whole.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data"
FIELDS = ("text", "body", "headline", "title")


def data_texts(data: Path = DATA) -> Iterator[tuple[str, str]]:
    """(key, text) for each distinct text in the development data, in a fixed order."""
    seen: set[str] = set()
    for path in sorted(data.glob("*/*.jsonl")):
        rel = path.relative_to(data).as_posix()
        with path.open(encoding="utf-8") as rows:
            for n, line in enumerate(rows):
                row = json.loads(line)
                texts = [(f, row[f]) for f in FIELDS if isinstance(row.get(f), str)]
                if isinstance(row.get("sentences"), list):
                    texts.append(("sentences", "\n".join(map(str, row["sentences"]))))
                for field, text in texts:
                    if text not in seen:
                        seen.add(text)
                        yield f"{rel}:{n}:{field}", text


def seed_cases() -> Iterator[tuple[str, str, dict | None]]:
    from analysis.intake.seeds import load_seeds

    for seed in load_seeds():
        yield f"seed:{seed.id}", seed.text, None
        yield f"seed:{seed.id}:meta", seed.text, seed.meta


def digest(text: str, meta: dict | None = None) -> str:
    from analysis import analyze

    try:
        out = analyze(text, meta=meta).to_dict()
    except Exception as exc:  # noqa: BLE001 - an exception is an output too
        return f"error: {type(exc).__name__}: {exc}"
    return hashlib.sha256(json.dumps(out, sort_keys=True).encode("utf-8")).hexdigest()


def fresh_lexicons() -> None:
    """Forget every compiled lexicon, as a new process starts."""
    import analysis.lexicons as lexicons
    from analysis.lexicons.trie import trie_lexicon

    lexicons.lexicon.cache_clear()
    trie_lexicon.cache_clear()
    lexicons._BUILT.clear()
    lexicons.SHARED = lexicons.SharedScan()


def hashes(every: int, cold: bool = False) -> dict[str, str]:
    def one(text: str, meta: dict | None = None) -> str:
        if cold:
            fresh_lexicons()
        return digest(text, meta)

    out = {key: one(text, meta) for key, text, meta in seed_cases()}
    for i, (key, text) in enumerate(data_texts()):
        if i % every == 0:
            out[key] = one(text)
    return out


def compare(now: dict[str, str], before: dict[str, str]) -> int:
    missing = [k for k in now if k not in before]
    differ = [k for k in now if k in before and now[k] != before[k]]
    for key in differ[:50]:
        print(f"DIFFERS {key}")
    print(f"{len(now)} texts compared: {len(differ)} differ, {len(missing)} not in the "
          f"stored hashes")
    return 1 if differ or missing else 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, help="write the hashes here (outside the repo)")
    parser.add_argument("--compare", type=Path, help="compare with hashes written before")
    parser.add_argument("--every", type=int, default=1, help="every Nth data text only")
    parser.add_argument("--cold", action="store_true",
                        help="each text with the lexicons of a new process")
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        print(f"no development data at {DATA}", file=sys.stderr)
        return 2
    start = time.process_time()
    now = hashes(max(1, args.every), args.cold)
    print(f"{len(now)} texts hashed in {time.process_time() - start:.1f} s CPU")
    if args.out:
        args.out.write_text(json.dumps(now, indent=0, sort_keys=True), encoding="utf-8")
    if args.compare:
        return compare(now, json.loads(args.compare.read_text(encoding="utf-8")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
