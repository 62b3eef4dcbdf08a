"""Articles whose own date is missing or wrong, dated by the event they name by its weekday.
Found on held-out clusters of many outlets (a bridge collapse, shootings at two mosques, an
earthquake): half the disagreements a fact-checker expects lay in undated pages, and a page
stamped the morning of an attack whose text ran two days on set false flags. The sentences are
written for the project; the facts echo real reporting, the wording is ours."""

from __future__ import annotations

import pytest

from tracker import Article, extract_claims
from tracker.extractor.events import event_weekdays
from tracker.extractor.text import clean_text
from tracker.pipeline import Collection, date_by_event
from tracker.reconcile import Reconciled, reconcile

from .claim_tables import Has, check_has, claims_of

# text -> the weekdays (0 = Monday) it names its event by
WEEKDAYS: list[tuple[str, set[int]]] = [
    ("Mourners gathered for the victims of Tuesday's bridge collapse.", {1}),
    ("The death toll from Tuesday afternoon's quake is not known.", {1}),
    ("The boat sank on Thursday off the island.", {3}),
    ("Rescuers searched the cars that plunged 40 metres (130 feet) into the river bed on Tuesday.", {1}),
    ("On Friday, a gunman walked into the mosque and opened fire.", {4}),
    ("The storm hit the coast Friday with heavy rain.", {4}),
    ("An inquiry into the collapse on Monday was opened.", {0}),
    # a toll's day, another week, and what people did after the event name no event
    ("The death toll hit 139 on Tuesday.", set()),
    ("The cyclone moved inland on Thursday last week.", set()),
    ("Workers began burying the dead in mass graves on Friday.", set()),
    ("The president visited the victims on Wednesday.", set()),
    # the day of a saying: the agency's report, not the blast it describes
    ("The blast damaged 20 clinics in the districts worst hit, the UN agency said in a report on Friday.",
     set()),
    ("Police told reporters on Monday that the gunmen opened fire at dawn.", set()),
    ("Officials said the ferry capsized on Thursday.", {3}),
]


@pytest.mark.parametrize(("text", "days"), WEEKDAYS, ids=[t for t, _ in WEEKDAYS])
def test_the_weekdays_an_article_names_its_event_by(text: str, days: set[int]) -> None:
    assert event_weekdays(text) == days


HAS: list[Has] = [
    # a date before an event noun in the plural dates the event, not the toll
    ("The toll from the mosque attacks has risen to 51 after a man died of wounds from the March 15 "
     "shootings, the prime minister said.", "killed", 51, {"as_of": "2019-05-02"}),
]


@pytest.mark.parametrize(("text", "category", "value", "fields"), HAS, ids=[r[0] for r in HAS])
def test_the_claim_has_its_fields(text: str, category: str, value: int, fields: dict[str, object]) -> None:
    check_has(claims_of(text, "2019-05-02"), category, value, fields)


def test_a_page_stamped_before_its_text_is_read_in_the_week_after_its_event() -> None:
    # stamped on the Friday morning of the attack; the text was brought up to Sunday
    text = ("The death toll from the shootings at two mosques has climbed to 50, police confirmed Sunday. "
            "On Friday, a gunman walked into a mosque and opened fire.")
    (claim,) = claims_of(text, "2019-03-15")
    assert (claim.as_of, claim.date_rule) == ("2019-03-17", "event_week")


def test_a_figure_told_by_its_verb_before_the_event_keeps_the_stamp() -> None:
    # an earlier bombing's toll in the week before: the stamp stands
    text = ("Suicide bombers blew up two cars on Friday, killing at least 18 people. Friday's attack came "
            "after a car bombing killed at least 100 people on Tuesday in another city.")
    claims = {c.value: c for c in claims_of(text, "2014-05-02")}
    assert (claims[100].as_of, claims[18].as_of) == ("2014-04-29", "2014-05-02")


def _collection(*texts: tuple[str, str]) -> Reconciled:
    """Articles (published or "", text) of one event, dated by their event where they can be."""
    articles = [Article(id=f"a{n}", text=clean_text(text), published=published, outlet=f"Paper {n}",
                        event="bridge") for n, (published, text) in enumerate(texts)]
    claims = [c for a in articles for c in extract_claims(a)]
    collection = date_by_event(Collection(claims, articles, []))
    return reconcile(collection.claims, collection.articles)


_FIRST = ("2018-08-15",
          "At least 35 people were killed when a motorway bridge fell in the city, officials said.")
_UNDATED = ("", "The number of confirmed dead was lowered to 38 on Thursday, a prefecture official said. "
                "On Wednesday, the prime minister had told reporters that 39 people had died. Rescuers "
                "searched the vehicles that plunged into the river bed on Tuesday.")


def test_an_undated_article_is_dated_in_the_week_up_to_its_event_s_first_report() -> None:
    # the dated report ties no figure to a day: the event's Tuesday is the one before it
    result = _collection(_FIRST, _UNDATED)
    undated = {c.value: c for c in result.claims if c.article_id == "a1"}
    assert (undated[38].as_of, undated[38].date_rule) == ("2018-08-16", "event_week")
    assert undated[39].as_of == "2018-08-15"


def test_an_undated_article_naming_no_event_weekday_stays_undated() -> None:
    undated = ("", "The number of confirmed dead was lowered to 38 on Thursday, a prefecture official said.")
    result = _collection(_FIRST, undated)
    assert all(c.as_of == "" for c in result.claims if c.article_id == "a1")


def test_two_figures_of_one_article_dated_by_its_week_stand_at_one_time() -> None:
    # neither figure is dated by its own clause: both stand at the article's latest day, one time
    undated = ("", "The Red Cross estimates that 50,000 people were killed in Tuesday's quake. A senator "
                   "said 500,000 were dead. He said Thursday that the real number may never be known.")
    first = ("2010-01-13", "Thousands were feared dead after the earthquake, officials said.")
    result = _collection(first, undated)
    assert {(c.value_a, c.value_b) for c in result.conflicts} in ({(50000, 500000)}, {(500000, 50000)})
    dated = [c for c in result.claims if c.article_id == "a1" and c.category == "killed"]
    assert {c.as_of for c in dated} == {"2010-01-14"}


def test_a_count_at_the_event_s_own_city_passed_within_days_was_rising() -> None:
    # 40 in the city at dusk, 49 later that day, 50 two days on: one rising count
    result = _collection(
        ("2019-03-15", "Forty people have died in the shootings at two mosques in Christchurch, the prime "
                       "minister said."),
        ("2019-03-15", "Forty-nine people have died in the mosque shootings in Christchurch."),
        ("2019-03-17", "The death toll from the mosque shootings in Christchurch has climbed to 50, police "
                       "said on Sunday."))
    assert [c for c in result.conflicts if c.category == "killed"] == []
