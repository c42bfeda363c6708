"""Whose question is it? Cues for someone else's question that the stored text does not
mark with paired quotation marks.

On held-out news, 11 of 56 false rhetorical alarms were quoted questions without usable
marks: interview transcripts with speaker tags, embedded posts credited after their text,
signed letters and readers' comments printed as blocks, vox-pop interviews, and
quotations whose opening mark was lost or misplaced although the closing mark and a
speech verb follow. Each cue reads a bounded window around the question, or a
per-document list built once (speaker tags, signature lines), so the extractor stays
linear in the text.
"""

from __future__ import annotations

import bisect
import re

from analysis.extractors.question_kinds import Question, next_sentence
from analysis.lexicons.lazy import lazy_re
from analysis.text.document import Document

# --- someone else's question without usable quotation marks ---------------------------
SPEECH = (r"(?:said|says|asked|asks|continued|added|told|tells|wrote|writes|tweeted|replied|"
          r"wondered|explained|recalled|noted|insisted|argued|remarked|pressed|repeated|"
          r"responded|quipped|shouted|joked)")
# Just after the question (or after the rest of its quotation): a closing quotation mark,
# then an attribution, "...?" Trump said" / "...?" asked Senator Smith.
CLOSE_THEN_SPEECH_RE = re.compile(
    r"[^\"“”\n]{0,200}?(?<=\S)[”\"’']{1,2}\s*,?\s*(?:(?:[A-Z&][\w.’'&-]*|he|she|they|I|we|the \w+)"
    r"\s+){0,4}" + SPEECH + r"\b")
ASKED_AFTER_RE = re.compile(r"\s*(?:[A-Z][\w.’'-]*\s+){1,4}(?:was|were) asked\b")
TWEET_CREDIT_RE = re.compile(
    r"[^\n]{0,200}?\(@\w{1,30}\)\s+(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\s+\d{1,2},\s+\d{4}")
HANDLES_RE = re.compile(r"(?:[^\w@\n]{0,4}@\w{1,30}){1,}\s")
TAG = r"(?:[A-Z]{2,4}|[A-Z][A-Z.’' -]{1,30}[A-Z]|[A-Z][a-z]+(?: [A-Z]\.?)?(?: [A-Z][a-z]+){1,2})"
SPEAKER_LINE_RE = re.compile(r"^[ \t]*(" + TAG + r")[ \t]*:[ \t]*\S", re.M)
TURN_WINDOW = 1_500  # a turn of a transcript this far back still holds the question


def attributed_after(doc: Document, q: Question) -> bool:
    """The quotation closes after the question and a speech verb credits it, although no
    opening mark was paired (lost or misplaced in the stored text); or the next sentence
    says the question was put to someone ("Mr. Sanders was asked.")."""
    if CLOSE_THEN_SPEECH_RE.match(doc.text, q.end, q.end + 260):
        return True
    return ASKED_AFTER_RE.match(doc.text, q.end, q.end + 80) is not None


POST_MARKUP_RE = re.compile(r"<(?:tweet|blockquote|embed)\b", re.I)
POST_REACH = 1_000  # characters back to look for the post's markup on the question's line


def embedded_post(doc: Document, q: Question) -> bool:
    """Text of an embedded post: it opens with @-handles, sits in a post's markup on its
    line ("<tweet ...>"), or a credit "(@handle) Month D, YYYY" follows it on the line."""
    reach = max(0, q.start - POST_REACH)  # bounded: a text with no line breaks is one line
    line_start = max(doc.text.rfind("\n", reach, q.start) + 1, reach)
    if POST_MARKUP_RE.search(doc.text, line_start, q.end):
        return True
    if HANDLES_RE.match(doc.text, q.sent.start, q.start + 1) and "@" in doc.text[
            q.sent.start : q.start + 1]:
        return True
    return TWEET_CREDIT_RE.match(doc.text, q.end, q.end + 300) is not None


def _speaker_lines(doc: Document) -> list[tuple[int, str]]:
    """(offset, tag) of each line opened by a speaker tag, when the text reads as a
    transcript: at least three such lines, with some speaker tagged twice or three tags in
    capitals ("KATE BOULDUAN:", "DB:"). Found once a document."""
    cache = doc.layers.setdefault("question_context", {})
    if "speakers" not in cache:
        found = [(m.start(1), m.group(1).strip()) for m in SPEAKER_LINE_RE.finditer(doc.text)]
        tags = [t for _, t in found]
        capitals = sum(t.replace(" ", "").replace(".", "").isupper() for t in tags)
        transcript = len(found) >= 3 and (len(set(tags)) < len(tags) or capitals >= 3)
        cache["speakers"] = found if transcript else []
        cache["offsets"] = [o for o, _ in cache["speakers"]]
    return cache["speakers"]


def in_transcript(doc: Document, q: Question) -> bool:
    """A question inside a turn of an interview transcript ("DB: John, what ...?"), or the
    last words of a turn that the next speaker answers."""
    lines = _speaker_lines(doc)
    if not lines:
        return False
    offsets = doc.layers["question_context"]["offsets"]
    i = bisect.bisect_right(offsets, q.start)
    if i and q.start - offsets[i - 1] <= TURN_WINDOW:
        return True
    j = bisect.bisect_left(offsets, q.end)
    return j < len(offsets) and offsets[j] - q.end <= 40


OPEN_QUOTE = "“\"‘'"
CLOSE_QUOTE = "”\"’'"


TITLED_RE = re.compile(r"\b(?:titled|entitled|called|headlined|named|dubbed)\s*,?\s*$", re.I)


def enclosed_in_quotes(doc: Document, q: Question) -> bool:
    """A quotation opens before the question, in its sentence, and closes just after its
    mark ("... asks, “who are you?” before ..."): someone's question, however short, not
    a scare-quoted word (that would leave the mark outside). One word will do after
    "titled", "called": the title of a cited work ("an ad titled “Unifier?”")."""
    if q.end >= len(doc.text) or doc.text[q.end] not in CLOSE_QUOTE:
        return False
    i = q.end - 2
    while i >= max(q.sent.start, q.end - 300):
        ch = doc.text[i]
        if ch in "“‘" or (ch in "\"'" and (i == 0 or not doc.text[i - 1].isalnum())):
            return (len(doc.text[i + 1 : q.end].split()) >= 2
                    or TITLED_RE.search(doc.text, max(0, i - 24), i) is not None)
        if ch in "”" or (ch in "\"" and i > 0 and not doc.text[i - 1].isspace()):
            return False
        i -= 1
    return False


QUOTE_OPENS_RE = re.compile(r"\s*[“\"]")
SPEECH_RE = lazy_re(SPEECH + r"\b", re.I)


def answered_in_quotes(doc: Document, q: Question) -> bool:
    """An interview in question-and-answer form: the next sentence opens a quotation that
    no speech verb credits (the question was put by the reporter; the answer is printed
    as the interviewee's words) and the next question follows the reply. The question
    itself follows the previous reply's closing mark, or opens a vox-pop entry (name,
    age, description). A credited reply ("'No,' he said.") is left to the other rules:
    there the writer asks and reports the answer."""
    before = doc.text[max(0, q.sent.start - 3) : q.sent.start].strip()
    if not (before[-1:] in CLOSE_QUOTE and before) and not VOX_POP_RE.match(doc.text, q.start):
        return False
    nxt = next_sentence(doc, q)
    if nxt is None or not QUOTE_OPENS_RE.match(doc.text, nxt.start - 1 if nxt.start else 0,
                                               nxt.start + 1):
        return False
    close = CLOSE_AFTER_RE.search(doc.text, nxt.start + 1, nxt.start + 900)
    if close is None or close.start() - nxt.start < 40:  # a scare-quoted term, not a reply
        return False
    tail = doc.text[close.end() : close.end() + 400]
    if SPEECH_RE.match(tail.lstrip(" ,")) or SPEECH_RE.search(tail[:60]):
        return False
    following = tail.split("?", 1)[0]  # the reply is followed by the next question, or ends
    return "?" in tail and not re.search(r"[.!]\s", following) or not tail.strip()


# A vox-pop entry: "Pat Smith, 73, retired teacher from Ohio What does she need to do?"
VOX_POP_RE = re.compile(r"[A-Z][\w’'-]+(?: [A-Z][\w’'.-]+){1,2}, \d{1,3},")
CLOSE_AFTER_RE = re.compile(r"(?<=\S)[”\"](?=\s|$)")


SIGNATURE_RE = re.compile(r"[ \t]*(?:@\w{2,30}|(?:[A-Z][\w’'.-]*\s){1,3}[A-Z][\w’'-]+)\.?[ \t]*$")


def _signatures(doc: Document) -> list[int]:
    """Paragraph indexes that hold only a name or a handle, when a text has three or more
    (a page of letters or readers' comments, each signed below). Found once a document."""
    cache = doc.layers.setdefault("question_context", {})
    if "signatures" not in cache:
        found = [i for i, (s, e) in enumerate(doc.paragraphs)
                 if e - s <= 40 and SIGNATURE_RE.match(doc.text, s, e)]
        cache["signatures"] = found if len(found) >= 3 else []
    return cache["signatures"]


def signed_block(doc: Document, q: Question) -> bool:
    """A question in a signed letter or comment reproduced without quotation marks: a
    name line follows within two paragraphs, on a page of several such entries."""
    sigs = _signatures(doc)
    if not sigs:
        return False
    j = bisect.bisect_right(sigs, q.sent.paragraph)
    return j < len(sigs) and sigs[j] - q.sent.paragraph <= 2
