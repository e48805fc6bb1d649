"""Cue words added to the lexicon for recall, on sentences written for these tests and
parsed by the embedded models: each is found with its source, cue span and content."""

from __future__ import annotations

import pytest

from attribution import Article, Claim, Parser

pytestmark = pytest.mark.model


def only(article: Article) -> Claim:
    claims = list(article.attributed_claims())
    assert len(claims) == 1, claims
    return claims[0]


def src(claim: Claim) -> str:
    assert claim.source_mention is not None, claim
    return claim.source_mention.text


def cue(claim: Claim) -> tuple[str, str, str]:
    assert claim.cue is not None, claim
    return claim.cue.text, claim.cue.lemma, claim.cue.stance


def test_verbs_of_judging_take_an_object_and_predicate(parser: Parser) -> None:
    c = only(parser.parse("The senator considers the new tariff a serious mistake."))
    assert cue(c) == ("considers", "consider", "hedging") and c.hedged
    assert (src(c), c.text) == ("The senator", "the new tariff a serious mistake")
    c = only(parser.parse("Many economists see the trade deal as a threat to local farmers."))
    assert cue(c)[1] == "see" and src(c) == "Many economists"
    assert c.text == "as a threat to local farmers"


def test_see_without_as_is_no_report(parser: Parser) -> None:
    assert list(parser.parse("The children saw a heron near the river on Sunday.")
                .attributed_claims()) == []


def test_verbs_of_criticism_and_comparison(parser: Parser) -> None:
    c = only(parser.parse("The governor rebuked the council for delaying the vote."))
    assert cue(c) == ("rebuked", "rebuke", "neutral")
    assert (src(c), c.text) == ("The governor", "the council for delaying the vote")
    c = only(parser.parse("The mayor likened the proposal to a tax on families."))
    assert cue(c)[1] == "liken" and c.text == "the proposal to a tax on families"
    c = only(parser.parse("The candidate disavowed the remarks of his former adviser."))
    assert cue(c)[1] == "disavow" and c.text == "the remarks of his former adviser"


def test_prepositional_contents_join_the_cue(parser: Parser) -> None:
    c = only(parser.parse("Union leaders pressed for a higher minimum wage."))
    assert cue(c)[:2] == ("pressed for", "press")
    assert (src(c), c.text) == ("Union leaders", "a higher minimum wage")
    c = only(parser.parse("The minister hinted at a change in policy."))
    assert cue(c) == ("hinted at", "hint", "hedging") and c.text == "a change in policy"
    c = only(parser.parse("The board cautioned against raising fees this year."))
    assert cue(c)[0] == "cautioned against" and c.text.startswith("raising fees")


def test_saying_and_stressing(parser: Parser) -> None:
    c = only(parser.parse("The coach shouted that the game was not over."))
    assert cue(c)[1] == "shout" and c.text == "that the game was not over"
    c = only(parser.parse("The auditors underscored the need for stricter controls."))
    assert cue(c) == ("underscored", "underscore", "assertive")
    assert c.text == "the need for stricter controls"
    c = only(parser.parse("The committee recognized that the rules were unclear."))
    assert cue(c)[1:] == ("recognize", "assertive") and c.text == "that the rules were unclear"


def test_new_object_and_infinitive_contents(parser: Parser) -> None:
    c = only(parser.parse("The union threatened a strike over the new schedules."))
    assert cue(c)[1] == "threaten" and c.text == "a strike over the new schedules"
    c = only(parser.parse("The regulator advised banks to hold more capital."))
    assert cue(c)[1] == "advise" and c.text == "banks to hold more capital"
    c = only(parser.parse("Officials estimated the damage at two million dollars."))
    assert cue(c)[1:] == ("estimate", "hedging") and c.text.startswith("the damage")


def test_stance_adjective_and_report_nouns(parser: Parser) -> None:
    c = only(parser.parse("The farmers are grateful for the support of local volunteers."))
    assert cue(c)[1] == "grateful" and src(c) == "The farmers"
    assert c.text == "the support of local volunteers"
    c = only(parser.parse("The senator has been vocal about the need for cheaper insulin."))
    assert cue(c)[1] == "vocal" and c.text == "the need for cheaper insulin"
    c = only(parser.parse("The union voiced fear of more layoffs at the plant."))
    assert cue(c)[:2] == ("voiced fear of", "fear") and src(c) == "The union"
    assert c.text == "more layoffs at the plant"
    c = only(parser.parse("The council ignored the mayor's mention of the budget gap."))
    assert cue(c)[:2] == ("mention of", "mention") and src(c) == "the mayor"
    assert c.text == "the budget gap"
