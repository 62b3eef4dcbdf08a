"""A port explosion and a crowd crush, read across their outlets: who a part counts (teenagers,
the badly hurt, foreigners, one person of a nationality, a newborn), a toll that rose "up to" a
figure, a toll named as what a count shows, a minister written three ways, an undated page
that opens on the day it reports, and a governor's belief against the ministry's count. From
the held-out audit of the Beirut port explosion (2020) and the Itaewon crush (2022). The
sentences are written for the project; the facts echo real reporting, the wording is ours."""

from __future__ import annotations

import pytest

from tracker import Article
from tracker.models import Claim
from tracker.speakers import identify

from .claim_tables import Has, check_has, claims_of, figure, reconciled
from .test_dating_by_event import _collection

PUBLISHED = "2022-10-31"

# ---------------------------------------------------------------- who a part counts

PARTS: list[Has] = [
    ("Eleven teenagers were among the dead, the ministry said.", "killed", 11,
     {"scope": "group", "group": "teenagers"}),
    ("12 teenagers have been confirmed dead, officials said.", "killed", 12, {"group": "teenagers"}),
    # how bad the injuries are, four words after the figure
    ("40 are reported to be severely injured, the fire service said.", "injured", 40,
     {"scope": "group", "group": "serious injuries"}),
    ("The bodies of 24 foreign victims have been flown home, the headquarters said.", "killed", 24,
     {"scope": "group", "group": "foreigners"}),
    ("Two Jordanian nationals, two Syrians and one Egyptian were among the missing, the army said.",
     "missing", 1,
     {"scope": "group", "group": "Egyptian"}),
    ("At least one newborn died in the maternity ward, the agency said.", "killed", 1,
     {"scope": "group", "group": "children"}),
]


@pytest.mark.parametrize(("text", "category", "value", "fields"), PARTS, ids=[r[0] for r in PARTS])
def test_who_a_part_counts(text: str, category: str, value: int, fields: dict[str, object]) -> None:
    check_has(claims_of(text, PUBLISHED), category, value, fields)


# ---------------------------------------------------------------- the figure and who gave it

FIGURES: list[Has] = [
    # a toll that rose "up to" a figure stands at it: no maximum
    ("The headquarters said the death toll has risen up to 154.", "killed", 154,
     {"qualifier": "exact", "source": "headquarters"}),
    ("Officials said up to 300 people may have died.", "killed", 300, {"qualifier": "at_most"}),
    # a toll named by what a count shows is not who counts: the "according to" says who
    ("A week after the blast, a new death toll shows 171 dead, according to the Ministry of Health.",
     "killed", 171, {"source": "Ministry of Health"}),
    ("An Associated Press tally shows 40 people were killed.", "killed", 40,
     {"source": "An Associated Press tally"}),
    # a finding whose clause has a perfect tense before its figure
    ("A Reuters tally shows the fighting has killed 300 people.", "killed", 300,
     {"source": "A Reuters tally"}),
    # a report is the word of the body the text names as issuing it, not of one it does not name
    ("The storm killed an estimated 2,975 people, according to a new report from Western State "
     "University.", "killed", 2975, {"source": "Western State University"}),
    # what a president declared is no figure of his
    ("The president declared a week of mourning after the crush killed at least 151 people.",
     "killed", 151, {"source": ""}),
    # a speaker's noun phrase, whole, with the verb-like word that modifies its noun
    ("The district fire chief confirms 19 foreigners were killed.", "killed", 19,
     {"source": "district fire chief"}),
    # a toll of another disaster that the sentence ranks this one against, its clause right after "since"
    ("It was the country's deadliest disaster since 304 people died when a ferry sank in 2014.",
     "killed", 304, {"scope": "compared"}),
    ("It was the worst attack since 2015, with 500 killed.", "killed", 500, {"scope": "whole"}),
    # a title whose acronym stands in brackets before the name between commas
    ("The Minister of Public Health (MoPH), Nadim Haddad, reported on Wednesday that 80 people had "
     "been killed.", "killed", 80, {"source": "Nadim Haddad"}),
]


@pytest.mark.parametrize(("text", "category", "value", "fields"), FIGURES, ids=[r[0] for r in FIGURES])
def test_the_figure_and_who_gave_it(text: str, category: str, value: int, fields: dict[str, object]) -> None:
    check_has(claims_of(text, "2020-08-05"), category, value, fields)


def test_a_month_in_the_possessive_dates_and_does_not_break_the_reading() -> None:
    # "September's floods": a month written as a possessive, read as the month
    claims = claims_of("The toll from September's floods rose to 40 on Monday, officials said.", "2014-10-02")
    assert [figure(c) for c in claims] == [40]


# ---------------------------------------------------------------- one minister, three ways


def _claim(n: int, source: str, article: str) -> Claim:
    return Claim(claim_id=f"c{n}", article_id=article, published="2020-08-05", outlet="", category="killed",
                 term="killed", value=70 + n, low=70 + n, high=70 + n, qualifier="exact", source=source,
                 via="", as_of="2020-08-05", location="", sentence="", start=n, end=n + 1)


def test_a_title_with_its_portfolio_is_the_minister_whatever_the_spelling_of_his_name() -> None:
    arts = {
        "a1": Article(id="a1", text="The country's health minister, Nadim Haddad, spoke late on Tuesday.",
                      published="2020-08-05"),
        "a2": Article(id="a2", text="Health minister Nadim Hadad said more bodies were found.",
                      published="2020-08-05"),
    }
    claims = [_claim(0, "the country's health minister", "a1"), _claim(1, "Nadim Haddad", "a1"),
              _claim(2, "minister Nadim Hadad", "a2"), _claim(3, "Ministry of Public Health", "a2")]
    speakers = identify(claims, arts, set())
    keys = {c.source: speakers[c.claim_id].key for c in claims}
    minister = ("the country's health minister", "Nadim Haddad", "minister Nadim Hadad")
    assert len({keys[s] for s in minister}) == 1
    # a ministry is no person whose surname is "Health"
    assert keys["Ministry of Public Health"] != keys["Nadim Haddad"]


def test_a_ministry_is_named_before_its_spokespeople() -> None:
    arts = {"a1": Article(id="a1", text="", published="2020-08-06")}
    claims = [_claim(0, "A health ministry spokesperson", "a1"),
              _claim(1, "a health ministry spokesperson", "a1"), _claim(2, "the health ministry", "a1")]
    names = {s.name for s in identify(claims, arts, set()).values()}
    assert names == {"the health ministry"}


# ---------------------------------------------------------------- a belief against a count


def test_a_governor_s_belief_above_the_ministry_s_count_of_the_next_day_diverges() -> None:
    result = reconciled(
        ("2020-08-10", "More than 200 people are believed to have been killed by Tuesday's explosion at the "
                       "port, the city's governor said on Monday."),
        ("2020-08-11", "The explosion at the port has killed 171 people, the health ministry said "
                       "on Tuesday."),
    )
    assert [(c.kind, c.value_a, c.value_b) for c in result.conflicts] == [("divergence", 200, 171)]


def test_a_belief_the_count_reached_later_raises_no_flag() -> None:
    result = reconciled(
        ("2020-08-10", "More than 200 people are believed to have been killed by Tuesday's explosion at the "
                       "port, the city's governor said on Monday."),
        ("2020-08-11", "The explosion at the port has killed 210 people, the health ministry said "
                       "on Tuesday."),
    )
    assert result.conflicts == []


# ---------------------------------------------------------------- an undated page's day


def test_an_undated_page_that_opens_on_a_weekday_reports_that_day() -> None:
    first = ("2022-10-29", "At least 120 people died in a crowd crush in the nightlife district, "
                           "officials said.")
    undated = ("", "On Sunday, the country mourned as at least 153 people were confirmed dead after the "
                   "crush on Saturday night. The fire chief said 82 people were injured.")
    result = _collection(first, undated)
    later = {figure(c): c for c in result.claims if c.article_id == "a1"}
    assert later[153].as_of == later[82].as_of == "2022-10-30"


def test_a_dateline_without_a_year_dates_an_undated_page_in_its_event_s_weeks() -> None:
    first = ("2020-08-05", "The explosion at the port killed 135 people, the ministry said on Wednesday.")
    undated = ("", "Port blast has left 7 missing, army says\n\nA photo caption.\n\nAug. 29 (Wire) — Seven "
                   "people remain missing from the port blast that killed nearly 180 people, the army said.")
    result = _collection(first, undated)
    later = {figure(c): c for c in result.claims if c.article_id == "a1"}
    assert later[180].as_of == "2020-08-29"
    # a day before a week ahead of the first report is of the next year
    first = ("2020-12-30", "The flood killed 12 people, the ministry said on Wednesday.")
    undated = ("", "Jan. 3 (Wire) — The flood has killed 20 people, the ministry said.")
    result = _collection(first, undated)
    assert {c.as_of for c in result.claims if c.article_id == "a1"} == {"2021-01-03"}
