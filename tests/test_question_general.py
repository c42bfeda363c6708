"""This round's question rules (analysis/extractors/question_general.py and the changes
they made in rhetorical_questions.py): exact labels on sentences written for these tests,
with look-alikes that must stay rhetorical."""

from __future__ import annotations

from analysis.extractors import question_general, rhetorical_questions
from analysis.text.document import Document


def labels(text: str) -> dict[str, str]:
    """Each question's text -> its label."""
    return {e.text: e.label for e in rhetorical_questions.extract(Document(text)).evidence}


# the writer's own voice, an argument: no rule of reporting applies
OPINION = ("I have argued for years that the harbour board wastes our money. "
           "We pay for its mistakes every winter. ")


def test_a_parenthesised_aside_is_the_writers_even_inside_a_quotation() -> None:
    text = (OPINION + "The chairman said he had read every report (really?) before the vote. "
            "\u201cI checked the figures myself (who else?) and signed,\u201d he told us.")
    got = labels(text)
    assert got["really?"] == "rhetorical"
    assert got["who else?"] == "rhetorical"


def test_a_long_or_empty_parenthesis_is_no_aside() -> None:
    text = (OPINION + "\u201cThe board (did it ever ask the divers what they had seen?) "
            "met twice,\u201d the chairman said. A clerk wrote (?) in the margin.")
    got = labels(text)
    assert got["did it ever ask the divers what they had seen?"] == "quoted"
    assert got["?"] == "quoted"  # a lone mark is no aside (sentence_goes_on reads it)


def test_an_answer_presented_after_a_two_word_lead_and_colon() -> None:
    text = (OPINION + "But what exactly is a harbour levy? Quite simply: a tax on every "
            "boat that ties up, paid by the fishermen.")
    assert labels(text)["But what exactly is a harbour levy?"] == "hypophora"


def test_an_answer_set_out_after_a_statement_ending_on_a_colon() -> None:
    text = (OPINION + "So is the board hiding its accounts?\n\nThe evidence against that "
            "charge is this:\n\n- the accounts are posted every March;\n- the auditor "
            "signs them.")
    assert labels(text)["So is the board hiding its accounts?"] == "hypophora"


def test_attributions_labels_and_buttons_before_a_colon_are_no_answer() -> None:
    text = (OPINION + "Is the board hiding its accounts? The harbour website reads: "
            "\u201cAccounts on request.\u201d Are they checked? Credit: Harbour Archive. "
            "Do we deserve this?\n\nOur view:\n\nNothing else matters.")
    got = labels(text)
    assert got["Is the board hiding its accounts?"] == "rhetorical"
    assert got["Are they checked?"] == "rhetorical"
    assert got["Do we deserve this?"] == "rhetorical"


def test_a_wh_question_answered_by_a_guess_in_question_form() -> None:
    text = (OPINION + "And if that is the future of the harbour, what comes next? "
            "A car park?\n\nThe board meets on Friday.")
    assert labels(text)["And if that is the future of the harbour, what comes next?"] == (
        "hypophora")


def test_an_exclamation_or_an_echo_after_a_question_is_no_guess() -> None:
    text = (OPINION + "The chairman wants a bigger office. What? A palace?\n\n"
            "Who will pay for this? Really?\n\nThe board meets on Friday.")
    got = labels(text)
    assert got["What?"] == "rhetorical"
    assert got["Who will pay for this?"] == "rhetorical"


def test_a_piece_between_its_announcement_and_a_link_to_the_whole_is_quoted() -> None:
    text = ("A harbour pilot just penned a furious letter to the board about the levy. "
            "He does not hold back. You voted for this. Can't you see what it costs? "
            "Haven't you heard the fishermen? We have. Read the full letter here.")
    got = labels(text)
    assert got["Can't you see what it costs?"] == "quoted"
    assert got["Haven't you heard the fishermen?"] == "quoted"


def test_without_the_closing_link_the_writers_questions_stay_rhetorical() -> None:
    text = ("A harbour pilot just penned a furious letter to the board about the levy. "
            "He is right. You voted for this. Can't you see what it costs? "
            "Haven't you heard the fishermen? We have.")
    got = labels(text)
    assert got["Can't you see what it costs?"] == "rhetorical"
    assert got["Haven't you heard the fishermen?"] == "rhetorical"


def test_a_block_after_someone_elses_colon_is_theirs() -> None:
    text = (OPINION + "The pastor elaborated on the message he felt called to bring:\n\n"
            "Are the fishermen your servants? I will keep asking.")
    assert labels(text)["Are the fishermen your servants?"] == "quoted"


def test_a_block_after_the_writers_own_colon_stays_rhetorical() -> None:
    text = (OPINION + "I wrote to the board last week and said this:\n\n"
            "Are the fishermen your servants? I will keep asking.")
    assert labels(text)["Are the fishermen your servants?"] == "rhetorical"


def test_a_title_inside_a_statement_that_goes_on_in_lower_case() -> None:
    text = (OPINION + "Her new book Whatever Happened to the Harbour? documents twenty "
            "years of waste. Why did nobody listen?")
    got = labels(text)
    assert got["Her new book Whatever Happened to the Harbour?"] == "quoted"
    assert got["Why did nobody listen?"] == "rhetorical"


def test_the_writers_own_question_after_a_colon_is_not_deliberated() -> None:
    text = (OPINION + "I guess my question to you is this: does it surprise you that the "
            "board voted itself a raise? It should not.")
    assert labels(text)["does it surprise you that the board voted itself a raise?"] == (
        "rhetorical")


def test_a_choice_someone_faces_after_a_colon_stays_open() -> None:
    text = (OPINION + "The mayor faces a dilemma as she weighs the levy: should she "
            "veto it? The vote is on Friday.")
    assert labels(text)["should she veto it?"] == "genuine"


def test_a_one_word_echo_of_a_sentence_end_is_no_repeated_poll() -> None:
    text = (OPINION + "Does that mean the author of this report had it in for Smith? "
            "What if the author is \u2026 Smith? The memo is signed.")
    assert labels(text)["Smith?"] == "rhetorical"


def test_a_poll_repeated_word_for_word_stays_genuine() -> None:
    poll = "Should the harbour levy be scrapped?"
    text = (f"The board meets on Friday. {poll} Yes. No. {poll} "
            "The vote closes at noon.")
    assert labels(text)[poll] == "genuine"


def test_shouting_inside_a_paragraph_is_no_heading() -> None:
    text = (OPINION + "NOT ONE PAPER THANKED THE DIVERS. HOW CAN IT BE THAT THE BOARD "
            "IGNORES THEM AGAIN? They saved the pier.")
    assert labels(text)["HOW CAN IT BE THAT THE BOARD IGNORES THEM AGAIN?"] == "rhetorical"


def test_an_answer_named_after_a_run_of_questions() -> None:
    text = (OPINION + "Would the board act the same way if the roles were reversed? "
            "Would it shrug if a fisherman had sunk its launch?\n"
            "Of course, we know the answer to that question and it is no.")
    got = labels(text)
    assert got["Would the board act the same way if the roles were reversed?"] == "hypophora"


def test_an_answer_denied_or_supposed_is_not_named() -> None:
    text = (OPINION + "And how does the board explain the missing money? "
            "The chairman won't give the answer, because there is none.\n"
            "Is the levy really fair? If the answer is yes, show us the books.")
    doc = Document(text)
    found = rhetorical_questions.questions(doc)
    assert [question_general.answer_named(doc, q) for q in found] == [False, False]
    assert labels(text)["And how does the board explain the missing money?"] == "rhetorical"


def test_a_labelled_teaser_is_a_headline() -> None:
    text = (OPINION + "The board meets on Friday to set the levy for next year. "
            "Analysis: Is the harbour levy really dead?")
    assert labels(text)["Is the harbour levy really dead?"] == "headline"


def test_a_question_after_a_lower_case_colon_stays_rhetorical() -> None:
    text = (OPINION + "The board meets on Friday, and there is one thing to settle: "
            "who gave it the right to tax the fishermen?")
    assert labels(text)["who gave it the right to tax the fishermen?"] == "rhetorical"


def test_an_opponent_without_an_answer_leaves_the_question_rhetorical() -> None:
    text = (OPINION + "And how does the chairman explain the missing money?\n"
            "Its critics are right: he has no answer, because there is none.")
    assert labels(text)["And how does the chairman explain the missing money?"] == (
        "rhetorical")


def test_no_clear_answer_yet_leaves_the_question_open() -> None:
    text = (OPINION + "Will the levy survive the winter?\n"
            "There is no clear answer yet from the council.")
    assert labels(text)["Will the levy survive the winter?"] == "genuine"


def test_a_why_question_answered_by_a_condition_or_purpose() -> None:
    text = (OPINION + "Why hide the accounts? Unless the board has something to fear. "
            "Why raise the levy now? So that nobody notices before the election.")
    got = labels(text)
    assert got["Why hide the accounts?"] == "hypophora"
    assert got["Why raise the levy now?"] == "hypophora"


def test_a_why_question_followed_by_an_aside_stays_rhetorical() -> None:
    text = (OPINION + "Why does the board get away with it? To be fair, the mayor tried.")
    assert labels(text)["Why does the board get away with it?"] == "rhetorical"


def test_a_capitalised_question_after_ordinary_prose_is_left_to_the_heading_rules() -> None:
    text = (OPINION + "The board will meet again on Friday to vote on the levy. "
            "WHAT DOES THE BOARD'S OWN REPORT SAY IS COMING? The report runs to forty pages.")
    assert labels(text)["WHAT DOES THE BOARD'S OWN REPORT SAY IS COMING?"] == "headline"
