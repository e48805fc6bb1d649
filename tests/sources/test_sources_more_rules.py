"""Further general rules of English news: names that modify a noun, well-known organisations and
people, and other typing cues.

Every sentence here is written for these tests; none comes from an article.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from attribution.sources import TypeDecision

Classify = Callable[..., TypeDecision]


# -- a name with "of" that modifies a noun -------------------------------------------------------
@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("a University of Lakeview poll released Monday", "document"),
        ("a new Lakeview College of Nursing survey", "document"),
        ("a Bank of Zentria spokesman", "business"),
        ("a University of Lakeview professor", "expert"),
        ("the University of Lakeview", "expert"),  # the name alone is still the university
        ("the Secretary of State", "government"),
    ],
)
def test_a_name_with_of_before_a_noun_leaves_the_noun_the_head(
    classify: Classify, mention: str, expected: str
) -> None:
    text = f"{mention} said turnout would be low."
    assert classify(text, mention).type == expected


def test_out_after_a_noun_is_no_head(classify: Classify) -> None:
    text = "A Lakeview Gazette/Zentrix poll out Thursday showed a tie."
    assert classify(text, "A Lakeview Gazette/Zentrix poll out Thursday").type == "document"


# -- gazetteer: outlets, pollsters, universities, union and advocacy heads, journalists ------------
@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("The Tennessean", "media"),
        ("the Arizona Republic", "media"),
        ("Independent Journal Review", "media"),
        ("UMass Lowell", "expert"),
        ("Drake University", "expert"),
        ("Richard Trumka", "ngo"),
        ("Randi Weingarten", "ngo"),
        ("Robert Costa", "media"),
        ("Barney Frank", "political"),
        ("YouTube", "business"),
    ],
)
def test_more_gazetteer_entries(classify: Classify, mention: str, expected: str) -> None:
    text = f"{mention} said on Tuesday that the plan was a mistake."
    assert classify(text, mention).type == expected


# -- descriptors -----------------------------------------------------------------------------------
def test_a_relative_clause_with_a_participle_names_no_role(classify: Classify) -> None:
    text = "Ann Lee, who was speaking to the Lakeview Conference of Mayors, said so."
    descriptor = "who was speaking to the Lakeview Conference of Mayors"
    assert classify(text, "Ann Lee", descriptors=(descriptor,)).type != "government"
    # "who was a spokesman for X" is still a role
    text = "Ann Lee, who was a spokesman for the Pentagon, said so."
    descriptor = "who was a spokesman for the Pentagon"
    assert classify(text, "Ann Lee", descriptors=(descriptor,)).type == "military"


def test_a_place_alone_as_a_descriptor_names_no_role(classify: Classify) -> None:
    text = "Sen. Tom Farrow, a Republican candidate, won Ohio Tuesday night."
    decision = classify(text, "Sen. Tom Farrow", descriptors=("Ohio Tuesday night",))
    assert decision.type == "government"  # the title, not the state
    assert all("ohio" not in ev.rule for ev in decision.evidence)


def test_a_role_after_a_verb_of_appointment_is_the_role(classify: Classify) -> None:
    text = "Jack Farrow, recently named the company's chief executive, said so."
    descriptor = "recently named the company's chief executive"
    assert classify(text, "Jack Farrow", descriptors=(descriptor,)).type == "business"
    text = "Ann Lee, who was named in the lawsuit, said so."
    assert classify(text, "Ann Lee", descriptors=("who was named in the lawsuit",)).type == (
        "unknown"
    )


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("her main rival, Bernie Sanders", "political"),
        ("their longtime friend, businessman Tom Farrow", "business"),
        ("Jane Roe, director of the Lakeview Polling Institute", "expert"),
    ],
)
def test_an_apposition_inside_a_mention(classify: Classify, mention: str, expected: str) -> None:
    text = f"{mention} said the vote would be close."
    assert classify(text, mention).type == expected


@pytest.mark.parametrize(
    "mention",
    [
        "a doctor from Lakeview, Ohio",  # a place after "from": no apposition
        "others, including Sen. Jane Roe",  # an example, not the same source
    ],
)
def test_no_apposition_inside_a_mention(classify: Classify, mention: str) -> None:
    text = f"{mention} said the vote would be close."
    assert classify(text, mention).type not in ("government", "political")


# -- names -----------------------------------------------------------------------------------------
def test_a_known_surname_does_not_name_another_person_of_the_entity(classify: Classify) -> None:
    text = "Richard Sabato, a union leader, spoke. Mr. Sabato said so. Mr. Sabato agreed."
    decision = classify(text, "Richard Sabato", "Mr. Sabato")
    assert all("Larry Sabato" not in ev.rule for ev in decision.evidence)
    # the surname alone is still the known person
    assert classify(text, "Mr. Sabato").type == "expert"


def test_a_middle_initial_does_not_hide_a_known_person(classify: Classify) -> None:
    text = "Lawrence H. Summers said the plan was sound."
    assert classify(text, "Lawrence H. Summers").type == "expert"


def test_an_age_before_a_name_is_a_private_individual(classify: Classify) -> None:
    text = "14-year-old Jane Farrow said she was scared."
    decision = classify(text, "14-year-old Jane Farrow")
    assert decision.type == "citizen"
    assert decision.winner is not None and decision.winner.rule == "builtin:head:age"
