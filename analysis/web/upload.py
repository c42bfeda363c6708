"""What a visitor submits (pasted text or an uploaded file) turned into text to analyse.

Everything stays in memory: the upload's bytes are read from the request, decoded with
the same fixed rules as files on disk, turned into article text when they are a saved page
or Markdown (``analysis.intake.formats``; a small tag stripper stands in when that module is
absent), and cleaned of page furniture. Nothing is written to disk and no address in the
page is fetched. Problems become an ``InputError`` whose message is shown on the page.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any

from analysis.intake.cleaning import clean
from analysis.intake.loading import InputError, check_english

MAX_CHARS = 400_000  # about 60,000 words: far more than any news article
HTML_START = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta)\b",
                        re.I | re.S)
SKIP_TAGS = frozenset("script style noscript template svg head iframe object canvas".split())
BLOCK_TAGS = frozenset("""p div br li ul ol h1 h2 h3 h4 h5 h6 article section header footer
    blockquote pre tr table figcaption figure nav aside main hr dd dt""".split())


@dataclass(frozen=True, slots=True)
class Submission:
    """Text ready to analyse, its title and the uploaded file's name (empty for a paste)."""

    text: str
    title: str
    filename: str
    removed: int  # characters of page furniture removed


def read_submission(form: Mapping[str, Any], files: Mapping[str, Any] | None = None) -> Submission:
    """Pasted ``text`` or an uploaded ``file``; cleaned unless ``keep`` is set."""
    filename, text = "", str(form.get("text") or "")
    upload = files.get("file") if files else None
    if upload is not None and getattr(upload, "filename", ""):
        filename = _shorten(str(upload.filename), 200)
        text = decode_upload(upload.read(), filename)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError("There is no text to analyse: paste an article or choose a file.")
    if len(text) > MAX_CHARS:
        raise InputError(f"The text is too long ({len(text):,} characters); the limit is "
                         f"{MAX_CHARS:,}. Paste one article at a time.")
    keep = bool(form.get("keep"))
    text, page_title = article_text(text, filename or "the pasted text", extract=not keep)
    removed = 0
    if not keep:
        cleaned = clean(text)
        if not cleaned.text.strip():
            raise InputError("Nothing is left once menus and other page furniture are removed."
                             " Tick 'keep everything' to analyse the text exactly as given.")
        text, removed = cleaned.text, cleaned.removed_chars
    check_english(text)
    title = " ".join(str(form.get("title") or "").split()) or page_title or _first_line(text)
    return Submission(text, _shorten(title, 200), filename, removed)


def decode_upload(data: bytes, name: str) -> str:
    """The uploaded bytes as text, with the project's one set of decoding rules."""
    from analysis.intake.loading import decode_bytes

    if not data:
        raise InputError(f"{name}: the file is empty.")
    return decode_bytes(data, name)[0]


def article_text(text: str, name: str, *, extract: bool = True) -> tuple[str, str]:
    """Plain text from plain text, Markdown or a saved web page, and the page's title."""
    try:
        from analysis.intake.formats import convert  # the shared converter (trafilatura for pages)
    except ImportError:
        convert = None
    if convert is not None:
        converted = convert(text, name, extract=extract)
        return converted.text, str(converted.meta.get("title") or "")
    if HTML_START.match(text[:2000]) or name.lower().endswith((".htm", ".html", ".xhtml")):
        text = html_to_text(text)
    if not text.strip():
        raise InputError(f"{name}: no text found in the file.")
    return text, ""


def html_to_text(html: str) -> str:
    """Visible text of an HTML page, one block element a line (never fetches anything)."""
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "body":  # an unclosed <head> must not hide the page
            self.skipping = 0
        elif tag in SKIP_TAGS:
            self.skipping += 1
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP_TAGS:
            self.skipping = max(0, self.skipping - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def _first_line(text: str) -> str:
    return next((ln.strip() for ln in text.split("\n") if ln.strip()), "")


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
