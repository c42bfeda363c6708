"""The Flask application factory: limits, security headers and friendly error pages.

    >>> from analysis.web.app import create_app
    >>> app = create_app()              # then app.test_client() or analysis.cli.serve serve

Uploads are kept in memory (Werkzeug would spool a large one to a temporary file), every
template is autoescaped, the Content-Security-Policy allows only the app's own script,
and every error (bad input, too large, not found, a bug) gets a page in plain words,
never a traceback.

With a ``pool`` (``analysis.web.workers.WorkerPool``, as ``credibility serve`` gives), every
posted article is analysed and its page rendered in a worker process, within a time
limit; without one (tests, ``app.test_client()``) everything runs in this process.
"""

from __future__ import annotations

import io
import logging
import os
from typing import Any

from flask import Flask, Request, Response, current_app, render_template, request
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge
from werkzeug.formparser import FormDataParser

from analysis.intake.loading import InputError

DEFAULT_MAX_BYTES = 5_000_000
MAX_FORM_PARTS = 100
# Posted pages that analyse a text: these go to the worker pool when there is one.
OFFLOADED = frozenset({"pages.article", "pages.compare", "pages.worksheet"})
CSP = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
MESSAGES = {
    400: ("That did not work", "The page did not understand the request. Go back and try again."),
    404: ("Page not found", "There is no page at this address."),
    405: ("That did not work",
          "This page cannot be used that way. Start again from the home page."),
}


class TooManyParts(RequestEntityTooLarge):
    """A form with more fields than ``MAX_FORM_PARTS``: not a file that is too large."""


class PartCountingParser(FormDataParser):
    """Tells a form with too many fields from one that is too large.

    Werkzeug raises the same bare 413 for both. A request whose declared length is within
    every byte limit cannot have tripped one (no field can be larger than the whole body),
    so its 413 can only come from the number of parts.
    """

    def _parse_multipart(self, stream: Any, mimetype: str, content_length: int | None,
                         options: dict[str, str]) -> Any:
        try:
            return super()._parse_multipart(stream, mimetype, content_length, options)
        except RequestEntityTooLarge:
            limits = [x for x in (self.max_form_memory_size, self.max_content_length) if x]
            if content_length is not None and all(content_length <= x for x in limits):
                raise TooManyParts() from None
            raise


class MemoryRequest(Request):
    """A request whose uploaded files stay in memory, never in a temporary file."""

    form_data_parser_class = PartCountingParser

    def _get_file_stream(self, total_content_length: int | None, content_type: str | None,
                         filename: str | None = None,
                         content_length: int | None = None) -> io.BytesIO:
        return io.BytesIO()


def create_app(*, max_bytes: int = DEFAULT_MAX_BYTES, seeds: Any = None,
               pool: Any = None) -> Flask:
    """The web app; ``max_bytes`` limits a request (larger uploads get a 413 page).

    ``seeds`` replaces the seed folder's articles (a list of ``Analysis``) in tests;
    ``pool`` runs posted analyses in worker processes (see the module docstring).
    """
    from analysis.web.routes import bp

    app = Flask("analysis.web")
    app.request_class = MemoryRequest
    app.config.update(MAX_CONTENT_LENGTH=max_bytes, MAX_FORM_MEMORY_SIZE=max_bytes,
                      MAX_FORM_PARTS=MAX_FORM_PARTS, JSON_AS_ASCII=False)
    app.jinja_env.autoescape = True
    app.extensions["credibility_seeds"] = seeds
    app.register_blueprint(bp)
    if pool is not None:
        app.extensions["credibility_pool"] = pool
        app.before_request(_offload)
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


def _offload() -> Any:
    """A posted article's whole page, made by a worker process within the time limit.

    The worker runs this same app without a pool on a copy of the request, so its page is
    exactly the one this process would make. Light pages (home, seeds, assets) stay here.
    """
    from analysis.web.workers import Busy, TooSlow, WorkerFailed

    if request.method != "POST" or request.endpoint not in OFFLOADED:
        return None
    pool = current_app.extensions["credibility_pool"]
    body = request.get_data()  # a 413 when it is over the limit
    environ = {k: v for k, v in request.environ.items() if isinstance(v, str)}
    try:
        status, headers, data = pool.run(environ, body)
    except Busy as exc:  # Retry-After: the pool's estimate of the wait, whole seconds
        text, code = error_page(503, "The page is busy",
                                "Many articles are being analysed right now. Try again in a "
                                "moment: go back and press the button again.")
        return Response(text, code, {"Retry-After": str(exc.retry_after)},
                        mimetype="text/html")
    except TooSlow:
        return error_page(503, "This text took too long to analyse",
                          f"The page stops any analysis after {pool.time_limit:g} seconds, and "
                          "this one was not finished. Try a shorter text, such as one "
                          "article rather than a whole page or a book.")
    except WorkerFailed as exc:
        return _internal_error(exc)
    return Response(data, status, [(k, v) for k, v in headers if k.lower() != "content-length"])


def _too_large(exc: Exception) -> tuple[str, int]:
    if isinstance(exc, TooManyParts):
        return error_page(413, "Too many form fields",
                          f"The form sent more than {MAX_FORM_PARTS} fields; the class page "
                          "needs only the article. Go back and send it again from the page.")
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
