"""A load client in one thread: every paste posted at once with asyncio, no thread each.

``benchmarks/load.py`` posts each paste from its own thread: 200 threads, whose switching
and parsing take CPU from the two cores the server's workers need, so the server seems to
scale worse than it does. This client does the same requests (a "busy" answer is retried
after its Retry-After, up to ``MAX_ATTEMPTS`` times) from one thread, and says how much
CPU it used itself.

    >>> results, wall, cpu = post_all(port, ["text one", "text two"])   # doctest: +SKIP
"""

from __future__ import annotations

import asyncio
import hashlib
import time
import urllib.parse

MAX_ATTEMPTS = 50


async def _once(port: int, body: bytes) -> tuple[int, bytes, str | None]:
    """One POST /article: status, body, Retry-After header (None when absent)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(b"POST /article HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                     b"Content-Type: application/x-www-form-urlencoded\r\n"
                     + f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
        await writer.drain()
        data = await reader.read()  # the server closes the connection after its answer
    finally:
        writer.close()
    head, _, page = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = dict(line.split(":", 1) for line in lines[1:] if ":" in line)
    retry = {k.strip().lower(): v.strip() for k, v in headers.items()}.get("retry-after")
    if b"chunked" in head.lower():
        raise ValueError("a chunked answer: this client reads only whole bodies")
    return status, page, retry


async def _post(port: int, text: str) -> tuple[int, bytes, int, float]:
    body = urllib.parse.urlencode({"text": text}).encode()
    started, busy = time.perf_counter(), 0
    for _ in range(MAX_ATTEMPTS):
        status, page, retry = await _once(port, body)
        if status == 503 and retry:
            busy += 1
            await asyncio.sleep(float(retry))
            continue
        return status, hashlib.sha256(page).digest(), busy, time.perf_counter() - started
    return 0, b"", busy, time.perf_counter() - started


async def _all(port: int, texts: list[str]) -> list[tuple[int, bytes, int, float]]:
    return list(await asyncio.gather(*(_post(port, t) for t in texts)))


def post_all(port: int, texts: list[str]) -> tuple[list, float, float]:
    """Post every text at once: (status, digest, busy answers, seconds) each, the wall
    time and this process's CPU seconds meanwhile."""
    cpu, start = time.process_time(), time.perf_counter()
    results = asyncio.run(_all(port, texts))
    return results, time.perf_counter() - start, time.process_time() - cpu
