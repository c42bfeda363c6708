"""``credibility score --explain``: what each signal means and why it matters, in plain words.

The names and one-line meanings are the report's (``analysis.report.signals.SIGNALS``), so
the terminal and the report describe a signal the same way; this module adds why a
reader might care, and how to read the comparison with professional news.
"""

from __future__ import annotations

WHY: dict[str, str] = {
    "rhetorical_questions_rhetorical_per_1k":
        "A question the writer leaves hanging invites you to supply the answer yourself, "
        "so a claim gets made without being argued or sourced. Professional news rarely "
        "does it: most articles have none.",
    "rhetorical_questions_count_per_1k":
        "Questions are not a problem in themselves: quoted questions, titles and questions "
        "the writer answers are normal. Compare with the rhetorical ones above.",
    "superlatives_unsourced_per_1k":
        "'The biggest', 'unprecedented', 'shocking': big words in the writer's own voice "
        "raise the stakes without evidence. When a named source says them, you can weigh "
        "the source; when nobody does, you cannot.",
    "superlatives_count_per_1k":
        "All superlatives and hype words, including those a source is quoted as saying.",
    "hedging_weasel_per_1k":
        "'Some believe', 'critics say', 'it is said': the claim is handed to people nobody "
        "names, so nobody can check who said it or whether anyone did.",
    "hedging_epistemic_per_1k":
        "'May', 'reportedly', 'possibly' soften a claim. Often this is honest caution about "
        "what is known; many of them can also let a writer suggest more than is shown.",
    "specificity_document":
        "Numbers, dates, names, places and quotations are details a reader can check. "
        "Text built from them is easier to verify than text built from generalities.",
    "specificity_vague_per_1k":
        "'Many', 'a lot of', 'various' stand in for a figure nobody gives. A few are normal; "
        "many in place of numbers make a text harder to check.",
    "sourcing_named_per_1k":
        "A claim tied to a named person or organisation can be looked up and weighed: who "
        "they are, what they know, what they want.",
    "sourcing_anonymous_per_1k":
        "'Officials said', 'a source close to...': a real but unnamed source. News uses them, "
        "sometimes for good reason (safety, access); the reader has to trust the outlet.",
    "sourcing_vague_per_1k":
        "'Experts say', 'reportedly': a claim said to come from somewhere, with no source a "
        "reader could find.",
    "sourcing_quote_per_1k":
        "Someone's exact words in quotation marks: the writer commits to who said what, "
        "which can be checked.",
    "sourcing_named_quote_per_1k":
        "Exact words the text gives to a named person or organisation: you can ask them, or "
        "find the speech or interview, and check. A quotation with no speaker cannot be.",
    "readability_flesch_kincaid_grade":
        "Longer sentences and longer words need more schooling to follow. This says how "
        "hard the text is to read, not whether it is true.",
    "readability_flesch_reading_ease":
        "The same idea on a 0 to 100 scale (higher is easier). Professional news usually "
        "sits between about 40 and 60.",
}

INTRO = (
    "These are signals of how a text is written, not verdicts on whether it is true. Each "
    "number comes from words flagged in the text (listed under 'Flagged sentences'), and "
    "rates are per 1,000 words so that long and short texts compare fairly."
)
REFERENCE = (
    "'vs news' is a percentile rank among {n} professional news articles ({sources}): "
    "95th means higher than about 95 in 100 of them, 5th lower than about 95 in 100, "
    "50th in the middle. A value most of them share (most ask no rhetorical question at "
    "all) sits in the middle of the articles that share it. 'News mid-50%' is the "
    "range of the middle half of those articles. Being unusual is a reason to look closer, "
    "not proof of anything."
)


def explanations() -> list[tuple[str, str, str]]:
    """(name, meaning, why it matters) for every signal the terminal shows, in order."""
    from analysis.report.signals import SIGNALS

    return [(s.name, s.meaning, WHY.get(s.column) or index_summary(s.column))
            for s in SIGNALS]


def index_summary(name: str) -> str:
    """What a composite index is made of, in words, from its committed definition."""
    from analysis.scoring.indices import indices

    comps = indices().get(name)
    if not comps:
        return ""
    parts = "; ".join(c.meaning for c in sorted(comps, key=lambda c: -c.weight))
    return (f"A weighted summary of {len(comps)} signals, heaviest first: {parts}. Each "
            "counts up to a cap (what the busiest 5% of professional news articles reach).")
