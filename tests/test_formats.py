"""Recognising saved web pages and Markdown, and turning them into article text."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from analysis.cli.score import byte_size
from analysis.intake.formats import convert, detect, from_markdown, html_to_text, page_text
from analysis.intake.loading import InputError

PAGE = (Path(__file__).resolve().parent / "fixtures" / "frontline_saved_page.html").read_text(
    encoding="utf-8")


@pytest.mark.parametrize(("text", "name", "kind"), [
    (PAGE, "page.html", "html"),
    (PAGE, "page.txt", "html"),
    ("<html><body><p>The council voted.</p></body></html>", "", "html"),
    ("<p>The council voted.</p>", "x.htm", "html"),
    ("The council voted 7-2. Critics said <br> was a typo in the memo.", "", "text"),
    ("Use <p> and </p> around paragraphs, the style guide says.", "notes.txt", "text"),
    ("# Council votes\n\nThe [council](https://x.invalid) voted.", "", "markdown"),
    ("The council voted.", "notes.md", "markdown"),
    ("- CosDream News\n- Oct 12, 2024\n\nThe council voted on Tuesday.", "", "text"),
    ("#1 in the polls: the mayor said so.", "", "text"),
])
def test_detect_by_content(text, name, kind) -> None:
    assert detect(text, name) == kind


def test_markdown_syntax_is_dropped_line_by_line() -> None:
    md = ("## The *big* vote ##\n\nThe **council** voted [7-2](https://x.invalid/v) on "
          "Tuesday ![chart](c.png).\n\n> \u201cWe did it,\u201d she said.\n\n- first\n"
          "1. second\n\n---\n[x]: https://x.invalid\nUse `code` and snake_case_names.")
    assert from_markdown(md) == (
        "The big vote\n\nThe council voted 7-2 on Tuesday .\n\n\u201cWe did it,\u201d she "
        "said.\n\nfirst\nsecond\n\n\n\nUse code and snake_case_names.")


def test_markdown_on_a_huge_line_is_fast() -> None:
    line = "**a " * 50_000 + "_b " * 50_000 + "[c](" * 20_000
    start = time.perf_counter()
    from_markdown(line)
    assert time.perf_counter() - start < 5


def test_page_text_keeps_blocks_and_drops_scripts() -> None:
    text = page_text(PAGE)
    assert "dataLayer" not in text and ".cookie-banner" not in text
    assert "\n\nAccept all cookies\n\n" in text and "rivercity_reader" in text


def test_convert_html_extracts_the_article_and_metadata() -> None:
    converted = convert(PAGE, "page.html")
    assert converted.kind == "html"
    assert converted.text.startswith("What It\u2019s Like To Defect From North Korea\n\nOn Monday")
    assert converted.meta == {"title": "What It\u2019s Like To Defect From North Korea",
                              "byline": "Patrice Taddonio", "date": "2017-11-14",
                              "outlet": "FRONTLINE"}
    assert "Hong Ki-won" not in converted.text and converted.dropped_chars > 1000


def test_title_outside_the_article_is_put_on_top() -> None:
    body = "".join(f"<p>Paragraph {i}: the council voted 7-2 on Tuesday to add bus lanes on "
                   f"Main Street, the mayor's office said in a statement.</p>" for i in range(6))
    page = (f"<html><head><title>Bus lanes approved</title><meta property='og:title' "
            f"content='Bus lanes approved'></head><body><header><h1>Bus lanes approved</h1>"
            f"</header><div class='content'>{body}</div></body></html>")
    text = convert(page, "p.html").text
    assert text.startswith("Bus lanes approved\n\nParagraph 0") and text.count("approved") == 1


def test_a_page_with_nothing_in_it() -> None:
    with pytest.raises(InputError, match="no article text found"):
        convert("<html><body><script>1</script></body></html>", "p.html")


@pytest.mark.parametrize(("text", "size"), [("1000000", 1_000_000), ("5MB", 5_000_000),
                                            ("200kb", 200_000), ("1.5M", 1_500_000),
                                            ("2 GB", 2_000_000_000)])
def test_byte_sizes(text, size) -> None:
    assert byte_size(text) == size


@pytest.mark.parametrize("text", ["", "0", "-5", "lots", "5TB"])
def test_bad_byte_sizes(text) -> None:
    import argparse

    with pytest.raises(argparse.ArgumentTypeError):
        byte_size(text)


def test_a_marked_section_the_stdlib_parser_rejects_is_dropped() -> None:
    # html.parser raises AssertionError on "<![DOCTYPE" (found by benchmarks/fuzz.py)
    page = "<![DOCTYPE html>\n<p>Officials said <b>the bridge</b> will close.</p><![CDATA[x]]>"
    assert html_to_text(page) == "Officials said the bridge will close."
    assert page_text(page) == "Officials said the bridge will close."
