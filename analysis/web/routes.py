"""The pages: home, one article, two side by side, and the worksheet for what is on screen.

A pasted article is never stored: its page carries the (cleaned) text in hidden form
fields, so "compare" and "worksheet" post it back. Seeds are analysed once per process.
"""

from __future__ import annotations

import threading
from importlib import resources
from typing import Any

from flask import Blueprint, Response, abort, current_app, render_template, request

from analysis.core import Analysis, analyze
from analysis.intake.loading import InputError
from analysis.web.pages import article_context, compare_context, highlight_css, highlight_styles
from analysis.web.upload import read_submission

bp = Blueprint("pages", __name__)
_LOCK = threading.Lock()


def seed_list() -> list[Analysis]:
    """The seed articles, analysed once (an empty list when the seeds cannot be found)."""
    ext = current_app.extensions
    with _LOCK:
        if ext.get("credibility_seeds") is None:
            from analysis.intake.seeds import load_seeds

            try:
                ext["credibility_seeds"] = [analyze(s.text, meta=s.meta) for s in load_seeds()]
            except InputError as exc:
                current_app.logger.warning("no seeds: %s", exc)
                ext["credibility_seeds"] = []
        return ext["credibility_seeds"]


def seed(seed_id: str) -> Analysis:
    for a in seed_list():
        if a.meta.get("id") == seed_id:
            return a
    abort(404)


def _seed_menu() -> list[dict[str, str]]:
    return [{"id": str(a.meta.get("id")), "title": str(a.meta.get("title") or ""),
             "outlet": str(a.meta.get("outlet") or "")} for a in seed_list()]


def _pasted(form: Any, files: Any = None,
            doc_id: str = "pasted") -> tuple[Analysis, dict[str, Any]]:
    sub = read_submission(form, files)
    meta = {"id": doc_id, "title": sub.title}
    if sub.filename:
        meta["source_file"] = sub.filename
    origin = {"text": sub.text, "title": sub.title, "filename": sub.filename,
              "removed": sub.removed}
    return analyze(sub.text, meta=meta), origin


@bp.get("/")
def home() -> str:
    return render_template("home.html", seeds=_seed_menu(), limit=_limit_mb())


@bp.post("/article")
def article() -> str:
    a, origin = _pasted(request.form, request.files)
    return render_template("article.html", origin=origin, seeds=_seed_menu(),
                           **article_context(a))


@bp.get("/seed")
def seed_from_menu() -> str:
    return seed_page(str(request.args.get("id", "")))


@bp.get("/seed/<seed_id>")
def seed_page(seed_id: str) -> str:
    a = seed(seed_id)
    return render_template("article.html", origin=None, seed_id=seed_id, seeds=_seed_menu(),
                           **article_context(a))


@bp.route("/compare", methods=["GET", "POST"])
def compare() -> str:
    source = request.values
    if request.method == "POST":
        left, origin = _pasted({**source.to_dict(), "keep": "1"})
    else:
        left, origin = seed(str(source.get("a", ""))), None
    right = _right_side(source)
    return render_template("compare.html", origin=origin, seeds=_seed_menu(),
                           **compare_context(left, right))


def _right_side(source: Any) -> Analysis:
    """The right-hand article: a second pasted text (``text_b``) or else the seed ``b``."""
    if request.method == "POST" and str(source.get("text_b") or "").strip():
        second = {"text": source.get("text_b"), "title": source.get("title_b") or ""}
        return _pasted(second, doc_id="second")[0]
    return seed(str(source.get("b", "")))


@bp.get("/worksheet/seed/<seed_id>")
def seed_worksheet(seed_id: str) -> Response:
    return _worksheet(seed(seed_id), str(request.args.get("part", "sheet")))


@bp.post("/worksheet")
def worksheet() -> Response:
    a, _ = _pasted({**request.form.to_dict(), "keep": "1"})
    return _worksheet(a, str(request.form.get("part", "sheet")))


def _worksheet(a: Analysis, part: str) -> Response:
    from analysis.worksheet import build_worksheet, render_answer_key, render_worksheet

    ws = build_worksheet(a)
    html = render_answer_key(ws) if part == "key" else render_worksheet(ws)
    return Response(html, mimetype="text/html")


@bp.get("/assets/report.css")
def report_css() -> Response:
    css = resources.files("analysis.report").joinpath("templates/report.css")
    return Response(css.read_text(encoding="utf-8"), mimetype="text/css")


@bp.get("/assets/highlights.css")
def highlights_css() -> Response:
    return Response(highlight_css(highlight_styles()), mimetype="text/css")


def _limit_mb() -> str:
    limit = current_app.config.get("MAX_CONTENT_LENGTH") or 0
    return f"{limit / 1_000_000:.1f} MB"
