"""The ``serve`` and ``worksheet`` commands, registered by ``analysis.cli.main.build_parser``.

Importing this module imports neither Flask nor Jinja2: they are imported when a command
runs, so ``credibility score`` stays fast.
"""

from __future__ import annotations

import argparse
import ipaddress
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from analysis.intake.loading import InputError

SERVE_EXAMPLES = """examples:
  credibility serve                       open http://127.0.0.1:8000/ in a browser
  credibility serve --port 8080           another port
  credibility serve --host 0.0.0.0        let other computers in (read the warning)
"""
WORKSHEET_EXAMPLES = """examples:
  credibility worksheet article.txt       article_worksheet.html and article_answers.html
  credibility worksheet --seed kbs --pdf  a seed, with PDFs (needs Chromium or Chrome)
  credibility worksheet page.txt --out handouts --name week3
"""


def register(sub: Any) -> None:
    """Add ``serve`` and ``worksheet`` to the ``credibility`` subcommands."""
    fmt = argparse.RawDescriptionHelpFormatter
    serve = sub.add_parser(
        "serve", help="start the local class page (paste an article, see the signals)",
        description="Start a web page on this computer for class use: paste an article or "
                    "open a saved page, see every signal highlighted and explained, compare "
                    "articles side by side and print worksheets. Stop it with Ctrl+C.",
        epilog=SERVE_EXAMPLES, formatter_class=fmt)
    serve.add_argument("--host", default="127.0.0.1",
                       help="address to listen on (default: 127.0.0.1, this computer only)")
    serve.add_argument("--port", type=_port, default=8000, help="port (default: 8000)")
    serve.add_argument("--max-upload-mb", type=_megabytes, default=5.0, metavar="MB",
                       help="largest upload or paste accepted (default: 5)")
    serve.add_argument("--time-limit", type=_seconds, default=30.0, metavar="SECONDS",
                       help="stop any one analysis after this long (default: 30)")
    serve.add_argument("--workers", type=_count, default=None, metavar="N",
                       help="analyses run at once, one process each (default: one per core)")
    serve.add_argument("--queue", type=_count, default=32, metavar="N",
                       help="analyses that may wait for a worker before the page answers "
                            "'busy, try again' (default: 32)")
    serve.add_argument("--idle-timeout", type=_count, default=30, metavar="SECONDS",
                       help="close a connection idle this long (default: 30)")
    serve.set_defaults(func=cmd_serve)
    sheet = sub.add_parser(
        "worksheet", help="write a printable worksheet and answer key for one article",
        description="Write a printable handout (the article with numbered lines and tasks, "
                    "no highlights) and a separate answer key with the tool's evidence.",
        epilog=WORKSHEET_EXAMPLES, formatter_class=fmt)
    sheet.add_argument("file", nargs="?", metavar="FILE",
                       help="a text file, or - for standard input")
    sheet.add_argument("--seed", metavar="ID", help="use a seed article instead of FILE")
    sheet.add_argument("--out", default=".", metavar="DIR",
                       help="output folder (default: the current folder)")
    sheet.add_argument("--name", metavar="NAME", help="file name stem (default: from FILE)")
    sheet.add_argument("--pdf", action="store_true",
                       help="also print both to PDF (needs Chromium or Chrome installed)")
    sheet.add_argument("--no-clean", action="store_true",
                       help="analyse the text exactly as given (no furniture removal)")
    sheet.set_defaults(func=cmd_worksheet)


def cmd_serve(args: argparse.Namespace) -> int:
    try:
        import waitress  # noqa: F401  (checked here: the message below names it)

        from analysis.web import server as web
        from analysis.web.app import create_app
    except ImportError as exc:
        raise InputError("the class page needs Flask and waitress (pip install 'flask>=3' "
                         f"'waitress>=3'): {exc}") from None
    if not is_loopback(args.host):
        print(exposed_warning(args.host), file=sys.stderr)
    max_bytes = int(args.max_upload_mb * 1_000_000)
    settings = web.Settings(workers=args.workers or web.default_workers(),
                            time_limit=args.time_limit, max_waiting=args.queue,
                            idle_timeout=args.idle_timeout)
    _check_free(args.host, args.port)
    pool = web.make_pool(settings, max_bytes=max_bytes)
    app = create_app(max_bytes=max_bytes, pool=pool)
    server = web.build_server(app, args.host, args.port, settings, max_bytes=max_bytes)
    host = f"[{args.host}]" if ":" in args.host else args.host
    try:
        pool.start()
        print(f"credibility: the class page is at http://{host}:{web.server_port(server)}/ "
              "(press Ctrl+C to stop)", flush=True)
        server.run()  # waitress's returns on Ctrl+C
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
        pool.close()
    print("credibility: stopped", file=sys.stderr)
    return 0


def _check_free(host: str, port: int) -> None:
    """Raise ``InputError`` when ``host``:``port`` cannot be listened on."""
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as exc:
        raise InputError(f"--host {host}: not an address of this computer ({exc})") from None
    family, _, _, _, address = infos[0]
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            raise InputError(f"cannot listen on {host} port {port} ({exc.strerror}); try "
                             "another --port") from None


def is_loopback(host: str) -> bool:
    """Whether ``host`` is reachable from this computer only."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def exposed_warning(host: str) -> str:
    line = "!" * 72
    return (f"{line}\nWARNING: listening on {host}, not only on this computer.\nAnyone who "
            "can reach this computer over the network can open the page and see\nwhat is "
            f"pasted into it. Use the default --host 127.0.0.1 unless you mean this.\n{line}")


def cmd_worksheet(args: argparse.Namespace) -> int:
    from analysis.printing import PrintError
    from analysis.worksheet import write_worksheet

    if bool(args.file) == bool(args.seed):
        raise InputError("give either FILE or --seed ID")
    if args.seed:
        a, stem = _seed(args.seed), args.seed
    else:
        a = _read(args.file, clean_text=not args.no_clean)
        stem = "stdin" if args.file == "-" else Path(args.file).stem
    stem = args.name or re.sub(r"[^A-Za-z0-9._-]+", "_", stem).strip("._") or "article"
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*", stem):
        raise InputError(f"--name {stem!r}: use letters, digits, '.', '_' or '-' only")
    out = Path(args.out)
    try:
        paths = write_worksheet(a, out, stem, pdf=False)
    except OSError as exc:
        raise InputError(f"{out}: cannot write there ({exc.strerror or exc})") from None
    for p in paths:
        print(p)
    if not args.pdf:
        return 0
    from analysis.worksheet import print_copy

    try:
        for p in paths:
            print(print_copy(p))
    except PrintError as exc:
        print(f"credibility: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        raise InputError(f"{out}: cannot write there ({exc.strerror or exc})") from None
    return 0


def _read(path: str, *, clean_text: bool) -> Any:
    """The analysis of a text, Markdown or saved-page file (or standard input)."""
    from analysis.intake.pipeline import score_file

    return score_file(path, clean_text=clean_text).analysis


def _seed(seed_id: str) -> Any:
    from analysis.core import analyze
    from analysis.intake.seeds import load_seeds

    seeds = load_seeds()
    for s in seeds:
        if s.id == seed_id:
            return analyze(s.text, meta=s.meta)
    known = ", ".join(s.id for s in seeds)
    raise InputError(f"--seed {seed_id}: no such seed (known: {known})")


def _bounded(kind: type, low: float, high: float, what: str,
             out_of_range: str) -> Callable[[str], Any]:
    """An argparse type: ``text`` read as ``kind`` and kept within ``low``..``high``."""

    def parse(text: str) -> Any:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not {what}") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(out_of_range.format(value=value))
        return value

    return parse


_port = _bounded(int, 0, 65535, "a port number", "{value} is not between 0 and 65535")
_seconds = _bounded(float, 0.1, 3600, "a number of seconds", "use between 0.1 and 3600 seconds")
_count = _bounded(int, 1, 1000, "a whole number", "use a number between 1 and 1000")
_megabytes = _bounded(float, 0.01, 1000, "a number", "use a size between 0.01 and 1000 MB")
