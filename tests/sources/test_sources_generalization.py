"""Generic rules of English news that carry the typer beyond the names it knows.

Every sentence here is written for these tests; none comes from an article.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable

import pytest

from attribution.sources import PRIORITIES, SourceTyper, TypeDecision, load_rules

Classify = Callable[..., TypeDecision]


def winner_rule(decision: TypeDecision) -> str:
    assert decision.winner is not None
    return decision.winner.rule


# -- people with no title ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Tom Farrow of Lakeview, Ohio, said he would vote.", "Tom Farrow of Lakeview, Ohio"),
        ("Mr. Farrow said he would vote.", "Mr. Farrow"),
        ("Linda Kessel said the line was long.", "Linda Kessel"),
    ],
)
def test_a_bare_persons_name_is_a_private_individual(
    classify: Classify, text: str, mention: str
) -> None:
    decision = classify(text, mention)
    assert decision.type == "citizen"
    assert winner_rule(decision) == "builtin:person:name"


@pytest.mark.parametrize(
    ("text", "mention", "descriptor"),
    [
        # a role word, even with an organisation the rules do not know, means more than that
        ("Tom Farrow, a spokesman for Zentrix, said so.", "Tom Farrow", "a spokesman for Zentrix"),
        ("Tom Farrow, a former speechwriter, said so.", "Tom Farrow", "a former speechwriter"),
        ("Tom Farrow, who runs Zentrix, said so.", "Tom Farrow", "who runs Zentrix"),
    ],
)
def test_a_role_word_keeps_a_name_from_being_a_private_individual(
    classify: Classify, text: str, mention: str, descriptor: str
) -> None:
    assert classify(text, mention, descriptors=(descriptor,)).type == "unknown"


def test_a_private_role_keeps_the_person_a_private_individual(classify: Classify) -> None:
    text = "Tom Farrow, a retired teacher, said so. Ann Lee, a warehouse manager, agreed."
    assert classify(text, "Tom Farrow", descriptors=("a retired teacher",)).type == "citizen"
    assert classify(text, "Ann Lee", descriptors=("a warehouse manager",)).type == "citizen"


def test_a_surname_that_is_also_a_word_is_a_name(classify: Classify) -> None:
    text = "Mr. Judge said so, and Tom Banker agreed."
    assert classify(text, "Mr. Judge").type == "citizen"
    assert classify(text, "Tom Banker").type == "citizen"
    assert classify("The judge said so.", "The judge").type == "government"
    assert classify("The banker said so.", "The banker").type == "business"


def test_one_known_word_inside_a_longer_unknown_name_is_not_that_name(
    classify: Classify,
) -> None:
    text = "Lakeview House said so. The Tampa Bay Times reported it. The House voted."
    assert classify(text, "Lakeview House").type == "unknown"
    assert classify(text, "The Tampa Bay Times").type == "media"
    assert classify(text, "The House").type == "government"


# -- whom a named person speaks for ------------------------------------------------------------
def test_a_possessor_or_organisation_after_a_name_tells_whom_the_person_speaks_for(
    classify: Classify,
) -> None:
    text = "CNN's Jane Roe said so. Jane Roe of the Brookings Institution agreed."
    decision = classify(text, "CNN's Jane Roe")
    assert (decision.type, decision.affiliation) == ("media", "CNN")
    decision = classify(text, "Jane Roe of the Brookings Institution")
    assert (decision.type, decision.affiliation) == ("expert", "Brookings Institution")
    assert decision.winner is not None
    assert decision.winner.priority == PRIORITIES["affiliation"]


def test_a_place_after_a_name_is_where_the_person_lives(classify: Classify) -> None:
    text = "Jane Roe of Texas said so. Iowa's Jane Doe agreed."
    assert classify(text, "Jane Roe of Texas").type == "citizen"
    assert classify(text, "Iowa's Jane Doe").type == "citizen"


def test_party_members_of_a_place_are_political(classify: Classify) -> None:
    text = "Iowa Democrats said so, and Syrian officials agreed."
    assert classify(text, "Iowa Democrats").type == "political"
    assert classify(text, "Syrian officials").type == "government"


def test_who_runs_an_organisation_speaks_for_it(classify: Classify) -> None:
    text = "Jane Roe, who runs the Heritage Foundation, said so."
    decision = classify(text, "Jane Roe", descriptors=("who runs the Heritage Foundation",))
    assert (decision.type, decision.affiliation) == ("expert", "Heritage Foundation")


def test_a_role_of_an_unknown_organisation_is_not_a_state_office(classify: Classify) -> None:
    text = "Jane Roe, the president of Zentrix Publishing, said so. The president agreed."
    descriptor = "the president of Zentrix Publishing"
    assert classify(text, "Jane Roe", descriptors=(descriptor,)).type == "unknown"
    assert classify(text, "The president").type == "government"
    text = "Jane Roe, the president of the NAACP, said so."
    assert classify(text, "Jane Roe", descriptors=("the president of the NAACP",)).type == "ngo"


def test_some_of_a_group_is_that_group(classify: Classify) -> None:
    text = "Some of the operatives said so. Many of the voters left."
    assert classify(text, "Some of the operatives").type == "political"
    assert classify(text, "Many of the voters").type == "citizen"


# -- news outlets -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "mention",
    ["The Lakeview Herald", "The Zentrix Post", "Lakeview Public Radio", "KZTX-TV", "WZRX",
     "Lakeviewnews.com"],
)
def test_names_written_like_a_news_outlets_are_media(classify: Classify, mention: str) -> None:
    decision = classify(f"{mention} reported the story.", mention)
    assert decision.type == "media"
    assert winner_rule(decision).startswith("builtin:masthead:")


def test_only_a_masthead_word_at_the_end_makes_a_news_outlet(classify: Classify) -> None:
    text = "The Daily Planet Foundation said so. The Lakeview Party said so too."
    assert classify(text, "The Daily Planet Foundation").type == "ngo"
    assert classify(text, "The Lakeview Party").type == "political"


def test_a_report_or_statement_from_a_named_issuer_is_the_issuers(classify: Classify) -> None:
    text = "A statement from the Pentagon said so. A report by the Tax Foundation found it."
    assert classify(text, "A statement from the Pentagon").type == "military"
    assert classify(text, "A report by the Tax Foundation").type == "expert"
    text = "A report released Monday found fraud. The poll from Gallup shows a tie."
    assert classify(text, "A report released Monday").type == "document"
    assert classify(text, "The poll from Gallup").type == "document"  # a poll's findings


def test_a_report_from_an_issuer_written_like_an_outlet_is_media(classify: Classify) -> None:
    text = ("A report Tuesday from WZRX said so. A statement by the Lakeview Gazette agreed. "
            "A poll by the Lakeview Gazette shows a tie. A report of the Lakeview Gazette.")
    assert classify(text, "A report Tuesday from WZRX").type == "media"
    assert classify(text, "A statement by the Lakeview Gazette").type == "media"
    assert classify(text, "A poll by the Lakeview Gazette").type == "document"
    assert classify(text, "A report of the Lakeview Gazette").type == "document"


def test_a_source_known_only_as_you_is_a_private_individual(classify: Classify) -> None:
    text = "If you ask around, you hear the same. Jane Roe, a nurse, said so. He agreed."
    decision = classify(text, "you", "you")
    assert decision.type == "citizen"
    assert decision.winner is not None and decision.winner.rule == "builtin:person:addressee"
    assert classify(text, "He").type == "unknown"  # other pronouns alone say nothing


# -- office-holders presented as campaign figures ----------------------------------------------
@pytest.mark.parametrize(
    "descriptor",
    [
        "who ran for president in 2012",
        "who is running for the Senate",
        "who is seeking the Republican nomination",
        "who endorsed Trump",
        "who dropped out of the race in March",
        "a prominent Clinton supporter",
        "a former backer of Jane Doe",
    ],
)
def test_an_office_holder_described_as_a_campaign_figure_is_political(
    classify: Classify, descriptor: str
) -> None:
    text = f"Gov. Jane Roe, {descriptor}, said so."
    assert classify(text, "Gov. Jane Roe", descriptors=(descriptor,)).type == "political"


def test_an_office_holder_doing_the_job_stays_government(classify: Classify) -> None:
    text = "Gov. Jane Roe, who endorsed the bill, said so."
    descriptor = "who endorsed the bill"
    assert classify(text, "Gov. Jane Roe", descriptors=(descriptor,)).type == "government"
    assert classify("Sen. Jane Roe said so.", "Sen. Jane Roe").type == "government"


def test_a_private_supporter_stays_a_citizen(classify: Classify) -> None:
    text = "Jane Roe, a Trump supporter, said so. Trump supporters cheered."
    assert classify(text, "Jane Roe", descriptors=("a Trump supporter",)).type == "citizen"
    assert classify(text, "Trump supporters").type == "citizen"


@pytest.mark.parametrize(
    "mention",
    ["Clinton surrogate Sen. Jane Roe", "Republican presidential candidate Sen. Jane Roe"],
)
def test_a_campaign_word_before_an_office_title_makes_a_campaign_figure(
    classify: Classify, mention: str
) -> None:
    assert classify(f"{mention} said so.", mention).type == "political"


def test_a_former_elected_office_marks_a_political_figure_weakly(classify: Classify) -> None:
    decision = classify("Former Gov. Jane Roe said so.", "Former Gov. Jane Roe")
    assert decision.type == "political"
    assert decision.winner is not None
    assert decision.winner.priority == PRIORITIES["former_office"]
    text = "Jane Roe, a former senator and now a Fox News host, said so."
    descriptor = "a former senator and now a Fox News host"
    assert classify(text, "Jane Roe", descriptors=(descriptor,)).type == "media"


# -- known people of 2015-2017 -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        ("Maddow said so.", "Maddow", "media"),
        ("CNN's Gloria Borger said so.", "CNN's Gloria Borger", "media"),
        ("Janet Yellen said so.", "Janet Yellen", "government"),
        ("Sen. Lindsey Graham said so.", "Sen. Lindsey Graham", "political"),
        ("Bill Clinton said so.", "Bill Clinton", "political"),
        ("Jens Stoltenberg said so.", "Jens Stoltenberg", "international_organization"),
        ("Nate Silver said so.", "Nate Silver", "expert"),
        ("Ban said so.", "Ban", "international_organization"),
    ],
)
def test_widely_known_people(classify: Classify, text: str, mention: str, expected: str) -> None:
    assert classify(text, mention).type == expected


def test_every_gazetteer_person_has_a_dated_role_note() -> None:
    people = [g for g in load_rules(entry_points=False).gazetteer if g.kind == "person"]
    assert len(people) > 300
    for g in people:
        assert g.source, g.name
        assert "role" in g.source or "widely known" in g.source, g.name


def test_the_default_typer_pickles() -> None:
    typer = SourceTyper.default()
    copy = pickle.loads(pickle.dumps(typer))
    assert isinstance(copy, SourceTyper)
    from sources_helpers import entity

    facts = entity("Tom Farrow of Lakeview said so.", "Tom Farrow of Lakeview")
    assert copy.classify(facts) == typer.classify(facts)


def test_a_known_organisations_name_takes_no_title(classify: Classify) -> None:
    decision = classify(
        "Dale Moss, chairman of the Ohio Republican Party, said turnout was high.",
        "Dale Moss", descriptors=("chairman of the Ohio Republican Party",),
    )
    assert decision.type == "political"


def test_a_past_role_gives_way_to_what_the_person_does_now(classify: Classify) -> None:
    decision = classify(
        "Dana Rusk, a former C.I.A. analyst who teaches at Lakeview University, said so.",
        "Dana Rusk", descriptors=("a former C.I.A. analyst who teaches at Lakeview University",),
    )
    assert decision.type == "expert"


def test_a_party_word_inside_a_capitalised_name_belongs_to_the_name(classify: Classify) -> None:
    decision = classify("The opposition Southern Democratic Alliance said talks had failed.",
                        "The opposition Southern Democratic Alliance")
    assert decision.type == "opposition"
    # a title is still a title: "Democratic Sen. Jane Roe"
    assert classify("Democratic Sen. Jane Roe said so.", "Democratic Sen. Jane Roe").type == (
        "government")
