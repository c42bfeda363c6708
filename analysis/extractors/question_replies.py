"""Replies, interviews and decks that a question's surroundings give away.

Read from rhetorical flags on mainstream articles of the development halves that no
held-out measure uses for rhetorical questions (the audit's fresh and fresh2 parts, judged
for attributions only), where most flags were wrong: 10 of 29 were questions of a
question-and-answer interview printed inline ("Q: ... ? A: ..."), 8 were answered at once
in forms the older cues missed, and a few were decks and subheads run into the text:

* **Inline interviews and letters.** A text with several turns of two speakers printed
  inline ("Q: ... ? A: ...", "Wood: ... ? Callimachi: ..."): every question from the
  first turn on is the interviewer's or the interviewee's, ``quoted``; so is every
  question of a page of readers' letters ("Letters." under the title).
* **Answers.** The next sentence says "the answer is"; opens a list ("-- Iowa moves
  ..."); opens with "First," or, after a wh-question, with advice ("Start by ..."), a
  gerund naming the answer ("Finishing in the top three would do it.") or, after the
  writer's own "Why do I ...?", with "I" or "My".
* **Decks and subheads.** A question right after a run-in title-case title (the deck), a
  question right after a section mark ("*** Is either side right?") or an inline section
  number in a text with several ("2. Does he respect the courts?"), or a short question
  after a one- to three-word label and a colon at the start of its sentence ("Fiorina:
  See you later?") in a text with several such labelled sections ("Bush: Survive to
  S.C."), a subhead of a list of candidates.

Each cue reads a bounded window around the question, or a per-document count made once.
"""

from __future__ import annotations

import re

from analysis.extractors.question_kinds import Question, is_question, next_sentence
from analysis.lexicons.lazy import lazy_re
from analysis.text.document import Document

# A turn of an interview printed inline: "Q:", "A:" or a surname and a colon after the
# end of a sentence ("... in person. Callimachi: First, ...").
TURN_RE = re.compile(r"(?:^|(?<=[.?!”\"’]\s)|(?<=[.?!”\"’]\s\s))"
                     r"(Q|A|[A-Z][a-z]{2,20})\s*:\s(?=[A-Z“\"])", re.M)
MIN_TURNS = 3  # turns of each of two speakers
LETTERS_RE = re.compile(r"\s*(?:letters?(?: to the editor)?|readers respond|your letters)[.:]?\s*$",
                        re.I)


def inline_interview(doc: Document, q: Question) -> bool:
    """A question after the first turn of a text with at least three turns of each of
    two speakers, or in a page that calls itself letters to the editor in its first
    sentences ("Letters."), where each question is the letter writer's. Found once a
    document."""
    cache = doc.layers.setdefault("question_replies", {})
    if "interview" not in cache:
        # each turn has a colon: a text with fewer than two speakers' three turns has no
        # interview, and TURN_RE (which opens with lookbehinds) is tried at every position
        turns = [(m.start(), m.group(1)) for m in TURN_RE.finditer(doc.text)] \
            if doc.text.count(":") >= 2 * MIN_TURNS else []
        counts: dict[str, int] = {}
        for _, tag in turns:
            counts[tag] = counts.get(tag, 0) + 1
        two = sorted(counts.values())[-2:]
        start = None
        if len(two) == 2 and two[0] >= MIN_TURNS:
            start = turns[0][0]
        elif any(LETTERS_RE.match(s.text) for s in doc.sentences[:3]):
            start = 0
        cache["interview"] = start
    return cache["interview"] is not None and q.start >= cache["interview"]


ANSWER_ANYWHERE_RE = re.compile(r"[^.?!]{0,80}\bthe (?:short |simple )?answer (?:is|was)\b", re.I)
LIST_OPEN_RE = re.compile(r"\s*(--|[-–—•▪*](?=\s))\s*[A-Z0-9]")
LIST_REACH = 400  # characters to the list's second entry
FIRST_RE = re.compile(r"\W*(?:first|firstly|for one),\s", re.I)
ADVICE_RE = re.compile(r"\W*(?:start|begin) (?:by|with)\b|\W*(?:try|consider) \w+ing\b", re.I)
GERUND_RE = re.compile(r"\W*[A-Z][a-z]{2,}ing\b(?! (?:to|that|is|was)\b)")
WH = ("what", "how", "which", "who", "where", "when", "why")


def answered_below(doc: Document, q: Question) -> bool:
    """The text right after the question answers it (module docstring)."""
    if _list_follows(doc, q):
        return True
    nxt = next_sentence(doc, q)
    if nxt is None or is_question(nxt) or nxt.paragraph > q.sent.paragraph + 1:
        return False
    end = min(nxt.end, nxt.start + 120)
    if ANSWER_ANYWHERE_RE.match(doc.text, nxt.start, end) or FIRST_RE.match(
            doc.text, nxt.start, end):
        return True
    if not q.words or re.split(r"[’']", q.words[0].strip("?,"))[0] not in WH:
        return False  # "what's" counts as "what"
    if "i" in q.words and doc.text.startswith(("I ", "My "), nxt.start):
        return True  # "Why do I know? I grew up in ...": the writer answers for themself
    return (ADVICE_RE.match(doc.text, nxt.start, end) is not None
            or GERUND_RE.match(doc.text, nxt.start, end) is not None)


def _list_follows(doc: Document, q: Question) -> bool:
    """Two entries of a list open right after the question ("? -- Iowa moves ... -- Utah
    moves ..."), not a dash that goes on with the sentence ("? -- raises another")."""
    m = LIST_OPEN_RE.match(doc.text, q.end, q.end + 8)
    if m is None:
        return False
    again = re.compile(r"\s" + re.escape(m.group(1)) + r"\s*[A-Z0-9]")
    return again.search(doc.text, m.end(), m.end() + LIST_REACH) is not None


TITLE_WORD_RE = re.compile(r"[A-Za-z][\w’'-]*")
SMALL_WORDS = frozenset("a an the of for to in on at by and or but with from as is it".split())
LABEL_RE = lazy_re(r"[ \t]*(?:[A-Z][\w.’'-]*[ \t]+){0,2}[A-Z][\w.’'-]*[ \t]*:[ \t]*$")
SUBHEAD_MAX_WORDS = 6
SECTION_MARK_RE = re.compile(r"\*\s*\*\s*\*\s*$")
NUMBER_MARK_RE = re.compile(r"(?:^|(?<=\s))\d{1,2}[.)]\s+$")
NUMBER_OPEN_RE = re.compile(r"(?:^|(?<=[.?!]\s))\d{1,2}[.)]\s+[A-Z]", re.M)


def _numbered(doc: Document) -> int:
    """How many inline section numbers ("... candidate? 2. Does he ...") a text holds,
    counted once a document."""
    cache = doc.layers.setdefault("question_replies", {})
    if "numbered" not in cache:
        cache["numbered"] = len(NUMBER_OPEN_RE.findall(doc.text))
    return cache["numbered"]


def deck_or_subhead(doc: Document, q: Question) -> bool:
    """A question right after a title-case first sentence (a deck under a run-in title),
    or a short question after a label and a colon that open its sentence."""
    if q.sent.index == 1 and _title_case(doc.sentences[0].text):
        return True
    if SECTION_MARK_RE.search(doc.text, max(q.sent.start, q.start - 8), q.start):
        return True
    if NUMBER_MARK_RE.search(doc.text, max(0, q.start - 6), q.start) and _numbered(doc) >= 2:
        return True
    return (len(q.words) <= SUBHEAD_MAX_WORDS and q.start > q.sent.start
            and LABEL_RE.match(doc.text, q.sent.start, q.start) is not None
            and _labelled_sections(doc) >= MIN_LABELS)


LABEL_OPEN_RE = lazy_re(r"[ \t]*(?:[A-Z][\w.’'-]*[ \t]+){0,2}[A-Z][\w.’'-]*[ \t]*:[ \t]+[A-Z]")
MIN_LABELS = 3


def _labelled_sections(doc: Document) -> int:
    """How many sentences open with a short label and a colon ("Bush: Survive to S.C."),
    counted once a document: a list of subheads when there are several."""
    cache = doc.layers.setdefault("question_replies", {})
    if "labels" not in cache:
        cache["labels"] = sum(LABEL_OPEN_RE.match(doc.text, s.start, s.end) is not None
                              for s in doc.sentences)
    return cache["labels"]


def _title_case(text: str) -> bool:
    """Most words capitalised, small words aside ("On Trade, Angry Voters Have Point")."""
    words = [w for w in TITLE_WORD_RE.findall(text) if w.lower() not in SMALL_WORDS]
    return 3 <= len(words) <= 20 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)
