"""A possessive pronoun resolved by the pipeline ("his aides" of "Mr. Obama") and a campaign
clause inside a nested apposition, on sentences written for these tests."""

from __future__ import annotations

from sources_helpers import entity, span_of

from attribution.sources import EntityFacts, MentionFacts, SourceTyper


def _owned(text: str, owner: str, phrase: str) -> EntityFacts:
    span = span_of(text, phrase)
    return EntityFacts(
        name=phrase,
        mentions=(MentionFacts(span=span, kind="description", head=phrase.split()[-1],
                               possessor=span_of(text, owner)),),
    )


def test_a_pronoun_possessor_elsewhere_in_the_text_is_read_as_the_owner() -> None:
    typer = SourceTyper.default()
    text = "The Pentagon issued a notice. Later its spokesman said the drill was over."
    decision = typer.classify(_owned(text, "The Pentagon", "its spokesman"))
    assert decision.type == "military"
    assert decision.affiliation == "Pentagon"
    ev = decision.evidence[0]
    assert ev.span is not None and ev.span.text == "The Pentagon"  # where the owner is
    text = "Mr. Obama spoke in Lakeview. It was about jobs, his aides said."
    assert typer.classify(_owned(text, "Mr. Obama", "his aides")).type == "government"


def test_his_resolved_to_an_organisation_reads_the_phrase_alone() -> None:
    typer = SourceTyper.default()
    text = "Lakeviewnews.com ran the story. His friend Jane Roe said it was true."
    decision = typer.classify(_owned(text, "Lakeviewnews.com", "His friend Jane Roe"))
    assert decision.type != "media"  # a website has no friends; "friend" decides


def test_a_campaign_clause_of_a_nested_apposition_is_not_the_source_s() -> None:
    typer = SourceTyper.default()
    text = ("Jane Roe, the director of Lakeview Action, a group that endorsed Sanders, "
            "spoke.")
    decision = typer.classify(entity(text, "Jane Roe", descriptors=(
        "the director of Lakeview Action, a group that endorsed Sanders",)))
    assert not any("campaign clause" in ev.rule for ev in decision.evidence)
    text = "Jane Roe, a pollster who endorsed Sanders, spoke."
    decision = typer.classify(entity(text, "Jane Roe",
                                     descriptors=("a pollster who endorsed Sanders",)))
    assert decision.type == "political"
