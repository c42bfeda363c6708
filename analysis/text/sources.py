"""Where a claim comes from: the word lists that class a source phrase, and the classing.

``named`` (a person or organisation the reader can look up), ``anonymous`` (a specific
but unnamed source: "officials said") or ``vague`` (no real source: "experts say").
"""

from __future__ import annotations

from analysis.text.document import Token

PRONOUNS_NAMED = frozenset(
    """he she i we him her""".split()
)
PRONOUNS_ANON = frozenset(
    """they them""".split()
)
GENERIC_HEADS = frozenset(
    """some many others most few several all everyone someone somebody people experts critics
    analysts observers commentators scholars researchers scientists historians pundits
    specialists academics pollsters skeptics sceptics supporters backers opponents detractors
    onlookers strategists activists protesters demonstrators voters economists advocates
    proponents""".split()
)
SOMEONE = frozenset("someone somebody people person one".split())
SPECIFYING = frozenset("who with close familiar involved briefed".split())
ROLE_HEADS = frozenset(
    """official officials source sources authorities authority diplomat diplomats
    spokesperson spokesman spokeswoman aide aides witness witnesses resident residents
    person member members employee employees staff investigator investigators insider
    adviser advisers advisor advisors officer officers lawmaker lawmakers defector
    defectors worker workers leaders insiders""".split()
)
TITLE_HEADS = frozenset("""mayor governor minister president senator judge chief director
    chairman chairwoman secretary ambassador commissioner prosecutor sheriff""".split())
INSTITUTION_HEADS = frozenset(
    """government ministry military department embassy agency police army court council
    committee office newspaper paper service institute university commission bureau
    administration parliament assembly party union organization organisation board""".split()
)
BOUNDARY_WORDS = frozenset(
    """that when while because and but as which who whom whose if though although since so
    where after before than or""".split()
)
SKIP_BEFORE_VERB = frozenset(
    """also reportedly repeatedly later has had have will would recently publicly often once
    previously earlier still then further even never already long again just now ever
    always been""".split()
)
STOP_AFTER_SOURCE = frozenset(
    """in on at during about after before last this""".split()
)
BELIEF = frozenset(
    """believe believes believed think thinks thought suspect suspects suspected fear fears
    feared""".split()
)
NOUNLIKE = frozenset(
    """reports claims estimates fears notes comments thought states tweet charges demands
    calls promises vows plans supports hopes backs praises slams requests laments jokes
    wonders""".split()
)
PREPOSITIONS = frozenset(
    """in on at of for from with by into under over to""".split()
)
PLURAL_SUBJECTS = frozenset(
    """i we they you people""".split()
)
NOT_NAMES = frozenset("""the a an one two three this that these those official another
    such new recent""".split())
# Capitalised only because they open the sentence ("Both parents said", "Several
# candidates, ..."): never a name.
QUANTIFIERS = frozenset("""several many some most few both all other numerous various
    multiple each every any no certain two three four five six""".split())
NOT_SUBJECTS = frozenset("it there here what".split())  # open a sentence, never speak
FUNCTION_WORDS = frozenset("to of the a an that this there way in on at for with".split())
TITLE_GLUE = frozenset("of the de van von al bin".split())
BASE_NOUNLIKE = frozenset(
    """state report note claim comment estimate fear write add warn confirm announce recall
    mention show oppose hope expect suggest reiterate lament urge denounce decry
    criticize criticise point call""".split()
)
BE_FORMS = frozenset(
    """is are was were be been being has have had""".split()
)
DETERMINERS = frozenset("the a an".split())
CAMPAIGN_HEADS = frozenset("campaign camp team spokesman spokeswoman".split())
PUNCT_BOUNDARY = frozenset(",;:()“”\"‘’—–")


def classify_source(tokens: list[Token], sentence_start: int) -> str:
    """``named``, ``anonymous`` or ``vague`` for the words of a source phrase."""
    words = [t for t in tokens if t.is_word]
    if not words:
        return "vague"
    lowers = [t.lower for t in words]
    if len(words) == 1 and lowers[0] in PRONOUNS_NAMED:
        return "named"
    if len(words) == 1 and lowers[0] in PRONOUNS_ANON:
        return "anonymous"
    head_i = len(words) - 1
    for i, w in enumerate(lowers):
        if i > 0 and (w in {"in", "at", "from", "of", "with", "for", "by", "released", "who",
                            "to"}
                      or _participle_after_head(lowers, i)):
            head_i = i - 1
            break
    while head_i > 0 and lowers[head_i] in SPECIFYING:
        head_i -= 1  # "an official familiar with the case": the official
    head, head_tok = lowers[head_i], words[head_i]
    if head in GENERIC_HEADS and head_i == 1 and lowers[0] == "the":
        return "anonymous"  # "the people said": a group named before, not "people say"
    if head in SOMEONE and head_i < len(words) - 1 and lowers[head_i + 1] in SPECIFYING:
        return "anonymous"  # "someone who worked for the campaign": specific, not vague
    if head in ROLE_HEADS and _in_name(words, head_i, sentence_start):
        return "named"  # "the Harbour Authority": the role word is part of a name
    if head in ROLE_HEADS:
        return "anonymous"
    if head in GENERIC_HEADS:
        return "vague"
    proper = [t for t in words if t.text[0].isupper() and (
              t.start != sentence_start or t.lower not in SENTENCE_OPENERS)]
    if head_tok.text[0].isupper() and head_tok in proper:
        return "named"
    if head in INSTITUTION_HEADS or proper:
        return "named"
    if _bare_plural(lowers, head_i):
        return "vague"  # "progressives agree", "some polls show": a kind, not someone
    return "anonymous"


# Kinds of opinion-holder the guidelines' vague list goes on with (*critics, activists, many
# opponents*): political camps and groups, and evidence not identified ("polls show").
CAMPS = frozenset("""progressives conservatives liberals moderates leftists rightists
    populists nationalists hardliners evangelicals feminists environmentalists libertarians
    socialists centrists reformers groups organizations organisations polls surveys studies
    reports""".split())
# unions asked per source phrase, made once
SENTENCE_OPENERS = GENERIC_HEADS | ROLE_HEADS | NOT_NAMES | CAMPS | QUANTIFIERS
HEADS = GENERIC_HEADS | ROLE_HEADS


def _bare_plural(lowers: list[str], head_i: int) -> bool:
    """A camp or kind of evidence in the plural with no determiner before it
    ("progressives agree", "conservative advocacy groups hoped", "some polls show") is a
    kind, not a source in view: nothing the reader could trace. Role nouns ("managers who
    say", "some skippers") are people of the story and stay anonymous."""
    if lowers[head_i] not in CAMPS:
        return False
    return not any(w in DEFINITE_WORDS or w[0].isdigit() for w in lowers[:head_i])


DEFINITE_WORDS = frozenset("""the this that these those his her their its our my your both
    two three four five six seven eight nine ten dozens hundreds thousands""".split())


def _participle_after_head(lowers: list[str], i: int) -> bool:
    """"people living nearby", "officials working on the case": the -ing word modifies the
    speaker before it, which is the head."""
    return lowers[i].endswith("ing") and lowers[i - 1] in HEADS


def _in_name(words: list[Token], i: int, sentence_start: int) -> bool:
    """A capitalised singular word after a capitalised word: part of an organisation's name
    ("Port Authority"), not a title-case headline's "Chinese Officials"."""
    head = words[i]
    return i > 0 and head.text[0].isupper() and head.start != sentence_start \
        and not head.lower.endswith("s") and words[i - 1].text[0].isupper() \
        and words[i - 1].lower not in NOT_NAMES
