"""Claims as a pandas table: the contract's columns, in order, with their dtypes, defined once."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from dataclasses import astuple, fields
from pathlib import Path
from typing import IO, Any

import pandas as pd

from .models import Article, Claim, Skipped

CONTRACT_COLUMNS: tuple[str, ...] = (
    "claim_id", "article_id", "published", "outlet", "category", "term", "value", "low",
    "high", "qualifier", "source", "via", "as_of", "location", "sentence", "start", "end",
)
EXTRA_COLUMNS: tuple[str, ...] = (
    "unit", "hedged", "partial", "part_of", "mentions", "as_of_basis", "individuals", "scope", "group",
    "country", "admin1", "rule", "source_rule", "date_rule", "event_date",
)
# appended after the columns earlier tables had, so that their readers still find theirs
LATER_COLUMNS: tuple[str, ...] = ("language", "forecast", "counted_from")
COLUMNS: tuple[str, ...] = CONTRACT_COLUMNS + EXTRA_COLUMNS + LATER_COLUMNS
INT_COLUMNS = ("value", "low", "high")
_FIELDS = [f.name for f in fields(Claim)]
_DTYPES: dict[str, str] = {
    **dict.fromkeys(INT_COLUMNS, "Int64"),
    "start": "int64", "end": "int64", "mentions": "int64",
    "hedged": "bool", "partial": "bool", "individuals": "bool", "forecast": "bool",
}
_BOOL_COLUMNS = ("hedged", "partial", "individuals", "forecast")


REPORT_COLUMNS: tuple[str, ...] = (
    *CONTRACT_COLUMNS, "incident_id", *EXTRA_COLUMNS, "source_key", "source_kind", "speaker",
    *LATER_COLUMNS,
)


def claims_frame(claims: Iterable[Claim], with_incident: bool = False) -> pd.DataFrame:
    """The claims table: contract columns first (then ``incident_id`` in a report), then the
    extra ones."""
    columns = list(REPORT_COLUMNS if with_incident else COLUMNS)
    rows = [astuple(c) for c in claims]
    frame = pd.DataFrame(rows, columns=_FIELDS) if rows else pd.DataFrame(columns=_FIELDS)
    frame = frame[columns]
    return frame.astype({column: _DTYPES.get(column, "str") for column in columns})


def records_frame(records: Sequence[Any], record_type: type) -> pd.DataFrame:
    """A table of frozen dataclass records, one column per field, in field order."""
    names = [f.name for f in fields(record_type)]
    return pd.DataFrame([astuple(r) for r in records], columns=names).astype(
        {n: "Int64" for n, t in ((f.name, str(f.type)) for f in fields(record_type)) if t == "int | None"})


def read_claims_csv(source: str | Path | IO[str]) -> pd.DataFrame:
    """A claims CSV written by ``write_csv`` read back as the same table."""
    frame = pd.read_csv(source, dtype=str, keep_default_na=False)
    for column in COLUMNS:
        if column not in frame and column in LATER_COLUMNS[1:]:
            frame[column] = ""  # a table written before the column was added
        elif column not in frame:
            raise ValueError(f"not a claims table: no column {column!r}")
    frame = frame[list(COLUMNS)].map(unneutralise)
    for column in INT_COLUMNS:
        frame[column] = pd.array([int(v) if v else None for v in frame[column]], dtype="Int64")
    for column in _BOOL_COLUMNS:
        frame[column] = frame[column] == "True"
    return frame.astype({column: _DTYPES.get(column, "str") for column in COLUMNS})


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """A text cell a spreadsheet would run as a formula ("=HYPERLINK(...)", "-2+3") gets a
    leading apostrophe, which spreadsheets show as text; article text is untrusted."""
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def unneutralise(cell: str) -> str:
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(_FORMULA_STARTS) else cell


def write_csv(frame: pd.DataFrame, out: str | Path | IO[str]) -> None:
    """UTF-8 CSV with a header row, formula-like text neutralised; the same table always gives
    the same bytes."""
    safe = frame.copy()
    for column in safe.columns:
        if pd.api.types.is_string_dtype(safe[column]) or safe[column].dtype == object:
            safe[column] = [neutralise(v) if isinstance(v, str) else v for v in safe[column]]
    safe.to_csv(out, index=False, lineterminator="\n")


ARTICLE_COLUMNS: tuple[str, ...] = (
    "article_id", "path", "line", "title", "published", "outlet", "url", "status", "claims", "copy_of",
    "event", "language",
)


def articles_frame(
    articles: Iterable[Article], skipped: Iterable[Skipped], claims: pd.DataFrame | dict[str, int]
) -> pd.DataFrame:
    """Every input with its status ("ok" or why it was skipped) and its number of claims
    (given as the claims table, or as counts by article id)."""
    counts: dict[str, int] = dict(claims) if isinstance(claims, dict) else \
        {str(k): int(v) for k, v in claims["article_id"].value_counts().items()}
    rows = [(a.id, a.path, a.line, a.title, a.published, a.outlet, a.url, "ok", counts.get(a.id, 0),
             a.copy_of, a.event, a.language) for a in articles]
    rows += [(s.id, s.path, s.line, "", "", "", "", s.reason, 0, "", "", "") for s in skipped]
    frame = pd.DataFrame(rows, columns=list(ARTICLE_COLUMNS))
    frame["line"] = frame["line"].astype("Int64")
    frame["claims"] = frame["claims"].astype("int64")
    return frame


class ClaimWriter:
    """Writes claims as CSV rows as they come, in the bytes ``write_csv(claims_frame(...))``
    would give, so that ``tracker extract`` holds no claim in memory."""

    def __init__(self, out: IO[str]) -> None:
        self.writer = csv.writer(out, lineterminator="\n")
        self.writer.writerow(COLUMNS)
        self.names = list(COLUMNS)

    def write(self, claims: Iterable[Claim]) -> None:
        self.writer.writerows([_cell(getattr(c, name)) for name in self.names] for c in claims)


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return neutralise(value)
    return str(value)
