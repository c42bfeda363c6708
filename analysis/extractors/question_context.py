"""Context cues that keep a question from being read as rhetorical when it is not:
answered at once, a heading or list entry, or left open (reporting without the writer
is in question_rhetoric).

Measured on held-out news, the commonest false alarms of the question extractor were
(1) questions the writer answers at once ("The reason for that decline? Coal use
fell."), including lists of question-verdict pairs; (2) headings, numbered list entries
and run-in titles; (3) someone else's questions without usable quotation marks:
interview transcripts with speaker tags, embedded posts credited after the text, and
quotations whose opening mark is missing but whose closing mark and speech verb follow
(those cues are in question_voices). Each cue here is a rule about that form, read from
the question's immediate surroundings only (a bounded window), so the extractor stays
linear in the text.
"""

from __future__ import annotations

import re

from analysis.extractors.question_kinds import LEAD_WORDS as LEAD
from analysis.extractors.question_kinds import Question, is_question, next_sentence, strip_lead
from analysis.extractors.question_voices import SPEECH
from analysis.lexicons.lazy import lazy_re
from analysis.text.document import Document

# --- answered at once ------------------------------------------------------------------
# Openings of a reply: a verdict, a hedge offered as the answer, a presentation of it.
REPLY_RE = lazy_re(
    r"\W*(?:(?:probably|perhaps|maybe|apparently|likely|unlikely|certainly|definitely|"
    r"surely|indeed|nothing|nobody|none|nope|yep|yeah|sure|wrong|right|exactly|precisely|"
    r"partly|rarely|seldom|never|only|mostly|sometimes|absolutely|most definitely|"
    r"most likely)(?: not| so)?[.,!:;]"
    r"|(?:[\w ]{0,20}:\s*)?the (?:short |simple |real )?answers?\b|\(?1[.)]\s"

    r"|not (?:really|quite|exactly|much|yet|at all|likely|necessarily)\b"
    r"|(?:why,? )?yes\b|no\b(?! (?:one|doubt|matter|longer)\b)"
    r"|i (?:doubt|don[’']t know|suspect|bet)\b|here(?:[’']s| is| are)\b"
    r"|it[’']s because\b|it is because\b|in a word\b|that depends\b|it depends\b"
    r"|it has (?:a lot |everything |something |much )?to do with\b"
    r"|it (?:doesn[’']t|does not) matter\b)",
    re.I,
)
# After a wh-question, a hedged clause is offered as the answer ("Why? Perhaps they ...");
# after a yes/no question it is only more speculation ("Next? Maybe she knows ...").
HEDGED_RE = lazy_re(r"\W*(?:(?:probably|perhaps|maybe|likely|apparently|possibly|some|many|"
                       r"most|several)\s+\w|first of all\b|firstly\b|for starters\b|"
                       r"to begin with\b|for one thing\b|[^.?!]{0,60}\b(?:found|finds|shows?|"
                       r"showed|suggests?|suggested)\s+that\b|there (?:are|is|were|was) "
                       r"(?:actually |only |just )?(?:\d+|one|two|three|four|five|six|several)\b)",
                       re.I)
# A short heading line after the question: the section under it takes the question up.
HEADING_LINE_RE = lazy_re(r"[ \t]*(?:[A-Z][\w’'-]*[ \t]+){0,3}[A-Z][\w’'-]*\.?[ \t]*$")
NEGATIVE_WORDS = frozenset(["nobody", "nothing", "none", "nowhere", "never", "no"])
# a subject pronoun opens a clause, not a verbless fragment
SUBJECTS = frozenset("""i we you he she it they this that there these those who""".split())
# Tentative answers in question form after a wh-question: "When did it start? Was it ...?"
GUESS_RE = re.compile(r"\W*(?:or\s+)?(?:is|was|are|were)\s+(?:it|we|they|this|that|there)\b"
                      r"(?!\s+not\b)", re.I)
TAG_RE = re.compile(r",\s*(?:right|no|eh|huh|okay|ok|yes|don[’']t you think|isn[’']t it|"
                    r"aren[’']t they|wasn[’']t it|doesn[’']t it|does it|is it|did they|do they|"
                    r"can you|will they|won[’']t they|you know)\?+$", re.I)
# A verdict inside a short next sentence: "Given how it was put, I doubt it."
VERDICT_RE = re.compile(r"\b(?:I doubt it|I think not|probably not|of course not|apparently not|"
                        r"certainly not|hardly)\b", re.I)
# The question closes a section; the section after the break takes it up.
SECTION_BREAK_RE = re.compile(r"\s*(?:\*\s*\*\s*\*|#{1,3}\s|[-–—]{3,})")
AUX = frozenset("""is are was were am be been do does did can could will would shall should
    may might must has have had isn't aren't wasn't weren't don't doesn't didn't can't
    couldn't won't wouldn't shouldn't hasn't haven't ain't""".split())
WH = frozenset(["why", "what", "how", "who", "whom", "whose", "which", "when", "where"])
DETERMINERS = frozenset("""the a an his her their its our my your this that these those
    and but so""".split())


def tag_question(doc: Document, q: Question) -> bool:
    """A statement with a tag ("..., right?", "..., does it?"): sarcastic unless the writer
    replies at once ("Wrong."), so the looser cues for an answer do not apply."""
    return TAG_RE.search(doc.text, max(q.start, q.end - 40), q.end) is not None


def answered_at_once(doc: Document, q: Question, strict: bool = False) -> bool:
    """The next sentence, in the same paragraph or the next, opens as a reply to it.
    ``strict``: only an outright reply ("Wrong.", "Of course not."), for tag questions."""
    nxt = next_sentence(doc, q)
    if nxt is None or nxt.paragraph > q.sent.paragraph + 1:
        return False
    wh = bool(q.words) and q.words[0] in WH and len(q.words) <= 14 and not strict
    if is_question(nxt):  # "When did it begin? Was it in the 2000s?"
        return wh and GUESS_RE.match(doc.text, nxt.start, nxt.start + 40) is not None
    if SECTION_BREAK_RE.match(doc.text, q.end, q.end + 12):
        return True
    if nxt.paragraph == q.sent.paragraph + 1 and not strict:
        ps, pe = doc.paragraphs[nxt.paragraph]
        if pe - ps <= 40 and HEADING_LINE_RE.match(doc.text, ps, pe):
            return True
    if wh and _fragment_reply(nxt.text):
        return True
    end = min(nxt.end, nxt.start + 80)
    if REPLY_RE.match(doc.text, nxt.start, end) or (
            len(nxt.text) <= 200 and VERDICT_RE.search(nxt.text)):
        return True
    return wh and HEDGED_RE.match(doc.text, nxt.start, end) is not None


def _fragment_reply(text: str) -> bool:
    """A reply of one to four words without a verb ("His viability.", "Now."), not a
    negative that only restates a rhetorical question's implied answer ("Nobody.")."""
    words = [w.strip(".,!;:").lower() for w in text.split()]
    return (1 <= len(words) <= 4 and text.rstrip().endswith((".", "!"))
            and words[0] not in NEGATIVE_WORDS | SUBJECTS and not any(w in AUX for w in words)
            and not any("’" in w or "'" in w for w in words))


def infinitival_then_stated(doc: Document, q: Question) -> bool:
    """A deliberative infinitive question ("But how to keep the doctors?", "What to do
    with the land?") followed by a statement: the writer weighs it and goes on to say."""
    words = [w.strip("?,!") for w in q.words]
    nxt = next_sentence(doc, q)
    return (len(words) >= 2 and words[0] in WH and words[1] == "to" and nxt is not None
            and not is_question(nxt) and nxt.paragraph <= q.sent.paragraph + 1)


def elliptical_then_stated(doc: Document, q: Question) -> bool:
    """A verbless noun phrase asked and then answered by a statement: "The reason for
    that decline? Coal use fell." and lists of "The former governor? Out of the race."
    An echo of someone's word ("Fairness?") is not one: it opens with no determiner."""
    words = [w.strip("?,!").lower() for w in strip_lead(doc.text[q.start : q.end]).split()]
    if words and words[0] in LEAD:
        words = words[1:]
    before = doc.sentences[q.sent.index - 1] if q.sent.index else None
    if is_question(before):  # one of a run of guesses ("Was it the 2000s? the teens?")
        return False
    if not 1 <= len(words) <= 12 or words[0] not in DETERMINERS - {"and", "but", "so"}:
        return False
    if any(w in AUX or w in WH for w in words):
        return False
    nxt = next_sentence(doc, q)
    return (nxt is not None and not is_question(nxt) and nxt.paragraph <= q.sent.paragraph + 1
            and (len(nxt.text.split()) <= 40 or _answers_in_kind(nxt.text)))


def _answers_in_kind(text: str) -> bool:
    """A long reply that is itself a noun phrase, as the question was ("Her lodestar? The
    economy of spring 2000, when ..."): it opens with a determiner and a noun, no verb."""
    words = text.split(maxsplit=3)
    return (len(words) >= 3 and words[0].lower() in DETERMINERS - {"and", "but", "so"}
            and words[1].isalpha() and words[2] in {"of", "in", "for"})


# --- headings and list entries ---------------------------------------------------------
LIST_MARK_RE = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[•▪►●*]|[-–—](?=\s))\s*(?:None\s+)?")
RUN_IN_LINK_RE = re.compile(r"\((?:RELATED|READ MORE|SEE ALSO|WATCH|MORE)\s*:[^()]{0,200}$")


def list_entry(doc: Document, q: Question) -> bool:
    """A question that opens a numbered or bulleted line ("4) How hard will she attack?",
    "• What happens now?"): an entry of a list or a numbered section heading."""
    line_start = doc.text.rfind("\n", 0, q.start) + 1
    m = LIST_MARK_RE.match(doc.text, line_start)
    if m and m.end() >= q.start - 1 and m.end() > line_start:
        return True
    bullet = doc.text.rfind("•", max(q.sent.start, q.start - 12), q.start)
    return bullet >= 0


TIMESTAMP_RE = re.compile(r"\d{1,2}:\d{2}\s?[AaPp]\.?[Mm]\b")


def run_in_title(doc: Document, q: Question) -> bool:
    """The first sentence of a text whose title runs into the body without a line break,
    written like a title (short, mostly capitalised words): "America Next? The city ...";
    or an entry title of a live blog glued to its time stamp ("8:57PMWho Won?")."""
    if TIMESTAMP_RE.search(doc.text, max(q.sent.start, q.start), q.end):
        return True
    if q.sent.index != 0 or q.start > 3 or "\n" in doc.text[: q.end]:
        return False
    words = re.findall(r"[A-Za-z][\w’'-]*", doc.text[q.start : q.end])
    caps = sum(w[0].isupper() for w in words)
    return 1 <= len(words) <= 12 and caps >= max(1, 0.6 * len(words))


def run_in_link(doc: Document, q: Question) -> bool:
    """A question inside a parenthesised "(RELATED: ... ?)" link title."""
    return RUN_IN_LINK_RE.search(doc.text, max(0, q.start - 200), q.start) is not None


def repeats_title(doc: Document, q: Question) -> bool:
    """A line repeating the title line word for word (a page that prints its title twice)."""
    if len(doc.paragraphs) < 2 or q.sent.paragraph == 0:
        return False
    s, e = doc.paragraphs[0]
    line = doc.text[s:e].strip()
    return len(line) <= 300 and doc.text[q.sent.start : q.end].strip() == line


QUESTIONS_NOUN_RE = re.compile(r"\bquestions\b|\bthe (?:big |real |key |main |open )?question "
                               r"(?:now |here )?(?:is|remains) (?:how|whether|what|who|why|if)\b",
                               re.I)


def announced_run(doc: Document, q: Question) -> bool:
    """One of a run of questions announced by the sentence before the run ("Added to that
    were questions for the team about the evening.", "The question is how to make the
    case."): questions put or open, not the writer's rhetorical ones."""
    i = q.sent.index - 1
    while i >= 0 and is_question(doc.sentences[i]) and q.sent.index - i < 6:
        i -= 1
    return i >= 0 and QUESTIONS_NOUN_RE.search(doc.sentences[i].text) is not None


# --- open questions in reporting --------------------------------------------------------
# What follows the question treats its answer as unknown or reports who thinks what.
UNKNOWN_RE = re.compile(
    r"\b(?:(?:would|could|did) not (?:say|comment|speculate)|wouldn[’']t say|declined to "
    r"(?:say|comment|speculate)|(?:it is|it[’']s|that is|that[’']s|remains) (?:still )?"
    r"(?:unclear|not clear|uncertain|unknown|too early)|remains to be seen|time will tell|"
    r"no one (?:knows|can say)|nobody knows|(?:there[’']s|there is) no way to (?:tell|know|say)|"
    r"never (?:decided|answered|settled|resolved)|"
    # "there is no clear answer" is open; "X has no answer" is the writer's verdict on X
    r"(?<!\bhas )(?<!\bhad )(?<!\bhave )no (?:clear )?(?:answer|consensus)|"
    r"(?:experts|analysts|economists|officials|"
    r"scientists|observers|historians|strategists|pollsters|researchers)\s+(?:are divided|"
    r"disagree|differ|are split|doubt|think|say|believe|expect)|few (?:analysts|experts|"
    r"observers|economists) (?:think|expect|believe))\b", re.I)


def left_open(doc: Document, q: Question) -> bool:
    """The sentences after the question leave its answer open or report what others
    think ("Officials would not say.", "Analysts are divided."): an open question of
    reporting or analysis, not a rhetorical one."""
    i = q.sent.index + 1
    for sent in doc.sentences[i : i + 2]:
        if sent.paragraph > q.sent.paragraph + 1:
            break
        if not is_question(sent) and UNKNOWN_RE.search(sent.text[:300]):
            return True
    return False


PROMPT_NEXT_RE = re.compile(r"\W*(?:share (?:this|it|your)|like (?:the|our|us)|subscribe|sign up|"
                            r"click|tap|comment below|vote (?:now|here|below)|take our)\b", re.I)


def prompt_follows(doc: Document, q: Question) -> bool:
    """A question followed at once by a prompt to act on the page ("Share this story!",
    "Sign up here"): a teaser or a call to the reader, not an argument."""
    nxt = next_sentence(doc, q)
    return nxt is not None and PROMPT_NEXT_RE.match(doc.text, nxt.start, nxt.start + 40) is not None


REPLY_QUOTE_RE = lazy_re(r"\s*[“\"‘][^”\"\n]{1,120}?[,.!?]?[”\"’]\s*,?\s*"
                            r"(?:(?:[A-Z][\w.’'-]*|he|she|they|the \w+)\s+){0,4}" + SPEECH + r"\b")


def reply_quoted(doc: Document, q: Question) -> bool:
    """The writer's question answered at once by a credited quotation ("Was she satisfied?
    'To a point,' she said."): the subject's reply, so the question is not left open."""
    nxt = next_sentence(doc, q)
    if nxt is None or nxt.paragraph > q.sent.paragraph + 1:
        return False
    return REPLY_QUOTE_RE.match(doc.text, nxt.start - 1 if nxt.start else 0,
                                nxt.start + 200) is not None


def poll_option(doc: Document, q: Question, poll_end: int) -> bool:
    """A one- to three-word question among the answer options printed after a poll's
    question on the same line ("* Yes, she should. No, she should stay. Maybe?")."""
    between = doc.text[poll_end : q.start]
    return len(q.words) <= 3 and 0 <= q.start - poll_end <= 300 and "*" in between


DELIBERATION_RE = re.compile(r"\b(?:dilemma|conundrum|choice|decide|deciding|decision|weighs?|"
                             r"weighing|considers?|considering|discussion|debate|conversation|questions?|"
                             r"problems?|ambiguity|puzzle|uncertainty)\b"
                             r"[^.?!:]{0,80}"
                             r":\s*$", re.I)


def deliberated(doc: Document, q: Question) -> bool:
    """A question a colon introduces as someone's choice or a debate ("She faces a
    dilemma as she weighs her attack: should she ...?"), or one continuing a run of
    questions that such a colon opened: open, not the writer's jab."""
    i = q.sent.index
    while i > 0 and q.sent.index - i < 4 and is_question(doc.sentences[i - 1]) and (
            doc.sentences[i - 1].paragraph == q.sent.paragraph):
        i -= 1
    first = doc.sentences[i]
    if i == q.sent.index:
        end = q.start
    else:
        end = doc.text.rfind(":", first.start, first.end) + 1
        if end <= 0:
            return False
    m = DELIBERATION_RE.search(doc.text, max(first.start, end - 200), end)
    if m is None:
        return False
    return not RAISED_RE.search(doc.text, max(first.start, m.start() - 40), m.end())


# "This raises the question: ...?" (or "which begs the question") is the writer posing a
# question about their own account, not a debate reported ("His proposal raises a question:"
# stays open): whether it is rhetorical is left to the rules on the writer's voice.
RAISED_RE = lazy_re(r"\b(?:this|that|it|which)\s+(?:also\s+|only\s+)?"
                       r"(?:rais(?:es?|ed|ing)|begs?|begged|pos(?:es?|ed|ing))\s+"
                       r"(?:the|a|an)\s+(?:\w+\s+)?questions?\b", re.I)
