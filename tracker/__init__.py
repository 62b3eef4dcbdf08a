"""Casualty-figure discrepancy tracker: casualty claims from news articles."""

from .extract import extract_all, extract_claims, merge_repeats
from .ingest import read_inputs
from .models import Article, Claim, Skipped, TrackerError
from .pipeline import extract, extract_text
from .table import COLUMNS, CONTRACT_COLUMNS, claims_frame, write_csv
from .text import clean_text

__all__ = [
    "COLUMNS", "CONTRACT_COLUMNS", "Article", "Claim", "Skipped", "TrackerError", "claims_frame",
    "clean_text", "extract", "extract_all", "extract_claims", "extract_text", "merge_repeats",
    "read_inputs", "write_csv",
]
__version__ = "0.1.0"
