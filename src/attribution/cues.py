"""Attribution cues: the reporting-verb lexicon and the phrases that mark a report.

The lexicon lives in ``data/cues.toml``; this module reads it (once, on first use) into a
typed :class:`CueLexicon` and finds cue words in a parsed sentence.
"""

from __future__ import annotations

import functools
import itertools
import sys
from collections.abc import Iterator, Mapping, Sequence
from importlib import resources
from typing import Any, cast

from attrs import frozen

from ._model import Channel, Stance
from ._parsed import Sentence, Token

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib

__all__ = ["CueLexicon", "VerbCue", "find_verb_cues", "lexicon"]


@frozen
class VerbCue:
    """A reporting verb entry.

    Attributes:
        lemma: The verb's lemma.
        stance: neutral, assertive, distancing or hedging.
        content: Extra dependency relations that may hold the content ("obj", "xcomp").
        attitude: A verb of wanting, believing or taking sides ("want", "support") rather than
            of saying: it is not a report when it modifies a noun ("voters who want change")
            or sits inside another report's content ("she said she supports X").
        siding: An attitude verb of taking sides ("back", "oppose"): with an object, a
            restrictive relative clause or participle of it still reports a stance ("the
            unions that endorsed the mayor", "groups backing the levy").
        clause: False for a verb whose content is only one of its prepositional phrases
            ("spoke about X", "voted for X"): it takes no reported clause.
        strict: True for a verb that reports only through its own complements ("maintained
            that X"), never through a clause the parse hung elsewhere: with an object it
            means something else ("maintains a lead").
        particle: A particle the verb needs to report ("shot back", "fired back"), or None:
            without it the verb is no cue ("fired the staff").
    """

    lemma: str
    stance: Stance
    content: frozenset[str]
    attitude: bool = False
    siding: bool = False
    clause: bool = True
    strict: bool = False
    particle: str | None = None


@frozen
class CueLexicon:
    """Everything the extractors know about cue words.

    Attributes:
        verbs: Reporting verbs by lemma.
        adjectives: Adjectives of stance or feeling that take a content ("concerned about",
            "confident that"), with the same fields as verbs.
        report_nouns: Nouns that carry a content of their own ("his criticism of X", "the
            claim that X", "her promise to X"), with the same fields as verbs; their
            ``content`` lists "nmod:PREP" and "acl" relations.
        nouns: Report nouns ("statement") and the channel each implies.
        channels: Channel -> words that reveal it near a cue.
        source_phrases: Phrases whose object is the source ("according to").
        view_nouns: Nouns of a view whose possessor is the source of the clause they modify
            with "in" ("in his view", "in Roe's words").
        in_sources: Nouns of findings that are the source of a clause they modify with "in"
            ("In a Gallup poll, 50 percent chose X").
        discourse_markers: Lower-cased set phrases with a cue word that report nothing when
            punctuation or the sentence's ends set them off ("all told", "you know").
        made_adjectives: Adjectives that are cues only as what "make" makes of its object
            ("made it clear that X"; not "it is clear that X").
        as_it_verbs: Verbs that are cues only in an as-clause with the object "it" ("as
            Roe put it, X").
        hedge_adverbs: Adverbs that hedge a claim ("reportedly").
        reportative_adverbs: Those of *hedge_adverbs* that say the claim is someone else's
            ("reportedly", "purportedly"): a report by no one named, like "It is believed".
        hedge_modals: Modal verbs that hedge ("may").
        hedge_verbs: Verbs that hedge ("appear", "seem").
        impersonal: Verbs that form impersonal passives ("It is believed").
        evidential_verbs: Verbs of appearance ("seem", "appear"): "X seems to Y" is a hedged
            report by no one named, like an impersonal passive.
        light_verbs: Verbs whose subject is the source of a report noun they take as object
            ("made a call for", "voiced concern about").
        own_stance_verbs: Verbs whose subject holds a report noun marked with the subject's
            own possessive pronoun ("ratcheted up his attacks on X").
        recipient_verbs: Verbs whose subject is the content of a report noun they take as
            object, the noun's "from"/"of" phrase its source ("won the endorsement of X").
        time_words: Nouns of time ("Thursday", "days", "week") that a parse may take for the
            subject of a cue ("Just days later, the company said ..."); they name no speaker.
        addressed_verbs: Verbs of telling ("tell", "inform"): after them comes whom, not who.
        naming_verbs: Verbs of naming ("call", "dub"): "a group called X" reports nothing.
        predicating_verbs: Verbs that predicate something of their object ("called him a
            liar"): the one named belongs to the content.
        inverting_verbs: Verbs of saying that may follow their content with no comma.
        holding_verbs: Verbs whose subject holds a stance noun's object ("has the backing
            of X").
        inquiry_nouns: Nouns of inquiries ("poll", "study"): what they "find" is a finding.
        not_speakers: Lower-cased labels before a colon that name no speaker ("UPDATE").
        headline_sources: Those of *not_speakers* that may still be a headline's source.
        poll_participles: Participles that describe the people a poll asked ("surveyed").
    """

    verbs: Mapping[str, VerbCue]
    adjectives: Mapping[str, VerbCue]
    report_nouns: Mapping[str, VerbCue]
    nouns: Mapping[str, Channel]
    channels: Mapping[Channel, tuple[str, ...]]
    source_phrases: tuple[str, ...]
    hedge_adverbs: frozenset[str]
    hedge_modals: frozenset[str]
    hedge_verbs: frozenset[str]
    impersonal: frozenset[str]
    evidential_verbs: frozenset[str] = frozenset()
    reportative_adverbs: frozenset[str] = frozenset()
    time_words: frozenset[str] = frozenset()
    light_verbs: frozenset[str] = frozenset()
    own_stance_verbs: frozenset[str] = frozenset()
    recipient_verbs: frozenset[str] = frozenset()
    in_sources: frozenset[str] = frozenset()
    view_nouns: frozenset[str] = frozenset()
    discourse_markers: tuple[tuple[str, ...], ...] = ()
    made_adjectives: frozenset[str] = frozenset()
    as_it_verbs: frozenset[str] = frozenset()
    addressed_verbs: frozenset[str] = frozenset()
    naming_verbs: frozenset[str] = frozenset()
    predicating_verbs: frozenset[str] = frozenset()
    inverting_verbs: frozenset[str] = frozenset()
    holding_verbs: frozenset[str] = frozenset()
    inquiry_nouns: frozenset[str] = frozenset()
    not_speakers: frozenset[str] = frozenset()
    headline_sources: frozenset[str] = frozenset()
    poll_participles: frozenset[str] = frozenset()

    @classmethod
    def from_toml(cls, data: Mapping[str, Any]) -> CueLexicon:
        def table(name: str) -> dict[str, VerbCue]:
            return {
                lemma: VerbCue(lemma, cast(Stance, entry.get("stance", "neutral")),
                               frozenset(entry.get("content", ())), bool(entry.get("attitude")),
                               bool(entry.get("siding")), bool(entry.get("clause", True)),
                               bool(entry.get("strict")), entry.get("particle"))
                for lemma, entry in data.get(name, {}).items()
                if isinstance(entry, Mapping)
            }

        verbs = table("verbs")
        hedges = data.get("hedges", {})
        verb_classes = data.get("verb_classes", {})
        noun_classes = data.get("noun_classes", {})
        return cls(
            verbs=verbs,
            adjectives=table("adjectives"),
            report_nouns=table("report_nouns"),
            nouns={k: cast(Channel, v["channel"]) for k, v in data.get("nouns", {}).items()},
            channels={cast(Channel, k): tuple(v) for k, v in data.get("channels", {}).items()},
            source_phrases=tuple(data.get("phrases", {}).get("source_phrases", ())),
            hedge_adverbs=frozenset(hedges.get("adverbs", ())),
            hedge_modals=frozenset(hedges.get("modals", ())),
            hedge_verbs=frozenset(hedges.get("verbs", ())),
            impersonal=frozenset(hedges.get("impersonal", ())),
            evidential_verbs=frozenset(hedges.get("evidential", ())),
            reportative_adverbs=frozenset(hedges.get("reportative", ())),
            time_words=frozenset(data.get("sources", {}).get("time_words", ())),
            light_verbs=frozenset(data.get("report_nouns", {}).get("light_verbs", ())),
            own_stance_verbs=frozenset(data.get("report_nouns", {}).get("own_stance", ())),
            recipient_verbs=frozenset(data.get("report_nouns", {}).get("recipient_verbs", ())),
            in_sources=frozenset(data.get("phrases", {}).get("in_sources", ())),
            view_nouns=frozenset(data.get("phrases", {}).get("view_nouns", ())),
            discourse_markers=tuple(tuple(p.lower().split()) for p in data.get(
                "phrases", {}).get("discourse_markers", ())),
            made_adjectives=frozenset(data.get("phrases", {}).get("made_adjectives", ())),
            as_it_verbs=frozenset(data.get("phrases", {}).get("as_it_verbs", ())),
            addressed_verbs=frozenset(verb_classes.get("addressed", ())),
            naming_verbs=frozenset(verb_classes.get("naming", ())),
            predicating_verbs=frozenset(verb_classes.get("predicating", ())),
            inverting_verbs=frozenset(verb_classes.get("inverting", ())),
            holding_verbs=frozenset(verb_classes.get("holding", ())),
            inquiry_nouns=frozenset(noun_classes.get("inquiries", ())),
            not_speakers=frozenset(noun_classes.get("not_speakers", ())),
            headline_sources=frozenset(noun_classes.get("headline_sources", ())),
            poll_participles=frozenset(noun_classes.get("poll_participles", ())),
        )

    @functools.cached_property
    def trigger_forms(self) -> frozenset[str]:
        """Lower-case word forms that may start an attribution or a hedge.

        A superset of what the extractors can use: every inflection of every reporting verb,
        "according", hedge adverbs and modals. A sentence with none of them needs no parse.
        """
        return frozenset({"according", *self.hedge_adverbs, *self.hedge_modals,
                          *self.adjectives, *self._report_noun_forms, *self._verb_forms})

    @functools.cached_property
    def _inflected_verbs(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for lemma in sorted(self.verbs):
            for form in _inflections(lemma) - {lemma, lemma + "ing", lemma[:-1] + "ing"}:
                out.setdefault(form, lemma)
        return out

    @functools.cached_property
    def _verb_lemma_of_form(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for lemma in sorted(self.verbs):
            for form in _inflections(lemma):
                out.setdefault(form, lemma)
        return out

    def verb_lemma(self, word: str, lemma: str) -> str:
        """The lexicon lemma of a word tagged as a verb: its own *lemma* when the lexicon
        has it, else the reporting verb its form inflects ("touted" -> "tout", "urging" ->
        "urge"), which mends a lemmatizer slip ("toute"); else *lemma* unchanged."""
        lemma = lemma.lower()
        if lemma in self.verbs:
            return lemma
        return self._verb_lemma_of_form.get(word.lower(), lemma)

    def verb_of_form(self, word: str) -> str | None:
        """The reporting verb that *word* inflects ("concludes" -> "conclude"), or None.

        Only marked forms count (-s, -ed, irregular pasts), not the bare lemma or -ing
        forms, which are as often nouns ("report", "a warning").
        """
        return self._inflected_verbs.get(word.lower())

    def might_attribute(self, words: Sequence[str]) -> bool:
        """Whether a sentence with these words may hold a cue or hedge (see trigger_forms)."""
        forms = self.trigger_forms
        return any(w.lower() in forms for w in words) or self._in_finding(words) or (
            _colon_before_quote(words)) or self._as_it(words)

    @functools.cached_property
    def _as_it_forms(self) -> frozenset[str]:
        return frozenset(f for lemma in self.as_it_verbs for f in _inflections(lemma))

    def _as_it(self, words: Sequence[str]) -> bool:
        """A form of an as_it_verbs verb followed by "it" ("as Roe put it")."""
        forms = self._as_it_forms
        return any(w.lower() in forms and nxt.lower() == "it"
                   for w, nxt in itertools.pairwise(words))

    @functools.cached_property
    def _in_source_forms(self) -> frozenset[str]:
        return frozenset(f for noun in self.in_sources for f in (noun, noun + "s"))

    def _in_finding(self, words: Sequence[str]) -> bool:
        """"in" followed closely by a noun of findings ("in a Gallup poll", "in the polls")
        or of a view ("in his view")."""
        low = [w.lower() for w in words]
        forms, views = self._in_source_forms, self.view_nouns
        return any(w == "in" and (any(x in forms for x in low[i + 1 : i + 8])
                                  or any(x in views for x in low[i + 2 : i + 6]))
                   for i, w in enumerate(low))

    @functools.cached_property
    def _verb_forms(self) -> frozenset[str]:
        forms: set[str] = set()
        for lemma in {*self.verbs, *self.hedge_verbs, *self.impersonal}:
            forms.update(_inflections(lemma))
        return frozenset(forms)

    @functools.cached_property
    def _report_noun_forms(self) -> frozenset[str]:
        return frozenset(f for noun in self.report_nouns for f in (noun, noun + "s", noun + "es"))

    def might_attribute_tagged(self, words: Sequence[str], upos: Sequence[str]) -> bool:
        """Like :meth:`might_attribute`, once the words are tagged: a word counts only in a
        part of speech that can carry a cue ("states" as a verb, not as a noun), so that only
        these sentences need lemmas and a dependency parse.

        A marked verb form tagged as a noun still counts ("..., Viguerie concludes.").
        """
        always = {"according", *self.hedge_adverbs}
        for k, (word, tag) in enumerate(zip(words, upos, strict=True)):
            low = word.lower()
            if low in always:
                return True
            if low in ("say", "says") and k > 0 and (
                upos[k - 1] == "NUM" or words[k - 1].lower() in ("half", "percent", "%")
            ):
                return True  # "Six in 10 say ...": poll copy, whatever the tag of "say"
            if tag in ("VERB", "AUX") and (low in self._verb_forms or low in self.hedge_modals):
                return True
            if tag in ("ADJ", "VERB") and low in self.adjectives:
                return True
            if tag in ("NOUN", "PROPN", "ADJ", "X") and self.verb_of_form(low) is not None:
                return True
            if tag == "NOUN" and low in self._report_noun_forms:
                return True
        return self._in_finding(words) or _colon_before_quote(words) or self._as_it(words)

    def channel_of(self, words: str) -> Channel | None:
        """The channel that a stretch of text around a cue reveals, if any."""
        low = f" {words.lower()} "
        for channel, keys in self.channels.items():
            for key in keys:
                if f" {key} " in low or f" {key}," in low or f" {key}." in low:
                    return channel
        return None


_IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("said",), "tell": ("told",), "write": ("wrote", "written"),
    "think": ("thought",), "know": ("knew", "known"), "find": ("found",), "show": ("shown",),
    "feel": ("felt",), "hold": ("held",), "swear": ("swore", "sworn"),
    "understand": ("understood",), "speak": ("spoke", "spoken"), "learn": ("learnt",),
    "forecast": ("forecasted",), "read": (), "tweet": ("twote",), "seek": ("sought",),
    "see": ("saw", "seen"), "foresee": ("foresaw", "foreseen"), "shoot": ("shot",),
    "dwell": ("dwelt",),
}
_VOWELS = set("aeiou")


def _colon_before_quote(words: Sequence[str]) -> bool:
    """A colon that opens a quotation ('... a blunt verdict: "..."'), or ends the sentence
    (the quotation may follow in the next one)."""
    return bool(words) and (words[-1] == ":" or any(
        w == ":" and nxt in ('"', "“", "``", "''") for w, nxt in itertools.pairwise(words)))


def _inflections(lemma: str) -> set[str]:
    """Regular and listed irregular forms of an English verb (over-generating is harmless)."""
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    forms.update(_IRREGULAR.get(lemma, ()))
    if lemma.endswith("e"):
        forms.add(lemma[:-1] + "ing")
    if lemma.endswith("y") and lemma[-2:-1] not in _VOWELS:
        forms.update({lemma[:-1] + "ied", lemma[:-1] + "ies"})
    if len(lemma) >= 3 and lemma[-1] not in _VOWELS | {"w", "x", "y"} and (
        lemma[-2] in _VOWELS and lemma[-3] not in _VOWELS
    ):
        forms.update({lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"})
    return forms


@functools.lru_cache(maxsize=1)
def lexicon() -> CueLexicon:
    """The built-in cue lexicon (read from package data on first call)."""
    raw = (resources.files("attribution") / "data" / "cues.toml").read_bytes()
    return CueLexicon.from_toml(tomllib.loads(raw.decode("utf-8")))


def find_verb_cues(sentence: Sentence, lex: CueLexicon) -> Iterator[tuple[Token, VerbCue]]:
    """Reporting verbs in *sentence*: tokens tagged as verbs whose lemma is in the lexicon."""
    for token in sentence.tokens:
        if token.upos not in ("VERB",):
            continue
        entry = lex.verbs.get(lex.verb_lemma(token.text, token.lemma))
        if entry is not None:
            yield token, entry
