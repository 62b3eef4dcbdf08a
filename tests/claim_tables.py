"""The checks of the tables of sentences that test files of reading faults share: a sentence
has a claim of a category and figure with the given fields, or has none."""

from __future__ import annotations

from typing import Any

import pytest

from tracker import Article, extract_claims
from tracker.extractor.text import clean_text
from tracker.models import Claim
from tracker.reconcile import Reconciled, reconcile

# (text, category, value, the claim's fields): the claim of that category and value, with them
Has = tuple[str, str, int, dict[str, object]]
# (text, category, value): no claim of that category and value
Lacks = tuple[str, str, int]

PUBLISHED = "2025-04-03"


def claims_of(text: str, published: str = PUBLISHED) -> list[Claim]:
    """The claims of one article of ``text``, published by a wire on ``published``."""
    return extract_claims(Article(id="t", text=clean_text(text), published=published, outlet="Wire"))


def reconciled(*texts: tuple[str, str], event: str = "event") -> Reconciled:
    """The reconciled claims of one article per (published, text), all of one ``event``."""
    articles = [Article(id=f"a{n}", text=clean_text(text), published=published, outlet=f"Paper {n}",
                        event=event) for n, (published, text) in enumerate(texts)]
    return reconcile([c for a in articles for c in extract_claims(a)], articles)


def figure(c: Claim) -> int | None:
    """The figure a claim states: its value, else the bound it gives."""
    return c.value if c.value is not None else c.low if c.low is not None else c.high


def check_has(claims: list[Claim], category: str, value: int, fields: dict[str, object]) -> None:
    """The first claim of ``category`` and ``value`` exists and has ``fields``."""
    found = [c for c in claims if c.category == category and figure(c) == value]
    assert found, f"no {category} claim of {value} in {[(c.category, figure(c)) for c in claims]}"
    for name, want in fields.items():
        assert getattr(found[0], name) == want, (name, getattr(found[0], name))


def check_lacks(claims: list[Claim], category: str, value: int) -> None:
    """No claim of ``category`` and ``value``."""
    assert not [c for c in claims if c.category == category and figure(c) == value]


def table_tests(has: list[Has], lacks: list[Lacks], published: str = PUBLISHED) -> tuple[Any, Any]:
    """The two tests of a module's tables, parametrized with the sentence as the test id:
    ``test_the_claim_has_its_fields, test_no_such_claim = table_tests(HAS, LACKS)``."""

    @pytest.mark.parametrize(("text", "category", "value", "fields"), has, ids=[r[0] for r in has])
    def test_the_claim_has_its_fields(text: str, category: str, value: int,
                                      fields: dict[str, object]) -> None:
        check_has(claims_of(text, published), category, value, fields)

    @pytest.mark.parametrize(("text", "category", "value"), lacks, ids=[f"{r[0]} [{r[2]}]" for r in lacks])
    def test_no_such_claim(text: str, category: str, value: int) -> None:
        check_lacks(claims_of(text, published), category, value)

    return test_the_claim_has_its_fields, test_no_such_claim
