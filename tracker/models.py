"""The records the pipeline passes along: one frozen dataclass each."""

from __future__ import annotations

from dataclasses import dataclass, field


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


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that gave no article, and why (nothing is dropped silently)."""

    id: str
    path: str
    reason: str
    line: int | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    """One casualty figure as one source stated it. Columns of claims.csv, in order."""

    claim_id: str
    article_id: str
    published: str
    outlet: str
    category: str
    term: str
    value: int | None
    low: int | None
    high: int | None
    qualifier: str
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
    partial: bool = False  # the place is part of a larger area ("... alone")
    part_of: str = ""  # claim_id of the figure this one breaks down ("including 13 children")
    mentions: int = 1  # times the article repeats this figure from this source
    individuals: bool = False  # the figure counts people the text names or describes one by one
    scope: str = "whole"  # whole, area, period, group, individual: what part of the incident it counts
    group: str = "people"  # who it counts: people, civilians, soldiers, children, a nationality ...
    country: str = ""  # ISO 3166-1 alpha-3 of the place, when the gazetteer knows it
    admin1: str = ""  # ISO 3166-2 code of its first-level division, where known
    as_of_basis: str = ""  # "text" (a date in the sentence), "published", or "" (unknown)
    incident_id: str = ""  # set by reconcile
    source_key: str = ""  # the independent source, one key for all its names (set by reconcile)
    source_kind: str = ""  # government, military_police, international, ... (set by reconcile)
    speaker: str = ""  # the name the report gives the source (set by reconcile)
    surface: str = field(default="", compare=False)  # the figure phrase, text[start:end]
