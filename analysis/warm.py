"""Warming a process up for many analyses: every word list and regex built before the first.

The analysis builds what it needs on first use, which suits one ``credibility score``; a
process about to analyse many texts (a batch before it forks its workers, a class server's
worker before it says it is ready) calls ``warm_up`` once instead, so no document pays for it
and no worker builds it again.
"""

from __future__ import annotations

from functools import cache

HEADLINE = "Council Votes To Close The Old Bridge"
PROBE = ("The city council voted on Tuesday to close the bridge, officials said. Some "
         "residents may oppose the plan. Why would anyone want that?")


@cache
def warm_up() -> None:
    """Analyse a headline and ``PROBE`` (with that title), then the same 180 times over
    (30,000 characters), once per process. The first pass compiles every lexicon an article
    and its title need, which then get their trie searches together
    (``analysis.lexicons.use_tries``: one build of the shared scan, where lexicons crossing
    ``PLAIN_BUDGET`` one by one in the first long articles would rebuild it seven times, 1.4 s
    of CPU in every worker); the second pass builds the rest (0.9 s in all). A batch does
    this before it forks its workers, which then start warm; each server worker does it
    before it says it is ready. Rows do not depend on it."""
    from analysis.core import analyze
    from analysis.lexicons import use_tries

    text = f"{HEADLINE}\n\n{PROBE}"  # a Title Case headline is searched for places
    analyze(text, meta={"title": HEADLINE}).to_dict()  # compiles the lexicons a text and
    # its title need; then they get one shared trie
    use_tries()
    analyze("\n\n".join([text] * 180)).to_dict()
