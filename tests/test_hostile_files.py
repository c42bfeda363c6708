"""Hostile saved pages: control characters lxml refuses, and nesting deeper than it holds.

Before the fix, a page with a NUL or another C0 control character (written, or as a
character reference such as ``&#1;``) gave "internal error: ValueError: All strings must
be XML compatible", and a page of ``<div>`` nested 10,000 deep gave "no article text
found" (or, with ``--no-clean``, "nothing is left once page furniture is removed (try
--no-clean)"): libxml2 drops everything below depth 255.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analysis.cli.main import main
from analysis.intake.formats import convert, html_to_text, page_text, xml_safe
from analysis.intake.loading import InputError
from analysis.web.upload import read_submission

SENTENCE = ("The city council voted on Tuesday to approve the new budget, which includes "
            "money for schools and roads, the mayor's office said in a statement.")
BODY = " ".join([SENTENCE] * 6)
CONTROLS = "".join(chr(c) for c in range(1, 32) if chr(c) not in "\t\n\r")  # NUL: below
HEAD = "<!DOCTYPE html><html><head><title>Budget passes</title></head><body>"


def page(first: str, second: str = BODY) -> str:
    return f"{HEAD}<article><h1>Budget passes</h1><p>{first}</p><p>{second}</p></article>" \
           "</body></html>"


def deep(depth: int) -> str:
    return f"<html><body>{'<div>' * depth}<p>{BODY}</p>{'</div>' * depth}</body></html>"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def write(folder: Path, text: str, name: str, encoding: str = "utf-8") -> str:
    path = folder / name
    path.write_text(text, encoding=encoding)
    return str(path)


class Upload:
    def __init__(self, filename: str, data: bytes) -> None:
        self.filename, self.data = filename, data

    def read(self) -> bytes:
        return self.data


# --- control characters ------------------------------------------------------------------

def test_xml_safe_keeps_tab_newline_and_return_and_drops_the_rest() -> None:
    text = "a\tb\nc\rd\x0be\x0cf\x00g\x01h\x1fi\ud800j\ufffek\uffffl\x7fm\x85n"
    assert xml_safe(text) == ("a\tb\nc\rd e f" + "ghijkl\x7fm\x85n", 8)


def test_xml_safe_drops_references_to_unsafe_characters_only() -> None:
    text = "&#1;a&#x0B;b&#xfffe;c&#xD800;d&#0;e&#65;f&#x1F600;g&amp;#1;h&#99999999;"
    assert xml_safe(text) == ("a b" + "cde&#65;f&#x1F600;g&amp;#1;h&#99999999;", 5)


@pytest.mark.parametrize("option", [[], ["--no-clean"]])
@pytest.mark.parametrize("hostile", [
    f"{BODY}{CONTROLS}",
    f"{BODY} &#1; &#x0B; &#xFFFE; &#0;",
    f"{BODY} \ufffe\uffff",
])
def test_a_page_with_control_characters_is_analysed(capsys, tmp_path, hostile, option) -> None:
    path = write(tmp_path, page(hostile), "blog.html")
    code, out, err = run(capsys, "score", path, "--json", *option)
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["text"].startswith("Budget passes\n\nThe city council voted")
    assert not any(ch in data["text"] for ch in CONTROLS + "\ufffe\uffff")
    _, plain, _ = run(capsys, "score", write(tmp_path, page(BODY), "plain.html"), "--json",
                      *option)
    assert data["scores"] == json.loads(plain)["scores"]


def test_a_utf16_page_with_nul_characters_is_analysed(capsys, tmp_path) -> None:
    path = write(tmp_path, page(f"{BODY}\x00\x00"), "blog.html", encoding="utf-16")
    code, out, err = run(capsys, "score", path, "--json")
    assert (code, err) == (0, "")
    assert "\x00" not in json.loads(out)["text"]


@pytest.mark.parametrize("option", [[], ["--no-clean"]])
def test_a_page_of_markup_and_control_characters_only(capsys, tmp_path, option) -> None:
    text = f"{HEAD}<div class='post'><p>\x01\x02\x1b</p><p>&#1;&#x1f;</p>" + "<p></p>" * 20
    path = write(tmp_path, text + "</div></body></html>", "blog.html")
    code, out, err = run(capsys, "score", path, *option)
    assert (code, out) == (2, "")
    assert err == (f"credibility: {path}: this web page has no text, only markup and 5 "
                   "control characters\n")


def test_an_empty_page_with_no_clean_says_so(capsys, tmp_path) -> None:
    path = write(tmp_path, f"{HEAD}<div><p></p><p></p></div></body></html>", "empty.html")
    code, out, err = run(capsys, "score", path, "--no-clean")
    assert (code, out, err) == (2, "", f"credibility: {path}: no visible text in this web page\n")


def test_the_class_page_strips_control_characters_from_a_page() -> None:
    data = page(f"{BODY}{CONTROLS}").encode("utf-8")
    submission = read_submission({}, {"file": Upload("blog.html", data)})
    assert submission.title == "Budget passes"
    assert submission.text.startswith("Budget passes\n\nThe city council voted")
    pasted = read_submission({"text": page(f"{BODY}&#1;\x00")})
    assert pasted.text == submission.text


@pytest.mark.parametrize("form", [{"text": "\x01\x02 \x00\x1b"},
                                  {"text": "\x01\x02 \x00\x1b", "keep": "on"}])
def test_a_paste_of_control_characters_only(form) -> None:
    with pytest.raises(InputError) as caught:
        read_submission(form)
    assert str(caught.value) == "the pasted text: there is no text, only control characters"


def test_report_extracts_the_article_from_a_page_with_control_characters(
        capsys, tmp_path) -> None:
    path = write(tmp_path, page(f"{BODY}{CONTROLS}"), "blog.html")
    code, out, err = run(capsys, "report", path, "--out", str(tmp_path / "out"))
    assert (code, err) == (0, "")
    csv = (tmp_path / "out" / "comparison.csv").read_text(encoding="utf-8").splitlines()
    assert csv[1].startswith(f"blog,Budget passes,{path},")


# --- deep nesting --------------------------------------------------------------------------

@pytest.mark.parametrize("depth", [10_000, 100_000])
@pytest.mark.parametrize("option", [[], ["--no-clean"]])
def test_a_page_nested_too_deep_falls_back_to_its_text(capsys, tmp_path, depth, option) -> None:
    path = write(tmp_path, deep(depth), "deep.html")
    code, out, err = run(capsys, "score", path, "--json", *option)
    assert (code, err) == (0, "")
    assert json.loads(out)["text"] == BODY


def test_the_fallback_is_used_only_past_the_parser_limit() -> None:
    assert page_text(deep(200)) == page_text(deep(10_000)) == BODY
    assert convert(deep(200), "p.html").text == BODY  # trafilatura, as before


def test_html_to_text_reads_any_depth_and_skips_scripts() -> None:
    html = f"<body>{'<div>' * 50_000}<script>x()</script>One{'</div>' * 50_000}<p>Two</p>"
    assert html_to_text(html) == "One\nTwo"


def test_the_class_page_reads_a_page_nested_too_deep() -> None:
    data = deep(10_000).encode("utf-8")
    for form in ({}, {"keep": "on"}):
        assert read_submission(form, {"file": Upload("deep.html", data)}).text == BODY


def test_a_page_lxml_cannot_read_is_read_by_the_stripper(capsys, tmp_path) -> None:
    """An XML declaration naming an encoding made lxml refuse the page: --no-clean said
    'nothing is left once page furniture is removed (try --no-clean)'."""
    declared = '<?xml version="1.0" encoding="utf-8"?>' + page(BODY)
    path = write(tmp_path, declared, "declared.html")
    code, out, err = run(capsys, "score", path, "--json", "--no-clean")
    assert (code, err) == (0, "")
    assert json.loads(out)["text"] == f"Budget passes\n\n{BODY}\n\n{BODY}" == page_text(page(BODY))
