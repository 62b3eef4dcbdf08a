"""Faults a held-out audit of two more events of many outlets (a three-train collision, a migrant
shipwreck) found: refugees whose lives a wreck claimed read as the displaced, "a migrant boat"
read as one migrant, a toll that "could be as high as" a figure read as nothing, one hospital's
patients read as the toll of the injured, a vessel's load read as arrested, and one authority's
figure told twice in an article (by its body, then by its official) kept as two claims. The
sentences are written for the project; the facts echo real reporting, the wording is ours."""

from __future__ import annotations

import pytest

from .claim_tables import Has, Lacks, check_has, claims_of, figure, table_tests

PUBLISHED = "2023-06-03"  # a Saturday

HAS: list[Has] = [
    # refugees a wreck killed are its dead, whatever else they are
    ("The wreck claimed the lives of some 600 refugees and migrants when the trawler sank.", "killed",
     600, {"qualifier": "about"}),
    ("The strike killed 12 refugees in the camp.", "killed", 12, {}),
    ("Hundreds of refugees and migrants feared dead after the boat capsized.", "killed", 100,
     {"qualifier": "vague", "hedged": True}),
    # ... and refugees counted with no verb of dying stay the displaced
    ("The fighting has created 100,000 refugees, the agency said.", "displaced", 100000, {}),
    # "could be as high as": a speaker's estimate of the toll, hedged, its upper bound
    ("The chief minister said the death toll in the collision could be as high as 500.", "killed", 500,
     {"qualifier": "at_most", "hedged": True, "source": "chief minister"}),
    ("The death toll in the collision could reach 300.", "killed", 300, {"forecast": True}),
    # a day after "after" and an event's noun is the count's ("rose to 50 on Thursday")
    ("The toll rose to 50 on Thursday after a bus crash on Monday.", "killed", 50, {"as_of": "2023-06-01"}),
    # ... a figure of the event's own day keeps it
    ("Three people were killed after a train derailed on Friday night.", "killed", 3,
     {"as_of": "2023-06-02"}),
    # adverbs between a body and the verb that sets its toll
    ("The state government on Tuesday yet again revised the death toll and put it at 288.", "killed", 288,
     {"source": "state government"}),
    # one hospital's patients beside the whole count of the injured, said before or after
    ("The doctor said of the 205 patients admitted at the district medical college hospital, 46 are "
     "still in care. In all 1,208 people were injured.", "injured", 205, {"scope": "group"}),
    # ... while alone they are all of them
    ("Two victims were taken to the Regional Medical Center hospital.", "injured", 2, {"scope": "whole"}),
    # survivors of a vessel carrying hundreds: the survivors were arrested, not the load
    ("Nine men who survived the sinking of a trawler carrying hundreds of migrants were arrested.",
     "arrested", 9, {}),
    # a fresh-eyes review's misfires: a load whose fate a relative clause tells; a toll that rose
    # when more died on a day is that day's; a witness's count is no hospital's whole
    ("The plane was carrying 132 people, all of whom were killed, officials said.", "killed", 132, {}),
    ("The helicopter was carrying 12 soldiers who were all killed, the army said.", "killed", 12, {}),
    ("The number of dead rose to 31 when two more victims died in hospital on Tuesday, police said.",
     "killed", 31, {"as_of": "2023-05-30"}),
    ("Three people were injured and taken to the Regional Medical Center hospital, police said. A witness "
     "said five people were hurt.", "injured", 3, {"scope": "whole"}),
    ("The 12 injured were airlifted to the Harborview Medical Center hospital, officials said. A similar "
     "crash in 2019 injured 40 people.", "injured", 12, {"scope": "whole"}),
]
LACKS: list[Lacks] = [
    # a person noun that only describes the noun after it counts no one
    ("Up to 500 people are still missing from a packed migrant boat, the agency says.", "missing", 1),
    ("Two refugee camps were shelled, killing 12 people.", "displaced", 2),
    # two singular persons joined by "and" are no figure of one
    ("Police say a man and woman died at the scene.", "killed", 1),
    ("Dietz said it is possible that Brown or others could be charged.", "arrested", 1),
    ("Nine men who survived the sinking of a trawler carrying hundreds of migrants were arrested.",
     "arrested", 100),
]

test_the_claim_has_its_fields, test_no_such_claim = table_tests(HAS, LACKS, PUBLISHED)


@pytest.mark.xfail(strict=True, reason="an event's day in an 'after' clause still dates a toll that rose "
                   "since: the clause may also tell the rise ('rose to 31 when two more died on Tuesday')")
def test_the_event_day_after_a_risen_toll_is_the_events() -> None:
    text = "The death toll jumped to 261 after an express train derailed near the station on Friday night."
    check_has(claims_of(text, PUBLISHED), "killed", 261, {"as_of": PUBLISHED})


def _tolls(text: str) -> list[tuple[int | None, str, int]]:
    return [(figure(c), c.source, c.mentions) for c in claims_of(text, PUBLISHED) if c.category == "killed"]


def test_officials_and_their_named_official_giving_one_figure_are_one_claim() -> None:
    text = ("More than 233 people were killed in the collision, officials said on Saturday. "
            "\u201cDeath toll rises to 233,\u201d the state's Chief Secretary Ravi Menon wrote on Saturday.")
    assert _tolls(text) == [(233, "state's Chief Secretary Ravi Menon", 2)]


def test_a_body_named_first_keeps_its_name_over_its_officials() -> None:
    text = ("The Odisha Government on Saturday put the death toll at 275. "
            "\u201cAfter verification, the final toll has been fixed at 275,\u201d Chief Secretary "
            "Ravi Menon said.")
    assert _tolls(text) == [(275, "Odisha Government", 2)]


def test_two_incidents_of_one_article_with_one_small_figure_stay_two() -> None:
    text = ("Two people were killed in a shooting at a bar, police said. In a separate shooting hours later, "
            "Police Chief John Smith said two people were killed.")
    assert sorted(s for _, s, _ in _tolls(text)) == ["Police Chief John Smith", "police"]


def test_two_countries_officials_with_one_figure_stay_two() -> None:
    text = "Turkish authorities said 40 people died in Hatay. Syrian officials said 40 people died in Aleppo."
    assert len(_tolls(text)) == 2


def test_a_ministry_and_a_un_agency_with_one_figure_stay_two_sources() -> None:
    text = ("The Health Ministry said on Saturday that 40 people had died. "
            "The UN refugee agency also said on Saturday that 40 had died.")
    assert sorted(s for _, s, _ in _tolls(text)) == ["Health Ministry", "UN refugee agency"]


def test_a_title_written_two_ways_is_one_speaker() -> None:
    text = ("Quake toll could reach 10,000: Nepal's PM\n\n"
            "The death toll from the earthquake could reach 10,000, the Nepali prime minister said on "
            "Saturday.")
    assert _tolls(text) == [(10000, "Nepali prime minister", 2)]
