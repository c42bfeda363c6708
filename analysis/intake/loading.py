"""Read a text file (or stdin) safely, and check that a text is English.

``read_document`` turns every problem a user can cause (missing file, directory, empty or
binary file, oversized file, undecodable bytes) into an ``InputError`` with a one-line
message that starts with the file's name. Decoding is deterministic, from a fixed list
(no guessing detector): a BOM decides UTF-8/UTF-16/UTF-32; otherwise UTF-8, then
Windows-1252, then Latin-1. Line endings become ``\\n``; nothing else is changed.

``check_english`` rejects a text that clearly is in another language: by script (Hangul,
kana/Han, Cyrillic, Arabic, Greek, Hebrew, Devanagari, Thai) or, for Latin-script text,
by the share of function words exclusive to French, German, Spanish, Italian, Portuguese
or Dutch against those exclusive to English. Texts too short to judge pass.
"""

from __future__ import annotations

import codecs
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path


class InputError(Exception):
    """A problem with the user's input, explained in one line (no traceback needed)."""


@dataclass(frozen=True)
class Loaded:
    """A decoded document: its text, a display name and the encoding used to decode it."""

    text: str
    name: str
    encoding: str


STDIN = "-"
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_TEXT_CONTROLS = frozenset("\t\n\r\f\v")


def read_document(path_or_dash: str | Path, *, max_bytes: int = 5_000_000) -> Loaded:
    """Read and decode one document; ``"-"`` reads standard input."""
    if str(path_or_dash) == STDIN:
        name = "<stdin>"
        data = _read_stdin(name, max_bytes)
    else:
        name = str(path_or_dash)
        data = _read_file(Path(path_or_dash), name, max_bytes)
    if len(data) > max_bytes:
        raise InputError(f"{name}: is larger than the limit of {max_bytes:,} bytes")
    if not data:
        raise InputError(f"{name}: is empty")
    text, encoding = decode_bytes(data, name)
    if not text.strip():
        raise InputError(f"{name}: contains only whitespace, no text to analyse")
    if _control_share(text) > 0.05:
        raise InputError(f"{name}: looks like a binary file, not text")
    return Loaded(text.replace("\r\n", "\n").replace("\r", "\n"), name, encoding)


def _read_stdin(name: str, max_bytes: int) -> bytes:
    try:
        stream = getattr(sys.stdin, "buffer", None)
        if stream is None:
            raise InputError(f"{name}: no standard input to read")
        return stream.read(max_bytes + 1)
    except (OSError, ValueError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        raise InputError(f"{name}: cannot be read ({reason})") from None


def _read_file(path: Path, name: str, max_bytes: int) -> bytes:
    try:
        if path.is_dir():
            raise InputError(f"{name}: is a directory, not a text file")
        if not path.exists():
            raise InputError(f"{name}: no such file")
        if path.stat().st_size > max_bytes:
            raise InputError(f"{name}: is larger than the limit of {max_bytes:,} bytes")
        with path.open("rb") as handle:
            return handle.read(max_bytes + 1)
    except PermissionError:
        raise InputError(f"{name}: cannot be read (permission denied)") from None
    except (OSError, ValueError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        raise InputError(f"{name}: cannot be read ({reason})") from None


def decode_bytes(data: bytes, name: str) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                raise InputError(f"{name}: starts with a {encoding.upper()} byte-order mark "
                                 "but is not valid in that encoding") from None
    if b"\x00" in data or _byte_control_share(data[:8192]) > 0.1:
        raise InputError(f"{name}: looks like a binary file, not text")
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1"


_C0_CONTROLS = frozenset(set(range(32)) - {9, 10, 11, 12, 13} | {127})


def _byte_control_share(data: bytes) -> float:
    return sum(1 for b in data if b in _C0_CONTROLS) / len(data) if data else 0.0


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    controls = sum(1 for ch in text
                   if ch not in _TEXT_CONTROLS and unicodedata.category(ch) == "Cc")
    return controls / len(text)


# --- language check --------------------------------------------------------------------

_STOPWORDS: dict[str, str] = {
    "English": "the and of to that for it was with as be by he his this are from at have has "
               "not but they were which or an had their been will who would its there she her "
               "you than when what also after into about can said these those them my because "
               "if all does did while just how where could should being such any in is on we over",
    "French": "le les des du une et est dans pour qui pas sur au aux avec cette ces il elle "
              "ils sont ont été mais où par plus son sa ses leur leurs nous vous je ne lui "
              "était comme fait très aussi être avoir qu l d c j n",
    "German": "der die das und ist nicht ein eine einen einem einer zu den dem des mit sich auf "
              "für von im auch es als wie dass wird werden wurde sind hat haben noch nach bei "
              "aus aber oder nur über sie ich wir ihr er um vor zum zur kein keine mehr schon "
              "wenn doch diese dieser dieses",
    "Spanish": "el la los las de del y en que es un una por con para se no lo su sus al como "
               "más pero está son fue ha han muy sin sobre este esta ya también entre cuando "
               "hasta desde donde todo nos les era",
    "Italian": "il lo la gli le di del della dei delle che e è un una per con non si sono da "
               "nel nella al alla anche come più ma ha hanno questo questa essere stato era suo "
               "sua loro io noi ci ne molto degli dal dalla sul sulla",
    "Portuguese": "o os as de do da dos das e em que é um uma para com não se por mais na no "
                  "nos ao aos como mas foi são ser está tem ele ela eles seu sua muito também "
                  "já pelo pela isso esse essa este quando ou à",
    "Dutch": "de het een en van in is dat op te zijn voor met niet aan er ook als maar om bij "
             "dan nog wel naar uit worden wordt door heeft hebben werd kan zo deze dit die wat "
             "over zich ze hij ik we geen meer al tot",
}


def _exclusive_words() -> dict[str, str]:
    """word -> language, for words that are function words of exactly one language."""
    seen: dict[str, set[str]] = {}
    for language, words in _STOPWORDS.items():
        for word in words.split():
            seen.setdefault(word, set()).add(language)
    return {w: next(iter(langs)) for w, langs in seen.items() if len(langs) == 1}


_WORD_LANGUAGE = _exclusive_words()
_WORD = re.compile(r"[^\W\d_]+")
_SCRIPTS = (  # (first, last code point, language name)
    (0x1100, 0x11FF, "Korean"), (0xAC00, 0xD7AF, "Korean"), (0x3130, 0x318F, "Korean"),
    (0x3040, 0x30FF, "Japanese"), (0x4E00, 0x9FFF, "Chinese"), (0x3400, 0x4DBF, "Chinese"),
    (0x0400, 0x04FF, "a Cyrillic-script language (such as Russian)"),
    (0x0600, 0x06FF, "Arabic"), (0x0370, 0x03FF, "Greek"), (0x0590, 0x05FF, "Hebrew"),
    (0x0900, 0x097F, "Hindi"), (0x0E00, 0x0E7F, "Thai"),
)
MIN_WORDS = 20
MIN_LETTERS = 30


def check_english(text: str) -> None:
    """Raise ``InputError`` if ``text`` clearly is not English; short texts always pass."""
    language = guess_non_english(text)
    if language:
        raise InputError(f"the text looks like {language}, only English is supported")


def guess_non_english(text: str) -> str | None:
    """The language a text clearly is written in, if not English; else None."""
    return _script_language(text) or _latin_language(text)


def _script_language(text: str) -> str | None:
    letters = [ord(ch) for ch in text if ch.isalpha()]
    if len(letters) < MIN_LETTERS:
        return None
    counts: dict[str, int] = {}
    for code in letters:
        if code < 0x0370:
            continue
        for first, last, language in _SCRIPTS:
            if first <= code <= last:
                counts[language] = counts.get(language, 0) + 1
                break
    if counts.get("Japanese") and counts.get("Chinese"):  # kanji with kana is Japanese
        counts["Japanese"] += counts.pop("Chinese")
    if not counts:
        return None
    language, count = max(counts.items(), key=lambda item: item[1])
    return language if count >= 0.5 * len(letters) else None


def _latin_language(text: str) -> str | None:
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < MIN_WORDS:
        return None
    counts: dict[str, int] = {}
    for word in words:
        language = _WORD_LANGUAGE.get(word)
        if language:
            counts[language] = counts.get(language, 0) + 1
    english = counts.pop("English", 0) / len(words)
    if not counts:
        return None
    language, count = max(counts.items(), key=lambda item: item[1])
    share = count / len(words)
    return language if share >= 0.08 and share > 2 * english else None
