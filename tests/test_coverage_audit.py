"""Faults a held-out audit of multi-outlet disaster coverage found, as rules (sentences written
for the project; the facts echo real reporting, the wording and the names are ours)."""

from __future__ import annotations

import pytest

from tracker import Article, extract_claims
from tracker.models import Claim

# (text, category, value, the claim's fields): the claim of that category and value, with them
Has = tuple[str, str, int, dict[str, object]]
# (text, category, value): no claim of that category and value
Lacks = tuple[str, str, int]


def _claims(text: str) -> list[Claim]:
    return extract_claims(Article(id="t", text=text, published="2023-10-10", outlet="Wire"))


def _figure(c: Claim) -> int | None:
    return c.value if c.value is not None else c.high


HAS: list[Has] = [
    # a number that counts the events is no figure; the toll after it is
    ("By Monday the toll from two strong tremors had risen to at least 870 people.", "killed", 870,
     {"qualifier": "at_least", "scope": "whole"}),
    ("Two quake victims died in hospital.", "killed", 2, {}),
    # a speaker's estimate of the true toll, in the category of the toll before it
    ("The quake killed 600 people. District officials said the true figure could be closer to 1,000.",
     "killed", 1000, {"qualifier": "about", "hedged": True, "source": "District officials"}),
    ("The floods left 300 dead. The mayor said the real number may be 700.", "killed", 700,
     {"hedged": True, "source": "mayor"}),
]
LACKS: list[Lacks] = [
    ("By Monday the toll from two strong tremors had risen to at least 870 people.", "killed", 2),
    ("Three trains collided near the junction, killing 120 people.", "killed", 3),
    ("The death toll from the three blasts rose to 45.", "killed", 3),
]
KNOWN_FAILURES: list[Has] = []


@pytest.mark.parametrize(("text", "category", "value", "fields"), HAS, ids=[r[0] for r in HAS])
def test_the_claim_has_its_fields(text: str, category: str, value: int, fields: dict[str, object]) -> None:
    claims = [c for c in _claims(text) if c.category == category and _figure(c) == value]
    assert claims, [(c.category, c.value) for c in _claims(text)]
    assert {k: getattr(claims[0], k) for k in fields} == fields


@pytest.mark.parametrize(("text", "category", "value"), LACKS, ids=[r[0] for r in LACKS])
def test_no_such_claim(text: str, category: str, value: int) -> None:
    assert not [c for c in _claims(text) if c.category == category and _figure(c) == value]


@pytest.mark.parametrize(("text", "category", "value", "fields"),
                         [pytest.param(*r, marks=pytest.mark.xfail(strict=True)) for r in KNOWN_FAILURES],
                         ids=[r[0] for r in KNOWN_FAILURES])
def test_known_failures(text: str, category: str, value: int, fields: dict[str, object]) -> None:
    test_the_claim_has_its_fields(text, category, value, fields)
