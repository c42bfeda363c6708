"""The class page through Flask's test client: pages, escaping, limits, errors, colours.

The browser tests in ``tests/browser`` drive the same pages in headless Chromium.
"""

from __future__ import annotations

import html
import io
import json
import re
import subprocess
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pytest
from markupsafe import escape

flask = pytest.importorskip("flask", reason="the class page needs Flask (pip install -e .)")

from analysis import analyze  # noqa: E402
from analysis.cli import serve as web_cli  # noqa: E402
from analysis.extractors import HIGHLIGHTED  # noqa: E402
from analysis.intake.formats import html_to_text  # noqa: E402
from analysis.report.highlight import KNOWN, SPARE, style_for  # noqa: E402
from analysis.web.app import create_app  # noqa: E402
from analysis.web.guide import evidence_entry  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
WEB = ROOT / "analysis" / "web"
ARTICLE = ("Council approves bus lanes\n\n"
           "The city council voted 7-2 on Tuesday to add bus lanes on Main Street, the mayor's "
           "office said. Experts say the plan may cut commute times. Is this the best plan "
           "ever? \"We listened to every rider,\" said Ana Ruiz, the transport director.")
URL_ATTRS = ("href", "src", "action", "formaction", "xlink:href")
PAYLOADS = ('<script>alert(1)</script>', '"><img src=x onerror=alert(2)>',
            "javascript:alert(3)", "</script><script>alert(4)</script>",
            "' onmouseover='alert(5)")


@pytest.fixture(scope="module")
def seeds() -> list:
    from analysis.report import seed_analyses

    return seed_analyses()


@pytest.fixture(scope="module")
def client(seeds):
    return create_app(seeds=seeds, max_bytes=1_000_000).test_client()


def highlighted(a) -> list:
    """The evidence the page marks and numbers (frames and genre describe the whole text)."""
    return [e for e in a.evidence if e.extractor in HIGHLIGHTED]


def evidence_json(page: str) -> list:
    m = re.search(r'<script type="application/json" id="evidence-data">(.*?)</script>', page,
                  re.S)
    assert m, "no evidence data on the page"
    return json.loads(m.group(1))


def tags(page: str) -> list[tuple[int, str]]:
    return [(int(n), html.unescape(t)) for n, t in
            re.findall(r'<sup class="tag t-[\w-]+" data-ev="(\d+)"[^>]*>([^<]*)</sup>', page)]


def elements(page: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    """Every start tag of ``page`` with its attributes, as a browser's parser sees them."""
    found: list = []

    class Collect(HTMLParser):
        def handle_starttag(self, tag, attrs):
            found.append((tag, attrs))

    Collect().feed(page)
    return found


def test_home_lists_seeds_and_forms(client, seeds) -> None:
    r = client.get("/")
    page = r.get_data(as_text=True)
    assert r.status_code == 200
    assert 'enctype="multipart/form-data"' in page and 'name="text"' in page
    assert 'type="file"' in page and 'name="keep"' in page
    for a in seeds:
        assert f'/seed/{a.meta["id"]}"' in page


def test_security_headers(client) -> None:
    r = client.get("/")
    csp = r.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "default-src 'none'" in csp
    assert r.headers["X-Content-Type-Options"] == "nosniff"
    assert r.headers["Cache-Control"] == "no-store"


@pytest.mark.parametrize("index", range(4))
def test_seed_page_shows_every_evidence_span_once(client, seeds, index) -> None:
    a = seeds[index]
    page = client.get(f"/seed/{a.meta['id']}").get_data(as_text=True)
    marked = highlighted(a)
    shown = [i for i, e in enumerate(marked) if e.end > e.start]
    assert sorted(n for n, _ in tags(page)) == shown
    data = evidence_json(page)[0]
    assert len(data) == len(marked)
    for i, e in enumerate(marked):
        assert data[i]["explanation"] == e.explanation
        assert data[i]["extractor"] == e.extractor and data[i]["kind"].endswith(e.label)
    marks = re.findall(r'<mark class="hl[^"]*" data-ev="([\d ]+)"[^>]*tabindex="0" '
                       r'role="button">', page)
    assert {int(n) for ns in marks for n in ns.split()} == set(shown)


def test_explanations_say_why_and_when_fine(seeds) -> None:
    for a in seeds:
        for e in a.evidence:
            entry = evidence_entry(e, "x")
            assert entry["why"] and entry["fine"] and entry["explanation"] == e.explanation
    hedge = next(e for a in seeds for e in a.evidence if e.extractor == "hedging")
    assert "honest" in evidence_entry(hedge, "Hedging")["fine"]
    unnamed = next(e for a in seeds for e in a.evidence
                   if e.extractor == "sourcing" and e.label == "vague")
    assert "good reasons" in evidence_entry(unnamed, "Attribution")["fine"]


def test_pasted_article_is_analysed_with_questions_and_lateral_panel(client) -> None:
    r = client.post("/article", data={"text": ARTICLE})
    page = r.get_data(as_text=True)
    assert r.status_code == 200
    a = analyze(ARTICLE)
    assert len(tags(page)) == sum(1 for e in highlighted(a) if e.end > e.start)
    assert "Council approves bus lanes</h1>" in page
    assert "Now read laterally" in page and "cannot know" in page
    q = next(e for e in a.evidence if e.extractor == "rhetorical_questions")
    assert html.escape(q.text, quote=False) in page.split('id="questions"')[1]
    assert "Look up “Ana Ruiz”" in page or "Ana Ruiz" in page.split('id="lateral"')[1]


def test_signal_table_lists_the_scores(client) -> None:
    page = client.post("/article", data={"text": ARTICLE}).get_data(as_text=True)
    a = analyze(ARTICLE)
    for column in ("sensationalism_index", "verifiability_index", "hedging_weasel_per_1k"):
        assert f'data-column="{column}"' in page
    row = page.split('data-column="sensationalism_index"')[1].split("</tr>")[0]
    assert f"{a.scores['sensationalism_index']:.0f}" in row


def test_signal_table_shows_percentiles_among_professional_news(client, seeds) -> None:
    reference = pytest.importorskip("analysis.scoring.reference", reason="no reference table yet")
    a = seeds[0]
    page = client.get(f"/seed/{a.meta['id']}").get_data(as_text=True)
    assert "percentile among professional news" in page
    expected = reference.percentiles(a.scores)["sensationalism_index"]
    row = page.split('data-column="sensationalism_index"')[1].split("</tr>")[0]
    assert f'<td class="num pct">{round(expected)}%' in row


@pytest.mark.parametrize("payload", PAYLOADS)
def test_text_title_and_file_name_are_escaped(client, payload) -> None:
    body = f"{ARTICLE}\n\nA reader wrote {payload} in the comments."
    name = payload.replace('"', "'")  # a browser sends " in a file name as %22
    pages = [client.post("/article", data={"text": body, "title": payload}),
             client.post("/article", data={"file": (io.BytesIO(body.encode()),
                                                    f"{name}.txt")},
                         content_type="multipart/form-data")]
    for r, shown in zip(pages, (payload, name), strict=True):
        page = r.get_data(as_text=True)
        assert r.status_code == 200, page
        if set(shown) & set("<>\"'"):
            assert shown not in page
        tags_found = elements(page)
        assert not [t for t, _ in tags_found if t in ("img", "iframe", "object", "embed")]
        assert not [a for _, attrs in tags_found for a, v in attrs if a.startswith("on")
                    or (a in URL_ATTRS and "javascript:" in (v or "").lower())]
        assert [t for t, _ in tags_found].count("script") == 2  # app.js and the JSON data
        assert str(escape(shown)) in page


def test_embedded_json_cannot_close_its_script(client) -> None:
    body = ARTICLE + " Some say </script><script>alert(1)</script> is the worst ever."
    page = client.post("/article", data={"text": body}).get_data(as_text=True)
    data = page.split('id="evidence-data">')[1]
    assert data.index("</script>") == len(data.split("</script>")[0])
    assert "</" not in data.split("</script>")[0]
    assert any("worst" in e["text"] for e in evidence_json(page)[0])


def test_saved_page_upload_is_stripped_to_text(client) -> None:
    page_html = (f"<html><head><title>x</title><style>p{{}}</style>"
                 f"<script>var secret = 1;</script></head><body><nav>Home</nav>"
                 f"<p>{html.escape(ARTICLE)}</p><p>Tom &amp; Jerry.</p></body></html>")
    r = client.post("/article", data={"file": (io.BytesIO(page_html.encode()), "saved.html")},
                    content_type="multipart/form-data")
    page = r.get_data(as_text=True)
    assert r.status_code == 200
    assert "secret" not in page and "Tom &amp; Jerry" in page and "File: saved.html" in page


def test_html_to_text_keeps_visible_text_only() -> None:
    text = html_to_text("<head><script>x()</script><body><h1>Title</h1><p>One &amp; two"
                        "<br>three</p><svg><text>no</text></svg><p>four</p>")
    assert text.split("\n") == ["Title", "One & two", "three", "four"]


def test_upload_over_the_limit_gets_a_413_page(client) -> None:
    big = io.BytesIO(b"word " * 300_000)
    r = client.post("/article", data={"file": (big, "big.txt")},
                    content_type="multipart/form-data")
    page = r.get_data(as_text=True)
    assert r.status_code == 413
    assert "too large" in page and "1.0 MB" in page and "Traceback" not in page


def test_uploads_are_never_written_to_disk(client, monkeypatch) -> None:
    def refuse(*_a, **_k):
        raise AssertionError("an upload went to a temporary file")

    import werkzeug.formparser

    for name in ("SpooledTemporaryFile", "TemporaryFile", "NamedTemporaryFile", "mkstemp"):
        monkeypatch.setattr(tempfile, name, refuse)
    for name in ("SpooledTemporaryFile", "TemporaryFile"):
        monkeypatch.setattr(werkzeug.formparser, name, refuse, raising=False)
    data = ((ARTICLE + "\n") * 2000).encode()  # 530 kB: Werkzeug would spool it to a file
    r = client.post("/article", data={"file": (io.BytesIO(data), "a.txt")},
                    content_type="multipart/form-data")
    page = r.get_data(as_text=True)  # read in memory, then refused as too long to analyse
    assert r.status_code == 400 and "too long" in page and "went wrong" not in page


@pytest.mark.parametrize(("data", "words"), [
    ({"text": "   "}, "no text to analyse"),
    ({"text": "Le gouvernement a annoncé mardi une nouvelle réforme des retraites, qui sera "
              "présentée au Parlement dans les prochaines semaines. Les syndicats ont déjà "
              "appelé à une grève nationale pour protester."}, "only English"),
])
def test_bad_input_gets_a_plain_message(client, data, words) -> None:
    r = client.post("/article", data=data)
    page = r.get_data(as_text=True)
    assert r.status_code == 400 and words in page and "Traceback" not in page


def test_binary_upload_gets_a_plain_message(client) -> None:
    r = client.post("/article", data={"file": (io.BytesIO(b"\x00\x01\x02" * 100), "x.png")},
                    content_type="multipart/form-data")
    assert r.status_code == 400 and "binary" in r.get_data(as_text=True)


def test_internal_error_is_a_page_not_a_traceback(client, monkeypatch) -> None:
    from analysis.web import routes

    def broken(*_a, **_k):
        raise ValueError("boom")

    monkeypatch.delenv("CREDIBILITY_DEBUG", raising=False)
    monkeypatch.setattr(routes, "analyze", broken)
    r = client.post("/article", data={"text": ARTICLE})
    page = r.get_data(as_text=True)
    assert r.status_code == 500 and "went wrong" in page
    assert "Traceback" not in page and "boom" not in page


@pytest.mark.parametrize(("url", "status"), [("/nope", 404), ("/seed/nope", 404),
                                             ("/compare?a=kbs&b=nope", 404)])
def test_unknown_pages_are_friendly(client, url, status) -> None:
    r = client.get(url)
    assert r.status_code == status and "Back to the start page" in r.get_data(as_text=True)


def test_wrong_method_is_friendly(client) -> None:
    r = client.get("/article")
    assert r.status_code == 405 and "Back to the start page" in r.get_data(as_text=True)


def test_two_seeds_side_by_side(client, seeds) -> None:
    a, b = seeds[0], seeds[3]
    page = client.get(f"/compare?a={a.meta['id']}&b={b.meta['id']}").get_data(as_text=True)
    assert page.count('class="body doc"') == 2
    data = evidence_json(page)
    assert [len(d) for d in data] == [len(highlighted(a)), len(highlighted(b))]
    row = page.split('data-column="verifiability_index"')[1].split("</tr>")[0]
    assert row.count('<td class="num">') == 2


def test_pasted_article_against_a_seed(client, seeds) -> None:
    seed = seeds[1]
    page = client.post("/compare", data={"text": ARTICLE, "title": "Mine",
                                         "b": seed.meta["id"]}).get_data(as_text=True)
    assert "Mine" in page and page.count('class="body doc"') == 2
    assert [len(d) for d in evidence_json(page)] == [len(highlighted(analyze(ARTICLE))),
                                                     len(highlighted(seed))]


def test_worksheets_for_seed_and_pasted_text(client, seeds) -> None:
    sid = seeds[0].meta["id"]
    sheet = client.get(f"/worksheet/seed/{sid}").get_data(as_text=True)
    key = client.get(f"/worksheet/seed/{sid}?part=key").get_data(as_text=True)
    assert "Worksheet" in sheet and "<mark" not in sheet and "Answer key" in key
    posted = client.post("/worksheet", data={"text": ARTICLE, "part": "key"})
    assert posted.status_code == 200 and "best" in posted.get_data(as_text=True)


def test_assets_are_served_and_nothing_is_fetched_from_outside(client) -> None:
    for url in ("/assets/report.css", "/assets/highlights.css", "/static/app.css",
                "/static/app.js"):
        r = client.get(url)
        assert r.status_code == 200 and r.data
    for path in list(WEB.rglob("*.html")) + list(WEB.rglob("*.css")) + list(WEB.rglob("*.js")):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"(?:https?:)?//[a-z0-9.-]+\.[a-z]{2,}", text, re.I), path
        assert "|safe" not in text.replace(" ", ""), path
        assert "innerHTML" not in text, path


def relative_luminance(colour: str) -> float:
    rgb = [int(colour.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_highlight_colours_meet_wcag_aa() -> None:
    ink = re.search(r"--ink:\s*(#[0-9a-f]{6})",
                    (ROOT / "analysis/report/templates/report.css").read_text()).group(1)
    new = [f"new_{i}" for i in range(len(SPARE))]
    styles = [style_for(n, i) for i, n in enumerate([*KNOWN, *new])]
    assert len(styles) == len(KNOWN) + len(SPARE)
    for st in styles:
        assert contrast(ink, st.background) >= 4.5, st  # text on the highlight
        assert contrast(st.line, "#ffffff") >= 4.5, st  # the label tag after it
        assert contrast(st.line, st.background) >= 3.0, st  # its line or pattern


def test_page_colours_meet_wcag_aa() -> None:
    css = (WEB / "static" / "app.css").read_text()
    pairs = [("#ffffff", "#1a1a1a"), ("#ffffff", "#0b3d6b"), ("#4a4a4a", "#ffffff"),
             ("#1a1a1a", "#e9eef4"), ("#0b4f8a", "#ffffff"), ("#1a1a1a", "#fff4f6")]
    for fg, bg in pairs:
        assert fg in css and bg in css
        assert contrast(fg, bg) >= 4.5, (fg, bg)


def test_score_does_not_import_flask() -> None:
    code = ("import sys; from analysis.cli import main as cli; cli.build_parser(); "
            "print(sorted(m for m in ('flask', 'werkzeug', 'jinja2') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT).stdout
    assert out.strip() == "[]"


@pytest.mark.parametrize(("host", "loopback"), [("127.0.0.1", True), ("localhost", True),
                                                ("::1", True), ("0.0.0.0", False),
                                                ("192.168.1.5", False), ("example", False)])
def test_loopback_hosts(host, loopback) -> None:
    assert web_cli.is_loopback(host) is loopback


class FakeServer:
    effective_port = 8123

    def run(self) -> None:  # waitress's run returns on Ctrl+C
        pass

    def close(self) -> None:
        pass


def test_serve_warns_loudly_off_loopback(capsys, monkeypatch) -> None:
    import waitress

    from analysis.cli.main import main
    from analysis.web.workers import WorkerPool

    seen = {}

    def fake(app, host, port, **settings):
        seen.update(host=host, port=port, limit=app.config["MAX_CONTENT_LENGTH"],
                    ident=settings["ident"])
        return FakeServer()

    monkeypatch.setattr(waitress, "create_server", fake)
    monkeypatch.setattr(WorkerPool, "start", lambda self: None)  # no worker processes
    # tests/conftest.py refuses name lookups off loopback, 0.0.0.0 included: no bind probe
    monkeypatch.setattr(web_cli, "_check_free", lambda host, port: None)
    assert main(["serve"]) == 0
    out, err = capsys.readouterr()
    assert seen == {"host": "127.0.0.1", "port": 8000, "limit": 5_000_000,
                    "ident": "credibility"}
    assert "http://127.0.0.1:8123/" in out and "WARNING" not in err
    assert main(["serve", "--host", "0.0.0.0", "--max-upload-mb", "2"]) == 0
    out, err = capsys.readouterr()
    assert "WARNING" in err and "0.0.0.0" in err and "{" not in err
    assert seen["limit"] == 2_000_000


def test_serve_port_in_use_is_a_message(capsys) -> None:
    import socket

    from analysis.cli.main import main

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        code = main(["serve", "--port", str(busy.getsockname()[1])])
    err = capsys.readouterr().err
    assert code == 2 and "try another --port" in err and "Traceback" not in err
    assert main(["serve", "--port", "70000"]) == 2



@pytest.mark.parametrize(("args", "message"), [
    (["--port", "70000"], "argument --port: 70000 is not between 0 and 65535"),
    (["--port", "http"], "argument --port: 'http' is not a port number"),
    (["--time-limit", "0"], "argument --time-limit: use between 0.1 and 3600 seconds"),
    (["--time-limit", "soon"], "argument --time-limit: 'soon' is not a number of seconds"),
    (["--workers", "2.5"], "argument --workers: '2.5' is not a whole number"),
    (["--queue", "0"], "argument --queue: use a number between 1 and 1000"),
    (["--max-upload-mb", "big"], "argument --max-upload-mb: 'big' is not a number"),
    (["--max-upload-mb", "5000"], "argument --max-upload-mb: use a size between 0.01 and 1000 MB"),
])
def test_serve_options_out_of_range_are_usage_errors(capsys, args, message) -> None:
    from analysis.cli.main import main

    assert main(["serve", *args]) == 2
    last = capsys.readouterr().err.strip().splitlines()[-1]
    assert last == f"credibility serve: error: {message}"


# --- short texts, paywall pages and big saved pages ---------------------------------------

TOO_SHORT = ("This text is too short to compare with news articles (48 words; at least 150 are "
             "needed): in a short text one word more or less makes the rates per 1,000 words "
             "jump around, so percentiles would mislead.")


def test_a_short_text_gets_no_percentiles_on_the_page_and_says_why(client) -> None:
    r = client.post("/article", data={"text": ARTICLE})
    page = r.get_data(as_text=True)
    assert r.status_code == 200 and f'<p class="short-note">{escape(TOO_SHORT)}</p>' in page
    assert "percentile among professional news" not in page and 'class="num pct"' not in page


def test_a_short_text_beside_a_seed_has_no_percentiles_of_its_own(client, seeds) -> None:
    r = client.post("/compare", data={"text": ARTICLE, "b": seeds[0].meta["id"]})
    page = r.get_data(as_text=True)
    assert r.status_code == 200 and f"{escape(TOO_SHORT)}</p>" in page
    row = page.split('data-column="sensationalism_index"')[1].split("</tr>")[0]
    cells = re.findall(r'<td class="num pct">(.*?)</td>', row)
    assert cells[0] == "—" and cells[1].endswith("</meter>")


def test_a_paywall_page_is_refused_with_the_one_line_message(client) -> None:
    page = ("<!DOCTYPE html><html><head><title>Bus routes approved</title></head><body>"
            "<article><h1>Bus routes approved</h1><p>The council voted on Tuesday to add three "
            "bus routes.</p><p>Subscribe to continue reading.</p></article></body></html>")
    r = client.post("/article", data={"file": (io.BytesIO(page.encode()), "teaser.html")},
                    content_type="multipart/form-data")
    text = r.get_data(as_text=True)
    assert r.status_code == 400 and str(escape(
        'teaser.html: this looks like a paywall or teaser page (a headline and "Subscribe to '
        'continue"): save the full article text instead')) in text


def big_page(article: str, target: int = 736_522) -> str:
    """A saved news page of ``target`` characters: a short article in menus, scripts and
    style sheets, the way a news site's page is mostly markup."""
    paragraphs = "".join(f"<p>{p}</p>" for p in article.split("\n\n")[1:])
    head = ("<!DOCTYPE html><html><head><title>Council approves bus lanes</title>"
            "<style>" + ".nav a{color:#123}\n" * 2000 + "</style></head><body><nav>"
            + "".join(f'<a href="/section/{i}">Section {i}</a>' for i in range(300))
            + "</nav><article><h1>Council approves bus lanes</h1>" + paragraphs
            + "</article><footer>Copyright 2026 The Daily Example</footer>")
    script = "<script>var tracking = {};" + "tracking.x = 1;\n" * 20_000 + "</script>"
    page = head + script
    return page + "<!--" + "x" * (target - len(page) - len("<!---->" "</body></html>")) \
        + "-->" + "</body></html>"


def test_a_big_saved_page_with_a_short_article_is_analysed(client) -> None:
    article = ARTICLE + "".join(f"\n\nOn day {n}, riders said the buses were often late."
                                for n in range(1, 20))
    page = big_page(article)
    assert len(page) == 736_522 and len(page.encode()) < 1_000_000
    r = client.post("/article", data={"file": (io.BytesIO(page.encode()), "page.html")},
                    content_type="multipart/form-data")
    text = r.get_data(as_text=True)
    assert r.status_code == 200 and "too long" not in text
    assert "On day 19, riders said the buses were often late." in text


def test_a_saved_page_whose_article_is_too_long_is_refused_by_its_article(seeds) -> None:
    long_article = "Title\n\n" + "\n\n".join(
        f"Paragraph {n} says the council met again about bus lanes on Main Street today."
        for n in range(6000))
    page = big_page(long_article, target=len(long_article) + 500_000)
    assert len(page.encode()) < 5_000_000
    big = create_app(seeds=seeds, max_bytes=5_000_000).test_client()
    r = big.post("/article", data={"file": (io.BytesIO(page.encode()), "page.html")},
                    content_type="multipart/form-data")
    text = r.get_data(as_text=True)
    assert r.status_code == 400 and "The article in the page is too long (" in text
    assert "the limit is 400,000" in text


SECOND = ("The city council voted on Tuesday to close the old bridge over the Elm River. "
          "Mayor Ana Ruiz said the bridge had failed two safety inspections since 2021. "
          "Repairs would cost $4 million, according to a report by the state transport "
          "department. Residents told the council that a closure would add twenty minutes "
          "to their drive to work. The council will meet again on March 3 to decide on a "
          "replacement. ") * 3


def test_pasted_article_against_a_second_pasted_article(client) -> None:
    page = client.post("/compare", data={"text": ARTICLE, "title": "Mine",
                                         "text_b": SECOND, "title_b": "Theirs"})
    html = page.get_data(as_text=True)
    assert page.status_code == 200 and html.count('class="body doc"') == 2
    assert "Left: Mine" in html and "Right: Theirs" in html
    assert [len(d) for d in evidence_json(html)] == [len(highlighted(analyze(ARTICLE))),
                                                     len(highlighted(analyze(SECOND)))]


def test_side_by_side_shows_how_each_names_the_actors(client, seeds) -> None:
    by_id = {s.meta["id"]: s for s in seeds}
    page = client.get("/compare?a=kbs&b=cosdream").get_data(as_text=True)
    section = page.split('id="framing"')[1].split("</section>")[0]
    assert "How each one frames the story" in section
    row = section.split('<th scope="row">North Korea')[1].split("</tr>")[0]
    assert "North Korea ×10" in row and "North Korea ×8" in row
    assert "Whose words fill each one" in section
    assert by_id["kbs"] and "Thae Yong-ho" in section
