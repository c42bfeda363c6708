"""Forms of questions read from the third sample's errors (benchmarks/questions/third.json).

The older rules carried poorly to new text; the third sample, drawn and labelled blind
after them, showed which forms they missed. Each rule here is about a form of writing,
not a sentence: the writer's parenthesised aside ("(really?)"), and answers the older
cues did not see (an answer presented after a colon, a guess in question form after a
wh-question, "Do you know how ...?" followed by the telling).

Each rule reads a bounded window around the question: linear in the text.
"""

from __future__ import annotations

import re

from analysis.extractors.question_kinds import Question, is_question, next_sentence
from analysis.text.document import Document

ASIDE_WORDS = 4  # a parenthesised aside is a few words: "(really?)", "(where else?)"


def writer_aside(doc: Document, q: Question) -> bool:
    """A short question that fills a pair of parentheses by itself ("He said he had no time
    to think about it (really?)"): the writer's aside on what is reported, even when the
    parentheses sit inside someone's quoted account (guidelines, third sample)."""
    before = doc.text[max(0, q.start - 3) : q.start].rstrip(" “\"‘'")
    after = doc.text[q.end : q.end + 3].lstrip(" ”\"’'")
    return (before.endswith("(") and after.startswith(")") and 1 <= len(q.words) <= ASIDE_WORDS
            and any(c.isalpha() for c in doc.text[q.start : q.end]))


# A reply presented after a colon: a lead of two words ("Quite simply: ...", "In short:
# ...") or a statement that ends on a colon before a new line, a list or a block ("The
# evidence to the contrary is:\n- ..."). Not an attribution ("Trump says: ...", "The website
# reads: ..."), which quotes rather than answers, nor a one-word label ("Credit: ...",
# "Update: ..."), nor a short line ending on a colon (a button, "Like the page:").
LEAD_COLON_RE = re.compile(r"[\s“\"‘']*[A-Za-z][\w’'-]*\s+[a-z][\w’'-]*:\s+\S")
SPEECH_COLON_RE = re.compile(r"\b(?:said|says|asked|asks|told|tells|wrote|writes|tweeted|"
                             r"added|explained|replied|responded|according|reads?)\b", re.I)
INTRO_WORDS = 4  # fewer words before a closing colon make a label or a button


def answer_presented(doc: Document, q: Question) -> bool:
    """The next sentence, in the same paragraph or the next, presents the answer after a
    colon: it opens with a two-word lead and a colon, or it is a statement of four words
    or more that ends on a colon and a line break (the answer follows as a list or a
    block); in neither case with a verb of saying, which introduces someone's words."""
    nxt = next_sentence(doc, q)
    if nxt is None or is_question(nxt) or nxt.paragraph > q.sent.paragraph + 1:
        return False
    m = LEAD_COLON_RE.match(nxt.text)
    if m:
        return SPEECH_COLON_RE.search(m.group()) is None
    text = nxt.text.rstrip()
    return (text.endswith(":") and len(text.split()) >= INTRO_WORDS
            and SPEECH_COLON_RE.search(text) is None and "\n" in doc.text[nxt.end : nxt.end + 4])


# A wh-word opening the question or its main clause ("And if that is so, what's next?").
WH_CLAUSE_RE = re.compile(r"(?:^|,\s+)(?:why|what|how|who|whom|where|when|which)\b", re.I)
GUESS_WORDS = 3  # a guess in question form is a bare noun phrase: "President Kardashian?"
NOT_A_GUESS = frozenset("""is are was were am be do does did can could will would shall
    should may might must has have had no not nobody nothing none never why what how who
    whom where when which really seriously""".split())


def guessed_answer(doc: Document, q: Question) -> bool:
    """A wh-question answered at once by a guess in question form, a verbless phrase of one
    to three words ("What's next for our democracy? President Kardashian?"): the writer
    offers the answer, tentatively or mockingly (guidelines: the wh-question is
    hypophora). A negative or an echo ("Really?") is no guess, and a bare "What?" is an
    exclamation of disbelief, not a question the fragment after it could answer."""
    text = doc.text[q.start : q.end].lstrip("“\"‘'( ")
    nxt = next_sentence(doc, q)
    if len(q.words) < 2 or WH_CLAUSE_RE.search(text) is None or not is_question(nxt):
        return False
    if nxt is None or nxt.paragraph != q.sent.paragraph:
        return False
    words = [w.strip("“\"‘’'()?!.,").lower() for w in nxt.text.split()]
    return 1 <= len(words) <= GUESS_WORDS and not any(w in NOT_A_GUESS for w in words)


# The text opens by saying someone wrote something and closes by pointing to the whole
# of it: what lies between is that piece, excerpted (guidelines: reproduced columns).
WROTE_RE = re.compile(r"\b(?:penned|pens|wrote|writes|published|publishes|posted|posts)\b",
                      re.I)
FULL_PIECE_RE = re.compile(
    r"\bread (?:the|his|her|their) (?:full|entire|whole|complete) (?:\w+ )?(?:article|piece|"
    r"post|column|op-?ed|essay|letter|story|statement|speech)\b|\bread the rest\b", re.I)
ENDS = 3  # sentences at the start that may announce the piece, and at the end that close it


def excerpted_piece(doc: Document, q: Question) -> bool:
    """A question between an opening that says someone wrote a piece ("X just penned a
    takedown of ...") and a closing link to the whole of it ("Read the full article
    here."): the question is the excerpted piece's, not the outlet's. Read once a
    document."""
    cache = doc.layers.setdefault("question_general", {})
    if "piece" not in cache:
        sents = doc.sentences
        opening = next((s.end for s in sents[:ENDS] if WROTE_RE.search(s.text)), None)
        closing = next((s.start for s in sents[-ENDS:] if FULL_PIECE_RE.search(s.text)), None)
        cache["piece"] = (opening, closing) if opening is not None and closing else None
    span = cache["piece"]
    return span is not None and span[0] <= q.start and q.end <= span[1]


# A sentence of someone else's saying that ends on a colon and a paragraph break: the
# paragraph after it is that speaker's words, set as a block without quotation marks.
BLOCK_INTRO_RE = re.compile(
    r"\b(?:said|says|asked|asks|told|tells|wrote|writes|tweeted|posted|added|explained|"
    r"continued|stated|declared|announced|elaborated|preached|proclaimed|argued)\b"
    r"[^:.!?]{0,120}:\s*$", re.I)
WRITER_SUBJECT = frozenset(["i", "we", "you", "let", "here", "as"])


def block_after_speech(doc: Document, q: Question) -> bool:
    """The question opens the paragraph after one that ends on a colon and credits someone
    else's words ("Wallnau elaborated on the message he felt:"; not "I wrote:"): the
    block that follows is the speaker's, quoted without marks."""
    i = q.sent.index
    if i == 0 or q.sent.paragraph == 0 or doc.sentences[i - 1].paragraph != q.sent.paragraph - 1:
        return False
    intro = doc.sentences[i - 1]
    if "\n" not in doc.text[intro.end : q.start] or not BLOCK_INTRO_RE.search(intro.text):
        return False
    first = intro.text.lstrip("“\"‘' ").split(maxsplit=1)
    return bool(first) and first[0].lower().strip(",") not in WRITER_SUBJECT


GOES_ON_RE = re.compile(r"[ \t]+[a-z][a-z’'-]*\b[^.!?\n]{0,200}[.!]")


def sentence_goes_on(doc: Document, q: Question) -> bool:
    """After the mark the writer's sentence goes on in lower case to a full stop ("...
    Whatever Happened to the Party of People? documents a half-century of ..."): the
    question is a title or words cited inside the writer's statement, not asked."""
    return (GOES_ON_RE.match(doc.text, q.end, q.end + 240) is not None
            and not doc.text[q.start : q.start + 1].islower())


OWN_QUESTION_RE = re.compile(r"\b(?:my|our)\s+(?:\w+\s+)?(?:questions?|problem|"
                             r"dilemma|choice)\b[^.?!]{0,60}:\s*$", re.I)


def writers_own_question(doc: Document, q: Question) -> bool:
    """The colon before the question introduces the writer's own question ("I guess my
    question to you is this: ...?"), not a choice or a debate someone faces."""
    return OWN_QUESTION_RE.search(doc.text, max(q.sent.start, q.start - 200), q.start) is not None


def shouted(doc: Document, q: Question) -> bool:
    """A question in capitals right after a sentence in capitals in its paragraph ("...
    TO NUCLEAR WAR. HOW CAN THIS BE?"): the writer shouting, not a heading or a widget
    label. A capitalised question right after ordinary prose may be a heading run into
    the text (texts that lost their line breaks), so it is left to the heading rules."""
    i = q.sent.index
    before = doc.sentences[i - 1] if i else None
    if before is None or before.paragraph != q.sent.paragraph:
        return False
    return _capitals(doc.text[q.start : q.end]) and _capitals(before.text)


def _capitals(text: str) -> bool:
    """Three words or more, with letters, none of them lower case."""
    return (len(text.split()) >= 3 and any(c.isalpha() for c in text)
            and not any(c.islower() for c in text))


ANSWER_NAMED_RE = re.compile(r"[^.?!]{0,60}?\bthe (?:short |simple |real |obvious |only )?"
                             r"answers?\b", re.I)
NOT_GIVEN_RE = re.compile(r"\b(?:if|whether|no|not|never|nobody|none|without|unless)\b|"
                          r"n[’']t\b", re.I)
RUN = 6  # questions in a run that one answer may follow


def answer_named(doc: Document, q: Question) -> bool:
    """The sentence after the question, or after the run of questions it opens, names the
    answer as given ("Of course, we know the answer to that question and it is ...",
    "The answer from the executives is yes"): hypophora. Not when the answer is denied
    or only supposed ("Faggioli has no answer", "If the answer is yes, ...")."""
    i = q.sent.index + 1
    while i < len(doc.sentences) and is_question(doc.sentences[i]) and i - q.sent.index < RUN:
        i += 1
    if i >= len(doc.sentences) or doc.sentences[i].paragraph > doc.sentences[i - 1].paragraph + 1:
        return False
    text = doc.sentences[i].text
    m = ANSWER_NAMED_RE.match(text)
    return m is not None and NOT_GIVEN_RE.search(m.group()) is None


LABEL_RE = re.compile(r"(?:^|[.!?][”\"’')]*\s+|\n)[ \t]*[A-Z][A-Za-z’']+:[ \t]*$")


def labelled(doc: Document, q: Question) -> bool:
    """A question led by one capitalised word and a colon at a sentence's or line's start
    ("... a panel. Analysis: Is the war on coal really over?"): a page's label before a
    teaser or link title, a speaker's tag or a prompt, not the writer's running prose.
    Read last, when no other rule explains the question."""
    lo = max(doc.paragraphs[q.sent.paragraph][0], q.start - 40)
    if lo == doc.paragraphs[q.sent.paragraph][0]:  # the label opens the paragraph
        return re.fullmatch(r"\s*[A-Z][A-Za-z’']+:[ \t]*", doc.text[lo : q.start]) is not None
    return LABEL_RE.search(doc.text, lo, q.start) is not None


WHY_RE = re.compile(r"\W*(?:(?:and|but|so|then|now)\s+)?why\b", re.I)
# A fragment that gives the one condition that would explain, or a purpose: "Unless it
# gave him an advantage.", "So that nobody would ask." (not a bare "To ...", which also
# opens asides: "To be fair, ...").
PURPOSE_RE = re.compile(r"\W*(?:unless|except (?:that|to|for)|so that|in order to|for fear)\b",
                        re.I)


def why_answered_by_fragment(doc: Document, q: Question) -> bool:
    """A why-question followed in its paragraph by a fragment that gives a purpose or a
    condition ("Why lie about it? Unless it gave him an advantage."): the writer's
    answer, as "Because ..." is (an older rule)."""
    nxt = next_sentence(doc, q)
    return (WHY_RE.match(doc.text, q.start, q.end) is not None and nxt is not None
            and nxt.paragraph == q.sent.paragraph and not is_question(nxt)
            and PURPOSE_RE.match(nxt.text) is not None)
