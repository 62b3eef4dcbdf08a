"""A fact-checker's decisions, applied before the claims are reconciled.

``--review FILE`` (columns ``claim_id,field,value``): ``field`` is ``drop`` (the claim is not
a claim; value empty) or a claims column to set: ``category``, ``value``, ``low``, ``high``,
``qualifier``, ``source``, ``via``, ``as_of``, ``scope``. ``--aliases FILE`` (columns
``name,same_as``): the source written ``name`` is the source ``same_as``.

Claim ids are stable (the same input gives the same ids), so a review written against one
report applies to the next run. A row whose claim no longer exists is reported, never
silently ignored; a malformed file stops the run with one line naming the row.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .extractor.dates import parse_published
from .models import Claim, Count, TrackerError

SETTABLE = ("category", "value", "low", "high", "qualifier", "source", "via", "as_of", "scope")
FIELDS = ("drop", *SETTABLE)
CATEGORIES = ("killed", "injured", "missing", "displaced", "arrested")
QUALIFIERS = ("exact", "at_least", "more_than", "about", "at_most", "range", "vague")
SCOPES = ("whole", "area", "period", "group", "individual", "compared")


@dataclass(frozen=True, slots=True)
class Decision:
    claim_id: str
    field: str
    value: str
    line: int  # the row's line in the file, for messages


@dataclass(frozen=True, slots=True)
class Applied:
    """The claims after the review, and the rows that named no claim of this run."""

    claims: list[Claim]
    applied: int
    unknown: list[Decision]


def read_review(path: str | Path) -> list[Decision]:
    """The decisions of a review file, checked row by row (``TrackerError`` on a bad row)."""
    rows = _read_table(path, ("claim_id", "field", "value"))
    out = []
    for line, row in rows:
        decision = Decision(row["claim_id"].strip(), row["field"].strip(), row["value"].strip(), line)
        _check(decision, path)
        out.append(decision)
    return out


def read_aliases(path: str | Path) -> dict[str, str]:
    """name -> same_as, from an aliases file."""
    out: dict[str, str] = {}
    for line, row in _read_table(path, ("name", "same_as")):
        name, same = row["name"].strip(), row["same_as"].strip()
        if not name or not same:
            raise TrackerError(f"{path}:{line}: an alias needs both a name and a same_as")
        out[name] = same
    return out


def apply_review(claims: Iterable[Claim], decisions: list[Decision]) -> Applied:
    """The claims with the decisions applied, in the file's order (a later row wins)."""
    by_id = {c.claim_id: c for c in claims}
    order = list(by_id)
    unknown: list[Decision] = []
    dropped: set[str] = set()
    applied = 0
    for d in decisions:
        claim = by_id.get(d.claim_id)
        if claim is None or d.claim_id in dropped:
            unknown.append(d)
            continue
        applied += 1
        if d.field == "drop":
            dropped.add(d.claim_id)
            continue
        changes: dict[str, Any] = {d.field: _typed(d)}
        claim = replace(claim, **changes)
        if d.field in ("value", "qualifier") and claim.qualifier not in ("range", "vague"):
            # the bounds follow the figure ("at least 50": low 50, no high), unless set in a later row
            count = Count.stated(claim.value, claim.qualifier)
            claim = replace(claim, low=count.low, high=count.high)
        by_id[d.claim_id] = claim
    return Applied([by_id[i] for i in order if i not in dropped], applied, unknown)


def _read_table(path: str | Path, columns: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    try:
        with open(path, encoding="utf-8-sig", newline="") as f:
            reader = csv.DictReader(f)
            header = [h.strip() for h in reader.fieldnames or []]
            missing = [c for c in columns if c not in header]
            if missing:
                raise TrackerError(f"{path}: needs the columns {','.join(columns)} "
                                   f"(missing {','.join(missing)})")
            reader.fieldnames = header
            return [(n, {k: v or "" for k, v in row.items() if k}) for n, row in enumerate(reader, 2)]
    except OSError as err:
        raise TrackerError(f"cannot read {path}: {err.strerror or err}") from None
    except (UnicodeDecodeError, csv.Error) as err:
        raise TrackerError(f"{path}: not a UTF-8 CSV file ({err})") from None


def _check(d: Decision, path: str | Path) -> None:
    where = f"{path}:{d.line}"
    if not d.claim_id:
        raise TrackerError(f"{where}: no claim_id")
    if d.field not in FIELDS:
        raise TrackerError(f"{where}: field {d.field!r} is not one of {', '.join(FIELDS)}")
    if d.field == "drop" and d.value:
        raise TrackerError(f"{where}: drop takes no value")
    if d.field in ("value", "low", "high") and d.value and not (d.value.isascii() and d.value.isdigit()):
        raise TrackerError(f"{where}: {d.field} must be a whole number or empty, not {d.value!r}")
    allowed = {"category": CATEGORIES, "qualifier": QUALIFIERS, "scope": SCOPES}.get(d.field)
    if allowed and d.value not in allowed:
        raise TrackerError(f"{where}: {d.field} must be one of {', '.join(allowed)}")
    if d.field == "as_of" and d.value and parse_published(d.value) is None:
        raise TrackerError(f"{where}: as_of must be a date (YYYY-MM-DD), not {d.value!r}")


def _typed(d: Decision) -> object:
    if d.field in ("value", "low", "high"):
        return int(d.value) if d.value else None
    return d.value

