"""Broad role-noun, organisation and gazetteer coverage, and first/second-person sources.

All mentions are made up for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from attribution.sources import TypeDecision

Classify = Callable[..., TypeDecision]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # offices and officers at every level of government
        ("a state trooper", "government"),
        ("a special agent", "government"),
        ("an assemblywoman", "government"),
        ("the county registrar", "government"),
        ("the elections supervisor", "government"),
        ("a park ranger", "government"),
        ("a firefighter", "government"),
        ("a police sergeant", "government"),
        ("a Capitol Hill aide", "government"),
        ("the surgeon general", "government"),  # not an army general
        ("the consul general", "government"),
        ("a cabinet official", "government"),
        ("the special counsel", "government"),
        # armed forces
        ("a Navy sailor", "military"),
        ("a service member", "military"),
        ("the Coast Guard", "military"),
        ("a brigade commander", "military"),
        # campaigns and parties
        ("a gubernatorial candidate", "political"),
        ("the deputy campaign manager", "political"),
        ("a Republican consultant", "political"),
        ("party activists", "political"),
        # newsrooms
        ("the Washington bureau chief", "media"),
        ("an investigative reporter", "media"),
        ("a syndicated columnist", "media"),
        ("the executive producer", "media"),
        # research and polling
        ("a senior research fellow", "expert"),
        ("the survey director", "expert"),
        ("a conservative think tank", "expert"),
        ("a ratings agency", "expert"),
        # business
        ("the utility", "business"),
        ("an industry group", "business"),
        ("a pharmaceutical company", "business"),
        ("an advertising agency", "business"),  # not a government agency
        # private individuals
        ("a customer", "citizen"),
        ("a juror", "citizen"),
        ("mourners", "citizen"),
        ("a college freshman", "citizen"),
        ("her son-in-law", "citizen"),
        # civil society
        ("a civil rights leader", "ngo"),
        ("a community activist", "ngo"),
        ("a food bank", "ngo"),
        # intergovernmental bodies
        ("a U.N. peacekeeper", "international_organization"),
        ("an EU commissioner", "international_organization"),
        # records and data
        ("the census", "document"),
        ("an autopsy report", "document"),
        ("a criminal complaint", "document"),
    ],
)
def test_broad_role_nouns(classify: Classify, phrase: str, expected: str) -> None:
    text = f"{phrase} said so."
    assert classify(text, phrase).type == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("the Bundestag", "government"),
        ("the National Park Service", "government"),
        ("Pacific Command", "military"),
        ("the Kansas City Star", "media"),
        ("the Business Roundtable", "business"),
        ("the Heartland Institute", "expert"),
        ("Transparency International", "monitor"),
        ("the Salvation Army", "ngo"),  # an army only by name
        ("the International Labour Organization", "international_organization"),
        ("Alternative for Germany", "political"),
        ("Abu Sayyaf", "armed_group"),
    ],
)
def test_more_known_institutions(classify: Classify, phrase: str, expected: str) -> None:
    text = f"{phrase} said so."
    assert classify(text, phrase).type == expected


def test_an_article_led_name_does_not_cut_a_longer_role(classify: Classify) -> None:
    # "the press" and "the bureau" are names, but not in "the press secretary"
    text = "The press secretary said so. The bureau chief agreed. The press reported it."
    assert classify(text, "The press secretary").type == "government"
    assert classify(text, "The bureau chief").type == "media"
    assert classify(text, "The press").type == "media"


def test_a_rank_takes_its_owners_type(classify: Classify) -> None:
    text = "The Roe campaign's top brass said so."
    assert classify(text, "The Roe campaign's top brass").type == "political"


def test_you_is_never_a_named_source(classify: Classify) -> None:
    # a third-person mention grouped with "you" does not name it
    text = "Gov. Jane Roe spoke. You could leave thinking she is right, you know."
    decision = classify(text, "Gov. Jane Roe", "You")
    assert decision.type == "citizen"
    assert decision.winner is not None and decision.winner.rule == "builtin:person:addressee"
    assert classify(text, "Gov. Jane Roe").type == "government"


def test_a_source_known_only_in_the_first_person_is_the_writer(classify: Classify) -> None:
    text = "We're the kind of folks who read polls. In my view, the race is close. I agree."
    decision = classify(text, "my")
    assert decision.type == "media"
    assert decision.winner is not None and decision.winner.rule == "builtin:person:writer"
    assert classify(text, "We").type == "media"
    # a first-person pronoun grouped with a named speaker is the speaker's
    text2 = "Sen. Jane Roe spoke. \"I agree,\" she said."
    assert classify(text2, "Sen. Jane Roe", "I").type == "government"
    # with a description it is what the description says
    text3 = "I, a nurse, agree."
    assert classify(text3, "I", descriptors=("a nurse",)).type == "citizen"
