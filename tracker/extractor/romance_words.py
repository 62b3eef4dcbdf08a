"""The shape every Romance lexicon has (lexicon_fr.py, lexicon_es.py), and the phrases of
one lexicon prepared once for the grammar (romance.py and its romance_* modules).

A third language plugs in with a module holding these names and a line in
``LANGUAGES``; the grammar does not change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from functools import cache
from importlib import import_module

from ..models import Category, Qualifier

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
    ANOTHER: frozenset[str]
    ACCORDING: tuple[str, ...]
    CITING: tuple[str, ...]
    SAY_VERBS: frozenset[str]
    SPEAKER_PRONOUNS: frozenset[str]
    TOLD: frozenset[str]
    REFER_BACK: tuple[str, ...]
    DOCUMENT_NOUNS: frozenset[str]
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
    PARTICIPLE_ENDINGS: tuple[str, ...]
    TIME_PREPOSITIONS: frozenset[str]
    TITLES: frozenset[str]
    GENERIC_SPEAKERS: frozenset[str]
    ADVERBIALS: frozenset[str]
    FILLERS: frozenset[str]
    CLAUSE_OPENERS: frozenset[str]
    MONTHS: dict[str, int]
    MONTH_LINKS: frozenset[str]
    ORDINAL_DAYS: frozenset[str]
    WEEKDAYS: dict[str, int]
    FUTURE_WORDS: frozenset[str]
    RELATIVE_DAYS: dict[str, int]
    SINCE_WORDS: frozenset[str]
    AS_OF_WORDS: frozenset[str]
    ABBREVIATIONS: frozenset[str]
    PLACE_PREPOSITIONS: frozenset[str]
    PLACE_KINDS: frozenset[str]
    COMPASS: frozenset[str]


@dataclass(frozen=True)
class Grammar:
    """One lexicon with its phrases split into words (longest first where the longest must
    win) and its gate: the pattern a sentence must match to be read at all."""

    words: Lexicon
    qualifiers: tuple[tuple[Phrase, Qualifier], ...]
    parts: tuple[Phrase, ...]
    according: tuple[Phrase, ...]
    citing: tuple[Phrase, ...]
    refer_back: tuple[Phrase, ...]
    say_phrases: tuple[Phrase, ...]
    relative_days: tuple[tuple[Phrase, int], ...]
    gate: re.Pattern[str]
    boundary: re.Pattern[str]


def _phrases(items: tuple[str, ...]) -> tuple[Phrase, ...]:
    return tuple(sorted((tuple(p.split()) for p in items), key=lambda p: -len(p)))


@cache
def grammar(code: str) -> Grammar:
    """The grammar of language ``code`` (one of ``LANGUAGES``), built once per process."""
    module = import_module(f".{LANGUAGES[code]}", __package__)
    words = Lexicon(**{f.name: getattr(module, f.name) for f in fields(Lexicon)})
    stems = sorted(words.CASUALTY_STEMS, key=len, reverse=True)
    # a toll noun of the dead alone opens a sentence too ("Le bilan s'est alourdi à 22")
    forms = sorted(set(words.CASUALTY_FORMS) | words.DEATH_TOLL_NOUNS, key=len, reverse=True)
    gate = re.compile(r"(?<![^\W\d_])(?:" + "|".join(map(re.escape, stems)) + ")"
                      r"|(?<![^\W\d_])(?:" + "|".join(map(re.escape, forms)) + r")(?![^\W\d_])")
    # a full stop before a capital, a digit, or the opening mark of a quotation or a question
    boundary = re.compile(r"[.!?…]+[\"'»”)\]]*(?=\s+[\"'«“„(\[—–¿¡-]?\s*[A-ZÀ-ÖØ-Þ0-9])|\n\s*")
    return Grammar(
        words=words,
        qualifiers=tuple(sorted(((tuple(k.split()), v) for k, v in words.QUALIFIERS_BEFORE.items()),
                                key=lambda kv: -len(kv[0]))),
        parts=_phrases(words.PART_PHRASES),
        according=_phrases(words.ACCORDING),
        citing=_phrases(words.CITING),
        refer_back=_phrases(words.REFER_BACK),
        say_phrases=_phrases(words.SAY_PHRASES),
        relative_days=tuple(sorted(((tuple(k.split()), v) for k, v in words.RELATIVE_DAYS.items()),
                                   key=lambda kv: -len(kv[0]))),
        gate=gate,
        boundary=boundary,
    )
