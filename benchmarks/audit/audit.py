"""Precision audit of the flags on mainstream news (see GUIDELINES.md).

    python benchmarks/audit/audit.py                  # precision per extractor and label
    python benchmarks/audit/audit.py --show 40        # the next unjudged flags, in context
    python benchmarks/audit/audit.py --add FILE       # merge "id<TAB>right|wrong<TAB>class"

Articles: the mainstream outlets of the development halves (PolNeAR's New York Times,
Washington Post, USA Today and Politico, both PolNeAR files; BuzzFeed-Webis mainstream),
read from ``../shared/data`` and never copied. A fixed sample of them (``ARTICLES`` per
corpus, seed ``SEED``) is analysed with ``analyze(text).to_dict()``; 40% of those, chosen
by a hash of the document id, are the untouched part: judged, but never read when writing
rules. A *fresh* part (``FRESH_ARTICLES`` more per corpus) holds attributions and weasel
phrases only, judged after the last attribution rule was written, since the untouched
part's attributions were looked at once their first figures were taken; once its errors
had been read too, a *fresh2* part (as many again, ranked with ``SEED2`` among the articles
in no other part) was judged after the coreference and source-span rules. A *fresh3* part
(as many again, ranked with ``SEED3``) holds every audited label and is judged only after the
rules of the round that follows it; *fresh4* (ranked with ``SEED4``) is the same for the round
after that, whose rules were read from fresh3's errors. *fresh5* (ranked with ``SEED5``) is
judged on the rules before the round read from fresh4's errors, and the flags that round
brings in are judged after it. *fresh6* (ranked with ``SEED6``) is judged only after the
rounds read from fresh5's errors (``--wrong`` prints a part's judged-wrong flags, for
reading a part whose figures are already taken); *fresh7* (``SEED7``; BuzzFeed-Webis has no
mainstream articles left by then, so PolNeAR's alone) holds out the rounds read from
fresh6. PolNeAR has none left after it, so *fresh8* is another corpus of mainstream news:
BASIL's New York Times, Fox News and HuffPost articles of the 40% of its events that the
quote-speaker rules were not written from (``benchmarks.tasks_naming.basil_part``).
*fresh9* holds NewsWCL50's and narrative frames' mainstream articles
(``benchmarks.audit.other_corpora``). From each part,
flags are sampled per extractor and label by a hash of the flag's
key, so one flag's presence never moves another in or out of the sample: after a code
change the judged flags that are still flagged keep their verdicts, and new ones show up
as unjudged.

A flag's key is corpus, document id, start, end, extractor, label, the source span of an
attribution (an attribution is judged with its source phrase) and a SHA-1 of the flagged
text (and source text): offsets and hashes only, never the text.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks.audit.other_corpora import basil_articles, fresh9_articles  # noqa: E402
from benchmarks.tasks import analyse_all, fix_mojibake, read_jsonl  # noqa: E402

JUDGEMENTS = Path(__file__).with_name("judgements.jsonl")
# Verdicts may also sit in books of their own (judgements_<name>.jsonl, written with
# ``--add FILE --book NAME``), so that people judging different labels at once never edit
# the same file; all books are read together.
BOOKS = "judgements*.jsonl"
SEED = "audit-2026-12"
ARTICLES = 120  # per corpus
UNTOUCHED_SHARE = 0.4
PER_LABEL = 24  # flags sampled per extractor and label, in each part
MAINSTREAM = {"nyt", "wash-post", "usa-today", "politico"}
AUDITED = {
    ("hedging", "epistemic"), ("hedging", "weasel"), ("superlatives", "unsourced"),
    ("loaded_language", "loaded"), ("loaded_language", "name_calling"),
    ("rhetorical_questions", "rhetorical"), ("sourcing", "named"),
    ("sourcing", "anonymous"), ("sourcing", "vague"), ("sourcing", "declined"),
}
FRESH_ARTICLES = 60  # per corpus, after the first ARTICLES: a second held-out part
FRESH_AUDITED = {("hedging", "weasel"), ("sourcing", "named"), ("sourcing", "anonymous"),
                 ("sourcing", "vague")}  # judged only after the last attribution rule
SEED2 = "audit-2026-12-fresh2"  # a second fresh part, judged after the coreference rules
SEED3 = "audit-2026-12-fresh3"  # a third, with every audited label
SEED4 = "audit-2026-12-fresh4"  # a fourth, held out from the round that read fresh3
SEED5 = "audit-2026-12-fresh5"  # a fifth, held out from the round that reads fresh4
SEED6 = "audit-2026-12-fresh6"  # a sixth, held out from the rounds that read fresh5
SEED7 = "audit-2026-12-fresh7"  # a seventh, held out from the rounds that read fresh6
BARS = {"sourcing": 0.90, ("hedging", "weasel"): 0.90}
DEFAULT_BAR = 0.85
MARGIN = 160


def _h(*parts: object) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode("utf-8")).hexdigest()


def articles(data: Path) -> list[tuple[str, str, str, str]]:
    """(corpus, doc id, text, part) of the fixed sample of mainstream articles."""
    polnear: dict[str, str] = {}
    for split in ("train", "dev"):
        for r in read_jsonl(data / f"attribution/polnear_{split}.jsonl"):
            if r["publisher"] in MAINSTREAM:
                polnear.setdefault(f"{split}:{r['article_id']}", r["text"])
    buzz = {r["id"]: fix_mojibake(r["text"])
            for r in read_jsonl(data / "reliability/buzzfeed_webis_dev.jsonl")
            if r["orientation"] == "mainstream" and len(r["text"].split()) >= 50}
    out = []
    for corpus, docs in (("polnear", polnear), ("buzzfeed", buzz)):
        ranked = sorted(docs, key=lambda d: _h(SEED, corpus, d))
        out += [(corpus, d, docs[d], part(corpus, d)) for d in sorted(ranked[:ARTICLES])]
        out += [(corpus, d, docs[d], "fresh")
                for d in sorted(ranked[ARTICLES : ARTICLES + FRESH_ARTICLES])]
        rest = sorted(ranked[ARTICLES + FRESH_ARTICLES :], key=lambda d: _h(SEED2, corpus, d))
        out += [(corpus, d, docs[d], "fresh2") for d in sorted(rest[:FRESH_ARTICLES])]
        rest = sorted(rest[FRESH_ARTICLES:], key=lambda d: _h(SEED3, corpus, d))
        out += [(corpus, d, docs[d], "fresh3") for d in sorted(rest[:FRESH_ARTICLES])]
        rest = sorted(rest[FRESH_ARTICLES:], key=lambda d: _h(SEED4, corpus, d))
        out += [(corpus, d, docs[d], "fresh4") for d in sorted(rest[:FRESH_ARTICLES])]
        rest = sorted(rest[FRESH_ARTICLES:], key=lambda d: _h(SEED5, corpus, d))
        out += [(corpus, d, docs[d], "fresh5") for d in sorted(rest[:FRESH_ARTICLES])]
        rest = sorted(rest[FRESH_ARTICLES:], key=lambda d: _h(SEED6, corpus, d))
        out += [(corpus, d, docs[d], "fresh6") for d in sorted(rest[:FRESH_ARTICLES])]
        rest = sorted(rest[FRESH_ARTICLES:], key=lambda d: _h(SEED7, corpus, d))
        out += [(corpus, d, docs[d], "fresh7") for d in sorted(rest[:FRESH_ARTICLES])]
    return out + basil_articles(data) + fresh9_articles(data)


def part(corpus: str, doc: str) -> str:
    """``develop`` or ``untouched``, fixed by a hash of the document."""
    return "untouched" if int(_h(SEED, "part", corpus, doc)[:8], 16) < UNTOUCHED_SHARE * 16**8 \
        else "develop"


def flag_key(corpus: str, doc: str, text: str, e: dict[str, Any]) -> dict[str, Any]:
    src = e.get("source")
    shown = text[e["start"]:e["end"]] + ("|" + text[src[0]:src[1]] if src else "")
    key = {"corpus": corpus, "doc": doc, "start": e["start"], "end": e["end"],
           "extractor": e["extractor"], "label": e["label"],
           "source": list(src) if src else None,
           "sha": hashlib.sha1(shown.encode("utf-8")).hexdigest()}
    key["id"] = _h(*(key[k] for k in ("corpus", "doc", "start", "end", "extractor", "label",
                                       "source", "sha")))[:12]
    return key


def sample(data: Path) -> tuple[list[dict[str, Any]], dict[str, tuple[str, str, str]]]:
    """The sampled flags (keys with their part) and the article texts by document."""
    arts = articles(data)
    results = analyse_all([a[2] for a in arts])
    strata: dict[tuple, list] = defaultdict(list)
    texts = {}
    for (corpus, doc, _text, where), res in zip(arts, results, strict=True):
        texts[f"{corpus}/{doc}"] = (corpus, doc, res["text"])
        audited = FRESH_AUDITED if where in ("fresh", "fresh2") else AUDITED
        for e in res["evidence"]:
            if (e["extractor"], e["label"]) in audited:
                k = flag_key(corpus, doc, res["text"], e)
                k["part"] = where
                strata[(k["part"], e["extractor"], e["label"])].append(k)
    chosen = []
    for flags in strata.values():
        chosen += sorted(flags, key=lambda k: _h(SEED, "flag", k["id"]))[:PER_LABEL]
    return chosen, texts


def load_judgements() -> dict[str, dict[str, Any]]:
    """Every verdict on file, from all books (the main one and ``judgements_<name>``)."""
    judged: dict[str, dict[str, Any]] = {}
    for book in sorted(JUDGEMENTS.parent.glob(BOOKS)):
        judged.update({j["id"]: j for j in read_jsonl(book)})
    return judged


def book_path(name: str | None) -> Path:
    return JUDGEMENTS if not name else JUDGEMENTS.with_name(f"judgements_{name}.jsonl")


def show(flags: list[dict[str, Any]], texts: dict, judged: dict, count: int,
         which: str, wrong: bool = False) -> None:
    """Print unjudged flags (or, with ``wrong``, the judged-wrong ones) in context."""
    todo = [k for k in flags if which in ("all", k["part"])
            and (judged.get(k["id"], {}).get("verdict") == "wrong" if wrong
                 else k["id"] not in judged)]
    for k in todo[:count]:
        _, _, text = texts[f"{k['corpus']}/{k['doc']}"]
        s, e = k["start"], k["end"]
        ctx = text[max(0, s - MARGIN):s] + "[[" + text[s:e] + "]]" + text[e:e + MARGIN]
        src = k["source"]
        who = f"  SOURCE=<{text[src[0]:src[1]]}>" if src else ""
        why = f" WRONG: {judged[k['id']].get('class', '')}" if wrong else ""
        print(f"## {k['id']} {k['extractor']}/{k['label']} ({k['part']}){who}{why}")
        print(" ".join(ctx.split()))
    print(f"-- {len(todo)} {'judged wrong' if wrong else 'unjudged'} in '{which}'")


def add(path: Path, flags: list[dict[str, Any]], judged: dict, book: Path = JUDGEMENTS) -> int:
    """Merge ``path``'s verdicts into ``book`` (a verdict already in another book stays there)."""
    by_id = {k["id"]: k for k in flags}
    mine = {j["id"]: j for j in read_jsonl(book)} if book.exists() else {}
    lines = [ln.split("\t") for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    n = 0
    for fid, verdict, *cls in lines:
        if fid not in by_id or verdict not in {"right", "wrong"}:
            print(f"skipped: {fid} {verdict}", file=sys.stderr)
            continue
        k = {x: by_id[fid][x] for x in by_id[fid] if x != "part"}
        judged[fid] = mine[fid] = {**k, "verdict": verdict, "class": (cls or [""])[0]}
        n += 1
    book.write_text("".join(json.dumps(j, sort_keys=True) + "\n"
                            for j in sorted(mine.values(), key=lambda j: j["id"])),
                    encoding="utf-8")
    return n


def in_part(flags: list[dict[str, Any]], which: str) -> list[dict[str, Any]]:
    """The flags of part ``which`` (every flag for ``all``)."""
    return [k for k in flags if which in ("all", k["part"])]


def precision_table(flags: list[dict[str, Any]], judged: dict) -> str:
    rows = ["| part | extractor | label | judged | right | precision | bar | met | unjudged |",
            "|---|---|---|---|---|---|---|---|---|"]
    cells: dict[tuple, list[int]] = defaultdict(lambda: [0, 0, 0])
    for k in flags:
        c = cells[(k["part"], k["extractor"], k["label"])]
        j = judged.get(k["id"])
        if j is None:
            c[2] += 1
        else:
            c[0] += 1
            c[1] += j["verdict"] == "right"
    for (p, ex, lab), (n, right, todo) in sorted(cells.items()):
        bar = BARS.get((ex, lab), BARS.get(ex, DEFAULT_BAR))
        prec = right / n if n else float("nan")
        met = "yes" if n and prec >= bar else "NO"
        rows.append(f"| {p} | {ex} | {lab} | {n} | {right} | {prec:.3f} | {bar:.2f} | {met} "
                    f"| {todo} |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--show", type=int, default=0, help="print N unjudged flags")
    parser.add_argument("--part", choices=["develop", "untouched", "fresh", "fresh2", "fresh3",
                                                   "fresh4", "fresh5", "fresh6", "fresh7",
                                                   "fresh8", "fresh9", "all"],
                        default="all", help="the part shown and tabulated")
    parser.add_argument("--add", type=Path, help="merge judgements: id, verdict, class")
    parser.add_argument("--book", help="with --add: write to judgements_BOOK.jsonl")
    parser.add_argument("--label", help="with --show: only EXTRACTOR/LABEL")
    parser.add_argument("--wrong", action="store_true",
                        help="with --show: the flags judged wrong instead of unjudged ones")
    args = parser.parse_args(argv)
    if not (args.data / "attribution").is_dir():
        print(f"no evaluation data in {args.data} (use --data DIR)", file=sys.stderr)
        return 2
    flags, texts = sample(args.data)
    judged = load_judgements()
    if args.add:
        print(f"added {add(args.add, flags, judged, book_path(args.book))} judgements")
        if args.part == "all":
            return 0  # a judge sees no other part's figures unless asking for them
    if args.show:
        wanted = [k for k in flags if not args.label
                  or f"{k['extractor']}/{k['label']}" == args.label]
        show(wanted, texts, judged, args.show, args.part, args.wrong)
        return 0
    print(precision_table(in_part(flags, args.part), judged))
    stale = len(set(judged) - {k["id"] for k in flags})
    print(f"\n{len(judged)} judgements on file, {stale} of them on flags no longer sampled")
    return 0


if __name__ == "__main__":
    sys.exit(main())
