"""Reading files safely, the English check, and finding and loading the seeds."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from analysis.intake.loading import InputError, check_english, read_document
from analysis.intake.seeds import load_seeds, seeds_dir

ENGLISH = "The council voted on Tuesday to add bus lanes, the mayor\u2019s office said."
FRENCH = ("Le gouvernement a annonc\u00e9 mardi une nouvelle r\u00e9forme des retraites, qui "
          "sera pr\u00e9sent\u00e9e au Parlement dans les prochaines semaines. Les syndicats "
          "ont d\u00e9j\u00e0 appel\u00e9 \u00e0 une gr\u00e8ve nationale pour protester contre "
          "ce projet.")
GERMAN = ("Die Regierung hat am Dienstag eine neue Reform angek\u00fcndigt, die in den "
          "kommenden Wochen dem Parlament vorgelegt werden soll. Die Gewerkschaften haben "
          "bereits zu einem landesweiten Streik aufgerufen, weil sie mit dem Plan nicht "
          "einverstanden sind.")
SPANISH = ("El gobierno anunci\u00f3 el martes una nueva reforma de las pensiones, que ser\u00e1 "
           "presentada al Parlamento en las pr\u00f3ximas semanas. Los sindicatos ya han "
           "convocado una huelga nacional para protestar contra el proyecto.")
KOREAN = ("\uc815\ubd80\ub294 \ud654\uc694\uc77c \uc0c8\ub85c\uc6b4 \uc5f0\uae08 \uac1c\ud601"
          "\uc548\uc744 \ubc1c\ud45c\ud588\uc73c\uba70 \uc774 \uac1c\ud601\uc548\uc740 \uc55e"
          "\uc73c\ub85c \uba87 \uc8fc \uc548\uc5d0 \uad6d\ud68c\uc5d0 \uc81c\ucd9c\ub420 "
          "\uc608\uc815\uc774\ub2e4.")


def write(tmp_path: Path, data: bytes, name: str = "doc.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_reads_utf8(tmp_path: Path) -> None:
    loaded = read_document(write(tmp_path, ENGLISH.encode("utf-8")))
    assert loaded.text == ENGLISH and loaded.encoding == "utf-8"
    assert loaded.name.endswith("doc.txt")


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    loaded = read_document(write(tmp_path, b"\xef\xbb\xbf" + ENGLISH.encode("utf-8")))
    assert loaded.text == ENGLISH and loaded.encoding == "utf-8-sig"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom(tmp_path: Path, codec: str) -> None:
    data = ENGLISH.encode(codec)
    if codec != "utf-16":
        data = ("\ufeff" + ENGLISH).encode(codec)
    loaded = read_document(write(tmp_path, data))
    assert loaded.text == ENGLISH and loaded.encoding == "utf-16"


def test_cp1252_bytes_decode_as_windows_1252(tmp_path: Path) -> None:
    loaded = read_document(write(tmp_path, b"caf\xe9 \x93quoted\x94"))
    assert loaded.text == "caf\u00e9 \u201cquoted\u201d" and loaded.encoding == "cp1252"


def test_latin1_is_the_last_resort(tmp_path: Path) -> None:
    data = b"na\xefve caf\xe9 owners say. " * 10 + b"\x81"  # 0x81 is undefined in cp1252
    loaded = read_document(write(tmp_path, data))
    assert loaded.encoding == "latin-1" and loaded.text.startswith("na\u00efve caf\u00e9")


def test_line_endings_become_newlines(tmp_path: Path) -> None:
    loaded = read_document(write(tmp_path, b"Title\r\n\r\nBody one.\rBody two.\n"))
    assert loaded.text == "Title\n\nBody one.\nBody two.\n"


@pytest.mark.parametrize(("data", "problem"), [
    (b"", "is empty"),
    (b"  \n\t\r\n  ", "only whitespace"),
    (b"\x7fELF\x02\x01\x01\x00\x00\x00\x00", "binary"),
    (bytes(range(1, 32)) * 20, "binary"),
    ("   \n ".encode("utf-16"), "only whitespace"),
    (b"\xff\xfeA", "byte-order mark"),
])
def test_bad_contents(tmp_path: Path, data: bytes, problem: str) -> None:
    with pytest.raises(InputError, match=problem) as info:
        read_document(write(tmp_path, data))
    assert "doc.txt" in str(info.value) and "\n" not in str(info.value)


def test_missing_path_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_document(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_document(tmp_path)


def test_size_limit(tmp_path: Path) -> None:
    path = write(tmp_path, b"word " * 100)
    with pytest.raises(InputError, match="larger than the limit of 100 bytes"):
        read_document(path, max_bytes=100)
    assert read_document(path, max_bytes=500).text.startswith("word")


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    stream = io.TextIOWrapper(io.BytesIO(b"caf\xe9 from a pipe"), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stream)
    loaded = read_document("-")
    assert loaded.name == "<stdin>" and loaded.text == "caf\u00e9 from a pipe"


@pytest.mark.parametrize(("text", "language"), [
    (FRENCH, "French"), (GERMAN, "German"), (SPANISH, "Spanish"), (KOREAN, "Korean"),
])
def test_non_english_is_rejected(text: str, language: str) -> None:
    with pytest.raises(InputError, match=f"looks like {language}, only English is supported"):
        check_english(text)


@pytest.mark.parametrize("text", [
    ENGLISH, "Bonjour tout le monde", "Guten Tag", "", "12 34 56",
    "Kim Jong-un Pyongyang Seoul Moon Jae-in Yoon Suk-yeol Lee Il-gu Thae Yong-ho Jo Song-gil "
    "Ko Young-hwan Hyon Song-il Jang Sung-gil Choi Soo-bong Oh Hyun-jong",
    "The phrase \u00ab le gouvernement a annonc\u00e9 \u00bb appeared in the report, which said "
    "the government would not change its plan after the vote, according to officials there.",
])
def test_english_and_short_texts_pass(text: str) -> None:
    check_english(text)


def test_all_seeds_pass_the_english_check() -> None:
    for seed in load_seeds():
        check_english(seed.raw)
        check_english(seed.text)


def test_load_seeds_order_and_meta() -> None:
    seeds = load_seeds()
    assert [s.id for s in seeds] == ["cosdream", "kbs", "aggregator", "frontline"]
    roles = [s.meta["comparison_role"] for s in seeds]
    assert roles == ["blog", "broadcaster", "aggregator", "frontline"]
    for seed in seeds:
        assert set(seed.meta) >= {"id", "title", "outlet", "kind", "date", "byline", "role"}
        assert seed.text == seed.cleaning.text and len(seed.text) < len(seed.raw) + 1


def test_seed_files_are_byte_copies_of_the_shared_seeds() -> None:
    shared = Path(__file__).resolve().parents[2] / "shared" / "seeds"
    if not shared.is_dir():
        pytest.skip(f"shared seeds not available at {shared}")
    folder = seeds_dir()
    for entry in json.loads((folder / "manifest.json").read_text(encoding="utf-8")):
        original = shared / entry["original_file"]
        assert (folder / entry["file"]).read_bytes() == original.read_bytes()


def test_broken_manifest_is_an_input_error(tmp_path: Path) -> None:
    (tmp_path / "manifest.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match="manifest.json"):
        load_seeds(tmp_path)
    (tmp_path / "manifest.json").write_text('[{"id": "x", "file": "x.txt"}]', encoding="utf-8")
    with pytest.raises(InputError, match="no such file"):
        load_seeds(tmp_path)
