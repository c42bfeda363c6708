"""The clickbait model's features of one headline: its hooks plus its shape.

Hooks (``cues.py``) are counted by label. The shape features follow Chakraborty et al.
(2016) and Potthast et al. (2016): clickbait headlines are longer, in shorter and more
common words with more function words, while news headlines are dense with names,
places, dates and sums, attribute claims ("says") and often join two items with a colon.
Case style is measured too (news desks write sentence case or keep short words such as
"of" and "and" in lower case; viral sites capitalise every word), but only for comparison:
it identifies the publisher rather than the hook, so the model leaves it out.
"""

from __future__ import annotations

import math
import re

from analysis.framing.cues import LABELS, YEAR, Hook, is_count, words
from analysis.lexicons import lexicon

HOOK_FEATURES = tuple(f"hook_{label}" for label in LABELS)
FEATURES = (
    *HOOK_FEATURES,
    "log_words",  # length: clickbait headlines are longer (Chakraborty et al. 2016)
    "word_length",  # mean letters a word: clickbait prefers short words
    "function_share",  # share of function words (the, of, to, you ...)
    "familiar",  # mean everyday frequency (Zipf) of the content words
    "contractions",  # won't, it's, you're: the register of speech, not of news
    "news_numbers",  # years, sums, shares, large figures: checkable news detail
    "names",  # capitalised words that are names (not ordinary words in Title Case)
    "places",  # country and city names
    "abbreviations",  # U.S., Inc., N.C.A.A.
    "reporting",  # says, warns, denies: a claim handed to a source
    "separator",  # a colon, semicolon or dash joining two items, as news briefs do
    "quotation",  # a quotation mark
    "articles",  # the, a, an after the first word: headlinese drops them (Mårdh 1980)
    "auxiliaries",  # is, are, has, been ...: headlinese drops these too
    "starts_article",  # the, a or an as the first word
)
# House style, not clickbait: computed for the training script's comparison only, and left
# out of the fitted model (README, "Headlines"): on the labelled headlines they mostly tell
# which site wrote a headline, and a news site that writes Title Case would be misjudged.
CASE_STYLE = (
    "lower_case",  # share of later words in lower case: sentence case
    "minor_capitalised",  # share of later short function words capitalised ("And", "Of")
)
FUNCTION = frozenset("""a an the and or but nor so yet of to in on at by for with from
    into onto over under about after before as than then that this these those there here
    it its it's he him his she her they them their we us our i me my you your is are was
    were be been being am do does did have has had will would can could should may might
    must not no what which who whom whose why how when where all any some if just only
    up out off more most very too""".split())
ARTICLES = frozenset({"the", "a", "an"})
AUXILIARIES = frozenset("is are was were be been being has have had am".split())
MINOR = frozenset("a an the and or but nor of to in on at by for as with from".split())
CONTRACTION = re.compile(r"\w(?:n['’]t|['’](?:re|ll|ve|m|d))$|^(?:it|that|what|there|here|"
                         r"he|she|who|let)['’]s$", re.I)
SUM = re.compile(r"[$£€]\d|\d%$|\d,\d{3}")
SEPARATOR = re.compile(r"[:;]|\s[-–—]\s")
QUOTE = re.compile(r"[\"“”‘]|(?:^|\s)'")
NAME_ZIPF = 4.0  # in Title Case, a capitalised word this rare is a name, not a word
SCALE_WORDS = frozenset("million millions billion billions percent per cent".split())


def features(title: str, hooks: list[Hook]) -> dict[str, float]:
    """The values of FEATURES and CASE_STYLE for ``title`` given its hooks."""
    ws = [m.group() for m in words(title)]
    values = dict.fromkeys(FEATURES + CASE_STYLE, 0.0)
    for h in hooks:
        values[f"hook_{h.label}"] = min(3.0, values[f"hook_{h.label}"] + 1.0)
    if not ws:
        return values
    lowers = [w.lower() for w in ws]
    alpha = [w for w in ws if w.isalpha()]
    values.update({
        "log_words": math.log1p(len(ws)),
        "word_length": sum(map(len, alpha)) / len(alpha) if alpha else 0.0,
        "function_share": sum(w in FUNCTION for w in lowers) / len(ws),
        "familiar": _familiar(lowers),
        "contractions": float(min(3, sum(bool(CONTRACTION.search(w)) for w in ws))),
        "news_numbers": float(min(3, _news_numbers(ws))),
        "names": float(min(4, _names(ws))),
        "places": float(min(3, sum(1 for _ in lexicon("places").finditer(title)))),
        "abbreviations": float(min(3, sum("." in w for w in ws))),
        "reporting": float(min(2, sum(1 for _ in lexicon("headline_news").finditer(title)))),
        "separator": float(bool(SEPARATOR.search(title))),
        "quotation": float(bool(QUOTE.search(title))),
        "articles": float(min(3, sum(w in ARTICLES for w in lowers[1:]))),
        "auxiliaries": float(min(3, sum(w in AUXILIARIES for w in lowers[1:]))),
        "starts_article": float(lowers[0] in ARTICLES),
        **_case_style(ws),
    })
    return values


def _familiar(lowers: list[str]) -> float:
    from analysis.extractors.specificity_model import zipf

    content = [zipf(w) for w in lowers if w.isalpha() and w not in FUNCTION]
    return sum(content) / len(content) if content else 7.0


def _news_numbers(ws: list[str]) -> int:
    """Years, sums and shares, figures over 999, and any number after the first word."""
    return sum(_is_news_number(w, i == 0) for i, w in enumerate(ws))


def _is_news_number(word: str, first: bool) -> bool:
    bare = word.lower()
    if YEAR.fullmatch(bare) or SUM.search(word) or bare in SCALE_WORDS:
        return True
    return any(c.isdigit() for c in word) and not (first and is_count(word))


def _names(ws: list[str]) -> int:
    """Capitalised later words that are names: in Title Case, only the rare ones."""
    from analysis.extractors.specificity_model import zipf

    later = [w for w in ws[1:] if w[0].isupper() and not w.isupper()]
    long_words = [w for w in ws if len(w) > 3 and w.isalpha()]
    if len(long_words) >= 3 and all(w[0].isupper() for w in long_words):
        return sum(1 for w in later if zipf(w.lower()) < NAME_ZIPF)
    return len(later)


def _case_style(ws: list[str]) -> dict[str, float]:
    later = [w for w in ws[1:] if w[0].isalpha()]
    minor = [w for w in later if w.lower() in MINOR]
    return {
        "lower_case": sum(w[0].islower() for w in later) / len(later) if later else 0.0,
        "minor_capitalised": sum(w[0].isupper() for w in minor) / len(minor) if minor
        else 0.5,
    }
