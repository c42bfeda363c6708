"""Find a word's first line in the CMU dictionary file by binary search over its bytes.

``cmudict.dict`` has one pronunciation a line, ``word PH ON ES``, sorted by word, with the
alternates ``word(2)``, ``word(3)`` right after ``word``; two pairs of neighbours are out of
order ("sepulveda"/"sepultura", "stilton"/"stilted"). UTF-8 bytes sort as the code points
they encode, so comparing byte keys orders the words as ``str`` does. A search bisects on
byte offsets (each probe reads the line around the middle); when it does not end on the
word, the few lines around its end are read too. ``tests/test_syllables.py`` checks that
every entry of the dictionary is found with its first pronunciation.
"""

from __future__ import annotations

import re

_ALTERNATE = re.compile(rb"\(\d+\)$")  # "word(2)": the second pronunciation of "word"
SLACK = 8  # lines read around where a search ends (3 needed: two pairs are swapped)
_MEMO_DEPTH = 10  # probes remembered: the first 10 levels of every search (1,023 at most)


class SortedLines:
    """The lines of a dictionary file, searchable by word."""

    def __init__(self, data: bytes) -> None:
        self.data = data if data.endswith(b"\n") else data + b"\n"
        self._probes: dict[int, tuple[int, bytes]] = {}  # middle offset -> (line start, key)

    def find(self, word: str) -> str | None:
        """The first line whose word is ``word`` (decoded), or None."""
        try:
            key = word.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates: not in a UTF-8 file
            return None
        data = self.data
        start = self._lower_bound(key)
        if start < len(data) and _key_at(data, start) == key:
            return _line_at(data, start)  # it follows a line sorting below it: its first
        return self._near(start, key)

    def _lower_bound(self, key: bytes) -> int:
        data, probes = self.data, self._probes
        lo, hi, depth = 0, len(data), 0  # line starts: keys before lo sort below key
        while lo < hi:
            mid = (lo + hi) // 2
            probe = probes.get(mid) if depth < _MEMO_DEPTH else None
            if probe is None:
                start = data.rfind(b"\n", 0, mid) + 1
                probe = start, _key_at(data, start)
                if depth < _MEMO_DEPTH:
                    probes[mid] = probe
            depth += 1
            if probe[1] < key:
                lo = data.find(b"\n", probe[0]) + 1
            else:
                hi = probe[0]
        return lo

    def _near(self, start: int, key: bytes) -> str | None:
        """The first line for ``key`` within ``SLACK`` lines of ``start``, if any."""
        data = self.data
        for _ in range(SLACK):  # step back a few lines
            start = data.rfind(b"\n", 0, max(start - 1, 0)) + 1
        for _ in range(2 * SLACK + 1):
            if start >= len(data):
                break
            if _key_at(data, start) == key:
                return _line_at(data, start)
            start = data.find(b"\n", start) + 1
        return None


def _key_at(data: bytes, start: int) -> bytes:
    """The word of the line starting at ``start``, without a "(2)" alternate mark."""
    end = data.find(b"\n", start)
    space = data.find(b" ", start, end)
    key = data[start:end if space < 0 else space]
    return _ALTERNATE.sub(b"", key) if key.endswith(b")") else key


def _line_at(data: bytes, start: int) -> str:
    return data[start:data.find(b"\n", start)].decode("utf-8")
