"""Faults a held-out audit of multi-outlet coverage (a ferry sinking told by a live page of
dated entries, an earthquake in two countries, a rail disaster in a small town) found in dates,
figures and speakers. The sentences are written for the project; the facts echo real
reporting, the wording is ours."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker import Article, extract_claims
from tracker.extractor.live import entry_days
from tracker.extractor.text import clean_text
from tracker.models import Claim

# (text, published, category, value, the claim's fields)
Has = tuple[str, str, str, int, dict[str, object]]


def _claims(text: str, published: str) -> list[Claim]:
    return extract_claims(Article(id="t", text=clean_text(text), published=published, outlet="Wire"))


def _figure(c: Claim) -> int | None:
    return c.value if c.value is not None else c.low if c.low is not None else c.high


_RETURNING = ("About 1,200 of the roughly 2,000 people who were forced from their homes were allowed on "
              "Tuesday to return home.")

HAS: list[Has] = [
    # a date in the event's clause after a figure of a state that holds now dates the event
    ("Divers searched the hull for 215 people who remain missing after the ferry capsized off the "
     "southwestern coast of the island on a foggy Wednesday morning.", "2014-04-21", "missing", 215,
     {"as_of": "2014-04-21"}),
    ("Some 215 people remain missing after the ferry sank on Wednesday.", "2014-04-21", "missing", 215,
     {"as_of": "2014-04-21"}),
    # ... but a past toll of the event keeps its day
    ("Thirty people were killed after a bus crashed on Saturday.", "2014-04-21", "killed", 30,
     {"as_of": "2014-04-19"}),
    # the next place of a list, after "another"
    ("There were 17,134 confirmed deaths in Turkey and another 3,317 in Syria.", "2023-02-09", "killed", 3317,
     {"location": "Syria", "scope": "area"}),
    ("Ten people died in Osh, and 20 in Jalal-Abad.", "2010-06-12", "killed", 20, {"location": "Jalal-Abad"}),
    # a day or a manner adverb between a toll's verb and its figure
    ("The confirmed death toll rose rapidly on Wednesday to 159.", "2014-04-23", "killed", 159,
     {"as_of": "2014-04-23"}),
    ("The toll climbed sharply to 300.", "2014-04-23", "killed", 300, {}),
    # an expected toll is a projection
    ("The expected final death toll of around 300 would make it the worst disaster in decades.", "2014-04-23",
     "killed", 300, {"forecast": True, "hedged": True}),
    ("A projected toll of 1,000 was given by the agency.", "2014-04-23", "killed", 1000, {"forecast": True}),
    ("The death toll of 300 was confirmed.", "2014-04-23", "killed", 300, {"forecast": False}),
    # one family's dead, told of a third person, are no toll
    ("Marc Roy, who lost his wife and two sons in the blaze, said he would wait for all three bodies.",
     "2013-08-16", "killed", 3, {"scope": "individual"}),
    # the displaced who may go home are a group of them, not the displaced now
    (_RETURNING, "2013-07-09", "displaced", 1200, {"scope": "group", "group": "returned"}),
    (_RETURNING, "2013-07-09", "displaced", 2000, {"scope": "whole"}),
    ("Some 5,000 displaced people have returned home.", "2013-07-09", "displaced", 5000,
     {"group": "returned"}),
    ("About 2,000 people were displaced by the fire and cannot return home.", "2013-07-09", "displaced", 2000,
     {"scope": "whole"}),
    # a date in a "since" clause of an event starts the count
    ("Police said 13 bodies have been recovered since the train derailed at about 1 a.m. on Saturday.",
     "2013-07-08", "killed", 13, {"as_of": "2013-07-08"}),
    # a clause's opening word is no part of its speaker's name
    ("But officials reported on Monday that 30 died.", "2013-07-08", "killed", 30, {"source": "officials"}),
    ("When police said on Monday that 30 died, nobody believed it.", "2013-07-08", "killed", 30,
     {"source": "police"}),
]


@pytest.mark.parametrize(("text", "published", "category", "value", "fields"), HAS, ids=[r[0] for r in HAS])
def test_the_claim_has_its_fields(text: str, published: str, category: str, value: int,
                                  fields: dict[str, object]) -> None:
    claims = [c for c in _claims(text, published) if c.category == category and _figure(c) == value]
    assert claims, [(c.category, _figure(c)) for c in _claims(text, published)]
    for name, want in fields.items():
        assert getattr(claims[0], name) == want, (name, getattr(claims[0], name))


LIVE_PAGE = """Ferry disaster: live updates

May 6, 2014

5/8 - It has been 23 days since the sinking. The body count has risen to 272.

5/7 - The search goes on Thursday as the number confirmed dead rises to 269.

5/5 – Twelve more bodies were retrieved on Monday, raising the death toll to 262.

5/2 – 2:38 p.m. PST: The coast guard reports 228 dead and 74 missing.

7:00 p.m. PST: With 76 people still remaining missing, fears grew for the search.

5/1 – 8:44 a.m. PST: The coast guard reports 221 dead and 81 missing."""


def test_each_entry_of_a_live_page_stands_at_its_own_day() -> None:
    dated = {(c.category, c.value): c for c in _claims(LIVE_PAGE, "2014-05-08")}
    assert dated[("killed", 272)].as_of == "2014-05-08"
    assert dated[("killed", 269)].as_of == "2014-05-08"  # "Thursday" of an entry stamped the day before
    assert dated[("killed", 262)].as_of == "2014-05-05"
    assert dated[("killed", 228)].as_of == "2014-05-02" and dated[("missing", 74)].as_of == "2014-05-02"
    assert dated[("missing", 76)].as_of == "2014-05-02"  # a stamp of a time alone: the same day
    assert dated[("killed", 221)].as_of == "2014-05-01" and dated[("killed", 221)].date_rule == "live_entry"


def test_entry_stamps_read_month_name_stamps_and_day_month_where_only_that_fits() -> None:
    text = "Live\n\nAug 15, 2018 5:04 pm (IST) The toll is 200.\n\nAug 14, 2018 9:10 am (IST) It is 180."
    days = [d for _, d in entry_days(text, dt.date(2018, 8, 15))]
    assert days == [dt.date(2018, 8, 15), dt.date(2018, 8, 14)]
    text = "Live\n\n25/3 - The toll is 200.\n\n24/3 - It is 180."
    days = [d for _, d in entry_days(text, dt.date(2019, 3, 26))]
    assert days == [dt.date(2019, 3, 25), dt.date(2019, 3, 24)]


def test_one_stamp_or_a_stamp_after_the_page_s_day_makes_no_live_page() -> None:
    assert entry_days("Report\n\n5/1 - The toll is 200.", dt.date(2014, 5, 8)) == []
    assert entry_days("Report\n\n5/9 - The toll is 200.\n\n5/10 - It is 210.", dt.date(2014, 5, 8)) == []
    assert entry_days("5/1 - 200. 5/2 - 210.", dt.date(2014, 5, 8)) == []  # stamps open paragraphs only
