"""Faults a held-out audit of multi-outlet coverage (an earthquake, a crowd crush, a dam
collapse) found in reading numbers and sentences, as rules. The sentences are written for the
project; the facts echo real reporting, the wording is ours."""

from __future__ import annotations

import pytest

from tracker import Article, extract_claims
from tracker.extractor.text import clean_text
from tracker.models import Claim

from .claim_tables import check_has, check_lacks

# (text, category, value, the claim's fields): the claim of that category and value, with them
Has = tuple[str, str, int, dict[str, object]]
# (text, category, value): no claim of that category and value
Lacks = tuple[str, str, int]


def _claims(text: str) -> list[Claim]:
    return extract_claims(Article(id="t", text=clean_text(text), published="2025-04-03", outlet="Wire"))


def _figure(c: Claim) -> int | None:
    return c.value if c.value is not None else c.low if c.low is not None else c.high


HAS: list[Has] = [
    # burns and fractures are injuries
    ("Roughly 80 people suffered burns in the blaze.", "injured", 80, {"qualifier": "about"}),
    ("Twelve people sustained fractures.", "injured", 12, {}),
    # a plain space between groups of three digits is a thousands separator
    ("About 1 100 people died in the floods, officials said.", "killed", 1100, {"qualifier": "about"}),
    ("The toll rose to 2 150 on Monday.", "killed", 2150, {}),
    ("Some 1 250 000 people were displaced.", "displaced", 1250000, {}),
    # ... but not a day of the month before a figure
    ("On March 3 100 people were evacuated.", "displaced", 100, {}),
    # a participle before the casualty noun modifies it
    ("The agency listed 3,655 confirmed fatalities and 129 missing people.", "killed", 3655,
     {"scope": "whole"}),
    ("Officials counted 48 reported deaths by noon.", "killed", 48, {}),
    # a toll noun whose verb is the figure's qualifier
    ("Deaths exceeded 1,000 on Monday, the ministry said.", "killed", 1000, {"qualifier": "more_than"}),
    ("Injuries topped 500 as the night went on.", "injured", 500, {"qualifier": "more_than"}),
    ("The number of dead could exceed 1,000, officials said.", "killed", 1000, {"hedged": True}),
    # ... and a projection when a modal comes before it
    ("Deaths could exceed 10,000, the minister warned.", "killed", 10000,
     {"hedged": True, "forecast": True}),
    ("The toll may top 8,000, the relief agency said.", "killed", 8000, {"hedged": True, "forecast": True}),
    # a source that models tolls gives projections, not counts
    ("The US Geological Survey estimated the death toll at between 10,000 and 100,000.", "killed", 10000,
     {"forecast": True, "hedged": True}),
    ("The USGS said deaths could exceed 10,000.", "killed", 10000, {"forecast": True}),
    # a text cut off inside the phrase that places its last figure: a part, place unknown
    ("Rescuers searched a collapsed tower. Thirty people were killed, and 41 hurt, in the ne", "killed", 30,
     {"scope": "area", "location": ""}),
    # ... but not a text that simply ends without a full stop
    ("Thirty people were killed in the quake", "killed", 30, {"scope": "whole"}),
    ("The toll rose to 500 on Monday as rescuers dug", "killed", 500, {"scope": "whole"}),
    # a body named by a place and lower-case words before its noun is the whole body
    ("The toll rose to 60, with 290 still missing, according to the Rio Verde state fire department.",
     "missing", 290, {"source": "Rio Verde state fire department"}),
    ("Six people died, according to the Texas fire department.", "killed", 6,
     {"source": "Texas fire department"}),
    # the figures of one list after "earlier" are all earlier
    ("Earlier reports indicated 210 people were killed and 80 missing.", "missing", 80,
     {"as_of_basis": "earlier"}),
    ("Earlier, 40 people were reported dead, 30 injured and 12 missing.", "injured", 30,
     {"as_of_basis": "earlier"}),
    # ... not a figure after the time moves on
    ("Earlier reports said 40 people had died, but now 60 are dead.", "killed", 60,
     {"as_of_basis": "published"}),
    # a date after the event noun of a toll's own subject dates the event; the toll runs to now
    ("The number of people killed by the port explosions of 4 March reached at least 180, with over "
     "6,500 injured.", "killed", 180, {"as_of": "2025-04-03", "qualifier": "at_least"}),
    ("The number of people killed by the port explosions of 4 March reached at least 180, with over "
     "6,500 injured.", "injured", 6500, {"as_of": "2025-04-03"}),
    ("The death toll from the tower fire on the night of March 14 is now 72.", "killed", 72,
     {"as_of": "2025-04-03"}),
    ("The death toll from the tower fire on March 14 has risen to seventy-two.", "killed", 72,
     {"as_of": "2025-04-03"}),
    # ... but a toll that "was" a figure is that day's count
    ("The death toll in the crash on Friday was 50.", "killed", 50, {"as_of": "2025-03-28"}),
    # the injured still in care past a relative clause are a group, not the toll of the injured
    ("Figures from the health service show that 24 people who were injured in the fire are still being "
     "treated in hospital.", "injured", 24, {"scope": "group", "source": "health service"}),
    # "mostly in X" spreads a figure over places: no part, no place
    ("At least 820 people died, mostly in Marrakech and five provinces nearby, the ministry said.",
     "killed", 820, {"scope": "whole", "location": ""}),
    # "missing, presumed dead" is a toll of the dead not yet certain; "missing and feared dead"
    # is missing: a fear counts nobody dead
    ("Police said 58 people were missing, presumed dead.", "killed", 58, {"hedged": True}),
    ("At least 130 residents are missing and feared dead, a neighbour said.", "missing", 130,
     {"qualifier": "at_least"}),
    ("In the north alone, thousands were still reported missing and feared dead.", "missing", 1000,
     {"qualifier": "vague"}),
    # an official toll the speaker disputes is not the speaker's
    ("Amal Haddad, who leads the survivors' group, has said they are sceptical of the officially declared "
     "death toll of 72 and believe more than 110 died.", "killed", 72, {"source": "official toll"}),
    ("Neighbours say the number of dead is far higher than the official total of 72.", "killed", 72,
     {"source": "official toll"}),
    # "claimed the lives of" kills; it names no speaker
    ("In all, the storm has claimed the lives of 230 people across seven states.", "killed", 230,
     {"source": "", "scope": "whole", "location": ""}),
    # a figure spread over several states, or over a list of three places or more, is the whole
    ("The hurricane killed at least 63 people across multiple states and cut power from Alabama to Ohio.",
     "killed", 63, {"scope": "whole", "location": ""}),
    ("A tally of official figures confirms 201 deaths across Georgia, Florida, Tennessee and Virginia.",
     "killed", 201, {"scope": "whole", "location": ""}),
    # "the state" and "the county", named before, are parts of a wider event
    ("Governor Ana Ruiz said the storm killed two people in the state.", "killed", 2, {"scope": "area"}),
    ("The county is reporting 43 deaths due to the storm.", "killed", 43, {"scope": "area"}),
    # ... not the first word of a noun phrase
    ("More than 430 people are still being treated at the county hospital.", "injured", 430,
     {"scope": "group"}),
    # a place in another clause is not the figure's: after a semicolon, after a clause's "as",
    # inside a dashed aside, or after a verb of saying's "to"
    ("The number of deaths stood at 225 on Friday; two more were recorded in Alabama the next day.",
     "killed", 225, {"location": ""}),
    ("Storm toll passes 160 as the search for the missing in Georgia goes on.", "killed", 160,
     {"location": ""}),
    ("The toll of 1,127 — the deadliest accident since a 1984 disaster in India — may be final.", "killed",
     1127, {"location": ""}),
    ("In Alabama, 23 people died in the storm, officials confirmed to the Daily Record.", "killed", 23,
     {"location": "Alabama"}),
    # a toll that "nears" a figure is about it, and "dozens missing" after a place is another figure
    ("Death toll nears 400 in flood-hit Kerala, dozens missing.", "killed", 400, {"qualifier": "about"}),
    # bodies awaiting identification at a site are a group
    ("He said 63 corpses were still at a nearby school ground for identification.", "killed", 63,
     {"scope": "group"}),
    # "in the spell that began nine days ago" starts the count; it is not its date
    ("In the spell of rain that began nine days ago, 164 people have died, the minister said.", "killed",
     164, {"as_of": "2025-04-03"}),
    # a speaker for a division of a country gives that division's figures
    ("As of Wednesday, 102 people had died, according to the North Carolina Department of Health.",
     "killed", 102, {"location": "North Carolina"}),
    # each state of a storm over several is a part, "North" and "South" being part of their names
    ("The storm killed 8 people in Florida. In South Carolina, 23 people died. At least 118 people "
     "died in North Carolina.", "killed", 118, {"scope": "area", "location": "North Carolina"}),
    # "presumed to be dead" is presumed dead; the predicate stands past a relative clause of its own
    ("A total of 58 people who were in the tower that night were missing and presumed to be dead.",
     "killed", 58, {"hedged": True}),
    ("Ten people who were at the wedding were killed, the police said.", "killed", 10, {"source": "police"}),
    ("Five people who lived in the building remain missing.", "missing", 5, {}),
    # a speaker before an aside of circumstance ("X, in a statement, said") speaks
    ("The Metropolitan Police, in a briefing, said 80 people were killed.", "killed", 80,
     {"source": "Metropolitan Police"}),
    ("The ministry, in a statement on Tuesday, said 80 people were killed.", "killed", 80,
     {"source": "ministry", "as_of": "2025-04-01"}),
    # the dead and the missing counted as one are a group of their own, no toll of either
    ("The sinking has left more than 300 people dead or missing, the president said.", "killed", 300,
     {"scope": "group", "group": "dead or missing"}),
    ("Forty-seven people are now confirmed dead or missing, police said.", "killed", 47,
     {"scope": "group"}),
    ("At least 33 people are dead and 12 missing.", "killed", 33, {"scope": "whole"}),
    # rescue divers are a group of the victims
    ("Two rescue divers were killed during the search.", "killed", 2, {"scope": "group"}),
    # bodies still sought, and bodies named before the figure, are what was done with the dead
    ("Recovery teams are still looking for the remains of five people.", "killed", 5,
     {"scope": "group", "group": "bodies sought"}),
    ("Police said the bodies of nine victims have been identified.", "killed", 9, {"scope": "group"}),
    # the side of a border a demonym names, and the areas one side holds, place a figure
    ("On the Syrian side of the border, over 3,550 people have been reported dead.", "killed", 3550,
     {"location": "Syrian"}),
    ("The health ministry said 1,326 people have been injured in areas under government control.",
     "injured", 1326, {"scope": "area"}),
    # a footnote mark after a full stop ends the sentence and is no figure
    ("Some aid was delivered.1 As of Monday there were 2,100 deaths in the region.3 The final toll is "
     "likely higher.", "killed", 2100, {}),
]

LACKS: list[Lacks] = [
    # a near miss is no death
    ("A teenager was nearly killed in a shooting on Friday night.", "killed", 1),
    ("Two children almost drowned in the river.", "killed", 2),
    # "that" after a verb of saying opens no relative clause: the figure after it is its own
    ("An activist who spoke on condition of anonymity told the agency that 300 men were executed.",
     "killed", 1),
    ("Some aid was delivered.1 As of Monday there were 2,100 deaths in the region.3 The final toll is "
     "likely higher.", "killed", 3),
    ("Aid was sent to the region.2 The final toll is likely much higher.", "killed", 2),
    # a number of places is no figure of the people counted after it
    ("Surveys were carried out across 40 townships, showing many more injured.", "injured", 40),
    ("Floods hit 12 districts and seven provinces, officials said.", "killed", 12),
]


@pytest.mark.parametrize(("text", "category", "value", "fields"), HAS, ids=[r[0] for r in HAS])
def test_the_claim_has_its_fields(text: str, category: str, value: int, fields: dict[str, object]) -> None:
    check_has(_claims(text), category, value, fields)


@pytest.mark.parametrize(("text", "category", "value"), LACKS, ids=[f"{r[0]} [{r[2]}]" for r in LACKS])
def test_no_such_claim(text: str, category: str, value: int) -> None:
    check_lacks(_claims(text), category, value)


def test_an_organisation_and_its_acronym_in_one_article_are_one_source() -> None:
    text = ("The toll of the bombing surpasses 120 people, including 60 children, according to the "
            "United Nations. Over 120 people were killed in the bombing, UN Special Envoy Maria Lind said "
            "on Thursday.")
    tolls = [c for c in _claims(text) if c.category == "killed" and _figure(c) == 120]
    assert len(tolls) == 1
    assert tolls[0].source == "UN Special Envoy Maria Lind" and tolls[0].mentions == 2


def test_a_footnote_mark_keeps_the_text_length() -> None:
    text = "It was delivered.1 As of Monday 30 died."
    assert len(clean_text(text)) == len(text)
    assert "delivered.  As" in clean_text(text)
