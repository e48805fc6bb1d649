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
    # (the object is what the "as" phrase is said of, as with "considers X Y" above)
    assert c.text == "the trade deal as a threat to local farmers"


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
    # (whether "at the plant" hangs on "layoffs" or on "voiced" is up to the parse)
    assert c.text in ("more layoffs at the plant", "more layoffs")
    c = only(parser.parse("The council ignored the mayor's mention of the budget gap."))
    assert cue(c)[:2] == ("mention of", "mention") and src(c) == "the mayor"
    assert c.text == "the budget gap"


def test_verbs_of_taking_sides_and_liking(parser: Parser) -> None:
    c = only(parser.parse("The union sided with the nurses in the dispute over pay."))
    assert cue(c)[:2] == ("sided with", "side") and src(c) == "The union"
    assert c.text == "the nurses"
    c = only(parser.parse("The mayor likes the plan to widen the bridge."))
    assert cue(c)[1] == "like" and (src(c), c.text) == ("The mayor", "the plan to widen the bridge")
    c = only(parser.parse("The senator admires the courage of the striking miners."))
    assert cue(c)[1] == "admire" and c.text == "the courage of the striking miners"
    c = only(parser.parse("The critics panned the new health plan as too costly."))
    assert cue(c)[1] == "pan" and c.text == "the new health plan"


def test_verbs_of_naming_addressing_and_recalling(parser: Parser) -> None:
    c = only(parser.parse("The president named the drug crisis as his top priority."))
    assert cue(c)[1] == "name" and src(c) == "The president"
    assert c.text == "the drug crisis as his top priority"
    c = only(parser.parse("The mayor addressed the housing shortage in her speech."))
    assert cue(c)[1] == "address" and c.text == "the housing shortage"
    c = only(parser.parse("Protesters chanted slogans against the new law."))
    assert cue(c)[1] == "chant" and c.text == "slogans against the new law"
    c = only(parser.parse("The nurses remember that the hospital promised new beds."))
    assert cue(c)[1] == "remember" and c.text == "that the hospital promised new beds"
    c = only(parser.parse("The coach figured that the team would need a new goalkeeper."))
    assert cue(c)[1:] == ("figure", "hedging") and src(c) == "The coach"
    c = only(parser.parse("The auditors are suspicious of the sudden rise in profits."))
    assert cue(c)[1:] == ("suspicious", "hedging") and c.text == "the sudden rise in profits"


def test_narrowed_contents_leave_topics_and_tallies_out(parser: Parser) -> None:
    # "favored X by a margin" tallies votes; "campaigned on Friday", "spoke against the plan
    # on Tuesday" and "advised the board on the merger" name no reported content
    for text in ("Most residents favored the mayor by a wide margin.",
                 "The senator campaigned on Friday in three small towns.",
                 "The lawyer advised the board on the merger."):
        assert list(parser.parse(text).attributed_claims()) == [], text
    c = only(parser.parse("The candidate campaigned for a higher minimum wage."))
    assert cue(c)[:2] == ("campaigned for", "campaign") and c.text == "a higher minimum wage"
    c = only(parser.parse("The director spoke about the need for more funding."))
    assert cue(c)[0] == "spoke about" and c.text == "the need for more funding"
    c = only(parser.parse("Her remarks about the budget angered the council."))
    assert cue(c)[:2] == ("remarks about", "remark") and c.text == "the budget"
