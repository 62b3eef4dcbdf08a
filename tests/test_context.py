"""Who said a figure, which day it refers to and where: source, via, as_of, location."""

from __future__ import annotations

import pytest

from tracker import extract_text

# (text, published, source, via) of the text's first claim
ATTRIBUTION = [
    ("Floods have killed 40 people, the Health Ministry said.", "Health Ministry", ""),
    ("According to the UN, 12,000 people have fled their homes.", "UN", ""),
    ("A community leader told Reuters that 300 people were killed.", "A community leader", "Reuters"),
    ("About 700 people were killed in the city alone, Interfax reported.", "Interfax", ""),
    ("A local official said about 700 people were killed, Interfax reported.", "A local official",
     "Interfax"),
    ("At least 20 people died in the blast, said Ahmed Karimov, the regional governor.",
     "Ahmed Karimov", ""),
    ("Police said two men were arrested near the border.", "Police", ""),
    ("The storm left 3 people dead.", "", ""),
    # a wire agency "according to" which a speaker said it relays that speaker
    ("The Red Crescent said an airstrike hit a market, killing 40 people, according to Reuters.",
     "Red Crescent", "Reuters"),
    ("The toll rose on Sunday, with police telling Reuters that 230 people were dead.", "police", "Reuters"),
    ("The agency, citing hospital sources in the north, said 45 people were killed.", "hospital sources",
     "agency"),
    ("The state news agency SANA reported that 18 people were killed.", "state news agency SANA", ""),
    ("The army said on Monday that 14 soldiers were killed.", "army", ""),
    ("Rebels reported, citing doctors, that 31 civilians were wounded.", "doctors", "Rebels"),
    ("At least 19 civilians were killed in the bombardment on Tuesday a monitoring group said.",
     "a monitoring group", ""),
    ("“The bombing went on all night,” the doctor said. “We counted 27 dead.”", "doctor", ""),
    ("A nurse who asked not to be named told Reuters that 40 people were wounded.", "A nurse", "Reuters"),
    ("According to figures released by the Interior Ministry, 61 people were arrested.",
     "Interior Ministry", ""),
    ("A bomb killed at least 26 people in the town, the state-run news agency reported.",
     "state-run news agency", ""),
    ("The agency posted a video, saying at least 4 people had been killed.", "agency", ""),
    ("Analysts estimate that around 400,000 people have been killed.", "Analysts", ""),
    ('The doctor said: "The shelling went on all night. We saw 27 bodies in the morning."', "doctor", ""),
    ("The ministry put the toll at 46 on Tuesday. The ministry earlier said 30 people had died.",
     "ministry", ""),
    ("At least 19 civilians were killed on Tuesday, a monitoring group said. The Syrian Observatory for "
     "Human Rights said most were children.", "Syrian Observatory for Human Rights", ""),
    ("At least 19 civilians were killed, a monitoring group said. The Violations Documentation Center and "
     "the Syrian Network for Human Rights gave no figure.", "a monitoring group", ""),
    ("According to a February report by the Centre for Policy Research, over 470,000 people have died.",
     "Centre for Policy Research", ""),
    ("Police identified Carl Dean as one of the two men killed on Saturday night.", "Police", ""),
    ("Deputies found two bodies in the burned house.", "Deputies", ""),
    # the one quoted speaks for "we"; compass adjectives belong to the name
    ('"We have counted 1,500 dead so far," said Hichem Abu Chkiouat, the minister.',
     "Hichem Abu Chkiouat", ""),
    ("Libya's eastern government said the toll had reached 3,840.", "Libya's eastern government", ""),
    ("The government said 76 people had died, while rescuers put the toll at over 100.",
     "government", ""),
    # a headline's speaker before a colon; a place there is no speaker
    ("Police: 1 killed, 2 wounded in drive-by", "Police", ""),
    ("Aleppo: 12 killed in shelling", "", ""),
    # an authority that arrests or charges is the source of the arrest
    ("Police arrested two men on Friday.", "Police", ""),
    ("Prosecutors charged three men on Monday.", "Prosecutors", ""),
    ("Security forces have detained at least 1,200 people.", "Security forces", ""),
    ("Troops found 30 bodies in a mass grave.", "Troops", ""),
    ("Two pilots were killed near Palmyra, the Russian military was quoted as saying by local media.",
     "Russian military", "local media"),
    ("The rebel council accused the air force of killing at least 40 villagers on Friday.",
     "rebel council", ""),
    ("Ankara blames the militia for a bombing which it says killed 12 soldiers.", "Ankara", ""),
    ("Port mayor fears toll could reach 900", "Port mayor", ""),
    ("The Red Crescent warned that the toll could rise to 2,000.", "Red Crescent", ""),
    ("The commander, accused of ordering the raid that killed 30 people, denied it.", "", ""),
    ("Governor Ana Sala said the rain would go on. She said 9 people were missing.",
     "Governor Ana Sala", ""),
    ("Officials fear the death toll, now at 63, will rise.", "Officials", ""),
    # "the source", "the ministry": the one named before, in a sentence that gave no figure
    ("A source at the governorate told SANA that the shelling went on. The attacks according to "
     "the source killed two persons.", "A source at the governorate", ""),
    ("The Health Ministry of Gaza said the count went on. Twelve people were killed, the ministry said.",
     "Health Ministry of Gaza", ""),
    # the speaker right after the mark that closes a quotation, whatever the verb reports next
    ('"We have 31 dead. All of this was shocking," Ana Ruiz told reporters on Monday.', "Ana Ruiz", ""),
    ('"We have 31 dead. All of this was shocking" Ana Ruiz told reporters on Monday.', "Ana Ruiz", ""),
    # a particle that opens a surname is the name's; one inside a name stays inside it
    ("Ten people were killed, de Silva told reporters.", "de Silva", ""),
    ("van der Berg said 12 people had drowned.", "van der Berg", ""),
    ("Ten people died, the Ministerio de Salud said.", "Ministerio de Salud", ""),
]


@pytest.mark.parametrize(("text", "source", "via"), ATTRIBUTION, ids=[a[0] for a in ATTRIBUTION])
def test_attribution(text: str, source: str, via: str) -> None:
    claim = extract_text(text, published="2016-07-02").iloc[0]
    assert (claim["source"], claim["via"]) == (source, via)


# (text, published, as_of of the first claim)
DATES = [
    ("The clashes had killed 124 people by Monday.", "2010-06-15", "2010-06-14"),
    ("As of Friday, 40 people were missing.", "2010-06-15", "2010-06-11"),
    ("On Sunday, 12 people were killed in the raid.", "2010-06-15", "2010-06-13"),
    ("Late Monday, 12 people were killed in the raid.", "2010-06-15", "2010-06-14"),
    ("Gunmen killed 5 people on Tuesday.", "2010-06-15", "2010-06-15"),
    ("Gunmen killed 5 people yesterday.", "2010-06-15", "2010-06-14"),
    ("On June 14, 12 people were killed.", "2010-06-15", "2010-06-14"),
    ("On 14 June 2009, 12 people were killed.", "2010-06-15", "2009-06-14"),
    ("On December 30, 12 people were killed.", "2011-01-03", "2010-12-30"),
    ("In 1990 hundreds were killed in clashes over land.", "2010-06-15", "1990"),
    # a figure of last year or of a year's event is never today's
    ("Last year, 1,200 people were killed in similar attacks.", "2023-09-14", "2022"),
    ("Last month, 300 people were arrested.", "2023-09-14", "2023-08"),
    ("The 2010 floods killed nearly 2,000 people.", "2023-09-14", "2010"),
    ("In August 2013 hundreds were killed in a gas attack.", "2017-04-04", "2013-08"),
    ("More than 320,000 people have been killed since 2011.", "2017-04-04", "2017-04-04"),
    ("The storm killed 12 people.", "2010-06-15", "2010-06-15"),
    ("The storm killed 12 people.", "", ""),
    ("The group held talks Monday on violence that has killed 170 people.", "2010-06-15", "2010-06-15"),
    ("At least 22 people were killed on Saturday and Sunday.", "2015-07-05", "2015-07-05"),
    ("The toll rose to 77 on Sunday, up from 37 a day earlier.", "2010-06-13", "2010-06-13"),
    ("A vote on June 27 will follow the clashes that killed 40.", "2010-06-15", "2010-06-15"),
    ("Police are investigating a shooting Sunday night in which three people died.", "2016-11-14",
     "2016-11-13"),
    ("Sunday's attacks brought to at least 12 the number of people killed.", "2013-07-08", "2013-07-07"),
    ("Ana Ruiz, who was shot dead at her home yesterday, was 19.", "2015-12-22", "2015-12-21"),
    # a count over a period is as of its end; a running toll's start is not its date
    ("The study estimated 4,645 additional deaths between Sept. 20, when the storm struck, and Dec. 31.",
     "2018-05-29", "2017-12-31"),
    ("Some 900 people died from Sept. 20 to Dec. 31.", "2018-05-29", "2017-12-31"),
    ("Records showed 1,400 more deaths than usual from September through the end of 2017.", "2018-05-29",
     "2017-12-31"),
    ("Monitors say 39 people have died since the protests began on Tuesday, June 18, 2024.", "2024-07-02",
     "2024-07-02"),
    ("On Monday, June 14, 12 people were killed.", "2010-06-16", "2010-06-14"),
    # an article without a publication date: a day without a year takes the year it writes
    ("By June 19 at least 212 people had been killed in protests that began on April 18, 2018.", "",
     "2018-06-19"),
    # an undated article: its latest day stands in for the publication date
    ("Monitors say 39 people have died. On Monday, July 1, the commission said 32 people were abducted "
     "after protests that began on June 18, 2024.", "", "2024-07-01"),
    # a date in a running toll's noun phrase dates the event; the toll runs to publication
    ("The death toll from a car bombing in Kabul on March 3 has reached 88.", "2015-03-05", "2015-03-05"),
    ("The death toll rose to 40 on Monday.", "2015-03-05", "2015-03-02"),
    ("AFP Sunday 18 Sep 2016 More than 60 soldiers were killed Saturday in air strikes.", "2016-09-18",
     "2016-09-17"),
]


@pytest.mark.parametrize(("text", "published", "as_of"), DATES, ids=[f"{d[0]} [{d[1]}]" for d in DATES])
def test_as_of(text: str, published: str, as_of: str) -> None:
    claim = extract_text(text, published=published).iloc[0]
    assert claim["as_of"] == as_of


@pytest.mark.parametrize(("text", "as_of"), [
    ("A blast at the market killed dozens on Tuesday. Within an hour of the blast, the ministry said "
     "80 people had died.", "2023-10-17"),
    # a toll that has risen since runs to the time of writing
    ("A blast at the market killed dozens on Tuesday. The toll from the blast has risen to 80.",
     "2023-10-21"),
    # no reference to the event: the publication date
    ("A blast at the market killed dozens on Tuesday. Hospitals said 80 people had died.", "2023-10-21"),
])
def test_a_figure_of_the_event_dated_before_takes_its_day(text: str, as_of: str) -> None:
    frame = extract_text(text, published="2023-10-21")
    assert frame.loc[frame["value"] == 80, "as_of"].tolist() == [as_of]


def test_a_date_after_one_figure_is_not_the_other_figures() -> None:
    text = "The toll rose to 46, the ministry said, up from 38 on Monday."
    frame = extract_text(text, published="2010-06-15")
    assert list(zip(frame["value"], frame["as_of"], strict=True)) == [
        (46, "2010-06-15"), (38, "2010-06-14")]


# one date after figures joined by "and" dates them all; after a comma, only its own figure
COORDINATED = [
    ("Nine people died and 30 suffered injuries on Monday when a truck overturned.", "2016-03-09",
     [(9, "2016-03-07"), (30, "2016-03-07")]),
    ("Four soldiers were killed and 11 wounded Friday in an ambush.", "2016-03-09",
     [(4, "2016-03-04"), (11, "2016-03-04")]),
    ("The toll is 90, up from 41 on Monday.", "2016-03-09", [(90, "2016-03-09"), (41, "2016-03-07")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), COORDINATED, ids=[c[0] for c in COORDINATED])
def test_coordinated_figures_share_a_date(text: str, published: str,
                                          expected: list[tuple[int, str]]) -> None:
    frame = extract_text(text, published=published)
    assert list(zip(frame["value"], frame["as_of"], strict=True)) == expected


def test_an_unattributed_headline_repeats_the_dated_attributed_body_figure() -> None:
    text = ("Nine killed as truck overturns on mountain road\n\n"
            "Nine people died on Monday when a truck overturned, the civil defence agency said.")
    frame = extract_text(text, published="2016-03-09")
    assert list(zip(frame["value"], frame["as_of"], frame["mentions"], strict=True)) == [
        (9, "2016-03-07", 2)]


def test_earlier_figure_keeps_its_own_date() -> None:
    frame = extract_text("The toll rose to 77 on Sunday, up from 37 a day earlier.", published="2010-06-13")
    assert list(zip(frame["value"], frame["as_of"], strict=True)) == [
        (77, "2010-06-13"), (37, "2010-06-12")]


_BY_THE_HOSPITAL = "The toll rose to 46, the ministry said, up from 38 reported by the hospital."
def test_a_speaker_named_again_by_surname_says_the_figure_again() -> None:
    text = ("More than 130 people were killed in the attack, UN envoy Maria Lopez said on Thursday. "
            '"The latest figures came up to more than 130 killed, perhaps 200 wounded," Lopez told '
            "reporters.")
    frame = extract_text(text, published="2017-04-20")
    assert list(zip(frame["category"], frame["value"], frame["source"], frame["mentions"], strict=True)) == [
        ("killed", 130, "UN envoy Maria Lopez", 2), ("injured", 200, "Lopez", 1)]


# (text, figure moved from, its source, its source rule): a toll's speaker gives the figure the
# toll moved from, unless that figure has a speaker of its own
MOVED_FROM = [
    ("At least 41 people have died of cholera in the province since March, health officials said. "
     "Thursday's toll of 41 is up from 17 reported a fortnight ago.", 17, "health officials",
     "toll_moved_to_speaker"),
    ("The toll rose to 46 on Tuesday, the ministry said, up from 38 on Monday.", 38, "ministry",
     "say_frame"),
    pytest.param(_BY_THE_HOSPITAL, 38, "hospital", "relay_frame", id=_BY_THE_HOSPITAL,
                 marks=pytest.mark.xfail(strict=True, reason="a participle's agent after a figure "
                                         "('38 reported by X') is no frame yet")),
    ("The toll rose to 46, up from 38.", 38, "", "no_frame"),
]


@pytest.mark.parametrize(("text", "value", "source", "rule"), MOVED_FROM,
                         ids=[m[0] if isinstance(m, tuple) else None for m in MOVED_FROM])
def test_a_figure_the_toll_moved_from_is_its_speakers(text: str, value: int, source: str, rule: str) -> None:
    frame = extract_text(text, published="2024-03-07")
    row = frame[frame["value"] == value].iloc[0]
    assert (row["source"], row["source_rule"]) == (source, rule)


# location: the place as the text names it, when the gazetteer knows it; else nothing
PLACES = [
    ("About 700 people were killed in the city of Jalal-Abad alone.", "Jalal-Abad", True),
    ("Clashes in the two provinces killed 124 people.", "", False),
    ("Some 100,000 refugees gathered at the border with Uzbekistan.", "Uzbekistan", False),
    ("Shelling killed 9 people in Aleppo on Friday.", "Aleppo", False),
    ("In one district, 40 people were killed.", "", True),
]


@pytest.mark.parametrize(("text", "place", "partial"), PLACES, ids=[p[0] for p in PLACES])
def test_location(text: str, place: str, partial: bool) -> None:
    claim = extract_text(text).iloc[0]
    assert (claim["location"], bool(claim["partial"])) == (place, partial)


def test_two_speakers_of_one_sentence_each_keep_their_figure() -> None:
    frame = extract_text("The government said 76 people had died, while rescuers put the toll at over 100.")
    assert list(frame["source"]) == ["government", "rescuers"]
