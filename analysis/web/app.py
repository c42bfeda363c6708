"""The Flask application factory: limits, security headers and friendly error pages.

    >>> from analysis.web.app import create_app
    >>> app = create_app()              # then app.test_client() or analysis.cli.serve serve

Uploads are kept in memory (Werkzeug would spool a large one to a temporary file), every
template is autoescaped, the Content-Security-Policy allows only the app's own script,
and every error (bad input, too large, not found, a bug) gets a page in plain words,
never a traceback.
"""

from __future__ import annotations

import io
import logging
import os
from typing import Any

from flask import Flask, Request, render_template
from werkzeug.exceptions import HTTPException

from analysis.intake.loading import InputError

DEFAULT_MAX_BYTES = 5_000_000
CSP = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
MESSAGES = {
    400: ("That did not work", "The page did not understand the request. Go back and try again."),
    404: ("Page not found", "There is no page at this address."),
    405: ("That did not work",
          "This page cannot be used that way. Start again from the home page."),
}


class MemoryRequest(Request):
    """A request whose uploaded files stay in memory, never in a temporary file."""

    def _get_file_stream(self, total_content_length: int | None, content_type: str | None,
                         filename: str | None = None,
                         content_length: int | None = None) -> io.BytesIO:
        return io.BytesIO()


def create_app(*, max_bytes: int = DEFAULT_MAX_BYTES, seeds: Any = None) -> Flask:
    """The web app; ``max_bytes`` limits a request (larger uploads get a 413 page).

    ``seeds`` replaces the seed folder's articles (a list of ``Analysis``) in tests.
    """
    from analysis.web.routes import bp

    app = Flask("analysis.web")
    app.request_class = MemoryRequest
    app.config.update(MAX_CONTENT_LENGTH=max_bytes, MAX_FORM_MEMORY_SIZE=max_bytes,
                      MAX_FORM_PARTS=100, JSON_AS_ASCII=False)
    app.jinja_env.autoescape = True
    app.extensions["credibility_seeds"] = seeds
    app.register_blueprint(bp)
    app.after_request(_headers)
    app.register_error_handler(InputError, _input_error)
    app.register_error_handler(413, _too_large)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _internal_error)
    return app


def _headers(response: Any) -> Any:
    response.headers["Content-Security-Policy"] = CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Referrer-Policy"] = "no-referrer"
    if response.mimetype == "text/html":
        response.headers["Cache-Control"] = "no-store"
    return response


def error_page(status: int, heading: str, message: str) -> tuple[str, int]:
    """A page that explains a problem in one or two plain sentences."""
    return render_template("error.html", heading=heading, message=message,
                           status=status), status


def _input_error(exc: InputError) -> tuple[str, int]:
    return error_page(400, "This text cannot be analysed", str(exc))


def _too_large(exc: Exception) -> tuple[str, int]:
    from flask import current_app

    limit = current_app.config.get("MAX_CONTENT_LENGTH") or DEFAULT_MAX_BYTES
    return error_page(413, "That file is too large",
                      f"The limit is {limit / 1_000_000:.1f} MB. A news article is usually far "
                      "smaller: save just the article page, or copy and paste its text.")


def _http_error(exc: HTTPException) -> tuple[str, int]:
    code = exc.code or 500
    if code == 413:
        return _too_large(exc)
    heading, message = MESSAGES.get(code, ("That did not work", "Please try again."))
    return error_page(code, heading, message)


def _internal_error(exc: Exception) -> tuple[str, int]:
    if os.environ.get("CREDIBILITY_DEBUG"):
        raise exc
    logging.getLogger("credibility.web").error("internal error: %s: %s",
                                                type(exc).__name__, exc)
    return error_page(500, "Something went wrong inside the tool",
                      "This is a bug, not your fault. Try another article, or restart the "
                      "page with the command you used to start it.")
