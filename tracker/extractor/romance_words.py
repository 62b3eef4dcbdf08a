"""The shape every Romance lexicon has (lexicon_fr.py, lexicon_es.py), and the phrases of
one lexicon prepared once for the grammar (romance.py and its romance_* modules).

A third language plugs in with a module holding these names and a line in
``LANGUAGES``; the grammar does not change.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, fields
from functools import cache
from importlib import import_module

from ..models import Category, Qualifier
from .ru_text import Token

# language code -> the module of its words
LANGUAGES: dict[str, str] = {"fr": "lexicon_fr", "es": "lexicon_es"}

Phrase = tuple[str, ...]


@dataclass(frozen=True)
class Lexicon:
    """The names of a Romance lexicon module (each is documented there)."""

    CODE: str
    CASUALTY_STEMS: dict[str, Category]
    NOT_CASUALTY_STEMS: tuple[str, ...]
    CASUALTY_FORMS: dict[str, Category]
    VICTIM_WORDS: frozenset[str]
    PEOPLE_NOUNS: frozenset[str]
    NOT_PEOPLE_STEMS: tuple[str, ...]
    GROUP_STEMS: dict[str, str]
    BEFORE_NOUN: frozenset[str]
    OF_WORDS: frozenset[str]
    AUXILIARIES: frozenset[str]
    NUMBER_WORDS: dict[str, int]
    ONE_WORDS: frozenset[str]
    NUMBER_LINKS: frozenset[str]
    SCALES: dict[str, int]
    ABOUT_NUMBERS: dict[str, int]
    VAGUE_UNITS: dict[str, tuple[int, int]]
    VAGUE_MULTIPLIERS: dict[str, tuple[int, int]]
    VAGUE_SCALES: dict[str, int]
    QUALIFIERS_BEFORE: dict[str, Qualifier]
    UP_TO: str
    GROWTH_STEMS: tuple[str, ...]
    RANGE_OPENERS: dict[str, str]
    TOLL_NOUNS: frozenset[str]
    DEATH_TOLL_NOUNS: frozenset[str]
    TOLL_VERB_STEMS: tuple[str, ...]
    TOLL_FILLERS: frozenset[str]
    POINTING_BACK: frozenset[str]
    PART_PHRASES: tuple[str, ...]
    PART_AFTER: tuple[str, ...]
    ANOTHER: frozenset[str]
    ACCORDING: tuple[str, ...]
    CITING: tuple[str, ...]
    SAY_VERBS: frozenset[str]
    SPEAKER_PRONOUNS: frozenset[str]
    IMPERSONAL: frozenset[str]
    NOUN_LIKE_SAYS: frozenset[str]
    IDENTIFIED_STEMS: tuple[str, ...]
    WITHOUT_WORDS: frozenset[str]
    SHELTER_WORDS: frozenset[str]
    CASE_NOUNS: frozenset[str]
    RELATIVE_WORDS: frozenset[str]
    MEDIA_TITLES: frozenset[str]
    ALONE_WORDS: frozenset[str]
    SEVERE_WORDS: frozenset[str]
    TOLL_SAYS: frozenset[str]
    TOLL_SAY_LINKS: frozenset[str]
    EVENT_NOUNS: frozenset[str]
    EVENT_DAY_LINKS: frozenset[str]
    MAGNITUDE_WORDS: frozenset[str]
    CAPITAL_WORDS: frozenset[str]
    BODY_NOUNS: frozenset[str]
    DEFINITE_ARTICLES: frozenset[str]
    WHEREABOUTS: frozenset[str]
    UNKNOWN_STEMS: tuple[str, ...]
    FOUND_STEMS: tuple[str, ...]
    ALIVE_PHRASES: frozenset[str]
    GOING_ON: tuple[Phrase, ...]
    MINOR_WORDS: frozenset[str]
    TOLD: frozenset[str]
    REFER_BACK: tuple[str, ...]
    DOCUMENT_NOUNS: frozenset[str]
    REPORT_NOUNS: frozenset[str]
    OFFICIAL_WORDS: frozenset[str]
    OFFICIAL_SOURCE: str
    DETERMINERS: frozenset[str]
    NAME_LINKS: frozenset[str]
    NAME_STOPS: frozenset[str]
    MEDIA_WORDS: frozenset[str]
    PRONOUNS: frozenset[str]
    SAY_PHRASES: tuple[str, ...]
    GERUND_ENDINGS: tuple[str, ...]
    AGENT_WORDS: frozenset[str]
    COUNT_PARTICIPLES: tuple[str, ...]
    BARE_SPEAKERS: frozenset[str]
    PARTICIPLE_ENDINGS: tuple[str, ...]
    TIME_PREPOSITIONS: frozenset[str]
    TITLES: frozenset[str]
    GENERIC_SPEAKERS: frozenset[str]
    ADVERBIALS: frozenset[str]
    FILLERS: frozenset[str]
    CLAUSE_OPENERS: frozenset[str]
    MONTHS: dict[str, int]
    MONTH_LINKS: frozenset[str]
    WEEKDAYS: dict[str, int]
    FUTURE_WORDS: frozenset[str]
    RELATIVE_DAYS: dict[str, int]
    SINCE_WORDS: frozenset[str]
    EARLIER_MARKERS: frozenset[str]
    EARLIER_ADJECTIVES: frozenset[str]
    LATER_CONTRASTS: frozenset[str]
    LATER_WORDS: frozenset[str]
    TIME_SPANS: frozenset[str]
    LIST_JOINS: frozenset[str]
    OR_WORDS: frozenset[str]
    RANGE_TO_WORDS: frozenset[str]
    DAY_SPAN_OPENERS: frozenset[str]
    HEDGE_WORDS: frozenset[str]
    HEDGE_AFTER: frozenset[str]
    YEAR_PREPOSITIONS: frozenset[str]
    AS_OF_WORDS: frozenset[str]
    ABBREVIATIONS: frozenset[str]
    PLACE_PREPOSITIONS: frozenset[str]
    PLACE_KINDS: frozenset[str]
    COMPASS: frozenset[str]
    ORDINAL_SUFFIXES: frozenset[str]
    PLACE_LINKS: frozenset[str]
    PLACE_NAME_LINKS: frozenset[str]
    NOT_COUNTS_AFTER: frozenset[str]
    NOT_COUNTS_BEFORE: frozenset[str]
    GAP_NOUNS: frozenset[str]
    CHANGE_NOUNS: frozenset[str]
    DOCUMENT_MODIFIERS: frozenset[str]
    FEAR_SAYS: frozenset[str]
    SOURCE_WORDS: frozenset[str]


@dataclass(frozen=True)
class Phrases:
    """Phrases of words, looked up by their first or last word: one dictionary look-up a
    token instead of a loop over every phrase (the longest phrase is tried first)."""

    by_first: dict[str, tuple[Phrase, ...]]
    by_last: dict[str, tuple[Phrase, ...]]

    @classmethod
    def of(cls, phrases: Iterable[Phrase]) -> Phrases:
        by_first: dict[str, list[Phrase]] = {}
        by_last: dict[str, list[Phrase]] = {}
        for p in sorted(set(phrases), key=lambda p: (-len(p), p)):
            by_first.setdefault(p[0], []).append(p)
            by_last.setdefault(p[-1], []).append(p)
        return cls({k: tuple(v) for k, v in by_first.items()}, {k: tuple(v) for k, v in by_last.items()})

    def at(self, tokens: list[Token], k: int) -> Phrase | None:
        """The longest phrase that starts at token k."""
        if k >= len(tokens):
            return None
        for p in self.by_first.get(tokens[k].lower, ()):
            if k + len(p) <= len(tokens) and all(tokens[k + j].lower == w for j, w in enumerate(p)):
                return p
        return None

    def before(self, tokens: list[Token], k: int) -> Phrase | None:
        """The longest phrase that ends at token k - 1."""
        if k <= 0 or k > len(tokens):
            return None
        for p in self.by_last.get(tokens[k - 1].lower, ()):
            if k - len(p) >= 0 and all(tokens[k - len(p) + j].lower == w for j, w in enumerate(p)):
                return p
        return None


@dataclass(frozen=True)
class Grammar:
    """One lexicon with its phrases split into words and indexed, and its gate: the pattern
    a sentence must match to be read at all."""

    words: Lexicon
    qualifiers: Phrases
    qualifier_of: dict[Phrase, Qualifier]
    parts: Phrases
    parts_after: Phrases
    according: Phrases
    citing: Phrases
    refer_back: Phrases
    say_phrases: Phrases
    relative_days: Phrases
    days_back: dict[Phrase, int]
    first_words: frozenset[str]  # words that open a qualifier, a citing or a saying: no name's
    day_joins: frozenset[str]  # words between two days of a span ("y", "al", "et", "au")
    event_day_links: frozenset[str]  # words between an event's noun and its day ("del pasado sábado")
    or_links: frozenset[str]  # words between "or" and its second casualty word ("ou de sans-abri")
    gate: re.Pattern[str]
    boundary: re.Pattern[str]


def _split(items: Iterable[str]) -> list[Phrase]:
    return [tuple(p.split()) for p in items]


@cache
def grammar(code: str) -> Grammar:
    """The grammar of language ``code`` (one of ``LANGUAGES``), built once per process."""
    module = import_module(f".{LANGUAGES[code]}", __package__)
    words = Lexicon(**{f.name: getattr(module, f.name) for f in fields(Lexicon)})
    stems = sorted(words.CASUALTY_STEMS, key=len, reverse=True)
    # a toll noun of the dead alone opens a sentence too ("Le bilan s'est alourdi à 22")
    # and a home after "sans"/"sin" ("sans abri"), whereabouts ("en paradero desconocido")
    gated = set(words.CASUALTY_FORMS) | words.DEATH_TOLL_NOUNS | words.SHELTER_WORDS | words.WHEREABOUTS
    forms = sorted(gated, key=len, reverse=True)
    gate = re.compile(r"(?<![^\W\d_])(?:" + "|".join(map(re.escape, stems)) + ")"
                      r"|(?<![^\W\d_])(?:" + "|".join(map(re.escape, forms)) + r")(?![^\W\d_])")
    # a full stop before a capital, a digit, or the opening mark of a quotation or a question
    boundary = re.compile(r"[.!?…]+[\"'»”)\]]*(?=\s+[\"'«“„(\[—–¿¡-]?\s*[A-ZÀ-ÖØ-Þ0-9])|\n\s*")
    qualifier_of = {tuple(k.split()): v for k, v in words.QUALIFIERS_BEFORE.items()}
    days_back = {tuple(k.split()): v for k, v in words.RELATIVE_DAYS.items()}
    say_phrases = _split(words.SAY_PHRASES)
    citing = _split(words.CITING)
    return Grammar(
        words=words,
        qualifiers=Phrases.of(qualifier_of),
        qualifier_of=qualifier_of,
        parts=Phrases.of(_split(words.PART_PHRASES)),
        parts_after=Phrases.of(_split(words.PART_AFTER)),
        according=Phrases.of(_split(words.ACCORDING)),
        citing=Phrases.of(citing),
        refer_back=Phrases.of(_split(words.REFER_BACK)),
        say_phrases=Phrases.of(say_phrases),
        relative_days=Phrases.of(days_back),
        days_back=days_back,
        first_words=frozenset(p[0] for p in [*qualifier_of, *citing, *say_phrases]),
        day_joins=frozenset(words.RANGE_OPENERS.values()) | words.LIST_JOINS | words.RANGE_TO_WORDS,
        event_day_links=words.DETERMINERS | words.OF_WORDS | words.EVENT_DAY_LINKS
        | frozenset(words.WEEKDAYS),
        or_links=words.OF_WORDS | words.DETERMINERS | words.WITHOUT_WORDS,
        gate=gate,
        boundary=boundary,
    )
