"""Casualty-figure discrepancy tracker: casualty claims from news articles, the incidents they
belong to, where sources disagree, and estimates. The notebook and the CLI use these names;
charts are in ``tracker.charts`` (it imports matplotlib)."""

from .extract import extract_all, extract_claims, merge_repeats
from .ingest import read_inputs
from .models import Article, Claim, Skipped, TrackerError
from .pipeline import Collection, analyse, extract, extract_text, read_collection
from .reconcile import Conflict, Estimate, Reconciled, reconcile
from .report import write_report
from .table import COLUMNS, CONTRACT_COLUMNS, claims_frame, records_frame, write_csv
from .text import clean_text

__all__ = [
    "COLUMNS", "CONTRACT_COLUMNS", "Article", "Claim", "Collection", "Conflict", "Estimate",
    "Reconciled", "Skipped", "TrackerError", "analyse", "claims_frame", "clean_text", "extract",
    "extract_all", "extract_claims", "extract_text", "merge_repeats", "read_collection",
    "read_inputs", "reconcile", "records_frame", "write_csv", "write_report",
]
__version__ = "0.1.0"
