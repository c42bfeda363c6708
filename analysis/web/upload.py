"""What a visitor submits (pasted text or an uploaded file) turned into text to analyse.

Everything stays in memory: the upload's bytes are read from the request, decoded with
the same fixed rules as files on disk, turned into article text when they are a saved page
or Markdown (``analysis.intake.formats``, which also strips the control characters a
page's parser refuses and reads pages nested too deep for it), and cleaned of page
furniture. Nothing is written to disk and no address in the page is fetched. Problems
become an ``InputError`` whose message is shown on the page.

Two limits: the server refuses a request over ``--max-upload-mb`` (the file's bytes), and
``MAX_CHARS`` applies to the text that would be analysed (a saved page's article, not
its markup and scripts), so an ordinary saved page of several hundred kilobytes is read.
A paywall or teaser page is refused as on the command line (``analysis.intake.teaser``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from analysis.intake.cleaning import clean
from analysis.intake.formats import convert
from analysis.intake.loading import InputError, check_english
from analysis.intake.teaser import check_teaser

MAX_CHARS = 400_000  # about 60,000 words: far more than any news article


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
    name = filename or "the pasted text"
    text, page_title, removed = prepare(text, name, keep=bool(form.get("keep")))
    check_english(text)
    title = " ".join(str(form.get("title") or "").split()) or page_title or _first_line(text)
    return Submission(text, _shorten(title, 200), filename, removed)


def prepare(text: str, name: str, *, keep: bool = False) -> tuple[str, str, int]:
    """The article text (extracted from a page, cleaned unless ``keep``), the page's title
    and how many characters of furniture were removed. The length limit applies here, to
    what would be analysed, not to the markup around it."""
    converted = convert(text, name, extract=not keep)
    text, title = converted.text, str(converted.meta.get("title") or "")
    if not text.strip():
        raise InputError(f"{name}: no text found in the file.")
    if len(text) > MAX_CHARS:
        what = "article in the page" if converted.kind == "html" else "text"
        raise InputError(f"The {what} is too long ({len(text):,} characters); the limit is "
                         f"{MAX_CHARS:,}. Paste one article at a time.")
    if keep:
        return text, title, 0
    cleaned = clean(text)
    if not cleaned.text.strip():
        raise InputError("Nothing is left once menus and other page furniture are removed."
                         " Tick 'keep everything' to analyse the text exactly as given.")
    check_teaser(converted.source, cleaned.text, name)
    return cleaned.text, title, cleaned.removed_chars


def decode_upload(data: bytes, name: str) -> str:
    """The uploaded bytes as text, with the project's one set of decoding rules."""
    from analysis.intake.loading import decode_bytes

    if not data:
        raise InputError(f"{name}: the file is empty.")
    return decode_bytes(data, name)[0]


def _first_line(text: str) -> str:
    return next((ln.strip() for ln in text.split("\n") if ln.strip()), "")


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
