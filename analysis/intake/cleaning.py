"""Remove web-page furniture (menus, cookie notices, comment policies, credits) from pasted text.

``clean(text, furniture=())`` works line by line: a pasted web page keeps each paragraph on
one line, so a line is kept or dropped whole and nothing inside a kept line is changed
(curly quotes, no-break spaces and trailing spaces survive). Two passes:

1. the exact ``furniture`` strings given by the caller (the seed manifest lists them): a
   line is dropped when, stripped, it equals one of them; a string spanning several lines
   drops that run of lines;
2. general rules that recognise furniture on any page: menu and share buttons, cookie
   notices, comment counters and comment policies, "related" headings and the headline
   lists under them at the end of the page, photo credits, newsletter prompts, sponsor
   lines, advertisements, copyright lines, bylines, dates and read times, and short
   section or programme labels above the article beside its (longer) headline.

Short-line rules only fire on lines of a few words; the paragraph rules (cookie notice,
comment policy, photo caption) need several distinctive phrases, so an article sentence
that merely mentions cookies or comments is kept. Afterwards runs of blank lines become
one blank line and the ends are stripped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass
class Cleaned:
    """The cleaned text and what was removed, as ``(kind, removed_text)`` pairs.

    ``removed_chars`` is how much shorter the result is than the input (furniture plus the
    blank lines and edge whitespace collapsed around it).
    """

    text: str
    removed: list[tuple[str, str]] = field(default_factory=list)
    removed_chars: int = 0

    def to_dict(self) -> dict[str, object]:
        return {
            "removed_chars": self.removed_chars,
            "removed": [{"kind": k, "text": t} for k, t in self.removed],
        }


def clean(text: str, furniture: Iterable[str] = ()) -> Cleaned:
    """Drop the exact ``furniture`` lines, then general page furniture; keep article lines."""
    lines = text.split("\n")
    kinds: list[str | None] = [None] * len(lines)
    _mark_exact(lines, kinds, furniture)
    _mark_general(lines, kinds)
    removed = [(k, ln.strip()) for ln, k in zip(lines, kinds, strict=True) if k and ln.strip()]
    kept = "\n".join(ln for ln, k in zip(lines, kinds, strict=True) if not k)
    body = _BLANK_RUN.sub("\n\n", kept).strip()
    return Cleaned(body, removed, len(text) - len(body))


_BLANK_RUN = re.compile(r"\n(?:[^\S\n]*\n)+")


def _mark_exact(lines: list[str], kinds: list[str | None], furniture: Iterable[str]) -> None:
    stripped = [ln.strip() for ln in lines]
    for item in furniture:
        parts = [p.strip() for p in str(item).strip().split("\n")]
        if not parts[0]:
            continue
        n = len(parts)
        for i in range(len(lines) - n + 1):
            if stripped[i : i + n] == parts:
                kinds[i : i + n] = ["furniture"] * n


# --- normalisation -------------------------------------------------------------------

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                         "\xa0": " ", "\u2013": "-", "\u2014": "-"})
_BULLET = re.compile(r"^[-\u2022\u00b7*\u25b8\u25ba|>]+\s*")
_TRAIL = re.compile(r"[\s>\u00bb\u203a\u2192|:.\u2026]+$")


def _norm(line: str) -> str:
    """Lower-cased, quotes straightened, spaces collapsed, leading bullet removed."""
    text = " ".join(line.translate(_QUOTES).split()).lower()
    return _BULLET.sub("", text)


def _key(norm: str) -> str:
    """``_norm`` without trailing arrows, colons and dots: the form matched against sets."""
    return _TRAIL.sub("", norm)


# --- short-line rules -----------------------------------------------------------------

_MENU = frozenset("""menu|menu content|main menu|open menu|close menu|go top|go to top|back to top
|top|close|skip to content|skip to main content|skip navigation|search|home|navigation
|toggle navigation|log in|login|sign in|register|my account|print|email|e-mail|save
|bookmark|learn more|more|next|previous|next article|previous article|listen
|listen to this article|follow us|x""".replace("\n", "").split("|"))
_RELATED_LIST = frozenset("""related|related articles|related stories|related posts
|related content|related news|related coverage|related topics|more stories|more on this story
|editor's pick|editor's picks|editors' picks|editors' pick|recommended|recommended for you
|recommended stories|you may also like|you might also like|most read|most popular|most viewed
|trending|trending now|popular|latest news|top stories|more from this author
|don't miss""".replace("\n", "").split("|"))
_SOCIAL = frozenset("share shares sharing on facebook twitter x linkedin whatsapp email e-mail "
                    "print reddit pinterest copy link tweet this article story page post "
                    "telegram messenger flipboard save bookmark via".split())
_SOCIAL_CORE = frozenset("share facebook twitter linkedin whatsapp tweet reddit pinterest "
                         "telegram flipboard".split())
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DATE = (rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
         rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}"
         r"|\d{4}[-./]\d{1,2}[-./]\d{1,2}\.?|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})")
_TIME = r"(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[a-z]{2,4})?)"
_LINE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern)) for kind, pattern in (
        ("comments", r"^(?:\d+\s+)?comments?(?:\s*\(\d+\))?$|^(?:leave|post|add|view|show"
                     r"|load|read) (?:a |the |all )?(?:comments?|reply)(?: \(\d+\))?$"
                     r"|^(?:blog )?comments powered by disqus$|^join the (?:conversation"
                     r"|discussion)$|^no comments(?: yet)?$"),
        ("related", r"^(?:read more|read next|related|see also|also read|read also)\s*[:>|]"),
        ("advertisement", r"^(?:advertisement|advert|ad|ads|sponsored(?: content)?|promoted"
                          r"|paid content|story continues below(?: advertisement)?"
                          r"|continue reading(?: the main story| below)?"
                          r"|advertisement\W+scroll to continue(?: reading)?)$"),
        ("sponsor", r"^(?:support(?:ed)? provided by|supported by|sponsored by)\b"),
        ("newsletter", r"^(?:sign up|subscribe|register|get)\b.*\b(?:newsletters?|inbox"
                       r"|updates|alerts)\b|^(?:subscribe(?: now| today)?|newsletter"
                       r"|enter your email(?: address)?)$"),
        ("cookie-notice", r"^(?:accept|reject|allow|decline)(?: all)?(?: cookies)?$"
                          r"|^(?:cookie|privacy) (?:settings|preferences|policy)$"
                          r"|^manage (?:cookies|preferences|consent)$|^got it$"),
        ("copyright", r"^(?:\u00a9|\u24d2|\(c\)|copyright\b|all rights reserved)"),
        ("read-time", r"^\d+\s*-?\s*(?:min|mins|minutes?)\.?\s+read$"),
        ("date", rf"^(?:(?:first |last )?(?:published|updated|posted|modified)(?: on)?:?\s*)?"
                 rf"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?{_DATE}"
                 rf"(?:\s*(?:,|at|\||-)?\s*{_TIME})?$"),
        ("byline", r"^(?:by|written by|posted by|story by|words by|reporting by|author"
                   r"|reporter)\s*:?\s+\S"),
        ("photo-credit", r"^(?:photo|photos|image|images|picture|pictured|photograph"
                         r"|illustration|caption|credit|photo credit|image credit)"
                         r"(?: credit)?\s*:"),
    )
)
_SHORT_WORDS = 14


def _line_kind(line: str) -> str | None:
    """The furniture kind of a short line, or None when it may be article text."""
    norm = _norm(line)
    if len(norm) > 300 or len(norm.split()) > _SHORT_WORDS:
        return None
    key = _key(norm)
    if not key:
        return None
    if key in _MENU:
        return "menu"
    if key in _RELATED_LIST:
        return "related-heading"
    words = set(key.replace(",", " ").split())
    if words <= _SOCIAL and words & _SOCIAL_CORE:
        return "share"
    parts = [p for p in re.split(r"\s+[|\u00b7\u2022]\s+|\s+-\s+", norm) if p]
    if len(parts) > 1 and all(_part_kind(p) for p in parts):
        return "byline"
    for kind, pattern in _LINE_RULES:
        if pattern.search(key) or pattern.search(norm):
            if kind == "byline" and not _looks_like_byline(line):
                continue
            return kind
    return None


def _part_kind(part: str) -> bool:
    return any(p.search(_key(part)) for k, p in _LINE_RULES if k in ("date", "read-time"))


def _looks_like_byline(line: str) -> bool:
    """'By Jane Roe, Reuters' yes; 'By the end of 2020, ...' no: names are capitalised."""
    text = _BULLET.sub("", line.strip())
    rest = re.sub(r"^(?:[A-Za-z]+ )?(?:by|author|reporter)\s*:?\s+", "", text, flags=re.I)
    return bool(rest[:1].isupper()) and not re.search(r"[.!?\"\u201d]$", text)


# --- paragraph rules ------------------------------------------------------------------

_COOKIE_START = re.compile(r"^(?:this|our) (?:web)?site uses cookies|^we(?: and our partners)?"
                           r" use cookies|^by (?:using|continuing to use|browsing) (?:this|our)"
                           r" (?:web)?site")
_COOKIE_SIGNALS = tuple(re.compile(p) for p in (
    r"\bcookies?\b", r"\bcookie (?:policy|settings|preferences|consent)\b",
    r"\baccept (?:all )?cookies\b", r"continu\w* (?:usage|use|to use|browsing) of (?:the|this"
    r"|our) (?:web)?site", r"\bgiving consent\b", r"\b(?:agree|consent) to (?:the|our) use of",
    r"\benhance (?:the )?(?:quality of service|your experience|user experience)\b",
    r"\bprivacy policy\b", r"\bfor (?:further|more) details\b",
))
_POLICY_SIGNALS = tuple(re.compile(p) for p in (
    r"submitting (?:a )?comments?", r"submit (?:a )?comments?", r"comment(?:ing)? (?:policy"
    r"|rules|guidelines)", r"guidelines for comment", r"community guidelines",
    r"civil (?:and \w+ )?discussion", r"comments that include", r"\bprofanity\b",
    r"personal attacks", r"will be (?:removed|deleted)", r"reserve the right",
    r"(?:are|will be|is) moderated", r"terms of (?:use|service)", r"off-topic",
    r"consenting to these rules", r"responsible for your comments",
))
_COMMENT_WORD = re.compile(r"\bcomment(?:s|ing|ary|er|ers)?\b")
_ADDRESSES_READER = re.compile(r"\b(?:you|your|we|our|us)\b|readers'")
_REPORTED = re.compile(r"\b(?:said|says|told|according to|announced|reported)\b")
_CREDIT_END = re.compile(
    r"\((?:(?i:ap |afp |reuters )?(?i:photo(?:graph)?)(?: by)?:? )?[A-Z][^()/]{1,60}/[A-Z]"
    r"[^()]{1,60}\)\s*$|(?i:\((?:photo|image|picture|photograph)(?: credit)?\s*:\s*[^()]{2,60}\))"
    r"\s*$")


def _paragraph_kind(line: str) -> str | None:
    norm = _norm(line)
    if _COOKIE_START.search(norm):
        return "cookie-notice"
    if _CREDIT_END.search(line.strip()):
        return "photo-credit"
    if len(norm.split()) > 150 or _REPORTED.search(norm):  # notices are not news reports
        return None
    if "cookie" in norm and _hits(_COOKIE_SIGNALS, norm) >= 3:
        return "cookie-notice"
    if _COMMENT_WORD.search(norm) and _ADDRESSES_READER.search(norm) \
            and _hits(_POLICY_SIGNALS, norm) >= 2:
        return "comment-policy"
    return None


def _hits(patterns: tuple[re.Pattern[str], ...], text: str) -> int:
    return sum(1 for p in patterns if p.search(text))


# --- putting the rules together -------------------------------------------------------

_SENTENCE_END = re.compile(r"[.!?:;\"'\u201d\u2019)]\s*$")


def _is_body(line: str) -> bool:
    return len(line.split()) >= 12 and bool(_SENTENCE_END.search(line))


def _mark_general(lines: list[str], kinds: list[str | None]) -> None:
    for i, line in enumerate(lines):
        if kinds[i] is None and line.strip():
            kinds[i] = _line_kind(line) or _paragraph_kind(line)
    body = [i for i, ln in enumerate(lines) if i and kinds[i] is None and _is_body(ln)]
    first, last = (body[0], body[-1]) if body else (len(lines), 0)
    _mark_header_bullets(lines, kinds, first)
    _mark_header_labels(lines, kinds, first)
    _mark_related_lists(lines, kinds, last)
    for i, kind in enumerate(kinds):
        if kind == "related-heading":
            kinds[i] = "related"


def _neighbour(lines: list[str], i: int, step: int) -> int | None:
    j = i + step
    while 0 <= j < len(lines) and not lines[j].strip():
        j += step
    return j if 0 <= j < len(lines) else None


def _mark_header_bullets(lines: list[str], kinds: list[str | None], first_body: int) -> None:
    """'- CosDream News' beside '- Oct 12, 2024' in the header is an outlet/byline line."""
    meta = ("date", "byline", "read-time")
    for _ in range(2):
        for i in range(1, min(first_body, len(lines))):
            line = lines[i].strip()
            if kinds[i] or not _BULLET.match(line) or len(line.split()) > 6:
                continue
            near = [_neighbour(lines, i, -1), _neighbour(lines, i, 1)]
            if any(j is not None and kinds[j] in meta for j in near):
                kinds[i] = "byline"


def _mark_header_labels(lines: list[str], kinds: list[str | None], first_body: int) -> None:
    """Above the article, short labels beside the headline ('North Korea', a programme
    name) are section and programme labels: the longest header line is the headline."""
    header = [i for i in range(min(first_body, len(lines)))
              if kinds[i] is None and lines[i].strip()]
    if first_body >= len(lines) or len(header) < 2:
        return
    headline = max(header, key=lambda i: (len(lines[i].strip()), -i))
    for i in header:
        line = lines[i].strip()
        if i != headline and len(line.split()) <= 6 and not _SENTENCE_END.search(line):
            kinds[i] = "label"


def _mark_related_lists(lines: list[str], kinds: list[str | None], last_body: int) -> None:
    """After the article, a 'Related stories' heading is followed by headline links."""
    in_list = False
    for i in range(last_body + 1, len(lines)):
        if kinds[i] == "related-heading":
            in_list = True
        elif in_list and kinds[i] is None and lines[i].strip():
            kinds[i] = "related"
