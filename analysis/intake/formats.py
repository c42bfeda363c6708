"""Input formats: plain text, Markdown and saved web pages, each turned into article text.

``detect(text, name)`` decides by content (the file name only breaks ties): a page that
declares itself HTML (``<!DOCTYPE html>``, ``<html``, ``<body``) or is dense with tags is
``html``; text with Markdown headings, links or emphasis, or a ``.md`` name, is
``markdown``; everything else is ``text``.

``from_html`` extracts the article body of a saved page with trafilatura (offline: it
parses the string it is given and fetches nothing, not even linked resources), together
with the title, byline and date where the page has them. trafilatura and its lxml stack
take about 0.2 s to import, so they are imported only when a page is actually given.
lxml refuses text that XML cannot hold (NUL and other C0 control characters, lone
surrogates, U+FFFE, U+FFFF), so ``xml_safe`` takes them out of the page first, written or
as character references; the analysed text is the extracted text, so no offset moves. A
page nested deeper than libxml2's limit (255 elements) loses everything below it, so such
a page is read with ``html_to_text``, a flat stdlib tag stripper without a tree, instead.
``from_markdown`` drops Markdown syntax (heading marks, link targets, images, emphasis
marks, list bullets) and keeps the line structure, so paragraphs stay paragraphs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from analysis.intake.loading import InputError

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown")
_SAMPLE = 65_536
_DECLARED = re.compile(r"<!doctype\s+html|<html[\s>]|<body[\s>]|<head[\s>]", re.I)
_TAG = re.compile(r"</?(?:p|div|span|a|br|li|ul|ol|h[1-6]|article|section|header|footer|nav"
                  r"|main|aside|figure|figcaption|img|meta|link|script|style|table|tr|td"
                  r"|em|strong|b|i|blockquote|time)(?:\s[^<>]{0,500})?/?>", re.I)


@dataclass
class Converted:
    """Article text from one input, what format it was, and what the page said about it."""

    text: str
    kind: str  # "text", "markdown" or "html"
    meta: dict[str, str] = field(default_factory=dict)
    dropped_chars: int = 0  # page text left out by the HTML extractor
    page: str = ""  # a web page's visible text, before extraction (paywall prompts)

    @property
    def source(self) -> str:
        """All the text the input showed: the page's visible text, or the text itself."""
        return self.page or self.text


def detect(text: str, name: str = "") -> str:
    """``html``, ``markdown`` or ``text``, judged by the content (and, for ties, the name)."""
    sample = text[:_SAMPLE]
    tags = len(_TAG.findall(sample))
    lower = name.lower()
    if (_DECLARED.search(sample) and tags >= 2) or tags >= 20 and tags * 200 >= len(sample):
        return "html"
    if lower.endswith(HTML_SUFFIXES) and tags >= 1:
        return "html"
    if lower.endswith(MARKDOWN_SUFFIXES) or _markdown_marks(sample) >= 2:
        return "markdown"
    return "text"


def convert(text: str, name: str = "", *, extract: bool = True) -> Converted:
    """Article text from ``text`` in whatever format it is (see ``detect``)."""
    kind = detect(text, name)
    if not _XML_UNSAFE.sub("", text).strip():
        raise InputError(f"{name}: there is no text, only control characters")
    if kind == "html":
        return from_html(text, name, extract=extract)
    if kind == "markdown":
        return Converted(from_markdown(text), "markdown")
    return Converted(text, "text")


# --- saved web pages --------------------------------------------------------------------

def from_html(page: str, name: str = "<html>", *, extract: bool = True) -> Converted:
    """The article body (``extract``) or all the page's text, with title, byline and date."""
    trafilatura = _trafilatura()
    page, removed = xml_safe(page)
    everything, whole = _visible_text(page)
    if removed and not everything.strip():
        raise InputError(f"{name}: this web page has no text, only markup and {removed:,} "
                         f"control character{'s' if removed > 1 else ''}")
    meta = _page_meta(trafilatura, page)
    if not extract or not whole:  # too deep for trafilatura: all its text, cleaned later
        if not everything.strip():
            raise InputError(f"{name}: no visible text in this web page")
        return Converted(everything, "html", meta)
    body = trafilatura.extract(page, include_comments=False, include_tables=False,
                               include_images=False, include_links=False, deduplicate=False,
                               with_metadata=False, output_format="txt")
    if not body or not body.strip():
        raise InputError(f"{name}: no article text found in this web page "
                         "(try --no-clean to analyse all of its text)")
    body = "\n\n".join(line.strip() for line in body.split("\n") if line.strip())
    title = meta.get("title", "")
    if title and len(title.split()) <= 30 and _plain(title) not in _plain(body[:600]):
        body = f"{title}\n\n{body}"
    return Converted(body, "html", meta, max(0, len(everything) - len(body)), everything)


_BLOCKS = ("p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "article",
           "section", "header", "footer", "nav", "main", "aside", "figure", "figcaption",
           "blockquote", "tr", "table", "form", "button", "label", "time", "br", "dd", "dt",
           "pre", "address")


def page_text(page: str) -> str:
    """All the visible text of a page (no scripts or styles), one block a paragraph."""
    return _visible_text(xml_safe(page)[0])[0]


def _visible_text(page: str) -> tuple[str, bool]:
    """The page's text, and False when lxml could not hold all of it (nested too deep).

    Where lxml cannot read the page at all (an XML declaration naming an encoding, a
    page of comments) the flat stripper reads it; trafilatura, which reads such pages
    itself, may still try.
    """
    from lxml import etree
    from lxml import html as lxml_html

    parser = lxml_html.HTMLParser()
    try:
        tree = lxml_html.document_fromstring(page, parser=parser)
    except (etree.ParserError, ValueError):
        return _paragraphs(html_to_text(page)), True
    if any(e.type == etree.ErrorTypes.ERR_RESOURCE_LIMIT for e in parser.error_log):
        return _paragraphs(html_to_text(page)), False
    return _tree_text(tree), True


def _paragraphs(lines: str) -> str:
    return "\n\n".join(lines.split("\n"))


def _tree_text(tree) -> str:  # type: ignore[no-untyped-def]
    for node in tree.xpath("//script|//style|//noscript|//template|//head"):
        node.drop_tree()
    for node in tree.iter(*_BLOCKS):
        node.tail = "\n" + (node.tail or "")
        if node.tag != "br":
            node.text = "\n" + (node.text or "")
    lines = (" ".join(line.split()) for line in tree.text_content().split("\n"))
    return "\n\n".join(line for line in lines if line)


_XML_UNSAFE = re.compile("[\x00-\x08\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_XML_SPACE = re.compile("[\x0b\x0c]")  # vertical tab and form feed: white space to a reader
_CHAR_REF = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));?")


def xml_safe(page: str) -> tuple[str, int]:
    """``page`` without the characters lxml refuses, and how many were taken out.

    Tab, newline and carriage return stay; vertical tab and form feed become spaces;
    the rest (other C0 controls, lone surrogates, U+FFFE, U+FFFF) go, and so do
    character references to them, which the parser would otherwise turn back into them.
    """
    page, spaced = _XML_SPACE.subn(" ", page)
    page, dropped = _XML_UNSAFE.subn("", page)
    references: list[str] = []

    def replace(match: re.Match[str]) -> str:
        code = int(match.group(1), 16) if match.group(1) else int(match.group(2))
        char = chr(code) if code <= 0x10FFFF else ""
        if not char or not (_XML_SPACE.match(char) or _XML_UNSAFE.match(char)):
            return match.group(0)
        references.append(char)
        return " " if _XML_SPACE.match(char) else ""

    page = _CHAR_REF.sub(replace, page)
    return page, spaced + dropped + len(references)


_MARKED_SECTION = re.compile(r"<!\[[^>]*>")


def html_to_text(html: str) -> str:
    """Visible text of an HTML page, one block element a line (never fetches anything).

    The stdlib parser reads the page as a flat run of tags, without building a tree, so
    no nesting depth stops it: the fallback for pages lxml cannot hold.
    """
    parser = _TextParser()
    try:
        parser.feed(html)
        parser.close()
    except AssertionError:  # the stdlib stops on a marked section it does not know
        parser = _TextParser()  # ("<![DOCTYPE html>"): drop every "<![...>" and read again
        parser.feed(_MARKED_SECTION.sub(" ", html))
        parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


_SKIP_TAGS = frozenset("script style noscript template svg head iframe object canvas".split())
_LINE_TAGS = frozenset("""p div br li ul ol h1 h2 h3 h4 h5 h6 article section header footer
    blockquote pre tr table figcaption figure nav aside main hr dd dt""".split())


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "body":  # an unclosed <head> must not hide the page
            self.skipping = 0
        elif tag in _SKIP_TAGS:
            self.skipping += 1
        elif tag in _LINE_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _LINE_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def _trafilatura():  # type: ignore[no-untyped-def]
    import logging  # here, not at the top: plain text and Markdown never need it

    try:
        import trafilatura
    except ImportError as exc:  # pragma: no cover - a broken installation
        raise InputError(f"cannot read web pages: trafilatura is not available ({exc})") from None
    for logger in ("trafilatura", "htmldate", "courlan", "justext"):
        logging.getLogger(logger).setLevel(logging.CRITICAL + 1)  # one-line errors only
    return trafilatura


def _page_meta(trafilatura, page: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    try:
        found = trafilatura.extract_metadata(page)
    except Exception:  # noqa: BLE001 - metadata is a bonus, never a reason to fail
        return {}
    if found is None:
        return {}
    out = {"title": found.title, "byline": found.author, "date": found.date,
           "outlet": found.sitename}
    return {k: " ".join(str(v).split()) for k, v in out.items() if v and str(v).strip()}


def _plain(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


# --- Markdown ---------------------------------------------------------------------------

_MD_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.M), repl) for pattern, repl in (
        (r"<!--.*?-->", ""),
        (r"!\[[^\]\n]{0,500}\]\([^)\n]{0,2000}\)", ""),  # images
        (r"\[([^\]\n]{1,500})\]\([^)\n]{0,2000}\)", r"\1"),  # links keep their text
        (r"\[([^\]\n]{1,500})\]\[[^\]\n]{0,200}\]", r"\1"),  # reference links
        (r"^[ \t]{0,3}\[[^\]\n]{1,200}\]:[ \t]*\S.*$", ""),  # link definitions
        (r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t#]*$", r"\1"),  # headings
        (r"^[ \t]{0,3}(?:[-*_][ \t]*){3,}$", ""),  # horizontal rules
        (r"^[ \t]*>[ \t]?", ""),  # block quotes
        (r"^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+", ""),  # list bullets and numbers
        (r"(\*\*|__)(?=\S)([^\n]{1,300}?)(?<=\S)\1", r"\2"),  # strong
        (r"(?<![\w*])\*(?=\S)([^*\n]{1,300}?)(?<=\S)\*(?![\w*])", r"\1"),  # emphasis
        (r"(?<!\w)_(?=\S)([^_\n]{1,300}?)(?<=\S)_(?!\w)", r"\1"),
        (r"`{1,3}([^`\n]{0,500})`{1,3}", r"\1"),  # code
    )
)
_MD_MARKS = (re.compile(r"^#{1,6} \S", re.M), re.compile(r"\[[^\]\n]+\]\([^)\n]+\)"),
             re.compile(r"\*\*\S[^*\n]*\*\*"))  # headings, links, bold: two make Markdown


def _markdown_marks(sample: str) -> int:
    return sum(1 for pattern in _MD_MARKS if pattern.search(sample))


def from_markdown(text: str) -> str:
    """``text`` without Markdown syntax, line by line (paragraphs stay paragraphs)."""
    for pattern, repl in _MD_RULES:
        text = pattern.sub(repl, text)
    return text
