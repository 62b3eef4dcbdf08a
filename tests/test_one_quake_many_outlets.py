"""Faults that a held-out cluster (one earthquake and tsunami covered by eight outlets over two
weeks) found in reading figures and in comparing them, as rules. The sentences are written for
the project; the facts echo real reporting of the 2018 Sulawesi earthquake, the wording is ours."""

from __future__ import annotations

from .claim_tables import Has, Lacks, claims_of, reconciled, table_tests

HAS: list[Has] = [
    # a place that most of the figure is in places none of it
    ("The agency said the toll had risen to 2,073 by Thursday, with most of the deaths in Palu.", "killed",
     2073, {"location": ""}),
    ("At least 30 people were killed, the majority of them in the capital Dili.", "killed", 30,
     {"location": ""}),
    ("At least 30 people were killed in Dili.", "killed", 30, {"location": "Dili"}),
    # a past verb of saying shifts the tense of what it reports: the count when it spoke
    ("The disaster agency said the number of dead had climbed to 1,763.", "killed", 1763,
     {"as_of_basis": "published"}),
    ("The toll had been 255 before the recount.", "killed", 255, {"as_of_basis": "earlier"}),
    ("Officials said the toll had been 255 before it was revised.", "killed", 255,
     {"as_of_basis": "earlier"}),
    # "the number of people who died"
    ("The number of people who died in the quake rose to 1,234, officials said.", "killed", 1234,
     {"source": "officials"}),
    ("The number of those that perished has risen to 96.", "killed", 96, {}),
    # a toll that passed a figure is above it
    ("The death toll breached 1,700 on Sunday.", "killed", 1700, {"qualifier": "more_than"}),
    ("The number of dead crossed 500 overnight.", "killed", 500, {"qualifier": "more_than"}),
    # "it's estimated" is no one's word: the quotation's speaker says it
    ("The agency head, Willem Rampangilei, said 420 had died. “It's estimated that 10,000 refugees are "
     "scattered across 50 sites,” he told reporters.", "displaced", 10000, {"source": "Willem Rampangilei"}),
    # the injured still in hospitals are a group of them
    ("The spokesman said that a total of 2,549 people were still in hospitals for treatment.", "injured",
     2549, {"scope": "group", "group": "in hospital"}),
    # a verb of fearing reports a fear, not a count
    ("Indonesian officials fear 5,000 missing", "missing", 5000, {"hedged": True}),
    ("Officials fear 5,000 people are missing, the agency said.", "missing", 5000, {"hedged": True}),
    ("Officials said 5,000 people are missing.", "missing", 5000, {"hedged": False}),
    ("UN officials fear the spread of disease as the death toll passes 6,800", "killed", 6800,
     {"hedged": False}),
    # "he" goes past "officials" to the one person named before them
    ("The agency head, Willem Rampangilei, said 420 had died. Some 540 were badly injured, officials "
     "added. “It is estimated that 10,000 refugees are scattered across 50 sites,” he told reporters.",
     "displaced", 10000, {"source": "Willem Rampangilei"}),
    # a medium that a speaker's words come "according to" relays them
    ("The agency head told reporters late on Saturday the death toll had reached 420, according to news "
     "website Kompas.", "killed", 420, {"source": "agency head", "via": "news website Kompas"}),
    ("The minister said 420 people had died, according to Reuters.", "killed", 420,
     {"source": "minister", "via": "Reuters"}),
    # a body's release is the body's word, and "the release" is the one named before
    ("One man was killed, according to a news release from the Milwaukee Police Department.", "killed", 1,
     {"source": "Milwaukee Police Department"}),
    ("Two were hurt, according to a news release from the Dayton Police Department. A third man was hurt "
     "later, according to the release.", "injured", 1, {"source": "Dayton Police Department"}),
    # a headline that shortens the body's bounded figure is that figure
    ("Quake toll hits 1,420\n\nThe toll from the quake rose to more than 1,420 on Thursday.", "killed", 1420,
     {"qualifier": "more_than", "mentions": 2}),
]

LACKS: list[Lacks] = [
    # things named after a casualty word count the things
    ("We have brought 15 trucks and 1,000 body bags, the spokesman said.", "killed", 1000),
    ("Officers wore 40 body cameras during the raid.", "killed", 40),
]


test_the_claim_has_its_fields, test_no_such_claim = table_tests(HAS, LACKS, published="2018-10-04")


def test_the_injured_and_others_evacuated_are_no_toll_of_the_injured() -> None:
    claims = claims_of("More than 8,000 either injured or vulnerable residents have been flown out of the "
                       "city, he said.", "2018-10-07")
    assert [(c.category, c.scope, c.group) for c in claims] == [("injured", "group", "injured or vulnerable")]


def test_a_province_whose_toll_reaches_the_whole_is_the_whole() -> None:
    # the country's toll, then a toll "in" the one province the disaster struck that is above it:
    # the province's toll is the toll of the whole, set against the country's
    result = reconciled(
        ("2018-10-07", "The toll from the quake and tsunami in Indonesia rose to 1,763 on Sunday, the "
                       "disaster agency said."),
        ("2018-10-07", "The death toll from the quakes in Indonesia's Central Sulawesi province jumped "
                       "to 1,944 on Sunday, military officials said."),
        ("2018-10-04", "The death toll in Indonesia rose to 1,424 on Thursday, the agency said."))
    scopes = {c.value: c.scope for c in result.claims}
    assert scopes == {1763: "whole", 1944: "whole", 1424: "whole"}


def test_a_city_below_the_whole_stays_a_part() -> None:
    result = reconciled(
        ("2018-10-07", "The toll from the quake and tsunami in Indonesia rose to 1,763 on Sunday, the "
                       "disaster agency said."),
        ("2018-10-07", "In the city of Palu, 1,500 people died, police said on Sunday."))
    scopes = {c.value: c.scope for c in result.claims}
    assert scopes == {1763: "whole", 1500: "area"}


def test_a_headline_rounding_the_body_s_bound_raises_no_flag() -> None:
    result = reconciled(
        ("2018-10-04", "Death toll from quake hits 1,420\n\nBy A Reporter\n\nThe official death toll from "
                       "last week's earthquake rose to more than 1,420 Thursday, with over 100 missing.\n\n"
                       "As of Thursday morning, the official death toll was 1,424 people."))
    assert result.conflicts == []


def test_days_counted_from_the_event_date_the_figure() -> None:
    text = ("Worshippers listened to Sunday sermons in the quake-damaged city as the toll breached 1,700. "
            "Homes sank when the Sept. 28 quake caused the soil to liquefy. Only 265 people are confirmed "
            "missing, nine days after the earthquake hit the city, the agency said.")
    claims = {c.value: c for c in claims_of(text, "2018-10-08")}
    assert (claims[265].as_of, claims[265].date_rule) == ("2018-10-07", "days_after_event")
    struck = claims_of("The earthquake struck on September 28. Two weeks after the quake, the toll stood at "
                       "2,073.", "2018-10-12")
    assert [(c.as_of, c.date_rule) for c in struck] == [("2018-10-12", "days_after_event")]
    # a count of days from an event the article does not date stays undated
    undated = claims_of("Only 265 people are confirmed missing, nine days after the quake.", "2018-10-08")
    assert [(c.as_of, c.date_rule) for c in undated] == [("2018-10-08", "published")]
    # ... and a count of days in another clause of the sentence dates nothing of the figure's
    later = claims_of("The Sept. 28 quake hit the city. Rescuers reached the valley two days after the "
                      "earthquake, but officials now say 300 people are missing there.", "2018-10-12")
    assert [(c.value, c.as_of, c.date_rule) for c in later] == [(300, "2018-10-12", "published")]


def test_a_speaker_named_before_speaks_on_the_day_the_text_gave_him() -> None:
    text = ("The agency head, Willem Rampangilei, told reporters late on Saturday the toll had reached 420. "
            "Some 540 were badly injured, officials added. “It is estimated that 10,000 refugees are "
            "scattered across 50 sites,” he was quoted as saying.")
    claims = {c.value: c for c in claims_of(text, "2018-09-30")}
    assert (claims[10000].source, claims[10000].as_of, claims[10000].date_rule) == (
        "Willem Rampangilei", "2018-09-29", "speaker_day")


def test_an_unnamed_fear_beside_a_count_in_one_text_raises_no_flag() -> None:
    result = reconciled(("2018-10-08", "Officials said they feared more than 5,000 people could be missing. "
                                       "Only 265 people are confirmed missing, spokesman Nugroho said."))
    assert result.conflicts == []


def test_one_named_source_s_fear_against_another_s_count_is_flagged() -> None:
    result = reconciled(("2023-09-14", "The mayor, Abdulmenam al-Ghaithi, said 20,000 people may have died. "
                                       "The interior ministry said 5,300 people had died."))
    assert [c.kind for c in result.conflicts] == ["divergence"]


def test_a_whole_already_above_two_figures_of_a_part_does_not_reconcile_them() -> None:
    # two agencies' counts for the neighbouring country on one day, while the toll of the whole was
    # already in the thousands: the next day's toll of the whole is no later count of that country
    result = reconciled(
        ("2015-04-28", "The death toll in Nepal rose to 5,057 on Tuesday, the home ministry said. In "
                       "neighbouring India, 61 people were killed on Tuesday, officials said."),
        ("2015-04-28", "A further 72 people were killed in India on Tuesday, India's home secretary said."),
        ("2015-04-29", "The death toll in Nepal stood at 5,106 on Wednesday, the emergency centre said."))
    assert [(c.kind, c.value_a, c.value_b) for c in result.conflicts] == [("contradiction", 61, 72)]


def test_two_tolls_of_one_day_just_beyond_a_day_s_drift_are_flagged() -> None:
    def flags(value: str) -> list[tuple[str, object, object]]:
        result = reconciled(
            ("2018-10-07", f"The death toll from the quake in Indonesia jumped to {value} as of Sunday, "
                           "military officials said."),
            ("2018-10-07", "The disaster agency said on Sunday that the number of dead in Indonesia had "
                           "climbed to 1,763."))
        return [(c.kind, c.value_a, c.value_b) for c in result.conflicts]
    # 10.3% apart (shown as x1.1): not a count that moved within the day
    assert [kind for kind, _, _ in flags("1,944")] == ["contradiction"]
    assert flags("1,870") == []  # 6% apart: one count, updated
