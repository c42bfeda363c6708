"""The class page in headless Chromium: highlights, explanations, keyboard, side by side, safety."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis import analyze
from analysis.extractors import HIGHLIGHTED
from analysis.web.pages import highlight_styles

JS = Path(__file__).with_name("js")



def marked(a) -> list:
    """The evidence the page highlights, in the page's numbering (frames and genre are
    listed in the JSON, not marked in the text)."""
    return [e for e in a.evidence if e.extractor in HIGHLIGHTED]


def script(name: str) -> str:
    """A JavaScript function from ``tests/browser/js``, for ``page.evaluate``."""
    return (JS / f"{name}.js").read_text(encoding="utf-8").split("\n", 1)[1]


PAYLOADS = ('<script>alert("text")</script>', '"><img src=x onerror=alert("attr")>',
            "<a href=\"javascript:alert('link')\">click me</a>", "javascript:alert('url')",
            "</script><script>alert('close')</script>", "' onmouseover='alert(\"quote\")")
EVIL_TEXT = ("The minister said on Monday that the new law would help farmers in the north. "
             "Critics say it is the worst law ever written. Can anyone trust the minister "
             "now?\n\n" + "\n\n".join(f"A reader wrote {p} under the article." for p in PAYLOADS))
DOM = script("highlights")
INERT = script("inert")


def norm(text: str) -> str:
    return " ".join(text.split())


def paste(page, server: str, text: str, title: str = "", keep: bool = True) -> None:
    page.goto(server + "/")
    page.fill("#title", title)
    page.fill("#text", text)
    if keep:
        page.check("#keep")
    page.click("button.go")
    page.wait_for_selector(".doc")


def check_highlights(page, analyses: list) -> None:
    """Every non-empty evidence span is on the page once, with its words and its tag."""
    look = highlight_styles()
    dom = page.evaluate(DOM)
    for d, a in enumerate(analyses):
        shown = [i for i, e in enumerate(marked(a)) if e.end > e.start]
        tags = [(i, t) for doc, i, t in dom["tags"] if doc == d]
        assert sorted(i for i, _ in tags) == shown
        for i, tag in tags:
            e = marked(a)[i]
            assert tag == f"{look[e.extractor].abbr}:{e.label}"
            assert norm(dom["text"][f"{d}:{i}"]) == norm(e.text)


@pytest.mark.parametrize("index", range(4))
def test_pasted_seed_highlights_match_the_json_evidence(page, server, seeds, index) -> None:
    seed = seeds[index]
    paste(page, server, seed.text)
    evidence = analyze(seed.text).to_dict()["evidence"]
    assert len(evidence) == len(seed.evidence)
    check_highlights(page, [analyze(seed.text)])
    assert page.errors == []


def test_click_shows_the_right_explanation(page, server, seeds) -> None:
    a = seeds[0]
    page.goto(f"{server}/seed/{a.meta['id']}")
    done: set[str] = set()
    for mark in page.query_selector_all(".doc mark[data-ev]"):
        found = [marked(a)[int(n)] for n in mark.get_attribute("data-ev").split()]
        if {e.extractor for e in found} <= done:
            continue
        mark.click()
        panel = norm(page.inner_text("#explain-body"))
        for e in found:  # overlapping spans: every one is explained
            assert norm(e.explanation) in panel and f": {e.label}" in panel
        assert "Why it matters" in panel and "When it is fine" in panel
        assert "current" in mark.get_attribute("class")
        done.update(e.extractor for e in found)
    assert done == {e.extractor for e in marked(a)}


@pytest.mark.parametrize("index", range(4))
def test_tab_reaches_every_highlight(page, server, seeds, index) -> None:
    a = seeds[index]
    page.goto(f"{server}/seed/{a.meta['id']}")
    reached: set[int] = set()
    marks = page.locator(".doc mark[data-ev]").count()
    for _ in range(marks + 40):
        page.keyboard.press("Tab")
        info = page.evaluate("""() => { const el = document.activeElement;
            if (!el.matches('.doc mark[data-ev]')) return null;
            const s = getComputedStyle(el);
            return {ev: el.dataset.ev, outline: s.outlineStyle, width: parseFloat(s.outlineWidth),
                    panel: document.getElementById('explain-body').innerText}; }""")
        if info is None:
            if reached:
                break
            continue
        assert info["outline"] != "none" and info["width"] >= 2  # a visible focus ring
        first = marked(a)[int(info["ev"].split()[0])]
        assert norm(first.explanation) in norm(info["panel"])  # shown on focus
        reached.update(int(n) for n in info["ev"].split())
    assert reached == {i for i, e in enumerate(marked(a)) if e.end > e.start}


def test_enter_and_legend_switches_work_from_the_keyboard(page, server, seeds) -> None:
    a = seeds[1]
    page.goto(f"{server}/seed/{a.meta['id']}")
    state = """() => [...document.querySelectorAll('.doc mark[data-ev]')]
        .filter(m => m.dataset.x === 'specificity')
        .map(m => [m.classList.contains('hl-off'), m.tabIndex])"""
    page.focus("#show-specificity")
    page.keyboard.press("Space")
    assert not page.is_checked("#show-specificity")
    off = page.evaluate(state)
    assert off and all(hidden and tab == -1 for hidden, tab in off)
    assert page.locator(".doc sup.t-specificity:visible").count() == 0
    page.keyboard.press("Space")
    assert page.is_checked("#show-specificity")
    assert all(not hidden and tab == 0 for hidden, tab in page.evaluate(state))
    assert page.locator(".doc sup.t-specificity:visible").count() > 0
    mark = page.locator(".doc mark.x-hedging").first
    mark.focus()
    page.evaluate("document.getElementById('explain-body').textContent = ''")
    page.keyboard.press("Enter")
    assert "Hedging" in page.inner_text("#explain-body")


def test_two_seeds_side_by_side(page, server, seeds) -> None:
    left, right = seeds[0], seeds[1]
    page.goto(server + "/")
    page.select_option("#a", left.meta["id"])
    page.select_option("#b", right.meta["id"])
    page.click("form.inline button")
    page.wait_for_selector(".columns")
    assert page.locator(".columns .doc").count() == 2
    heads = page.locator(".col-h").all_inner_texts()
    assert "CosDream" in heads[0] and "KBS" in heads[1]
    check_highlights(page, [left, right])
    row = page.locator('tr[data-column="sensationalism_index"] td.num:not(.pct)')
    assert row.all_inner_texts() == [f"{a.scores['sensationalism_index']:.0f}"
                                     for a in (left, right)]
    framing = page.locator("#framing")  # how each frames the story, rendered and visible
    assert framing.is_visible()
    named = framing.locator("tr", has_text="North Korea").first.inner_text()
    assert "North Korea ×8" in named and "North Korea ×10" in named
    assert "Which claims the other article backs up" in framing.inner_text()
    page.locator('.doc[data-doc="1"] mark[data-ev]').first.click()
    first = marked(right)[int(page.locator('.doc[data-doc="1"] mark[data-ev]').first
                               .get_attribute("data-ev").split()[0])]
    assert norm(first.explanation) in norm(page.inner_text("#explain-body"))


def test_pasted_article_against_a_seed(page, server, seeds) -> None:
    mine, seed = seeds[3].text, seeds[0]
    paste(page, server, mine, title="My article")
    page.select_option("#cmp-b", seed.meta["id"])
    page.click("text=Side by side")
    page.wait_for_selector(".columns")
    assert "My article" in page.inner_text("ul.pair")
    check_highlights(page, [analyze(mine), seed])


def assert_inert(page, payload_texts: list[str]) -> None:
    page.wait_for_timeout(300)  # an injected image's onerror would have fired by now
    assert page.dialogs == []
    found = page.evaluate(INERT)
    assert found["bad"] == [] and found["embeds"] == 0
    assert found["scripts"] in ([], ["src"], ["src", "application/json"])  # ours only
    shown = norm(page.evaluate("""() => { const c = document.body.cloneNode(true);
        c.querySelectorAll('sup.tag, script').forEach(n => n.remove()); return c.textContent; }"""))
    for p in payload_texts:
        assert norm(p) in shown


def test_injection_in_text_and_title_is_inert(page, server) -> None:
    title = PAYLOADS[1] + " " + PAYLOADS[3]
    paste(page, server, EVIL_TEXT, title=title, keep=False)
    assert norm(page.inner_text("h1")) == norm(title)
    for mark in page.query_selector_all(".doc mark[data-ev]"):
        mark.click()
    page.hover(".doc")
    assert_inert(page, [*PAYLOADS, title])
    page.click("text=Side by side")
    page.wait_for_selector(".columns")
    assert_inert(page, PAYLOADS)
    for button in ("Printable worksheet", "Answer key"):
        paste(page, server, EVIL_TEXT, title=title, keep=False)  # a POST: no going back
        page.click(f"text={button}")
        page.wait_for_load_state()
        assert_inert(page, [title])


def test_injection_in_an_uploaded_file_and_its_name_is_inert(page, server) -> None:
    name = "<img src=x onerror=alert('file')>javascript:alert(1).html"
    body = "".join(f"<p>{p.replace('&', '&amp;').replace('<', '&lt;')}</p>"
                   for p in EVIL_TEXT.split("\n\n"))
    saved = (f"<html><head><script>alert('saved page')</script></head><body>{body}"
             "<img src=x onerror=alert('img')></body></html>")
    page.goto(server + "/")
    page.set_input_files("#file", files=[{"name": name, "mimeType": "text/html",
                                          "buffer": saved.encode()}])
    page.click("button.go")
    page.wait_for_selector(".doc")
    assert norm(f"File: {name}") in norm(page.inner_text(".facts"))
    assert_inert(page, PAYLOADS)


def test_upload_over_the_limit_gets_a_413_page(page, server) -> None:
    page.goto(server + "/")
    page.set_input_files("#file", files=[{"name": "big.txt", "mimeType": "text/plain",
                                          "buffer": b"word " * 250_000}])
    with page.expect_response(lambda r: r.url.endswith("/article")) as info:
        page.click("button.go")
    assert info.value.status == 413
    assert "too large" in page.inner_text("h1") and "1.0 MB" in page.inner_text("main")


CONTRAST = script("contrast")


@pytest.mark.parametrize("url", ["/", "/seed/cosdream", "/compare?a=kbs&b=frontline"])
def test_every_text_meets_wcag_aa_contrast(page, server, url) -> None:
    page.goto(server + url)
    result = page.evaluate(CONTRAST)
    assert result["checked"] > 20 and result["fails"] == [], result
