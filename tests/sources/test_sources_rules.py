"""Rule packs and the registry."""

from __future__ import annotations

from pathlib import Path

import pytest

from attribution._model import Span
from attribution.exceptions import PluginError, PluginLoadError, RuleFileError
from attribution.sources import (
    RULE_PACK_VERSION,
    WORD_LISTS,
    RuleRegistry,
    SourceTyper,
    Taxonomy,
    UnknownTypeError,
    load_rules,
)

GOOD = """\
version = 1
name = "farm"

[[types]]
id = "farm_lobby"
parent = "business"
description = "Agricultural industry groups."

[lexicon]
farm_lobby = ["farm lobby", "growers association"]
citizen = ["army"]

[[relational]]
fallback = "farm_lobby"
terms = ["farm spokesman"]

[titles]
expert = ["Agronomist"]

[[gazetteer]]
name = "National Farmers Union"
aliases = ["NFU"]
type = "farm_lobby"
kind = "organization"
source = "organisation's own name"

[anonymous]
heads = ["grower"]
phrases = ["off the record"]
"""


def typed(typer: SourceTyper, words: str) -> str:
    return typer.classify_text(Span(0, len(words), words)).type


def test_a_rule_pack_adds_types_and_entries_and_overrides_builtins(tmp_path: Path) -> None:
    pack = tmp_path / "farm.toml"
    pack.write_text(GOOD, encoding="utf-8")
    rules = load_rules(entry_points=False, rule_files=[pack])
    assert rules.taxonomy.path("farm_lobby") == ("business", "farm_lobby")
    assert rules.packs[-1].name == "farm"
    assert rules.packs[-1].origin == str(pack)
    typer = SourceTyper(rules)
    assert typed(typer, "the farm lobby") == "farm_lobby"
    assert typed(typer, "the NFU") == "farm_lobby"
    assert typed(typer, "a farm spokesman") == "farm_lobby"
    assert typed(typer, "Agronomist Jane Roe") == "expert"
    assert typed(typer, "the army") == "citizen"  # a later entry replaces the built-in one
    decision = typer.classify_text(Span(0, 7, "the NFU"))
    assert decision.evidence[0].rule == "farm:gazetteer:National Farmers Union"
    assert typer.classify_text(Span(0, 15, "several growers")).anonymous
    assert typed(SourceTyper.default(), "the army") == "military"


def test_a_directory_stands_for_its_toml_files(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a rule pack", encoding="utf-8")
    rules = load_rules(entry_points=False, rule_files=[tmp_path])
    assert "farm_lobby" in rules.taxonomy


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        ('name = "x"\n', "missing 'version'", None),
        ("version = 2\n", "unsupported version 2", 1),
        ('version = 1\nname = "x"\nname = "y"\n', "not valid TOML", 3),
        ('version = 1\n\n[lexicon]\nwizard = ["mage"]\n', "unknown source type 'wizard'", 4),
        ('version = 1\n[[gazetteer]]\nname = "Acme"\ntype = "business"\n',
         "needs a 'source' note", 3),
        ('version = 1\nrulez = 3\n', "unknown key 'rulez'", 2),
        ('version = 1\n[lexicon]\nmedia = [3]\n', "must be a string or a list of strings", None),
        ('version = 1\n[[gazetteer]]\nname = "Acme"\ntype = "business"\nsource = "x"\n'
         'kind = "robot"\n', "'kind' must be organization or person", 3),
        ('version = 1\n[[types]]\nid = "Bad Id"\n', "invalid type id", None),
        ('version = 1\n[words]\nwizards = ["mage"]\n', "unknown word list 'wizards'", 3),
        ('version = 1\nwords = 3\n', "[words] must be a table", 2),
    ],
)
def test_bad_rule_files_raise_rule_file_error_naming_file_and_line(
    tmp_path: Path, text: str, message: str, line: int | None
) -> None:
    pack = tmp_path / "bad.toml"
    pack.write_text(text, encoding="utf-8")
    with pytest.raises(RuleFileError) as info:
        load_rules(entry_points=False, rule_files=[pack])
    assert isinstance(info.value, PluginError)
    assert str(pack) in str(info.value)
    assert message in str(info.value)
    if line is not None:
        assert f"line {line}" in str(info.value)


def test_a_missing_rule_file_is_a_rule_file_error(tmp_path: Path) -> None:
    with pytest.raises(RuleFileError, match="cannot be read"):
        load_rules(entry_points=False, rule_files=[tmp_path / "absent.toml"])


def test_the_rule_pack_version_is_one() -> None:
    assert RULE_PACK_VERSION == 1


def test_registry_checks_types_when_entries_are_added() -> None:
    registry = RuleRegistry(Taxonomy.default())
    with pytest.raises(UnknownTypeError):
        registry.add_lexicon("wizard", ["mage"])
    with pytest.raises(UnknownTypeError):
        registry.add_relational(["aide"], fallback="wizard")
    with pytest.raises(ValueError, match="non-empty string"):
        registry.add_lexicon("media", [""])
    with pytest.raises(TypeError, match="callable"):
        registry.add_rule("not a rule")  # type: ignore[arg-type]
    registry.add_type("wizard", None, "Wizards.")
    registry.add_lexicon("wizard", "mage")
    registry.add_gazetteer("Merlin", "wizard", ["the Enchanter"], kind="person", source="legend")
    rules = registry.build()
    assert rules.lexicon[-1].phrase == "mage"
    assert rules.gazetteer[-1].aliases == ("the Enchanter",)
    typer = SourceTyper(rules)
    assert typed(typer, "the Enchanter") == "wizard"
    assert typed(typer, "two mages") == "wizard"  # plural of the last word


def test_a_rule_file_error_inside_a_plugin_is_not_rewrapped(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("version = 9\n", encoding="utf-8")

    def register(registry: RuleRegistry) -> None:
        registry.add_rule_file(bad)

    with pytest.raises(RuleFileError):
        load_rules(entry_points=False, plugins=[register])

    def broken(registry: RuleRegistry) -> None:
        registry.add_lexicon("wizard", ["mage"])

    with pytest.raises(PluginLoadError, match="unknown source type 'wizard'"):
        load_rules(entry_points=False, plugins=[broken])


def test_word_lists_are_rule_data_that_packs_extend(tmp_path: Path) -> None:
    builtin = load_rules(entry_points=False)
    for name in WORD_LISTS:
        assert builtin.word_list(name), name  # every list has built-in words
    assert "former" in builtin.word_list("past")
    assert "county" in builtin.word_list("place_heads")
    with pytest.raises(KeyError, match="unknown word list"):
        builtin.word_list("wizards")
    text = "Pentagon naysayers said the jet would fail."
    mention = Span.from_text(text, 0, 18)
    assert SourceTyper(builtin).classify_text(mention).type == "military"
    pack = tmp_path / "naysayers.toml"
    pack.write_text('version = 1\n[words]\nadversaries = ["naysayer", "Naysayers"]\n',
                    encoding="utf-8")
    extended = load_rules(entry_points=False, rule_files=[pack])
    assert {"naysayers", "critics"} <= extended.word_list("adversaries")
    # people named by whom they oppose do not speak for it
    assert SourceTyper(extended).classify_text(mention).type == "unknown"
    registry = RuleRegistry(Taxonomy.default())
    with pytest.raises(ValueError, match="unknown word list"):
        registry.add_words("wizards", ["mage"])
    registry.add_words("place_heads", ["Hamlet"])
    assert registry.build().word_list("place_heads") == {"hamlet"}
