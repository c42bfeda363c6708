"""Layout and discourse cues for the question extractor: whose question it is, whether it
heads a section, whether the writer answers it or really asks the reader."""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.extractors.bounded import ends_in_question_mark, ends_with
from analysis.lexicons.lazy import lazy_re
from analysis.text.attribution import Attribution
from analysis.text.document import Document, Sentence
from analysis.text.voice import voice_of

FIRST_PERSON = frozenset(["i", "we", "me", "us"])
WH_WORDS = frozenset(["why", "what", "how", "who", "whom", "whose", "which", "when", "where"])
STOP_WORDS = frozenset("""the a an is are was were be do does did of to in on for and or
    it this that what why how who which when where so but""".split())
LEAD_WORDS = frozenset(["so", "and", "but", "then", "now", "moreover", "again"])
# After the question: the writer invites replies ("Tell us below.", "Let us know.").
CALL_RE = re.compile(r"\b(?:tell us|let us know|share your (?:thoughts|views|opinion)|"
                     r"sound off|comment below|in the comments|leave a comment)\b", re.I)
PROMPT_RE = re.compile(r"\b(?:comment|question of the day|poll|vote)\s*:\s*$", re.I)
# A run of questions put to a panel and then reported: "We asked ten experts ...".
SURVEY_RE = re.compile(r"^\s*(?:so\s+)?we (?:asked|put|posed|surveyed|polled|put these)\b", re.I)
# An answer that offers reasons as questions: "Why do we do this? Is it fear? Or is it ...?"
GUESS_RE = re.compile(r"^\s*(?:or\s+)?(?:is|was|are|were)\s+(?:it|we|they|this|that)\b", re.I)
VOCATIVE_RE = re.compile(r",\s*(?:(?:Mr|Mrs|Ms|Dr|Senator|President|Governor)\.?\s+)?"
                         r"[A-Z][\w’'-]+[?!]*$")
OPEN_LIST_RE = re.compile(r"\bquestions?\b[^\n]{0,80}:\s*$", re.I)
PAREN_LEAD = re.compile(r"^\s*\([^()\n]{0,60}\)\s*")


@dataclass(frozen=True, slots=True)
class Question:
    sent: Sentence
    start: int
    end: int  # just after the last "?"
    words: tuple[str, ...]  # lower case, leading discourse markers ("so", "and") dropped


def make_question(doc: Document, sent: Sentence, start: int, end: int) -> Question:
    words = [w.lower().strip("“\"‘’',()") for w in doc.text[start:end].split()]
    i = 0
    while i < len(words) and words[i] in LEAD_WORDS:
        i += 1
    return Question(sent, start, end, tuple(words[i:]))


def content_words(words: tuple[str, ...] | list[str]) -> set[str]:
    return {w.strip("?,") for w in words if w.strip("?,") not in STOP_WORDS
            and len(w.strip("?,")) > 3}


def opens_on_topic(question: tuple[str, ...] | list[str], text: str, first: int) -> bool:
    """Whether one of the first ``first`` words of ``text`` is a content word of the
    question ("What time is the debate? The debate will start at 9")."""
    opening = {w.lower().strip("“\"‘',.") for w in text.split(maxsplit=first)[:first]}
    return bool(content_words(question) & opening)


def reported(doc: Document, q: Question) -> bool:
    """Someone else's words by attribution: the question lies in the content of a reporting
    verb outside it ("Critics ask whether ...?"), not one the question itself contains
    ("Does anyone really think ...?") nor the writer's own ("I have asked this before")."""
    mid = (q.start + q.end - 1) // 2
    for a in _reporting(doc, q.sent):
        if not a.content[0] <= mid < a.content[1] or q.start <= a.cue[0] < q.end:
            continue
        asking = ASKING_RE.match(doc.text, a.cue[0], a.cue[1])
        if a.content[0] < q.start and not asking and comments_after_dash(doc, q):
            continue
        return True
    return False


def _reporting(doc: Document, sent: Sentence) -> list[Attribution]:
    """The sentence's attributions that may report a question (content, not an adverb, not
    the writer's own "I asked"), sifted once a sentence rather than once a question."""
    cache = doc.layers.setdefault("question_kinds", {})
    key = ("reporting", sent.index)
    if key not in cache:
        cache[key] = [
            a for a in voice_of(doc).attributions_in(sent)
            if a.kind != "adverb" and a.content and not (
                a.source and doc.text[a.source[0] : a.source[1]].strip().lower() in FIRST_PERSON)]
    return cache[key]


COMMENT_RE = re.compile(r"[—–-]\s*$")
ASKING_RE = re.compile(r"ask|wonder|question|quer", re.I)


def comments_after_dash(doc: Document, q: Question) -> bool:
    """The question follows a dash and opens on a discourse marker ("Police said the call
    helped them - so why change the story?"): the writer's comment on what came before."""
    first = doc.text[q.start : q.end].split(maxsplit=1)[0].lower()
    return first in LEAD_WORDS and ends_with(COMMENT_RE, doc.text, q.sent.start, q.start)


def is_title_line(doc: Document, q: Question) -> bool:
    """The question ends a short first line, begun by its sentence, that more text follows:
    the title (possibly with a question in brackets after it)."""
    if q.sent.paragraph != 0 or len(doc.paragraphs) < 2:
        return False
    s, e = doc.paragraphs[0]
    if e - s > 300 or len(doc.text[s:e].split()) > 25 or q.sent.start != s:
        return False
    return doc.text[q.end : e].strip(" )”\"’'!?") == ""


def next_sentence(doc: Document, q: Question) -> Sentence | None:
    i = q.sent.index + 1
    return doc.sentences[i] if i < len(doc.sentences) else None


QUESTION_OPENING = lazy_re(r"^\W*(?:(?:and|but|or|so)\s+)?(?:why|what|how|who|where|when|which|"
                              r"can|could|is|are|was|were|do|does|did|will|would|should|"
                              r"has|have|must|shall)\b", re.I)


def looks_like_question(line: str) -> bool:
    """A line that is, or opens like, a question."""
    return ends_in_question_mark(line) or bool(QUESTION_OPENING.match(line))


def is_question(sent: Sentence | None) -> bool:
    return sent is not None and ends_in_question_mark(sent.text)


def calls_for_replies(doc: Document, q: Question) -> bool:
    """A prompt for the reader: "Comment: ...?" or a question followed by "Tell us below"."""
    if ends_with(PROMPT_RE, doc.text, q.sent.start, q.start):
        return True
    nxt = next_sentence(doc, q)
    return nxt is not None and not is_question(nxt) and _calls(doc, nxt)


def _calls(doc: Document, sent: Sentence) -> bool:
    """Whether a sentence invites replies, searched once a sentence (not once a question)."""
    cache = doc.layers.setdefault("question_kinds", {})
    key = ("calls", sent.index)
    if key not in cache:
        cache[key] = CALL_RE.search(sent.text) is not None
    return cache[key]


def is_apostrophe(doc: Document, q: Question) -> bool:
    """Addressed by name to a public figure ("..., Senator?"): not a question to readers."""
    return bool(VOCATIVE_RE.search(doc.text[q.start : q.end]))


def run_after(doc: Document, q: Question) -> list[Sentence]:
    """The sentences after the question's run of consecutive questions (up to three)."""
    i = q.sent.index + 1
    while i < len(doc.sentences) and is_question(doc.sentences[i]) and i - q.sent.index < 12:
        i += 1
    return doc.sentences[i : i + 3]


def put_to_panel(doc: Document, q: Question) -> bool:
    """One of a run of questions the writer then reports answers to ("We asked ...")."""
    after = run_after(doc, q)
    return bool(after) and bool(SURVEY_RE.match(after[0].text))


def guesses_follow(doc: Document, q: Question) -> bool:
    """A why-question followed by tentative answers phrased as questions."""
    nxt = next_sentence(doc, q)
    return (q.words[:1] == ("why",) and is_question(nxt) and nxt is not None
            and bool(GUESS_RE.match(nxt.text)))


def listed_open_question(doc: Document, q: Question) -> bool:
    """A question in a list introduced by "... new questions:" on the line before."""
    i = q.sent.index - 1
    while i >= 0 and is_question(doc.sentences[i]) and q.sent.index - i < 4:
        i -= 1
    if i < 0 or doc.sentences[i].paragraph == q.sent.paragraph:
        return False
    return ends_with(OPEN_LIST_RE, doc.text, doc.sentences[i].start, doc.sentences[i].end)


def strip_lead(text: str) -> str:
    """An answer without a leading parenthesis such as a citation ("(Acts 2:1) Yes.")."""
    return PAREN_LEAD.sub("", text, count=1)


def faq_headings(doc: Document, questions: list[Question]) -> set[int]:
    """Questions that head sections of a question-and-answer explainer: four or more short,
    isolated questions each followed by prose, several of which the prose takes up."""
    heads = [q for q in questions if _heads_block(doc, q)]
    if len(heads) < 4 or len(heads) < 0.7 * len(questions):
        return set()
    taken = sum(_taken_up(doc, q) for q in heads)
    return {q.end for q in heads} if taken >= max(2, len(heads) // 3) else set()


def _heads_block(doc: Document, q: Question) -> bool:
    i = q.sent.index
    before = doc.sentences[i - 1] if i else None
    nxt = next_sentence(doc, q)
    return (len(q.words) <= 14 and not is_question(before)
            and nxt is not None and not is_question(nxt) and not is_apostrophe(doc, q))


def _taken_up(doc: Document, q: Question) -> bool:
    nxt = next_sentence(doc, q)
    return nxt is not None and opens_on_topic(q.words, nxt.text, 8)


TOPIC_RE = re.compile(r"^\s*the ([\w’'-]+) (?:is|was|are|were)\b", re.I)


def restates_topic(question: tuple[str, ...], answer: str) -> bool:
    """The answer names the question's topic and says what it is ("Isn't that the point?
    The point is ...")."""
    m = TOPIC_RE.match(answer)
    return m is not None and m.group(1).lower() in content_words(question)


FUTURE_RE = re.compile(r"^(?:or )?will (?!you\b)")
# loaded words, or a negated forecast ("will it not ...?") that presumes its answer
LOADED_RE = re.compile(r"\b(?:anyone|anybody|ever|really|even|seriously|possibly|honestly|"
                       r"actually|dare)\b|^(?:or )?will \S+(?: \S+){0,2} not\b")


def open_about_future(doc: Document, q: Question) -> bool:
    """A plain yes/no question about what will happen ("Will the truce hold?"): open to the
    writer too, unless loaded ("Will anyone ever pay for this?")."""
    text = " ".join(q.words)
    return bool(FUTURE_RE.match(text)) and not LOADED_RE.search(text)


# Someone else's text run into the article: an interview transcript ("Q: ...?", "HOST:"),
# a forum post asking for help, an embedded post whose credit follows on the same line.
SPEAKER_RE = re.compile(r"\s*(?!(?:BREAKING|UPDATE|WATCH|EXCLUSIVE|VIDEO|PHOTOS?|READ|RELATED|"
                        r"NOTE|EDITOR)\b)(?:Q|[A-Z][A-Z.’' -]{1,30}[A-Z])\s*:")
HELP_RE = re.compile(r"\b(?:(?:does|has|can|could) any(?:one|body) (?:here )?(?:have|has|got|"
                     r"know|recommend|suggest|help)\b[^?]{0,60}\b(?:experience|suggestions?|"
                     r"advice|ideas?|tips?|how to)|any (?:suggestions|advice|ideas|tips))\b",
                     re.I)
CREDIT_AFTER_RE = re.compile(r"[^\n]{0,160}?[—–]\s*[^\n—–]{1,60}\(@\w+\)")


# The title of a cited work, its source and date after it on the line: "..., The Daily, 2017".
CITATION_RE = re.compile(r"[”\"’']?\s*[,—–]\s*(?:The\s+)?[A-Z][\w.&’' -]{1,60},[^\n]{0,60}?"
                         r"\b(?:1[89]|20)\d\d\b[^\n\w]*(?:\n|$)")


def run_in_text(doc: Document, q: Question) -> bool:
    """Transcript, forum-post or embedded-post questions without quotation marks, and
    titles of cited works."""
    if SPEAKER_RE.match(doc.text, q.sent.start, q.start) or HELP_RE.search(
            doc.text[q.start : q.end]):
        return True
    return bool(CREDIT_AFTER_RE.match(doc.text, q.end) or CITATION_RE.match(doc.text, q.end))


RELATED_RE = re.compile(r"\b(?:related|read more|see also|more|recommended|watch|read)\s*:\s*$",
                        re.I)


def is_link_title(doc: Document, q: Question) -> bool:
    """A related-story link run into the text ("Read more: Is the dollar doomed?")."""
    return bool(RELATED_RE.search(doc.text[max(q.sent.start, q.start - 40) : q.start]))


# "Want lower rents? Vote on Tuesday.": an elliptical "if you want ..." the writer answers.
CONDITIONAL_RE = re.compile(r"(?:want|need|think|wondering|looking for|don[’']t (?:want|like|"
                            r"feel like|think)|tired of|sick of)\b")


def conditional_answered(doc: Document, q: Question) -> bool:
    """An elliptical conditional question followed at once by the writer's reply."""
    nxt = next_sentence(doc, q)
    return (bool(CONDITIONAL_RE.match(" ".join(q.words))) and nxt is not None
            and not is_question(nxt) and nxt.paragraph == q.sent.paragraph)


def title_case(doc: Document, q: Question) -> bool:
    """Written in title case ("Is the Tide Turning for Coal?"): a headline run into the text."""
    words = re.findall(r"[A-Za-z][\w’'-]*", doc.text[q.start : q.end])
    long_words = [w for w in words[1:] if len(w) > 3]
    return len(words) >= 4 and len(long_words) >= 2 and all(w[0].isupper() for w in long_words)


ALTERNATIVE_RE = re.compile(r"(?:or|say|perhaps|maybe)\b")


def continues_run(doc: Document, q: Question, previous_end: int) -> bool:
    """An alternative or example offered right after the previous question ("Will they
    shake hands? Or will they ...?", "Say, a joke at the rival's expense?")."""
    before = doc.sentences[q.sent.index - 1] if q.sent.index else None
    return (before is not None and before.end >= previous_end - 1 and is_question(before)
            and bool(ALTERNATIVE_RE.match(" ".join(q.words))))


def answer_option(doc: Document, q: Question, poll_end: int) -> bool:
    """A short line among the answer options printed under a poll question that ended at
    ``poll_end`` ("Yes." / "No." / "Maybe?"): an option of the poll, not a question."""
    text = doc.text
    i = q.start - 1  # read back, and then on, only over the white space around the question
    while i >= 0 and text[i] != "\n" and text[i].isspace():
        i -= 1
    j = q.end
    while j < len(text) and text[j] != "\n" and text[j].isspace():
        j += 1
    if not (i < 0 or text[i] == "\n") or not (j >= len(text) - 1 or text[j] == "\n"):
        return False  # not alone on its line (a last character without a line break is
    line_start = i + 1  # not read, as before)
    return (len(q.words) <= 3 and 0 <= line_start - poll_end <= 400
            and all(len(line.split()) <= 15 for line in text[poll_end:line_start].split("\n")))
