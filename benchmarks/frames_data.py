"""The data for the frames and genre signals, and its fixed split into two parts.

Each development half is split once, by document, into a fitting part (about 60%) and an
untouched part (about 40%), by a hash of the document's id (``part()``). The split was
written and committed before any frame or genre cue was: cues come from the codebooks,
thresholds and weights are fitted on the fitting part only, and the untouched part is only
ever scored. Only aggregate figures leave this module; no text is copied into the project.

- generic frames: ``framing/narrative_frames_dev.jsonl`` (Frermann et al. 2023), labels
  RE/HI/CO/MO/EC mapped to the names of ``analysis.extractors.frames``;
- policy frames and genre: ``framing/semeval2023_frames_dev.jsonl`` (Piskorski et al. 2023);
- extra mainstream reporting for genre: PolNeAR's NYT, Washington Post, USA Today and
  Politico articles (``attribution/polnear_train.jsonl``, one row per article) and
  BuzzFeed-Webis mainstream articles (``reliability/buzzfeed_webis_dev.jsonl``).
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from benchmarks.tasks import buzzfeed_rows, read_jsonl

FIT_SHARE = 60  # percent of the documents in the fitting part
GENERIC = {"CO": "conflict", "HI": "human_interest", "EC": "economic", "MO": "morality",
           "RE": "responsibility"}
MAINSTREAM_POLNEAR = {"nyt", "wash-post", "usa-today", "politico"}


def part(corpus: str, doc_id: str) -> str:
    """``"fit"`` or ``"untouched"``: fixed by the first 4 bytes of SHA-256 of corpus:id."""
    digest = hashlib.sha256(f"{corpus}:{doc_id}".encode()).digest()
    return "fit" if int.from_bytes(digest[:4], "big") % 100 < FIT_SHARE else "untouched"


def narrative_frames(data: Path) -> list[dict[str, Any]]:
    """``{id, text, frames: [generic names], part}`` for each Narrative Frames article."""
    return [{"id": r["id"], "text": r["text"], "frames": sorted(GENERIC[f] for f in r["frames"]),
             "part": part("narrative", str(r["id"]))}
            for r in read_jsonl(data / "framing/narrative_frames_dev.jsonl")]


def semeval(data: Path) -> list[dict[str, Any]]:
    """``{id, text, frames, genre, part}`` for each SemEval-2023 article."""
    return [{"id": r["id"], "text": r["text"], "frames": sorted(r["frames"]), "genre": r["genre"],
             "part": part("semeval", str(r["id"]))}
            for r in read_jsonl(data / "framing/semeval2023_frames_dev.jsonl")]


def mainstream_reporting(data: Path) -> list[dict[str, Any]]:
    """Mainstream news articles labelled ``reporting``: PolNeAR (NYT, WaPo, USA Today,
    Politico; an article annotated twice counted once) and BuzzFeed-Webis mainstream.
    Some of these are analysis pieces rather than straight news; they are kept, since the
    brief is that mainstream news should not read as opinion."""
    rows, seen = [], set()
    for r in read_jsonl(data / "attribution/polnear_train.jsonl"):
        if r["publisher"] in MAINSTREAM_POLNEAR and r["article_id"] not in seen:
            seen.add(r["article_id"])
            rows.append({"id": f"polnear:{r['article_id']}", "text": r["text"],
                         "source": "polnear", "genre": "reporting",
                         "part": part("polnear", str(r["article_id"]))})
    for r in buzzfeed_rows(data):
        if r["orientation"] == "mainstream":
            rows.append({"id": f"buzzfeed:{r['id']}", "text": r["text"], "source": "buzzfeed",
                         "genre": "reporting", "part": part("buzzfeed", str(r["id"]))})
    return rows
