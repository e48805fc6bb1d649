"""Sample claim-attribution plugin: public-health authorities as a source type.

Declared in this package's ``pyproject.toml``::

    [project.entry-points."attribution.source_rules"]
    health = "attribution_health_sample:register"
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources

from attribution._model import Span, TypeEvidence
from attribution.sources import EntityFacts, RuleRegistry, Taxonomy

__all__ = ["HEALTH_WORDS", "health_role_rule", "register"]

HEALTH_WORDS = frozenset(
    {"health", "disease", "diseases", "epidemic", "outbreak", "vaccine", "vaccines", "virus",
     "zika", "ebola", "flu", "influenza", "epidemiologist", "epidemiology"}
)
ROLE_WORDS = frozenset(
    {"official", "officials", "spokesman", "spokeswoman", "spokesperson", "director", "chief",
     "head", "expert", "experts"}
)


def health_role_rule(facts: EntityFacts, taxonomy: Taxonomy) -> Iterator[TypeEvidence]:
    """A role word next to a health word ("the agency's outbreak chief", "a vaccine official",
    "the official in charge of the Zika response") marks a public-health authority."""
    spans: list[Span] = [m.span for m in facts.mentions if m.kind != "pronoun"]
    spans.extend(facts.descriptors)
    for span in spans:
        words = [w.strip(".,;:'\"()").lower() for w in span.text.split()]
        if ROLE_WORDS.intersection(words) and HEALTH_WORDS.intersection(words):
            yield TypeEvidence(
                rule="health-sample:rule:health-role",
                type="health_authority",
                text=span.text,
                span=span,
                priority=75,
            )


def register(registry: RuleRegistry) -> None:
    """Add ``health_authority`` under ``government``, the rule pack and the Python rule."""
    registry.add_type(
        "health_authority",
        parent="government",
        description="Public-health ministries, agencies and their officials.",
    )
    registry.add_rule_file(resources.files(__name__).joinpath("health.toml"))
    registry.add_rule(health_role_rule, name="health-role")
