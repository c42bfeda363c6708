"""Is a reporting word used as a report here? Rules on the clause around a cue.

A word on the attribution list is a cue only when it is a verb of saying, writing or
believing in a clause whose subject can speak: a person, a group of people, an
organisation, or a piece of evidence ("the poll shows"). The same words serve as nouns
("FaceTime calls", "the fee it has charged") and in ordinary senses ("showed the strain",
"called him last week", "rejected the bill", "all told"), and a noun phrase before a verb is
not always its subject ("the email matter could increase anxiety among supporters who
hoped"). These rules were written from the phenomenon and checked against the errors of
the PolNeAR training articles kept for development and the develop part of the precision
audit (``benchmarks/audit/``); the rest is kept untouched.
"""

from __future__ import annotations

from functools import lru_cache

from analysis.text.complements import title_dot
from analysis.text.document import Sentence, Token
from analysis.text.sources import (
    CAMPAIGN_HEADS,
    GENERIC_HEADS,
    INSTITUTION_HEADS,
    PRONOUNS_ANON,
    PRONOUNS_NAMED,
    ROLE_HEADS,
    TITLE_HEADS,
)

# People, groups and organisations that can say something, beyond the source-class lists.
PEOPLE = frozenset("""man woman men women person people voter voters politician politicians
    candidate candidates leader leaders activist activists protester protesters demonstrator
    demonstrators supporter supporters backer backers ally allies rival rivals lawyer lawyers
    attorney attorneys economist economists advocate advocates proponent proponents user
    users reporter reporters journalist journalists editor editors columnist author authors
    writer writers friend friends neighbor neighbors neighbour neighbours father mother son
    daughter wife husband family families brother sister parents student students teacher
    teachers doctor doctors nurse nurses delegate delegates donor donors staffer staffers
    agent agents voice voices fan fans crowd crowds audience participant participants
    respondent respondents americans citizens majority minority half third quarter percent
    republicans democrats conservatives liberals progressives moderates leftists group groups
    company companies firm firms network networks organizers organisers leadership statement
    letter filing complaint lawsuit suit memo email emails document documents letter website
    site post tweet ad ads release manager managers owner owners founder executive executives
    ceo boss bosses coach player players chair chairs speaker host hosts moderator panel
    officer organization manifesto platform rep sen gov nominee nominees challenger
    challengers incumbent operative operatives strategist consultant consultants pollster
    pollsters surrogate surrogates adviser governors senators representatives congressman
    congresswoman congressmen legislators legislature publication publications outlet
    outlets media press broadcaster""".split())
EVIDENCE = frozenset("""poll polls survey surveys study studies report reports data figures
    numbers records research analysis results findings evidence review audit investigation
    documents filings tests test census estimates statistics models model emails email post
    posts tweet tweets records photos photo video footage memo letter letters polling
    disclosures inquiry probe transcript transcripts""".split())
SPEAKERS = (PEOPLE | EVIDENCE | GENERIC_HEADS | ROLE_HEADS | TITLE_HEADS | INSTITUTION_HEADS
            | CAMPAIGN_HEADS | PRONOUNS_NAMED | PRONOUNS_ANON | {"who", "you", "us"})
HEAD_ENDS = frozenset("in at from of with for by who on during after before among".split())
SHOW_VERBS = frozenset("show shows showed showing indicates".split())
# Words that end a source phrase from the right: after one of these the subject starts anew.
VERBISH = frozenset("""could would will can should must might may did does do won't can't
    didn't doesn't wouldn't couldn't said says told tells reveals reveal what heard""".split())
STANCE = frozenset("rejected rejects reject endorsed endorses opposed opposes oppose".split())
PROPOSITIONS = frozenset("""that claim claims idea notion suggestion suggestions argument
    allegation allegations accusation accusations criticism charge charges report reports
    premise view assertion characterization characterisation comparison proposal proposals
    plan plans call calls findings conclusion conclusions""".split())
GERUND_PREPS = frozenset("""by for of after before without about from in on at with beyond
    besides despite than""".split())
LINKS = GERUND_PREPS | frozenset("and but or while then also".split())  # "..., and saying"
CALLED = frozenset("called calls calling call".split())
DEFINITE = frozenset("the these those both".split())
TEAMS = frozenset("""researchers scientists authors scholars economists analysts experts
    historians lawmakers senators""".split())  # "the researchers note": a team named before


SPEECH = frozenset("""say tell add write ask remark explain note reply insist warn argue claim
    declare announce testify tweet quip joke complain comment mention stress emphasize
    emphasise concede contend allege assert acknowledge admit deny confirm predict think
    believe suggest urge recall respond answer shout yell chant reiterate lament decry
    denounce criticize criticise accuse blame praise mock ridicule slam blast boast vow
    pledge promise demand rebut wonder caution counter""".split())
IRREGULAR = {"said": "say", "says": "say", "told": "tell", "wrote": "write",
             "thought": "think", "spoke": "speak"}


def speech_verb(word: str) -> bool:
    """A verb whose subject is always someone speaking or believing ("said", "warns",
    "criticized"); other cues ("estimated", "rejected", "found") need a subject that can
    speak for the clause to be a report."""
    return _speech_word(word.split()[0])


@lru_cache(maxsize=4096)  # per first word, bounded: a cue's first word recurs in every text
def _speech_word(first: str) -> bool:
    if first in IRREGULAR:
        return True
    stems = {first, first[:-1], first[:-2], first[:-3], first[:-1] + "e", first[:-2] + "e",
             first[:-3] + "e", first[:-3] + "y", first[:-2] + "y"}
    for end in ("ing", "ed"):  # a doubled final consonant: "slamming", "quipped"
        stem = first[: -len(end)]
        if first.endswith(end) and len(stem) > 2 and stem[-1] == stem[-2]:
            stems.add(stem[:-1])
    return bool(stems & SPEECH)


def speaker_head(subject: list[Token]) -> bool:
    """Can the phrase's head speak: a name, a pronoun, a person, group or evidence noun, a
    number of people ("42% say", "nine in 10 say")?"""
    words = [t for t in subject if t.is_word or t.text == "%"]
    if not words:
        return False
    cut = next((k for k, t in enumerate(words) if k and t.lower in HEAD_ENDS), len(words))
    head = words[cut - 1]  # "Trump in his speech": the head is before the preposition
    low = head.lower.rstrip(".")
    if any(t.lower in EVIDENCE for t in words):
        return True  # "a poll released on Monday [showed]"
    if low in SPEAKERS or low.endswith(("’s", "'s")) or head.text == "%" or head.text[0].isdigit():
        return True
    return head.text[0].isupper()  # a name, or a capitalised noun opening the sentence


def ordinary_sense(sent: Sentence, idx: int, word: str, subject: list[Token]) -> bool:
    """The cue is an ordinary verb here, not a report."""
    toks = sent.tokens
    k = idx + 1
    while k < len(toks) - 1 and toks[k].lower.endswith("ly"):
        k += 1  # "think warmly back": the word after the adverbs
    nxt = toks[k].lower if k < len(toks) else ""
    prev = toks[idx - 1].lower if idx > 0 else ""
    if word in {"reported", "reports", "report"} and "as" in [t.lower for t in toks[k:k + 5]]:
        return True  # "reported her message as spam": flagged, not told
    first = sent.token_index(subject[0].start) if subject else None
    if first and toks[first - 1].lower == "being":
        return True  # "part of being a president is acknowledging mistakes": a gerund
    if word.endswith("ing") and prev in NOUN_DETERMINERS:
        return True  # "tweeted a warning": a noun
    if _modifier_slot(toks, idx, word):
        return True  # "a stark warning", "more pledged delegates": a noun or an adjective
    if nxt == "it" and k + 1 < len(toks) and toks[k + 1].lower == "all":
        return True  # "this image says it all"
    if word in STANCE and not _proposition_follows(toks, k):
        return True  # "voters rejected the candidate", "not everyone endorsed him": acts
    if first and toks[first - 1].lower in {"whether", "if"}:
        return True  # "to say whether she agrees": nothing is reported
    if word == "told" and prev == "all":
        return True  # "all told": in all
    if word in {"asking", "asks"} and nxt == "for":
        return True  # "asking for $184": a request, not a report
    if word in {"think", "thinks", "thought"} and nxt in {"back", "for", "twice"}:
        return True  # "think back to 2008", "think for herself"
    if word in {"state", "states"} and nxt != "that":
        return True  # "Western states", "and state Sen. Ruiz": the noun, unless "that"
    if first and toks[first - 1].lower == "what" and nxt in {"", ",", ".", "and", "—"}:
        return True  # "has heard what voters are saying.": no claim is reported
    if word in SHOW_VERBS:
        return not (nxt == "that" or any(t.lower in EVIDENCE for t in subject))
    if word in CALLED and nxt not in {"for", "on", "out"}:
        return not _names_something(toks, idx, prev)
    return False


def _proposition_follows(toks: list[Token], k: int) -> bool:
    """"rejected the claim that ...", "endorsed the idea", 'rejected it as "false"': a
    stance on something said, within the next six tokens."""
    for t in toks[k : k + 6]:
        if t.lower in PROPOSITIONS or t.text in "“\"‘":
            return True
        if t.text in ".;!?":
            return False
    return False


def _names_something(toks: list[Token], idx: int, prev: str) -> bool:
    """"called Trump a blowhard", 'called it "ineffective"', "what she called the rhetoric":
    a name given to something. "called Haugland earlier" is a telephone call."""
    if prev == "what" or (idx > 1 and toks[idx - 2].lower == "what"):
        return True
    window = toks[idx + 1 : idx + 11]
    if len(window) > 1 and window[0].lower in OBJECT_PRONOUNS and window[1].is_word \
            and window[1].text.islower() and window[1].lower not in NOT_COMPLEMENTS:
        return True  # "called him divisive", not "called him last week"
    for k, t in enumerate(window):
        if t.text in "“\"‘'" or (k >= 1 and t.lower in {"a", "an"}):
            return True
        if (t.text in ".;:!?" and not title_dot(window, k)) or t.lower in {"to", "but"} \
                or (k and t.lower == "that"):  # "called that vision ''necessary''"
            return False
    return False


OBJECT_PRONOUNS = frozenset("""him her them it me us you himself herself themselves itself
    myself ourselves""".split())
NOT_COMPLEMENTS = frozenset("""last on in at to back again yesterday today this and after before
    from about earlier later during for up out into over with by tonight""".split())


def trim_subject(subject: list[Token]) -> list[Token]:
    """The noun phrase that ends ``subject`` when the phrase runs back over a verb: "the
    email matter could increase anxiety among Clinton supporters" gives "Clinton
    supporters"; "said he" gives "he". A phrase with no verb in it is returned whole."""
    while len(subject) > 1 and subject[-1].lower in FLOATING_OR_BE:
        subject = subject[:-1]  # "the ministers all [urged]", "He is [saying]"
    if len(subject) > 1 and subject[-1].lower in SUBJECT_PRONOUNS:
        return subject[-1:]  # "prosecuted for what they [say]": the pronoun is the subject
    lows = [t.lower for t in subject]
    if VERBISH.isdisjoint(lows):
        return subject  # no verb: most subjects
    cut = max(k for k, w in enumerate(lows) if w in VERBISH)
    if cut <= 0:
        return subject  # a question's opening auxiliary ("Do you think")
    tail = subject[cut + 1 :]
    prep = max((k for k, w in enumerate(lows[cut + 1 :]) if w in AFTER_VERB_PREPS), default=-1)
    return tail[prep + 1 :] if prep >= 0 else tail


FLOATING = frozenset("all both each".split())
BE_TAIL = frozenset("is are was were".split())
FLOATING_OR_BE = FLOATING | BE_TAIL
SUBJECT_PRONOUNS = frozenset("he she they we i it".split())
AFTER_VERB_PREPS = frozenset("among from with for to by at in on about".split())


UNIQUE_HEADS = TITLE_HEADS | frozenset("""company firm campaign mogul candidate nominee
    billionaire businessman senator congressman congresswoman speaker ad network group
    coalition channel station newspaper magazine website administration agency report
    ruling study survey poll lawsuit memo dossier letter""".split())


def definite_one(subject: list[Token]) -> bool:
    """"the president", "the company", "the real estate mogul": a definite description of one
    person or body, which after the opening of an article points back to one it has named
    (unlike "the official" or "the source", whom news writing leaves unnamed on purpose)."""
    words = [t.lower for t in subject if t.is_word]
    return 2 <= len(words) <= 4 and words[0] == "the" and words[-1] in UNIQUE_HEADS


def definite_team(subject: list[Token]) -> bool:
    """"the researchers", "the two lawmakers", "both senators": a definite group that points
    back to people the text has named, not a vague "researchers say"."""
    words = [t.lower for t in subject if t.is_word]
    return len(words) >= 2 and words[0] in DEFINITE and words[-1] in TEAMS


def specified(sent: Sentence, phrase: list[Token]) -> bool:
    """"said someone who had worked at the pier": a relative clause or a "with" phrase after
    "someone" or "people" makes the source specific (anonymous), not vague."""
    if not phrase or phrase[-1].lower not in {"someone", "somebody", "people", "person"}:
        return False
    k = sent.token_index(phrase[-1].start)
    nxt = sent.tokens[k + 1].lower if k is not None and k + 1 < len(sent.tokens) else ""
    return nxt in {"who", "with", "close", "familiar", "involved", "briefed"} or (
        nxt in {"in", "at"} and phrase[-1].lower in {"someone", "somebody"})  # "in attendance"


SCHEDULED = frozenset("""deliver speak announce attend visit meet testify sign arrive address
    hold release travel appear unveil campaign return vote take join host headline introduce
    submit file issue nominate name launch tour rally participate lead declassify fan head
    leave go convene reconvene discuss debate consider review gather resume""".split())
PLACES = frozenset("in at on there present among".split())  # "is expected to be in the row"
SCHEDULED_PASSIVE = frozenset("announced held released named signed sworn".split())
PERSON_NOUNS = frozenset("man woman person candidate politician leader".split())


def scheduled(text: str, cue_end: int) -> bool:
    """"is expected to deliver a speech on Thursday": a plan announced for someone, not an
    expectation handed to unnamed people ("is expected to win")."""
    following = [w for w in text[cue_end : cue_end + 40].split()
                 if not w.lower().endswith("ly")][:2]  # "to quickly fan out"
    if following[:1] == ["be"] and len(following) > 1:
        return following[1].lower() in SCHEDULED_PASSIVE | PLACES  # "to be announced"
    return bool(following) and following[0].lower() in SCHEDULED


def describes_someone(sent: Sentence, subject: list[Token]) -> bool:
    """"He is a man who said ...", "— a man who will say anything": an indefinite
    description before "who" says what someone is like; the speaker is someone else."""
    words = [t.lower for t in subject]
    if len(words) != 2 or words[0] not in {"a", "an"} or words[1] not in PERSON_NOUNS:
        return False
    k = sent.token_index(subject[-1].start)
    return k is not None and k + 1 < len(sent.tokens) and sent.tokens[k + 1].lower == "who"


def gerund(sent: Sentence, idx: int) -> bool:
    """"by criticizing", "after saying", "and saying": an -ing cue after a preposition or a
    conjunction has the clause's subject, never the words just before it."""
    return idx > 0 and sent.tokens[idx].lower.endswith("ing") \
        and sent.tokens[idx - 1].lower in LINKS


NOUN_DETERMINERS = frozenset("a an the his her their its this".split())
COMPARATIVE = frozenset("more most fewer less".split())
DETERMINER_OR_MORE = NOUN_DETERMINERS | COMPARATIVE


def _modifier_slot(toks: list[Token], idx: int, word: str) -> bool:
    """A cue inside a noun phrase: an -ing word after a determiner and one lower-case
    modifier that cannot speak ("a stark warning", "the most telling"), or an -ed word
    after a determiner or "more" and before a lower-case word that is not a complement
    ("more pledged delegates", "his stated aim")."""
    if idx < 1:
        return False
    prev = toks[idx - 1]
    if word.endswith("ing") and idx >= 2 and toks[idx - 2].lower in NOUN_DETERMINERS:
        return prev.text.isalpha() and prev.text.islower() and (
            prev.lower in COMPARATIVE or prev.lower not in SPEAKERS)  # "the most telling"
    if word.endswith("ed") and prev.lower in DETERMINER_OR_MORE \
            and idx + 1 < len(toks):
        nxt = toks[idx + 1].text
        return nxt.isalpha() and nxt.islower() and nxt not in {"that", "to", "by", "it", "as"}
    return False
