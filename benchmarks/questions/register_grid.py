"""How the reporting-register thresholds of question_rhetoric were read (development half only).

For a grid of (share of sentences with a verb of saying, share in the writer's own first
person), prints how many development articles fall in the region "say >= s and first < f"
(at least five sentences), how many gold rhetorical questions they hold, and, among the
questions no rule explains (the ones the register decides), how many gold rhetorical
questions would be lost and how many false alarms removed. Test articles of
``split.json`` are dropped before any text is read (benchmarks/questions/dev_errors.py).

    python benchmarks/questions/register_grid.py
"""

from __future__ import annotations

from analysis.extractors import question_rhetoric as qr
from analysis.extractors import rhetorical_questions as rq
from benchmarks.questions.dev_errors import dev_questions
from benchmarks.questions.find_questions import DEFAULT_DATA

SAY = (0.1, 0.125, 0.15, 0.2, 0.25)
FIRST = (0.02, 0.05, 0.07, 0.1, 1.01)


def rows() -> list[tuple[dict[str, float], bool, bool, str]]:
    """(register, gold rhetorical, unexplained by rules, article key) per dev question."""
    out = []
    for g, doc, hits, faq in dev_questions(DEFAULT_DATA):
        unexplained = bool(hits) and rq.explained_label(doc, hits[-1], faq) is None
        out.append((qr.register(doc), g["label"] == "rhetorical", unexplained,
                    f"{g['corpus']}/{g['doc_id']}"))
    return out


def main() -> int:
    data = rows()
    print(f"dev questions {len(data)}, articles {len({k for *_, k in data})}, "
          f"unexplained {sum(u for _, _, u, _ in data)}")
    print("say>=  first<  articles  gold-rhetorical-in-them  unexplained: rhetorical lost / "
          "false alarms removed")
    for s in SAY:
        for f in FIRST:
            inside = [(y, u, k) for r, y, u, k in data
                      if r["sentences"] >= qr.MIN_SENTENCES and r["say"] >= s and r["first"] < f]
            articles = len({k for *_, k in inside})
            rhetorical = sum(y for y, _, _ in inside)
            lost = sum(y and u for y, u, _ in inside)
            removed = sum(u and not y for y, u, _ in inside)
            print(f"{s:5.3f} {f:6.2f} {articles:9} {rhetorical:24} {lost:13} / {removed}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
