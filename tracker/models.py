"""The records the pipeline passes along: one frozen dataclass each, and the value types
they are made of (``Count``, ``Category``, ``Qualifier``).

Not compiled (see setup.py): the records cross process boundaries by pickle.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, TypeAlias

# What happened to the people a claim counts (the contract's categories).
Category: TypeAlias = Literal["killed", "injured", "missing", "displaced", "arrested"]
# What the extractor reads before a claim is written: a category, or "shot" (hit, killed or
# not), which the article decides (extraction._resolve_shot: injured, or dropped).
Reading: TypeAlias = Literal[Category, "shot"]
# How a figure bounds the count: "at least 22", "more than 1,500", "about 700", "up to 80",
# a range ("20 to 30") or a vague amount ("dozens": its usual span).
Qualifier: TypeAlias = Literal["exact", "at_least", "more_than", "about", "at_most", "range", "vague"]

ABOUT_SLACK = 0.1  # "about 700" allows 630 to 770
_QUALIFIER_WORDS: dict[str, str] = {"at_least": "at least ", "more_than": "more than ", "about": "about ",
                                    "at_most": "at most "}


@dataclass(frozen=True, slots=True)
class Count:
    """How many people a figure counts, as the claims table holds it (value, low, high,
    qualifier), and what those mean, defined once: the interval of counts it allows, the
    one number it stands for, and how it reads.

    value: the stated number (None for a range or a vague amount); low / high: the bounds the
    qualifier gives (None: open), e.g. "at least 22" is (22, 22, None), "about 700" is
    (700, None, None), "up to 80" is (80, None, 80), "20 to 30" is (None, 20, 30).
    """

    value: int | None
    low: int | None
    high: int | None
    qualifier: Qualifier

    @classmethod
    def stated(cls, number: int | None, qualifier: Qualifier) -> Count:
        """A number as stated, bounded by its qualifier ("at least 22", "about 700", "80")."""
        if qualifier in ("at_least", "more_than"):
            return cls(number, number, None, qualifier)
        if qualifier == "about":
            return cls(number, None, None, qualifier)
        if qualifier == "at_most":
            return cls(number, None, number, qualifier)
        return cls(number, number, number, qualifier)

    @classmethod
    def between(cls, low: int | None, high: int | None, qualifier: Literal["range", "vague"]) -> Count:
        """A range ("20 to 30") or a vague amount ("dozens", its usual span)."""
        return cls(None, low, high, qualifier)

    def interval(self) -> tuple[float, float]:
        """The counts the figure allows: "about" with a slack either side, a round figure
        ("3,000", "500") with half that slack, an open bound unbounded (0 below, infinity
        above)."""
        if self.qualifier == "about" and self.value is not None:
            return self.value * (1 - ABOUT_SLACK), self.value * (1 + ABOUT_SLACK)
        if self.qualifier == "exact" and self.value is not None and self.value >= 100 \
                and self.value % 100 == 0:
            return self.value * (1 - ABOUT_SLACK / 2), self.value * (1 + ABOUT_SLACK / 2)
        low = float(self.low) if self.low is not None else 0.0
        high = float(self.high) if self.high is not None else float("inf")
        return low, high

    def point(self) -> float | None:
        """The one number the figure stands for: its value, a range's middle, else its bound."""
        if self.value is None and self.qualifier == "range" and self.low is not None \
                and self.high is not None:
            return (self.low + self.high) / 2
        for v in (self.value, self.low, self.high):
            if v is not None:
                return float(v)
        return None

    def wording(self, term: str = "") -> str:
        """The figure as a sentence says it: "at least 22", "20-30", "dozens (24-99)" (a vague
        amount reads as its word, ``term``, and its span)."""
        if self.qualifier == "range":
            return f"{_n(self.low)}-{_n(self.high)}"
        if self.qualifier == "vague":
            return f"{term} ({_n(self.low)}-{_n(self.high)})".lstrip()
        number = self.value if self.value is not None else self.low if self.low is not None else self.high
        return f"{_QUALIFIER_WORDS.get(self.qualifier, '')}{_n(number)}"


def _n(number: int | None) -> str:
    return "?" if number is None else f"{number:,}"


class TrackerError(Exception):
    """Input the tracker cannot use; the CLI prints it as ``tracker: error: ...``."""


class TrackerWarning(UserWarning):
    """A fault the run goes on past (a damaged cache set aside); the CLI prints it as one
    line, ``tracker: warning: ...``."""


@dataclass(frozen=True, slots=True)
class Article:
    """One article, its text already cleaned (every span refers to ``text``)."""

    id: str
    text: str
    title: str = ""
    published: str = ""  # ISO date, or empty when unknown
    outlet: str = ""
    url: str = ""
    path: str = ""  # the file it came from
    line: int | None = None  # its line (JSON Lines) or row (CSV) in that file
    copy_of: str = ""  # id of the first article this one is a near-identical copy of (wire copy)
    event: str = ""  # the user's grouping: a record's `event` field, or the folder it sits in
    language: str = ""  # ISO 639-1 as stated (record, front matter, --language); "" = detect
    # an undated article's anchor (pipeline.date_by_event): the first day of its incident's
    # event, from which its weekdays are read ("Saturday's earthquake", "on Tuesday")
    event_week: str = ""


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that gave no article, and why (nothing is dropped silently)."""

    id: str
    path: str
    reason: str
    line: int | None = None


EARLIER = "earlier"  # as_of_basis of a figure the text places before its publication
ESTIMATED = "estimated"  # as_of_basis of an undated article's figure: the latest day it writes
LIVE_ENTRY = "live_entry"  # date_rule of a figure dated by the stamp of its live page's entry
EVENT_BEFORE = "event_before"  # date_rule of a figure dated by the day the article dated its event by


@dataclass(frozen=True, slots=True)
class Claim:
    """One casualty figure as one source stated it. Columns of claims.csv, in order."""

    claim_id: str
    article_id: str
    published: str
    outlet: str
    category: Reading  # never "shot" once the article is read (extraction._resolve_shot)
    term: str
    value: int | None
    low: int | None
    high: int | None
    qualifier: Qualifier
    source: str
    via: str
    as_of: str
    location: str
    sentence: str
    start: int
    end: int
    # Beyond the contract's columns:
    unit: str = "people"  # people, families, households
    hedged: bool = False  # "may have died", "feared dead"
    forecast: bool = False  # hedged as a projection: "the toll could reach 10,000"
    partial: bool = False  # the place is part of a larger area ("... alone")
    part_of: str = ""  # claim_id of the figure this one breaks down ("including 13 children")
    mentions: int = 1  # times the article repeats this figure from this source
    individuals: bool = False  # the figure counts people the text names or describes one by one
    # whole, area, period, group, individual, compared: what part of the incident it counts
    scope: str = "whole"
    group: str = "people"  # who it counts: people, civilians, soldiers, children, a nationality ...
    country: str = ""  # ISO 3166-1 alpha-3 of the place, when the gazetteer knows it
    admin1: str = ""  # ISO 3166-2 code of its first-level division, where known
    # "text" (a date in the sentence), "published", "earlier" (the text says the figure was
    # given before the publication: "up from 64", "as reported earlier"; as_of is the latest
    # day it can refer to), "estimated" (an undated article's latest day), or "" (unknown)
    as_of_basis: str = ""
    incident_id: str = ""  # set by reconcile
    source_key: str = ""  # the independent source, one key for all its names (set by reconcile)
    source_kind: str = ""  # government, military_police, international, ... (set by reconcile)
    speaker: str = ""  # the name the report gives the source (set by reconcile)
    surface: str = field(default="", compare=False)  # the figure phrase, text[start:end]
    # Which rule decided: the category (figures.READERS / OVERRIDES, people.py, extraction.py),
    # the source (attribution.py, extraction.py), the as_of date (dates.py, extraction.py)
    rule: str = ""
    source_rule: str = ""
    date_rule: str = ""
    # the date of the event the clause ties the figure to ("last month's quake killed 8,046":
    # "2015-04"), "" when it names none (extractor/events.py)
    event_date: str = ""
    language: str = ""  # ISO 639-1 of the article the figure was read in ("en", "ru")
    # the day (ISO, any precision) the figure's running count starts at, where the text says
    # ("67 since August 8": "2018-08-08"); "" for a count of the whole event
    counted_from: str = ""

    @property
    def count(self) -> Count:
        """value, low, high and qualifier as one ``Count``."""
        return Count(self.value, self.low, self.high, self.qualifier)
