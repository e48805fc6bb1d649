"""Attribution patterns on sentences written for these tests, parsed by the embedded models."""

from __future__ import annotations

import pytest

from attribution import Article, Claim, Parser
from attribution.testing import hand_parsed as _hand_parsed

pytestmark = pytest.mark.model


def attributed(article: Article) -> list[Claim]:
    return list(article.attributed_claims())


def only(article: Article) -> Claim:
    claims = attributed(article)
    assert len(claims) == 1, claims
    return claims[0]


def cued(article: Article, cue: str) -> list[Claim]:
    """The attributed claims of *article* whose cue reads *cue*."""
    return [c for c in attributed(article) if c.cue is not None and c.cue.text == cue]


def src(claim: Claim) -> str:
    assert claim.source_mention is not None, claim
    return claim.source_mention.text


def test_reported_clause_with_and_without_that(parser: Parser) -> None:
    c = only(parser.parse("The ministry said the port had reopened on Monday."))
    assert (src(c), c.cue and c.cue.lemma, c.kind) == ("The ministry", "say", "indirect")
    assert c.text == "the port had reopened on Monday"
    c = only(parser.parse("Police said that two men were arrested near the harbour."))
    assert c.text.startswith("that two men were arrested")
    assert src(c) == "Police"


def test_content_before_the_cue_and_postposed_subject(parser: Parser) -> None:
    c = only(parser.parse("Two men were arrested near the harbour, police said."))
    assert (c.text, src(c)) == ("Two men were arrested near the harbour", "police")
    c = only(parser.parse("Two men were arrested near the harbour, said a police spokesman."))
    assert src(c) == "a police spokesman"
    assert c.text == "Two men were arrested near the harbour"


def test_according_to_both_orders(parser: Parser) -> None:
    c = only(parser.parse("According to the company, sales rose by five percent last year."))
    assert src(c) == "the company" and c.cue is not None and c.cue.text == "According to"
    assert c.text == "sales rose by five percent last year"
    c = only(parser.parse("Sales rose by five percent last year, according to the company."))
    assert src(c) == "the company" and c.text == "Sales rose by five percent last year"


def test_a_cue_whose_only_content_is_an_according_to_phrase_reports_nothing(
    parser: Parser,
) -> None:
    # the parse took "according to X" for the object of "persuade": the phrase attributes
    # the whole clause
    c = only(parser.parse("Outside groups spent $3 million on mailers and radio spots to "
                          "persuade voters in the race, according to the Gazette's tally."))
    assert (c.cue and c.cue.text, src(c)) == ("according to", "the Gazette's tally")
    assert c.text == ("Outside groups spent $3 million on mailers and radio spots to persuade "
                      "voters in the race")


def test_a_participle_after_the_source_of_according_to_describes_it(parser: Parser) -> None:
    c = only(parser.parse("That is according to first results of entrance polls conducted "
                          "for the Harbor Wire and two local networks."))
    assert src(c) == ("first results of entrance polls conducted for the Harbor Wire and two "
                      "local networks")
    assert c.text == "That is"


def test_apposition_becomes_a_descriptor(parser: Parser) -> None:
    art = parser.parse(
        "Fighting resumed near the border on Friday, the Northern Rights Watch, "
        "a Geneva-based conflict monitor, said."
    )
    c = only(art)
    assert src(c) == "the Northern Rights Watch"
    assert c.source is not None
    assert [d.text for d in c.source.descriptors] == ["a Geneva-based conflict monitor"]


def test_statement_channel_and_direct_quote(parser: Parser) -> None:
    text = ('"Our marines took back the port after two days of fighting," the navy said '
            "in a statement.")
    c = only(parser.parse(text))
    assert c.kind == "direct" and c.channel == "statement" and src(c) == "the navy"
    assert c.text == '"Our marines took back the port after two days of fighting,"'


def test_curly_quote_over_two_sentences_and_split_quote(parser: Parser) -> None:
    text = "“We held the line. We will hold it again,” the commander told reporters."
    c = only(parser.parse(text))
    assert c.kind == "direct" and c.text.startswith("“We held") and c.text.endswith("again,”")
    assert c.channel == "interview"
    art = parser.parse('"We won the vote," she said, "and we will win the next one."')
    claims = attributed(art)
    assert len(claims) == 2 and {c.kind for c in claims} == {"direct"}
    assert claims[0].cue == claims[1].cue


def test_mixed_quote(parser: Parser) -> None:
    c = only(parser.parse('The senator said the budget plan was "dead on arrival" in Congress.'))
    assert c.kind == "mixed" and '"dead on arrival"' in c.text


def test_quote_paragraph_continues_the_previous_speaker(parser: Parser) -> None:
    text = ("Port strike ends\n\n"
            '"The strike is over and the cranes are moving again," the union leader said.\n\n'
            '"We expect the backlog of ships to clear within a week."\n')
    art = parser.parse(text)
    claims = attributed(art)
    assert len(claims) == 2
    assert claims[1].kind == "direct" and claims[1].source == claims[0].source
    assert claims[1].source_mention is None
    # a quoted phrase inside a later paragraph of the reporter's is no quote paragraph
    text = ("Port strike ends\n\n"
            '"The strike is over and the cranes are moving again," the union leader said.\n\n'
            'Dozens of ships sat idle in "a backlog that could last for months" near the port.\n')
    claims = attributed(parser.parse(text))
    assert [c.text for c in claims] == [
        '"The strike is over and the cranes are moving again,"']


def test_unbalanced_quotes_do_not_swallow_the_article(parser: Parser) -> None:
    text = ('Headline here\n\nThe mayor said "the bridge will open soon.\n\n'
            "Workers finished the deck on Tuesday. Traffic tests start next week.\n")
    art = parser.parse(text)
    for claim in art.claims:
        assert "\n\n" not in claim.text
    assert any(c.text.startswith("Workers finished") for c in art.unattributed_claims())


def test_pronoun_short_name_and_description_resolve(parser: Parser) -> None:
    text = ("Headline here\n\n"
            "Rebels left the town on Friday, the Northern Rights Watch, a Geneva-based conflict "
            "monitor, said.\n"
            "Troops entered the old market, the Watch reported. Mines were cleared on Saturday, "
            "it said.\n"
            "Fighting moved south, the monitor added.\n")
    art = parser.parse(text)
    claims = attributed(art)
    assert len(claims) == 4
    assert len({c.source for c in claims}) == 1
    assert [src(c) for c in claims] == ["the Northern Rights Watch", "the Watch", "it",
                                        "the monitor"]
    assert claims[0].source is not None and claims[0].source.name == "the Northern Rights Watch"


def test_acronym_joins_its_full_name(parser: Parser) -> None:
    text = ("Headline here\n\n"
            "The National Democratic Front (NDF) said the talks had failed.\n"
            "The NDF said it would name new negotiators on Monday.\n")
    claims = attributed(parser.parse(text))
    assert claims[0].source is not None and claims[0].source == claims[-1].source


def test_hedges(parser: Parser) -> None:
    art = parser.parse("Headline here\n\nIt is believed to have destroyed the old bridge.\n"
                       "The group reportedly moved its fighters north.\n")
    believed, reportedly = [c for c in art.claims if c.block == "body"]
    assert believed.kind == "indirect" and believed.hedged
    assert believed.cue is not None and believed.cue.kind == "impersonal"
    # an unnamed source of its own, with no local mention
    assert believed.source is not None and believed.source.anonymous
    assert believed.source.mentions[0].kind == "impersonal" and believed.source_mention is None
    # an adverb of hearsay reports its clause, hedged, for no one named; the clause's
    # words before the adverb are the prefix
    assert (reportedly.kind, reportedly.hedged) == ("indirect", True)
    assert reportedly.cue is not None and (reportedly.cue.text, reportedly.cue.kind) == (
        "reportedly", "adverb")
    assert reportedly.source is not None and reportedly.source.anonymous
    assert (reportedly.prefix and reportedly.prefix.text, reportedly.text) == (
        "The group", "moved its fighters north")
    c = only(parser.parse("Police found the gun he purportedly used in the attack."))
    assert (c.cue and c.cue.text, c.prefix and c.prefix.text, c.text) == (
        "purportedly", "he", "used in the attack")
    # "allegedly" marks an accusation, mostly of a crime, that no one is said to make: the
    # claim stays the reporter's, hedged
    art = parser.parse("Headline here\n\nPolice found the gun he allegedly used in the attack.\n")
    assert attributed(art) == [] and any(c.hedged for c in art.claims)
    # a stance verb under the adverb is part of what is reported; a verb of saying keeps
    # its speaker; a phrase is no clause
    c = only(parser.parse("The mayor is reportedly considering a run for governor."))
    assert (c.cue and c.cue.text, c.prefix and c.prefix.text, c.text) == (
        "reportedly", "The mayor is", "considering a run for governor")
    c = only(parser.parse("The mayor reportedly told aides the plan was dead."))
    assert (src(c), c.text) == ("The mayor", "the plan was dead")
    art = parser.parse("Headline here\n\nA reportedly rich donor paid for the party.\n")
    assert attributed(art) == [] and any(c.hedged for c in art.claims)
    c = only(parser.parse("The minister said the ceasefire may collapse within days."))
    assert c.hedged


def test_a_question_after_an_opening_asked_is_put_by_someone_unnamed(parser: Parser) -> None:
    art = parser.parse("Asked whether Mr. Clinton would hold a cabinet position, Mrs. Clinton "
                       "said she had not decided.")
    asked, said = attributed(art)
    assert (asked.cue and asked.cue.text, asked.text, asked.kind, asked.hedged) == (
        "Asked", "whether Mr. Clinton would hold a cabinet position", "indirect", False)
    # an unnamed questioner, named by the cue's words like "It is believed"
    assert asked.source is not None and asked.source.anonymous and asked.source_mention is None
    assert (src(said), said.text) == ("Mrs. Clinton", "she had not decided")
    c = attributed(parser.parse("Asked about her own vote, Ms. Doe declined to say."))[0]
    assert (c.cue and c.cue.text, c.text) == ("Asked about", "her own vote")
    # the answer is what the speaker says, however short
    art = parser.parse("Asked if he was ever bullied, Roe said no.")
    assert [(c.cue and c.cue.text, c.text) for c in attributed(art)] == [
        ("Asked", "if he was ever bullied"), ("said", "no")]
    # after "when" or a comma, up to the next comma or the end
    art = parser.parse('"We will see," Roe said when asked whether she would run.')
    assert [(c.cue and c.cue.text, c.text) for c in attributed(art)] == [
        ("said", '"We will see,"'), ("asked", "whether she would run")]
    # (the one asked, whom the parse may give "asked" as its subject, asks nothing)
    art = parser.parse('"We will see," Roe told the Herald on Monday when asked how ties '
                       "would fare if she won.")
    asked = [c for c in attributed(art) if c.cue is not None and c.cue.text == "asked"]
    assert [c.text for c in asked] == ["how ties would fare if she won"]
    assert asked[0].source is not None and asked[0].source.anonymous
    assert asked[0].source_mention is None
    art = parser.parse("The senator, asked about the deaths of journalists, said he was sorry.")
    assert [(c.cue and c.cue.text, c.text) for c in attributed(art)] == [
        ("asked about", "the deaths of journalists"), ("said", "he was sorry")]
    # "Asked to ..." is a request, not a question
    art = parser.parse("Asked to leave the hall, the protesters refused.")
    assert [c.cue.text for c in attributed(art) if c.cue is not None and c.cue.lemma == "ask"] == []


def test_a_question_after_a_passive_asked_is_put_by_someone_unnamed(parser: Parser) -> None:
    c = only(parser.parse("She was asked if she had ever been discriminated against."))
    assert (c.cue and c.cue.text, c.text, c.kind) == (
        "was asked", "if she had ever been discriminated against", "indirect")
    assert c.source is not None and c.source.anonymous and c.source_mention is None
    c = only(parser.parse("Sanders was asked about their case during the debate."))
    assert (c.cue and c.cue.text, c.text) == ("was asked about", "their case")
    # with an agent the agent asks; "asked to" is a request
    c = only(parser.parse("Roe was asked by a reporter whether she would run."))
    assert (src(c), c.text) == ("a reporter", "whether she would run")
    assert attributed(parser.parse("Roe was asked to leave.")) == []


def test_an_impersonal_cue_inside_its_content_is_cut_out_of_it(parser: Parser) -> None:
    # what is expected is the subject and the clause after the cue: the subject is the prefix
    c = only(parser.parse("The leaders were expected to discuss trade and climate change."))
    assert c.cue is not None and c.cue.kind == "impersonal" and c.cue.text == "were expected"
    assert c.prefix is not None and (c.prefix.text, c.text) == (
        "The leaders", "to discuss trade and climate change")
    assert c.content_text == "The leaders to discuss trade and climate change"
    c = only(parser.parse("Mr. Roe is widely considered a moderate."))
    assert (c.prefix and c.prefix.text, c.text) == ("Mr. Roe", "a moderate")
    # in a relative clause, the relative word stands for the noun
    art = parser.parse("The debate, which is expected to draw a large audience, starts at nine.")
    c = only(art)
    assert (c.cue and c.cue.text, c.prefix and c.prefix.text, c.text) == (
        "is expected", "which", "to draw a large audience")
    # in a subordinate clause, the clause without its subordinator
    art = parser.parse("The rally comes as donors are expected to debate how to stop him.")
    c = only(art)
    assert (c.prefix and c.prefix.text, c.text) == ("donors", "to debate how to stop him")
    # after "It" what follows the cue is the whole content
    c = only(parser.parse("It is believed that the rebels left the city."))
    assert (c.prefix, c.text) == (None, "that the rebels left the city")
    c = only(parser.parse("It is expected to rise to 3 percent this year."))
    assert (c.cue and c.cue.text, c.prefix, c.text) == (
        "It is expected", None, "to rise to 3 percent this year")
    # the prefix is the cue's own subject, not all that comes before it
    c = only(parser.parse("After a week of noisy polls, the voters were expected to choose "
                          "the mayor."))
    assert (c.prefix and c.prefix.text, c.text) == ("the voters", "to choose the mayor")
    art = parser.parse("Roe is due to speak at the dinner but is not expected to stay long.")
    assert [(c.prefix, c.text) for c in attributed(art)] == [(None, "to stay long")]


def test_headline_colon_and_bullets(parser: Parser) -> None:
    text = ("Navy retakes northern port\n"
            "- Opposition bloc to name negotiators for talks: NDF\n"
            "Body sentence about the port came here on Monday.\n")
    art = parser.parse(text)
    colon = [c for c in art.claims if c.cue is not None and c.cue.kind == "colon"]
    assert len(colon) == 1
    assert colon[0].text == "Opposition bloc to name negotiators for talks"
    assert colon[0].block == "related_headline" and src(colon[0]) == "NDF"
    # a speaker named with where they spoke: "Ex-Minister Roe at Summit: ..."
    art = parser.parse("Former Minister Roe at Summit: Port fees must fall this year\n\n"
                       "Body sentence about the port came here on Monday.\n")
    (c,) = attributed(art)
    assert (src(c), c.text) == ("Former Minister Roe at Summit", "Port fees must fall this year")


def test_every_body_sentence_is_covered(parser: Parser, example_text: str) -> None:
    art = parser.parse(example_text)
    body = [b for b in art.blocks if b.kind == "body"]
    for block in body:
        covered = [c for c in art.claims if block.span.contains(c.span)]
        assert covered, block.span.text
    caption = art.blocks_of("caption")
    assert len(caption) == 1
    assert not any(caption[0].span.overlaps(c.span) for c in art.claims)


def test_transcript_speaker_turns(parser: Parser) -> None:
    text = ("Harbour talks transcript\n\n"
            "HOST: Will the port reopen before the winter storms arrive?\n\n"
            "Update: This transcript was edited for length.\n\n"
            "Jane Roe: Finish second.\n")  # a list item, not a turn of speech
    art = parser.parse(text)
    turns = [c for c in art.claims if c.cue is not None and c.cue.kind == "colon"]
    assert len(turns) == 1
    assert turns[0].kind == "direct" and src(turns[0]) == "HOST"
    assert turns[0].text == "Will the port reopen before the winter storms arrive"


def test_quote_after_the_cue_in_the_same_paragraph_shares_its_cue(parser: Parser) -> None:
    text = ("Port strike ends\n\n"
            '"The cranes are moving again," said Jane Roe, a union leader. '
            '"We expect the backlog of ships to clear within a week."\n')
    claims = attributed(parser.parse(text))
    assert len(claims) == 2
    assert claims[1].cue == claims[0].cue and claims[1].source == claims[0].source
    assert claims[1].text == '"We expect the backlog of ships to clear within a week."'


def test_a_quote_after_a_cue_continues_a_content_whose_opening_mark_is_wrong(
    parser: Parser,
) -> None:
    # the writer typed a closing mark to open the first quotation
    text = ("Budget fight drags on\n\n"
            "\u201d \u2026 they are not serious people,\u201d she said on Monday. \u201cMy office "
            "will not sign a budget that cuts the schools again this year.\u201d\n")
    claims = attributed(parser.parse(text))
    assert len(claims) == 2
    assert claims[1].cue == claims[0].cue and claims[1].source == claims[0].source
    assert claims[1].text.startswith("\u201cMy office will not sign")


def test_a_short_quoted_sentence_after_the_cue_continues_the_speaker(parser: Parser) -> None:
    text = ("Port strike ends\n\n"
            '"They say the union will fold before the winter," Jane Roe said. '
            '"Not a chance."\n')
    claims = attributed(parser.parse(text))
    assert [c.text for c in claims][-1] == '"Not a chance."'
    assert claims[-1].cue == claims[0].cue


def test_according_to_inside_a_quote_is_not_an_attribution(parser: Parser) -> None:
    art = parser.parse('"It is all according to age groups," said Jane Roe, a retired teacher.')
    (claim,) = attributed(art)
    assert src(claim) == "Jane Roe" and claim.cue is not None and claim.cue.lemma == "say"


def test_cue_span_is_the_verb_group(parser: Parser) -> None:
    c = only(parser.parse("The governor has also said the bridge will reopen in May."))
    assert c.cue is not None and (c.cue.text, c.cue.lemma) == ("has also said", "say")
    c = only(parser.parse("The mayor did not say when the bridge would reopen."))
    assert c.cue is not None and c.cue.text == "did not say"


def test_prepositional_content_joins_its_preposition_to_the_cue(parser: Parser) -> None:
    c = only(parser.parse("Local unions called for an independent inquiry into the fire."))
    assert c.cue is not None and c.cue.text == "called for"
    assert c.text == "an independent inquiry into the fire" and src(c) == "Local unions"
    c = only(parser.parse("The senator talked about her plans for the harbour at length."))
    assert c.cue is not None and c.cue.text == "talked about"
    assert c.text.startswith("her plans for the harbour")


def test_attitude_verbs_describe_rather_than_report(parser: Parser) -> None:
    # "who want" describes the residents; the only report is the council's
    art = parser.parse("Residents who want a new park signed the petition on Tuesday.")
    assert attributed(art) == []
    c = only(parser.parse("The minister said she supports a higher minimum wage."))
    assert c.cue is not None and c.cue.lemma == "say"
    assert c.text == "she supports a higher minimum wage"


def test_taking_sides_in_a_restrictive_relative_clause_is_a_stance(parser: Parser) -> None:
    # unlike wanting ("residents who want a park"), backing or opposing someone is a stance
    for text, verb, content in [
        ("Members who oppose the merger will meet on Friday.", "oppose", "the merger"),
        ("The two unions that endorsed the mayor last year are now divided.", "endorsed",
         "the mayor"),
        ("Groups supporting the levy held a rally on Sunday.", "supporting", "the levy"),
    ]:
        c = only(parser.parse(text))
        assert (c.cue and c.cue.text, c.text) == (verb, content)
        assert c.source is not None


def test_seem_and_appear_report_hedged_what_no_one_named_perceives(parser: Parser) -> None:
    # the subject is no speaker: it is part of the content (the prefix), as in PolNeAR
    c = only(parser.parse("The ferry company appears to have cancelled every crossing this week."))
    assert (c.kind, c.hedged, c.cue and c.cue.text, c.cue and c.cue.kind) == (
        "indirect", True, "appears", "impersonal")
    assert c.source is not None and c.source.anonymous and c.source_mention is None
    assert (c.prefix and c.prefix.text, c.text) == (
        "The ferry company", "to have cancelled every crossing this week")
    c = only(parser.parse("It seems that the talks failed."))
    assert (c.prefix, c.text) == (None, "that the talks failed")
    # an experiencer, a description or a report inside it: no report of appearance
    assert attributed(parser.parse("The plan seemed fair to him.")) == []
    # ("to" after an adjective names an experiencer only as a person)
    c = only(parser.parse("The economy seemed impervious to the largest global shocks."))
    assert (c.prefix and c.prefix.text, c.text) == (
        "The economy", "impervious to the largest global shocks")
    assert attributed(parser.parse("Roe signed a deal that seems fair to most voters.")) == []
    c = only(parser.parse("The mayor seemed to back the plan."))
    assert (src(c), c.cue and c.cue.lemma, c.text) == ("The mayor", "back", "the plan")
    # what seems so may be a "like" phrase, an "as if" clause or all that follows the verb
    c = only(parser.parse("By Friday the deal seemed like an impossible task."))
    assert (c.prefix and c.prefix.text, c.text) == ("the deal", "like an impossible task")
    c = only(parser.parse("Last week the vote appeared as if it might be a dull affair."))
    assert (c.prefix and c.prefix.text, c.text) == (
        "the vote", "as if it might be a dull affair")
    c = only(parser.parse("It seems increasingly likely that the mayor will win."))
    assert (c.prefix, c.text) == (None, "increasingly likely that the mayor will win")
    c = only(parser.parse("The governor seems content that the budget passed."))
    assert (c.prefix and c.prefix.text, c.text) == (
        "The governor", "content that the budget passed")
    # ("for now" is no experiencer)
    c = only(parser.parse("The damage appears serious, at least for now."))
    assert (c.prefix and c.prefix.text, c.text) == ("The damage", "serious")


def test_quotes_in_one_paragraph_and_the_next_share_the_speaker_and_cue(parser: Parser) -> None:
    text = (
        "Harbour town to rebuild its pier\n\n"
        "\u201cWe will rebuild the pier,\u201d the mayor said. \u201cThe work starts next "
        "spring and should take two years.\u201d\n\n"
        "\u201cEvery family on the waterfront will be consulted before the plans are final.\u201d"
    )
    art = parser.parse(text)
    claims = attributed(art)
    assert [c.kind for c in claims] == ["direct", "direct", "direct"]
    cues = {(c.cue.span.start, c.cue.span.end) for c in claims if c.cue is not None}
    assert len(cues) == 1 and len({c.source.id for c in claims if c.source}) == 1
    assert claims[0].source_mention is not None and claims[0].source_mention.text == "the mayor"
    assert claims[2].source_mention is None  # no local mention in the later paragraph


def test_adjective_of_stance_with_a_content(parser: Parser) -> None:
    c = only(parser.parse("The dockworkers' union is concerned about the new shift rules."))
    assert c.cue is not None and (c.cue.text, c.cue.kind) == ("is concerned about", "verb")
    assert c.text == "the new shift rules" and src(c) == "The dockworkers' union"


def test_report_noun_with_its_possessor_as_source(parser: Parser) -> None:
    art = parser.parse("The mayor's criticism of the harbour budget drew loud applause.")
    c = only(art)
    assert c.cue is not None and (c.cue.text, c.cue.kind) == ("criticism of", "noun")
    assert (src(c), c.text) == ("The mayor", "the harbour budget")
    # a report noun that names no one is no attribution
    assert attributed(parser.parse("The claim that the port was closed spread quickly.")) == []


def test_titles_and_names_stay_whole_in_the_source(parser: Parser) -> None:
    c = only(parser.parse("Texas Sen. Ted Cruz said the tax plan would help families."))
    assert src(c) == "Texas Sen. Ted Cruz"
    c = only(parser.parse("Speaker Paul Ryan told reporters the bill would pass."))
    assert src(c) == "Speaker Paul Ryan"


def test_typewriter_quotes_and_a_relative_clause_between_quotes(parser: Parser) -> None:
    text = (
        "Golf is back.\n\n"
        "''Revenues are up a little bit,'' said Mr. Ekovich, who noted that prices had "
        "''cratered'' in the recession. ''Things are moving in the right direction.''"
    )
    art = parser.parse(text)
    by_cue = {(c.cue.text if c.cue else None, c.text) for c in art.attributed_claims()}
    assert ("said", "''Revenues are up a little bit,''") in by_cue
    assert ("said", "''Things are moving in the right direction.''") in by_cue
    noted = [c for c in art.attributed_claims() if c.cue is not None and c.cue.text == "noted"]
    assert [c.text for c in noted] == ["that prices had ''cratered'' in the recession"]
    # '' is one token, not glued to the word it quotes
    words = [t.text for s in parser.backend.parse_many([text])[0].sentences for t in s.tokens]
    assert "cratered" in words and "''" in words


def test_bare_cue_sentence_takes_the_quote_before_it(parser: Parser) -> None:
    # the sentence splitter cuts after '!”'; the cue clause alone is the next sentence
    c = only(parser.parse("“We will not give up on this town!” Mayor Lena Ortiz said on Tuesday."))
    assert c.text == "“We will not give up on this town!”" and c.kind == "direct"
    assert src(c) == "Mayor Lena Ortiz"
    # a sentence with its own content keeps it
    art = parser.parse("“Stay indoors.” Ortiz said the shelters were full.")
    assert [x.text for x in attributed(art)] == ["the shelters were full"]


def test_quote_hung_off_the_cue_as_a_modifier_is_its_content(parser: Parser) -> None:
    c = only(parser.parse(
        '"It is like a new harbour," Mr. Hale said in a radio interview that aired on Sunday.'
    ))
    assert (c.text, src(c)) == ('"It is like a new harbour,"', "Mr. Hale")


def test_closing_quote_after_the_comma_stays_with_the_content(parser: Parser) -> None:
    c = only(parser.parse(
        '"We were never told about the closure," Anna Berg, a nurse at the clinic, said in '
        "her office near the station."
    ))
    assert (c.text, src(c)) == ('"We were never told about the closure,"', "Anna Berg")
    assert c.source is not None
    assert [d.text for d in c.source.descriptors] == ["a nurse at the clinic"]


def test_phrases_of_time_are_no_part_of_the_source(parser: Parser) -> None:
    c = only(parser.parse("Just days after the vote, the company said it had closed the plant."))
    assert src(c) == "the company"
    c = only(parser.parse("A Gallup poll last month showed most voters backing the plan."))
    assert src(c) == "A Gallup poll"
    c = only(parser.parse("The Sunday Times reported that the mayor had resigned."))
    assert src(c) == "The Sunday Times"


def test_report_noun_after_a_light_verb_takes_its_subject_as_source(parser: Parser) -> None:
    c = only(parser.parse("Senator Hale made a call for an inquiry into the contract."))
    assert (c.text, src(c)) == ("an inquiry into the contract", "Senator Hale")
    assert c.cue is not None and c.cue.text == "made a call for"


def test_report_noun_after_a_recipient_verb_reports_on_the_subject(parser: Parser) -> None:
    c = only(parser.parse("The mayor won the endorsement of the teachers union on Friday."))
    assert (c.text, src(c)) == ("The mayor", "the teachers union")
    assert c.cue is not None and c.cue.text == "won the endorsement"


def test_a_poll_named_by_in_is_the_source_of_its_clause(parser: Parser) -> None:
    c = only(parser.parse(
        "In a Harbor Institute poll released Monday, 52 percent of voters backed the levy."
    ))
    assert (c.text, src(c)) == ("52 percent of voters backed the levy",
                                "a Harbor Institute poll released Monday")
    assert c.cue is not None and c.cue.text == "In" and c.channel == "document"
    c = only(parser.parse("Ortiz continues to lead in the statewide polls."))
    assert (c.text, src(c)) == ("Ortiz continues to lead", "the statewide polls")
    # bare "the polls" names no finding: the reporter's own summary
    assert attributed(parser.parse("Ortiz rose quickly in the polls.")) == []
    # a clause with a report of its own keeps it; a room called a study is no finding
    c = only(parser.parse("In the poll, most voters said the economy was weak."))
    assert src(c) == "most voters" and c.text == "the economy was weak"
    # but what a share of those polled said in a named poll is the poll's finding
    c = only(parser.parse("In a new Harbor Institute survey, 38 percent of voters said they "
                          "backed the levy."))
    assert (c.cue and c.cue.text, src(c)) == ("In", "a new Harbor Institute survey")
    assert c.text == "38 percent of voters said they backed the levy"
    # (a phrase "In a poll released Monday" the parse took for a clause before the cue is
    # no content of it)
    art = parser.parse("In a Harbor Institute poll released Monday, 38 percent of voters said "
                       "the levy should pass.")
    assert [c.text for c in cued(art, "said")] == ["the levy should pass"]
    assert attributed(parser.parse("She lives in a small study near the river.")) == []


def test_a_subject_the_parse_lost_among_fronted_phrases_is_read_by_word_order(
    parser: Parser,
) -> None:
    # the parse hung "Senator Jane Roe" on "Tuesday" and left the cue without a subject: the
    # name before "of Vermont" is the speaker, not the place
    c = only(parser.parse(
        "At a rally in Portsmouth, N.H., on Tuesday, Senator Jane Roe of Vermont endorsed "
        "Ms. Doe."))
    assert (src(c), c.text) == ("Senator Jane Roe", "Ms. Doe")


def test_postposed_subject_and_relative_aside(parser: Parser) -> None:
    c = only(parser.parse(
        '"It does not mean he did it in an honest way," said Harbor Workers Political '
        "Director Tim Walsh."
    ))
    assert src(c) == "Harbor Workers Political Director Tim Walsh"
    assert c.text == '"It does not mean he did it in an honest way,"'
    c = only(parser.parse(
        '"It is too early to tell," said Ortiz, who is also a host on a radio show.'
    ))
    assert (c.text, src(c)) == ('"It is too early to tell,"', "Ortiz")


def test_name_before_comma_set_apposition(parser: Parser) -> None:
    c = only(parser.parse(
        "As part of the deal, Tomas Berg, 52, said that he would repay the loans."
    ))
    assert (src(c), c.text) == ("Tomas Berg", "that he would repay the loans")
    assert c.source is not None and [d.text for d in c.source.descriptors] == ["52"]


def test_a_cue_clause_after_a_report_reports_it_whatever_the_parse(parser: Parser) -> None:
    # the parse hangs "CNN reported" on "said" as a second complement; by word order the
    # closing cue clause is the outer report and the campaign's words are part of it
    art = parser.parse("Head\n\nThe campaign said the candidate will attend events in Ohio "
                       "and Iowa on Friday, CNN reported.\n")
    assert [(src(c), c.text) for c in attributed(art)] == [
        ("CNN", "The campaign said the candidate will attend events in Ohio and Iowa on Friday")]


def test_a_second_report_conjoined_to_the_reported_clause_is_the_speakers(
    parser: Parser,
) -> None:
    # the parse hangs "promised" and "blamed" on the reported clause's verb: they are the
    # speaker's next acts, with the speaker as their source
    art = parser.parse("Head\n\nThe judge said she regretted the comment and promised to "
                       "keep out of the race from now on.\n")
    assert [(src(c), c.text) for c in attributed(art)] == [
        ("The judge", "she regretted the comment"),
        ("The judge", "to keep out of the race from now on")]
    art = parser.parse("Head\n\nRoe said the plan failed and blamed the council.\n")
    assert [(src(c), c.text) for c in attributed(art)] == [
        ("Roe", "the plan failed"), ("Roe", "the council")]


def test_in_someones_view_names_the_source_of_the_clause(parser: Parser) -> None:
    c = only(parser.parse("In his words, the deal is dead."))
    assert (src(c), c.cue and c.cue.text, c.cue and c.cue.kind, c.text) == (
        "his", "words", "phrase", "the deal is dead")
    art = parser.parse("Head\n\nThe only other step, in Professor Ortiz's view, would be "
                       "more money for research.\n")
    assert {(src(c), c.text) for c in cued(art, "view")} == {
        ("Professor Ortiz", "The only other step"),
        ("Professor Ortiz", "would be more money for research")}
    # "in other words" has no owner; inside what someone says, the view is the speaker's
    assert attributed(parser.parse("In other words, the deal is dead.")) == []
    c = only(parser.parse("Roe said that, in her view, the plan would fail."))
    assert (src(c), c.text) == ("Roe", "the plan would fail")


def test_what_a_filer_reports_doing_is_the_content(parser: Parser) -> None:
    # a disclosure: "reported" with a gerund clause
    c = only(parser.parse("Conservative groups reported spending $6 million attacking the "
                          "mayor."))
    assert (src(c), c.text) == ("Conservative groups", "spending $6 million attacking the mayor")


def test_a_that_clause_after_the_addressee_of_tell_is_the_content(parser: Parser) -> None:
    # the parse hangs the that-clause on "cheering", which it takes for a verb
    c = only(parser.parse("He told cheering supporters that the unlikely path that brought "
                          "him here can work across the country."))
    assert (src(c), c.text) == (
        "He", "that the unlikely path that brought him here can work across the country")


def test_a_when_clause_after_a_comma_is_no_cue_clause(parser: Parser) -> None:
    # ", when he told X that Y" says when; it does not report the clause before it
    c = only(parser.parse("The vote came in a bad year, when he told a crowd of angry miners "
                          "that the plant would close."))
    assert (src(c), c.text) == ("he", "that the plant would close")


def test_a_bare_capitalised_noun_of_time_is_a_name(parser: Parser) -> None:
    c = only(parser.parse("Day said the radical language in the platform is hurting the party."))
    assert (src(c), c.text) == ("Day", "the radical language in the platform is hurting the party")


def test_a_phrase_of_time_the_parse_took_for_a_subject_is_no_speaker(parser: Parser) -> None:
    # "on Tuesday" is parsed as the subject of "wrote": the speaker is the subject of the
    # clause "wrote" is conjoined to
    art = parser.parse("Head\n\nThe columnist Ann Roe has been critical of the mayor but on "
                       "Tuesday wrote that she agreed with him on the budget.\n")
    (c,) = cued(art, "wrote")
    assert c.text == "that she agreed with him on the budget"
    assert src(c).startswith("The columnist")


def test_a_reason_the_parse_hung_on_a_verb_of_saying_is_part_of_what_was_said(
    parser: Parser,
) -> None:
    c = only(parser.parse("Kelly said she asked for the meeting because she wanted to put "
                          "her dealings with him on a better footing."))
    assert (src(c), c.text) == ("Kelly", "she asked for the meeting because she wanted to "
                                "put her dealings with him on a better footing")
    # a stance has its own reasons: they are the reporter's account
    c = only(parser.parse("Roe opposed the plan because it would cost too much."))
    assert (src(c), c.text) == ("Roe", "the plan")


def test_a_main_verb_the_parse_left_without_a_subject_takes_one_by_word_order(
    parser: Parser,
) -> None:
    # the parse hangs "insiders" on the opening clause as a conjunct of "Ohio"
    c = only(parser.parse("Even if Roe can't win in Ohio, insiders in the next two states — "
                          "Iowa and Nevada — said it's important that she close the gap."))
    assert (src(c), c.text) == ("insiders in the next two states — Iowa and Nevada",
                                "it's important that she close the gap")


def test_a_second_subject_after_the_verb_opens_the_reported_clause() -> None:
    from attribution._parsed import Sentence
    from attribution.attributions import extract_sentence
    from attribution.cues import lexicon

    # the parse gave "said" two subjects, the speaker and the reported clause's subject,
    # and took the apposition before the verb for a clause
    rows = [("Roe", "PROPN", "NNP", "Roe", 7, "nsubj"), (",", "PUNCT", ",", ",", 4, "punct"),
            ("a", "DET", "DT", "a", 3, "det"), ("group", "NOUN", "NN", "group", 4, "nsubj"),
            ("allied", "VERB", "VBN", "ally", 7, "ccomp"), ("with", "ADP", "IN", "with", 5, "case"),
            ("him", "PRON", "PRP", "he", 4, "obl"), ("said", "VERB", "VBD", "say", -1, "root"),
            ("every", "DET", "DT", "every", 9, "det"),
            ("donor", "NOUN", "NN", "donor", 7, "nsubj"),
            ("she", "PRON", "PRP", "she", 11, "nsubj"),
            ("met", "VERB", "VBD", "meet", 9, "acl:relcl"),
            ("wants", "NOUN", "NNS", "want", 11, "obj"),
            ("change", "NOUN", "NN", "change", 12, "compound"),
            (".", "PUNCT", ".", ".", 7, "punct")]
    text, sent = _hand_parsed(rows)
    assert isinstance(sent, Sentence)
    said = [a for a in extract_sentence(sent, lexicon()) if a.lemma == "say"]
    assert [(text[a.source[0]:a.source[1]] if a.source else None,
             [text[x:y] for x, y in a.contents]) for a in said] == [
        ("Roe", ["every donor she met wants change"])]


def test_a_cue_in_a_relative_clause_is_no_closing_cue_clause(parser: Parser) -> None:
    # "where officials reported ..." goes on after the cue: it does not report the main
    # clause, which keeps its own report
    art = parser.parse("Head\n\nDAYTON — Both state party chairs on Tuesday reacted to a "
                       "deadly fire in Dayton, Ohio, where officials reported at least 20 "
                       "victims at a shelter that works with children.\n")
    (c,) = cued(art, "reacted to")
    assert src(c) == "Both state party chairs"
    assert c.text.startswith("a deadly fire in Dayton, Ohio")
    # what the relative clause's cue reports is what follows it ("at least" stays in it)
    (c,) = cued(art, "reported")
    assert (src(c), c.text) == ("officials",
                                "at least 20 victims at a shelter that works with children")


def test_an_apposition_at_the_end_of_a_content_is_the_reporters(parser: Parser) -> None:
    # the parse hung "the mother of ..." on the verb (parataxis), not on the name
    c = only(parser.parse("In that case, Roe was referring to Doe's recent remarks about Ann "
                          "Smith, the mother of a fallen soldier."))
    assert (src(c), c.text) == ("Roe", "Doe's recent remarks about Ann Smith")


def test_fronted_adjunct_is_no_content_and_content_keeps_its_commas(parser: Parser) -> None:
    c = only(parser.parse("When pressed by reporters, the mayor did apologize for the delay."))
    assert (c.text, src(c)) == ("the delay", "the mayor")
    art = parser.parse("So if this is all about hurt feelings, let us praise him.")
    assert attributed(art) == []
    c = only(parser.parse("In 2015, sales rose sharply, the company said."))
    assert (c.text, src(c)) == ("In 2015, sales rose sharply", "the company")


def test_a_single_name_can_be_the_content(parser: Parser) -> None:
    c = only(parser.parse("The teachers union endorsed Ortiz on Friday."))
    assert c.text.startswith("Ortiz") and src(c) == "The teachers union"


def test_object_of_an_infinitive_content_and_clause_breaks(parser: Parser) -> None:
    c = only(parser.parse("The governor urged lawmakers to pass the budget before June."))
    assert c.text == "lawmakers to pass the budget before June"
    # a contrasting clause is the reporter's, and no cue clause of its own
    c = only(parser.parse(
        "The mayor said the bridge would reopen in May, while critics doubted the schedule."
    ))
    assert (c.text, src(c)) == ("the bridge would reopen in May", "The mayor")
    c = only(parser.parse(
        "The senator said the deficit mattered more than defense; that view is rare."
    ))
    assert c.text == "the deficit mattered more than defense"


def test_a_relative_clause_after_the_source_reports_nothing(parser: Parser) -> None:
    art = parser.parse(
        '"Growth has slowed," said Alan Kerr, an economist at Lakeview University who has '
        "advised the mayor."
    )
    c = only(art)
    assert c.cue is not None and c.cue.lemma == "say"
    assert c.text == '"Growth has slowed,"'


def test_a_name_tagged_as_a_verb_and_a_share_can_be_sources(parser: Parser) -> None:
    c = only(parser.parse("“This last-minute ruling has to stop,” Husted said."))
    assert src(c) == "Husted"
    c = only(parser.parse("Two in three said they were less likely to vote in November."))
    assert src(c) == "Two in three"



def test_an_as_clause_attributes_the_clause_it_modifies(parser: Parser) -> None:
    c = only(parser.parse(
        "As the Harbor Gazette reported, councillors now control both committees."
    ))
    assert (c.text, src(c)) == ("councillors now control both committees", "the Harbor Gazette")
    c = only(parser.parse("Councillors now control both committees, as the Gazette reported."))
    assert (c.text, src(c)) == ("Councillors now control both committees", "the Gazette")


def test_a_passive_as_clause_takes_its_by_phrase_for_the_source(parser: Parser) -> None:
    c = only(parser.parse("As reported by the Harbor Gazette, councillors now control both "
                          "committees."))
    assert (c.text, src(c)) == ("councillors now control both committees", "the Harbor Gazette")
    c = only(parser.parse("As noted by several analysts, the levy would cost more than "
                          "planned."))
    assert (c.text, src(c)) == ("the levy would cost more than planned", "several analysts")
    # the clause it modifies, not the infinitive the parse hung it on
    c = only(parser.parse("The fund started buying airtime in three states this week, as "
                          "first reported by the Gazette."))
    assert (c.text, src(c)) == (
        "The fund started buying airtime in three states this week", "the Gazette")
    assert not attributed(parser.parse("As he spoke to voters, the rain began."))


def test_an_as_clause_may_say_where_and_may_follow_a_quotation(parser: Parser) -> None:
    # where or when it was said is no complement of the cue
    c = only(parser.parse("As the mayor noted in her speech, the levy failed."))
    assert (c.text, src(c)) == ("the levy failed", "the mayor")
    assert not attributed(parser.parse("As he spoke at the rally, the rain began."))
    # after a quotation, the quotation is what was said
    c = only(parser.parse("Even so, the fact that the contest “is a coin toss right now,” as "
                          "Roe said on a talk show on Friday, only raises the stakes."))
    assert src(c) == "Roe" and "coin toss" in c.text and "raises" not in c.text


def test_set_phrases_with_a_cue_word_report_nothing(parser: Parser) -> None:
    for text in ("All told, the groups spent more than $2 million on ads.",
                 "The levy, you know, has flaws.",
                 "The levy has flaws, to say the least."):
        assert not attributed(parser.parse(text)), text
    # the same words with a complement still report
    c = only(parser.parse("You know that the levy has flaws."))
    assert (src(c), c.text) == ("You", "that the levy has flaws")


def test_a_verb_inside_anothers_content_with_the_same_subject_reports_nothing(
    parser: Parser,
) -> None:
    c = only(parser.parse("The opposition declined to praise Ortiz for the deal."))
    assert c.cue is not None and c.cue.lemma == "decline"
    assert c.text.startswith("to praise Ortiz")


def test_postposed_speaker_with_a_relative_clause_and_anonymity_formulas(
    parser: Parser,
) -> None:
    c = only(parser.parse(
        '"We never planned for a closure of this size," said one former manager who asked '
        "not to be named."
    ))
    assert (c.text, src(c)) == ('"We never planned for a closure of this size,"',
                                "one former manager")
    c = only(parser.parse(
        "An official, who requested anonymity to discuss the talks, said the deal was close."
    ))
    assert (c.text, src(c)) == ("the deal was close", "An official")


def test_postposed_speaker_after_an_exclamation(parser: Parser) -> None:
    claims = attributed(parser.parse("“Loved the show!” said one viewer who asked for a refund."))
    said = [c for c in claims if c.cue is not None and c.cue.lemma == "say"]
    assert [(c.text, src(c)) for c in said] == [("“Loved the show!”", "one viewer")]


def test_a_cue_clause_in_brackets_ends_where_they_close(parser: Parser) -> None:
    art = parser.parse(
        'Head\n\nThe deal drew some anger from members ("I want my money back," wrote Ed '
        'Nolan, a pipe fitter in Dayton, Ohio, on the union Facebook page), and the next deal '
        'will likely draw more.\n')
    (c,) = cued(art, "wrote")
    assert (src(c), c.text) == ("Ed Nolan", '"I want my money back,"')
    assert c.source is not None and "a pipe fitter in Dayton" in [
        d.text for d in c.source.descriptors]
    # a speaker named before the cue: the sentence goes on after the cue clause
    art = parser.parse("Head\n\nRoe paid a fine (the size of which, many voters say, "
                       "shows how lax the rules are).\n")
    assert [(src(c), c.text) for c in cued(art, "say")] == [
        ("many voters", "the size of which"), ("many voters", "shows how lax the rules are")]


def test_passive_cues_by_agent_and_addressee(parser: Parser) -> None:
    c = only(parser.parse("The plan was announced by the ministry on Monday."))
    assert (c.text, src(c)) == ("The plan", "the ministry")
    # the subject of "was asked" is who was asked: with no speaker in the text, the sentence
    # stays in the reporter's voice
    art = parser.parse("The mayor has been asked to release the transcripts.")
    assert attributed(art) == []
    assert [c.text for c in art.claims] == ["The mayor has been asked to release the transcripts."]


def test_a_reporting_verb_with_no_one_reporting_attributes_nothing(parser: Parser) -> None:
    # "announced" has no speaker here: the sentence is the reporter's
    art = parser.parse("The plan, announced on Monday, would close two piers.")
    assert attributed(art) == []
    assert [c.text for c in art.claims] == ["The plan, announced on Monday, would close two piers."]
    # nor is a phrase of time a speaker
    art = parser.parse("The new rules, proposed last year, take effect in June.")
    assert attributed(art) == []


def test_quotation_right_after_the_cue_clause_is_its_content(parser: Parser) -> None:
    # the parse hangs the quoted answer on "shook"; word order gives it to "said"
    c = only(parser.parse("The mayor shook her head and said, “No.”"))
    assert (c.text, src(c), c.kind) == ("“No.”", "The mayor", "direct")
    c = only(parser.parse(
        "The ministry said in a statement: “The border will stay closed until further notice.”"
    ))
    assert c.text == "“The border will stay closed until further notice.”"
    assert c.channel == "statement"
    # a quotation two cues claim belongs to the nearer one before it
    art = parser.parse('Ortiz urged the council to act and said, "Her plan is dead!"')
    assert sorted((x.cue.text, x.text) for x in attributed(art) if x.cue) == [
        ("said", '"Her plan is dead!"'), ("urged", "the council to act")]


def test_as_misread_as_a_preposition_and_agent_of_a_bare_participle(parser: Parser) -> None:
    # the parse takes "as" for the poll's preposition: the poll is still the source
    c = only(parser.parse(
        "The vote was delayed as a new poll showed the mayor trailing her rival by ten points."
    ))
    assert (src(c), c.text) == ("a new poll", "the mayor trailing her rival by ten points")
    # "(first) reported by X" without an auxiliary: the by-agent is the source
    art = parser.parse(
        "The plan to close the port, first reported by the Harbor Gazette, would cut 400 jobs."
    )
    assert {src(x) for x in attributed(art)} == {"the Harbor Gazette"}


def test_subjectless_conjuncts_regroup_around_the_reported_clause(parser: Parser) -> None:
    # the parse hangs "and wanted ..." on "said"; it continues the reported clause
    c = only(parser.parse(
        "He said he was weary of the long delays and wanted a mayor who would finally fix "
        "the roads."
    ))
    assert c.text == ("he was weary of the long delays and wanted a mayor who would finally "
                      "fix the roads")
    # a verb of saying conjoined inside the content is the speaker's next report
    art = parser.parse('Lazar said he welcomed extradition to the United States and added, '
                       '"I will plead guilty, no problem."')
    by_cue = {x.cue.text: x.text for x in attributed(art) if x.cue}
    assert by_cue["said"] == "he welcomed extradition to the United States"
    assert by_cue["added"] == '"I will plead guilty, no problem."'


def test_a_participle_after_the_cue_clause_is_the_speakers_act(parser: Parser) -> None:
    # "adding a plug ..." is neither content nor an inverted cue with "a plug" as speaker
    c = only(parser.parse(
        '"Be very careful, because it could be rough out there," Trump said, adding a plug '
        "for his own campaign."
    ))
    assert (c.text, src(c)) == ('"Be very careful, because it could be rough out there,"',
                                "Trump")
    art = parser.parse(
        '"It goes in here and goes out here," he said, pointing to one ear and then the other.'
    )
    said = [x for x in attributed(art) if x.cue and x.cue.text == "said"]
    assert [x.text for x in said] == ['"It goes in here and goes out here,"']


def test_object_content_without_its_scene_or_asides(parser: Parser) -> None:
    # where and when a report was made is no part of its content
    c = only(parser.parse("The senator also criticized Ortiz during a rally on Friday in Dayton."))
    assert c.text == "Ortiz"
    # an apposition or relative clause set off by a comma describes the object
    c = only(parser.parse(
        "Most of the delegates voted for Lena Ortiz, a surgeon who has never held office."
    ))
    assert c.text == "Lena Ortiz"
    c = only(parser.parse("The union criticized the new rota, which the board approved in May."))
    assert c.text == "the new rota"
    # what the praise is for stays with it
    c = only(parser.parse("The mayor praised the crews for keeping the harbor open."))
    assert c.text == "the crews for keeping the harbor open"


def test_that_clause_parsed_as_a_relative_clause_of_the_addressee(parser: Parser) -> None:
    c = only(parser.parse(
        "The governor warned residents that the storm would hit the coast on Sunday."
    ))
    assert (c.text, src(c)) == ("that the storm would hit the coast on Sunday", "The governor")


def test_channel_phrase_joins_the_cue_and_its_that_clause_is_the_content(parser: Parser) -> None:
    # the parse reads the that-clause as a relative clause of "statement"
    c = only(parser.parse("The ministry said in a statement that the border would stay closed."))
    assert c.cue is not None
    assert (c.cue.text, c.text, c.channel) == (
        "said in a statement", "that the border would stay closed", "statement")
    c = only(parser.parse("Ortiz wrote on Facebook that the vote had been rigged."))
    assert c.cue is not None and (c.cue.text, c.channel) == ("wrote on Facebook", "social_media")
    # a phrase of time is no channel
    c = only(parser.parse("The mayor said on Monday that the port would reopen."))
    assert c.cue is not None and c.cue.text == "said"


def test_non_restrictive_relative_clause_reports_a_stance(parser: Parser) -> None:
    # set off by a comma, "who supports X" says where the named person stands
    c = only(parser.parse(
        "The plan was drafted by Lena Ortiz, who supports a higher minimum wage."
    ))
    assert (c.text, src(c)) == ("a higher minimum wage", "who")
    assert c.source is not None and c.source.name == "Lena Ortiz"


def test_a_name_ending_in_a_time_word_is_a_name(parser: Parser) -> None:
    c = only(parser.parse("The New York Times reported that the deal was close."))
    assert src(c) == "The New York Times"
    assert c.source is not None and c.source.type == "media"


def test_source_phrase_drops_quotation_marks_and_a_preposition_at_its_edges() -> None:
    from attribution._parsed import Sentence, Token
    from attribution.attributions import source_phrase

    # a misparse that hangs the closing quotation mark and "with" on the name
    words = [("''", "PUNCT", 2, "punct"), ("with", "ADP", 2, "case"),
             ("Rhodes", "PROPN", 3, "nsubj"), ("said", "VERB", -1, "root")]
    tokens, start = [], 0
    for i, (w, upos, head, rel) in enumerate(words):
        tokens.append(Token(i, w, start, start + len(w), upos, "_", w.lower(), head, rel))
        start += len(w) + 1
    sent = Sentence(0, start - 1, tuple(tokens))
    phrase = source_phrase(sent, tokens[2])
    assert phrase is not None and phrase.span == (tokens[2].start, tokens[2].end)


def test_naming_is_no_report(parser: Parser) -> None:
    art = parser.parse("The students organized a dance called the Spring Fling.")
    assert attributed(art) == []
    art = parser.parse("A website that calls itself the Harbor Watch posted the photos.")
    assert [c.cue.lemma for c in attributed(art) if c.cue] != ["call"]


def test_find_reports_a_finding_not_a_search(parser: Parser) -> None:
    art = parser.parse("After months of searching, Ortiz found a job at the port.")
    assert attributed(art) == []
    c = only(parser.parse("A new survey found that most residents backed the levy."))
    assert (src(c), c.text) == ("A new survey", "that most residents backed the levy")
    c = only(parser.parse("The inspectors found no evidence of tampering."))
    assert c.text == "no evidence of tampering"


def test_after_tell_comes_the_addressee_never_the_speaker(parser: Parser) -> None:
    art = parser.parse(
        '"The crews are under a lot of pressure," a port official, who was not authorized to '
        "speak publicly, told Fox News."
    )
    # (the parse may lose the speaker here; the addressee is never taken for one)
    assert [src(c) for c in attributed(art)] in (["a port official"], [])
    c = only(parser.parse(
        '"The new plan is far from perfect," Ruiz, a retired engineer, told the Harbor Gazette.'
    ))
    assert src(c) == "Ruiz"


def test_that_clause_hung_deep_inside_the_channel_phrase(parser: Parser) -> None:
    c = only(parser.parse(
        "The former aide said in a long interview with the museum that the harbor board had "
        "ignored the warnings."
    ))
    assert (c.text, src(c)) == ("that the harbor board had ignored the warnings", "The former aide")


def test_a_stance_someone_has_is_the_givers(parser: Parser) -> None:
    c = only(parser.parse("Ortiz has the support of most dock workers."))
    assert (src(c), c.text) == ("most dock workers", "Ortiz")


def _verb_claims(rows: list[tuple[str, str, str, str, int, str]]) -> list[tuple[str, ...]]:
    from attribution._parsed import Sentence
    from attribution.attributions import verb_attributions
    from attribution.cues import lexicon

    text, sent = _hand_parsed(rows)
    assert isinstance(sent, Sentence)
    out = []
    for raw in verb_attributions(sent, lexicon()):
        source = "-" if raw.source is None else text[raw.source[0] : raw.source[1]]
        out.append((raw.lemma, source, *(text[s:e] for s, e in raw.contents)))
    return out


def test_a_quoted_question_before_a_postposed_speaker() -> None:
    # the parse hung the question on the cue as its subject; the "?" closing the quote
    # ends the content as a comma would
    rows = [("“", "PUNCT", "``", "“", 5, "punct"), ("Who", "PRON", "WP", "who", 5, "nsubj"),
            ("pays", "VERB", "VBZ", "pay", 1, "acl:relcl"), ("?", "PUNCT", ".", "?", 1, "punct"),
            ("”", "PUNCT", "''", "”", 1, "punct"), ("said", "VERB", "VBD", "say", -1, "root"),
            ("Roe", "PROPN", "NNP", "Roe", 5, "nsubj"), (".", "PUNCT", ".", ".", 5, "punct")]
    assert _verb_claims(rows) == [("say", "Roe", "“ Who pays ? ”")]


def test_a_name_tagged_as_a_verb_still_speaks() -> None:
    # "Husted" tagged VERB (but NNP), and the quote's subject misread as the cue's subject
    rows = [("“", "PUNCT", "``", "“", 8, "punct"), ("The", "DET", "DT", "the", 2, "det"),
            ("plan", "NOUN", "NN", "plan", 8, "nsubj"), ("must", "AUX", "MD", "must", 4, "aux"),
            ("stop", "VERB", "VB", "stop", 8, "ccomp"), (",", "PUNCT", ",", ",", 8, "punct"),
            ("”", "PUNCT", "''", "”", 8, "punct"), ("Husted", "VERB", "NNP", "huste", 8, "nsubj"),
            ("said", "VERB", "VBD", "say", -1, "root"), (".", "PUNCT", ".", ".", 8, "punct")]
    assert _verb_claims(rows) == [("say", "Husted", "“ The plan must stop , ”")]


def test_hours_after_someone_said() -> None:
    # the parse made "hours" the subject of "said" and hung the speaker on it
    rows = [("Talks", "NOUN", "NNS", "talk", 1, "nsubj"),
            ("resumed", "VERB", "VBD", "resume", -1, "root"),
            ("hours", "NOUN", "NNS", "hour", 5, "nsubj"),
            ("after", "ADP", "IN", "after", 4, "case"),
            ("Roe", "PROPN", "NNP", "Roe", 2, "nmod"), ("said", "VERB", "VBD", "say", 1, "conj"),
            ("the", "DET", "DT", "the", 7, "det"), ("port", "NOUN", "NN", "port", 9, "nsubj"),
            ("would", "AUX", "MD", "would", 9, "aux"), ("close", "VERB", "VB", "close", 5, "ccomp"),
            (".", "PUNCT", ".", ".", 1, "punct")]
    assert _verb_claims(rows) == [("say", "Roe", "the port would close")]


def test_a_participle_whose_clause_the_parse_hung_elsewhere(parser: Parser) -> None:
    c = only(parser.parse(
        "The mayor was blunt about her dislike of the plan, saying residents need to fight it."
    ))
    assert (src(c), c.cue and c.cue.text, c.text) == ("The mayor", "saying",
                                                      "residents need to fight it")
    c = only(parser.parse(
        "In two radio interviews, the governor sounded off on the budget, saying she did not "
        '"want to imagine" the cuts it would bring.'
    ))
    assert (src(c), c.text) == (
        "the governor", 'she did not "want to imagine" the cuts it would bring')


def test_a_report_inside_a_relative_clause(parser: Parser) -> None:
    text = "The bridge, which officials said will cost $5 billion, opened on Monday."
    c = only(parser.parse(text))
    assert (src(c), c.text) == ("officials", "will cost $5 billion")
    # the relative word stands in the content for the bridge: the claim keeps it apart
    assert c.prefix is not None and c.prefix.text == "which"
    assert text[c.prefix.start : c.prefix.end] == "which"
    c = only(parser.parse("The plan that officials said would save money was dropped."))
    assert (src(c), c.text, c.prefix and c.prefix.text) == (
        "officials", "would save money", "that")
    art = parser.parse(
        "Ortiz criticized the tax, which she said the state should never have passed.")
    said = [c for c in attributed(art) if c.cue and c.cue.lemma == "say"]
    assert [(src(c), c.text, c.prefix and c.prefix.text) for c in said] == [
        ("she", "the state should never have passed", "which")]
    # (the reporter's clause before it ends at the antecedent, not at the relative word)
    art = parser.parse("Workers finished the new bridge over the river, which officials said "
                       "will cost $5 billion.")
    assert [c.text for c in art.unattributed_claims()] == [
        "Workers finished the new bridge over the river"]
    # a report with a clause of its own has no relative word
    c = only(parser.parse("The ministry said the port had reopened on Monday."))
    assert c.prefix is None
    # an infinitive after the verb is no reported clause: the relative clause, which has a
    # subject of its own, reports an attitude with the infinitive as its content, the
    # relative word standing for what they expect to hear
    c = only(parser.parse("That is the message that party officials expect to hear."))
    assert (src(c), c.text, c.prefix and c.prefix.text) == ("party officials", "to hear", "that")


def test_a_relative_word_before_a_cue_clause_stands_in_its_content(parser: Parser) -> None:
    # the cue names or describes what the relative word stands for
    art = parser.parse("Roe signed the trade deal, which Doe called a disaster for farmers.")
    said = [c for c in attributed(art) if c.cue and c.cue.lemma == "call"]
    assert [(src(c), c.prefix and c.prefix.text, c.text) for c in said] == [
        ("Doe", "which", "a disaster for farmers")]  # (the parse took "which" for a subject)
    c = only(parser.parse("Roe hired a young aide, whom the mayor described as volatile."))
    assert (src(c), c.prefix and c.prefix.text, c.text) == ("the mayor", "whom", "as volatile")
    # a free relative: "what" is the reported clause's subject
    art = parser.parse(
        "The ships were released, displaying what analysts said was a sign of warmer ties.")
    c = only(art)
    assert (src(c), c.prefix and c.prefix.text, c.text) == (
        "analysts", "what", "was a sign of warmer ties")
    assert [u.text for u in art.unattributed_claims()] == ["The ships were released, displaying"]
    # an adjunct between the source and the cue
    art = parser.parse(
        "Roe backed the bill, which the governor on Friday declared a victory for workers.")
    declared = [c for c in attributed(art) if c.cue and c.cue.lemma == "declare"]
    assert [(c.prefix and c.prefix.text, c.text) for c in declared] == [
        ("which", "a victory for workers")]
    # after a preposition the relative word belongs to it; a that-clause is whole
    c = only(parser.parse("The city held a parade in which organizers said thousands marched."))
    assert (src(c), c.prefix, c.text) == ("organizers", None, "thousands marched")
    c = only(parser.parse("The deal, which Doe said that nobody wanted, fell apart."))
    assert (src(c), c.prefix, c.text) == ("Doe", None, "that nobody wanted")


def test_a_quote_split_off_at_its_exclamation_mark_keeps_its_cue(parser: Parser) -> None:
    # the sentence splitter cuts after '!"': the cue clause that follows starts in lower case
    art = parser.parse('Harbor vote\n\n"The port is open again!" he wrote after the vote.\n')
    (c,) = attributed(art)
    assert (src(c), c.text) == ("he", '"The port is open again!"')
    # and a quotation of two sentences whose cue follows its second one, which has no verb
    art = parser.parse(
        'Harbor vote\n\n"Everyone is laughing at the old board. A sad end!" she wrote.\n'
    )
    (c,) = attributed(art)
    assert src(c) == "she" and c.text.endswith('A sad end!"')


def test_a_cue_clause_ending_in_a_colon_introduces_the_quote_after_it(parser: Parser) -> None:
    art = parser.parse(
        "Harbor plan\n\nIn a speech on Monday, the mayor declared:\n\n"
        '"We will rebuild the port. It will take years."\n\nThe council met later.\n'
    )
    (c,) = attributed(art)
    assert (src(c), c.cue and c.cue.text, c.text) == (
        "the mayor", "declared", '"We will rebuild the port. It will take years."')


def test_a_relative_clause_describing_a_speaker_before_the_cue(parser: Parser) -> None:
    for cue in ("said", "told the Gazette"):
        c = only(parser.parse(
            f'"The port will reopen soon," Jane Roe, who served as harbor master for a decade, '
            f"{cue}."
        ))
        assert (src(c), c.text) == ("Jane Roe", '"The port will reopen soon,"')
        assert c.source is not None and any(
            d.text.startswith("who served as harbor master") for d in c.source.descriptors)


def test_the_cues_own_object_is_never_its_speaker() -> None:
    # the parse left "calling" without a subject; "them" after it is what was called
    rows = [("Cruz", "PROPN", "NNP", "Cruz", 1, "nsubj"),
            ("made", "VERB", "VBD", "make", -1, "root"),
            ("a", "DET", "DT", "a", 3, "det"), ("plea", "NOUN", "NN", "plea", 1, "obj"),
            ("to", "PART", "TO", "to", 5, "mark"), ("end", "VERB", "VB", "end", 3, "acl"),
            ("fees", "NOUN", "NNS", "fee", 5, "obj"), (",", "PUNCT", ",", ",", 8, "punct"),
            ("calling", "VERB", "VBG", "call", 5, "conj"),
            ("them", "PRON", "PRP", "they", 8, "iobj"), ("“", "PUNCT", "``", "“", 12, "punct"),
            ("corporate", "ADJ", "JJ", "corporate", 12, "amod"),
            ("welfare", "NOUN", "NN", "welfare", 8, "obj"), ("”", "PUNCT", "''", "”", 12, "punct"),
            (".", "PUNCT", ".", ".", 1, "punct")]
    assert [c for c in _verb_claims(rows) if c[0] == "call" and c[1] == "them"] == []


def test_a_cue_with_its_own_prepositional_content_is_no_cue_clause(parser: Parser) -> None:
    # "asked for ..." has its content after it: the fronted adjunct is the scene, not content
    art = parser.parse(
        'At the hearing, Roe asked for a pause in the dredging, calling it "a reckless gamble."')
    asked = [c for c in attributed(art) if c.cue and c.cue.lemma == "ask"]
    assert [c.text.startswith("a pause in the dredging") for c in asked] == [True]
    assert all("At the hearing" not in c.text for c in attributed(art))


def test_what_the_speaker_did_after_an_object_content_is_not_said(parser: Parser) -> None:
    c = only(parser.parse("Roe criticized the levy by tying it to the closures of two schools."))
    assert c.text == "the levy"
    c = only(parser.parse("The mayor discussed the budget before making a final decision."))
    assert c.text == "the budget"
    # while a reason after the object is part of it
    c = only(parser.parse("The union praised Ortiz for keeping her promise to the dockworkers."))
    assert c.text == "Ortiz for keeping her promise to the dockworkers"


def test_a_fronted_clause_is_no_content_of_a_verb_with_its_own_object(parser: Parser) -> None:
    for text, content in [
        ("Now that the harbor vote is near, Ortiz could have cited the old dredging scandal.",
         "the old dredging scandal"),
        ("Smiling broadly throughout her speech, the mayor thanked the dockworkers union.",
         "the dockworkers union"),
    ]:
        c = only(parser.parse(text))
        assert c.text == content


def test_a_verbs_reported_object_is_never_its_postposed_speaker() -> None:
    # the tagger took "delegate" for a verb, so the subject looks like a clause before a cue
    rows = [("Jane", "PROPN", "NNP", "Jane", 5, "nsubj"), ("Roe", "PROPN", "NNP", "Roe", 0, "flat"),
            (",", "PUNCT", ",", ",", 0, "punct"), ("a", "DET", "DT", "a", 4, "det"),
            ("union", "NOUN", "NN", "union", 5, "nsubj"),
            ("delegate", "VERB", "VBP", "delegate", -1, "root"),
            ("from", "ADP", "IN", "from", 7, "case"), ("Ohio", "PROPN", "NNP", "Ohio", 5, "obl"),
            (",", "PUNCT", ",", ",", 8, "punct"),
            ("criticized", "VERB", "VBD", "criticize", 5, "conj"),
            ("the", "DET", "DT", "the", 12, "det"), ("port", "NOUN", "NN", "port", 12, "compound"),
            ("laws", "NOUN", "NNS", "law", 9, "obj"), (".", "PUNCT", ".", ".", 5, "punct")]
    assert [c[1] for c in _verb_claims(rows) if c[0] == "criticize"] != ["the port laws"]


def test_a_speaker_before_a_parenthesis_the_parse_hung_elsewhere() -> None:
    # "Sen. Roe (D-Ore.) said": the parse made the name an apposition of the fronted phrase,
    # so the cue has no subject; word order reads back past the parenthesis to the name
    rows = [("In", "ADP", "IN", "in", 1, "case"), ("March", "PROPN", "NNP", "March", 9, "obl"),
            (",", "PUNCT", ",", ",", 3, "punct"), ("Sen.", "PROPN", "NNP", "Sen.", 1, "appos"),
            ("Roe", "PROPN", "NNP", "Roe", 3, "flat"), ("(", "PUNCT", "-LRB-", "(", 6, "punct"),
            ("D-Ore.", "PROPN", "NNP", "D-Ore.", 3, "appos"),
            (")", "PUNCT", "-RRB-", ")", 6, "punct"), ("quietly", "ADV", "RB", "quietly", 9,
                                                      "advmod"),
            ("said", "VERB", "VBD", "say", -1, "root"), ("that", "SCONJ", "IN", "that", 12,
                                                         "mark"),
            ("talks", "NOUN", "NNS", "talk", 12, "nsubj"), ("failed", "VERB", "VBD", "fail", 9,
                                                            "ccomp"),
            (".", "PUNCT", ".", ".", 9, "punct")]
    assert _verb_claims(rows) == [("say", "Roe", "that talks failed")]


def test_it_before_an_adjective_is_no_speaker_of_the_cue_after_it() -> None:
    # "it is hard to blame Roe": "it" stands for the clause after the adjective; a speaker
    # who is quick to deny something still speaks
    rows = [("It", "PRON", "PRP", "it", 2, "nsubj"), ("is", "AUX", "VBZ", "be", 2, "cop"),
            ("hard", "ADJ", "JJ", "hard", -1, "root"), ("to", "PART", "TO", "to", 4, "mark"),
            ("blame", "VERB", "VB", "blame", 2, "xcomp"), ("Roe", "PROPN", "NNP", "Roe", 4, "obj"),
            (".", "PUNCT", ".", ".", 2, "punct")]
    assert _verb_claims(rows) == []
    rows[0] = ("Doe", "PROPN", "NNP", "Doe", 2, "nsubj")
    rows[2] = ("quick", "ADJ", "JJ", "quick", -1, "root")
    assert _verb_claims(rows) == [("blame", "Doe", "Roe")]


def test_a_report_inside_a_quotation_keeps_the_quotation_with_its_speaker(
    parser: Parser,
) -> None:
    # the second quotation continues Doe although Roe "agrees" inside it; that report is
    # Doe's wording, as in '"Even Roe now agrees with me," Doe said', not a claim of its own
    art = parser.parse("“We will win the vote,” Doe said on Monday. "
                       "“Even Roe now agrees with me on the budget.”")
    by_text = {c.text: c for c in attributed(art)}
    second = by_text["“Even Roe now agrees with me on the budget.”"]
    assert (src(second), second.cue and second.cue.text, second.kind) == ("Doe", "said", "direct")
    nested = [c for c in attributed(art) if c.cue is not None and c.cue.lemma == "agree"]
    assert nested == []


def test_a_participle_whose_subject_the_parse_took_from_its_quotation() -> None:
    # "Roe shrugged it off, telling reporters, 'Nobody ever asked.'": the parse made "Nobody"
    # the subject of "telling" and hung "asked" on "shrugged"
    rows = [("Roe", "PROPN", "NNP", "Roe", 1, "nsubj"),
            ("shrugged", "VERB", "VBD", "shrug", -1, "root"), ("it", "PRON", "PRP", "it", 1, "obj"),
            ("off", "ADP", "RP", "off", 1, "compound:prt"), (",", "PUNCT", ",", ",", 5, "punct"),
            ("telling", "VERB", "VBG", "tell", 1, "advcl"),
            ("reporters", "NOUN", "NNS", "reporter", 5, "obj"),
            (",", "PUNCT", ",", ",", 11, "punct"),
            ("“", "PUNCT", "``", "“", 9, "punct"), ("Nobody", "PRON", "NN", "nobody", 5, "nsubj"),
            ("ever", "ADV", "RB", "ever", 11, "advmod"), ("asked", "VERB", "VBD", "ask", 1, "conj"),
            (".", "PUNCT", ".", ".", 1, "punct"), ("”", "PUNCT", "''", "”", 1, "punct")]
    # (and "asked", a report inside the quotation, has no content inside it: no claim)
    assert _verb_claims(rows) == [("tell", "Roe", "“ Nobody ever asked . ”")]


def test_a_speaker_before_a_relative_clause_set_off_by_commas() -> None:
    # "Roe, who lives here, tweeted that ...": the parse left "tweeted" without a
    # subject; word order reads back past the relative clause to the name
    rows = [("Roe", "PROPN", "NNP", "Roe", 3, "nsubj"), (",", "PUNCT", ",", ",", 3, "punct"),
            ("who", "PRON", "WP", "who", 3, "nsubj"), ("lives", "VERB", "VBZ", "live", -1, "root"),
            ("here", "ADV", "RB", "here", 3, "advmod"), (",", "PUNCT", ",", ",", 3, "punct"),
            ("tweeted", "VERB", "VBD", "tweet", 3, "parataxis"),
            ("that", "SCONJ", "IN", "that", 9, "mark"),
            ("talks", "NOUN", "NNS", "talk", 9, "nsubj"),
            ("failed", "VERB", "VBD", "fail", 6, "ccomp"), (".", "PUNCT", ".", ".", 3, "punct")]
    assert _verb_claims(rows) == [("tweet", "Roe", "that talks failed")]


def test_quotation_around_reads_straight_marks_by_what_they_stick_to() -> None:
    import re

    from attribution._parsed import Sentence, Token
    from attribution.attributions import _quotation_around

    def sentence(text: str) -> Sentence:
        toks = tuple(Token(i, m.group(), m.start(), m.end(), "X", "X", m.group(), -1, "dep")
                     for i, m in enumerate(re.finditer(r"''|``|\w+|[^\w\s]", text)))
        return Sentence(0, len(text), toks)

    s = sentence('Roe said "we asked," Doe added.')
    words = [t.text for t in s.tokens]
    assert _quotation_around(s, words.index("asked")) == (2, 6)
    assert _quotation_around(s, words.index("Doe")) is None
    # a mark between spaces is ambiguous and a quotation that only closes began earlier:
    # neither says what is quoted
    assert _quotation_around(sentence('This is the " Title, " Doe wrote.'), 2) is None
    assert _quotation_around(sentence("We asked,'' Doe said."), 1) is None
    assert _quotation_around(sentence("Doe said, ``we asked.''"), 5) == (3, 7)


def test_a_reporting_participle_after_the_content_is_a_report_of_its_own() -> None:
    # "Roe criticized the plan, saying it failed": the plan is what was criticized; what
    # Roe said is a second report, whatever the parse hung the participle on
    rows = [("Roe", "PROPN", "NNP", "Roe", 1, "nsubj"),
            ("criticized", "VERB", "VBD", "criticize", -1, "root"),
            ("the", "DET", "DT", "the", 3, "det"), ("plan", "NOUN", "NN", "plan", 1, "obj"),
            (",", "PUNCT", ",", ",", 5, "punct"), ("saying", "VERB", "VBG", "say", 3, "acl"),
            ("it", "PRON", "PRP", "it", 7, "nsubj"), ("failed", "VERB", "VBD", "fail", 5, "ccomp"),
            (".", "PUNCT", ".", ".", 1, "punct")]
    assert ("criticize", "Roe", "the plan") in _verb_claims(rows)


def test_a_finite_verb_conjoined_to_a_content_noun_is_the_speakers_next_act() -> None:
    # "Roe backs the laws and opposes a raise": the parse conjoined "opposes" to "laws"
    rows = [("Roe", "PROPN", "NNP", "Roe", 1, "nsubj"),
            ("backs", "VERB", "VBZ", "back", -1, "root"),
            ("the", "DET", "DT", "the", 3, "det"), ("laws", "NOUN", "NNS", "law", 1, "obj"),
            ("and", "CCONJ", "CC", "and", 5, "cc"), ("opposes", "VERB", "VBZ", "oppose", 3, "conj"),
            ("a", "DET", "DT", "a", 7, "det"), ("raise", "NOUN", "NN", "raise", 5, "obj"),
            (".", "PUNCT", ".", ".", 1, "punct")]
    assert ("back", "Roe", "the laws") in _verb_claims(rows)


def test_a_bare_cue_clause_may_name_whom_the_speaker_told() -> None:
    # '"Why not?" Roe told reporters.' split after the question: the quotation before the
    # sentence is what Roe told them
    from attribution._parsed import Sentence
    from attribution.attributions import verb_attributions
    from attribution.cues import lexicon

    rows = [("Roe", "PROPN", "NNP", "Roe", 1, "nsubj"), ("told", "VERB", "VBD", "tell", -1, "root"),
            ("reporters", "NOUN", "NNS", "reporter", 1, "obj"),
            (".", "PUNCT", ".", ".", 1, "punct")]
    text, sent = _hand_parsed(rows)
    assert isinstance(sent, Sentence)
    found = list(verb_attributions(sent, lexicon(), before=(-12, -2)))
    assert [(text[a.source[0]:a.source[1]], a.contents) for a in found if a.source] == [
        ("Roe", ((-12, -2),))]


def test_headline_colon_after_a_tag_and_a_poll_as_the_source() -> None:
    from attribution.attributions import headline_colon
    from attribution.cues import lexicon

    def source_and_content(line: str) -> tuple[str, str] | None:
        att = headline_colon(line, 0, len(line), lexicon())
        if att is None or att.source is None:
            return None
        (a, b), = att.contents
        return line[att.source[0] : att.source[1]], line[a:b]

    assert source_and_content("EXCLUSIVE – Jane Roe: Don’t Trust the Machines") == (
        "Jane Roe", "Don’t Trust the Machines")
    assert source_and_content("Poll: Roe Leads Doe in Ohio") == ("Poll", "Roe Leads Doe in Ohio")
    assert source_and_content("Update: Roe Leads Doe in Ohio") is None
    # an exclamation, a label or a list of names is no speaker or claim
    assert source_and_content("WOW: Roe Just Said Something Nobody Expected About Taxes") is None
    assert source_and_content("Jane Roe: BYLINE") is None
    assert source_and_content("Ohio: Ann Roe, Bo Li, Cy Doe, Di Ng, Ed Fox") is None
    # the credit line put the other way round; a short name before the colon is the
    # speaker of the longer title-case words after it
    assert source_and_content("BYLINE: Jane Roe") is None
    assert source_and_content("Roe: Tax Story Has Moved On") == ("Roe", "Tax Story Has Moved On")
    assert source_and_content("Rebels to name delegates for talks: HNC") == (
        "HNC", "Rebels to name delegates for talks")


def test_where_a_finding_puts_its_object_is_part_of_the_finding() -> None:
    # "Polls show Roe with a lead": the lead is found too; "on Monday" stays the scene
    rows = [("Polls", "NOUN", "NNS", "poll", 1, "nsubj"),
            ("show", "VERB", "VBP", "show", -1, "root"), ("Roe", "PROPN", "NNP", "Roe", 1, "obj"),
            ("with", "ADP", "IN", "with", 5, "case"), ("a", "DET", "DT", "a", 5, "det"),
            ("lead", "NOUN", "NN", "lead", 1, "obl"), ("on", "ADP", "IN", "on", 7, "case"),
            ("Monday", "PROPN", "NNP", "Monday", 1, "obl"), (".", "PUNCT", ".", ".", 1, "punct")]
    assert _verb_claims(rows) == [("show", "Polls", "Roe with a lead")]


def test_a_cue_inside_a_transcript_turn_is_the_speakers_own_wording(parser: Parser) -> None:
    art = parser.parse("Mayor Discusses Crime\n\nThe mayor spoke to a radio host on Monday.\n\n"
                       "ROE: People here are worried. They want safe streets and good schools "
                       "for their children.\n")
    assert [(src(c), c.cue and c.cue.kind) for c in attributed(art)] == [("ROE", "colon")]


def test_a_question_put_to_you_reports_no_view() -> None:
    from attribution._parsed import Sentence
    from attribution.attributions import extract_sentence
    from attribution.cues import lexicon

    rows = [("Do", "AUX", "VBP", "do", 2, "aux"), ("you", "PRON", "PRP", "you", 2, "nsubj"),
            ("support", "VERB", "VB", "support", -1, "root"),
            ("Roe", "PROPN", "NNP", "Roe", 2, "obj"), ("?", "PUNCT", ".", "?", 2, "punct")]
    _, sent = _hand_parsed(rows)
    assert isinstance(sent, Sentence)
    assert extract_sentence(sent, lexicon()) == []
    rows[1] = ("they", "PRON", "PRP", "they", 2, "nsubj")
    _, sent = _hand_parsed(rows)
    assert isinstance(sent, Sentence)
    assert [a.lemma for a in extract_sentence(sent, lexicon())] == ["support"]


def test_each_impersonal_cue_is_an_unnamed_source_of_its_own(parser: Parser) -> None:
    art = parser.parse("Headline here\n\nIt is believed that the rebels left the port.\n"
                       "It is also thought that the navy lost two ships.\n")
    left, lost = [c for c in art.claims if c.block == "body"]
    # the clause after "It is believed" is the content; the cue is no part of it
    assert left.text == "that the rebels left the port"
    assert lost.text == "that the navy lost two ships"
    assert left.source is not None and lost.source is not None
    assert left.source.id != lost.source.id
    assert left.source.name == "It is believed" and left.source.anonymous
    assert {s.id for s in art.sources} >= {left.source.id, lost.source.id}


def test_a_report_inside_a_quotation_that_continues_a_speaker_is_the_speakers_wording(
    parser: Parser,
) -> None:
    text = ("Harbour town to rebuild its pier\n\n"
            "\u201cWe will rebuild the pier,\u201d the mayor said. \u201cGovernor Jane Roe told "
            "me the state would pay for half of it, and the rest will come from the harbour "
            "fund.\u201d\n")
    art = parser.parse(text)
    claims = attributed(art)
    assert [(c.kind, c.cue and c.cue.text) for c in claims] == [
        ("direct", "said"), ("direct", "said")]
    assert claims[1].text.startswith("\u201cGovernor Jane Roe told me")
    # the governor is named inside the mayor's words, not a source the article quotes
    assert [s.name for s in art.sources] == ["the mayor"]


def test_an_age_set_off_after_a_postposed_name_is_no_bar_to_the_cue_clause(
    parser: Parser,
) -> None:
    art = parser.parse("Bridge plan\n\n\u201cWe should have built the bridge years ago,\u201d "
                       "Maria Lopez, 58, told the Herald in an interview on Monday.\n")
    claim = only(art)
    assert (src(claim), claim.cue and claim.cue.text) == ("Maria Lopez", "told")
    assert claim.text == "\u201cWe should have built the bridge years ago,\u201d"


def test_a_cue_clause_with_an_addressee_may_say_when_the_quote_was_said(parser: Parser) -> None:
    art = parser.parse("Senate race\n\n\"We will win this state,\" the senator told \"Fox and "
                       "Friends\" after she was asked about a new poll.\n")
    told = cued(art, "told")
    assert [(src(c), c.text) for c in told] == [("the senator", "\"We will win this state,\"")]


def test_a_quotation_closed_in_a_later_sentence_ends_before_the_speakers_name(
    parser: Parser,
) -> None:
    art = parser.parse("Undecided\n\n\"I have not made up my mind. I want to hear both sides "
                       "first,\" Smith, who has not endorsed anyone, told reporters in Ohio.\n")
    told = cued(art, "told")
    assert [src(c) for c in told] == ["Smith"]
    assert told[0].text.endswith("I want to hear both sides first,\"")


def test_a_subject_before_the_cue_and_a_complement_after_it_are_not_swapped(
    parser: Parser,
) -> None:
    # the tagger takes "call" for a noun, so the words after the cue look like a postposed
    # speaker; the parse still has the cue's subject before it and its complement after it
    art = parser.parse("Bank inquiry\n\nSenator Tom Harlan, the Kansas Republican who heads "
                       "the Farm Committee, said Ms. Lopez's donations ''call into question the "
                       "independence'' of the bank.\n")
    said = cued(art, "said")
    assert [(src(c), c.text) for c in said] == [(
        "Senator Tom Harlan",
        "Ms. Lopez's donations ''call into question the independence'' of the bank")]


def test_a_relative_clause_on_the_speaker_is_no_content_of_the_cue_after_it(
    parser: Parser,
) -> None:
    art = parser.parse("Mayoral race\n\nDoe, who has long voiced a wish to run for mayor, told "
                       "the Herald he would still consider doing so.\n")
    told = cued(art, "told")
    assert [(src(c), c.text) for c in told] == [("Doe", "he would still consider doing so")]


def test_a_subject_that_steps_up_its_own_attacks_is_their_source(parser: Parser) -> None:
    art = parser.parse("Campaign trail\n\nThe Roe campaign doubled down on its attacks on "
                       "Mayor Smith.\n")
    claim = only(art)
    assert (src(claim), claim.cue and claim.cue.text, claim.text) == (
        "The Roe campaign", "doubled down on its attacks on", "Mayor Smith")
    # a verb that is a cue of its own reports the stance itself
    art = parser.parse("Campaign trail\n\nSeveral senators reaffirmed their opposition to the "
                       "plan.\n")
    assert [(src(c), c.cue and c.cue.text) for c in attributed(art)] == [
        ("Several senators", "reaffirmed")]


def test_an_as_phrase_that_the_parse_hung_elsewhere_is_what_is_seen(parser: Parser) -> None:
    def seen(sentence: str) -> list[tuple[str, str]]:
        art = parser.parse("Head\n\n" + sentence + "\n")
        return [(src(c), c.text) for c in attributed(art)]

    # "as" taken for an adverbial clause's marker, or hung on the object, or on the verb
    assert seen("Mayor Roe sees the governor as captured by a small group of donors.") == [
        ("Mayor Roe", "the governor as captured by a small group of donors")]
    assert seen("Roe sees these gains as evidence that the party is growing.") == [
        ("Roe", "these gains as evidence that the party is growing")]
    assert seen("Many farmers see the new tariff as hurting their exports.") == [
        ("Many farmers", "the new tariff as hurting their exports")]


def test_what_a_predicating_verb_says_of_its_object_is_content_with_it(parser: Parser) -> None:
    def called(sentence: str) -> list[str]:
        art = parser.parse("Head\n\n" + sentence + "\n")
        return [c.text for c in cued(art, "called")]

    # a quoted predicate the parse hung on the verb, after a pronoun object
    assert called("Roe's campaign manager called that \"beyond preposterous.\"") == [
        "that \"beyond preposterous.\""]
    # one content, not the object and the predicate apart
    assert called("Roe called the new budget \"much, much better\" than the old one.") == [
        "the new budget \"much, much better\" than the old one"]


def test_a_that_clause_the_parse_took_for_a_conjunct_is_a_complement(parser: Parser) -> None:
    art = parser.parse("Fund inquiry\n\nThe judge concluded in that trial that while Doe and his "
                       "partners were reckless in how they managed the fund, no fair jury would "
                       "convict them.\n")
    assert [c.text for c in attributed(art)] == [
        "that while Doe and his partners were reckless in how they managed the fund, no fair "
        "jury would convict them"]


def test_an_opening_adverbial_clause_is_no_content_of_the_cue_after_it(parser: Parser) -> None:
    art = parser.parse("Head\n\nWhile Merkel deserves credit for the deal, she must remember the "
                       "voters.\n")
    assert [c.text for c in attributed(art)
            if c.text.startswith("While Merkel deserves credit")] == []


def test_a_that_clause_right_after_the_cue_runs_on_however_the_parse_split_it(
    parser: Parser,
) -> None:
    art = parser.parse("Head\n\nEarlier, she suggested that a boy holding a red sign who was "
                       "pushed and shoved may have provoked it.\n")
    assert [(src(c), c.text) for c in attributed(art)] == [
        ("she", "that a boy holding a red sign who was pushed and shoved may have provoked it")]


def test_with_a_that_clause_after_the_cue_an_unquoted_clause_before_it_sets_the_scene(
    parser: Parser,
) -> None:
    def contents(sentence: str) -> list[str]:
        return [c.text for c in attributed(parser.parse("Head\n\n" + sentence + "\n"))]

    assert contents("Keenly aware of how liberal voters, particularly in Ohio, view her record, "
                    "Mrs. Roe said on Sunday that the war cannot be an American fight.") == [
        "that the war cannot be an American fight"]
    assert contents("After noting that the votes in Ohio and Iowa had cut the field to three "
                    "candidates, her team is suggesting that her win in Utah has made it a "
                    "two-way race.") == ["that her win in Utah has made it a two-way race"]


def test_a_name_before_a_coordinated_apposition_is_read_by_word_order() -> None:
    from attribution._parsed import Sentence
    from attribution.attributions import _name_before_apposition
    from attribution.cues import lexicon

    # the parse hung the name elsewhere; word order gives it and its apposition
    rows = [("Jo", "PROPN", "NNP", "Jo", 7, "conj"), ("Roe", "PROPN", "NNP", "Roe", 0, "flat"),
            (",", "PUNCT", ",", ",", 5, "punct"),
            ("the", "DET", "DT", "the", 5, "det"), ("president", "NOUN", "NN", "president", 0,
                                                      "appos"),
            ("and", "CCONJ", "CC", "and", 7, "cc"), ("manager", "NOUN", "NN", "manager", 4,
                                                      "conj"),
            (",", "PUNCT", ",", ",", 8, "punct"),
            ("suggested", "VERB", "VBD", "suggest", -1, "root"),
            ("that", "SCONJ", "IN", "that", 11, "mark"), ("it", "PRON", "PRP", "it", 11, "nsubj"),
            ("failed", "VERB", "VBD", "fail", 8, "ccomp"), (".", "PUNCT", ".", ".", 8, "punct")]
    text, sent = _hand_parsed(rows)
    assert isinstance(sent, Sentence)
    phrase = _name_before_apposition(sent, sent.tokens[8], {9, 10, 11}, lexicon())
    assert phrase is not None
    assert text[phrase.span[0] : phrase.span[1]] == "Jo Roe"
    assert [text[a:b] for a, b in phrase.descriptors] == ["the president and manager"]


def test_a_subject_the_parse_hung_on_the_complement_is_the_speaker(parser: Parser) -> None:
    art = parser.parse("Head\n\nSenior advisers who have studied the polls argue that by the end "
                       "of the month, the mayor will have won most of the wards.\n")
    assert [(src(c), c.text) for c in attributed(art)] == [(
        "Senior advisers",
        "that by the end of the month, the mayor will have won most of the wards")]


def test_a_that_clause_the_parse_broke_off_runs_on_to_its_clause_break() -> None:
    from attribution._parsed import Sentence
    from attribution.attributions import extract_sentence
    from attribution.cues import lexicon

    # the parse hung "as it heads ..." on the cue, not on the reported clause
    rows = [("Roe", "PROPN", "NNP", "Roe", 1, "nsubj"),
            ("announced", "VERB", "VBD", "announce", -1, "root"),
            ("that", "SCONJ", "IN", "that", 5, "mark"), ("Doe", "PROPN", "NNP", "Doe", 5, "nsubj"),
            ("would", "AUX", "MD", "will", 5, "aux"), ("lead", "VERB", "VB", "lead", 1, "ccomp"),
            ("the", "DET", "DT", "the", 7, "det"), ("campaign", "NOUN", "NN", "campaign", 5, "obj"),
            ("as", "SCONJ", "IN", "as", 10, "mark"), ("it", "PRON", "PRP", "it", 10, "nsubj"),
            ("heads", "VERB", "VBZ", "head", 1, "advcl"), ("south", "ADV", "RB", "south", 10,
                                                          "advmod"),
            (".", "PUNCT", ".", ".", 1, "punct")]
    text, sent = _hand_parsed(rows)
    assert isinstance(sent, Sentence)
    (att,) = extract_sentence(sent, lexicon())
    assert [text[a:b] for a, b in att.contents] == [
        "that Doe would lead the campaign as it heads south"]
    # a relative clause's report ends where the main clause resumes
    rows[0] = ("who", "PRON", "WP", "who", 1, "nsubj")
    text, sent = _hand_parsed(rows)
    assert isinstance(sent, Sentence)
    assert [[text[a:b] for a, b in att.contents] for att in extract_sentence(sent, lexicon())
            if att.lemma == "announce"] == [["that Doe would lead the campaign"]]


def test_a_reported_question_right_after_its_cue_runs_on_however_the_parse_split_it(
    parser: Parser,
) -> None:
    art = parser.parse("Head\n\nRoe continued to question whether Doe's years in Canada make "
                       "him unfit for the office.\n")
    assert [(src(c), c.text) for c in attributed(art)] == [
        ("Roe", "whether Doe's years in Canada make him unfit for the office")]


def test_a_noun_with_a_relative_clause_after_the_content_is_no_speaker(parser: Parser) -> None:
    # ", a promise she repeated": a noun and the clause on it, not a postposed cue clause
    art = parser.parse("The council will cut the levy next year, a promise she repeated on "
                       "Monday.")
    assert not [c for c in attributed(art) if c.source_mention is not None
                and "promise" in c.source_mention.text]


def test_a_predicate_right_after_the_object_makes_it_a_reported_clause(parser: Parser) -> None:
    # the parse took the clause's subject for the cue's object and hung its predicate on
    # the main verb
    c = only(parser.parse(
        "The town issued a statement Friday saying the mayor’s remarks “are based on "
        "rumors, not facts,” and invited him to visit."))
    assert (src(c), c.text) == (
        "The town", "the mayor’s remarks “are based on rumors, not facts,”")
    # a second predicate of the speaker, or of the noun the cue describes, is no content
    art = parser.parse("He denied the charges and counter-accused her of fraud.")
    assert [c.text for c in cued(art, "accused")] == ["her of fraud"]
    art = parser.parse("Several delegates supporting Roe declined to comment.")
    assert [c.text for c in cued(art, "supporting")] == ["Roe"]
    assert [c.text for c in cued(art, "declined")] == ["to comment"]


def test_words_with_a_copula_before_a_final_cue_word_are_a_clause_not_its_speaker(
    parser: Parser,
) -> None:
    # "attacks" read as a verb after ", Doe and Lee were consistent with ...": the copula
    # makes those words a clause
    art = parser.parse("An aide said remarks from Roe, Doe and Lee were consistent with their "
                       "earlier statements about the Benghazi attacks.")
    assert not cued(art, "attacks")
    assert [(src(c), c.text) for c in cued(art, "said")] == [(
        "An aide", "remarks from Roe, Doe and Lee were consistent with their earlier "
        "statements about the Benghazi attacks")]


def test_a_postposed_speaker_ends_before_a_phrase_of_time_or_occasion(parser: Parser) -> None:
    cases = [
        ('"Watch the tape," said former executive Carla Fine during the second debate.',
         "former executive Carla Fine"),
        ('"I do not know what it will take," said Senator Dan Durr (D-Ill.) in an interview.',
         "Senator Dan Durr (D-Ill.)"),
        ('"It is over," said Mayor Lee on Sunday.', "Mayor Lee"),
        ('"It is over," said a spokesman for the ministry.', "a spokesman for the ministry"),
    ]
    for text, speaker in cases:
        assert src(only(parser.parse(text))) == speaker, text
    c = only(parser.parse('"It is dangerous," said campaign manager Rob Mook in a statement.'))
    assert (src(c), c.channel) == ("campaign manager Rob Mook", "statement")


def test_a_noun_phrase_after_a_verb_with_an_object_is_no_postposed_speaker(
    parser: Parser,
) -> None:
    c = only(parser.parse("Insiders in both parties, who had watched the race for months, "
                          "stressed the late nature of the primary."))
    assert (src(c), c.text) == ("Insiders in both parties", "the late nature of the primary")
    c = only(parser.parse("The neighbour recounted the incident on a radio show."))
    assert (src(c), c.text) == ("The neighbour", "the incident")


def test_a_cue_verb_in_an_irregular_form_is_found(parser: Parser) -> None:
    c = only(parser.parse("Most voters saw the deal as a betrayal."))
    assert (src(c), c.cue and c.cue.lemma, c.text) == (
        "Most voters", "see", "the deal as a betrayal")


def test_a_quantity_after_about_may_open_the_reported_clause(parser: Parser) -> None:
    # the parse took "about half ..." for an oblique of the cue and hung the clause's verb
    # on a noun inside it
    c = only(parser.parse("The audit office said about half of the larger change in its "
                          "spending forecasts reflected income losses from the new levy."))
    assert c.cue is not None and c.cue.text == "said"
    assert c.text == ("about half of the larger change in its spending forecasts reflected "
                      "income losses from the new levy")


def test_a_name_opening_the_sentence_that_the_tagger_took_for_a_verb_is_the_speaker(
    parser: Parser,
) -> None:
    c = only(parser.parse("Boreing said the members will still meet for drinks."))
    assert (src(c), c.text) == ("Boreing", "the members will still meet for drinks")


def test_a_name_and_apposition_the_tagger_took_for_verbs_are_still_the_speaker(
    parser: Parser,
) -> None:
    c = only(parser.parse("Grant Young, another unaligned Iowa Republican strategist, said "
                          "there are benefits for a leading candidate."))
    assert (src(c), c.text) == ("Grant Young", "there are benefits for a leading candidate")
    assert c.source is not None and c.source.descriptors


def test_an_opening_participle_of_saying_reports_up_to_the_main_clause(parser: Parser) -> None:
    art = parser.parse("Noting that the policy has been to allow the group to grow, Trump "
                       "reminded voters of his plan.")
    assert [(c.cue and c.cue.text, src(c), c.text) for c in attributed(art)] == [
        ("Noting", "Trump", "that the policy has been to allow the group to grow")]
    # a gerund that is the reported clause's subject is no such participle
    c = only(parser.parse("Raising taxes would hurt growth, the mayor said."))
    assert (src(c), c.text) == ("the mayor", "Raising taxes would hurt growth")


def test_a_speaker_with_an_apposition_after_a_quotation_may_be_followed_by_when(
    parser: Parser,
) -> None:
    c = only(parser.parse('"The data showed the largest increase since July 2009," Doug Holt, '
                          'an economic adviser to Republicans, wrote after the report was '
                          'released.'))
    assert (src(c), c.text) == (
        "Doug Holt", '"The data showed the largest increase since July 2009,"')


def test_a_phrase_set_off_after_the_speakers_name_is_no_part_of_it(parser: Parser) -> None:
    c = only(parser.parse("Columnist Mary Sull, in an attempt to draw attention to the lack "
                          "of press conferences, wrote, “The candidate answered seven "
                          "questions in Iowa.”"))
    assert src(c) == "Columnist Mary Sull"
    c = only(parser.parse("Sen. Jim Roe, of Texas, said the bill would fail."))
    assert src(c) == "Sen. Jim Roe, of Texas"


def test_a_time_after_the_cue_is_no_speaker_and_the_name_before_it_is(parser: Parser) -> None:
    c = only(parser.parse("Win Htein, a member of the committee, said Tuesday morning that "
                          "the party has won 82 percent of the vote."))
    assert (src(c), c.text) == ("Win Htein", "that the party has won 82 percent of the vote")


def test_a_cue_inside_a_quotation_takes_no_content_after_its_closing_mark(
    parser: Parser,
) -> None:
    art = parser.parse('"To be perfectly clear, I never said no," Eric Dole wrote in a '
                       'late-night email on Monday.')
    assert [(src(c), c.text) for c in attributed(art) if c.cue and c.cue.lemma == "write"] == [
        ("Eric Dole", '"To be perfectly clear, I never said no,"')]
    assert not [c for c in attributed(art) if "Eric Dole wrote" in c.text]


def test_declining_a_request_and_charging_someone_take_an_object(parser: Parser) -> None:
    c = only(parser.parse("Gore declined an interview request from the newspaper."))
    assert (src(c), c.text) == ("Gore", "an interview request from the newspaper")
    c = only(parser.parse("Prosecutors charged the officer with murder."))
    assert (src(c), c.text, c.cue and c.cue.stance) == (
        "Prosecutors", "the officer with murder", "distancing")


def test_noting_and_writing_take_an_object(parser: Parser) -> None:
    c = only(parser.parse("She noted the rise in crime."))
    assert (src(c), c.text) == ("She", "the rise in crime")
    c = only(parser.parse("The judge wrote a lashing dissent."))
    assert (src(c), c.text) == ("The judge", "a lashing dissent")


def test_a_that_clause_the_parse_hung_on_the_addressee_is_what_was_told(
    parser: Parser,
) -> None:
    # the parse took the that-clause for a relative clause on the addressee (or on a
    # later noun) and hung something else on the cue
    art = parser.parse("Roe told the Gazette that Doe believes his use of a private phone for "
                       "city business was a mistake.")
    assert [c.text for c in cued(art, "told")] == [
        "that Doe believes his use of a private phone for city business was a mistake"]
    art = parser.parse("He told the morning show that he agrees Doe is a \"total fraud\" "
                       "and left.")
    assert [c.text for c in cued(art, "told")] == [
        'that he agrees Doe is a "total fraud" and left']
    # (an apposition after the clause stays out of it)
    art = parser.parse("Roe told reporters that he had a talk with the governor Tuesday "
                       "morning, the first time the two men spoke since May.")
    assert [c.text for c in cued(art, "told")] == [
        "that he had a talk with the governor Tuesday morning"]


def test_a_that_clause_the_parse_hung_on_a_phrase_of_occasion_is_what_was_said(
    parser: Parser,
) -> None:
    art = parser.parse("Ms. Lane, who works in sales, said in an interview Friday that she "
                       "sent dozens of messages a day with the same line: \"Are you ready?\"")
    assert [(src(c), c.text) for c in attributed(art)] == [
        ("Ms. Lane", "that she sent dozens of messages a day with the same line")]
    # a noun that takes a that-clause of its own keeps it: what the cue is about
    art = parser.parse("Roe responded on Sunday to reports that Doe had quit the race.")
    assert [c.text for c in attributed(art)] == ["to reports that Doe had quit the race"]


def test_making_it_clear_is_a_cue_and_its_maker_the_speaker(parser: Parser) -> None:
    c = only(parser.parse("The governor also made clear that she has not thought about "
                          "stepping down."))
    assert c.cue is not None and c.cue.text == "also made clear"
    assert (src(c), c.text) == ("The governor", "that she has not thought about stepping down")
    c = only(parser.parse("Roe has made it clear that she has serious doubts about the levy."))
    assert c.cue is not None and c.cue.text == "has made it clear"
    assert (src(c), c.text) == ("Roe", "that she has serious doubts about the levy")
    # "clear" alone is no cue: no one makes anything clear
    assert not attributed(parser.parse("It is clear that the levy will pass."))
    assert not attributed(parser.parse("The vote sent a clear signal to the council."))


def test_as_someone_put_it_reports_the_clause_it_modifies(parser: Parser) -> None:
    c = only(parser.parse("As the Herald put it, the levy was dead on arrival."))
    assert c.cue is not None and c.cue.text == "put it"
    assert (src(c), c.text) == ("the Herald", "the levy was dead on arrival")
    # "put" reports nothing outside an as-clause with "it"
    assert not attributed(parser.parse("Let me put it this way."))
    assert not attributed(parser.parse("She put it on the table as he had asked."))



def test_a_clause_before_a_cue_without_a_subject_is_where_its_speaker_is(
    parser: Parser,
) -> None:
    # the parse made "The council contends ..., and Ann Roe, ..." the complement of "said"
    art = parser.parse("The council contends that it is still on track to meet its targets, "
                       "and Ann Roe, the city finance director, said she and her staff were "
                       "preparing plans for the next mayor.")
    assert [(src(c), c.text) for c in cued(art, "said")] == [
        ("Ann Roe", "she and her staff were preparing plans for the next mayor")]


def test_a_verb_after_a_relative_clause_and_and_goes_on_with_the_relative_word(
    parser: Parser,
) -> None:
    # the parse conjoined "said" to "met", whose subject is "He"
    art = parser.parse("He met Ann Guess, who answered her door on Sunday and said she "
                       "planned to vote for Roe.")
    assert [(src(c), c.text) for c in cued(art, "said")] == [
        ("who", "she planned to vote for Roe")]


def test_venting_and_trashing_are_cues(parser: Parser) -> None:
    c = only(parser.parse("She vented to her husband that the merger would be ugly."))
    assert (src(c), c.cue and c.cue.text, c.text) == (
        "She", "vented", "that the merger would be ugly")
    c = only(parser.parse("Roe trashed the plan as a waste of money."))
    assert (src(c), c.text) == ("Roe", "the plan as a waste of money")


def test_verbs_of_vouching_alluding_and_dwelling_take_their_prepositional_content(
    parser: Parser,
) -> None:
    c = only(parser.parse("Two former judges have vouched for her record on the bench."))
    assert (src(c), c.cue and c.cue.text) == ("Two former judges", "have vouched for")
    assert c.text.startswith("her record")
    c = only(parser.parse("The minister alluded to the coming vote during the meeting."))
    assert (c.cue and c.cue.text, c.text) == ("alluded to", "the coming vote")
    c = only(parser.parse("The mayor is mulling a run for the Senate."))
    assert (src(c), c.text) == ("The mayor", "a run for the Senate")


def test_a_verb_that_reports_only_with_its_particle(parser: Parser) -> None:
    c = only(parser.parse('"We will win this state in November," Roe shot back on Monday.'))
    assert (src(c), c.cue and c.cue.text) == ("Roe", "shot back")
    c = only(parser.parse('"That is simply not true at all," Doe fired back.'))
    assert (src(c), c.text) == ("Doe", '"That is simply not true at all,"')
    # without "back", firing and shooting report nothing
    assert attributed(parser.parse("The company fired the staff on Monday.")) == []
    assert attributed(parser.parse("Police shot the man near the station.")) == []


def test_talking_of_and_pushing_back_against_take_their_prepositional_content(
    parser: Parser,
) -> None:
    c = only(parser.parse("She talked of a new start for the city."))
    assert (c.cue and c.cue.text, c.text) == ("talked of", "a new start for the city")
    c = only(parser.parse("The group pushed back against the new rules."))
    assert (src(c), c.cue and c.cue.text, c.text) == (
        "The group", "pushed back against", "the new rules")


def test_claiming_and_noting_take_an_infinitive_or_predicate(parser: Parser) -> None:
    c = only(parser.parse("Roe claimed to have seen the letter before the vote."))
    assert (src(c), c.text) == ("Roe", "to have seen the letter before the vote")
    c = only(parser.parse("The mayor noted how happy she was to be back in the city."))
    assert (c.cue and c.cue.text, c.text) == (
        "noted", "how happy she was to be back in the city")


def test_comparing_and_documenting_take_an_object(parser: Parser) -> None:
    c = only(parser.parse("She later compared the meeting to a root canal."))
    assert (src(c), c.text) == ("She", "the meeting to a root canal")
    c = only(parser.parse("The report documented dozens of cases of abuse."))
    assert (src(c), c.text) == ("The report", "dozens of cases of abuse")


def test_aiming_to_is_a_stance(parser: Parser) -> None:
    c = only(parser.parse("The new group aims to unseat the mayor next year."))
    assert (src(c), c.text) == ("The new group", "to unseat the mayor next year")


def test_a_place_after_the_cue_clause_does_not_hide_the_speaker_before_it(
    parser: Parser,
) -> None:
    c = only(parser.parse('"We will not back down," Ann Roe, a spokeswoman for the union, '
                          "said in an interview in Dayton, Ohio."))
    assert (src(c), c.text) == ("Ann Roe", '"We will not back down,"')
    assert c.source is not None
    assert [d.text for d in c.source.descriptors] == ["a spokeswoman for the union"]


def test_an_as_predicate_after_the_object_belongs_to_the_content(parser: Parser) -> None:
    c = only(parser.parse("The mayor has slammed the budget as too timid and badly timed."))
    assert c.text == "the budget as too timid and badly timed"
    c = only(parser.parse("Roe criticized the plan as soon as it was released."))
    assert c.text == "the plan"


def test_a_negated_infinitive_keeps_its_negation(parser: Parser) -> None:
    c = only(parser.parse("The actor has publicly vowed not to buy cookies this year."))
    assert (c.cue and c.cue.text, c.text) == ("has publicly vowed", "not to buy cookies this year")


def test_a_name_after_a_dash_speaks_for_the_cue_after_it(parser: Parser) -> None:
    c = only(parser.parse(
        "This was not a one-off or a mistake — Jo Roe, a spokeswoman for the mayor, told the "
        "Herald that the council knew about the plan."))
    assert (src(c), c.text) == ("Jo Roe", "that the council knew about the plan")
    assert c.source is not None
    assert [d.text for d in c.source.descriptors] == ["a spokeswoman for the mayor"]


def test_an_aside_between_dashes_after_the_speaker_is_read_past(parser: Parser) -> None:
    c = only(parser.parse(
        "Reached by phone on Monday, Ann Roe — who is listed as a lawyer in Ohio but does not "
        "practice law — told the Gazette she is not planning an appeal."))
    assert src(c).endswith("Roe") and "listed" not in src(c)
    assert c.text == "she is not planning an appeal"


def test_however_set_off_right_after_the_cue_is_no_clause_break(parser: Parser) -> None:
    c = only(parser.parse("The governor now says, however, that – in her private life – she "
                          "is a firm backer of the new rules."))
    assert c.text == "that – in her private life – she is a firm backer of the new rules"


def test_a_clause_subject_taken_for_an_indirect_object_or_gerund_is_content(
    parser: Parser,
) -> None:
    c = only(parser.parse(
        "He later walked back the remarks and said women who miss the vote are victims."))
    assert (src(c), c.text) == ("He", "women who miss the vote are victims")
    c = only(parser.parse(
        "The group is contemplating running ads in a larger number of states than it planned."))
    assert c.text == "running ads in a larger number of states than it planned"


def test_by_saying_takes_the_clause_the_parse_hung_on_the_verb_before_it() -> None:
    from attribution.testing import hand_reports

    # "Roe responded by saying he should resign", with "resign" hung on "responded"
    rows = [("Roe", "PROPN", "NNP", "Roe", 1, "nsubj"),
            ("responded", "VERB", "VBD", "respond", -1, "root"),
            ("by", "SCONJ", "IN", "by", 3, "mark"),
            ("saying", "VERB", "VBG", "say", 1, "advcl"),
            ("he", "PRON", "PRP", "he", 6, "nsubj"),
            ("should", "AUX", "MD", "should", 6, "aux"),
            ("resign", "VERB", "VB", "resign", 1, "ccomp"),
            (".", "PUNCT", ".", ".", 1, "punct")]
    assert [(r.source, r.cue, r.contents) for r in hand_reports(rows)] == [
        ("Roe", "saying", ("he should resign",))]


def test_a_quotation_before_a_cue_followed_by_the_speakers_next_act(parser: Parser) -> None:
    c = only(parser.parse('"We are done here," the mayor said and walked out of the room.'))
    assert (src(c), c.text) == ("the mayor", '"We are done here,"')


def test_a_subject_hung_on_the_complement_when_its_own_subject_became_the_object() -> None:
    from attribution.testing import hand_reports

    # "Rivals Roe and Doe say Gov. Smith, has not been tested": the parse made "Rivals" the
    # subject of "tested" and "Gov. Smith" the object of "say"
    rows = [("Rivals", "NOUN", "NNS", "rival", 11, "nsubj:pass"),
            ("Roe", "PROPN", "NNP", "Roe", 0, "appos"),
            ("and", "CCONJ", "CC", "and", 3, "cc"),
            ("Doe", "PROPN", "NNP", "Doe", 1, "conj"),
            ("say", "VERB", "VBP", "say", -1, "root"),
            ("Gov.", "PROPN", "NNP", "Gov.", 4, "obj"),
            ("Smith", "PROPN", "NNP", "Smith", 5, "flat"),
            (",", "PUNCT", ",", ",", 0, "punct"),
            ("has", "AUX", "VBZ", "have", 11, "aux"),
            ("not", "PART", "RB", "not", 11, "advmod"),
            ("been", "AUX", "VBN", "be", 11, "aux:pass"),
            ("tested", "VERB", "VBN", "test", 4, "ccomp"),
            (".", "PUNCT", ".", ".", 4, "punct")]
    assert [(r.source, r.cue, r.contents) for r in hand_reports(rows)] == [
        ("Rivals", "say", ("Gov. Smith , has not been tested",))]


def test_a_cue_conjoined_across_a_dash_does_not_borrow_the_first_clauses_subject() -> None:
    from attribution.testing import hand_reports

    # "Roe won easily - 60 percent of voters said they liked her", with "said" conjoined
    # to "won": the words after the dash name the speaker, the share heading them
    rows = [("Roe", "PROPN", "NNP", "Roe", 1, "nsubj"),
            ("won", "VERB", "VBD", "win", -1, "root"),
            ("easily", "ADV", "RB", "easily", 1, "advmod"),
            ("-", "PUNCT", ":", "-", 7, "punct"),
            ("60", "NUM", "CD", "60", 5, "nummod"),
            ("percent", "NOUN", "NN", "percent", 1, "obl"),
            ("of", "ADP", "IN", "of", 7, "case"),
            ("voters", "NOUN", "NNS", "voter", 5, "nmod"),
            ("said", "VERB", "VBD", "say", 1, "conj"),
            ("they", "PRON", "PRP", "they", 10, "nsubj"),
            ("liked", "VERB", "VBD", "like", 8, "ccomp"),
            ("her", "PRON", "PRP", "she", 10, "obj"),
            (".", "PUNCT", ".", ".", 1, "punct")]
    assert [(r.source, r.cue, r.contents) for r in hand_reports(rows)] == [
        ("60 percent of voters", "said", ("they liked her",))]


def test_a_quotation_inside_a_quotation_closing_with_it_ends_the_segment() -> None:
    from attribution.attributions import _segments

    # '“He said, ‘We won,’” Roe said.': the comma before ’” ends the quotation's segment,
    # and both closing marks belong to it
    words = ["“", "He", "said", ",", "‘", "We", "won", ",", "’", "”", "Roe", "said", "."]
    rows = [(w, "PUNCT" if not w.isalpha() else "X", "X", w, -1, "dep") for w in words]
    _, sent = _hand_parsed(rows)
    assert [[t.text for t in seg] for seg in _segments(sent)] == [
        ["“", "He", "said", ",", "‘", "We", "won", "’", "”"], ["Roe", "said", "."]]


def test_a_reported_clause_hung_above_the_cue_may_open_with_a_quoted_phrase() -> None:
    from attribution.testing import hand_reports

    # 'Applause came when he said "zero" voters would follow Smith', with "follow" hung on
    # "came": the clause starts right after the cue, its subject's phrase with a quotation
    rows = [("Applause", "NOUN", "NN", "applause", 1, "nsubj"),
            ("came", "VERB", "VBD", "come", -1, "root"),
            ("when", "ADV", "WRB", "when", 4, "advmod"),
            ("he", "PRON", "PRP", "he", 4, "nsubj"),
            ("said", "VERB", "VBD", "say", 1, "advcl"),
            ('"', "PUNCT", "``", '"', 10, "punct"),
            ("zero", "NUM", "CD", "zero", 8, "nummod"),
            ('"', "PUNCT", "''", '"', 6, "punct"),
            ("voters", "NOUN", "NNS", "voter", 10, "nsubj"),
            ("would", "AUX", "MD", "would", 10, "aux"),
            ("follow", "VERB", "VB", "follow", 1, "ccomp"),
            ("Smith", "PROPN", "NNP", "Smith", 10, "obj"),
            (".", "PUNCT", ".", ".", 1, "punct")]
    assert [(r.source, r.cue, r.contents) for r in hand_reports(rows)] == [
        ("he", "said", ('" zero " voters would follow Smith',))]


def test_a_role_before_a_name_both_set_off_by_commas_is_read_back_as_the_speaker(
    parser: Parser,
) -> None:
    c = only(parser.parse(
        "In fighting the new rules, her longtime lawyer, Ann B. Roe, wrote in a court filing "
        'that the request was "absurd," because the records were public.'))
    assert src(c) == "her longtime lawyer"
    assert c.source is not None
    assert [d.text for d in c.source.descriptors] == ["Ann B. Roe"]
    assert c.text.startswith("that the request was")


def test_a_perfect_tense_is_no_passive_even_when_the_parse_says_so(parser: Parser) -> None:
    c = only(parser.parse('Vermont Gov. Jane Roe has also broadly called for "more troops on '
                          'the ground."'))
    assert src(c).endswith("Roe")
    assert c.cue is not None and c.cue.text == "has also broadly called for"


def test_it_with_an_as_predicate_is_content(parser: Parser) -> None:
    c = only(parser.parse("The mayor described it as a serious lapse in judgment."))
    assert (src(c), c.text) == ("The mayor", "it as a serious lapse in judgment")


def test_a_straight_mark_glued_to_a_comma_closes_its_quotation(parser: Parser) -> None:
    c = only(parser.parse('The new ad, titled "Enough?", argues that the mayor is too '
                          '"reckless and vain" to lead the city.'))
    assert (src(c), c.text) == (
        "The new ad", 'that the mayor is too "reckless and vain" to lead the city')


def test_a_quantifier_alone_before_the_cue_is_its_speaker(parser: Parser) -> None:
    c = only(parser.parse("Most believe that the city and their own towns have improved since "
                          "she took office."))
    assert (src(c), c.cue and c.cue.text) == ("Most", "believe")


def test_seeing_someone_as_something_takes_an_adjective_predicate(parser: Parser) -> None:
    c = only(parser.parse(
        "Voters are tired of the fighting - and they see the mayor as most likely to end it."))
    assert (src(c), c.text) == ("they", "the mayor as most likely to end it")


def test_calling_oneself_something_in_lower_case_is_a_claim(parser: Parser) -> None:
    c = only(parser.parse("In the past, the senator called himself pro-choice."))
    assert (src(c), c.text) == ("the senator", "himself pro-choice")
    assert attributed(parser.parse("The site calls itself Truth Now.")) == []


def test_a_present_tense_conjunct_after_a_past_cue_is_the_reported_predicate(
    parser: Parser,
) -> None:
    c = only(parser.parse("He noted farmers and truckers have a much harder time staying in "
                          "business."))
    assert c.text == "farmers and truckers have a much harder time staying in business"
    assert {c.text for c in attributed(parser.parse(
        "Roe denied the charges and accused her of lying."))} == {"the charges", "her of lying"}


def test_time_capitalised_alone_is_a_name(parser: Parser) -> None:
    c = only(parser.parse("Every December, Time announces who it believes deserves the title."))
    assert (src(c), c.text) == ("Time", "who it believes deserves the title")


def test_an_attitude_in_a_relative_clause_with_its_own_subject_is_reported(
    parser: Parser,
) -> None:
    c = only(parser.parse("She gave a speech in Ohio in which she pledged that, if elected, "
                          "she would cut taxes for every family."))
    assert (src(c), c.text) == ("she", "that, if elected, she would cut taxes for every family")


def test_a_contrast_clause_fronted_inside_the_content_is_no_clause_break(parser: Parser) -> None:
    c = only(parser.parse("They and their backers argue that, while the tax may result in "
                          "lower premiums, workers will not end up seeing the savings."))
    assert c.text == ("that, while the tax may result in lower premiums, workers will not end "
                      "up seeing the savings")


def test_a_verb_with_its_own_object_after_it_is_no_cue_clause(parser: Parser) -> None:
    # '..., workers will not see the savings': not '"...," workers saw'
    art = parser.parse("Critics argue that, while the tax may lower insurance premiums, "
                       "workers will not see the savings in their paychecks.")
    assert [c.cue.text for c in attributed(art) if c.cue and c.cue.lemma == "see"] == []


def test_saying_the_same_of_someone_is_a_short_answer() -> None:
    from attribution.testing import hand_reports

    # "Voters said the same for Doe", with "same" taken for a predicate
    rows = [("Voters", "NOUN", "NNS", "voter", 1, "nsubj"),
            ("said", "VERB", "VBD", "say", -1, "root"),
            ("the", "DET", "DT", "the", 3, "det"),
            ("same", "ADJ", "JJ", "same", 1, "xcomp"),
            ("for", "ADP", "IN", "for", 5, "case"),
            ("Doe", "PROPN", "NNP", "Doe", 3, "nmod"),
            (".", "PUNCT", ".", ".", 1, "punct")]
    assert [(r.source, r.cue, r.contents) for r in hand_reports(rows)] == [
        ("Voters", "said", ("the same for Doe",))]


def test_taking_a_side_for_a_person_named_by_a_pronoun(parser: Parser) -> None:
    c = only(parser.parse("Both of his senators strongly supported him."))
    assert (src(c), c.cue and c.cue.text, c.text) == (
        "Both of his senators", "strongly supported", "him")


def test_suggesting_takes_a_gerund(parser: Parser) -> None:
    c = only(parser.parse("Presidential candidate Jo Roe suggests cutting state regulations "
                          "as a step toward reducing poverty."))
    assert c.text == "cutting state regulations as a step toward reducing poverty"
