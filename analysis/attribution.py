"""Attribution: who a claim is handed to. Shared by voice, sourcing, hedging and superlatives.

An attribution is a cue ("said", "according to", "it is believed", "reportedly"), the
source it names where there is one, and the reported content. Sources are classed as
``named`` (a person or organisation the reader can look up), ``anonymous`` (a specific
but unnamed source: "officials said") or ``vague`` (no real source: "experts say",
"it is said", "reportedly").
"""

from __future__ import annotations

from dataclasses import dataclass

from analysis.document import Document, Sentence, Token
from analysis.lexicons import lexicon

PRONOUNS_NAMED = frozenset(
    """he she i we him her""".split()
)
PRONOUNS_ANON = frozenset(
    """they them""".split()
)
GENERIC_HEADS = frozenset(
    """some many others most few several all everyone someone somebody people experts critics
    analysts observers commentators scholars researchers scientists historians pundits
    insiders skeptics sceptics supporters opponents detractors onlookers""".split()
)
ROLE_HEADS = frozenset(
    """official officials source sources authorities authority diplomat diplomats
    spokesperson spokesman spokeswoman aide aides witness witnesses resident residents
    person member members employee employees staff investigator investigators insider
    adviser advisers advisor advisors officer officers lawmaker lawmakers defector
    defectors worker workers""".split()
)
INSTITUTION_HEADS = frozenset(
    """government ministry military department embassy agency police army court council
    committee office newspaper paper service institute university commission bureau
    administration parliament assembly party union organization organisation""".split()
)
BOUNDARY_WORDS = frozenset(
    """that when while because and but as which who whom whose if though although since so
    where after before than or""".split()
)
SKIP_BEFORE_VERB = frozenset(
    """also reportedly repeatedly later has had have will would recently publicly often once
    previously earlier still then further even never already""".split()
)
STOP_AFTER_SOURCE = frozenset(
    """in on at during about after before last this""".split()
)
BELIEF = frozenset(
    """believe believes believed think thinks thought suspect suspects suspected fear fears
    feared""".split()
)
NOUNLIKE = frozenset(
    """reports claims estimates fears notes comments thought""".split()
)
PREPOSITIONS = frozenset(
    """in on at of for from with by into under over to""".split()
)
PLURAL_SUBJECTS = frozenset(
    """i we they you people""".split()
)
BASE_NOUNLIKE = frozenset(
    """state report note claim comment estimate fear write add warn confirm announce recall
    mention""".split()
)
BE_FORMS = frozenset(
    """is are was were be been being has have had""".split()
)
PUNCT_BOUNDARY = frozenset(",;:()“”\"‘’—–")


@dataclass(frozen=True, slots=True)
class Attribution:
    cue: tuple[int, int]
    kind: str  # verb, prep, passive or adverb (the cue lexicon's label)
    label: str  # named, anonymous or vague
    source: tuple[int, int] | None
    content: tuple[int, int] | None
    sentence: int


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
        if i > 0 and w in {"in", "at", "from", "of", "with", "for", "by", "released", "who"}:
            head_i = i - 1
            break
    head, head_tok = lowers[head_i], words[head_i]
    if head in ROLE_HEADS:
        return "anonymous"
    if head in GENERIC_HEADS:
        return "vague"
    proper = [t for t in words if t.text[0].isupper() and (t.start != sentence_start
              or t.lower not in GENERIC_HEADS | ROLE_HEADS | {"the", "a", "an", "official"})]
    if head_tok.text[0].isupper() and head_tok in proper:
        return "named"
    if head in INSTITUTION_HEADS or proper:
        return "named"
    return "anonymous"


def _subject_before(sent: Sentence, idx: int) -> list[Token]:
    """The noun phrase ending just before token ``idx`` (the cue), skipping auxiliaries."""
    toks = sent.tokens
    j = idx - 1
    while j >= 0 and (toks[j].lower in SKIP_BEFORE_VERB or toks[j].lower == "to"):
        j -= 1  # auxiliaries, and "to" of "X is here to tell us"
    end = j + 1
    while j >= 0 and toks[j].text not in PUNCT_BOUNDARY and toks[j].lower not in BOUNDARY_WORDS \
            and not (toks[j].lower in BE_FORMS and j < end - 1):
        j -= 1
    phrase = toks[j + 1 : end]
    return phrase if 0 < len(phrase) <= 10 else []


def _phrase_after(sent: Sentence, idx: int, limit: int = 10) -> list[Token]:
    """The phrase after token ``idx`` up to punctuation, a clause word or ``limit`` tokens."""
    out: list[Token] = []
    for t in sent.tokens[idx + 1 :]:
        if t.text in PUNCT_BOUNDARY or t.text in ".!?" or t.lower in BOUNDARY_WORDS:
            break
        if out and t.lower in STOP_AFTER_SOURCE:
            break
        out.append(t)
        if len(out) >= limit:
            return []
    return out


def _span(tokens: list[Token]) -> tuple[int, int] | None:
    return (tokens[0].start, tokens[-1].end) if tokens else None


def _content(sent: Sentence, cue_end: int, src: tuple[int, int] | None) -> tuple[int, int] | None:
    """Reported content: after the cue, or before it when the cue closes the sentence."""
    after = max(cue_end, src[1] if src else cue_end)
    rest = sent.text[after - sent.start :].strip(" ,.;:\"”’")
    if len(rest.split()) >= 3:
        return (after, sent.end)
    head_end = min(cue_end, src[0] if src else cue_end)
    before = sent.text[: head_end - sent.start].rstrip(" ,“\"")
    return (sent.start, sent.start + len(before)) if before else None


def _token_index(sent: Sentence, offset: int) -> int | None:
    for i, t in enumerate(sent.tokens):
        if t.start == offset:
            return i
    return None


def _verb_attribution(sent: Sentence, idx: int, cue: tuple[int, int], word: str
                      ) -> tuple[str, tuple[int, int] | None] | None:
    """(label, source) for a reporting verb at token ``idx``, or None if it is no cue."""
    toks = sent.tokens
    prev = toks[idx - 1].lower if idx > 0 else ""
    if prev in BE_FORMS and word.endswith("ed"):
        return None  # a passive without "it": handled by the passive lexicon where it counts
    if _inside_name(sent, idx):
        return None
    subject = _subject_before(sent, idx)
    if subject and subject[0].lower in PREPOSITIONS:
        return None  # "in a closed totalitarian state": a noun after a preposition
    if word in BASE_NOUNLIKE and not (subject and (subject[-1].lower in PLURAL_SUBJECTS
                                                   or subject[-1].lower.endswith("s"))):
        return None
    if subject and subject[-1].lower in {"the", "a", "an", "his", "her", "their", "its"}:
        subject = []  # "the reports", "his claims": a noun, not a verb
    if word in NOUNLIKE and subject and subject[-1].lower not in PRONOUNS_NAMED | PRONOUNS_ANON \
            and not subject[-1].text[0].isupper():
        return None
    if subject and word in BELIEF and classify_source(subject, sent.start) == "anonymous" \
            and subject[-1].lower not in ROLE_HEADS | PRONOUNS_ANON:
        return None
    if subject:
        return classify_source(subject, sent.start), _span(subject)
    if prev in {",", "”", "\""} or idx == 0:
        after = _phrase_after(sent, idx, limit=8)
        if after and word not in BELIEF:
            return classify_source(after, -1), _span(after)
    return None


def _inside_name(sent: Sentence, idx: int) -> bool:
    """A capitalised cue inside a run of capitalised words is part of a name ("Secret State")."""
    tok = sent.tokens[idx]
    if idx == 0 or not tok.text[0].isupper():
        return False
    prev = sent.tokens[idx - 1]
    return prev.is_word and prev.text[0].isupper()


def find_attributions(doc: Document, inside_quote) -> list[Attribution]:
    """Every attribution cue in ``doc`` outside direct quotations, in text order."""
    lex = lexicon("attribution_cues")
    found: list[Attribution] = []
    for sent in doc.sentences:
        for m, entry in lex.finditer(doc.text, sent.start, sent.end):
            cue = m.span()
            if inside_quote(cue[0]):
                continue
            att = _attribution(doc, sent, cue, entry.label, m.group().lower())
            previous = found[-1] if found and found[-1].sentence == sent.index else None
            if att is None and previous and m.group().lower().endswith("ing"):
                # "He told us ..., adding ...": a participle shares the earlier source
                att = Attribution(cue, entry.label, previous.label, previous.source,
                                  _content(sent, cue[1], None), sent.index)
            if att:
                found.append(att)
    return found


def _attribution(doc: Document, sent: Sentence, cue: tuple[int, int], kind: str, word: str
                 ) -> Attribution | None:
    if kind in {"adverb", "passive"}:
        content = (sent.start, sent.end) if kind == "adverb" else _content(sent, cue[1], None)
        return Attribution(cue, kind, "vague", None, content, sent.index)
    idx = _token_index(sent, cue[0])
    if idx is None:
        return None
    if kind == "prep":
        last = _token_index(sent, doc.tokens[_last_token(doc, cue[1])].start)
        src_toks = _phrase_after(sent, last if last is not None else idx)
        src = _span(src_toks)
        label = classify_source(src_toks, -1) if src_toks else "vague"
        return Attribution(cue, kind, label, src, _content(sent, cue[1], src), sent.index)
    got = _verb_attribution(sent, idx, cue, word)
    if got is None:
        return None
    label, src = got
    return Attribution(cue, kind, label, src, _content(sent, cue[1], src), sent.index)


def _last_token(doc: Document, end: int) -> int:
    import bisect

    return bisect.bisect_left(doc._token_starts, end) - 1
