"""Count: what a claim's value, low, high and qualifier mean, defined once."""

from __future__ import annotations

import math

import pytest

from tracker.models import Count

CASES = [
    # (count, interval, point, wording)
    (Count.stated(22, "exact"), (22, 22), 22, "22"),
    (Count.stated(22, "at_least"), (22, math.inf), 22, "at least 22"),
    (Count.stated(1500, "more_than"), (1500, math.inf), 1500, "more than 1,500"),
    (Count.stated(3000, "exact"), (2850, 3150), 3000, "3,000"),  # a round figure allows its rounding
    (Count.stated(700, "about"), (630, 770), 700, "about 700"),
    (Count.stated(80, "at_most"), (0, 80), 80, "at most 80"),
    (Count.between(20, 30, "range"), (20, 30), 25, "20-30"),
    (Count.between(24, 99, "vague"), (24, 99), 24, "dozens (24-99)"),
]


@pytest.mark.parametrize(("count", "interval", "point", "wording"), CASES, ids=[c[3] for c in CASES])
def test_a_count_has_one_interval_point_and_wording(count: Count, interval: tuple[float, float],
                                                     point: float, wording: str) -> None:
    assert count.interval() == pytest.approx(interval)
    assert count.point() == point
    assert count.wording("dozens") == wording


def test_stated_bounds_follow_the_claims_contract() -> None:
    assert Count.stated(22, "at_least") == Count(22, 22, None, "at_least")
    assert Count.stated(700, "about") == Count(700, None, None, "about")
    assert Count.stated(80, "at_most") == Count(80, None, 80, "at_most")
    assert Count.stated(5, "exact") == Count(5, 5, 5, "exact")
