"""Writing a report folder: claims.csv, articles.csv, incidents.csv, conflicts.csv.

The folder is written whole or not at all: everything goes to a temporary folder beside it,
which then takes the report's place, so a crash or Ctrl-C leaves the previous report as it
was. A folder that is not a tracker report is never replaced unless the caller forces it.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .models import TrackerError
from .pipeline import Collection
from .reconcile import Conflict, Estimate, Reconciled
from .table import articles_frame, claims_frame, records_frame, write_csv

MARKER = ".tracker-report"  # a file that says "this folder is a report the tracker wrote"


@dataclass(frozen=True)
class ReportSummary:
    folder: Path
    articles: int
    skipped: int
    claims: int
    incidents: int
    conflicts: int


def write_report(
    collection: Collection, analysis: Reconciled, out: str | Path, force: bool = False
) -> ReportSummary:
    """Write the report files of ``collection`` into the folder ``out``."""
    target = Path(out)
    _check_target(target, force)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    try:
        claims = claims_frame(analysis.claims, with_incident=True)
        write_csv(claims, staging / "claims.csv")
        write_csv(articles_frame(collection.articles, collection.skipped, claims), staging / "articles.csv")
        write_csv(records_frame(analysis.estimates, Estimate), staging / "incidents.csv")
        write_csv(records_frame(analysis.conflicts, Conflict), staging / "conflicts.csv")
        (staging / MARKER).write_text("written by tracker report\n", encoding="utf-8")
        _swap_in(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return ReportSummary(target, len(collection.articles), len(collection.skipped), len(analysis.claims),
                         len(analysis.incidents), len(analysis.conflicts))


def _check_target(target: Path, force: bool) -> None:
    if target.exists() and not target.is_dir():
        raise TrackerError(f"{target} exists and is not a folder")
    if target.is_dir() and any(target.iterdir()) and not (target / MARKER).exists() and not force:
        raise TrackerError(f"{target} is not empty and is not a tracker report; use --force to replace it")


def _swap_in(staging: Path, target: Path) -> None:
    """Put the finished report in place; the old one is removed only once the new one is there."""
    if not target.exists():
        os.replace(staging, target)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old.", dir=target.parent))
    os.rmdir(old)
    os.replace(target, old)
    try:
        os.replace(staging, target)
    except BaseException:
        os.replace(old, target)
        raise
    shutil.rmtree(old, ignore_errors=True)
