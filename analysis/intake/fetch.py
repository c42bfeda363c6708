"""Fetch the one web page a user named (``credibility score https://…``, ``batch`` over URLs).

This is the only module that touches the network, and only for an address the user typed
or listed: nothing found inside a page (links, images, scripts) is ever followed. A fetch
has a timeout, reads at most ``max_bytes`` (the same limit as a file), and every failure
becomes an ``InputError`` in one line that starts with the address, e.g. ``URL: cannot
reach example.org (are you offline? …)``. The bytes are decoded as a file's are (the
page's declared charset first), so a fetched page goes on through ``convert`` exactly as a
saved one does.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from email.message import Message

from analysis.intake.loading import InputError, Loaded, decode_bytes

DEFAULT_TIMEOUT = 20.0
USER_AGENT = "credibility/0.1 (+media-literacy signals; fetches only the page asked for)"
_TEXTUAL = ("text/", "application/xhtml", "application/xml")


def is_url(value: object) -> bool:
    """Whether an input names a web address rather than a file."""
    return isinstance(value, str) and value[:8].lower().startswith(("http://", "https://"))


def fetch_url(url: str, *, max_bytes: int = 5_000_000,
              timeout: float = DEFAULT_TIMEOUT) -> Loaded:
    """Download ``url`` and decode it; an ``InputError`` for anything that goes wrong."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT,
                                                   "Accept": "text/html, text/plain;q=0.9"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            _check_type(url, response.headers)
            data = response.read(max_bytes + 1)
    except InputError:
        raise
    except urllib.error.HTTPError as exc:
        raise InputError(f"{url}: the server answered {exc.code} {exc.reason}") from None
    except TimeoutError:
        raise InputError(f"{url}: no answer within {timeout:g} s") from None
    except urllib.error.URLError as exc:
        raise InputError(_unreachable(url, exc.reason)) from None
    except (OSError, ValueError) as exc:  # a reset connection, a malformed address
        raise InputError(f"{url}: cannot be fetched ({exc})") from None
    if len(data) > max_bytes:
        raise InputError(f"{url}: is larger than the limit of {max_bytes:,} bytes")
    if not data:
        raise InputError(f"{url}: is empty")
    text, encoding = _decode(data, url, response.headers.get_content_charset())
    return Loaded(text.replace("\r\n", "\n").replace("\r", "\n"), url, encoding)


def _check_type(url: str, headers: Message) -> None:
    kind = headers.get_content_type() if headers.get("Content-Type") else "text/html"
    if not kind.startswith(_TEXTUAL):
        raise InputError(f"{url}: is not a web page or text ({kind})")


def _decode(data: bytes, url: str, charset: str | None) -> tuple[str, str]:
    if charset:
        try:
            return data.decode(charset), charset
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declaration: decode as a file is decoded
    return decode_bytes(data, url)


def _unreachable(url: str, reason: object) -> str:
    host = urllib.request.urlparse(url).hostname or url
    if isinstance(reason, TimeoutError):
        return f"{url}: no answer from {host} in time"
    detail = getattr(reason, "strerror", None) or str(reason)
    return f"{url}: cannot reach {host} (are you offline? {detail})"
