"""Questions, by kind: rhetorical, hypophora, quoted, headline, genuine.

Only a ``rhetorical`` question (asked in the author's own voice and left for the reader
to answer) is a sensationalism signal; a ``hypophora`` is asked and then answered by the
author, a ``quoted`` question is someone else's, a ``headline`` question is a title or a
section heading, and a ``genuine`` question really asks the reader (a poll, a call to
comment).
"""

from __future__ import annotations

import re

from analysis.extractors import question_context as qc
from analysis.extractors import question_evidence as qe
from analysis.extractors import question_general as qg
from analysis.extractors import question_kinds as qk
from analysis.extractors import question_layout as ql
from analysis.extractors import question_replies as qy
from analysis.extractors import question_rhetoric as qr
from analysis.extractors import question_voices as qv
from analysis.extractors.base import Evidence, ExtractorResult, tally
from analysis.extractors.bounded import ends_with
from analysis.extractors.question_kinds import STOP_WORDS, WH_WORDS, Question
from analysis.text.document import Document, Sentence
from analysis.text.voice import voice_of

NAME = "rhetorical_questions"
DESCRIPTION = "Questions the writer asks: left open for you, answered, quoted, or in a title."
LABELS = {
    "rhetorical": "a question in the writer's own voice that is never answered: it nudges you "
    "towards an answer without arguing for it",
    "hypophora": "the writer asks a question and then answers it: a way to organise an "
    "explanation",
    "quoted": "a question someone else asked, quoted by the writer",
    "headline": "a question used as a title or a section heading",
    "genuine": "a real question to the reader, such as a poll or a call to comment",
}
READER_RE = re.compile(
    r"\b(?:do|would|will|did|have|should|could|can|are|were)\s+you\s+(?:think|consider|agree|"
    r"believe|support|feel|want|like|prefer|vote|trust|expect)\b|\bwhat do you\b|\byour (?:view|"
    r"opinion|thoughts|vote)\b|\b(?:tell|let) us\b|\bin the comments\b",
    re.I,
)
EMBED_RE = re.compile(r"[:—–]\s*(?=[“\"‘']?\w)")
# "X asks:" introduces X's question; "it must be asked:", "I ask:", "to ask:" the writer's own.
ASKS_RE = re.compile(r"(?<!\bbe )(?<!\bbeen )(?<!\bI )(?<!\bwe )(?<!\bto )(?<!\bmust )"
                     r"\b(?:asks?|asked|asking|wonders?|wondered|says?|said|told|wrote|writes)"
                     r"\s*:\s*[“\"‘']?$", re.I)
CREDIT_LINE_RE = re.compile(r"^\s*[–—―-]\s*[A-Z][\w.’' ]{1,40}$")
TWEET_RE = re.compile(r"[—–-]\s*[^\n]{0,60}\(@\w+\)|pic\.twitter\.com/")
POLL_RE = re.compile(r"\b(?:take our poll|poll:|vote now|cast your vote)", re.I)
ANSWER_START = re.compile(
    r"^\s*(?:yes|no|not|hardly|absolutely|of course|because|the answer|the reason|"
    r"one reason|simple|well|in short|the short answer|then(?! again| there))\b",
    re.I,
)
RUN_ANSWER = re.compile(r"^\s*(?:the (?:short |simple )?answers?|because|the reasons?)\b", re.I)
ANSWER_WORDS = re.compile(r"\b(?:because|the reason|one reason|another reason|that's why|"
                          r"that is why|due to|since)\b", re.I)
ANSWER_HEAD = 2_000  # characters of the next sentence read as a possible answer
EXPLAIN = {
    "rhetorical": "The writer asks this and never answers it. What answer does the question "
    "want you to assume, and does the article give evidence for it?",
    "hypophora": "The writer asks this and answers it straight after. Check whether the "
    "answer is backed by facts or sources.",
    "quoted": "This question is someone else's words, quoted in the article.",
    "genuine": "A real question to you, the reader (a poll or a call to comment). Polls "
    "can still be loaded: look at how the question is worded.",
    "headline": "A headline in the form of a question. Headlines that ask often suggest "
    "more than the article can show.",
}


def _question_start(doc: Document, sent: Sentence, qmark: int) -> int:
    """Where the question ending at ``qmark`` starts: sentence start, or after an embedding
    colon or dash ("This raises the question: ...?"), or after an earlier question."""
    start = max(sent.start, qmark - 400)
    if start > sent.start:  # a very long sentence: start the question at a word
        start = doc.text.find(" ", start, qmark) + 1 or start
    base = start
    for m in re.finditer(r"[?!]+\s*", doc.text[base:qmark]):
        start = base + m.end()
    for m in EMBED_RE.finditer(doc.text, start, qmark):
        start = m.end()
    mark = doc.text.rfind("***", start, qmark)  # a section mark run into the sentence
    if mark >= 0:
        start = mark + 3 + len(doc.text[mark + 3 : qmark]) - len(doc.text[mark + 3 : qmark]
                                                                   .lstrip())
    paren = doc.text.rfind("(", start, qmark)
    if paren >= 0 and doc.text.find(")", paren, qmark) < 0:  # "... (or is it?)"
        start = paren + 1
    while start < qmark and doc.text[start] in "“\"‘'":
        start += 1
    return start


def _answered(doc: Document, q: Question) -> bool:
    """Whether the next sentences (same paragraph or the next) answer the question."""
    sent = q.sent
    following = [s for s in doc.sentences[sent.index + 1 : sent.index + 4]
                 if s.paragraph <= sent.paragraph + 1]
    if following and qk.is_question(following[0]):
        after = qk.run_after(doc, q)  # "How ...? How ...? The answer is clear: ..."
        return bool(after) and bool(RUN_ANSWER.match(after[0].text))
    if not following:
        return False
    words = list(q.words)
    first_word = words[0] if words else ""
    answer = qk.strip_lead(following[0].text[:ANSWER_HEAD])  # only its opening is read
    if ANSWER_START.match(answer) or _echoes(words, answer) or qk.restates_topic(words, answer):
        return True
    if first_word in WH_WORDS and qk.opens_on_topic(words, answer, 6):
        return True
    if words == ["why?"]:  # "... And why? <statement>": a bare why announces the reason
        return True
    if first_word == "why":
        return any(_gives_reasons(doc, s) for s in following)
    opens_paragraph = sent.index == 0 or doc.sentences[sent.index - 1].paragraph != sent.paragraph
    same_paragraph = following[0].paragraph == sent.paragraph
    return first_word in WH_WORDS and opens_paragraph and same_paragraph


def _gives_reasons(doc: Document, sent: Sentence) -> bool:
    """Whether a sentence says why ("because", "the reason"), searched once a sentence."""
    cache = doc.layers.setdefault(NAME, {})
    if sent.index not in cache:
        cache[sent.index] = ANSWER_WORDS.search(sent.text) is not None
    return cache[sent.index]


def _echoes(question: list[str], answer: str) -> bool:
    """The answer restates the question's words ("What is new? What is new is ...")."""
    content = [w.strip("?") for w in question if w.strip("?") not in STOP_WORDS]
    n = len(content) + 3
    first = [w.lower().strip("“\"‘',.") for w in answer.split(maxsplit=n)[:n]]
    return len(content) >= 1 and sum(w in first for w in content) >= max(1, len(content) * 0.6)


def _is_heading(doc: Document, sent: Sentence, start: int, qmark: int) -> bool:
    """A short question alone on its line with a blank line before it: a section heading."""
    para = doc.paragraphs[sent.paragraph]
    if (start, qmark) != para or len(doc.text[start:qmark].split()) > 10:
        return False
    before = doc.text[max(0, para[0] - 4) : para[0]]
    nxt = doc.paragraphs[sent.paragraph + 1] if sent.paragraph + 1 < len(doc.paragraphs) else None
    return para[0] > 0 and before.count("\n") >= 2 and not (
        nxt and qk.looks_like_question(doc.text[nxt[0] : nxt[1]]))


def _is_poll(doc: Document, sent: Sentence, question: str) -> bool:
    """A question to the reader, or one repeated word for word (a poll widget)."""
    if READER_RE.search(question) or POLL_RE.search(doc.text[max(0, sent.start - 120) : sent.start
                                                                     + len(question)]):
        return True
    words = re.findall(r"[^\W\d_]+", question)
    if len(words) == 1:  # "... had it in for Obama? What if it is ... Obama?": a one-word
        return False  # echo of a sentence's end is no repeated poll (a lone "?" is no word)
    neighbours = doc.sentences[max(0, sent.index - 3) : sent.index + 4]
    return sum(1 for s in neighbours if s.text.endswith(question)) >= 2


def _quoted_by_layout(doc: Document, sent: Sentence, start: int, qmark: int) -> bool:
    """Someone else's question without quotation marks: after "X asks:", or in a block
    that a following line credits ("— Name (@handle) date" of an embedded post, "–Newsweek")."""
    if ends_with(ASKS_RE, doc.text, sent.start, start):
        return True
    after = doc.text[qmark : qmark + 400].split("\n")[1:4]
    return any(CREDIT_LINE_RE.match(line) or TWEET_RE.search(line) for line in after)


def _quoted(doc: Document, q: Question) -> bool:
    voice = voice_of(doc)
    return (voice.in_direct_quote(q.end - 1) or voice.in_direct_quote((q.start + q.end) // 2)
            or qk.reported(doc, q) or _quoted_by_layout(doc, q.sent, q.start, q.end)
            or qk.run_in_text(doc, q) or qv.in_transcript(doc, q) or qv.attributed_after(doc, q)
            or qv.embedded_post(doc, q) or qv.enclosed_in_quotes(doc, q)
            or qv.answered_in_quotes(doc, q) or qv.signed_block(doc, q)
            or ql.in_mojibake_quote(doc, q) or ql.reproduced_piece(doc, q)
            or ql.between_curly_quotes(doc, q) or qy.inline_interview(doc, q)
            or qg.excerpted_piece(doc, q) or qg.block_after_speech(doc, q)
            or qg.sentence_goes_on(doc, q))


def _genuine(doc: Document, q: Question) -> bool:
    """A poll, a prompt for comments, an announced open question (unless its own form
    presumes the answer: question_evidence.presumes_answer) or an open forecast."""
    if qk.calls_for_replies(doc, q) or qk.listed_open_question(doc, q):
        return True
    if (qk.open_about_future(doc, q) or qc.announced_run(doc, q) or qc.left_open(doc, q)
            or qc.prompt_follows(doc, q) or ql.prompt_after_run(doc, q)):
        return True
    if (qc.deliberated(doc, q) and not qe.presumes_answer(doc, q)
            and not qg.writers_own_question(doc, q)):
        return True
    return not qk.is_apostrophe(doc, q) and _is_poll(doc, q.sent, doc.text[q.start : q.end])


def _hypophora(doc: Document, q: Question) -> bool:
    if qc.tag_question(doc, q):
        return qc.answered_at_once(doc, q, strict=True)
    return (qk.put_to_panel(doc, q) or qk.guesses_follow(doc, q)
            or qk.conditional_answered(doc, q) or _answered(doc, q)
            or qc.answered_at_once(doc, q) or qc.elliptical_then_stated(doc, q)
            or qc.reply_quoted(doc, q) or qc.infinitival_then_stated(doc, q)
            or ql.topic_list(doc, q) or qy.answered_below(doc, q)
            or qg.answer_presented(doc, q) or qg.guessed_answer(doc, q)
            or qg.answer_named(doc, q) or qg.why_answered_by_fragment(doc, q))


def explained_label(doc: Document, q: Question, faq: set[int]) -> str | None:
    """The label a rule of the guidelines gives, in their order (a title line first, then
    quotation, then other headings, polls and open questions, answers), or None when no
    rule explains the question."""
    if (qk.is_title_line(doc, q) or qk.is_link_title(doc, q) or qc.run_in_title(doc, q)
            or qc.run_in_link(doc, q) or qc.repeats_title(doc, q)):
        return "headline"
    if _quoted(doc, q):
        return "quoted"
    if (_is_heading(doc, q.sent, q.start, q.end) or q.end in faq or qc.list_entry(doc, q)
            or qy.deck_or_subhead(doc, q) or (not qg.shouted(doc, q) and (
                qk.title_case(doc, q) or ql.page_furniture(doc, q)))):
        return "headline"
    if _genuine(doc, q):
        return "genuine"
    if _hypophora(doc, q):
        return "hypophora"
    return "headline" if qg.labelled(doc, q) else None


def _label(doc: Document, q: Question, faq: set[int]) -> str:
    """An unexplained question is the writer's rhetorical question, except in reporting
    where the writer stays out of the text (question_rhetoric), or in a text that reads
    as reporting when the question has no cue of rhetoric (question_evidence): there it
    is open."""
    label = explained_label(doc, q, faq)
    if label in (None, "quoted") and qg.writer_aside(doc, q):
        return "rhetorical"
    if label is not None:
        return label
    if qr.writer_absent_reporting(doc) or qe.lacks_evidence(doc, q):
        return "genuine"
    return "rhetorical"


# A mark run straight into a letter or digit ends no question: a character lost to a broken
# encoding ("John ?McLaughlin") or a web address's query ("page?id=3"); nor does a lone mark
# between spaces before a lower-case word ("Nelson Warfield ? and John").
# Only a run's first mark starts a match, and runs are possessive, so a long run of marks
# is read once (tests/test_linear_time.py).
QMARKS = re.compile(r"(?<!\?)(?:(?<!\s)\?++|\?++(?!\s+[a-z]))(?![A-Za-z0-9])")


def questions(doc: Document) -> list[Question]:
    out = []
    for sent in doc.sentences:
        if "?" not in sent.text:  # most sentences: no regex call (and cache look-up) at all
            continue
        for m in QMARKS.finditer(sent.text):
            qmark = sent.start + m.end()
            out.append(qk.make_question(doc, sent, _question_start(doc, sent, qmark - 1), qmark))
    return out


def _after_previous(doc: Document, q: Question, previous: Evidence) -> str:
    """A rhetorical-looking question that continues a genuine one: an alternative offered
    right after it, or an answer option under a poll."""
    if previous.label != "genuine":
        return "rhetorical"
    if (qk.continues_run(doc, q, previous.end) or qk.answer_option(doc, q, previous.end)
            or qc.poll_option(doc, q, previous.end)):
        return "genuine"
    return "rhetorical"


def extract(doc: Document) -> ExtractorResult:
    found = questions(doc)
    faq = qk.faq_headings(doc, found)
    evidence: list[Evidence] = []
    for q in found:
        label = _label(doc, q, faq)
        if label == "rhetorical" and evidence:
            label = _after_previous(doc, q, evidence[-1])
        evidence.append(Evidence(NAME, label, q.start, q.end, doc.text[q.start : q.end],
                                 EXPLAIN[label], voice_of(doc).voice_at(q.start, q.end)))
    return ExtractorResult(NAME, evidence, tally(evidence, LABELS))
