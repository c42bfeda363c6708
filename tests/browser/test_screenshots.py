"""Screenshots of the main views, in colour, in grey (a black-and-white printout) and at a
projector's size. With CREDIBILITY_SCREENSHOTS=reports/screenshots they are kept there."""

from __future__ import annotations

from pathlib import Path

GREY = "html { filter: grayscale(100%); }"


def snap(page, folder: Path, name: str) -> Path:
    path = folder / f"{name}.png"
    page.screenshot(path=str(path))
    assert path.stat().st_size > 5_000 and path.read_bytes()[:4] == b"\x89PNG"
    return path


def open_question(page, server: str, seed_id: str) -> None:
    page.goto(f"{server}/seed/{seed_id}")
    target = page.locator(".doc mark.x-rhetorical_questions").first
    target.scroll_into_view_if_needed()
    target.click()


def test_screenshots_of_the_main_views(page, server, shots) -> None:
    page.goto(server + "/")
    snap(page, shots, "home")
    open_question(page, server, "cosdream")
    snap(page, shots, "article")
    page.add_style_tag(content=GREY)
    snap(page, shots, "article_greyscale")
    page.set_viewport_size({"width": 1024, "height": 768})
    open_question(page, server, "cosdream")
    snap(page, shots, "article_projector_1024x768")
    page.set_viewport_size({"width": 1366, "height": 900})
    page.goto(f"{server}/seed/kbs")
    page.uncheck("#show-specificity")
    page.locator("#show-specificity").focus()
    snap(page, shots, "legend_specificity_off")
    page.goto(f"{server}/compare?a=cosdream&b=frontline")
    page.locator("#numbers").scroll_into_view_if_needed()
    snap(page, shots, "compare_table")
    mark = page.locator('.doc[data-doc="0"] mark.x-superlatives').first
    mark.scroll_into_view_if_needed()
    mark.click()
    snap(page, shots, "compare_columns")
    page.add_style_tag(content=GREY)
    snap(page, shots, "compare_columns_greyscale")
    page.goto(f"{server}/seed/cosdream")
    page.locator("#questions").scroll_into_view_if_needed()
    snap(page, shots, "questions_and_lateral_reading")


def test_screenshots_of_the_worksheet(page, server, shots) -> None:
    page.set_viewport_size({"width": 794, "height": 1123})  # A4 at 96 dpi
    page.emulate_media(media="print")
    page.goto(f"{server}/worksheet/seed/cosdream")
    snap(page, shots, "worksheet_cosdream_page1")
    page.goto(f"{server}/worksheet/seed/cosdream?part=key")
    snap(page, shots, "answer_key_cosdream_page1")
