"""Faults a held-out audit of three more events of many outlets (a bridge collapse, a migrant
shipwreck, shootings at two mosques) found in reading figures and in setting them against each
other. The sentences are written for the project; the facts echo real reporting, the wording
is ours."""

from __future__ import annotations

from .claim_tables import Has, reconciled, table_tests

HAS: list[Has] = [
    # the day's count that brings a toll to a figure is no toll
    ("Forty-one bodies were recovered on Monday, bringing the official death toll to 172.", "killed", 41,
     {"scope": "period"}),
    ("Forty-one bodies were recovered on Monday, bringing the official death toll to 172.", "killed", 172,
     {"scope": "whole"}),
    # a count since someone did something is a stretch's, one since the beginning the whole
    ("Divers have recovered about 12 bodies since resuming the search at dawn.", "killed", 12,
     {"scope": "period"}),
    ("At least 300 people have died since the beginning of the war.", "killed", 300, {"scope": "whole"}),
    # of several named sites in one sentence, each figure is its site's, a part
    ("Twenty-two people died at the Grand Street mosque, while nine died at the Hill Road mosque.", "killed",
     9, {"scope": "area", "location": "Hill Road mosque"}),
    # ... but one site alone is the event's own
    ("At least 60 people died at the Central Hospital, the ministry said.", "killed", 60, {"scope": "whole"}),
    # "could only confirm" is a confirmed count, its speaker before the modal
    ("Prosecutors put the toll at 42, while local officials could only confirm 38 dead.", "killed", 38,
     {"hedged": False, "source": "local officials"}),
    # "so far" in a figure's verb chain
    ("At least 22 people have so far been confirmed killed.", "killed", 22, {"qualifier": "at_least"}),
    # the injured a named hospital holds are the injured in care
    ("Fifty people have died, with 30 more injured in Riverside Hospital.", "injured", 30,
     {"scope": "group", "group": "in hospital"}),
]

test_the_claim_has_its_fields, _ = table_tests(HAS, [])


def _conflicts(*texts: tuple[str, str]) -> list[tuple[int | None, int | None]]:
    return [(c.value_a, c.value_b) for c in reconciled(*texts, event="shipwreck").conflicts]


_COUNT = ("2013-10-06", "The official death toll rose to 190 on Sunday, the coast guard said.")
_FEAR = ("2013-10-06", "More than 350 people are now feared dead, the mayor said on Sunday.")


def test_a_fear_that_counts_the_missing_disputes_no_count() -> None:
    # 190 dead and about 200 missing: "more than 350 feared dead" counts the missing as dead
    missing = ("2013-10-06", "About 200 people are still missing, the coast guard said on Sunday.")
    assert _conflicts(_COUNT, _FEAR, missing) == []


def test_a_fear_beyond_the_count_and_the_missing_still_diverges() -> None:
    assert _conflicts(_COUNT, _FEAR) != []
