"""Faults that two held-out clusters (a cyclone over three countries, covered by eight outlets
over three weeks; a tower fire, covered over five months) found in reading figures, as rules.
The sentences are written for the project; the facts echo real reporting of Cyclone Idai (2019)
and the Grenfell Tower fire (2017), the wording is ours."""

from __future__ import annotations

from .claim_tables import Has, Lacks, claims_of, reconciled, table_tests

HAS: list[Has] = [
    # a fact box's lines: a casualty label, a colon, the figure
    ("People killed: 501", "killed", 501, {"rule": "labelled", "location": ""}),
    ("People injured: 1,523", "injured", 1523, {"rule": "labelled"}),
    ("Deaths: 60", "killed", 60, {"rule": "labelled"}),
    ("Missing: 12", "missing", 12, {"rule": "labelled"}),
    ("People displaced: 16,000 households", "displaced", 16000, {"unit": "households"}),
    ("People killed: 185, according to the government.", "killed", 185, {"source": "government"}),
    # a hedge before an article before the figure
    ("The cyclone may have killed a 1,000 people in the port city, the president said.", "killed", 1000,
     {"hedged": True}),
    # a place before a clause that "as" opens is that clause's, not the figure's after it
    ("The dead in the highlands rose sharply as the president of Mozambique said more than 1,000 people may "
     "have been killed in his country.", "killed", 1000, {"location": ""}),
    ("In Malawi, as the rains went on, 56 people died.", "killed", 56, {"location": "Malawi"}),
    ("Rescuers in Kerala searched for survivors as officials said 40 people had died.", "killed", 40,
     {"location": "Kerala"}),
    # "may" before "the": no hedge of a count the sentence takes as known
    ("Relatives may finally bury the 23 miners killed in the blast.", "killed", 23, {"hedged": False}),
    # "fear for" the injured fears for their lives, not for their number
    ("Doctors fear for 12 critically injured patients.", "injured", 12, {"hedged": False}),
    # "besides" that sets aside another category without a figure leaves the tolls after it whole
    ("At least 98 people were confirmed dead. Besides the deaths, 217 people are missing and 102 injured.",
     "missing", 217, {"scope": "whole"}),
    ("Besides two people taken to hospitals, 10 were treated at the scene.", "injured", 10,
     {"scope": "group"}),
    ("Besides Kendall, two other men were arrested in the shooting.", "arrested", 2, {"scope": "group"}),
    # a verb of reaching that is the figure's qualifier, after a modal: a projection
    ("The commander said he hoped the death toll would not exceed 100.", "killed", 100, {"forecast": True}),
    ("The death toll exceeded 100 on Friday.", "killed", 100, {"forecast": False}),
    ("A party turned violent in the town of Apache Junction, as four people were shot overnight.", "injured",
     4, {"location": "Apache Junction"}),
]

LACKS: list[Lacks] = [
    # a fact box's label is no person ("People killed: 185" is no one person killed)
    ("People killed: 185, according to the government.", "killed", 1),
    ("Houses damaged or destroyed: 99,317", "killed", 99317),
]


test_the_claim_has_its_fields, test_no_such_claim = table_tests(HAS, LACKS, published="2019-03-30")


def test_a_fact_box_heading_places_the_lines_under_it() -> None:
    text = ("Following is an outline of the disaster.\n\nMOZAMBIQUE\nThe cyclone made landfall near Beira.\n"
            "People killed: 501\nPeople injured: 1,523\nZIMBABWE\nThe storm hit the eastern highlands.\n"
            "People killed: 185, according to the government.\nRELATED\nPeople killed: 7")
    places = {(c.category, c.value): c.location for c in claims_of(text, "2019-03-30")}
    assert places == {("killed", 501): "Mozambique", ("injured", 1523): "Mozambique",
                      ("killed", 185): "Zimbabwe", ("killed", 7): ""}
    # ... to the next blank line only
    after = claims_of("ZIMBABWE\nPeople killed: 185\n\nThe agency said 1,000 people may have died in the "
                      "cyclone.", "2019-03-30")
    assert {c.value: c.location for c in after} == {185: "Zimbabwe", 1000: ""}


def test_in_a_disaster_of_two_countries_a_country_s_speaker_gives_its_own_count() -> None:
    result = reconciled(
        ("2019-03-21", "Mozambique's Minister of Land Celso Correia said on Thursday the death toll had "
                       "risen to 242. At least 98 people have died in Zimbabwe, officials there said."),
        ("2019-03-21", "The Zimbabwean government said on Thursday the toll had reached 139. The storm has "
                       "killed 300 people in Mozambique, the Red Cross said on Thursday."))
    scopes = {c.value: (c.scope, c.location) for c in result.claims}
    assert scopes[242] == ("area", "Mozambique") and scopes[139] == ("area", "Zimbabwe")
    # the Zimbabwean government's 139 is set against Zimbabwe's 98, not against Mozambique's 242
    pairs = {frozenset((c.value_a, c.value_b)) for c in result.conflicts}
    assert pairs <= {frozenset((98, 139)), frozenset((242, 300))}


def test_two_countries_governments_are_two_sources() -> None:
    result = reconciled(
        ("2019-03-30", "ZIMBABWE\nPeople killed: 185, according to the government.\nMOZAMBIQUE\n"
                       "People killed: 501, according to the authorities."),
        ("2019-03-30", "The storm has killed 259 people in Zimbabwe, the government said."))
    speakers = {c.value: (c.source_key, c.speaker) for c in result.claims}
    assert speakers[185][0] != speakers[501][0]
    assert speakers[185][1] == "government (Zimbabwe)" and speakers[501][1] == "authorities (Mozambique)"
    assert speakers[185][0] == speakers[259][0]  # one government, named twice


def test_a_sum_of_two_countries_and_a_monitor_named_by_a_demonym_are_no_one_country_s() -> None:
    result = reconciled(
        ("2023-02-09", "The quake killed 17,674 people in Turkey and 3,581 in Syria. Turkish officials "
                       "said on Thursday the combined toll had passed 21,000. The Syrian Observatory for "
                       "Human Rights said more than 22,000 had died."))
    scopes = {c.value: c.scope for c in result.claims}
    assert scopes[21000] == "whole" and scopes[22000] == "whole"
