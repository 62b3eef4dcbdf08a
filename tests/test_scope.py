"""The scope and group of a figure, sentence by sentence (sentences written for the project)."""

from __future__ import annotations

import pytest

from tracker import Article, clean_text, extract_claims, extract_text
from tracker.reconcile import Reconciled, reconcile

# (sentence, category, value, scope, group)
Row = tuple[str, str, int, str, str]

WHOLE: list[Row] = [
    ("At least 5,000 people were killed in the quake, the ministry said.", "killed", 5000, "whole", "people"),
    ("The death toll rose to 158 on Tuesday.", "killed", 158, "whole", "people"),
    ("Some 100,000 refugees crossed the border, the UN said.", "displaced", 100000, "whole", "refugees"),
    ("It is estimated that 2.8 million Nepalese are displaced.", "displaced", 2800000, "whole", "Nepalese"),
]
GROUPS: list[Row] = [
    ("Six children were killed when the school collapsed.", "killed", 6, "group", "children"),
    ("Three firefighters were injured fighting the blaze.", "injured", 3, "group", "rescuers"),
    ("The attack killed more than 1,400 Israelis, officials said.", "killed", 1400, "group", "Israelis"),
    ("Twelve soldiers died in the ambush, the army said.", "killed", 12, "group", "soldiers"),
    # the bodies buried, handed over, kept for identification so far: a group of the dead
    ("Police say they have handed over 441 bodies to relatives.", "killed", 441, "group", "handed over"),
    ("A mass burial on the hillside was the resting place on Thursday for 100 people who died.", "killed",
     100, "group", "buried"),
    ("Thirty-two unidentified bodies retrieved from the rubble were buried on Monday.", "killed", 32,
     "group", "buried"),
    # the dead brought to hospitals or morgues: those that reached them, a part of the toll
    ("Over 150 dead had been taken to several hospitals, a health official said.", "killed", 150, "group",
     "brought to hospitals"),
    ("The district morgue has received 75 bodies, officials said.", "killed", 75, "group",
     "brought to hospitals"),
    # the injured in one condition are a group of the injured
    ("The minister said 120 other people are in serious condition.", "injured", 120, "group",
     "in serious condition"),
]
PERIODS: list[Row] = [
    ("Another 12 people died on Tuesday, police said.", "killed", 12, "period", "people"),
    ("A further 61 people died in the aftershock.", "killed", 61, "period", "people"),
    ("Rescuers found six more bodies on Wednesday.", "killed", 6, "period", "people"),
    ("A team of 40 Swiss rescuers has found four bodies, its commander said.", "killed", 4, "period",
     "people"),
    ("In the past 24 hours, 40 people were killed, the ministry said.", "killed", 40, "period", "people"),
    # rates: a count per day is no toll
    ("Before the storm the registry had an average of 82 deaths daily, its director said.", "killed", 82,
     "period", "people"),
    ("About 30 people died a day in the camps, doctors said.", "killed", 30, "period", "people"),
    # the count of a span of time, not of the whole event
    ("The following year, 5,100 people died over that same three-month stretch.", "killed", 5100,
     "period", "people"),
    ("The registry found that about 700 excess deaths were recorded in March and April.", "killed", 700,
     "period", "people"),
    ("During the first week of the floods, 300 people died, the ministry said.", "killed", 300, "period",
     "people"),
    ("About 4,700 people died on the island in September and October of 2016.", "killed", 4700, "period",
     "people"),
]
AREAS: list[Row] = [
    ("About 700 people were killed in the city of Osh alone, a community leader said.", "killed", 700, "area",
     "people"),
    # "there": a place named before, which the sentence does not name
    ("An avalanche buried the base camp. At least 20 people died there, guides said.", "killed", 20, "area",
     "people"),
    # a named landform, a region that "where" opens
    ("The quake killed more than 6,000 people in Nepal, and 18 people were killed on Mount Everest, "
     "officials said.", "killed", 18, "area", "people"),
    ("Most died in the hill districts, and the central region where 2,700 were killed.", "killed", 2700,
     "area", "people"),
    # a part of a country held by one side, named or not
    ("In Syria, 1,600 people were killed in government-held areas, the ministry said.", "killed", 1600,
     "area", "people"),
    ("At least 1,200 people have died in the rebel-held northwest, rescuers said.", "killed", 1200, "area",
     "people"),
    # the rest of a place, beside its main part: a part, never the whole nor the main place
    ("The flood killed 9,000 people in Sabha, and about 140 people lost their lives in other parts of "
     "southern Libya.", "killed", 140, "area", "people"),
    ("The flood killed 9,000 people in Sabha. Another 35 died elsewhere in Libya.", "killed", 35, "area",
     "people"),
    ("The flood killed 9,000 people in Sabha. Some 60 people died outside Sabha.", "killed", 60, "area",
     "people"),
    ("The flood killed 9,000 people in Sabha. In the rest of the country, 75 people died.", "killed", 75,
     "area", "people"),
    ("The flood killed 9,000 people in Sabha. In the rest of the country, 75 people died.", "killed", 9000,
     "whole", "people"),
    # places named before, which the phrase does not name; places counted inside one named
    ("The shelling wounded 450 people in the two districts, the governor said.", "injured", 450, "area",
     "people"),
    ("The quake killed 2,000 people in Herat, and 60 people died in both districts.", "killed", 60, "area",
     "people"),
    # provinces are often the whole area of the incident ("clashes killed 124 in the two provinces")
    ("Clashes killed at least 124 people in the two provinces by Monday.", "killed", 124, "whole", "people"),
    ("As many as 80 people have been killed across six villages in Kushk district.", "killed", 80, "area",
     "people"),
]
# "another" moving on to another category is no increment; "a day after" dates, it is no rate
NOT_INCREMENTS: list[Row] = [
    ("At least 11,300 people were killed and another 10,100 are missing, the UN said.", "missing", 10100,
     "whole", "people"),
    ("The quake killed 300 people a day after the first warning.", "killed", 300, "whole", "people"),
    # a span counted from the event is the toll so far; a toll over a span is still the toll
    ("The study estimated 2,900 excess deaths in the six months after the storm made landfall.", "killed",
     2900, "whole", "people"),
    ("In the past week the death toll rose to 500, the ministry said.", "killed", 500, "whole", "people"),
    ("At least 80 people were killed, and the injured were taken to hospitals.", "killed", 80, "whole",
     "people"),
    # "there" opening a clause, or a speaker's place, is no place of the figure
    ("The storm hit the coast and there were 40 people killed, officials said.", "killed", 40, "whole",
     "people"),
    ("Officials there told reporters that 30 people died.", "killed", 30, "whole", "people"),
    # where the event was is no part of it
    ("The toll from the earthquake near Marrakesh rose to 640, the ministry said.", "killed", 640, "whole",
     "people"),
    ("Rescuers have recovered 78 bodies, officials said.", "killed", 78, "whole", "people"),
    ("A volunteer said: “I have seen around 60 bodies in the rubble.”", "killed", 60, "period", "people"),
    ("A passenger claimed to have personally seen more than 150 deaths.", "killed", 150, "period", "people"),
    ("The nurse said she saw 35 bodies in the corridor.", "killed", 35, "period", "people"),
]
# another event that the sentence ranks this one against: its toll is its own
COMPARED = [
    ("Officials said the quakes were the deadliest this year after a tremor in Chile, in which some "
     "4,000 people were killed.", "killed", 4000, "compared", "people"),
    ("It was the worst crush since a stampede in Mecca killed 710 pilgrims, the ministry said.", "killed",
     710, "compared", "worshippers"),
    ("The storm was the costliest behind a hurricane that left 1,800 dead two decades ago.", "killed", 1800,
     "compared", "people"),
    # the event's own toll after the ranking, and a ranking without another event
    ("The landslide is the region's deadliest disaster since the 2014 floods, with at least 310 people "
     "killed.", "killed", 310, "whole", "people"),
    ("The fire was the deadliest in the city since the war, and 64 people died.", "killed", 64, "whole",
     "people"),
    ("After the earthquake, in which 900 people died, aid arrived slowly.", "killed", 900, "whole", "people"),
    ("The worst thing after the disaster struck the valley, the governor said on Monday, was that 60 bodies "
     "were found downstream.", "killed", 60, "whole", "people"),
]
# the war an episode is part of: its toll, after the episode's and far above it, is the war's
WARS = [
    ("A drone strike killed at least eight fighters on Monday. More than 300,000 people have been killed "
     "since the conflict began in 2011.", "killed", 300000, "compared", "people"),
    ("Air strikes killed 27 people on Tuesday, a monitor said. The war has killed more than 220,000 "
     "people, the UN says.", "killed", 220000, "compared", "people"),
    ("He said at least 31 people were killed in the shelling. The uprising began in 2011; since then more "
     "than 250,000 people have been killed.", "killed", 250000, "compared", "people"),
    ("Six died on Monday. The research centre put the death toll from the five-year conflict at 470,000.",
     "killed", 470000, "compared", "people"),
    # a toll the sentence says moved is the event's own, whatever "since" or war noun is near
    ("Floods killed five people in Kerala on Monday. Since then, the death toll has climbed to 62, "
     "officials said.", "killed", 62, "whole", "people"),
    ("Four died in the blaze on Monday. By Friday the toll had risen to 85, making it the deadliest fire "
     "in California since 2018.", "killed", 85, "whole", "people"),
    ("Police said 4 died. The monitor, which follows the war, said the toll from the strike had risen to "
     "52.", "killed", 52, "whole", "people"),
    # "conflict" the verb is no war
    ("Police said 4 died. Hospital officials, whose figures conflict with the police count, said 60 "
     "people died.", "killed", 60, "whole", "people"),
    # an article that opens with the war's toll is about the war; a war monitor is no war
    ("The war has killed more than 220,000 people, the UN says.", "killed", 220000, "whole", "people"),
    ("A war monitor said 15 people were killed on Monday. At least 400 died in the region last year, "
     "the monitor said.", "killed", 400, "whole", "people"),
]
# a casualty word joined by "or" to a word of no casualty counts both; a family's loss is its own
ALTERNATIVES = [
    ("More than 8,000 injured or vulnerable residents were flown out of the city.", "injured", 8000,
     "group", "injured or vulnerable"),
    ("Nine people were shot or suffered other injuries.", "injured", 9, "whole", "people"),
    ("His wife and two daughters are missing in the rubble.", "missing", 2, "individual", "people"),
    # "besides" another category sets it aside; besides a figure or a name of its own, a part
    ("Besides the deaths reported by the Health Ministry, 217 people are missing.", "missing", 217,
     "whole", "people"),
    ("Apart from deaths in the city, 300 people were injured.", "injured", 300, "whole", "people"),
]
TABLE = [*WHOLE, *GROUPS, *PERIODS, *AREAS, *NOT_INCREMENTS, *COMPARED, *WARS, *ALTERNATIVES]


def _reconciled(texts: list[str], published: str, event: str) -> Reconciled:
    """The texts as articles of one event, reconciled."""
    articles = [Article(id=f"a{n}", text=clean_text(t), published=published, event=event)
                for n, t in enumerate(texts)]
    return reconcile([c for a in articles for c in extract_claims(a)], articles)


@pytest.mark.parametrize(("sentence", "category", "value", "scope", "group"), TABLE,
                         ids=[r[0] for r in TABLE])
def test_scope_and_group(sentence: str, category: str, value: int, scope: str, group: str) -> None:
    claims = extract_text(sentence, published="2023-09-14")
    rows = {(r.category, r.value): (r.scope, r.group) for r in claims.itertuples()}
    assert rows.get((category, value)) == (scope, group), rows


def test_a_named_person_is_an_individual() -> None:
    claims = extract_text("Maria Lopez, 34, was killed on Friday, police said.", published="2023-09-14")
    assert list(claims["scope"]) == ["individual"]


# Places: written for the project, with the places and figures of real events
def test_a_location_is_a_place_with_its_country_or_nothing() -> None:
    claims = extract_text("Floods killed 2,000 people in the flood-hit region. In the city of Derna, 300 "
                          "people died, officials said.", published="2023-09-12")
    rows = {r.value: (r.location, r.country) for r in claims.itertuples()}
    assert rows[2000] == ("", "") and rows[300] == ("Derna", "LBY")


def test_places_inside_the_area_and_other_countries_are_parts() -> None:
    texts = ["The earthquake killed at least 5,000 people in Nepal, the home ministry said on Tuesday.",
             "In the Kathmandu Valley, 1,441 people died, police said on Tuesday.",
             "The quake also killed 61 people in India, officials there said on Tuesday."]
    result = _reconciled(texts, "2015-04-28", "quake")
    scopes = {c.value: c.scope for c in result.claims}
    assert scopes == {5000: "whole", 1441: "area", 61: "area"}
    assert result.conflicts == []
    (row,) = [e for e in result.estimates if e.category == "killed"]
    assert row.best == 5000


def test_a_city_above_the_provinces_it_lies_in_is_a_part_above_the_whole() -> None:
    texts = ["Clashes in the provinces of Osh and Jalal-Abad killed at least 124 people by Monday, "
             "the health ministry said.",
             "A community leader said about 700 people were killed in the city of Jalal-Abad alone."]
    result = _reconciled(texts, "2010-06-15", "clashes")
    assert [(c.kind, c.value_a, c.value_b) for c in result.conflicts] == [("part_exceeds_whole", 124, 700)]


def test_a_day_named_next_to_one_figure_does_not_make_the_others_a_day() -> None:
    claims = extract_text("The death toll rose to 500 on Tuesday, including 20 killed in the past 24 hours, "
                          "the ministry said.", published="2023-10-17")
    scopes = {r.value: r.scope for r in claims.itertuples()}
    assert scopes[500] == "whole"


def test_a_place_beyond_the_area_is_no_part_of_it() -> None:
    texts = ["Shelling killed 100 people in Gaza on Monday, the health ministry said.",
             "The fighting has killed 1,400 people in Israel and Gaza since Saturday, the army said "
             "on Monday.",
             "Air strikes killed 60 people in Gaza on Monday, medics said."]
    result = _reconciled(texts, "2023-10-09", "war")
    assert {c.value: c.scope for c in result.claims}[1400] == "whole"
    assert all(c.kind != "part_exceeds_whole" for c in result.conflicts)


def test_a_place_in_a_bracketed_breakdown_is_only_the_breakdown_s() -> None:
    claims = extract_text("As of 29 April the emergency centre reported a total of 5,000 dead and 10,000 "
                          "injured people (1,000 deaths in Kathmandu and 200 in Bhaktapur).",
                          published="2015-04-30")
    rows = {r.value: r.location for r in claims.itertuples()}
    assert rows[5000] == "" and rows[10000] == "" and rows[1000] == "Kathmandu"


def test_a_name_framing_a_superlative_is_no_place() -> None:
    claims = extract_text("The official toll of 64 was far too low for what may be the deadliest disaster "
                          "in U.S. history, the study said.", published="2018-05-29")
    (row,) = claims.itertuples()
    assert (row.value, row.location, row.scope) == (64, "", "whole")


def test_the_country_of_the_thousands_is_the_area_not_the_neighbours_of_a_few_dozen() -> None:
    texts = ["The quake killed 34 people in India and 20 in Tibet, officials there said on Saturday.",
             "In neighbouring India, 61 people died, and 25 were killed in Tibet, state media said "
             "on Monday.",
             "In Kathmandu, 1,039 people died, the emergency centre said on Tuesday.",
             "The toll in Nepal rose to 5,006, the emergency centre said on Wednesday."]
    result = _reconciled(texts, "2015-04-29", "quake")
    scopes = {c.value: c.scope for c in result.claims}
    assert scopes[5006] == "whole" and scopes[1039] == "area" and scopes[61] == "area"


def test_the_parts_of_a_toll_belong_to_this_year_s_toll_not_an_older_event_s() -> None:
    claims = extract_text("The official toll from the storm rose to 34 on Tuesday, the governor said. As "
                          "many as 1,800 people died in 2005 when another hurricane struck the coast. Later, "
                          "the governor said the toll included 19 people who died as a direct result of the "
                          "storm and 15 whose deaths were caused indirectly.", published="2017-10-03")
    ids = {r.value: r.claim_id for r in claims.itertuples()}
    parents = {r.value: r.part_of for r in claims.itertuples()}
    assert parents[19] == parents[15] == ids[34]


def test_a_place_before_where_is_the_place_of_the_figure_of_its_clause_only() -> None:
    claims = extract_text("The worst-hit areas were the Kathmandu Valley, where 1,400 have died, and the "
                          "central region where 2,700 have been killed.", published="2015-04-28")
    rows = {r.value: r.location for r in claims.itertuples()}
    assert rows == {1400: "Kathmandu Valley", 2700: ""}


def test_the_displaced_in_another_country_are_where_they_went_not_a_part() -> None:
    result = _reconciled(["Clashes in Osh killed 120 people, the health ministry said on Monday.",
                          "About 100,000 refugees crossed into Uzbekistan, officials said on Monday.",
                          "Some 75,000 refugees have fled the fighting, the emergencies ministry said "
                          "on Monday."],
                         "2010-06-15", "clashes")
    scopes = {c.value: c.scope for c in result.claims}
    assert scopes[100000] == scopes[75000] == "whole"
    assert all(c.kind != "part_exceeds_whole" for c in result.conflicts)


def test_a_country_named_for_one_category_makes_no_part_of_another_s_toll() -> None:
    result = _reconciled(["The number of people missing in Libya has reached 10,000, the Red Cross said "
                          "on Tuesday.",
                          "In Derna, 3,900 people were killed, the UN said on Thursday.",
                          "The floods killed 2,000 people, officials said on Tuesday."],
                         "2023-09-14", "floods")
    scopes = {(c.category, c.value): c.scope for c in result.claims}
    assert scopes[("killed", 3900)] == "whole"


def test_one_more_count_in_another_country_is_that_country_s_part() -> None:
    texts = ["The earthquake killed more than 4,000 people in Nepal, the ministry said on Tuesday. A "
             "further 70 people were killed in India, according to India's interior secretary."]
    result = _reconciled(texts, "2015-04-28", "quake")
    scopes = {c.value: (c.scope, c.location) for c in result.claims}
    assert scopes[70] == ("area", "India")


def test_each_country_of_a_two_country_disaster_is_a_part() -> None:
    texts = ["The toll rose to 17,600 in Turkey, the vice president said on Thursday.",
             "In Syria, 3,100 people were killed, the health ministry said on Thursday.",
             "More than 21,000 people were killed in Turkey and Syria, rescuers said on Thursday."]
    result = _reconciled(texts, "2023-02-09", "quake")
    scopes = {c.value: c.scope for c in result.claims}
    assert (scopes[17600], scopes[3100], scopes[21000]) == ("area", "area", "whole")
    assert result.conflicts == []


def test_a_place_after_another_clause_s_figure_or_after_including_is_not_the_figure_s() -> None:
    claims = extract_text("The confirmed toll rose to 35,200 as officials said 31,600 people had died in "
                          "Turkey and 3,600 in Syria. The agency said the toll had risen to 7,100, "
                          "including fatalities in neighboring Syria.", published="2023-02-13")
    places = {r.value: r.location for r in claims.itertuples()}
    assert (places[35200], places[31600], places[7100]) == ("", "Turkey", "")
    listed = extract_text("Officials reported 25 dead and 380 injured in Tibet.", published="2015-04-28")
    assert set(listed["location"]) == {"Tibet"}



@pytest.mark.parametrize(("text", "location"), [
    # the place a country's possessive stands before ("Libya's eastern city of Derna")
    ("The toll from floods in Chad's southern city of Sarh has risen to 2,300.", "Sarh"),
    ("The toll from floods in Chad's southern Chadian city of Sarh has risen to 2,300.", "Sarh"),
    # the rest of a place, as written, never the place itself
    ("The flood killed 9,000 people in Sabha. Some 60 people died outside Sabha.", "outside Sabha"),
    ("The flood killed 9,000 people in Sabha, and about 140 people lost their lives in other parts of "
     "southern Libya.", "other parts of southern Libya"),
    # places named before are not named again
    ("The quake killed 2,000 people in Herat, and 60 people died in both districts.", ""),
])
def test_the_location_of_the_last_figure(text: str, location: str) -> None:
    assert list(extract_text(text, published="2023-09-14").location)[-1] == location


@pytest.mark.parametrize(("text", "location"), [
    ("Police in Hawaii said 97 people had died.", ""),  # where the speaker is
    ("Police in Osh found 12 bodies.", "Osh"),
    ("In Osh, police said 12 people died.", "Osh"),
], ids=lambda v: str(v))
def test_the_speaker_s_place_is_not_the_figure_s(text: str, location: str) -> None:
    assert list(extract_text(text, published="2023-09-09")["location"]) == [location]


@pytest.mark.parametrize(("text", "location"), [
    ("About 600 people were injured in the collision that occurred in Faro district.", ""),
    ("The toll in the Lisbon train crash rose to 140, the ministry said.", ""),
    ("The crash killed 140 people in Lisbon.", "Lisbon"),
    ("The storm killed 30 in the Algarve region.", "Algarve region"),
], ids=lambda v: str(v))
def test_where_the_event_was_is_not_a_part_of_it(text: str, location: str) -> None:
    assert list(extract_text(text, published="2023-09-09")["location"]) == [location]


def test_a_count_of_flats_is_no_count_of_people() -> None:
    assert extract_text("Police believe everyone in these 23 flats has died.", published="2017-06-20").empty


def test_another_event_named_for_comparison_is_an_incident_of_its_own() -> None:
    result = _reconciled(["At least 2,300 people were killed in the quakes, the government said, among the "
                          "deadliest this year after tremors in Chile, in which 4,000 people were killed.",
                          "The government said 2,300 people were killed in the quakes."],
                         "2023-10-09", "quake")
    compared = [c for c in result.claims if c.scope == "compared"]
    assert [c.value for c in compared] == [4000]
    assert compared[0].incident_id != result.claims[0].incident_id
    assert "another event" in result.incidents[compared[0].incident_id]
    assert result.conflicts == []


def test_a_name_several_places_bear_is_read_in_the_country_its_neighbours_are_in() -> None:
    # Valencia in Venezuela is the larger city; beside Paiporta, Torrent and Andalusia it is Spain's
    result = _reconciled(["In Valencia, 190 people died in the floods, officials said.",
                          "In Paiporta, 60 people died. Four died in Torrent. Two people died in Andalusia.",
                          "The floods killed 205 people across Spain, the government said."],
                         "2024-11-03", "floods")
    by_value = {c.value: c for c in result.claims}
    assert {by_value[v].country for v in (190, 60, 4, 2)} == {"ESP"}
    assert by_value[205].scope == "whole" and by_value[190].scope == "area"
