"""Frames and genre through the public API, the terminal, the report and the class page,
with texts written for these tests."""

from __future__ import annotations

from html import escape

from analysis import analyze
from analysis.cli.main import main
from analysis.extractors.frames import GENERIC, POLICY
from analysis.extractors.genre import note
from analysis.report.context import genre_notes

OPINION = ("I have had enough of this absurd plan. We should stop pretending that the council "
           "knows best. Frankly, you deserve better than a shameful waste of your money. "
           "Surely it is time we said no. Wake up, neighbours: we must demand that they listen!")
COLUMN = OPINION + (  # 178 words: long enough to be compared with news
    " For ten years I have walked down Main Street to my corner shop, and I have watched "
    "the traffic grow. Nobody asked me, or you, what we wanted. The councillors should be "
    "ashamed of a scheme drawn up in a hurry and sold to us with glossy leaflets. Of course "
    "they will say the lanes are about clean air. I believe they are about a ribbon to cut "
    "before the election. We ought to ask who pays, who gains and who was never consulted. "
    "My neighbours run small shops that live on passing trade. They cannot afford a year "
    "of roadworks. If you agree, write to your councillor this week, and come to the "
    "meeting on Thursday. Let us show them that this town still has a voice, and that we "
    "will use it.")
NEWS = ("SPRINGFIELD — The city council voted 7-2 on Tuesday to add bus lanes on Main Street, "
        "officials said. \"We listened to every rider,\" said Ana Ruiz, the transport director. "
        "The lanes will open in March, according to a statement from the mayor's office. "
        "Two council members, Tom Reyes and Lee Park, voted against the plan, saying it would "
        "hurt shops.")
OPINION_LINE = ("Reads as opinion (100% likely): low verifiability is expected of opinion; "
                "compare it with opinion, not with news reports.")


def test_frames_entry_lists_frames_present_and_the_share_of_sentences() -> None:
    frames = analyze(NEWS).to_dict()["frames"]
    assert list(frames) == ["generic", "policy", "profile"]
    assert list(frames["profile"]) == [*GENERIC, *POLICY]
    # three of the four sentences name the council or the mayor: politics
    assert frames["profile"]["Political"] == 0.75
    assert frames["profile"]["responsibility"] == 0.25  # "plan"
    assert frames["policy"] == ["Political"]
    # one passing "plan" in a short report is not the responsibility frame: nobody is said
    # to be to blame or to have to act
    assert frames["generic"] == []


def test_a_frame_is_present_only_with_evidence() -> None:
    d = analyze("The sky was blue over the quiet hills. The river ran on.").to_dict()
    assert d["frames"]["generic"] == [] and d["frames"]["policy"] == []
    assert set(d["frames"]["profile"].values()) == {0.0}
    assert not [e for e in d["evidence"] if e["extractor"] == "framing"]


def test_frame_evidence_names_its_set_and_codebook_question() -> None:
    ev = [e for e in analyze("Critics accused the mayor.").to_dict()["evidence"]
          if e["extractor"] == "framing"]
    assert [(e["label"], e["text"], e["frame_set"], e["question"]) for e in ev] == [
        ("conflict", "Critics", "generic", "CO2 one side reproaches another"),
        ("Political", "mayor", "policy",
         "politics and politicians: elections, parties, lobbying, partisanship")]
    assert ev[0]["explanation"] == (
        "“Critics” is a sign of the conflict frame: a fight between sides: who disagrees, who "
        "blames whom, who wins or loses. Every story picks its angles; ask what another angle "
        "would show.")


def test_genre_entry_reads_an_opinion_column_and_a_news_report() -> None:
    op, news = analyze(OPINION).to_dict()["genre"], analyze(NEWS).to_dict()["genre"]
    assert op == {"label": "opinion", "scores": {"opinion": 1.0, "reporting": 0.0,
                                                 "satire": 0.0}}
    assert news["label"] == "reporting" and news["scores"]["reporting"] > 0.5
    assert sum(news["scores"].values()) == 1.0


def test_quoted_first_person_is_the_sources_not_the_writers() -> None:
    d = analyze("“I think we must go,” she said. “You should all come with us.”").to_dict()
    assert [e for e in d["evidence"] if e["extractor"] == "genre"] == []


def test_satire_needs_a_marker_and_gets_its_own_note() -> None:
    genre = analyze("This is satire. The minister resigned to spend more time with his "
                    "yacht.").to_dict()["genre"]
    assert genre["label"] == "satire" and genre["scores"]["satire"] == 0.8
    assert note(genre) == ("Reads as satire (it says so): it is meant to be funny, not to "
                           "report facts; do not judge it as news.")


def test_the_terminal_says_a_text_reads_as_opinion(capsys, tmp_path) -> None:
    # a text too short to compare (OPINION, 41 words) gets the short-text note instead
    for text, shown in ((COLUMN, True), (OPINION, False), (NEWS, False)):
        path = tmp_path / "a.txt"
        path.write_text(text, encoding="utf-8")
        assert main(["score", str(path)]) == 0
        out = " ".join(capsys.readouterr().out.split())
        assert (OPINION_LINE in out) is shown
        assert "Reads as a news report" not in out


def test_the_report_has_one_genre_line_per_document() -> None:
    lines = genre_notes([analyze(OPINION), analyze(NEWS)], ["Column", "Report"])
    assert lines == [f"Column: {OPINION_LINE}",
                     "Report: Reads as a news report (84% likely)."]


def test_the_class_page_says_a_text_reads_as_opinion() -> None:
    from analysis.web.app import create_app

    client = create_app(seeds=[], max_bytes=1_000_000).test_client()
    page = client.post("/article", data={"text": COLUMN}).get_data(as_text=True)
    assert f'<p class="short-note">{escape(OPINION_LINE)}</p>' in page
    page = client.post("/article", data={"text": OPINION}).get_data(as_text=True)
    assert "Reads as" not in page  # too short: the page says so instead
    page = client.post("/article", data={"text": NEWS}).get_data(as_text=True)
    assert "Reads as" not in page
