"""Audit parts from corpora other than PolNeAR and BuzzFeed-Webis, whose mainstream
articles the earlier parts used up.

*fresh8*: BASIL's New York Times, Fox News and HuffPost articles of the events its
quote-speaker rules never looked at (``benchmarks.tasks_naming.basil_part``).

*fresh9*: mainstream news from two more corpora, judged on the code of 2026-12-03 after
the rounds read from fresh7's and fresh8's errors: NewsWCL50's New York Times, USA Today,
HuffPost and Fox News articles (its naming rules read mentions of actors, not the flags
audited here) and the narrative-frames articles of mainstream outlets (BBC, The Guardian,
NPR, CBS News, USA Today, The New York Times, Yahoo News, The Hill, CNBC, PBS, CNN). A few
narrative-frames articles also hold questions of the question gold set, so their
rhetorical flags, if any, are not unseen text.

Texts given as sentences are joined by single spaces, as BASIL's are everywhere.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.tasks import read_jsonl
from benchmarks.tasks_naming import basil_part

Article = tuple[str, str, str, str]  # corpus, doc id, text, part
NEWSWCL_MAINSTREAM = {"NYT", "USA Today", "HuffPost", "Fox News"}
NARRATIVE_MAINSTREAM = {"bbc", "guardian", "npr", "cbsnews", "usatoday", "newyorktimes",
                        "yahoonews", "hill", "cnbc", "pbs", "cnn"}


def outlet_key(source: str) -> str:
    """A narrative-frames source name in one spelling: 'The Guardian' and 'theguardian'
    are both 'guardian', 'CBS News' 'cbsnews'."""
    key = "".join(source.lower().split())
    return key[3:] if key.startswith("the") and key != "the" else key


def basil_articles(data: Path) -> list[Article]:
    """*fresh8*: BASIL's articles of the events its quote-speaker rules never read."""
    path = data / "framing/basil_dev.jsonl"
    if not path.is_file():
        return []
    return [("basil", r["id"], " ".join(r["sentences"]), "fresh8") for r in read_jsonl(path)
            if basil_part(r["triplet"]) == "held-out"]


def fresh9_articles(data: Path) -> list[Article]:
    """*fresh9*: NewsWCL50's and narrative frames' articles from mainstream outlets."""
    out: list[Article] = []
    wcl = data / "framing/newswcl50_dev.jsonl"
    if wcl.is_file():
        out += [("newswcl50", r["id"], " ".join(r["sentences"]), "fresh9")
                for r in read_jsonl(wcl) if r["outlet"] in NEWSWCL_MAINSTREAM]
    narrative = data / "framing/narrative_frames_dev.jsonl"
    if narrative.is_file():
        out += [("narrative", str(r["id"]), r["text"], "fresh9") for r in read_jsonl(narrative)
                if outlet_key(r["source"]) in NARRATIVE_MAINSTREAM]
    return out
