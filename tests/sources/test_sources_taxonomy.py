from __future__ import annotations

import pytest

from attribution.sources import DEFAULT_TYPES, Taxonomy, TypeInfo, UnknownTypeError

DEFAULT_IDS = {
    "government", "military", "political", "opposition", "armed_group", "ngo", "monitor",
    "international_organization", "media", "expert", "business", "citizen", "document",
    "unknown",
}


def test_default_taxonomy_has_the_documented_types_with_descriptions() -> None:
    tax = Taxonomy.default()
    assert set(tax) == DEFAULT_IDS
    assert len(tax) == len(DEFAULT_TYPES) == 14
    assert all(tax.description(t) for t in tax)


@pytest.mark.parametrize(
    ("type_id", "path"),
    [
        ("military", ("government", "military")),
        ("opposition", ("political", "opposition")),
        ("monitor", ("ngo", "monitor")),
        ("government", ("government",)),
        ("unknown", ("unknown",)),
    ],
)
def test_path_is_most_general_first(type_id: str, path: tuple[str, ...]) -> None:
    assert Taxonomy.default().path(type_id) == path


def test_is_a_parent_children_depth() -> None:
    tax = Taxonomy.default()
    assert tax.is_a("military", "government")
    assert tax.is_a("military", "military")
    assert not tax.is_a("government", "military")
    assert not tax.is_a("monitor", "government")
    assert tax.parent("monitor") == "ngo"
    assert tax.parent("ngo") is None
    assert tax.children("political") == ("opposition",)
    assert tax.children("citizen") == ()
    assert tax.depth("opposition") == 1
    assert tax["military"] == TypeInfo("military", "government", tax.description("military"))


def test_unknown_ids_raise_a_key_error_naming_the_known_types() -> None:
    tax = Taxonomy.default()
    for call in (tax.path, tax.parent, tax.children, tax.description):
        with pytest.raises(UnknownTypeError) as info:
            call("militia")
        assert isinstance(info.value, KeyError)
        assert info.value.type_id == "militia"
        assert "unknown source type 'militia'" in str(info.value)
        assert "military" in str(info.value)
    with pytest.raises(UnknownTypeError):
        tax.is_a("military", "army")
    with pytest.raises(UnknownTypeError):
        tax.add("health_authority", parent="nope")


def test_add_returns_a_new_taxonomy_and_leaves_the_old_one_alone() -> None:
    tax = Taxonomy.default()
    bigger = tax.add("health_authority", "government", "Public-health agencies.")
    assert "health_authority" not in tax
    assert bigger.path("health_authority") == ("government", "health_authority")
    assert bigger.children("government") == ("military", "health_authority")
    assert bigger.is_a("health_authority", "government")
    top = bigger.add("religious", None, "Religious bodies.")
    assert top.path("religious") == ("religious",)


def test_adding_an_existing_type_again_is_idempotent_but_reparenting_fails() -> None:
    tax = Taxonomy.default()
    assert tax.add("military", "government").types == tax.types
    with pytest.raises(ValueError, match="already exists under 'government'"):
        tax.add("military", "political")


@pytest.mark.parametrize("bad", ["Military", "2fast", "with space", "", "a-b"])
def test_type_ids_are_checked(bad: str) -> None:
    with pytest.raises(ValueError, match="invalid type id"):
        Taxonomy.default().add(bad, None)


def test_a_taxonomy_is_immutable_and_rejects_cycles() -> None:
    tax = Taxonomy.default()
    with pytest.raises(TypeError):
        tax.types["x"] = TypeInfo("x")  # type: ignore[index]
    with pytest.raises(ValueError, match="its own ancestor"):
        Taxonomy({"a": TypeInfo("a", "b"), "b": TypeInfo("b", "a")})
    with pytest.raises(UnknownTypeError):
        Taxonomy({"a": TypeInfo("a", "missing")})
