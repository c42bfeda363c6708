"""Web addresses: ``credibility score URL`` and ``batch`` over a list of URLs, against a
local HTTP server on 127.0.0.1 (tests/conftest.py refuses every other address)."""

from __future__ import annotations

import http.server
import json
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from analysis.cli.main import main
from analysis.intake.fetch import fetch_url, is_url
from analysis.intake.loading import InputError
from tests.batch_corpus import texts

ARTICLE = (f"<html><head><title>Bridge vote</title><meta charset='utf-8'></head><body>"
           f"<nav>Home | World | Sport</nav><article><h1>Bridge vote</h1>"
           f"<p>{texts(5)[4]}</p><p>{texts(4)[3]}</p></article></body></html>")
PAGES = {
    "/article.html": (200, "text/html; charset=utf-8", ARTICLE.encode()),
    "/plain.txt": (200, "text/plain; charset=windows-1252",
                   ("Caf\u00e9 owners said " + texts(1)[0]).encode("cp1252")),
    "/big.txt": (200, "text/plain", b"The council met. " * 1000),
    "/photo.jpg": (200, "image/jpeg", b"\xff\xd8\xff\xe0" + b"\x00" * 100),
    "/empty.txt": (200, "text/plain", b""),
}


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - the http.server API
        if self.path == "/slow":
            time.sleep(2)
        status, kind, body = PAGES.get(self.path, (404, "text/plain", b"not here"))
        try:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (/slow)
            pass

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_is_url() -> None:
    assert is_url("https://example.org/a") and is_url("HTTP://x")
    assert not is_url("article.html") and not is_url("ftp://x") and not is_url(None)


def test_fetch_decodes_by_the_declared_charset(site: str) -> None:
    loaded = fetch_url(f"{site}/plain.txt")
    assert loaded.text.startswith("Café owners said") and loaded.encoding == "windows-1252"
    assert loaded.name == f"{site}/plain.txt"


@pytest.mark.parametrize(("path", "message"), [
    ("/missing", "the server answered 404 Not Found"),
    ("/photo.jpg", "is not a web page or text (image/jpeg)"),
    ("/big.txt", "is larger than the limit of 1,000 bytes"),
    ("/empty.txt", "is empty"),
])
def test_fetch_problems_are_one_line(site: str, path: str, message: str) -> None:
    with pytest.raises(InputError) as err:
        fetch_url(site + path, max_bytes=1_000)
    assert str(err.value) == f"{site}{path}: {message}"


def test_fetch_gives_up_after_the_timeout(site: str) -> None:
    with pytest.raises(InputError) as err:
        fetch_url(f"{site}/slow", timeout=0.3)
    assert str(err.value) == f"{site}/slow: no answer within 0.3 s"


def test_score_a_url_extracts_the_article(site: str, capsys) -> None:
    assert main(["score", f"{site}/article.html", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["meta"]["title"] == "Bridge vote" and data["meta"]["format"] == "html"
    assert data["meta"]["source_file"] == f"{site}/article.html"
    assert "Home | World" not in data["text"] and texts(5)[4][:40] in data["text"]


def test_score_offline_is_one_line_and_exit_2(capsys) -> None:
    url = f"http://127.0.0.1:{closed_port()}/news"
    assert main(["score", url]) == 2
    assert capsys.readouterr().err == (f"credibility: {url}: cannot reach 127.0.0.1 (are you "
                                       "offline? Connection refused)\n")


def test_batch_over_a_list_of_urls(site: str, tmp_path: Path) -> None:
    listing = tmp_path / "links.urls"
    listing.write_text(f"# this week\n{site}/article.html\n\n{site}/missing\nnot-a-url\n"
                       f"{site}/plain.txt\n")
    out = tmp_path / "o.jsonl"
    assert main(["batch", str(listing), "--out", str(out), "--workers", "1"]) == 1
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [(r["id"], r["error"]) for r in rows] == [
        (f"{site}/article.html", ""),
        (f"{site}/missing", f"{site}/missing: the server answered 404 Not Found"),
        ("not-a-url", f"{listing} line 5: not a web address"),
        (f"{site}/plain.txt", ""),
    ]
    assert rows[0]["title"] == "Bridge vote"
