"""Writing an output file so that nobody ever sees half of it, and never through a link.

``write_atomic(path, text)`` writes a new temporary file in the same folder, flushes and
fsyncs it, then ``os.replace``-s it onto ``path``. A rename within one file system is
atomic, so a reader, or a run killed at any moment (Ctrl+C, a closed laptop, a full disk),
finds the old file or the complete new one, never a 0-byte or half-written one. On an
exception or Ctrl+C the temporary file is removed; after a hard kill (SIGKILL, power
loss) a hidden ``.<name>.<random>.tmp`` may be left beside the target, never the target
cut short.

The temporary file is created with ``O_CREAT | O_EXCL | O_NOFOLLOW`` under a random name,
so it is always a new regular file: a file or a symbolic link planted under that name is
never opened. A symbolic link already at ``path`` is *replaced*, not written through:
rename(2) replaces the link itself, so the file it pointed to is left as it was. (Refusing
would be as safe, but would stop a re-run into the same folder for a link the user may not
have made; the output is meant to be at ``path``, so that is where it goes.) A folder at
``path``, or a folder that cannot be written, raises ``OSError`` for the command to report.

``replacing(path)`` is the same for a file another program writes (the PDF a browser
prints): it yields the temporary path, and moves it onto ``path`` when the block succeeds.

Layer: ``report`` is the lowest layer that writes files (``intake`` only reads), so the
report, the worksheet and the command line can all use this one helper.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

_FLAGS = (os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
          | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))
_TRIES = 20


def write_atomic(path: str | Path, text: str) -> Path:
    """Write ``text`` (UTF-8, line ends as given) to ``path`` all at once; return ``path``."""
    path = Path(path)
    fd, temp = _create_beside(path)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(text.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        _remove(temp)
        raise
    _sync_folder(path.parent)
    return path


@contextlib.contextmanager
def replacing(path: str | Path) -> Iterator[Path]:
    """A new, empty temporary file beside ``path``, moved onto ``path`` if the block ends well.

    For files another program writes by name (a browser printing a PDF).
    """
    path = Path(path)
    fd, temp = _create_beside(path)
    os.close(fd)
    try:
        yield temp
        _sync_file(temp)
        os.replace(temp, path)
    except BaseException:
        _remove(temp)
        raise
    _sync_folder(path.parent)


def _create_beside(path: Path) -> tuple[int, Path]:
    """A new file ``.<name>.<random>.tmp`` in ``path``'s folder, opened for writing."""
    for _ in range(_TRIES):
        temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
        try:
            return os.open(temp, _FLAGS, 0o666), temp  # mode as open() gives: 0o666 & ~umask
        except FileExistsError:
            continue
    raise FileExistsError(f"cannot create a temporary file beside {path}")


def _sync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable; not every system can open a folder, so best effort."""
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()
