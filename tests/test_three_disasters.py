"""Faults a held-out audit of three disasters of many outlets (a cyclone over three countries,
a building collapse, an earthquake) found in reading figures and in setting them against each
other. The sentences are written for the project; the facts echo real reporting, the wording
is ours."""

from __future__ import annotations

from tracker.reconcile import Reconciled

from .claim_tables import Has, Lacks, reconciled, table_tests

HAS: list[Has] = [
    # a number written like a year is an amount before a casualty word or after a count's qualifier
    ("Officials said about 2000 people were missing.", "missing", 2000, {"qualifier": "about"}),
    ("The storm left over 1900 dead and cut the main road.", "killed", 1900, {"qualifier": "more_than"}),
    ("Death toll passes 80, about 2000 missing", "missing", 2000, {}),
    # a concession speaks only for its own clause
    ("At least 90 people are confirmed dead – although villagers say the figure is far higher – and over "
     "300 missing.", "killed", 90, {"source": ""}),
    ("At least 90 people are confirmed dead – although villagers say the figure is far higher – and over "
     "300 missing.", "missing", 300, {"source": ""}),
    ("Although residents say 200 died, officials put the toll at 150.", "killed", 200,
     {"source": "residents"}),
    # a country that reports or updates a count gives its own, placed there
    ("Malawi on Friday updated the number of dead to 56, while Mozambique has reported 417 deaths.", "killed",
     56, {"source": "Malawi", "location": "Malawi"}),
    ("Malawi on Friday updated the number of dead to 56, while Mozambique has reported 417 deaths.", "killed",
     417, {"source": "Mozambique", "location": "Mozambique"}),
    # what a speaker expects to count is a projection
    ("“It appears that we can register more than 2,000 deaths,” the president said.", "killed", 2000,
     {"forecast": True}),
    ("“We anticipate there will be between 20,000 and 40,000 dead,” the minister said.", "killed", 20000,
     {"forecast": True, "source": "minister"}),
    # speakers of a fear, of a placed toll, of a kept total, of a published report
    ("Officials feared that more than 5,000 may have died.", "killed", 5000, {"source": "Officials"}),
    ("Hundreds feared dead in the floods.", "killed", 100, {"source": ""}),
    ("The ministry has placed the death toll at 1,200.", "killed", 1200, {"source": "ministry"}),
    ("The UN stuck with its previous total of 8,480 bodies recovered.", "killed", 8480,
     {"source": "UN", "as_of_basis": "published"}),
    ("Some 6,000 people have fled the fighting, says a report published by the World Food Programme.",
     "displaced", 6000, {"source": "World Food Programme"}),
    # the figures of a sentence that opens with "besides" are parts of a sum it does not give
    ("Besides three people taken to hospital, 14 were treated at the scene, the fire chief said.", "injured",
     14, {"scope": "group"}),
    ("Besides three people taken to hospital, 14 were treated at the scene, the fire chief said.", "injured",
     3, {"scope": "group"}),
    # a day's count is no toll
    ("“I received 2 500 bodies yesterday alone,” the morgue director said.", "killed", 2500,
     {"scope": "period"}),
    # a country's authorities and its government are one speaker of a repeated figure
    ("Authorities in Nepal now say the toll has risen to 6,841. The government's latest number is "
     "6,841 dead.", "killed", 6841, {"mentions": 2}),
    # peacekeepers are a group of the dead
    ("Officials said 12 UN peacekeepers died in the quake.", "killed", 12, {"scope": "group"}),
]

LACKS: list[Lacks] = [
    # a year stays a year
    ("The war began in 2000 and killed hundreds.", "killed", 2000),
    # a headline that lost its scale word ("120" over the body's 120,000) is no figure of its own
    ("Quake toll 120 confirmed in capital\n\nThe confirmed toll has topped 120,000 in the capital.",
     "killed", 120),
]


test_the_claim_has_its_fields, test_no_such_claim = table_tests(HAS, LACKS)


def _reconciled(*texts: tuple[str, str]) -> Reconciled:
    return reconciled(*texts, event="cyclone")


def test_an_outbreak_after_the_event_is_set_against_no_toll() -> None:
    # cholera's deaths after a cyclone are another count: no disagreement with the cyclone's
    # toll, no part of its estimate
    result = _reconciled(
        ("2019-03-22", "The cyclone has killed at least 242 people in Mozambique, the government said."),
        ("2019-03-27", "The death toll from the cyclone in Mozambique rose to 446, officials said."),
        ("2019-03-30", "Since a cholera outbreak was declared, the government has recorded 1,400 cases "
                       "of the disease and seven deaths."))
    assert result.conflicts == []
    killed = [e for e in result.estimates if e.category == "killed"]
    assert killed and all(e.low != 7 and e.best != 7 for e in killed)


def test_an_epidemic_keeps_its_deaths() -> None:
    # in an epidemic, the disease's deaths are the toll
    result = _reconciled(
        ("2019-12-02", "The measles outbreak has killed 53 people, the health ministry said."),
        ("2019-12-09", "Measles deaths have risen to 62, the health ministry said on Monday."))
    assert [e.latest_value for e in result.estimates if e.category == "killed"][-1] == 62


def test_a_country_that_speaks_is_its_government() -> None:
    result = _reconciled(("2010-02-10", "Haiti raised the earthquake's death toll to 230,000 on Tuesday."))
    (claim,) = [c for c in result.claims if c.category == "killed"]
    assert claim.source == "Haiti" and claim.source_kind == "government"


def test_who_says_what_now_takes_the_days_own_figure_and_says_undated() -> None:
    from tracker.reconcile import source_words
    from tracker.report import _who_says_what
    result = _reconciled(
        ("2010-01-21", "The commission now estimates 2 million homeless, up from 1.5 million."),
        ("", "The government says 500,000 people are homeless."))
    lines = _who_says_what("displaced", source_words(result.claims))
    assert any("commission, 2,000,000 as of 2010-01-21" in line for line in lines)
    assert any("500,000 undated" in line for line in lines)


def test_one_person_counted_alone_is_no_estimate_beside_counts_of_parts() -> None:
    result = _reconciled(
        ("2019-03-19", "The cyclone killed 300 people in Mozambique. About 2,000 people are missing in "
                       "Zimbabwe, officials said."),
        ("2019-10-19", "One man who was previously reported missing was later found in a camp, the "
                       "official said."))
    missing = [e for e in result.estimates if e.category == "missing"]
    assert missing and all(e.best != 1 for e in missing)


def test_a_fear_of_disease_beside_a_toll_leaves_it_the_toll() -> None:
    result = _reconciled(
        ("2019-03-22", "The cyclone has killed at least 242 people in Mozambique, the government said."),
        ("2019-03-27", "Aid agencies warned of a cholera outbreak as the death toll from the cyclone in "
                       "Mozambique rose to 446, officials said."),
        ("2019-03-30", "Since a cholera outbreak was declared, the government has recorded 1,400 cases "
                       "of the disease and seven deaths."))
    killed = [e for e in result.estimates if e.category == "killed"]
    assert killed[-1].best == 446
