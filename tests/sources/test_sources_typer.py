"""The built-in typer on entities built from example sentences written for these tests."""

from __future__ import annotations

import time
from collections.abc import Callable

import attrs
import pytest
from sources_helpers import entity

from attribution._model import Span, TypeEvidence
from attribution.exceptions import PluginError
from attribution.sources import (
    PRIORITIES,
    EntityFacts,
    MentionFacts,
    RuleRegistry,
    SourceTyper,
    Taxonomy,
    TypeDecision,
    load_rules,
)

Classify = Callable[..., TypeDecision]


# -- the Palmyra targets --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("The military said in a statement that its units had retaken the town.", "The military"),
        ("Units entered the town on Sunday, the Syrian army said.", "the Syrian army"),
        ("Syrian army units entered the town.", "Syrian army"),
        ("The army said the road to the town was open again.", "The army"),
    ],
)
def test_state_forces_are_military(classify: Classify, text: str, mention: str) -> None:
    decision = classify(text, mention)
    assert decision.type == "military"
    assert decision.type_path == ("government", "military")
    assert not decision.anonymous


def test_observatory_with_war_monitor_apposition_is_a_monitor(classify: Classify) -> None:
    text = (
        "The Syrian Observatory for Human Rights, a Britain-based war monitor, reported dozens "
        "died. The Observatory said the toll would rise."
    )
    decision = classify(
        text,
        "The Syrian Observatory for Human Rights",
        "The Observatory",
        descriptors=("a Britain-based war monitor",),
    )
    assert decision.type == "monitor"
    assert decision.type_path == ("ngo", "monitor")
    winner = decision.evidence[0]
    assert winner.rule == "builtin:descriptor:head:war monitor"
    assert winner.priority == PRIORITIES["descriptor"]
    assert winner.span == Span.from_text(text, text.index("war monitor"), text.index(", reported"))
    assert {e.type for e in decision.evidence} == {"monitor"}


def test_the_observatory_alone_is_a_monitor(classify: Classify) -> None:
    assert classify("The Observatory said the toll would rise.", "The Observatory").type == (
        "monitor"
    )


def test_the_governments_chief_negotiator_is_government_via_the_possessor(
    classify: Classify,
) -> None:
    text = "The talks stalled, the government's chief negotiator told reporters."
    decision = classify(text, "the government's chief negotiator")
    assert decision.type == "government"
    assert decision.affiliation == "government"
    assert decision.evidence[0].rule == "builtin:affiliation:government"
    assert decision.evidence[0].priority == PRIORITIES["affiliation"]
    assert decision.evidence[0].span is not None
    assert decision.evidence[0].span.text == "the government"


def test_the_syrian_opposition_and_hnc_are_opposition(classify: Classify) -> None:
    text = "The Syrian opposition will name its delegates, the HNC said on Friday."
    opposition = classify(text, "The Syrian opposition")
    assert opposition.type == "opposition"
    assert opposition.type_path == ("political", "opposition")
    hnc = classify(text, "the HNC")
    assert hnc.type == "opposition"
    assert hnc.evidence[0].rule == "builtin:gazetteer:High Negotiations Committee"
    assert classify("HNC delegates met on Friday.", "HNC").type == "opposition"


# -- affiliation, titles, priorities --------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "mention", "expected", "affiliation"),
    [
        ("A spokesman for the Pentagon declined to comment.", "A spokesman for the Pentagon",
         "military", "Pentagon"),
        ("An official at the State Department said no.", "An official at the State Department",
         "government", "State Department"),
        ("A Pentagon official said the strike was lawful.", "A Pentagon official", "military",
         "Pentagon"),
        ("A Hezbollah commander said the town fell.", "A Hezbollah commander", "armed_group",
         "Hezbollah"),
        ("A Syrian military source said the town fell.", "A Syrian military source",
         "military", "Syrian"),
        ("The U.N. envoy said talks would resume.", "The U.N. envoy",
         "international_organization", "United Nations"),
    ],
)
def test_role_words_take_the_type_of_their_organisation(
    classify: Classify, text: str, mention: str, expected: str, affiliation: str
) -> None:
    decision = classify(text, mention)
    assert decision.type == expected
    assert decision.affiliation == affiliation


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        ("Gen. Jane Roe told reporters the base was safe.", "Gen. Jane Roe", "military"),
        ("Gov. Jane Roe signed the bill.", "Gov. Jane Roe", "government"),
        ("Dr. Jane Roe, who studies voting, disagreed.", "Dr. Jane Roe", "expert"),
        ("Democratic strategist Jane Roe said the ad worked.", "Democratic strategist Jane Roe",
         "political"),
        ("Campaign spokeswoman Jane Roe said the ad worked.", "Campaign spokeswoman Jane Roe",
         "political"),
    ],
)
def test_titles_and_role_words_before_a_name(
    classify: Classify, text: str, mention: str, expected: str
) -> None:
    assert classify(text, mention).type == expected


def test_a_descriptor_outranks_the_gazetteer_for_a_person(classify: Classify) -> None:
    text = "Bernie Sanders, a Vermont senator, spoke on Sunday."
    plain = classify(text, "Bernie Sanders")
    assert plain.type == "political"  # the gazetteer: a 2016 candidate
    described = classify(text, "Bernie Sanders", descriptors=("a Vermont senator",))
    assert described.type == "government"
    assert described.evidence[0].priority == PRIORITIES["descriptor"]
    assert described.evidence[0].type == "government"
    assert "political" in [e.type for e in described.evidence[1:]]


def test_an_office_title_yields_to_a_campaign_figure_known_for_the_period(
    classify: Classify,
) -> None:
    decision = classify("Sen. Ted Cruz said he would win Iowa.", "Sen. Ted Cruz")
    assert decision.type == "political"
    rules = [e.rule for e in decision.evidence]
    assert rules == ["builtin:gazetteer:Ted Cruz", "builtin:office:Sen."]


def test_a_former_role_is_not_the_sources_role(classify: Classify) -> None:
    text = "Former Secretary of State Hillary Clinton said she would win."
    decision = classify(text, "Former Secretary of State Hillary Clinton")
    assert decision.type == "political"
    assert all(e.type != "government" for e in decision.evidence)


def test_a_head_noun_beats_a_named_modifier(classify: Classify) -> None:
    decision = classify("Trump supporters cheered the speech.", "Trump supporters")
    assert decision.type == "citizen"
    assert [e.priority for e in decision.evidence] == [
        PRIORITIES["head"], PRIORITIES["modifier"]
    ]


def test_specificity_breaks_ties_between_equal_priorities(classify: Classify) -> None:
    text = "The government said so, and the army said so too."
    decision = classify(text, "The government", "the army")
    assert decision.type == "military"
    assert [e.priority for e in decision.evidence] == [50, 50]


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        ("The poll shows the race tightening.", "The poll", "document"),
        ("A report released Monday found fraud.", "A report released Monday", "document"),
        ("Court papers say the firm paid.", "Court papers", "document"),
        ("The company said profits rose.", "The company", "business"),
        ("A resident said the shelling stopped.", "A resident", "citizen"),
        ("Reuters reported the deal.", "Reuters", "media"),
        ("A CNN host asked the question.", "A CNN host", "media"),
        ("Analysts said the market would fall.", "Analysts", "expert"),
        ("Islamic State claimed the attack.", "Islamic State", "armed_group"),
        ("Rebels said they had shot down a jet.", "Rebels", "armed_group"),
        ("Human Rights Watch documented the abuses.", "Human Rights Watch", "monitor"),
        ("NATO said the exercise would go ahead.", "NATO", "international_organization"),
        ("WHO said the outbreak was over.", "WHO", "international_organization"),
        ("The Trump campaign said the poll was wrong.", "The Trump campaign", "political"),
        ("The interior ministry said police had arrested two men.", "The interior ministry",
         "government"),
    ],
)
def test_common_sources(classify: Classify, text: str, mention: str, expected: str) -> None:
    assert classify(text, mention).type == expected


def test_nothing_known_is_unknown_with_no_evidence(classify: Classify) -> None:
    decision = classify("Zentrix said the water was safe.", "Zentrix")
    assert decision == TypeDecision("unknown", ("unknown",), (), None, False)
    assert decision.winner is None


def test_a_bare_persons_name_is_a_private_individual_at_the_lowest_priority(
    classify: Classify,
) -> None:
    decision = classify("Jane Roe said the water was safe.", "Jane Roe")
    assert decision.type == "citizen"
    assert decision.winner is not None
    assert decision.winner.rule == "builtin:person:name"
    assert decision.winner.priority == PRIORITIES["person"] == min(PRIORITIES.values())
    assert classify("Mr. Roe said so.", "Mr. Roe").type == "citizen"
    # anything the rules know outranks it
    assert classify("Gov. Jane Roe said so.", "Gov. Jane Roe").type == "government"
    text = "Jane Roe, a Democratic strategist, said so."
    assert classify(text, "Jane Roe", descriptors=("a Democratic strategist",)).type == \
        "political"


def test_pronoun_mentions_are_not_typed(classify: Classify) -> None:
    decision = classify("He said it was over. She disagreed.", "He")
    assert decision.type == "unknown"
    assert not decision.anonymous


def test_lower_case_who_is_a_pronoun_not_the_health_organization(classify: Classify) -> None:
    assert classify("The man who said it left.", "who").type == "unknown"


# -- anonymity ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "mention", "anonymous"),
    [
        ("Officials said the road was closed.", "Officials", True),
        ("U.S. officials said the road was closed.", "U.S. officials", True),
        ("A senior official said the road was closed.", "A senior official", True),
        ("Two sources said the deal was done.", "Two sources", True),
        ("Critics say the law goes too far.", "Critics", True),
        ("Some say the law goes too far.", "Some", True),
        ("People familiar with the matter said it was delayed.",
         "People familiar with the matter", True),
        ("It is believed the deal is off.", "It is believed", True),
        ("The officials said the road was closed.", "The officials", False),
        ("The military said the road was closed.", "The military", False),
        ("Jane Roe said the road was closed.", "Jane Roe", False),
    ],
)
def test_anonymous_patterns(classify: Classify, text: str, mention: str, anonymous: bool) -> None:
    assert classify(text, mention).anonymous is anonymous


def test_anonymity_phrase_in_a_descriptor(classify: Classify) -> None:
    text = "A defence official, speaking on condition of anonymity, said the jets had left."
    decision = classify(
        text, "A defence official", descriptors=("speaking on condition of anonymity",)
    )
    assert decision.type == "military"
    assert decision.anonymous


def test_a_named_mention_makes_the_source_not_anonymous(classify: Classify) -> None:
    text = "A senior official, Jane Roe, said the road was closed. Roe added nothing."
    assert not classify(text, "A senior official", "Jane Roe", "Roe").anonymous


def test_a_pronoun_alone_is_not_anonymous(classify: Classify) -> None:
    text = "They said the road was closed."
    facts = EntityFacts("They", (MentionFacts(span_of(text, "They"), "pronoun"),))
    assert not SourceTyper.default().classify(facts).anonymous


def span_of(text: str, words: str) -> Span:
    start = text.index(words)
    return Span.from_text(text, start, start + len(words))


# -- parser-given facts ---------------------------------------------------------------------
def test_parser_given_head_possessor_and_modifiers_are_used(typer: SourceTyper) -> None:
    text = "The talks stalled, said a negotiator for the Syrian government."
    mention = MentionFacts(
        span=span_of(text, "a negotiator for the Syrian government"),
        kind="description",
        head="negotiator",
        modifiers=(span_of(text, "for the Syrian government"),),
    )
    decision = typer.classify(EntityFacts("a negotiator", (mention,)))
    assert decision.type == "government"
    assert decision.affiliation is not None


def test_head_lemma_is_used_when_the_words_do_not_match(typer: SourceTyper) -> None:
    text = "The sentries said nothing."
    mention = MentionFacts(
        span=span_of(text, "The sentries"), kind="description", head="sentries",
        head_lemma="soldier",
    )
    assert typer.classify(EntityFacts("The sentries", (mention,))).type == "military"


def test_evidence_spans_are_exact_slices_of_the_text(typer: SourceTyper) -> None:
    text = (
        "A spokesman for the Pentagon, a U.S. defense official who asked not to be named, said "
        "the Islamic State fighters had fled."
    )
    facts = entity(
        text, "A spokesman for the Pentagon",
        descriptors=("a U.S. defense official who asked not to be named",),
    )
    decision = typer.classify(facts)
    assert decision.type == "military"
    assert decision.anonymous
    for ev in decision.evidence:
        assert isinstance(ev, TypeEvidence)
        if ev.span is not None:
            assert text[ev.span.start : ev.span.end] == ev.span.text


def test_decisions_are_frozen(classify: Classify) -> None:
    decision = classify("The army said so.", "The army")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        decision.type = "citizen"  # type: ignore[misc]


def test_typing_is_fast(typer: SourceTyper) -> None:
    text = (
        "The Syrian Observatory for Human Rights, a Britain-based war monitor, reported a senior "
        "official at the defence ministry had fled."
    )
    facts = entity(
        text,
        "The Syrian Observatory for Human Rights",
        "a senior official at the defence ministry",
        descriptors=("a Britain-based war monitor",),
    )
    typer.classify(facts)
    start = time.perf_counter()
    for _ in range(500):
        typer.classify(facts)
    per_entity = (time.perf_counter() - start) / 500
    assert per_entity < 0.002, f"{per_entity * 1e6:.0f} µs per entity"


# -- Python rules ---------------------------------------------------------------------------
def _with_rule(rule: object) -> SourceTyper:
    def register(registry: RuleRegistry) -> None:
        registry.add_rule(rule, name="test-rule")  # type: ignore[arg-type]

    return SourceTyper(load_rules(entry_points=False, plugins=[register]))


def test_a_python_rule_votes_with_its_priority() -> None:
    def everyone_is_media(facts: EntityFacts, taxonomy: Taxonomy) -> list[TypeEvidence]:
        assert "media" in taxonomy
        return [TypeEvidence("test:media", "media", facts.name, None, 95)]

    typer = _with_rule(everyone_is_media)
    decision = typer.classify(entity("The army said so.", "The army"))
    assert decision.type == "media"
    assert [e.rule for e in decision.evidence] == ["test:media", "builtin:head:army"]


def test_a_python_rule_voting_for_an_unknown_type_is_a_plugin_error() -> None:
    def bad(facts: EntityFacts, taxonomy: Taxonomy) -> list[TypeEvidence]:
        return [TypeEvidence("test:bad", "wizard", facts.name)]

    with pytest.raises(PluginError, match="unknown type 'wizard'"):
        _with_rule(bad).classify(entity("The army said so.", "The army"))


def test_default_typer_is_built_once() -> None:
    assert SourceTyper.default() is SourceTyper.default()
    assert SourceTyper.default().rules.packs[0].name == "builtin"
