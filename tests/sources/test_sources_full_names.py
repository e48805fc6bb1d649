"""Rules added from the tuning errors: former office-holders backing a candidate, documents
that employ no one, a middle initial in a known name, regional leaders and a few names.

Every sentence here is written for these tests; none comes from an article.
"""

from __future__ import annotations

from collections.abc import Callable

from attribution.sources import TypeDecision

Classify = Callable[..., TypeDecision]


def test_a_former_elected_official_backing_a_candidate_is_a_surrogate(
    classify: Classify,
) -> None:
    text = "Former Lakeview Gov. Jane Roe, an early supporter of the senator, said so."
    decision = classify(text, "Former Lakeview Gov. Jane Roe",
                        descriptors=("an early supporter of the senator",))
    assert decision.type == "political"
    assert decision.winner is not None
    assert decision.winner.rule == "builtin:descriptor:surrogate:supporter"
    # a private person so described stays a private individual
    text = "Tom Farrow, an early supporter of the senator, said so."
    assert classify(text, "Tom Farrow",
                    descriptors=("an early supporter of the senator",)).type == "citizen"


def test_a_text_is_nobodys_employer(classify: Classify) -> None:
    text = "Proponents of the new bill said it would pass."
    decision = classify(text, "Proponents of the new bill")
    assert decision.type == "unknown"
    assert decision.evidence == ()


def test_a_middle_initial_keeps_a_known_persons_name(classify: Classify) -> None:
    # Ted Cruz is known as a 2016 campaign figure: "Sen. Ted Q. Cruz" is the same man
    text = "Mr. Cruz said so. Sen. Ted Q. Cruz spoke on Monday."
    decision = classify(text, "Mr. Cruz", descriptors=("Sen. Ted Q. Cruz",))
    assert decision.type == "political"
    assert decision.winner is not None
    assert decision.winner.rule == "builtin:descriptor:gazetteer:Ted Cruz"
    # another given name before the initial is another person
    text = "Sen. Roger Q. Cruz spoke."
    assert classify(text, "Sen. Roger Q. Cruz").type == "government"


def test_leaders_and_governments_named_by_region_are_governments(classify: Classify) -> None:
    text = "World leaders met. Arab leaders agreed. The Gulf states said no."
    assert classify(text, "World leaders").type == "government"
    assert classify(text, "Arab leaders").type == "government"
    assert classify(text, "The Gulf states").type == "government"


def test_more_known_names(classify: Classify) -> None:
    text = ("The Clintons said so. The SVP agreed. A P&G spokesman declined. EgyptAir "
            "confirmed it. The IOC said no. The Koch brothers wrote.")
    assert classify(text, "The Clintons").type == "political"
    assert classify(text, "The SVP").type == "political"
    assert classify(text, "A P&G spokesman").type == "business"
    assert classify(text, "EgyptAir").type == "business"
    assert classify(text, "The IOC").type == "ngo"
    assert classify(text, "The Koch brothers").type == "political"
