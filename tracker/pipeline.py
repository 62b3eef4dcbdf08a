"""The public functions the CLI and the notebook share."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

import pandas as pd

from .dedupe import Deduper
from .extraction import extract_claims
from .ingest import read_inputs
from .models import Article, Claim, Skipped
from .reconcile import DEFAULT_RATIO, Reconciled, reconcile
from .table import claims_frame
from .text import clean_text

OnSkip = Callable[[Skipped], None]


@dataclass(frozen=True)
class Collection:
    """What a set of inputs gave: its articles (sorted by id), their claims, and every input
    that gave no article, with the reason."""

    claims: list[Claim]
    articles: list[Article]
    skipped: list[Skipped]


def extract_text(text: str, published: str = "", outlet: str = "", article_id: str = "text") -> pd.DataFrame:
    """The claims table of one text given as a string."""
    article = Article(id=article_id, text=clean_text(text), published=published, outlet=outlet)
    return claims_frame(extract_claims(article))


def read_collection(
    paths: list[str], published: str = "", outlet: str = "", on_skip: OnSkip | None = None,
    progress: bool = False,
) -> Collection:
    """Read files and folders and extract every article's claims.

    Articles are taken in the order of their ids, whatever the order of the inputs, so that
    the same collection always gives the same result (which copy of a wire story is first,
    which claim comes first)."""
    found: list[Article] = []
    skipped: list[Skipped] = []

    def skip(item: Skipped) -> None:
        skipped.append(item)
        if on_skip is not None:
            on_skip(item)

    for item in read_inputs(paths, published, outlet):
        if isinstance(item, Skipped):
            skip(item)
        else:
            found.append(item)
    found.sort(key=lambda a: (a.id, a.path, a.line or 0))
    seen = Deduper()
    claims: list[Claim] = []
    articles: list[Article] = []
    for article in _progress(found) if progress else found:
        kind, first = seen.check(article.id, _identity(article), article.text)
        if kind == "duplicate":
            skip(Skipped(article.id, article.path, f"duplicate of {first}", article.line))
            continue
        if kind == "copy":
            article = replace(article, copy_of=first)
        try:
            claims.extend(extract_claims(article))
        except Exception as err:  # a bug must not cost the user the other articles
            skip(Skipped(article.id, article.path,
                         f"internal error, please report: {type(err).__name__}: {err}", article.line))
            continue
        articles.append(article)
    return Collection(claims, articles, skipped)


def extract(
    paths: list[str], published: str = "", outlet: str = "", on_skip: OnSkip | None = None
) -> tuple[pd.DataFrame, list[Article], list[Skipped]]:
    """Read files and folders; return (claims table, articles used, inputs skipped)."""
    collection = read_collection(paths, published, outlet, on_skip)
    return claims_frame(collection.claims), collection.articles, collection.skipped


def analyse(collection: Collection, ratio: float = DEFAULT_RATIO) -> Reconciled:
    """Incidents, disagreements and estimates of a collection."""
    return reconcile(collection.claims, collection.articles, ratio)


def _identity(article: Article) -> str:
    """Where an article came from: its file, and its record id in a record file."""
    where = str(Path(article.path).resolve()) if article.path else ""
    return f"{where}\0{article.id}" if article.line is not None else where or article.id


def _progress(articles: list[Article]) -> Iterable[Article]:
    """The articles, with a progress bar on standard error (for a terminal)."""
    from tqdm import tqdm

    return tqdm(articles, desc="articles", unit=" articles", leave=False)
