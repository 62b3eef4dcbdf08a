"""Word lists for the scope of a figure: who it counts, and whether it counts a day or a phase.

Data only; ``scope.py`` holds the rules.
"""

from __future__ import annotations

# A figure's head noun that counts one group of the victims -> the group's name in the
# `group` column ("six children", "three firefighters", "1,400 Israelis").
GROUP_NOUNS: dict[str, str] = {
    **dict.fromkeys("children child kids minors boys girls infants babies toddlers".split(), "children"),
    **dict.fromkeys("women woman mothers".split(), "women"),
    **dict.fromkeys("soldiers soldier troops servicemen servicemembers conscripts marines paratroopers "
                    "guardsmen sailors".split(), "soldiers"),
    **dict.fromkeys("police policemen policeman policewomen gendarmes".split(), "police"),
    **dict.fromkeys("firefighters firemen rescuers".split(), "rescuers"),
    **dict.fromkeys("refugees migrants asylum-seekers".split(), "refugees"),
    **dict.fromkeys(["civilians"], "civilians"),
    **dict.fromkeys("militants fighters rebels insurgents jihadists gunmen attackers assailants terrorists "
                    "extremists".split(), "militants"),
    **dict.fromkeys("protesters protestors demonstrators".split(), "protesters"),
    **dict.fromkeys("medics doctors nurses paramedics surgeons".split(), "medical staff"),
    **dict.fromkeys("journalists reporters".split(), "journalists"),
    **dict.fromkeys("foreigners tourists expatriates expats".split(), "foreigners"),
    **dict.fromkeys("climbers mountaineers sherpas trekkers hikers".split(), "climbers"),
    **dict.fromkeys("students pupils schoolchildren".split(), "students"),
    **dict.fromkeys("pilgrims worshippers worshipers".split(), "worshippers"),
    **dict.fromkeys("prisoners inmates detainees".split(), "prisoners"),
    **dict.fromkeys("workers miners employees staff".split(), "workers"),
    **dict.fromkeys("officials".split(), "officials"),
}

# Categories whose own people a group word names: "100,000 refugees" are the displaced, not a
# part of them; the displaced are counted by where they come from ("2.8 million Nepalese").
WHOLE_GROUPS: dict[str, frozenset[str]] = {
    "displaced": frozenset({"refugees", "nationality"}),
    "arrested": frozenset({"prisoners", "protesters"}),
}

# Nationalities written as a plural noun ("1,400 Israelis", "nine Nepalis"): the figure counts
# one nationality among the victims. The group is the word as written.
NATIONALITY_PLURALS: frozenset[str] = frozenset(
    "israelis palestinians nepalis nepalese indians pakistanis afghans iraqis iranians syrians lebanese "
    "jordanians egyptians libyans tunisians algerians moroccans sudanese somalis ethiopians eritreans "
    "kenyans ugandans nigerians ghanaians cameroonians malians chadians congolese rwandans "
    "americans canadians mexicans brazilians colombians venezuelans peruvians chileans argentines "
    "cubans haitians britons brits french germans italians spaniards portuguese dutch belgians swiss "
    "austrians poles czechs hungarians romanians bulgarians greeks turks kurds armenians georgians "
    "azerbaijanis russians ukrainians belarusians kazakhs kyrgyz uzbeks tajiks turkmens chinese "
    "tibetans japanese koreans filipinos indonesians malaysians thais vietnamese cambodians burmese "
    "bangladeshis sri lankans australians yemenis saudis emiratis qataris kuwaitis".split()
)

# Words just before a figure that make it an increment: one more day's or phase's count
# ("another 10 were killed", "a further 61 died").
INCREMENT_BEFORE: tuple[tuple[str, ...], ...] = (
    ("another",), ("a", "further"), ("an", "additional"), ("further",), ("additional",),
)
# Words just after the number that do the same ("six more bodies", "10 more people").
INCREMENT_AFTER: frozenset[str] = frozenset("more additional further extra".split())

# Words after a figure that make it a rate, a count per day or week, not a toll ("an average
# of 118 deaths daily", "about 30 people a day").
RATE_AFTER: tuple[tuple[str, ...], ...] = (
    ("daily",), ("a", "day"), ("per", "day"), ("each", "day"), ("every", "day"), ("a", "week"),
    ("per", "week"), ("each", "week"), ("a", "month"), ("per", "month"), ("weekly",), ("per", "hour"),
    ("an", "hour"), ("a", "year"), ("per", "year"), ("annually",), ("each", "year"), ("every", "year"),
)
# ... unless they date the figure: "300 people a day after the warning", "a week ago"
NOT_RATE_AFTER: frozenset[str] = frozenset("after before later earlier ago of when since into".split())
RATE_BEFORE: tuple[tuple[str, ...], ...] = (("an", "average", "of"), ("average", "of"), ("on", "average"))

# Phrases of the figure's sentence that tie it to one day or phase of the incident.
PERIOD_PHRASES: tuple[str, ...] = (
    "in the past 24 hours", "in the last 24 hours", "over the past 24 hours", "on the first day",
    "during the first day", "in the first day", "were added to the death toll", "were added to the toll",
    "the most recent fatalities", "most recent deaths",
)
