"""Coreference of source mentions (attribution.coref) on sentences written for these tests."""

from __future__ import annotations

from attribution.coref import Mention, mention_kind, resolve


def _mentions(text: str, *phrases: str, heads: tuple[str, ...] = ()) -> list[Mention]:
    out = []
    start = 0
    for n, words in enumerate(phrases):
        at = text.index(words, start)
        start = at + len(words)
        head = heads[n] if n < len(heads) else words.split()[-1]
        out.append(Mention(at, start, words, mention_kind(words, False, False), head))
    return out


def test_he_skips_a_source_known_only_by_a_description_of_a_thing() -> None:
    text = ("Jane Roe said the plan works. The ad claims the rival lied. "
            "He said the ad was fair.")
    mentions = _mentions(text, "Jane Roe", "The ad", "He")
    # "Jane Roe" reads as a person's name: "he" may join it (no gender check), not the ad
    resolve(mentions, text)
    assert mentions[2].entity == mentions[0].entity != mentions[1].entity


def test_he_joins_a_description_of_a_person_but_not_of_a_thing() -> None:
    text = "The negotiator said so. He added more."
    mentions = _mentions(text, "The negotiator", "He")
    resolve(mentions, text)
    assert mentions[1].entity == mentions[0].entity
    text = "The ruling said so. He added more."
    mentions = _mentions(text, "The ruling", "He")
    resolve(mentions, text)
    assert mentions[1].entity != mentions[0].entity
    text = "The ruling said so. It was clear."
    mentions = _mentions(text, "The ruling", "It")
    resolve(mentions, text)
    assert mentions[1].entity == mentions[0].entity  # "it" still may


def test_a_capitalised_description_of_a_person_takes_he_not_it() -> None:
    text = "The Independent Vermont senator said so. It was a long day. The senator agreed."
    mentions = _mentions(text, "The Independent Vermont senator", "It", "The senator")
    resolve(mentions, text)
    assert mentions[0].kind == "name"
    assert mentions[1].entity != mentions[0].entity
    assert mentions[2].entity == mentions[0].entity


def test_you_never_joins_an_earlier_source() -> None:
    text = "Jane Roe said the plan works. “You never know,” she added. Your vote counts."
    mentions = _mentions(text, "Jane Roe", "You", "she", "Your")
    resolve(mentions, text)
    assert mentions[1].kind == mentions[3].kind == "pronoun"
    assert mentions[2].entity == mentions[0].entity
    assert len({mentions[0].entity, mentions[1].entity, mentions[3].entity}) == 3


def test_an_indefinite_description_after_a_name_and_a_comma_is_its_apposition() -> None:
    text = ("“We will win,” said Jane Roe, a Democratic pollster who worked on the race. "
            "Tom Farrow said no. A pollster in Ohio, a retired teacher, disagreed.")
    mentions = _mentions(text, "Jane Roe", "a Democratic pollster", "Tom Farrow",
                         "A pollster in Ohio", "a retired teacher")
    resolve(mentions, text)
    assert mentions[1].kind == "name"  # capitalised words: still an apposition
    assert mentions[1].entity == mentions[0].entity
    assert mentions[3].entity != mentions[2].entity  # no comma between: a new source
    assert mentions[4].entity not in (mentions[0].entity, mentions[2].entity)


def test_a_relative_pronoun_standing_for_an_apposition_joins_the_name() -> None:
    text = "“We will win,” said Jane Roe, a Democratic pollster who worked on the race."
    noun = text.index("a Democratic pollster")
    who = text.index("who")
    mentions = _mentions(text, "Jane Roe")
    mentions.append(Mention(who, who + 3, "who", "pronoun", "who",
                            relative_to=(noun, noun + len("a Democratic pollster"))))
    resolve(mentions, text)
    assert mentions[1].entity == mentions[0].entity


def test_a_name_after_an_indefinite_description_opening_a_sentence_is_its_apposition() -> None:
    text = ("The polls closed late. A Democratic pollster, Jane Roe, said the count was slow. "
            "Roe added that turnout was low.")
    mentions = _mentions(text, "A Democratic pollster", "Jane Roe", "Roe")
    resolve(mentions, text)
    assert mentions[1].entity == mentions[0].entity == mentions[2].entity
    # mid-sentence, a description before a comma is another source's
    text = "According to a campaign aide, Jane Roe will not attend. Roe said so."
    mentions = _mentions(text, "a campaign aide", "Jane Roe", "Roe")
    resolve(mentions, text)
    assert mentions[1].entity != mentions[0].entity
    assert mentions[2].entity == mentions[1].entity
    # "A report," names no person: no apposition
    text = "A new report, Jane Roe said, overstates the cost."
    mentions = _mentions(text, "A new report", "Jane Roe")
    resolve(mentions, text)
    assert mentions[1].entity != mentions[0].entity


def test_an_indefinite_description_in_capitals_after_a_name_is_its_apposition() -> None:
    text = "JANE ROE, A DEMOCRATIC POLLSTER, SAID THE COUNT WAS SLOW."
    mentions = _mentions(text, "JANE ROE", "A DEMOCRATIC POLLSTER")
    resolve(mentions, text)
    assert mentions[1].entity == mentions[0].entity


def test_a_name_given_as_a_descriptor_is_a_name_of_the_source() -> None:
    text = "A Democratic pollster, Jane Roe, said the count was slow. Roe added more."
    name, later = text.index("Jane Roe"), text.rindex("Roe")
    mentions = [Mention(0, 21, "A Democratic pollster", "name", "pollster",
                        descriptors=((name, name + 8),)),
                Mention(later, later + 3, "Roe", "name", "Roe")]
    resolve(mentions, text)
    assert mentions[1].entity == mentions[0].entity
    # a descriptor that is a description, not a name, adds no name
    text = "Jane Roe, the Ohio Democratic Party chair, spoke. Ohio said no."
    ohio = text.index("Ohio said")
    mentions = [Mention(0, 8, "Jane Roe", "name", "Roe", descriptors=((10, 41),)),
                Mention(ohio, ohio + 4, "Ohio", "name", "Ohio")]
    resolve(mentions, text)
    assert mentions[1].entity != mentions[0].entity


def test_a_possessive_pronoun_stands_for_the_latest_named_person() -> None:
    from attribution.coref import possessive_antecedent

    text = ("Jane Roe spoke. The president said so. Lakeview Foundation agreed. "
            "An engineer said it works. Her aides said more.")
    mentions = _mentions(text, "Jane Roe", "The president", "Lakeview Foundation", "An engineer",
                         "Her aides", heads=("Roe", "president", "Foundation", "engineer",
                                                   "aides"))
    mentions[1].kind = "description"
    entities = resolve(mentions, text)
    assert mentions[1].entity != mentions[0].entity  # no coreference claimed between them
    # "Her" skips the company (no person) and the engineer (only just introduced): "The
    # president" is the latest person before it, and a description is all it has
    got = possessive_antecedent(entities, mentions, 4, text)
    assert got == 1
    # a name of the same entity is preferred to its description
    mentions[1].entity = mentions[0].entity
    entities[mentions[0].entity].mentions.append(1)
    assert possessive_antecedent(entities, mentions, 4, text) == 0
    # a mention that does not open with a possessive pronoun has no owner to find
    assert possessive_antecedent(entities, mentions, 3, text) is None


def _descriptors(text: str, mention: Mention) -> list[str]:
    return [text[a:b] for a, b in mention.descriptors]


def test_a_surname_takes_the_titled_first_mention_of_its_name() -> None:
    text = ("The agency sent a team to help Lakeview Mayor Jane Q. Roe, a Democrat elected in "
            "2014, with the cleanup. “We are grateful,” Roe said. Ms. Roe added more.")
    mentions = _mentions(text, "Roe", "Ms. Roe")
    mentions[0].start = text.index("Roe said")
    mentions[0].end = mentions[0].start + 3
    resolve(mentions, text)
    assert mentions[1].entity == mentions[0].entity
    assert _descriptors(text, mentions[0]) == ["Lakeview Mayor Jane Q. Roe",
                                               "a Democrat elected in 2014"]
    # "Secretary of State" is one title; lowercase role words before it count too
    text = ("Critics wrote to former Secretary of State Tom Farrow. "
            "The campaign's senior adviser Ann Lee replied. Farrow said no. Lee said yes.")
    mentions = _mentions(text, "Farrow", "Lee")
    for m, word in zip(mentions, ("Farrow said", "Lee said"), strict=True):
        m.start = text.index(word)
        m.end = m.start + len(word.split()[0])
    resolve(mentions, text)
    assert _descriptors(text, mentions[0]) == ["former Secretary of State Tom Farrow"]
    assert _descriptors(text, mentions[1]) == ["campaign's senior adviser Ann Lee"]


def test_no_fuller_mention_when_the_surname_is_shared_or_another_sources() -> None:
    # two people share the surname: "Roe" is left alone
    text = "Gov. Jane Roe met Tom Roe, her brother. Roe said it went well."
    at = text.index("Roe said")
    mentions = [Mention(at, at + 3, "Roe", "name", "Roe")]
    resolve(mentions, text)
    assert mentions[0].descriptors == ()
    # the fuller mention is another source's mention, or the name is a weekday
    text = "Sen. Tom Farrow spoke on Monday. Farrow agreed. Later Monday said no."
    mentions = _mentions(text, "Sen. Tom Farrow", "Farrow")
    mentions[1].kind = "name"
    mentions.append(Mention(text.rindex("Monday"), text.rindex("Monday") + 6, "Monday", "name",
                            "Monday"))
    resolve(mentions, text)
    assert [m.descriptors for m in mentions] == [(), (), ()]
    # a mention with a given name takes only a fuller mention with that given name
    text = "They asked Gov. Ann Roe about it. Jane Roe said no."
    mentions = _mentions(text, "Jane Roe")
    resolve(mentions, text)
    assert mentions[0].descriptors == ()


def _named_again(text: str, *phrases: str) -> list[str]:
    from attribution.coref import name_mentions

    mentions = _mentions(text, *phrases)
    entities = resolve(mentions, text)
    found = name_mentions(text, mentions, entities, {m.entity for m in mentions})
    return [text[a:b] for spans in found.values() for a, b in spans]


def test_a_source_named_again_by_surname_in_a_sentence_without_attribution() -> None:
    text = ("Jane Roe said taxes would rise. Later Roe toured a plant in Ohio. Roe's aides "
            "smiled. The Roe campaign and Roe allies cheered. Sen. Jane Roe left.")
    # the surname alone and the titled full name; not a possessor ("Roe's aides") nor a
    # modifier ("The Roe campaign", "Roe allies")
    assert _named_again(text, "Jane Roe") == ["Roe", "Jane Roe"]


def test_a_surname_two_people_share_is_nobody_s_further_mention() -> None:
    text = "Jane Roe said taxes would rise. Bill Roe said they would not. Roe left early."
    assert _named_again(text, "Jane Roe", "Bill Roe") == []
    text = "Jane Roe said taxes would rise. Bill Roe left early."
    assert _named_again(text, "Jane Roe") == []  # another given name: another person


def test_an_organisation_named_again_only_by_its_whole_name() -> None:
    text = "The Acme Group said sales fell. Acme Group shares slid. Acme hired staff."
    assert _named_again(text, "The Acme Group") == ["Acme Group"]


def test_a_plural_party_word_is_no_surname() -> None:
    text = "Democrats said taxes would rise. Democrats won the vote."
    assert _named_again(text, "Democrats") == []


def test_the_coref_word_lists_are_read_on_first_use_not_at_import() -> None:
    import subprocess
    import sys

    code = ("import attribution, attribution.coref as c; "
            "print(c._lexicon.cache_info().currsize); "
            "print(c.mention_kind('they', True, False), c._lexicon.cache_info().currsize)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "pronoun", "1"]
