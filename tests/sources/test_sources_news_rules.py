"""More general rules of English news: candidates in office, shares of a poll, headlines,
conjoined modifiers, participle clauses, critics, officers of known organisations.

Every sentence here is written for these tests; none comes from an article.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from attribution.sources import PRIORITIES, TypeDecision

Classify = Callable[..., TypeDecision]


def winner_rule(decision: TypeDecision) -> str:
    assert decision.winner is not None
    return decision.winner.rule


# -- office-holders presented as candidates -----------------------------------------------------
def test_an_office_holder_called_a_candidate_is_a_campaign_figure(classify: Classify) -> None:
    text = "Her Republican opponent, Rep. Jane Roe, said so. Rep. Jane Roe spoke."
    decision = classify(text, "Her Republican opponent", descriptors=("Rep. Jane Roe",))
    assert decision.type == "political"
    assert winner_rule(decision) == "builtin:descriptor:candidacy:opponent"
    assert decision.winner is not None
    assert decision.winner.priority == PRIORITIES["descriptor"]
    # the title alone stays an office
    assert classify(text, "Rep. Jane Roe").type == "government"


def test_a_candidate_mention_makes_a_titled_name_political(classify: Classify) -> None:
    text = "Sen. Tom Farrow said so. The Democratic candidate left early."
    assert classify(text, "Sen. Tom Farrow", "The Democratic candidate").type == "political"


def test_a_former_candidate_or_an_opponent_of_a_bill_is_no_campaign_figure(
    classify: Classify,
) -> None:
    text = "Sen. Tom Farrow, a former candidate, spoke. Sen. Ann Lee, an opponent of the bill."
    assert classify(text, "Sen. Tom Farrow", descriptors=("a former candidate",)).type == (
        "government"
    )
    assert classify(text, "Sen. Ann Lee", descriptors=("an opponent of the bill",)).type == (
        "government"
    )


def test_a_clause_about_winning_a_seat_is_a_campaign_clause(classify: Classify) -> None:
    text = "Tom Farrow, a Republican trying to fill an open congressional seat, said so."
    descriptor = "a Republican trying to fill an open congressional seat"
    decision = classify(text, "Tom Farrow", descriptors=(descriptor,))
    assert decision.type == "political"
    assert winner_rule(decision) == "builtin:descriptor:head:campaign clause"


# -- the public by share, age and number ---------------------------------------------------------
@pytest.mark.parametrize(
    "mention",
    ["Two in three", "nearly one out of four", "58% of likely voters", "Less than a third",
     "the vast majority", "41 percent", "a 21-year-old", "many people", "Hispanics"],
)
def test_shares_ages_and_the_public_are_private_individuals(
    classify: Classify, mention: str
) -> None:
    text = f"{mention} said the race was close."
    assert classify(text, mention).type == "citizen"


def test_a_share_of_a_named_group_is_still_that_group(classify: Classify) -> None:
    text = "Half of the delegates said so. Many in the crowd cheered. Some in Lakeview agreed."
    assert classify(text, "Half of the delegates").type == "political"
    assert classify(text, "Many in the crowd").type == "citizen"
    assert classify(text, "Some in Lakeview").type == "unknown"


# -- headlines and the publication ---------------------------------------------------------------
def test_a_headline_in_capitals_is_the_publication(classify: Classify) -> None:
    text = "TWO SENATORS SKIP THE BUDGET VOTE: the story continues below."
    decision = classify(text, "TWO SENATORS SKIP THE BUDGET VOTE")
    assert decision.type == "media"
    assert winner_rule(decision) == "builtin:masthead:headline"
    # a short name in capitals is no headline
    assert classify("NATO said so.", "NATO").type == "international_organization"


def test_a_count_by_a_news_agency_is_the_agency(classify: Classify) -> None:
    text = "Roe leads by 40 delegates, according to a tally by The Associated Press."
    decision = classify(text, "a tally by The Associated Press")
    assert (decision.type, decision.affiliation) == ("media", "Associated Press")


# -- head words and phrases ----------------------------------------------------------------------
def test_a_possessive_mention_is_its_owner(classify: Classify) -> None:
    text = "Before the Democratic nominee's speech, the crowd waited."
    assert classify(text, "the Democratic nominee's").type == "political"


def test_and_between_two_modifiers_keeps_one_head(classify: Classify) -> None:
    text = "Republican and independent analysts said so. Federal and state officials agreed."
    assert classify(text, "Republican and independent analysts").type == "expert"
    assert classify(text, "Federal and state officials").type == "government"
    text = "Tom Farrow, the president of a building and construction trades council, spoke."
    descriptor = "the president of a building and construction trades council"
    assert classify(text, "Tom Farrow", descriptors=(descriptor,)).type == "ngo"


def test_and_between_two_nouns_keeps_two_roles(classify: Classify) -> None:
    text = "Tom Farrow, a Lakeview Republican strategist and former adviser to Ann Lee, spoke."
    descriptor = "a Lakeview Republican strategist and former adviser to Ann Lee"
    assert classify(text, "Tom Farrow", descriptors=(descriptor,)).type == "political"


def test_a_second_role_after_and_counts(classify: Classify) -> None:
    text = "Tom Farrow, its president and CEO, said so. Ann Lee, managing director and senior " \
           "equity analyst at Zentrix Partners, agreed."
    assert classify(text, "Tom Farrow", descriptors=("its president and CEO",)).type == (
        "business"
    )
    descriptor = "managing director and senior equity analyst at Zentrix Partners"
    assert classify(text, "Ann Lee", descriptors=(descriptor,)).type == "expert"


def test_a_veteran_of_an_organisation_takes_its_type_but_not_an_armys(
    classify: Classify,
) -> None:
    text = ("Tom Farrow, a veteran of three presidential campaigns, said so. "
            "Ann Lee, an Army veteran, agreed.")
    descriptor = "a veteran of three presidential campaigns"
    assert classify(text, "Tom Farrow", descriptors=(descriptor,)).type == "political"
    assert classify(text, "Ann Lee", descriptors=("an Army veteran",)).type == "citizen"


def test_a_participle_clause_names_no_role(classify: Classify) -> None:
    text = ("Tom Farrow, wearing a campaign hat, cheered. Ann Lee, reporting for the Lakeview "
            "Ledger, watched.")
    assert classify(text, "Tom Farrow", descriptors=("wearing a campaign hat",)).type == "citizen"
    decision = classify(text, "Ann Lee", descriptors=("reporting for the Lakeview Ledger",))
    assert decision.type == "media"


def test_critics_do_not_speak_for_whom_they_criticise(classify: Classify) -> None:
    text = "Trump critics said so. Critics of the Pentagon plan agreed."
    assert classify(text, "Trump critics").type == "unknown"
    assert classify(text, "Critics of the Pentagon plan").type == "unknown"
    text = "Tom Farrow, one of several Trump critics on staff at National Review, said so."
    descriptor = "one of several Trump critics on staff at National Review"
    assert classify(text, "Tom Farrow", descriptors=(descriptor,)).type == "media"


def test_a_title_after_a_known_organisation_is_its_officer(classify: Classify) -> None:
    text = "CNN President Tom Farrow said so. President Ann Lee agreed."
    decision = classify(text, "CNN President Tom Farrow")
    assert (decision.type, decision.affiliation) == ("media", "CNN")
    assert classify(text, "President Ann Lee").type == "government"


def test_a_role_before_an_honorific_is_no_title(classify: Classify) -> None:
    text = "The groups of voters Mrs. Roe needs stayed home."
    decision = classify(text, "voters Mrs. Roe")
    assert winner_rule(decision) != "builtin:title:voters"


def test_a_place_at_the_start_of_an_unknown_name_is_not_its_employer(
    classify: Classify,
) -> None:
    text = "Ann Lee, director of the Lakeview Civic Project, said so."
    descriptor = "director of the Lakeview Civic Project"
    assert classify(text, "Ann Lee", descriptors=(descriptor,)).type == "unknown"
    text = "Ann Lee, director of the Texas Civic Project, said so."
    descriptor = "director of the Texas Civic Project"
    assert classify(text, "Ann Lee", descriptors=(descriptor,)).type == "unknown"
    text = "A spokesman for Texas Gov. Tom Farrow said so."
    assert classify(text, "A spokesman for Texas Gov. Tom Farrow").type == "government"


def test_a_county_after_a_name_is_where_the_person_lives(classify: Classify) -> None:
    text = "Ann Lee of Burke County, Georgia, said so."
    assert classify(text, "Ann Lee of Burke County").type == "citizen"


def test_party_members_in_a_place_are_political(classify: Classify) -> None:
    text = "Republicans in Ohio said so. Republicans in Congress agreed."
    assert classify(text, "Republicans in Ohio").type == "political"
    assert classify(text, "Republicans in Congress").type == "government"


def test_a_role_word_that_is_a_given_name_is_a_name(classify: Classify) -> None:
    text = "Dean Farrow said so. The dean agreed."
    assert classify(text, "Dean Farrow").type == "citizen"
    assert classify(text, "The dean").type == "expert"


def test_a_birthplace_is_no_affiliation(classify: Classify) -> None:
    text = "A U.S.-born shopkeeper said so."
    assert classify(text, "A U.S.-born shopkeeper").type == "citizen"


def test_a_treasurer_takes_the_campaign_he_keeps_the_books_for(classify: Classify) -> None:
    text = "Ann Lee, treasurer for the Farrow campaign, said so. The state treasurer agreed."
    descriptor = "treasurer for the Farrow campaign"
    assert classify(text, "Ann Lee", descriptors=(descriptor,)).type == "political"
    assert classify(text, "The state treasurer").type == "government"


def test_ties_go_to_the_type_more_evidence_supports(classify: Classify) -> None:
    text = "Ann Lee, the chief executive of a software firm and a major Democratic donor, spoke."
    descriptor = "the chief executive of a software firm and a major Democratic donor"
    assert classify(text, "Ann Lee", descriptors=(descriptor,)).type == "political"


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("a campaign hat", "document"),
        ("the election results", "document"),
        ("a political crowdfunding website", "business"),
        ("progressive organizations", "ngo"),
        ("the newsletter", "media"),
        ("the party's top figures", "political"),
        ("the Congressional Progressive Caucus", "government"),
        ("National Nurses United", "ngo"),
    ],
)
def test_lexicon_and_gazetteer_entries(classify: Classify, mention: str, expected: str) -> None:
    text = f"{mention} said so."
    assert classify(text, mention).type == expected
