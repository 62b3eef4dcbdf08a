"""The event a figure is tied to (`event_date`) and what reconciliation makes of another
event's figures. Sentences written for the project, with the dates of real events."""

from __future__ import annotations

import pytest

from tracker import Article, clean_text, extract_claims, extract_text
from tracker.reconcile import Reconciled, reconcile

# (text, published, value, event_date)
TIED = [
    ("Last month's quake killed at least 8,000 people, officials said.", "2015-05-12", 8000, "2015-04"),
    ("Last month\u2019s quake killed at least 8,000 people, officials said.", "2015-05-12", 8000, "2015-04"),
    ("Twenty people were killed and 900 injured in an earthquake on Tuesday, police said.", "2015-05-12",
     900, "2015-05-12"),
    ("At least 1,800 people died in the 2005 earthquake.", "2015-05-12", 1800, "2005"),
    ("Saturday's devastating earthquake killed 4,400 people, police said.", "2015-04-28", 4400, "2015-04-25"),
    ("Last year's floods killed 300 people in the valley.", "2011-06-01", 300, "2010"),
    ("The official death toll from 2005\u2019s Hurricane Katrina is 1,833.", "2018-05-29", 1833, "2005"),
    ("The 2004 tsunami's toll was 230,000.", "2018-05-29", 230000, "2004"),
    # no event phrase, or one in another clause
    ("The toll rose to 500 on Tuesday, the ministry said.", "2015-05-12", 500, ""),
    ("The quake struck on Tuesday; at least 30 people died, police said.", "2015-05-12", 30, ""),
]


@pytest.mark.parametrize(("text", "published", "value", "event_date"), TIED, ids=[r[0] for r in TIED])
def test_a_figure_carries_the_date_of_the_event_its_clause_names(text: str, published: str, value: int,
                                                                  event_date: str) -> None:
    claims = extract_text(text, published=published)
    assert {r.value: r.event_date for r in claims.itertuples()}[value] == event_date


def test_a_headline_s_rounded_figure_goes_with_the_body_figure_s_event() -> None:
    claims = extract_text("Quake toll reaches 20; nearly 1,000 hurt\n\nTwenty people were killed and 981 "
                          "injured in an earthquake on Tuesday, an official said.", published="2015-05-12")
    assert {r.value: r.event_date for r in claims.itertuples()}[1000] == "2015-05-12"


def test_a_headline_the_body_repeats_takes_no_past_event_s_date_from_a_figure_near_it() -> None:
    # the 1,399 of the headline is the body's, of the crush last month; not the 1990 stampede's 1,426
    claims = extract_text("Crush killed at least 1,399, news agency count shows\n\nA crush last month "
                          "killed at least 1,399 pilgrims, a news agency count showed. A stampede in 1990 "
                          "killed 1,426 people in a tunnel.", published="2015-10-15")
    assert {r.value: r.event_date for r in claims.itertuples()}[1399] != "1990"


def _reconciled(texts: list[tuple[str, str]], event: str) -> Reconciled:
    articles = [Article(id=f"a{n}", text=clean_text(t), published=published, event=event)
                for n, (t, published) in enumerate(texts)]
    return reconcile([c for a in articles for c in extract_claims(a)], articles)


def test_a_later_event_s_figures_are_a_phase_not_the_toll() -> None:
    result = _reconciled([
        ("Saturday's earthquake killed at least 2,500 people, the home ministry said.", "2015-04-26"),
        ("The death toll rose to 5,000 on Tuesday, the home ministry said.", "2015-04-28"),
        ("The death toll rose to 6,800 on Saturday, the government said.", "2015-05-02"),
        ("Twenty people were killed and 900 injured in an earthquake on Tuesday, an official said. Last "
         "month's quake killed at least 8,000 people and injured more than 17,000.", "2015-05-12"),
    ], "quake")
    scopes = {c.value: c.scope for c in result.claims}
    assert scopes[20] == scopes[900] == "period"
    assert scopes[8000] == "whole"
    assert result.conflicts == []
    assert len({c.incident_id for c in result.claims}) == 1


def test_an_earlier_event_s_figures_are_an_incident_of_their_own() -> None:
    result = _reconciled([
        ("Clashes on Thursday killed at least 120 people, the health ministry said.", "2011-06-12"),
        ("The toll rose to 170 on Sunday, the health ministry said. Last year's floods killed 300 people in "
         "the same region.", "2011-06-14"),
    ], "clashes")
    incident = {c.value: c.incident_id for c in result.claims}
    assert incident[300] != incident[170] == incident[120]
    assert result.conflicts == []


def _grouped(*articles: tuple[str, str, str]) -> list[set[str]]:
    """The events of unlabelled (id, published, text) articles, as sets of ids."""
    from tracker.reconcile import group_events

    events = group_events([Article(id=i, text=t, published=p) for i, p, t in articles])
    by_event: dict[str, set[str]] = {}
    for article_id, event in events.items():
        by_event.setdefault(event, set()).add(article_id)
    return sorted(by_event.values(), key=sorted)


def test_articles_naming_one_storm_are_one_event_within_a_year() -> None:
    groups = _grouped(("a", "2017-09-25", "Hurricane María kills 16 on the island, the governor says."),
                      ("b", "2018-05-29", "A study says Hurricane Maria killed 4,600 people, far above "
                                          "the 64 the government counted."),
                      ("c", "2019-09-01", "Hurricane Maria, two years on: residents rebuild."))
    assert groups == [{"a", "b"}, {"c"}]


def test_one_kind_of_disaster_in_one_country_within_a_week_is_one_event() -> None:
    groups = _grouped(
        ("a", "2015-04-25", "A powerful earthquake struck Nepal on Saturday, killing at least 1,100 people."),
        ("b", "2015-04-28", "KATHMANDU - Rescuers dug through rubble as the quake toll passed 5,000."),
        ("c", "2015-04-28", "Floods in Peru killed 20 people, officials said."),
        ("d", "2015-05-20", "A new earthquake shook Nepal, killing 10."),
        ("e", "2015-04-27", "A gunman killed 3 people in Kathmandu, police said."))
    assert groups == [{"a", "b"}, {"c"}, {"d"}, {"e"}]


def test_a_rare_disaster_s_follow_up_weeks_later_is_the_same_event() -> None:
    groups = _grouped(
        ("a", "2022-10-30", "A crowd crush in Seoul killed 151 people during Halloween in Itaewon."),
        ("b", "2022-11-14", "The toll of the stampede in the Itaewon district of Seoul, South Korea, has "
                            "reached 158, the interior ministry said."),
        ("c", "2022-11-14", "Floods in South Korea killed 12 people, officials said."),
        ("d", "2022-10-30", "Floods in South Korea killed 3 people, officials said."))
    assert groups == [{"a", "b"}, {"c"}, {"d"}]


def test_shipwrecks_are_one_event_by_their_town_not_their_country() -> None:
    # migrant boats sink off one coast days apart: a shipwreck is joined by the town it names
    groups = _grouped(
        ("a", "2023-06-14", "A shipwreck off Kalamata in Greece killed at least 78 migrants, the coast guard "
                            "said."),
        ("b", "2023-06-19", "Survivors of the shipwreck were taken to Kalamata as the toll rose to 81."),
        ("c", "2023-06-16", "A boat capsized off Mytilene in Greece, drowning 6 people, the coast guard "
                            "said."))
    assert groups == [{"a", "b"}, {"c"}]


def test_a_follow_up_that_shares_names_weeks_later_joins_when_it_names_a_rare_disaster() -> None:
    names = "Halloween festivities in the Itaewon district, the Yongsan Fire Department said"
    groups = _grouped(("a", "2022-10-30", f"At least 151 people died during {names}."),
                      ("b", "2022-11-14", f"The stampede toll rose to 158 after {names}."),
                      ("c", "2022-11-26", f"Two more people died after {names}."))
    assert groups == [{"a", "b"}, {"c"}]


def test_two_disasters_in_two_countries_citing_one_body_are_two_events() -> None:
    ifrc = ("the International Federation of Red Cross and Red Crescent Societies said its "
            "volunteers from the Red Crescent and the Red Cross were on the ground")
    groups = _grouped(("a", "", f"Floods swept through Derna in Libya, and {ifrc}."),
                      ("b", "", f"An earthquake flattened Port-au-Prince in Haiti, and {ifrc}."),
                      ("c", "", f"In Derna, Libya, rescuers searched the flood mud, and {ifrc}."))
    assert groups == [{"a", "c"}, {"b"}]


def test_a_dated_event_s_toll_is_counted_now_not_on_the_event_s_month() -> None:
    claims = extract_text("Last month's quake killed at least 8,000 people, officials said.",
                          published="2015-05-12")
    (row,) = claims.itertuples()
    assert (row.as_of, row.event_date) == ("2015-05-12", "2015-04")


def test_an_earlier_event_without_a_place_is_labelled_as_one() -> None:
    result = _reconciled([("The storm killed 34 people, the governor said on Tuesday. As many as 1,800 "
                           "people died in 2005 when another hurricane struck.", "2017-10-03")], "maria")
    assert sorted(result.incidents.values()) == ["maria", "maria: an earlier event, 2005"]
