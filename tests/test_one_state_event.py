"""Faults a held-out audit of a disaster inside one state (monsoon floods in one Indian state,
reported by wires and local papers) found in places, scope and dates. The sentences are
written for the project; the facts echo real reporting, the wording is ours."""

from __future__ import annotations

import pytest

from tracker import Article, extract_claims
from tracker.extractor.text import clean_text
from tracker.models import Claim

from .claim_tables import check_has, reconciled

# (text, category, value, the claim's fields): the claim of that category and value, with them
Has = tuple[str, str, int, dict[str, object]]

# published on a Wednesday
PUBLISHED = "2018-08-15"


def _claims(text: str) -> list[Claim]:
    return extract_claims(Article(id="t", text=clean_text(text), published=PUBLISHED, outlet="Wire"))


def _figure(c: Claim) -> int | None:
    return c.value if c.value is not None else c.low if c.low is not None else c.high


HAS: list[Has] = [
    # "the Indian state of Kerala": the state is Kerala, the demonym names its country
    ("Floods in the southern Indian state of Kerala have killed 164 people, officials said.", "killed", 164,
     {"location": "Kerala", "admin1": "IN-KL", "scope": "whole"}),
    ("Landslides in the Mexican state of Guerrero killed 12 people.", "killed", 12, {"location": "Guerrero"}),
    # a state and its own province keep their names
    ("Floods in Jalal-Abad province killed 3 people.", "killed", 3, {"location": "Jalal-Abad province"}),
    # "another N ... across the state": one more count, not a part of the area
    ("Another 25 deaths were reported across the state on Wednesday, Kerala officials said.", "killed", 25,
     {"scope": "period"}),
    # "till Saturday" is a time ahead (the airport's), not the day of the count
    ("The death toll in Kerala has risen to 47 as the airport stays closed till Saturday.", "killed", 47,
     {"as_of": PUBLISHED}),
    ("Schools will remain shut until Monday; the toll stood at 60.", "killed", 60, {"as_of": PUBLISHED}),
]


@pytest.mark.parametrize(("text", "category", "value", "fields"), HAS, ids=[r[0] for r in HAS])
def test_the_claim_has_its_fields(text: str, category: str, value: int, fields: dict[str, object]) -> None:
    check_has(_claims(text), category, value, fields)


def _by_value(text: str) -> dict[int | None, Claim]:
    return {_figure(c): c for c in _claims(text) if c.category == "killed"}


def test_the_state_of_an_article_that_names_one_state_is_that_state() -> None:
    # the one state the article names: "across the state" is Kerala's figure, the whole
    text = ("Monsoon floods have killed 164 people in Kerala since August 8, officials said. "
            "Kerala officials said 190 people had died across the state by Wednesday.")
    tolls = _by_value(text)
    assert tolls[190].location == "Kerala" and tolls[190].scope == "whole" and not tolls[190].partial


def test_the_state_stays_a_part_where_the_sentence_names_no_state() -> None:
    # "the state" of a sentence that names none is a division named before: still a part
    text = ("A storm killed 64 people across Florida, Georgia and the Carolinas. "
            "In Florida, officials said 12 people had died. "
            "The governor said 17 people were killed in the state.")
    tolls = _by_value(text)
    assert tolls[17].scope == "area"
    assert tolls[64].scope == "whole"


def test_a_city_of_an_unknown_division_is_a_part_of_the_state() -> None:
    # the gazetteer knows Idukki's country, not its state: still never the toll of Kerala
    text = ("Floods in the Indian state of Kerala have killed 164 people, officials said. "
            "In Idukki, 10 people were killed in landslides.")
    tolls = _by_value(text)
    assert tolls[164].scope == "whole"
    assert tolls[10].scope == "area"


@pytest.mark.parametrize(("text", "value", "start"), [
    ("Kerala state officials put the death toll since August 8 at 67.", 67, "2018-08-08"),
    ("The seasonal rains have killed more than 200 people in the state since May.", 200, "2018-05"),
    ("In the latest bout that began nine days ago, 164 people have died.", 164, "2018-08-06"),
    ("Thirteen bodies were recovered since the train derailed on Saturday.", 13, "2018-08-11"),
    ("The toll rose to 50 on Monday.", 50, ""),
], ids=lambda v: v if isinstance(v, str) and len(v) > 12 else None)
def test_a_running_count_keeps_the_day_it_starts_at(text: str, value: int, start: str) -> None:
    (claim,) = [c for c in _claims(text) if _figure(c) == value]
    assert claim.counted_from == start


def _report(*texts: tuple[str, str]) -> list[tuple[int | None, int | None]]:
    return [(c.value_a, c.value_b) for c in reconciled(*texts, event="floods").conflicts]


_FIRST_REPORT = "At least 20 people were killed as heavy rains hit Kerala on Thursday, officials said."


def test_counts_of_different_spans_do_not_disagree() -> None:
    # the season's toll since May, the bout's since August 8: two spans, no dispute
    assert _report(
        ("2018-08-09", _FIRST_REPORT),
        ("2018-08-15", "A disaster official said the seasonal rains have killed more than 200 people in "
                       "Kerala since May. Kerala officials put the toll since August 8 at 67."),
        ("2018-08-15", "The death toll in Kerala rose to 70 on Wednesday, the state government said.")) == []


def test_counts_of_one_span_still_disagree() -> None:
    assert _report(
        ("2018-08-09", _FIRST_REPORT),
        ("2018-08-15", "Kerala officials put the toll since August 8 at 67 on Wednesday."),
        ("2018-08-15", "The floods have killed 150 people since August 8, the government said on "
                       "Wednesday.")) != []
