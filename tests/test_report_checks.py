"""The report's headline checks and corroboration sections, the summary's framing findings
and ``credibility compare``'s corroboration table. Sentences written for these tests, and
the seeds (whose full sections are in tests/golden/seed_framing.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analysis import analyze
from analysis.cli.main import main
from analysis.framing.compare import compare
from analysis.report.checks import checks_markdown, corroboration_context, headline_rows
from analysis.report.framing_summary import framing_findings
from analysis.report.markdown import _cell, _table

ROOT = Path(__file__).resolve().parents[1]
A = ("The harbour authority in Kestrel Bay closed the northern pier on 4 March after storm "
     "damage to 120 metres of decking. Repairs will cost 2.4 million pounds, the council "
     "said.")
B = ("Kestrel Bay's northern pier was closed by the harbour authority on 4 March after storm "
     "damage to 120 metres of decking. The council said nobody was hurt.")
C = ("The harbour authority in Kestrel Bay said the storm damaged 300 metres of decking on "
     "the northern pier. A new ferry route opened in Dunmore on Friday.")
BLOG = analyze("Ferry fares in Dunmore tripled this year, angry riders say. The council "
               "blamed fuel costs.", meta={"title": "Dunmore Ferry Fares Triple in 2024",
                                          "comparison_role": "blog", "outlet": "Blog"})
NEWS = analyze("The Dunmore ferry raised its fares from 4 pounds to 6 pounds in March 2024. "
               "The council said fuel costs rose by 30 percent.",
               meta={"title": "Dunmore ferry fares rise to 6 pounds",
                     "comparison_role": "broadcaster", "outlet": "News"})
OTHER = analyze("Riders in Dunmore said on Friday that ferry fares had tripled.",
                meta={"title": "Dunmore Ferry Fares Triple", "outlet": "Other"})


def test_headline_rows_say_what_the_body_does_with_each_title_claim() -> None:
    rows = headline_rows([BLOG, analyze(A)], ["Blog", "Plain"])
    claims = {c["text"]: c["words"] for c in rows[0]["claims"]}
    assert claims["Triple"] == "repeated without a figure"
    assert claims["2024"] == "not mentioned"
    assert rows[1] == {"name": "Plain", "title": "", "clickbait": "", "hooks": [],
                       "stance": "", "claims": []}


def test_corroboration_section_in_markdown() -> None:
    data = compare([analyze(A), analyze(B), analyze(C)], names=["A", "B", "C"])
    corr = corroboration_context(data["corroboration"], ["A", "B", "C"])
    lines = checks_markdown(headline_rows([analyze(A)] * 3, ["A", "B", "C"]), corr,
                            ["A", "B", "C"], _cell, _table)
    assert "| share backed up | 0% | 0% | 0% |" in lines
    assert ("| The harbour authority in Kestrel Bay said the storm damaged 300 metres of "
            "decking on the northern pier. | mixed | conflicting | 0.26 | A: “The harbour "
            "authority in Kestrel Bay closed the northern pier on 4 March after storm damage "
            "to 120 metres of decking.” (0.26) — A gives 120 where this text gives 300 |"
            ) in lines
    assert "| A | (no title) | — | none | — | — |" in lines


def test_summary_compares_the_blog_post_from_the_data() -> None:
    # Other repeats the blog's "tripled"; Dunmore, in all three, is only the topic
    analyses, names = [BLOG, NEWS, OTHER], ["Blog", "News", "Other"]
    data = compare(analyses, names=names)
    found = {f.signal: f.text for f in framing_findings(analyses, names, data)}
    assert list(found) == ["Frames", "Voices", "Headlines", "Claims backed up elsewhere"]
    assert found["Frames"] == (  # the frame models find none present in texts this short
        "The frame most sentences carry: the blog post economic (50% of its sentences; frames "
        "present: none); News economic (50% of its sentences; frames present: none).")
    assert found["Claims backed up elsewhere"] == (
        "Check-worthy claims that another text in this set backs up: the blog post 1 of 1 "
        "(100%); News 0 of 2 (0%). The blog post's share is higher than News's. A claim no "
        "other text here repeats is unconfirmed, not shown false.")
    assert found["Headlines"] == (
        "The title: the blog post scores 0.04 as clickbait (no hook), the body discusses it "
        "without taking a side, title claims: 1 not mentioned, 1 repeated without a figure, "
        "1 supported; News scores 0.03 as clickbait (no hook), the body discusses it without "
        "taking a side, title claims: 2 supported. Elsewhere in the set, Other's title says "
        "“Triple” and its body repeats it without a figure.")
    assert found["Voices"] == (
        "Whose words: the blog post 53% the narrator's, 1 voice quoted or cited; News 75% the "
        "narrator's, 0 voices quoted or cited. The blog post's share of narrator's words is "
        "lower than News's.")


def test_seed_summary_names_the_aggregators_triple() -> None:
    md = (ROOT / "tests" / "golden" / "seed_framing.md").read_text(encoding="utf-8")
    assert ("Elsewhere in the set, Aggregator's title says “Triple” and its body repeats it "
            "without a figure.") in md
    assert "| Aggregator | Exponential Surge" in md
    assert "“Triple” (multiple): repeated without a figure" in md


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_compare_prints_corroboration(capsys, tmp_path) -> None:
    paths = []
    for name, text in (("a.txt", A), ("b.txt", B), ("c.txt", C)):
        (tmp_path / name).write_text(text + "\n", encoding="utf-8")
        paths.append(str(tmp_path / name))
    code, out, err = run(capsys, "compare", *paths)
    assert (code, err) == (0, "")
    flat = " ".join(out.split())
    assert "Claims another text backs up (check-worthy: a number, date or name)" in flat
    assert "share backed up 0% 0% 0%" in flat
    assert "Frames: share of sentences (generic news frames)" in flat
    assert ("c.txt, conflicting (0.26): The harbour authority in Kestrel Bay said the storm "
            "damaged 300 metres of decking on the northern pier. a.txt gives 120 where this "
            "gives 300") in flat
    code, out, _ = run(capsys, "compare", *paths, "--json")
    data = json.loads(out)
    assert [d["share_corroborated"] for d in data["corroboration"]["documents"]] == [0.0] * 3
    assert [sorted(f) for f in data["frames"]] == [["generic", "policy", "profile"]] * 3


def test_seed_framing_sections_match_the_golden_markdown() -> None:
    """Regenerate with ``.venv/bin/python tests/golden/update.py`` after a deliberate change."""
    from analysis.report import seed_analyses
    from analysis.report.context import build_context
    from analysis.report.markdown import framing_excerpt

    excerpt = framing_excerpt(build_context(seed_analyses(), charts_on=False))
    assert excerpt == (ROOT / "tests" / "golden" / "seed_framing.md").read_text(encoding="utf-8")


FRAMES = [{"generic": ["human_interest"], "policy": ["Security_and_defense"],
           "profile": {"conflict": 0.1, "human_interest": 0.45, "economic": 0.0,
                       "morality": 0.2, "responsibility": 0.05, "Security_and_defense": 0.3}},
          None]


def test_frames_table_and_charts() -> None:
    from analysis.report.frames import frames_context, frames_markdown

    fr = frames_context(FRAMES, ["Blog", "News"])
    assert frames_markdown(fr, ["Blog", "News"], _table)[3:] == [
        "| Frame | Blog | News |", "|---|---|---|",
        "| conflict | 10% | n/a |", "| human interest | 45% | n/a |",
        "| economic | 0% | n/a |", "| morality | 20% | n/a |", "| responsibility | 5% | n/a |",
        "| generic frames present | human interest | none |",
        "| policy frames present | Security and defense | none |"]
    assert len(fr["charts"]) == 2 and fr["charts"][0].startswith(
        '<svg role="img" aria-label="Bar chart: Blog. conflict: 10%; human interest: 45%;')
    assert frames_context(FRAMES, ["Blog", "News"])["charts"] == fr["charts"]  # same bytes
    assert frames_context([None, None], ["Blog", "News"]) is None
    assert frames_markdown(None, ["Blog", "News"], _table) == []


def test_cli_compare_prints_frames_when_compare_has_them() -> None:
    import io

    from analysis.cli.compare import render
    from analysis.cli.terminal import console

    data = compare([analyze(A), analyze(B)], names=["a.txt", "b.txt"])
    data["frames"] = FRAMES
    buf = io.StringIO()
    render(data, console(buf))
    flat = " ".join(buf.getvalue().split())
    assert "Frames: share of sentences (generic news frames)" in flat
    assert "human interest 45% n/a" in flat
    assert "policy frames present Security and defense -" in flat


def test_summary_says_which_frames_set_the_blog_post_apart() -> None:
    analyses, names = [BLOG, NEWS, OTHER], ["Blog", "News", "Other"]
    data = compare(analyses, names=names)
    data["frames"] = [
        {"generic": ["conflict", "morality"], "policy": [], "profile": {"conflict": 0.5}},
        {"generic": ["economic"], "policy": [], "profile": {"economic": 0.25}},
        {"generic": [], "policy": [], "profile": {}}]
    found = {f.signal: f.text for f in framing_findings(analyses, names, data)}
    assert found["Frames"] == (
        "The frame most sentences carry: the blog post conflict (50% of its sentences; "
        "frames present: conflict, morality); News economic (25% of its sentences; frames "
        "present: economic). The blog post carries the conflict and morality frames; News "
        "does not. It lacks the economic frame, which News carries.")
