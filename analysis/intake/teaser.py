"""Paywall and teaser pages: a headline and "subscribe to read" where the article should be.

A saved page of an article kept for subscribers holds a headline, perhaps a caption or
the first sentence, and a prompt to subscribe or sign in. Analysing it would describe the
prompt, not the article, so ``check_teaser`` refuses it in one line. A page counts as a
teaser when both hold:

- its cleaned text is under ``SHORT_TEXT`` words (150, the length below which no text is
  compared with news articles anyway), and
- the page (all its visible text, since the article extractor and the cleaner may drop the
  prompt) has a cue from ``paywall_cues.tsv`` on a line of at most ``PROMPT_WORDS`` words:
  prompts stand on lines of their own, while an article that mentions a paywall says so in
  a longer sentence.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from analysis.intake.loading import InputError
from analysis.scoring.reference import SHORT_TEXT

CUES_FILE = "paywall_cues.tsv"
PROMPT_WORDS = 25
PROMPT_CHARS = 400  # a line longer than this is not a prompt of at most 25 words


@cache
def cue_pattern() -> re.Pattern[str]:
    """All the cues of ``paywall_cues.tsv`` as one case-insensitive whole-word regex."""
    raw = resources.files(__package__).joinpath(CUES_FILE).read_text(encoding="utf-8")
    terms = [ln.split("\t", 1)[0].strip() for ln in raw.splitlines()
             if ln.strip() and not ln.startswith("#")]
    terms.sort(key=len, reverse=True)
    body = "|".join(r"\s+".join(re.escape(w).replace("'", "['\u2019]") for w in t.split())
                    for t in terms)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


def teaser_cue(source: str) -> str | None:
    """The first paywall cue standing on a short line of ``source``, as written there.

    Line by line, and long lines skipped before any search, so the time stays linear in
    the page's length however many cues one long line repeats.
    """
    pattern = cue_pattern()
    for line in source.split("\n"):
        if len(line) > PROMPT_CHARS:
            continue
        match = pattern.search(line)
        if match and len(line.split()) <= PROMPT_WORDS:
            return " ".join(match.group().split())
    return None


def check_teaser(source: str, text: str, name: str) -> None:
    """Raise ``InputError`` when ``text`` (cleaned) is a teaser of the page ``source``."""
    cue = teaser_cue(source)
    if cue is None:
        return
    from analysis.text.document import Document

    if Document(text).word_count < SHORT_TEXT:
        raise InputError(f'{name}: this looks like a paywall or teaser page (a headline and '
                         f'"{cue}"): save the full article text instead')
