"""Attribution: who a claim is handed to. Shared by voice, sourcing, hedging and superlatives.

An attribution is a cue ("said", "according to", "it is believed", "reportedly"), the
source it names where there is one, and the reported content. Sources are classed as
``named`` (a person or organisation the reader can look up), ``anonymous`` (a specific
but unnamed source: "officials said") or ``vague`` (no real source: "experts say",
"it is said", "reportedly").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from operator import attrgetter

from analysis.lexicons import lexicon
from analysis.text.agentless import asked_passive
from analysis.text.attribution_types import Attribution, content_of
from analysis.text.borrowed_sources import asked, borrowed
from analysis.text.clause_subjects import after_auxiliary, clause_source
from analysis.text.complements import agentive, lacks_complement, object_next, plural_head
from analysis.text.coreference import refers_to_named
from analysis.text.cue_scope import (
    PARTICIPLES,
    by_agent,
    group_or_evidence,
    no_one,
    participle_subject,
    past_medium,
    question_opening,
    reduced_relative,
    relative_antecedent,
    reports_nothing,
    tidy,
    unquoted_subject,
)
from analysis.text.cue_sense import (
    definite_one,
    definite_team,
    describes_someone,
    gerund,
    ordinary_sense,
    scheduled,
    speaker_head,
    specified,
    speech_verb,
    trim_subject,
)
from analysis.text.document import Document, Sentence
from analysis.text.evidence_cues import named_polls
from analysis.text.infinitives import carried_on
from analysis.text.inverted_sources import PRONOUNS, aside_before, closing_inverted, inverted_source
from analysis.text.sentence_matches import sentence_matches
from analysis.text.source_context import in_context, negated
from analysis.text.source_spans import (
    opening_subject,
    phrase_after,
    span_of,
    subject_before,
    trailing_name,
)
from analysis.text.sources import (
    BASE_NOUNLIKE,
    BELIEF,
    CAMPAIGN_HEADS,
    NOUNLIKE,
    PREPOSITIONS,
    PRONOUNS_ANON,
    ROLE_HEADS,
    TITLE_HEADS,
    classify_source,
)
from analysis.text.span_repair import closing_name, misread
from analysis.text.speaker_labels import colon_headlines, punctuation_attributions
from analysis.text.subject_gaps import headline_verb, prepositional_subject


def _verb_attribution(sent: Sentence, idx: int, cue: tuple[int, int], word: str,
                      common: frozenset[str] = frozenset(),
                      quoted: Callable[[int], bool] = lambda _: False,
                      ) -> tuple[str, tuple[int, int] | None] | None:
    """(label, source) for a reporting verb at token ``idx``, or None if it is no cue;
    ``quoted`` says whether an offset lies inside a direct quotation."""
    toks = sent.tokens
    prev = toks[idx - 1].lower if idx > 0 else ""
    nxt = toks[idx + 1] if idx + 1 < len(toks) else None
    if word == "asked" and nxt and nxt.lower == "for":
        return None  # "asked for asylum": a request, not a report
    if nxt and nxt.lower in NO_CONTENT.get(word, ()):
        return None  # "didn't say anything", "think about it": nothing is reported
    if word in {"called", "calls"} and nxt and (
            nxt.lower in PARTICLE_AFTER_CALLED
            or (nxt.text[0].isupper() and not _names_someone(subject_before(sent, idx)))):
        return None  # "called into a show", "a group called Acme": not a stance
    if _passive_be(toks, idx) and (word.split()[0].endswith("ed") or word in PARTICIPLES):
        return _agent(sent, idx, word)  # "was first reported by the Times"; no agent, no cue
    if _inside_name(sent, idx):
        return None
    if lacks_complement(sent, idx, word):
        return None  # "feel betrayed", "know me", "offered to pay": nothing is reported
    if gerund(sent, idx):
        return None  # "by criticizing": its subject is the clause's (borrowed_sources)
    closing = closing_name(sent, idx) if word in INVERTIBLE_OR_HEADLINE else []
    if closing:
        return classify_source(closing, -1), span_of(closing)  # "..., Reveals South Korea"
    if prev == "," and word in {"said", "says"} and not aside_before(sent, idx):
        closing_source = closing_inverted(sent, idx)
        if closing_source:  # "Fares will rise, said the official.": not "Fares"
            label = "anonymous" if specified(sent, closing_source) else \
                "named" if _definite(closing_source, sent) else classify_source(closing_source, -1)
            return label, span_of(closing_source)
    subject = subject_before(sent, idx)
    subject = unquoted_subject(sent, idx, subject, quoted)  # not a quoted '"They ..."'
    subject = past_medium(sent, subject)  # "Jim McGrath in an email [replied]"
    if subject and subject[0].lower in PREPOSITIONS:
        # "with 30% of voters saying"; "In a meeting with the board Trump said"
        subject = prepositional_subject(subject, word) or trailing_name(subject)
        if not subject:
            return None  # "in a closed totalitarian state": a noun after a preposition
    subject = trim_subject(tidy(subject))  # "itself", "... anxiety among supporters who"
    if reports_nothing(sent, idx, subject):
        return None  # "Like others defending", "not confirm nor deny", "who asks."
    subject = participle_subject(sent, idx, subject)
    if subject is None:
        return None  # "speakers took turns urging": the participle's noun cannot speak
    subject = relative_antecedent(sent, idx, subject)  # "rebuked critics who say"
    if misread(sent, idx, word, subject):
        return None  # "released a statement saying", "shows State sent", "adds to"
    if ordinary_sense(sent, idx, word, subject) or describes_someone(sent, subject):
        return None  # "showed the strain", "called him", "all told", "Western states"
    if word == "found" and not (subject and (subject[-1].lower in EVIDENCE_HEADS
                                             or _names_someone(subject, sent.start))):
        return None  # "a study found ...", not "chemicals found in ..."
    verb_form = after_auxiliary(toks, idx) or carried_on(toks, idx)  # "did not mention",
    # "went on to say": a verb (clause_subjects), not "no way to tell" or "the report"
    if word in BASE_VERBS and prev in {"to", "a", "the", "no", "any", "have", "has"} \
            and not verb_form:
        return None  # "no way to tell", "have a say"
    if word in BASE_NOUNLIKE and not plural_head(subject) and not verb_form:
        return None  # "the report", not "Supporters of the law hope"
    if subject and (subject[-1].lower in {"the", "a", "an", "his", "her", "their", "its"}
                    or subject[-1].lower.endswith(("'s", "’s")) or subject[-1].text in "'’"):
        subject = []  # "the reports", "his claims": a noun, not a verb
    if word.split()[0] in NOUNLIKE and subject and not (_names_someone(subject, common=common)
                                                        or _person_head(subject)
                                                        or object_next(sent, idx)):
        return None  # "the police reports", "inflation fears": a noun
    if subject and word in BELIEF and classify_source(subject, sent.start) == "anonymous" \
            and subject[-1].lower not in SPECIFIC_HEADS:
        return None  # "... she did not think": a stray phrase, not someone who believes
    if no_one(subject):
        return None  # "Does anyone think ...?", "no one said": no one is handed the claim
    if question_opening(subject, sent.start):
        if word not in BELIEF:
            return None  # "Will the governor testify?": a question reports nothing
        subject = subject[1:]  # "Do you really think ...?": the one asked is "you"
    if subject and subject[-1] is toks[idx - 1] and reduced_relative(subject, word):
        return None  # "captured the man wanted in ...": a participle after the object
    if subject:
        if not (speech_verb(word) or speaker_head(subject) or agentive(subject)):
            return None  # "a net worth estimated at", "several states rejected": no speaker
        label = "named" if _definite(subject, sent) \
            else group_or_evidence(subject, classify_source(subject, sent.start), sent.start)
        return label, span_of(subject)
    reduced = nxt is not None and nxt.lower in {"to", "by"}  # "the ship, said to be ..."
    if (prev in {",", "”", "\"", "'", "“", "’"} or idx == 0) and word in INVERTIBLE \
            and not reduced:
        after = phrase_after(sent, idx, limit=12)
        if inverted_source(after) and word not in BELIEF and not (idx == 0 and word == "asked"):
            label = "anonymous" if specified(sent, after) else \
                "named" if _definite(after, sent) else classify_source(after, -1)
            return label, span_of(after)
        opening = opening_subject(sent, idx - 1)  # 'X, who calls Y a "liar," said ...'
        if opening and prev in {"”", "\"", "'"}:
            return classify_source(opening, sent.start), span_of(opening)
    return clause_source(sent, idx, word, quoted)  # "X did this and said", "when asked"


EVIDENCE_HEADS = frozenset("""study studies research report survey poll analysis review
    investigation audit panel court judge jury researchers scientists investigators inquiry
    probe commission committee""".split())
INVERTIBLE = frozenset("""said says told added asked wrote writes explained noted continued
    replied insisted warned argued recalled according announced tweeted declared claimed
    stated confirmed reported observed admitted acknowledged conceded stressed emphasized
    emphasised predicted suggested responded countered quipped joked boasted complained
    cautioned maintained testified estimated cited asks says tells say""".split())
SPECIFIC_HEADS = ROLE_HEADS | TITLE_HEADS | CAMPAIGN_HEADS | PRONOUNS_ANON  # who can believe
NO_CONTENT = {w: frozenset({"anything"} | ({"of", "about"} if w[0] == "t" else set()))
              for w in "say says said think thinks thought".split()}  # not "said nothing ..."
NO_CONTENT |= dict.fromkeys("hope hoped hoping".split(), frozenset({"to"}))  # a wish
NO_CONTENT |= dict.fromkeys("add adds added".split(), frozenset({"up"}))  # a sum
BASE_VERBS = frozenset("say tell think believe".split())
PASSIVE_BE = frozenset("is are was were be been being".split())
PASSIVE_ADVERBS = frozenset("""first also widely previously initially originally later then now
    again often repeatedly""".split())
HEADLINE_CUES = frozenset("""says said tells reveals reports warns claims insists admits
    slams blasts urges vows denies""".split())
PARTICLE_AFTER_CALLED = frozenset("in into to off up back out".split())
# unions asked per cue, made once (a set union made at each test cost more than the test)
INVERTIBLE_OR_HEADLINE = INVERTIBLE | HEADLINE_CUES
PRONOUNS_OR_IT = PRONOUNS | {"it"}


def _definite(source: list, sent: Sentence) -> bool:
    """"the researchers", or after the opening sentence "the president", "the report": a
    definite description pointing back to someone or something the text has named, as the
    subject of a verb ("the report says"), after an inverted one ("..., says the report")
    or after a preposition ("according to the study") alike."""
    return definite_team(source) or (sent.index > 0 and definite_one(source))


def _passive_be(toks: list, idx: int) -> bool:
    """A form of "be" before the cue, over adverbs ("was first reported")."""
    j = idx - 1
    while j > 0 and toks[j].lower in PASSIVE_ADVERBS:
        j -= 1
    return j >= 0 and toks[j].lower in PASSIVE_BE


def _agent(sent: Sentence, idx: int, word: str) -> tuple[str, tuple[int, int] | None] | None:
    """The agent of a passive report ("reported by the New York Times"), or None: without
    one the passive lexicon decides where it counts."""
    toks = sent.tokens
    if idx + 1 >= len(toks) or toks[idx + 1].lower != "by" or not (
            speech_verb(word) or word in {"reported", "described", "quoted", "cited"}):
        return asked_passive(toks, idx, word)  # "was asked whether": vague; else no report
    after = phrase_after(sent, idx + 1, limit=8)
    if not after or not speaker_head(after):
        return None
    return classify_source(after, -1), span_of(after)


def _names_someone(subject: list, sentence_start: int = -1,
                   common: frozenset[str] = frozenset()) -> bool:
    """A pronoun, or a capitalised last word that is neither just the sentence's first word
    (at ``sentence_start``) nor a word the document also writes in lower case (``common``:
    "Security fears grew ... airport security")."""
    if not subject:
        return False
    last = subject[-1]
    if last.lower in PRONOUNS_OR_IT:
        return True  # "It plans to ...": a pronoun before the word makes it a verb
    return last.text[0].isupper() and last.start != sentence_start \
        and last.lower not in common


def _person_head(subject: list) -> bool:
    """A title ("the mayor") or a plural role ("residents"): a person, who cannot modify a
    noun, so "the mayor thought", "the residents claims" is a verb."""
    last = subject[-1].lower
    return last in TITLE_HEADS or (last in ROLE_HEADS and last.endswith("s"))


def _inside_name(sent: Sentence, idx: int) -> bool:
    """A capitalised cue inside a run of capitalised words is part of a name ("Secret State")."""
    tok = sent.tokens[idx]
    if idx == 0 or not tok.text[0].isupper():
        return False
    prev = sent.tokens[idx - 1]
    if tok.lower in HEADLINE_CUES or headline_verb(tok.lower):
        return False  # a headline's "Lindsey Graham Says ...", "Pence Endorses ..."
    return prev.is_word and prev.text[0].isupper()


def find_attributions(doc: Document, inside_quote) -> list[Attribution]:
    """Every attribution cue in ``doc`` outside direct quotations, in text order."""
    cues_in = sentence_matches(lexicon("attribution_cues"), doc)
    found: list[Attribution] = []
    text = doc.text  # what a sentence can hold, asked once of the whole text (most hold none)
    polls = "poll" in text or "survey" in text or "study" in text
    punct = ":" in text or "―" in text or "—" in text
    for sent in doc.sentences:
        for m, entry in cues_in(sent):
            cue = m.span()
            if inside_quote(cue[0]):
                continue
            matched = m.group()
            word = matched.lower()
            att = _attribution(doc, sent, cue, entry.label, word, inside_quote)
            if att is None:
                att = borrowed(text, sent, cue, entry.label, matched, found, inside_quote)
            if att and att.label == "anonymous" and att.source \
                    and refers_to_named(doc, sent.tokens, att.source, found):
                att = replace(att, label="named")  # "the pope", "they" for named judges
            if att:
                att = in_context(doc, sent, att, found)
                if entry.label == "verb" and _negated(sent, cue, matched):
                    att = replace(att, declined=True)  # "declined to comment": nothing said
                found.append(att)
        found += asked(sent, found)
        if polls:
            found += [Attribution(cue, "prep", "named", src, (sent.start, sent.end), sent.index)
                      for cue, src in named_polls(text, sent) if not inside_quote(cue[0])]
        if punct:
            found += [Attribution(cue, "punct", "named", src, content, sent.index)
                      for cue, src, content in punctuation_attributions(doc, sent)]
    named = [(a.source, a.sentence) for a in found
             if a.label == "named" and a.source and a.kind != "punct"]
    found += [Attribution(cue, "punct", "named", src, content, index)
              for cue, src, content, index in colon_headlines(doc, named)]
    return sorted(found, key=_CUE)


_CUE = attrgetter("cue")


def _negated(sent: Sentence, cue: tuple[int, int], word: str) -> bool:
    idx = sent.token_index(cue[0])
    return idx is not None and negated(sent, idx, word.lower())


def _attribution(doc: Document, sent: Sentence, cue: tuple[int, int], kind: str, word: str,
                 quoted: Callable[[int], bool]) -> Attribution | None:
    if kind == "passive" and scheduled(doc.text, cue[1]):
        return None  # "is expected to deliver a speech": an announced plan
    if kind in {"adverb", "passive"}:
        content = (sent.start, sent.end) if kind == "adverb" else content_of(sent, cue[1], None)
        return Attribution(cue, kind, "vague", None, content, sent.index)
    idx = sent.token_index(cue[0])
    if idx is None:
        return None
    if kind == "prep":
        last_token = sent.token_before(cue[1])
        last = sent.token_index(last_token.start) if last_token else None
        src_toks = by_agent(sent, phrase_after(sent, last if last is not None else idx, limit=14,
                                               cut=True))  # "a lawsuit filed ... by X"
        if word == "citing" and not speaker_head(src_toks):
            return None  # "citing security concerns": a reason, not a source
        src = span_of(src_toks)
        label = "anonymous" if specified(sent, src_toks) else "vague" if not src_toks else \
            "named" if _definite(src_toks, sent) else classify_source(src_toks, -1)
        return Attribution(cue, kind, label, src, content_of(sent, cue[1], src), sent.index)
    got = _verb_attribution(sent, idx, cue, word, doc.lowercase_words, quoted)
    if got is None:
        return None
    label, src = got
    return Attribution(cue, kind, label, src, content_of(sent, cue[1], src), sent.index)
