"""What the French and Spanish test tables share: how a sentence is read and how its claims
are compared (test_french.py, test_spanish.py)."""

from __future__ import annotations

from tracker import extract_text

PUBLISHED = "2023-09-12"  # a Tuesday
# (category, value, low, high, qualifier) of a claim
Row = tuple[str, int | None, int | None, int | None, str]


def figures(text: str, language: str) -> list[Row]:
    claims = extract_text(text, published=PUBLISHED, language=language)
    return [(r.category, _int(r.value), _int(r.low), _int(r.high), r.qualifier) for r in claims.itertuples()]


def first(text: str, language: str) -> tuple[str, str, str]:
    """(source, via, as_of) of the first claim of a text."""
    row = extract_text(text, published=PUBLISHED, language=language).iloc[0]
    return row["source"], row["via"], row["as_of"]


def bases(text: str, language: str) -> list[tuple[int, str]]:
    """(value, as_of_basis) of every claim of a text."""
    claims = extract_text(text, published=PUBLISHED, language=language)
    return [(int(r.value), r.as_of_basis) for r in claims.itertuples()]


def hedges(text: str, language: str) -> list[bool]:
    """Whether each claim of a text is hedged."""
    return [bool(h) for h in extract_text(text, published=PUBLISHED, language=language)["hedged"]]


def place(text: str, language: str) -> tuple[str, str, str]:
    """(location, country, admin1) of the first claim of a text."""
    row = extract_text(text, published=PUBLISHED, language=language).iloc[0]
    return row["location"], row["country"], row["admin1"]


def _int(value: object) -> int | None:
    return None if value is None or str(value) in ("<NA>", "nan", "") else int(str(value))
