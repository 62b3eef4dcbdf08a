"""The public functions the CLI and the notebook share."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pandas as pd

from .dedupe import Deduper
from .extract import extract_claims
from .ingest import read_inputs
from .models import Article, Claim, Skipped
from .table import claims_frame
from .text import clean_text


def extract_text(text: str, published: str = "", outlet: str = "", article_id: str = "text") -> pd.DataFrame:
    """The claims table of one text given as a string."""
    article = Article(id=article_id, text=clean_text(text), published=published, outlet=outlet)
    return claims_frame(extract_claims(article))


def extract(
    paths: list[str],
    published: str = "",
    outlet: str = "",
    on_skip: Callable[[Skipped], None] | None = None,
) -> tuple[pd.DataFrame, list[Article], list[Skipped]]:
    """Read files and folders; return (claims table, articles used, inputs skipped)."""
    claims: list[Claim] = []
    articles: list[Article] = []
    skipped: list[Skipped] = []
    seen = Deduper()
    for item in read_inputs(paths, published, outlet):
        if isinstance(item, Article):
            kind, first = seen.check(item.id, _identity(item), item.text)
            if kind == "duplicate":
                item = Skipped(item.id, item.path, f"duplicate of {first}", item.line)
            elif kind == "copy":
                item = replace(item, copy_of=first)
        if isinstance(item, Skipped):
            skipped.append(item)
            if on_skip is not None:
                on_skip(item)
            continue
        try:
            found = extract_claims(item)
        except Exception as err:  # a bug must not cost the user the other articles
            skip = Skipped(item.id, item.path, f"internal error, please report: {type(err).__name__}: {err}",
                           item.line)
            skipped.append(skip)
            if on_skip is not None:
                on_skip(skip)
            continue
        articles.append(item)
        claims.extend(found)
    return claims_frame(claims), articles, skipped


def _identity(article: Article) -> str:
    """Where an article came from: its file, and its record id in a record file."""
    where = str(Path(article.path).resolve()) if article.path else ""
    return f"{where}\0{article.id}" if article.line is not None else where or article.id
