"""Small corpora for the batch tests: short English news texts, and the bad documents a
scraped corpus holds (empty, binary, another language, too long)."""

from __future__ import annotations

import json
from pathlib import Path

SENTENCES = (
    "The city council voted 7-2 on Tuesday to close the Elm Street bridge, the mayor said.",
    "Some residents may oppose the plan, critics say.",
    "Why would anyone want that?",
    "It is the worst decision in the history of the town.",
    "According to the transport department, repairs would cost $4.2 million.",
    "\"We had no other choice,\" said Maria Lopez, the council's chair.",
    "Many people reportedly believe the vote was rushed.",
    "The bridge opened in 1931 and carries about 12,000 cars a day.",
)
FRENCH = ("Le conseil municipal a voté mardi pour la fermeture du pont, et les habitants "
          "sont très mécontents de cette décision qui est pour eux une surprise totale.")


def texts(n: int) -> list[str]:
    """``n`` different short texts, each three to five sentences."""
    out = []
    for i in range(n):
        k = 3 + i % 3
        out.append(" ".join(SENTENCES[(i + j) % len(SENTENCES)] for j in range(k))
                   + f" Officials counted {i + 1} complaints.")
    return out


def bad_texts() -> dict[str, str]:
    """id -> a text that cannot be scored, and why (the row's error)."""
    return {"empty": "", "binary": "abc\x00\x01\x02\x03" * 20, "french": FRENCH,
            "long": "The council met. " * 400}


def write_jsonl(path: Path, n: int, *, bad: bool = False) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for i, text in enumerate(texts(n)):
            handle.write(json.dumps({"id": f"doc{i}", "text": text, "source": "wire",
                                     "n": i}) + "\n")
        if bad:
            for ident, text in bad_texts().items():
                handle.write(json.dumps({"id": ident, "text": text, "source": "bad",
                                         "n": -1}) + "\n")
    return path
