"""Hostile articles rendered in headless Chromium: nothing in them may run or load.

The corpus (``tests/fixtures/injection``): an article whose text is full of script tags,
event handlers, ``javascript:`` and ``data:`` URLs, CSS that loads, SVG with script,
look-alikes of ``<``, and strings that close ``<title>``, a comment or an attribute; and a
saved web page with a hostile ``<title>``, meta tags and body. Each is rendered through the
report (``write_report``, opened from ``file://``), the class page (home with hostile seed
titles, paste form, upload, seed view, side by side) and the worksheet and answer key.

Every payload sets ``window.__pwned`` or opens a dialog, and every outside address is on
``evil.invalid``. A page fails if the canary is set, a dialog opens, any request goes
anywhere but the page's own origin (such requests are aborted, so nothing leaves the
machine), the console reports a script refused by the Content-Security-Policy (an injected
script reached the DOM), or the DOM holds an element the text should never have made:
an inline event handler, a script other than the app's own, a ``javascript:``/``data:``
link, an iframe, object, embed, base or meta refresh, or anything pointing at evil.invalid.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "injection"
ARTICLE = (FIXTURES / "hostile_article.txt").read_text(encoding="utf-8")
PAGE = FIXTURES / "hostile_page.html"
TITLE = "</title><script>window.__pwned='form-title'</script><!--"
SHOWN = "<script>window.__pwned="  # hostile markup shown as text, as it should be
FOREIGN_DOM = """() => {
  const bad = [];
  const urlAttrs = /^(href|src|action|formaction|data|xlink:href|srcset|poster|background)$/i;
  for (const el of document.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    if (['iframe', 'object', 'embed', 'base', 'frame', 'applet'].includes(tag)) bad.push(tag);
    if (tag === 'meta' && el.httpEquiv) bad.push('meta http-equiv ' + el.httpEquiv);
    if (tag === 'script') {
      if (el.type === 'application/json') {
        try { JSON.parse(el.textContent); } catch (e) { bad.push('broken JSON script'); }
      } else if (el.textContent.trim() || !/\\/static\\/app\\.js$/.test(el.src)) {
        bad.push('script ' + (el.src || el.textContent.slice(0, 60)));
      }
    }
    for (const a of el.attributes) {
      if (/^on/i.test(a.name)) bad.push(tag + ' ' + a.name);
      if (urlAttrs.test(a.name)) {
        let url;
        try { url = new URL(a.value, document.baseURI); } catch (e) { continue; }
        const isImage = tag === 'img' && /^data:image\\//.test(a.value);
        if (tag === 'link' && el.rel === 'icon' && a.value === 'data:,') continue;  // the app's
        if (/^(javascript|vbscript|data):$/.test(url.protocol) && !isImage)
          bad.push(tag + ' ' + a.name + '=' + a.value.slice(0, 60));
        if (url.hostname.endsWith('evil.invalid')) bad.push(tag + ' ' + a.name + ' evil');
      }
      if (a.name === 'style' && /url\\(\\s*['"]?(?!#)/i.test(a.value)) bad.push(tag + ' style url');
    }
  }
  if (window.__pwned !== undefined) bad.push('canary ' + window.__pwned);
  return bad;
}"""


class Watch:
    """Everything a page did that a hostile text could have caused."""

    def __init__(self, context: Any, allowed: str) -> None:
        self.allowed, self.dialogs, self.requests, self.console = allowed, [], [], []
        context.route("**/*", self._route)

    def _route(self, route: Any) -> None:
        url = route.request.url
        if url.startswith(self.allowed):
            route.continue_()
        else:
            self.requests.append(url)
            route.abort()

    def attach(self, page: Any) -> Any:
        page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        page.on("console", lambda m: self.console.append(m.text))
        page.set_default_timeout(15_000)
        return page

    def check(self, page: Any, where: str, shows: str = "") -> None:
        page.wait_for_load_state("load")
        assert shows in page.inner_text("body"), f"{where}: the hostile text is not shown"
        found = page.evaluate(FOREIGN_DOM)
        refused = [m for m in self.console if "Content Security Policy" in m or "pwn" in m]
        assert (found, self.dialogs, self.requests, refused) == ([], [], [], []), where


@pytest.fixture(scope="module")
def hostile_server() -> Iterator[str]:
    """The class page with two seeds whose titles and outlets are hostile."""
    pytest.importorskip("flask", reason="the class page needs Flask (pip install -e .)")
    from werkzeug.serving import make_server

    from analysis import analyze
    from analysis.web.app import create_app

    seeds = [analyze(ARTICLE, meta={"id": f"h{i}", "title": TITLE + str(i),
                                    "outlet": f"<img src=x onerror=alert({i})>"})
             for i in (1, 2)]
    srv = make_server("127.0.0.1", 0, create_app(seeds=seeds, max_bytes=1_000_000),
                      threaded=True)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{srv.server_port}"
    srv.shutdown()
    thread.join(timeout=10)


@pytest.fixture
def watched(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1200, "height": 900},
                                  java_script_enabled=True)
    yield context
    context.close()


def test_report_of_hostile_articles_runs_nothing(watched: Any, tmp_path: Path) -> None:
    from analysis import analyze
    from analysis.intake.pipeline import score_file
    from analysis.report import write_report

    pasted = analyze(ARTICLE, meta={"id": "hostile", "title": TITLE, "outlet": TITLE})
    page = score_file(PAGE).analysis
    html_path = write_report([pasted, page], tmp_path, name="hostile")[0]
    watch = Watch(watched, tmp_path.as_uri())
    pg = watch.attach(watched.new_page())
    pg.goto(html_path.as_uri())
    watch.check(pg, "report", shows=SHOWN)


def paste(pg: Any, server: str) -> None:
    pg.goto(server + "/")
    pg.fill("#title", TITLE)
    pg.fill("#text", ARTICLE)
    pg.check("#keep")
    pg.click("button.go")


def test_class_page_paste_compare_and_worksheets_run_nothing(watched: Any,
                                                             hostile_server: str) -> None:
    watch = Watch(watched, hostile_server + "/")
    pg = watch.attach(watched.new_page())
    pg.goto(hostile_server + "/")
    watch.check(pg, "home with hostile seed titles")
    for button, where in (("", "article page of the pasted text"),
                          ("text=Side by side", "compare"),
                          ("button[value=sheet]", "worksheet"),
                          ("button[value=key]", "answer key")):
        paste(pg, hostile_server)
        if button:
            pg.click(button)
        watch.check(pg, where, shows=SHOWN)


def test_uploaded_hostile_page_and_seed_views_run_nothing(watched: Any,
                                                          hostile_server: str) -> None:
    watch = Watch(watched, hostile_server + "/")
    pg = watch.attach(watched.new_page())
    pg.goto(hostile_server + "/")
    pg.set_input_files("#file", str(PAGE))
    pg.click("button.go")
    assert pg.locator("h1").count() > 0
    watch.check(pg, "article page of the uploaded page", shows="Ana Ruiz")
    for path in ("/seed/h1", "/compare?a=h1&b=h2", "/worksheet/seed/h1?part=sheet",
                 "/worksheet/seed/h2?part=key"):
        pg.goto(hostile_server + path)
        watch.check(pg, path, shows=SHOWN)


def test_the_watch_sees_a_payload_that_does_run(watched: Any) -> None:
    """The checks above would catch a live payload: the article's text as raw HTML does."""
    watch = Watch(watched, "about:")
    pg = watch.attach(watched.new_page())
    pg.set_content(ARTICLE)
    with pytest.raises(AssertionError):
        watch.check(pg, "raw")
    assert pg.evaluate("window.__pwned") is not None
    assert watch.dialogs and any("evil.invalid" in url for url in watch.requests)
