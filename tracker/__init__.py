"""Casualty-figure discrepancy tracker: casualty claims from news articles, the incidents they
belong to, where sources disagree, and estimates. The notebook and the CLI use these names;
charts are in ``tracker.charts`` (it imports matplotlib).

Names are imported on first use, so that ``tracker --help`` does not wait for pandas.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .extractor.extraction import extract_all, extract_claims, merge_repeats
    from .extractor.text import clean_text
    from .ingest import read_inputs
    from .models import Article, Claim, Skipped, TrackerError, TrackerWarning
    from .pipeline import Collection, analyse, extract, extract_text, read_collection
    from .reconcile import Conflict, Estimate, Reconciled, reconcile
    from .report import write_report
    from .table import COLUMNS, CONTRACT_COLUMNS, claims_frame, records_frame, write_csv

_WHERE = {
    "extract_all": "extractor.extraction", "extract_claims": "extractor.extraction",
    "merge_repeats": "extractor.extraction",
    "read_inputs": "ingest",
    "Article": "models", "Claim": "models", "Skipped": "models", "TrackerError": "models",
    "TrackerWarning": "models",
    "Collection": "pipeline", "analyse": "pipeline", "extract": "pipeline", "extract_text": "pipeline",
    "read_collection": "pipeline",
    "Conflict": "reconcile", "Estimate": "reconcile", "Reconciled": "reconcile", "reconcile": "reconcile",
    "write_report": "report",
    "COLUMNS": "table", "CONTRACT_COLUMNS": "table", "claims_frame": "table", "records_frame": "table",
    "write_csv": "table",
    "clean_text": "extractor.text",
}
__all__ = [
    "COLUMNS",
    "CONTRACT_COLUMNS",
    "Article",
    "Claim",
    "Collection",
    "Conflict",
    "Estimate",
    "Reconciled",
    "Skipped",
    "TrackerError",
    "TrackerWarning",
    "analyse",
    "claims_frame",
    "clean_text",
    "extract",
    "extract_all",
    "extract_claims",
    "extract_text",
    "merge_repeats",
    "read_collection",
    "read_inputs",
    "reconcile",
    "records_frame",
    "write_csv",
    "write_report",
]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module 'tracker' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{_WHERE[name]}", __name__), name)
    globals()[name] = value
    return value
