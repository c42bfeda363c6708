"""More forms that make a question something other than the writer's rhetorical jab.

Read from the development half of the question gold set and the develop part of the flag
audit (mainstream news), where these were the false rhetorical alarms left after the
rules of question_context and question_voices:

* **Topic lists.** A columnist runs through a list of topics as verbless questions, each
  answered by the sentence after it ("Atmospherics? She was clearly happier on stage.
  Demeanor? It's hard to imagine ... On the vulnerabilities? He launched one attack.").
  The guidelines make each pair ``hypophora``, as for lists of question-verdict pairs; a
  "What of ...?" that opens such a list is the list's heading question, answered too.
  One echo ("Comfort?") or a run of questions with no statement between ("Four boys or
  three? One girl or two?") is no list.
* **Page furniture.** Notes about the page itself ("Don't see the graphic above?") and
  widget labels run together on one line ("Population New in town Top searches Who's
  searching?") are ``headline``.
* **Mojibake quotations.** In text stored as UTF-8 read as Latin-1, a quotation opens
  with "â\\x80\\x9c", which the voice layer does not read as a quotation mark: a question
  after such an opener, with no closer between, is someone else's.
* **Reproduced pieces.** A text that opens by saying someone wrote an op-ed or a letter
  and then prints it in blocks without quotation marks: its questions are the piece's.

Each cue reads a bounded window around the question, so the extractor stays linear.
"""

from __future__ import annotations

import re

from analysis.extractors.question_kinds import Question, is_question, next_sentence
from analysis.text.document import Document, Sentence

# Verbs and words that make a short question a clause, not a topic named in passing.
CLAUSE_WORDS = frozenset("""is are was were am be been do does did can could will would
    shall should may might must has have had isn't aren't wasn't weren't don't doesn't
    didn't can't couldn't won't wouldn't shouldn't hasn't haven't ain't why what how who
    whom whose which when where i we you he she it they this that there these those
    not or""".split())
TOPIC_MAX_WORDS = 6
WHAT_OF_RE = re.compile(r"\W*(?:(?:and|so|but)\s+)?what (?:of|about)\b", re.I)
WORD_RE = re.compile(r"[\w’'-]+")


def _words(doc: Document, start: int, end: int) -> list[str]:
    return [w.lower() for w in WORD_RE.findall(doc.text, start, end)]


def _topic(doc: Document, sent: Sentence | None) -> bool:
    """A verbless question of a few words, the whole sentence ("Demeanor?", "On the
    respective vulnerabilities?")."""
    if sent is None or not is_question(sent):
        return False
    words = _words(doc, sent.start, sent.end)
    return 1 <= len(words) <= TOPIC_MAX_WORDS and not any(
        w in CLAUSE_WORDS or "’" in w or "'" in w for w in words)


def _answered_topic(doc: Document, i: int) -> bool:
    """Sentence ``i`` is a topic question and the sentence after it, in the same or the
    next paragraph, is a statement."""
    sents = doc.sentences
    if not 0 <= i < len(sents) - 1 or not _topic(doc, sents[i]):
        return False
    nxt = sents[i + 1]
    return not is_question(nxt) and nxt.paragraph <= sents[i].paragraph + 1


def _pairs_near(doc: Document, i: int, reach: int = 4) -> int:
    """How many answered topic questions lie within ``reach`` sentences after ``i`` (and
    at ``i``), each separated from the last by at most two statements."""
    count, last = 0, i - 1
    for j in range(i, min(len(doc.sentences), i + reach + 1)):
        if _answered_topic(doc, j):
            if j - last > 3:
                break
            count, last = count + 1, j
    return count


def topic_list(doc: Document, q: Question) -> bool:
    """One pair of a list of topic questions each answered by a statement (module
    docstring), or the "What of ...?" question that opens such a list."""
    i = q.sent.index
    if q.start != q.sent.start and doc.text[q.sent.start : q.start].strip():
        return False  # only whole-sentence questions
    if WHAT_OF_RE.match(doc.text, q.start, q.end) and _pairs_near(doc, i + 1) >= 2:
        return True
    if not _answered_topic(doc, i):
        return False
    return any(_pairs_near(doc, j) >= 2 for j in range(max(0, i - 4), i + 1))


FURNITURE_RE = re.compile(
    r"\b(?:can[’']?t|cannot|don[’']?t|not|unable to|trouble|problems?)\b[^?]{0,30}?"
    r"\b(?:see|view|viewing|watch|load|play|display)\b[^?]{0,30}?"
    r"\b(?:graphics?|charts?|videos?|maps?|images?|photos?|gallery|player|interactive|"
    r"embed|tables?|form)\b", re.I)
LABEL_RUN_MIN = 4  # capitalised labels run together before the question on its line
LABEL_RUN_REACH = 400  # characters: longer than any line of page labels


def page_furniture(doc: Document, q: Question) -> bool:
    """A note about the page ("Don't see the graphic above?"), or a widget label after a
    run of other capitalised labels with no punctuation between them."""
    if FURNITURE_RE.search(doc.text, q.start, q.end):
        return True
    # the labels since the sentence start or the question before it in the sentence (a
    # run of questions in one sentence is read piece by piece: linear, not quadratic)
    lo = max(q.sent.start, doc.text.rfind("?", q.sent.start, q.start) + 1)
    if q.end - lo > LABEL_RUN_REACH:
        return False  # a label line is short
    lead = doc.text[lo : q.end].rstrip("?")
    if re.search(r"[.,;:!\"“”()]", lead):
        return False
    words = lead.split()
    caps = [w for w in words if w[:1].isupper()]
    return len(words) >= LABEL_RUN_MIN + 1 and len(caps) >= LABEL_RUN_MIN and (
        len(caps) >= 0.6 * len(words))


MOJIBAKE_OPEN = "\u00e2\u0080\u009c"
MOJIBAKE_CLOSE = "\u00e2\u0080\u009d"
MOJIBAKE_REACH = 600


def in_mojibake_quote(doc: Document, q: Question) -> bool:
    """The nearest mojibake quotation mark before the question, within its paragraph,
    opens a quotation ("â\\x80\\x9cI asked, â\\x80\\x9cwhat are you doing?")."""
    para_start = doc.paragraphs[q.sent.paragraph][0]
    lo = max(para_start, q.start - MOJIBAKE_REACH)
    opened = doc.text.rfind(MOJIBAKE_OPEN, lo, q.end)
    return opened >= 0 and doc.text.rfind(MOJIBAKE_CLOSE, opened, q.end) < 0


PROMPT_RE = re.compile(r"\W*(?:e-?mail us|write to us|send us|tweet (?:at )?us|let us know|"
                       r"contact us|drop us a line)\b", re.I)


def prompt_after_run(doc: Document, q: Question) -> bool:
    """A question followed, after at most two more questions, by a prompt to write to the
    page's makers ("Feedback? What should we talk about next? Email us at ...")."""
    nxt = next_sentence(doc, q)
    for _ in range(3):
        if nxt is None or nxt.paragraph > q.sent.paragraph + 1:
            return False
        if not is_question(nxt):
            return PROMPT_RE.match(doc.text, nxt.start, nxt.start + 40) is not None
        nxt = doc.sentences[nxt.index + 1] if nxt.index + 1 < len(doc.sentences) else None
    return False


PIECE_RE = re.compile(
    r"\b(?:penned|pens|wrote|writes|published|publishes|posted|posts)\s+(?:an?|the|his|her|"
    r"their)\s+(?:[\w-]+\s+){0,3}?(?:op-?ed|letter|essay|column|blog post|post|editorial|"
    r"commentary)\b[^.?!]{0,80}?(?:\bin which\b|\bwhere (?:she|he|they)\b|\bsaying\b|:)", re.I)
PIECE_HEAD = 2  # sentences at the start of the text that may announce the piece


def reproduced_piece(doc: Document, q: Question) -> bool:
    """The text opens by saying someone wrote a piece and what is in it ("X penned an
    op-ed today in which ...", "wrote a letter saying ...") and then reproduces it in
    blocks without quotation marks: a question after the announcement is the piece's, not
    the writer's (guidelines: an op-ed reproduced without marks is ``quoted``). Read once
    a document."""
    cache = doc.layers.setdefault("question_layout", {})
    if "piece" not in cache:
        cache["piece"] = next((s.end for s in doc.sentences[:PIECE_HEAD]
                               if PIECE_RE.search(s.text)), None)
    return cache["piece"] is not None and q.start >= cache["piece"]


CURLY_BEFORE = 600  # characters back to the opening mark, within the paragraph
CURLY_AFTER = 300  # characters on to the closing mark


def between_curly_quotes(doc: Document, q: Question) -> bool:
    """The nearest curly double mark before the question opens a quotation and the nearest
    after it closes one, in the same paragraph: the question is inside that quotation,
    though nested single marks ("'Wait.' And I say wait for what?") misled the voice
    layer. Curly marks tell opening from closing, so no pairing is guessed."""
    ps, pe = doc.paragraphs[q.sent.paragraph]
    lo, hi = max(ps, q.start - CURLY_BEFORE), min(pe, q.end + CURLY_AFTER)
    before = max(doc.text.rfind("“", lo, q.start), doc.text.rfind("”", lo, q.start))
    if before < 0 or doc.text[before] != "“":
        return False
    after = [i for i in (doc.text.find("“", q.end, hi), doc.text.find("”", q.end, hi)) if i >= 0]
    return bool(after) and doc.text[min(after)] == "”"
